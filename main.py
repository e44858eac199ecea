"""The command line: `python main.py report` is the main job; `convert`, `add`, `export`, `extract`.

Exit codes: 0 success, 1 discrepancies at or above --fail-on, 2 usage or input error.
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

EXIT_FINDINGS = 1
EXIT_INPUT = 2


def _fail(message: str) -> None:
    """Print one line to stderr and exit with the input-error status."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_INPUT)


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    from currency.periods import PeriodError, parse_period
    try:
        period = parse_period(value)
    except PeriodError as exc:
        _fail(f"{option}: {exc}")
    if not period.is_day:
        _fail(f"{option}: give a day, YYYY-MM-DD, not the period {value!r}")
    return period.first


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Reconcile the money figures that news articles state about the same facts."""


@cli.command()
@click.argument("texts", nargs=-1, required=True)
@click.option("--date", "date_text", metavar="DATE",
              help="Rate date YYYY-MM-DD (default: the last day of the bundled ECB data).")
@click.option("--to", "to", default="USD", show_default=True, metavar="CUR",
              help="Currency to convert into (ISO code).")
@click.option("--as-of", "as_of_text", metavar="DATE",
              help="With --real: the date of constant money (default: the CPI data's last month).")
@click.option("--real", is_flag=True, help="Express in constant money of --as-of (US CPI-U).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per text, one per line.")
def convert(texts, date_text, to, as_of_text, real, as_json) -> None:
    """Read each TEXT as an amount and convert it (TEXT `-` reads standard input, one per line)."""
    from currency.rates import known_currencies, rate_book
    from currency.inflation import latest_month

    to = to.upper()
    if to not in known_currencies():
        _fail(f"--to: unknown currency {to!r}; the ECB data covers "
              f"{', '.join(sorted(known_currencies()))}")
    if as_of_text and not real:
        _fail("--as-of sets the date of constant money; add --real to use it")
    on = _day(date_text, "--date")
    book = rate_book()
    if on is None:
        on = book.last_date
    elif not book.first_date <= on <= book.last_date:
        _fail(f"--date: {on} is outside the exchange-rate data ({book.first_date} to "
              f"{book.last_date})")
    as_of = (_day(as_of_text, "--as-of") or latest_month()) if real else None

    lines = []
    for text in texts:
        if text == "-":
            lines.extend(line.rstrip("\r\n") for line in sys.stdin if line.strip())
        else:
            lines.append(text)
    rows = [_convert_one(text, to, on, as_of) for text in lines]
    renders = [row.pop("_render") for row in rows if "_render" in row]
    if as_json:
        out = sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        good = [row for row in rows if "error" not in row]
        if good:
            from rich.console import Console
            from reports.convert_view import conversions_table
            Console().print(conversions_table(good))
    for render in renders:
        click.echo(render, err=True)
    if renders:
        sys.exit(EXIT_INPUT)


def _convert_one(text: str, to: str, on: dt.date, as_of: dt.date | None) -> dict:
    from currency.convert import ConversionError, convert as convert_amount
    from currency.rates import RateError
    from currency.reader import AmountError, read_amount
    try:
        amount = read_amount(text)
    except AmountError as exc:
        return {"text": text, "error": exc.message, "column": exc.position + 1,
                "_render": exc.render("error: ")}
    row = _amount_dict(amount)
    try:
        row["converted"] = convert_amount(amount, to, on, as_of).as_dict()
    except (ConversionError, RateError) as exc:
        err = AmountError(f"cannot convert {amount.span!r}: {exc}", text, amount.end)
        row.update(error=err.message, column=err.position + 1, _render=err.render("error: "))
    return row


def _amount_dict(amount) -> dict:
    import math
    return {
        "text": amount.text, "span": amount.span, "start": amount.start, "end": amount.end,
        "value": amount.value, "currency": amount.currency, "unit": amount.unit_label,
        "low": amount.low if math.isfinite(amount.low) else None,
        "high": amount.high if math.isfinite(amount.high) else None,
        "bound": amount.bound, "hedge": amount.hedge, "precision": amount.precision,
    }


if __name__ == "__main__":
    cli()
