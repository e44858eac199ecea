"""One reader of the figures file: `edit` and `remove` cut rows exactly where `report` reads them.

For random CSV bytes (stray and doubled quotes, quoted line breaks, CR, LF, CRLF, a BOM, blank
lines), removing or editing one row changes exactly that row, or is refused while the reader
that `report` uses refuses the file too. FIGRECON_PROPERTY_EXAMPLES sets the number of examples
(the issue's measurement used 10,000).
"""
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.store.curate import edit_figure, figure_rows, remove_figures
from reconcile.store.figures import FiguresError
from reconcile.store.table import read_table
from tests.helpers import examples

EXAMPLES = int(os.environ.get("FIGRECON_PROPERTY_EXAMPLES", "300"))
HEADER = ["id", "metric", "amount", "as_of", "published", "source", "quote", "note"]

# Raw cell text: the characters that break naive line- or quote-counting readers.
_raw = st.lists(st.sampled_from(list('ab 5$,"\r\n한') + ["\r\n"]), max_size=12).map("".join)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@st.composite
def _cell(draw) -> str:
    text = draw(_raw)
    # Mostly well-formed cells, some raw ones that may be malformed on purpose.
    how = draw(st.sampled_from(["plain", "quoted", "quoted", "raw"]))
    if how == "quoted":
        return _quoted(text)
    if how == "plain":
        return text.replace(",", "").replace("\r", "").replace("\n", "")
    return text


@st.composite
def figures_bytes(draw) -> tuple[bytes, list[str]]:
    """A figures file's bytes and the ids written in it (each `id<N>x`, unique)."""
    n = draw(st.integers(min_value=1, max_value=6))
    eols = st.sampled_from(["\n", "\r\n", "\r"])
    out = [",".join(HEADER) + draw(eols)]
    ids = []
    for i in range(n):
        if draw(st.booleans()) and draw(st.booleans()):
            out.append(draw(eols))                       # a blank line
        fid = f"id{i}x"
        ids.append(fid)
        cells = [fid] + [draw(_cell()) for _ in range(draw(st.integers(1, len(HEADER))))]
        out.append(",".join(cells) + draw(eols))
    text = "".join(out)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")                       # no final line ending
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return bom + text.encode("utf-8"), ids


def _rows(data: bytes):
    """What report's reader reads: the rows (stripped cells) and its problems, or None."""
    table, problems = read_table("f.csv", data, ["id"])
    if table is None:
        return None
    rows = [{k: v.strip() for k, v in r.items()} for r in table.rows]
    return rows, problems


def _changed_region(old: bytes, new: bytes) -> tuple[int, int, bytes]:
    """old[:p] and old[len(old)-s:] are shared with new; the rest of new is the third value."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, len(old) - s, new[p:len(new) - s]


def _check(data: bytes, ids: list[str], k: int, change: str) -> None:
    fid = ids[k % len(ids)]
    read = _rows(data)
    try:
        if change == "remove":
            new = remove_figures(data, [fid])
        else:
            new = edit_figure(data, fid, {"note": "hi, \"there\""})
    except FiguresError:
        # Refused: allowed only when report's reader refuses the file, or does not see the row.
        assert read is None or fid not in {r["id"] for r in read[0]}, \
            f"refused a file the reader accepts, with {fid} in it"
        return
    assert read is not None, "changed a file the reader refuses"
    old_rows, old_problems = read
    new_read = _rows(new)
    assert new_read is not None, "the change made the file unreadable"
    new_rows, _ = new_read
    i = [r["id"] for r in old_rows].index(fid)
    start, end, inserted = _changed_region(data, new)
    # The written ids of rows the reader sees (an id inside another row's quoted cell is no
    # row of its own; a row cut by a bare CR may have no id).
    others = [f"{r['id']},".encode() for r in old_rows if r["id"] in ids and r["id"] != fid]
    assert not any(o in data[start:end] for o in others), "bytes of another row changed"
    if change == "remove":
        assert new_rows == old_rows[:i] + old_rows[i + 1:]
        assert inserted == b"", "remove wrote bytes of its own"
    else:
        assert new_rows[:i] + new_rows[i + 1:] == old_rows[:i] + old_rows[i + 1:]
        assert new_rows[i]["note"] == 'hi, "there"'
        # The edited row may gain empty cells up to the header's width; none else changes.
        assert all(new_rows[i].get(c, "") == old_rows[i].get(c, "") for c in HEADER
                   if c != "note")


@settings(max_examples=examples(EXAMPLES), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(figures_bytes(), st.integers(min_value=0, max_value=10),
       st.sampled_from(["remove", "edit"]))
def test_one_row_changes_or_the_file_is_refused(made, k, change):
    data, ids = made
    _check(data, ids, k, change)


@pytest.mark.parametrize("row, eol", [
    ('id1x,m,$1B,2020,2020,s,a 5" screen and $1 billion,', "\n"),   # a stray quote
    ("id1x,m,$1B,2020,2020,s,q,", "\r"),                             # bare CR line endings
    ("id1x,m,$1B,2020,2020,s,q,,extra", "\r\n"),                     # a cell beyond the header
])
@pytest.mark.parametrize("change", ["remove", "edit"])
def test_the_issue_cases_keep_every_other_row(row, eol, change):
    data = eol.join([",".join(HEADER), "id0x,m,$1B,2020,2020,s,q,", row,
                     "id2x,m,$2B,2020,2020,s,q,", ""]).encode()
    _check(data, ["id0x", "id1x", "id2x"], 1, change)
    _check(data, ["id0x", "id1x", "id2x"], 2, change)


def test_every_row_of_a_cr_only_file_is_found():
    data = "id,metric\rid0x,m\rid1x,m\r".encode()
    assert set(figure_rows(data)) == {"id0x", "id1x"}
