"""Where the figures file is, as tools people know find their data (hledger's -f, LEDGER_FILE):
the `--figures` option, then the environment variable FIGRECON_FIGURES, then ./figures.csv."""
from __future__ import annotations

import os
from pathlib import Path

from currency.errors import InputError
from reconcile.store.files import given_path

ENV = "FIGRECON_FIGURES"
DEFAULT_NAME = "figures.csv"


def figures_path(given: str | os.PathLike | None = None, *, must_exist: bool = True,
                 environ=None, cwd: str | os.PathLike | None = None,
                 option: str = "--figures") -> Path:
    """The figures file to use. With `must_exist` (reading), a missing default is an InputError
    saying how to start; for an append, the default may be created."""
    environ = os.environ if environ is None else environ
    if given is not None:
        given_path(given, option)
    if given:
        return Path(given)
    if environ.get(ENV):
        path = Path(environ[ENV])
        if must_exist and not path.exists():
            # Named as the variable: a user who set it long ago sees where the name came from.
            raise InputError(f"error: {ENV}: {path}: no such file; run `figrecon init {path}` "
                             "to create it, or give --figures FILE")
        return path
    path = Path(cwd or ".") / DEFAULT_NAME
    if must_exist and not path.exists():
        raise InputError(f"error: no figures file: {path} does not exist; run `figrecon init` "
                         f"to create it, or give --figures FILE or set {ENV}")
    return path


def figures_origin(given: str | os.PathLike | None, environ=None) -> str:
    """What named the figures file, for an error line: the option, else the variable."""
    environ = os.environ if environ is None else environ
    return ENV if not given and environ.get(ENV) else "--figures"
