"""Run the benchmarks: `python bench/run.py [--runs N] [-v] [--list] [NAME…]`.

Each figure prints one line, `NAME value=… baseline=… ratio=R budget=B ok|OVER`. Exit codes: 0 when every
figure is within budget, 1 when any is OVER (or a benchmark failed to produce its figure; the reason goes to
stderr), 2 for an unknown name or another command-line mistake.

Benchmark families are the modules of bench/ whose names do not start with an underscore; each registers
its figures with `bench._harness.benchmark`, so adding a family is adding a module.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench._harness import Benchmark

BENCH_DIR = Path(__file__).resolve().parent
EXIT_OK, EXIT_OVER, EXIT_USAGE = 0, 1, 2


def _use_project_imports() -> None:
    """Import bench modules as `bench.x`, never as top-level names that could shadow the standard library
    (a family called queue.py must not replace `queue` for everything else)."""
    project = str(BENCH_DIR.parent)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != BENCH_DIR]
    if project not in sys.path:
        sys.path.insert(0, project)


def load_families() -> dict[str, Benchmark]:
    _use_project_imports()
    from bench._harness import REGISTRY

    for module in sorted(pkgutil.iter_modules([str(BENCH_DIR)]), key=lambda m: m.name):
        if module.name.startswith("_") or module.name == "run" or module.ispkg:
            continue
        importlib.import_module(f"bench.{module.name}")
    return REGISTRY


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench/run.py", description="LiveHelper speed and memory figures")
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each side; the median counts")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and their budgets, then exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every sample to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    registry = load_families()
    if args.list:
        for bench in registry.values():
            print(f"{bench.name} budget={bench.budget:g} family={bench.family}")
        return EXIT_OK
    unknown = [name for name in args.names if name not in registry]
    if unknown:
        print(f"bench/run.py: unknown benchmark {', '.join(unknown)} (known: {', '.join(registry)})",
              file=sys.stderr)
        return EXIT_USAGE
    selected = [registry[name] for name in dict.fromkeys(args.names)] or list(registry.values())

    from bench._harness import BenchError, Settings, format_quantity

    worst = EXIT_OK
    with tempfile.TemporaryDirectory(prefix="livehelper-bench-") as workdir:
        settings = Settings(runs=args.runs, workdir=Path(workdir), verbose=args.verbose)
        for bench in selected:
            try:
                figure = bench.run(settings)
            except BenchError as error:
                print(f"{bench.name} failed: {error}", file=sys.stderr)
                worst = EXIT_OVER
                continue
            print(figure.line(), flush=True)
            if not figure.ok:
                worst = EXIT_OVER
            if args.verbose:
                for label, samples in (("value", figure.value_samples), ("baseline", figure.baseline_samples)):
                    shown = " ".join(format_quantity(sample, figure.unit) for sample in samples)
                    print(f"  {figure.name} {label} samples: {shown}", file=sys.stderr)
    return worst


if __name__ == "__main__":
    sys.exit(main())
