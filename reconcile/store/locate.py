"""Where the figures file is, as tools people know find their data (hledger's -f, LEDGER_FILE):
the `--figures` option, then the environment variable FIGRECON_FIGURES, then ./figures.csv."""
from __future__ import annotations

import os
from pathlib import Path

from currency.errors import InputError
from reconcile.store.files import given_path, refuse_stream

ENV = "FIGRECON_FIGURES"
DEFAULT_NAME = "figures.csv"


def figures_path(given: str | os.PathLike | None = None, *, must_exist: bool = True,
                 environ=None, cwd: str | os.PathLike | None = None,
                 option: str = "--figures", folder_ok: bool = True) -> Path:
    """The figures file to use. With `must_exist` (reading), a missing default is an InputError
    saying how to start; for an append, the default may be created. Without `folder_ok` (a
    command that rewrites the file), a folder named by the variable is said as the variable's."""
    if given is not None:
        given_path(given, option)
    name, origin = _chosen(given, environ)
    if origin == "--figures":
        return Path(name)
    if origin == ENV:
        path = Path(name)
        # Named as the variable: a user who set it long ago sees where the name came from.
        if must_exist and not path.exists():
            raise InputError(f"error: {ENV}: {path}: no such file; run `figrecon init {path}` "
                             "to create it, or give --figures FILE")
        if not folder_ok and path.is_dir():
            raise InputError(f"error: {ENV}: {path}: is a directory, not a figures file; set "
                             f"{ENV} to a file or give --figures FILE")
        return path
    path = Path(cwd or ".") / DEFAULT_NAME
    if must_exist and not path.exists():
        raise InputError(f"error: no figures file: {path} does not exist; run `figrecon init` "
                         f"to create it, or give --figures FILE or set {ENV}")
    return path


def figures_origin(given: str | os.PathLike | None, environ=None) -> str:
    """What named the figures file, for an error line: the option, else the variable."""
    return ENV if _chosen(given, environ)[1] == ENV else "--figures"


def _chosen(given, environ=None) -> tuple[str | os.PathLike | None, str]:
    """The one rule of which names the file, with what named it: the option if given (not
    empty), else the variable if set (not empty), else the default (name None)."""
    environ = os.environ if environ is None else environ
    if given:
        return given, "--figures"
    if environ.get(ENV):
        # Decided here, once, so init does not create ./- and report does not send to it.
        refuse_stream(environ[ENV], f"{ENV}=-", "set it to the file's name")
        given_path(environ[ENV], ENV)
        return environ[ENV], ENV
    return None, "default"
