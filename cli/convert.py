"""`figrecon convert`: read amounts as written and convert them with the ECB rates."""
from __future__ import annotations

import datetime as dt
import math
import re
import sys

import click

from cli.app import EXIT_INPUT, STREAM, _echo, _examples, _fail, _json_line

# A line of standard input ends at a newline as a text file has it (\n, \r\n, \r), not at every
# character str.splitlines() breaks on (\x0b, \x0c, \x1c-\x1e, \x85, U+2028, U+2029): a pasted
# amount that holds one of those is still one text and gets one output row.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@click.command(epilog=_examples('figrecon convert "약 12조 3000억 원" --date 2023-01-23',
                             'figrecon convert "100억 달러" --to KRW --json',
                             "printf '1,570억 달러\\n$6.6 billion\\n' | figrecon convert -"))
@click.argument("texts", nargs=-1, required=True)
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Rate date YYYY-MM-DD (default: the last day of the bundled ECB data).")
@click.option("--to", "to", default="USD", show_default=True, metavar="CUR",
              help="Currency to convert into: an ISO code of the ECB data (USD, KRW, EUR, …).")
@click.option("--as-of", "as_of_text", metavar="YYYY-MM-DD",
              help="With --real: the date of constant money (default: the CPI data's last month).")
@click.option("--real", is_flag=True, help="Express in constant money of --as-of (US CPI-U).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per text, one per line.")
@click.option("--currency", "given", metavar="CODE", help="ISO code of the currency of a TEXT "
              "that names none (3조가 넘는 with KRW); a TEXT that names one keeps it.")
def convert(texts, date_text, to, as_of_text, real, as_json, given) -> None:
    """Read each TEXT as an amount and convert it (TEXT `-` reads standard input, one per line;
    an empty one exits 2)."""
    from currency.options import constant_money, currency_code, day, rate_day
    to = currency_code(to, "--to")
    as_of = constant_money(as_of_text, real, "--as-of")
    # Outside the data: the nearest fixing, said in the output (`note`); the day asked for
    # stays the day the money is of.
    fixing, note = rate_day(date_text, "--date")
    on = day(date_text, "--date") or fixing
    lines = []
    for text in texts:
        if text == STREAM:
            from currency.text.article import decode
            from reconcile.store.files import SMALL_LIMIT, read_stream
            data = read_stream(sys.stdin.buffer, "<stdin>", "list of amounts", SMALL_LIMIT)
            read = [line for line in _LINE_BREAK.split(decode(data, "<stdin>", "a list of amounts")[0])
                    if line.strip()]
            if not read:
                # Blank lines are skipped; none but blank ones is the wrong file, not 0 amounts.
                _fail("<stdin>: no text to convert (the input is empty or blank lines only)")
            lines.extend(read)
        else:
            lines.append(text)
    given = currency_code(given, "--currency") if given else None
    rows = [_convert_one(text, to, on, as_of, given) for text in lines]
    if note:
        from currency.data.rates import outside_note
        for row in rows:
            if "converted" in row and row["currency"] != to:
                # A row with its own stale note was not converted at the data's edge fixing.
                row["converted"]["rate_note"] = outside_note(
                    on, on, str(on), row["converted"].get("rate_note"))
    renders = [row.pop("_render") for row in rows if "_render" in row]
    if as_json:
        out = sys.stdout
        for row in rows:
            out.write(_json_line(row))
    else:
        good = [row for row in rows if "error" not in row]
        if good:
            from reports.convert_view import conversions_table
            from reports.safe_text import console as safe_console
            console = safe_console()
            console.print(conversions_table(good, console.width))
    for render in renders:
        _echo(render, err=True)
    if renders:
        sys.exit(EXIT_INPUT)


def _convert_one(text: str, to: str, on: dt.date, as_of: dt.date | None,
                 given: str | None = None) -> dict:
    from currency.convert import ConversionError, with_currency
    from currency.convert import convert as convert_amount
    from currency.data.rates import RateError
    from currency.text.reader import AmountError, read_amount
    from reports.convert_view import error_marker
    try:
        amount = read_amount(text)
    except AmountError as exc:
        return {"text": text, "error": exc.message, "column": exc.position + 1,
                "_render": error_marker(exc)}
    from currency.convert import TOO_LARGE, too_large
    if too_large(amount.value):
        err = AmountError(TOO_LARGE, text, amount.start)
        return {"text": text, "error": err.message, "column": err.position + 1,
                "_render": error_marker(err)}
    amount = with_currency(amount, given)
    row = _amount_dict(amount)
    try:
        row["converted"] = convert_amount(amount, to, on, as_of).as_dict()
    except (ConversionError, RateError) as exc:
        err = AmountError(f"cannot convert {amount.span!r}: {exc}", text, amount.end)
        row.update(error=err.message, column=err.position + 1, _render=error_marker(err))
    return row


def _amount_dict(amount) -> dict:
    from currency.amount import stated
    # low/high: the interval `report` compares the same text through (one rule, not two).
    _, low, high = stated(amount)
    return {
        "text": amount.text, "span": amount.span, "start": amount.start, "end": amount.end,
        "value": amount.value, "currency": amount.currency, "unit": amount.unit_label,
        "low": low if math.isfinite(low) else None,
        "high": high if math.isfinite(high) else None,
        "bound": amount.bound, "hedge": amount.hedge, "precision": amount.precision,
    }
