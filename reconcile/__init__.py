"""figrecon as a library: figures in, findings out, without click or a terminal.

    from reconcile import load_figures, reconcile
    result = reconcile(load_figures("figures.csv"), currency="krw", real_as_of="2024-07")
    result.findings     # a DataFrame, most severe first; result.records: the typed Findings

Also `read_amount(text)`, `convert(text_or_amount, to, on, real_as_of)` and
`extract_figures(text, published)`. Bad input raises `InputError` (its `lines` are what the
command line prints). The names are imported on first use, so `import reconcile.store.figures` stays
cheap.
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "load_figures": ("reconcile.store.figures", "load_figures"),
    "reconcile": ("reconcile.api", "reconcile"),
    "figures_frame": ("reconcile.api", "figures_frame"),
    "read_amount": ("reconcile.api", "read_amount"),
    "convert": ("reconcile.api", "convert"),
    "extract_figures": ("reconcile.api", "extract_figures"),
    "InputError": ("currency.errors", "InputError"),
    "OptionError": ("currency.errors", "OptionError"),
    "FiguresError": ("reconcile.store.figures", "FiguresError"),
    "Finding": ("reconcile.model.findings", "Finding"),
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'reconcile' has no attribute {name!r}")
    module, attr = _EXPORTS[name]
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))
