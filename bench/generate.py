"""The project's generator of figure tables for benchmarks: facts of about ten figures each, in
mixed currencies and hedges, with unit slips, parts and totals, running totals and restatements.

`python bench/generate.py N OUT.csv` writes one; `generate(n)` returns the CSV text;
`python bench/generate.py N OUT.csv --quoted` writes one as `scan -o` and `add` write theirs: quotes
are sentences with commas, some quoting a speaker (a doubled quote in the cell), and every row
has a note with commas, so that those cells are quoted;
`python bench/generate.py N DIR --parquet-parts ROWS` writes it as Parquet parts of ROWS rows each,
one part in memory at a time (10M figures never sit in one table).
"""
from __future__ import annotations

import csv
import io
import random
import sys

COLUMNS = ["id", "metric", "amount", "as_of", "published", "source", "quote", "part_of", "kind",
           "note", "restates"]
YEARS = ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]


def generate(n: int, seed: int = 11, quoted: bool = False) -> str:
    """A figures CSV of n rows. About one dollar figure in ten is followed by its won
    restatement from the same quote (`restates` names it), as articles write 'X달러(약 Y원)'.
    With `quoted`, the quote and note cells are written as `scan -o` writes them (`quoted_rows`)."""
    out = io.StringIO()
    out.write(",".join(COLUMNS) + "\n")
    if quoted:
        csv.writer(out, lineterminator="\n").writerows(quoted_rows(n, seed))
        return out.getvalue()
    for row in rows(n, seed):
        out.write(",".join(row) + "\n")
    return out.getvalue()


# Made-up speakers and the sentences a quote cell holds; a figure's quote names its amount.
SPEAKERS = ["Orvel", "Kestrel Capital", "Norden", "Halvard Group", "카파전자"]
SAID = ["{who} said, \"we put {amount} into it\", in a statement",
        "According to {who}, the deal was worth {amount}, up from last year"]


def quoted_rows(n: int, seed: int = 11):
    """`rows(n, seed)` with realistic text cells: each quote a sentence with commas, one in
    five quoting a speaker (the CSV writer doubles its quotes), each note a line with commas
    as `scan` writes them."""
    rng = random.Random(seed + 1)
    for row in rows(n, seed):
        who = rng.choice(SPEAKERS)
        row[6] = rng.choice(SAID[:1] if rng.random() < 0.2 else SAID[1:]).format(
            who=who, amount=row[6])
        row[9] = (f"proposed by scan: fact {row[1]}, cohesion 0.{rng.randint(10, 99)}; as_of "
                  f"{row[3]}, the date its figures give with the most weight")
        yield row


def rows(n: int, seed: int = 11):
    """The n rows of `generate(n, seed)`, one list of cells at a time (no cell holds a comma)."""
    rng = random.Random(seed)
    i = 0
    fact = 0
    while i < n:
        fact += 1
        year = rng.choice(YEARS)
        usd_b = rng.randint(1, 500)
        # Each group of 20 facts opens with its running total, so that every part_of names a
        # metric the file already has (a part_of may not point at nothing).
        total = f"total_{(fact - 1) // 20}"
        cumulative = fact % 20 == 1
        metric = total if cumulative else f"fact_{fact}"
        part = "" if cumulative else total
        kind = "cumulative" if cumulative else ""
        source = f"gen{fact % 97}.txt"
        for _ in range(rng.randint(4, 16)):
            if i >= n:
                break
            roll = rng.random()
            if roll < 0.45:
                amount = f"{usd_b * 10}억 달러"
            elif roll < 0.6:
                amount = f"${usd_b} billion"
            elif roll < 0.8:
                amount = f"약 {round(usd_b * 1.2)}조 원"
            elif roll < 0.9:
                amount = f"{usd_b}억 달러"            # a unit slip
            elif roll < 0.95:
                amount = f"{usd_b * 10}억 달러 이상"
            else:
                amount = "수십억 달러"
            if cumulative:      # a running total stated in several years
                year = rng.choice(YEARS)
            won = None
            if i + 1 < n and roll < 0.6 and rng.random() < 0.1:
                # The won figure the writer put in brackets after the dollar one.
                won = f"약 {round(usd_b * 1.2 * (1.3 if rng.random() < 0.2 else 1))}조 원"
            quote = f"{amount}({won})" if won else f"{amount} ({i})"
            yield [f"g{i}", metric, amount, year, year, source, quote, part, kind, "", ""]
            i += 1
            if won:
                yield [f"g{i}", metric, won, year, year, source, quote, part, kind, "", f"g{i - 1}"]
                i += 1


def write_parquet_parts(n: int, directory, rows_per_part: int, seed: int = 11) -> int:
    """`generate(n, seed)`'s rows as Parquet parts `part00000.parquet`... of `rows_per_part`
    rows each, in file order, holding one part in memory at a time; returns how many parts.
    Ids stay distinct across parts; a family may straddle two parts (the engine shuffles by
    family, as it must for any user's parts)."""
    from pathlib import Path

    import pyarrow as pa
    import pyarrow.parquet as pq
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    chunk: list[list[str]] = []
    k = 0

    def flush() -> None:
        nonlocal k
        table = pa.Table.from_arrays([pa.array(col, pa.string()) for col in zip(*chunk)],
                                     schema=schema)
        pq.write_table(table, directory / f"part{k:05}.parquet")
        chunk.clear()
        k += 1

    for row in rows(n, seed):
        chunk.append(row)
        if len(chunk) == rows_per_part:
            flush()
    if chunk:
        flush()
    return k


def main(argv: list[str]) -> int:
    """The command line: N OUT [--quoted] [--parquet-parts ROWS]; a usage line and status 2 otherwise."""
    import argparse
    parser = argparse.ArgumentParser(prog="bench/generate.py",
                                     description="Write N generated figures to OUT.")
    parser.add_argument("n", type=int, metavar="N", help="how many figures")
    parser.add_argument("out", metavar="OUT", help="a CSV file, or a directory of Parquet parts")
    parser.add_argument("--quoted", action="store_true",
                        help="write quote and note cells as `scan -o` does (commas, quotes)")
    parser.add_argument("--parquet-parts", type=int, metavar="ROWS",
                        help="write Parquet parts of ROWS rows into the directory OUT")
    args = parser.parse_args(argv)
    if args.n < 0 or (args.parquet_parts is not None and args.parquet_parts < 1):
        parser.error("N must be 0 or more and ROWS 1 or more")
    if args.parquet_parts is not None:
        write_parquet_parts(args.n, args.out, args.parquet_parts)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(generate(args.n, quoted=args.quoted))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
