"""The figures table read by Arrow's C parser, for files plain enough that it cuts them exactly
as the strict reader (`reconcile.store.table`, the csv module) does; on any doubt it gives None and
the strict reader runs, which names FILE:LINE for every problem.

"Plain": UTF-8 without NUL, lines ended by LF or CRLF, every quote part of a quoted field as
RFC 4180 writes one (opened at the field's start, closed at its end, a quote inside it doubled)
that holds no line break, no quote in an unquoted field, a header with each column once and
every required one, no blank rows, as many cells on every line as in the header. Then each
record is one physical line (row i is on line i + 2) and both readers cut the same cells. Cells
are stripped of exactly the characters Python's `str.strip` strips, and an empty cell is null,
as the strict loader leaves them.
"""
from __future__ import annotations

from reconcile.store.problems import Problem

# What `str.strip()` removes: every code point `str.isspace` holds (all below U+3001).
WHITESPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
QUOTE, COMMA, CR, LF = (ord(c) for c in '",\r\n')
# The file is searched for quotes and line feeds a slice at a time: comparing the whole file at
# once would hold a mask as large as it (1 MiB slices measured the quickest, cache-wise).
SLICE = 1 << 20


def plain_csv(data: bytes) -> bool:
    """Whether `data` is CSV that Arrow and the csv module cut alike, one record per line."""
    if b"\x00" in data or b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return False
    return b'"' not in data or quotes_plain(data)


def quotes_plain(data: bytes) -> bool:
    """Whether every quote of `data` (lone CRs ruled out) belongs to a quoted field that both
    readers read alike: opened at a field's start (the file's, or after a comma or a line feed),
    closed at its end (before a comma, a line end or the file's end), on one line, any quote
    inside it doubled. The quotes are paired in file order, first with second, third with fourth:
    in such a file a pair is a field's opening and closing quote, or, where a field holds
    doubled quotes, a stretch of it between two quotes, and such pairs touch (one's closing quote
    is right before the next's opening one). So the file is plain exactly when the quotes are
    even, no pair holds a line feed, each pair not touching the one before opens a field, and
    each pair not touching the one after closes one; anything else (text after a closing quote,
    a quote inside an unquoted field, a line break inside a cell) fails one of these.

    The file is judged a slice at a time, carrying across slices only an opening quote whose
    pair closes later and the last closing quote: a file of nothing but quotes would otherwise
    hold eight bytes per quote in each of several position arrays (a 52 MB file, 943 MB)."""
    import numpy as np
    raw = np.frombuffer(data, np.uint8)
    carried = np.empty(0, np.intp)      # an opening quote whose pair closes in a later slice
    last_close = -2                     # the closing quote of the last pair so far (-2: none)
    for i in range(0, len(raw), SLICE):
        part = raw[i:i + SLICE]
        quotes = np.concatenate((carried, np.flatnonzero(part == QUOTE) + i))
        line_feeds = np.flatnonzero(part == LF) + i
        paired = len(quotes) - len(quotes) % 2
        carried = quotes[paired:]
        if len(carried) and len(line_feeds) and line_feeds[-1] > carried[0]:
            return False    # a line feed after a quote left open: a line break inside a cell
        if not _pairs_plain(raw, quotes[:paired:2], quotes[1:paired:2], line_feeds, last_close):
            return False
        last_close = int(quotes[paired - 1]) if paired else last_close
    return not len(carried) and _closes_field(raw, np.array([last_close]))


def _pairs_plain(raw, opens, closes, line_feeds, last_close: int) -> bool:
    """Whether the pairs of one slice (`line_feeds` the slice's, `last_close` the closing quote
    of the pair before them, -2 for none) hold no line feed, and each pair apart from the one
    before it opens a field where that one closed a field."""
    import numpy as np
    if not len(opens):
        return True
    if not np.array_equal(np.searchsorted(line_feeds, opens), np.searchsorted(line_feeds, closes)):
        return False        # a line feed between a pair's quotes: a line break inside a cell
    before = np.concatenate(([last_close], closes[:-1]))
    apart = before + 1 != opens
    starts = opens[apart]
    return bool(np.isin(raw[starts[starts > 0] - 1], (COMMA, LF)).all()
                and _closes_field(raw, before[apart]))


def _closes_field(raw, closes) -> bool:
    """Whether each closing quote in `closes` (-2 for none) ends a field: the file's end, or a
    comma, CR or LF after it."""
    import numpy as np
    inside = closes[(closes >= 0) & (closes < len(raw) - 1)]
    return bool(np.isin(raw[inside + 1], (COMMA, CR, LF)).all())


def arrow_cells(data: bytes, columns: list[str], required: list[str]) -> dict | None:
    """Each of `columns` as an Arrow text array in file order (stripped, an empty cell null; a
    column the file lacks is None), its rows on lines 2, 3, ...; or None when the file is not
    plain or has a problem (the strict reader must judge it)."""
    if not plain_csv(data):
        return None
    try:        # pyarrow comes with the `scale` extra; without it the strict reader reads all
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pcsv
    except ImportError:
        return None
    end = data.find(b"\n")
    first = data if end < 0 else data[:end]     # the header line (split would copy the rest)
    try:
        # The header is read as a row of text (the names are checked here as the strict
        # reader checks them); every column is text, never a guessed number or date. One
        # thread: the same CPU time as two, less memory held at once, steadier system time.
        table = pcsv.read_csv(
            pa.py_buffer(data),
            read_options=pcsv.ReadOptions(autogenerate_column_names=True, use_threads=False),
            # A doubled quote inside a quoted cell is one quote, as the csv module reads it.
            parse_options=pcsv.ParseOptions(newlines_in_values=False, ignore_empty_lines=False,
                                            quote_char='"', double_quote=True),
            convert_options=pcsv.ConvertOptions(
                column_types={f"f{i}": pa.string() for i in range(first.count(b",") + 1)},
                strings_can_be_null=False, null_values=[], quoted_strings_can_be_null=False,
                check_utf8=True))
    except (pa.ArrowException, ValueError):
        return None
    if table.num_rows < 2 or any(not pa.types.is_string(t) for t in table.schema.types):
        return None
    header = [table.column(i)[0].as_py().strip() for i in range(table.num_columns)]
    if len(set(header)) != len(header) or not all(c in header for c in required):
        return None
    cells = {}
    blank = None
    # Each column read is dropped once cleaned: its buffers take the next column's cleaned
    # text instead of fresh memory (Arrow's pool peaked at the table plus every cleaned column).
    read = table.slice(1).columns
    del table
    for name in header:
        cells[name] = reader_text(read.pop(0))
        empty = pc.is_null(cells[name])
        blank = empty if blank is None else pc.and_(blank, empty)
    if pc.any(blank).as_py():     # the strict reader skips an all-blank row: lines would shift
        return None
    return {c: cells.get(c) for c in columns}


def clean_text(column):
    """An Arrow column as the checks read cells: text stripped of what `str.strip` strips, an
    empty or missing cell null (every reader of figures, CSV, Parquet or Dask parts, ends here)."""
    import pyarrow as pa
    if isinstance(column, pa.ChunkedArray):
        # Chunk by chunk: joining the chunks first would copy every text once more.
        return pa.chunked_array([_clean_chunk(c) for c in column.chunks], type=pa.string())
    return _clean_chunk(column)


def _clean_chunk(column):
    import pyarrow as pa
    import pyarrow.compute as pc
    text = pc.utf8_trim(pc.cast(column, pa.string()), characters=WHITESPACE)
    filled = pc.fill_null(pc.greater(pc.binary_length(text), 0), False)
    if text.offset or filled.offset:
        return pc.if_else(filled, text, pa.scalar(None, pa.string()))
    # The filled cells' mask is the validity bitmap of the same texts: no copy of them.
    return pa.Array.from_buffers(pa.string(), len(text),
                                 [filled.buffers()[1], *text.buffers()[1:]])


# A column whose first cells repeat (dates, sources, amounts of an archive) is dictionary-encoded
# as it is read: its distinct texts are stripped once, each becomes one Python string shared by
# its cells, and the checks judge each once.
SAMPLE, REPEATS = 4096, 0.5


def repeats(column) -> bool:
    """Whether the column's first cells, as `clean_text` leaves them, repeat enough to be read
    as codes into their distinct texts (a column of ids or quotes is read as it is)."""
    import pyarrow.compute as pc
    sample = clean_text(column.slice(0, SAMPLE))
    return pc.count_distinct(sample, mode="all").as_py() <= REPEATS * len(sample)


def reader_text(column):
    """`clean_text` of a column, dictionary-encoded when its first cells repeat: then only its
    distinct texts are stripped (a million cells of a few thousand amounts)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    if pa.types.is_dictionary(column.type) or not repeats(column):
        return clean_text(column)
    encoded = pc.dictionary_encode(pc.cast(column, pa.string()))
    chunks = encoded.chunks if isinstance(encoded, pa.ChunkedArray) else [encoded]
    # Arrow gives every chunk the whole column's dictionary; were it not so, the cells.
    if not chunks or any(not c.dictionary.equals(chunks[0].dictionary) for c in chunks[1:]):
        return clean_text(column)
    # Stripping may make two texts one (" a", "a") or a text empty (null): the stripped
    # texts are encoded again, and each cell's code goes through that second code, unless
    # (as in most files) the second codes are the first ones: then the cells keep theirs.
    again = pc.dictionary_encode(clean_text(chunks[0].dictionary))
    if len(again.dictionary) == len(again.indices):     # no two texts merged, none emptied
        out = [pa.DictionaryArray.from_arrays(c.indices, again.dictionary) for c in chunks]
    else:
        out = [pa.DictionaryArray.from_arrays(pc.take(again.indices, c.indices),
                                              again.dictionary) for c in chunks]
    return pa.chunked_array(out, out[0].type) if isinstance(encoded, pa.ChunkedArray) else out[0]


def dictionary_codes(column):
    """An Arrow text column as (each cell's position among its distinct texts as a numpy
    array, -1 for a null; the distinct texts as an Arrow array): one hash pass, in Arrow, or
    none when the column is dictionary-encoded already."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    encoded = column if pa.types.is_dictionary(column.type) else pc.dictionary_encode(column)
    if isinstance(encoded, pa.ChunkedArray):
        chunks = encoded.chunks
        if not chunks:
            return np.empty(0, dtype=np.int32), pa.array([], pa.string())
        dictionary = chunks[0].dictionary
        # Arrow gives every chunk the whole column's dictionary; were it not so, one array.
        if any(not c.dictionary.equals(dictionary) for c in chunks[1:]):
            return dictionary_codes(column.combine_chunks())
        indices = pa.chunked_array([c.indices for c in chunks], type=chunks[0].indices.type)
    else:
        dictionary, indices = encoded.dictionary, encoded.indices
    return pc.fill_null(indices, -1).to_numpy(zero_copy_only=False), dictionary


def python_strings(column, missing=None):
    """A numpy object array of an Arrow text array's cells (a null `missing`), every distinct
    text one shared Python string when the column is dictionary-encoded or its first cells
    repeat."""
    import numpy as np
    import pyarrow as pa
    if not pa.types.is_dictionary(column.type) and not repeats(column):
        cells = column.to_numpy(zero_copy_only=False)
        if column.null_count:
            cells[column.is_null().to_numpy(zero_copy_only=False)] = missing
        return cells
    codes, distinct = dictionary_codes(column)
    texts = np.empty(len(distinct) + 1, dtype=object)
    texts[:-1] = distinct.to_numpy(zero_copy_only=False)
    texts[-1] = missing         # code -1, a null, takes the last
    return texts[codes]


PARQUET = (".parquet", ".pq")
# Parquet column types that hold text as the CSV reader reads it (integers print as written).
TEXT_TYPES = ("string", "large_string", "null", "int8", "int16", "int32", "int64", "uint8",
              "uint16", "uint32", "uint64")


def parquet_cells(name: str, data: bytes, columns: list[str], required: list[str]
                  ) -> tuple[dict | None, list[Problem]]:
    """Each of `columns` from a Parquet file's bytes as `arrow_cells` gives them, rows in file
    order; or None and the problems that stop reading it."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return None, [Problem.of_file(name, "reading a Parquet file needs pyarrow: pip install "
                                      "'figrecon[scale]', or give the figures as CSV")]
    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return None, [Problem.of_file(name, f"not a readable Parquet file ({first})")]
    header = [f.name.strip() for f in table.schema]
    bad = [Problem(name, None, f"column {f.name}", None, f"holds {f.type} values, not text; the "
                   "figures columns are text, as in the CSV file") for f in table.schema
           if f.name.strip() in columns and str(f.type) not in TEXT_TYPES]
    twice = sorted({c for c in header if header.count(c) > 1})
    bad += [Problem(name, None, "header", c, "column named twice") for c in twice]
    bad += [Problem(name, None, "header", c, "required column missing") for c in required
            if c not in header]
    if bad:
        return None, bad
    cells = {name: reader_text(column) for name, column in zip(header, table.columns)
             if name in columns}
    return {c: cells.get(c) for c in columns}, []
