"""Small figure tables written for the tests."""
import io

import pandas as pd

from reconcile.engines.local import reconcile
from reconcile.store.figures import COLUMNS


def table(*rows: dict) -> pd.DataFrame:
    """A figures table from partial rows; unspecified columns get harmless defaults: each row
    its own article (one article is one witness of a fact), a conversion its original's."""
    defaults = dict(as_of="2023-01-23", published="2023-01-24",
                    quote=None, part_of=None, kind=None, note=None,
                    restates=None)
    full = []
    for i, r in enumerate(rows):
        row = {**defaults, "id": f"f{i}", **r}
        row["quote"] = row["quote"] or f"quote {i}"    # distinct: no restatement is inferred
        full.append(row)
    # A conversion, or a figure quoting another's sentence, is in that figure's article. Originals
    # take their article before their conversions, so a conversion listed first still joins its
    # original's (row order must not move a figure to another article).
    by_id = {row["id"]: row for row in full}

    def depth(row: dict, seen: frozenset = frozenset()) -> int:
        original = by_id.get(row["restates"])
        if original is None or row["id"] in seen:
            return 0
        return 1 + depth(original, seen | {row["id"]})

    of_id, of_quote = {}, {}
    for i, row in sorted(enumerate(full), key=lambda ir: depth(ir[1])):
        row.setdefault("source", of_id.get(row["restates"])
                       or of_quote.get(row["quote"], f"test{i}.txt"))
        of_id[row["id"]] = of_quote.setdefault(row["quote"], row["source"])
    df = pd.DataFrame([{c: row.get(c) for c in COLUMNS} for row in full], columns=COLUMNS)
    df["line"] = range(2, 2 + len(df))
    return df


def findings(*rows: dict, currency: str = "USD") -> pd.DataFrame:
    """The findings of reconciling these rows, with each message rendered (as a view shows)."""
    from reconcile.model.findings import with_messages
    return with_messages(reconcile(table(*rows), currency).findings)


def serious(f: pd.DataFrame) -> pd.DataFrame:
    """Findings above info."""
    return f[f["severity"] != "info"]


def run(*args, stdin=None):
    """Invoke the command line in-process; arguments may be paths."""
    from click.testing import CliRunner

    from main import cli
    return CliRunner().invoke(cli, [str(a) for a in args], input=stdin)


class CtrlC(io.RawIOBase):
    """Standard input that gives `typed`, then Ctrl-C where the next answer would be read: the
    KeyboardInterrupt a user's ^C raises inside click's prompt."""

    def __init__(self, typed: str = "") -> None:
        self.typed = typed.encode()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not len(buffer):
            return 0
        if not self.typed:
            raise KeyboardInterrupt
        n = min(len(buffer), len(self.typed))
        buffer[:n], self.typed = self.typed[:n], self.typed[n:]
        return n


def flagged(f: pd.DataFrame) -> list[set[str]]:
    """The figures judged wrong, one set per finding."""
    return [set(x) for x in f["flagged"]]


def signature(f: pd.DataFrame, rename: dict | None = None) -> list[tuple]:
    """What each finding says, independent of message wording and row order: its checks,
    severity, metric and figures (ids read back through `rename`)."""
    rename = rename or {}
    return sorted((r.check, r.severity, r.metric,
                   tuple(sorted(rename.get(i, i) for i in r.figures)))
                  for r in f.itertuples())


def checks_of(f: pd.DataFrame) -> set[str]:
    """The checks that spoke in any finding (a merged finding names several)."""
    return {c for x in f["check"] for c in x}


def by_check(f: pd.DataFrame, name: str) -> pd.DataFrame:
    """The findings of `f` that the check `name` made (alone or merged with others)."""
    return f[f["check"].map(lambda c: name in c)]


def day(as_of: str, published: str | None = None, **kw) -> dict:
    """A figure whose as_of is `as_of`, published that day unless said otherwise."""
    return dict(as_of=as_of, published=published or as_of, **kw)


def examples(n: int) -> int:
    """`n` hypothesis examples under the full profile, in proportion fewer under `dev`."""
    from hypothesis import settings
    full = settings.get_profile("default").max_examples
    return max(1, n * settings.default.max_examples // full)


def shown(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings table as views show it: messages rendered, the records left out (two runs'
    records are equal objects only field by field, and NaN fields never compare equal)."""
    from reconcile.model.findings import with_messages
    return with_messages(findings).drop(columns="record")


def cpi_index(month: str) -> float:
    """US CPI-U of a month, read from the `cpi` package itself (the oracle)."""
    import datetime as dt
    import warnings
    with warnings.catch_warnings():     # its data is older than it likes; these months are in it
        warnings.simplefilter("ignore")
        import cpi
        return float(cpi.get(dt.date.fromisoformat(month + "-01")))
