"""`report --json` written as it is made: the text of
`json.dumps(tables.document(...), ensure_ascii=False, indent=2)` and a newline, a chunk of rows at
a time, without the document (a million figures make 741 MB of it, 8 GB as Python's dicts)."""
from __future__ import annotations

import json
from dataclasses import asdict
from json.encoder import encode_basestring as _json_text

import pandas as pd

from reports.export import CHUNK_ROWS, json_framed, json_records
from reports.tables import figure_chunks, finding_chunks, summarize

# Rows a piece: the export's, but half as many figures (a 1M document peaks 1.45 GB so, 1.56 GB
# at the export's 20,000, for the same CPU).
STEPS = {**CHUNK_ROWS, "figures": 10_000}


def document_pieces(rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame,
                    whole_run: bool = False, steps: dict | None = None):
    """`tables.document`'s json text and a newline, piece by piece; its lists of findings and
    figures `steps[table]` rows at a time (`STEPS` by default)."""
    steps = STEPS if steps is None else steps
    # Made in document's order: the summary, then the findings, then the figures.
    yield from _framed({
        "summary": iter([json.dumps(asdict(summarize(rec, counted, figures, whole_run)),
                                    ensure_ascii=False, indent=2)]),
        "findings": _listed(finding_chunks(shown, steps["findings"])),
        "figures": _listed(figure_chunks(figures, counted, steps["figures"])),
    })


def write_document(out, rec, counted: pd.DataFrame, shown: pd.DataFrame, figures: pd.DataFrame,
                   whole_run: bool = False, steps: dict | None = None) -> None:
    """Write `document_pieces` to the text stream `out` as they are made."""
    for piece in document_pieces(rec, counted, shown, figures, whole_run, steps):
        out.write(piece)


def _listed(chunks):
    """The records of a table's chunks as a json list at the top of a document, piece by piece:
    the json export's text of them (the same as json.dumps of `tables.records`), without its
    closing newline."""
    # Only the last piece ends in a newline: the others end with a record's closing brace.
    for piece in json_framed(map(json_records, chunks)):
        yield piece.removesuffix("\n")


def _framed(values: dict):
    """A dict as json.dumps(indent=2) frames it, each value given as pieces of its json text at
    the top level, then a newline. Strings' newlines are escaped, so each newline of a value is
    structure, indented by two more spaces in its place."""
    start = "{\n  "
    for key, pieces in values.items():
        yield start + _json_text(key) + ": "
        for piece in pieces:
            yield piece.replace("\n", "\n  ")
        start = ",\n  "
    yield "\n}\n"
