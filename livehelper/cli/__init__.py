"""The command line: `livehelper [options] [command]`. The contract is in DESIGN.md.

common.py holds what every command shares (exit codes, printing, the parser); each other module adds one
command group and runs it; main.py builds the parser from them and dispatches (the console script's entry).
"""
