"""The command line: `python main.py report` is the main job; `convert`, `add`, `export`, `extract`,
`init`. It parses, calls the library, and prints; the library's typed errors become one line each
on stderr and exit 2 in one place (`_Commands.invoke`, in cli/app.py).

Exit codes: 0 success, 1 discrepancies at or above --fail-on, 2 usage or input error, 3 a check
failed with an internal error (a bug; the other checks' findings are still shown), 130 interrupted
(Ctrl-C; no file is left half-written).
"""
from cli import cli, main, run

__all__ = ["cli", "main", "run"]

if __name__ == "__main__":
    run()
