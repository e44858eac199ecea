"""The figures table: load `figures.csv`, validate it with a pandera schema, report every problem.

Each problem is one line, `FILE:LINE: column: value: reason`, all of them at once.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from currency.errors import InputError

COLUMNS = ["id", "metric", "amount", "as_of", "published", "source", "quote", "part_of", "kind",
           "note"]
REQUIRED = ["id", "metric", "amount", "as_of", "published", "source", "quote"]
KINDS = ("cumulative",)
ID_RE = r"^[a-z0-9][a-z0-9._-]*$"
METRIC_RE = r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$"


class FiguresError(InputError):
    """The figures file has problems; `problems` (= `lines`) holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(*problems)
        self.problems = problems


def amount_problem(text: str) -> str | None:
    """Why `text` is not a usable figure amount, or None when it reads with a unit."""
    from currency.reader import AmountError
    from currency.readings import read_once
    try:
        amount = read_once(text)
    except AmountError as exc:
        return exc.message
    if amount.unit is None:
        return f"{amount.span!r} names no currency or unit (write one, e.g. '{amount.span} 원')"
    return None


def period_problem(text: str) -> str | None:
    """Why `text` is not a date or period, or None."""
    from currency.periods import PeriodError, parse_period
    try:
        parse_period(text)
    except PeriodError as exc:
        return str(exc)
    return None


def part_of_problem(text: str) -> str | None:
    """Why a part_of cell is malformed: metric keys separated by ';'."""
    bad = [k for k in str(text).split(";") if not re.match(METRIC_RE, k.strip())]
    return f"not snake_case metric keys separated by ';': {', '.join(map(repr, bad))}" if bad \
        else None


def _element_check(problem, name: str):
    import pandera.pandas as pa

    def ok(s: pd.Series) -> pd.Series:
        # Each distinct value is read once: large tables repeat amounts and dates a lot.
        verdict = {v: problem(v) is None for v in s.unique()}
        return s.map(verdict)
    return pa.Check(ok, element_wise=False, error=name)


def schema():
    """The pandera schema of the figures table."""
    import pandera.pandas as pa
    text = dict(dtype=str, coerce=True)
    return pa.DataFrameSchema(
        {
            "id": pa.Column(checks=[pa.Check.str_matches(ID_RE, error="id must be lowercase "
                                    "letters, digits, '.', '_' or '-'")], unique=True, **text),
            "metric": pa.Column(checks=[pa.Check.str_matches(METRIC_RE, error="metric must be "
                                        "a snake_case key")], **text),
            "amount": pa.Column(checks=[_element_check(amount_problem, "amount")], **text),
            "as_of": pa.Column(checks=[_element_check(period_problem, "period")], **text),
            "published": pa.Column(checks=[_element_check(period_problem, "period")], **text),
            "source": pa.Column(checks=[pa.Check(lambda s: s.str.len() > 0, error="must not be empty")],
                                **text),
            "quote": pa.Column(checks=[pa.Check(lambda s: s.str.len() > 0, error="must not be empty")],
                               **text),
            "part_of": pa.Column(checks=[_element_check(part_of_problem, "part_of")],
                                 nullable=True, **text),
            "kind": pa.Column(checks=[pa.Check.isin(KINDS, error=f"kind must be empty or one "
                                                    f"of {', '.join(KINDS)}")], nullable=True,
                              **text),
            "note": pa.Column(nullable=True, **text),
        },
        strict=False,
    )


_DETAIL = {"amount": amount_problem, "period": period_problem, "part_of": part_of_problem}


def parse_rows(path: Path, data: bytes) -> tuple[pd.DataFrame, list[str]]:
    """Rows of the CSV with the physical line each starts on; problems with the file's shape."""
    name = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return pd.DataFrame(columns=COLUMNS + ["line"]), [
            f"{name}:1: file: byte {exc.start}: not UTF-8 text"]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return pd.DataFrame(columns=COLUMNS + ["line"]), [f"{name}:1: file: empty: no header"]
    header = [h.strip() for h in header]
    missing = [c for c in REQUIRED if c not in header]
    problems = [f"{name}:1: header: {c}: required column missing" for c in missing]
    records, lines = [], []
    start = reader.line_num + 1
    for row in reader:
        if any(cell.strip() for cell in row):
            if len(row) > len(header):
                problems.append(f"{name}:{start}: row: {len(row)} cells: more cells than the "
                                f"header's {len(header)} (an unquoted comma?)")
            records.append(dict(zip(header, row)))
            lines.append(start)
        start = reader.line_num + 1
    df = pd.DataFrame.from_records(records, columns=header)
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = None
    df = df[COLUMNS].copy()
    for col in COLUMNS:
        df[col] = df[col].map(lambda v: v.strip() if isinstance(v, str) else v)
        df[col] = df[col].replace("", None)
    df["line"] = lines
    return df, problems


def validate(df: pd.DataFrame, name: str) -> list[str]:
    """Every schema problem as `FILE:LINE: column: value: reason`, in file order."""
    import pandera.pandas as pa
    problems: list[tuple[int, str]] = []
    for col in REQUIRED:
        for idx in df.index[df[col].isna()]:
            problems.append((int(df.at[idx, "line"]), f"{col}: (empty): required"))
    try:
        schema().validate(df.fillna({c: "" for c in REQUIRED}), lazy=True)
    except pa.errors.SchemaErrors as err:
        for case in err.failure_cases.itertuples():
            if case.index is None or pd.isna(case.index):
                problems.append((1, f"{case.column}: {case.failure_case}: {case.check}"))
                continue
            idx = int(case.index)
            value = case.failure_case
            if value in ("", None):
                continue      # reported above as an empty required cell
            reason = case.check
            if reason in _DETAIL:
                reason = _DETAIL[reason](value) or reason
            elif reason == "field_uniqueness":
                reason = "duplicate id (ids must be unique)"
            problems.append((int(df.at[idx, "line"]), f"{case.column}: {value}: {reason}"))
    problems.sort(key=lambda p: p[0])
    return [f"{name}:{line}: {msg}" for line, msg in problems]


def load_figures(path: str | Path) -> pd.DataFrame:
    """Read and validate a figures file; FiguresError lists every problem found."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FiguresError([f"{path}: cannot read: {exc.strerror}"]) from None
    df, problems = parse_rows(path, data)
    if not problems or len(df):
        problems += validate(df, str(path))
    if problems:
        raise FiguresError(problems)
    return df.reset_index(drop=True)
