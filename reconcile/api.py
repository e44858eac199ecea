"""The library's front door: load figures, reconcile them, with the inputs a person would give.

    from reconcile import load_figures, reconcile
    result = reconcile(load_figures("figures.csv"), currency="krw", real_as_of="2024-07")

Nothing here prints, prompts or exits: bad input raises an `InputError` (`currency.errors`) whose
`lines` are what the command line shows.
"""
from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pandas as pd

from currency.errors import InputError, OptionError
from currency.options import constant_money, currency_code
from reconcile.store.figures import (
    COLUMNS,
    REQUIRED,
    NoFigures,
    load_figures,
    part_of_keys,
    validate,
)


def _as_text(value):
    """Dates given as `date`/`Timestamp` become the `YYYY-MM-DD` the figures table holds, and
    whole numbers (an id, a year; 7.0 too) their digits; any other cell stays as given."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bool, np.bool_)):
        return value
    # pandas makes a column of whole numbers with a gap floats (7 becomes 7.0): read alike.
    # Not past 2**53, where a float no longer holds every whole number (an id's digits lost).
    if isinstance(value, (int, np.integer)) or (isinstance(value, (float, np.floating))
                                                and float(value).is_integer()
                                                and abs(value) <= 2 ** 53):
        return str(int(value))
    return value


# A cell that is neither text nor missing after `_as_text`: a float, a bool, a list. An amount
# given as 5.0 has lost how it was written (its precision is what the checks read).
NOT_TEXT = "must be text, not {}"


def _problems(df: pd.DataFrame, name: str) -> list:
    """Every problem of the table, in line order: each cell that is not text, and what the
    file's rules find in the rest (which read text: a cell that is not is left out of them)."""
    from reconcile.store.problems import Problem
    bad = [(i, col) for col in COLUMNS for i, v in enumerate(df[col])
           if v is not None and not isinstance(v, str)]
    if not bad:
        return validate(df, name)
    lines = df["line"].tolist()
    found = [Problem(name, int(lines[i]), col, repr(df[col].iat[i]),
                     NOT_TEXT.format(type(df[col].iat[i]).__name__)) for i, col in bad]
    texts = df.copy()
    for i, col in bad:
        texts.iat[i, texts.columns.get_loc(col)] = None
    left_out = {(int(lines[i]), col) for i, col in bad}
    found += [p for p in validate(texts, name) if (p.line, p.column) not in left_out]
    return sorted(found, key=lambda p: p.line if p.line is not None else -1)


def figures_frame(figures: pd.DataFrame, name: str = "<figures>") -> pd.DataFrame:
    """A user's figures table made complete and validated: optional columns added, dates as
    text, every problem raised at once as a FiguresError (`name:row: column: value: reason`)."""
    from reconcile.store.figures import FiguresError
    missing = [c for c in REQUIRED if c not in figures.columns]
    if missing:
        from reconcile.store.problems import Problem
        raise FiguresError([Problem(name, None, f"column {c}", None, "required column missing")
                            for c in missing])
    df = figures.copy()
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = None
        df[col] = df[col].map(_as_text).astype(object)
        df[col] = df[col].where(df[col].notna(), None)
    if "line" not in df.columns:
        df["line"] = range(2, 2 + len(df))     # as if read from a CSV with a header line
    df = df.reset_index(drop=True)
    if df.empty:
        raise NoFigures(name)
    problems = _problems(df, name)
    if problems:
        raise FiguresError(problems)
    return df


def reconcile(figures: pd.DataFrame, currency: str = "USD", real_as_of=None):
    """Normalize and check `figures`; the engine's `Reconciliation` (`.findings` a DataFrame,
    `.records` the typed `Finding`s, `.figures` the normalized table).

    `currency` is any ISO code the ECB data covers, in any case; `real_as_of` (a day or month,
    as text or a `date`) shows amounts in constant money of that date (US CPI-U).
    """
    from reconcile.engines import local as engine
    code = currency_code(currency, "currency")
    as_of = constant_money(real_as_of, real_as_of is not None, "real_as_of")
    evidence = engine.evidence_base(figures_frame(figures), code, as_of)
    return engine.check_evidence(evidence, engine.Context(code, as_of))


def no_figures(currency: str = "USD", real_as_of=None):
    """The `Reconciliation` of a figures file with none yet: no figures, no findings (what a
    json report of a fresh file says)."""
    from reconcile.engines import local as engine
    empty = pd.DataFrame({c: pd.Series([], dtype=object) for c in COLUMNS})
    # The options checked as `reconcile` checks them: a bad one is refused, not echoed back.
    return engine.reconcile(empty, currency_code(currency, "currency"),
                            constant_money(real_as_of, real_as_of is not None, "real_as_of"))


def reconcile_file(path: str | os.PathLike, currency: str = "USD", real_as_of=None,
                   metric: str | None = None, *, metric_option: str = "metric", only=None,
                   skip=(), check_option: str = "check", lean: bool = False):
    """Load and validate a figures file once, then reconcile it (the command line's path).
    `lean`: the result's `figures` leave out the columns only the checks read (less memory)."""
    return _reconcile_file(path, currency, real_as_of, metric, metric_option=metric_option,
                           only=only, skip=skip, check_option=check_option, lean=lean)


def _reconcile_file_for_cli_views(path, currency, real_as_of, metric, **options):
    """`reconcile_file` for the command line's report and csv/json export: the findings nothing
    joined are left unmade (`check_evidence`'s `records_when_shown`) until a view shows them."""
    return _reconcile_file(path, currency, real_as_of, metric, records_when_shown=True,
                           **options)


def _reconcile_file(path, currency, real_as_of, metric, *, metric_option: str = "metric",
                    only=None, skip=(), check_option: str = "check", lean: bool = False,
                    records_when_shown: bool = False):
    from reconcile.engines import local as engine
    figures = load_figures(path)
    if figures.empty:
        raise NoFigures(path)
    check_metric(figures["metric"], metric, metric_option, str(path))
    try:
        engine.selected_checks(only, skip)
    except ValueError as exc:
        raise OptionError(check_option, ", ".join([*(only or ()), *skip]), str(exc)) from None
    code = currency_code(currency)
    as_of = constant_money(real_as_of, real_as_of is not None)
    evidence = engine.evidence_base(figures, code, as_of)
    # The loaded frame is read no more: held to the end, its columns (about 60 MB at a million
    # figures) would stay alive beside the findings; the evidence shares its text cells.
    del figures
    # With `lean`, the columns only the checks read go once they have run (~130 MB at 1M).
    return engine.check_evidence(evidence, engine.Context(code, as_of), only, skip, lean=lean,
                                 records_when_shown=records_when_shown)


def read_amount(text: str):
    """The first amount in `text` as an `Amount` (value, interval, currency, hedge, precision);
    `AmountError` (an InputError) names the column when there is none."""
    from currency.text.reader import read_amount as read
    return read(text)


def convert(amount, to: str = "USD", on=None, real_as_of=None):
    """An amount (text or `Amount`) in currency `to` at the ECB fixing of `on` (a day, default
    the data's last), optionally in constant money of `real_as_of`; a `Conversion`."""
    from currency.convert import convert as convert_amount
    from currency.options import day, rate_day
    if isinstance(amount, str):
        amount = read_amount(amount)
    code = currency_code(to, "to")
    # Outside the data the nearest fixing stands in (conversion.rate); the money stays of `on`.
    on = day(on, "on") or rate_day(None)[0]
    as_of = constant_money(real_as_of, real_as_of is not None, "real_as_of")
    return convert_amount(amount, code, on, as_of)


def extract_figures(text: str, published=None):
    """Every amount an article's `text` states, as `Candidate`s in order (its interval, sentence,
    offsets, a suggested as_of); `published` (a `date`, or text of a day, a month or a year)
    resolves 지난해, 10월 초 within it."""
    from currency.options import published_span
    from currency.text.extract import extract
    return extract(text, published_span(published, "published"))


def check_metric(metrics, metric: str | None, option: str, where: str = "the figures") -> None:
    """Check that `metric`, when given, is one of `metrics` (a column of metric keys); the
    whole table stays either way: parts and totals of other metrics are evidence about it."""
    # None is "not given"; an empty key is given and names no figure (a variable left unset).
    if metric is None:
        return
    if metric == "":
        raise OptionError(option, metric, "the metric is empty; give a snake_case key")
    if metric not in set(metrics):
        raise OptionError(option, metric, f"no figure has the metric {metric!r} in {where}"
                          + closest(metric, pd.unique(metrics)))


def closest(word: str, choices) -> str:
    """'; did you mean a, b?' with the closest choices, or ''."""
    import difflib
    choices = sorted(set(choices))
    close = difflib.get_close_matches(word, choices, n=3, cutoff=0.6)
    close += [c for c in choices if word.lower() in c and c not in close][:3 - len(close)]
    return f"; did you mean {', '.join(close)}?" if close else ""


__all__ = ["InputError", "OptionError", "convert", "extract_figures", "figures_frame",
           "load_figures", "part_of_keys",
           "read_amount", "reconcile", "reconcile_file"]
