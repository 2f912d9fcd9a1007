"""Speed and memory figures, printed as ratios to a baseline measured in the same run.

`python bench/run.py [NAME…]` runs them (see bench/run.py). Each benchmark family is one module in this folder
that registers its figures with `bench._harness.benchmark`; the runner imports every module here whose name
does not start with an underscore, so a new family needs no change anywhere else.
"""
