"""Currency names, codes and signs in Korean and English, from CLDR (babel) plus news usage.

CLDR gives every ISO 4217 code with its Korean and English names ("스위스 프랑", "Swiss francs") and
signs ("₹", "NT$"). News also writes short names ("프랑", "루블", "francs") and nicknames ("불",
"弗", "bucks"); a short name is kept only when it points at one currency, or at one currency of the
ECB data (프랑 is the Swiss franc there). Lookups are by `str.casefold()` of the word as written.
"""
from __future__ import annotations

import functools
import hashlib
import json
import unicodedata
from pathlib import Path

import currency.lang as L
from currency.data.codes import babel_ident, cldr_codes, current_codes
from currency.data.datacache import cached_value
from currency.data.rates import known_currencies

# Subunits: (currency or None for "the currency just named", fraction of the unit).
SUBUNITS = {
    "센트": (None, 0.01), "cents": (None, 0.01), "cent": (None, 0.01),
    "펜스": ("GBP", 0.01), "페니": ("GBP", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "kopeks": ("RUB", 0.01), "kopecks": ("RUB", 0.01), "kopek": ("RUB", 0.01),
    "코페이카": ("RUB", 0.01), "sen": ("JPY", 0.01), "전": ("KRW", 0.01),
    "c": (None, 0.01), "¢": (None, 0.01),
}
# Subunit words read on their own ("50센트"); the others only after a unit ("12원 50전").
ALONE_SUBUNITS = {"센트": "USD", "cents": "USD", "cent": "USD", "펜스": "GBP", "페니": "GBP",
                  "pence": "GBP", "penny": "GBP", "kopeks": "RUB", "kopecks": "RUB",
                  "코페이카": "RUB"}


def alone_scale(word: str) -> float:
    """The part of its currency one of the reader's currency words stands for when read on its own
    (`word` casefolded): a subunit's fraction ("50센트" is half a dollar), else the whole unit."""
    return SUBUNITS[word][1] if word in ALONE_SUBUNITS else 1.0

# Lower-case codes read as codes ("5 usd", "10 rmb"); codes that are English words are left out.
LOWER_CODE_STOP = {"all", "top", "cup", "pen", "try", "mop", "bob", "sos", "gel", "mad", "cad",
                   "bam", "lak", "amd", "eek", "mur", "nad", "php", "ron", "sit", "jod", "lsl",
                   "mga", "mvr", "kes", "yer", "zar", "aed", "bnd", "fkp", "gip", "gmd", "dop"}


@functools.lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, and every code of the ECB data (defunct ones too)."""
    return cldr_codes() | known_currencies()


def _short(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


@functools.lru_cache(maxsize=1)
def currency_words() -> dict[str, str]:
    """Casefolded currency name -> ISO code: CLDR's Korean and English names, then news words.

    Only current currencies are read by name: an obsolete one ("시리", the Guinean syli) would
    otherwise hide in ordinary words; its ISO code still reads."""
    return _tables()["words"]


@functools.lru_cache(maxsize=1)
def shared_names() -> dict[str, tuple[str, ...]]:
    """Casefolded short name -> the currencies it may mean ("dinars", "페소", "크로네")."""
    return _tables()["shared"]


@functools.lru_cache(maxsize=1)
def country_words() -> dict[str, frozenset[str]]:
    """ISO code -> the words that name its country in Korean and English ("체코", "Czech",
    "Czechia"): the currency's CLDR name without its short name, and its territories' names."""
    import datetime as dt

    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies
    today = dt.date.today()
    codes = {c for options in shared_names().values() for c in options}
    words: dict[str, set[str]] = {c: set(L.COUNTRY_WORDS.get(c, ())) for c in codes}
    for code in codes:
        for locale, count in (("ko", None), ("en", 1)):
            name = get_currency_name(code, count, locale=locale)
            head = name.rsplit(" ", 1)[0] if " " in name else ""
            if head and head.casefold() not in {"u.s.", "us"}:
                words[code].add(head)
    for territory in Locale("en").territories:
        try:
            here = set(get_territory_currencies(territory, today, today)) & codes
        except Exception:   # noqa: BLE001 - a territory with no currency data
            continue
        for code in here:
            for locale in ("ko", "en"):
                name = Locale(locale).territories.get(territory)
                if name:
                    words[code].add(name)
    return {c: frozenset(w for w in ws if len(w) >= 2) for c, ws in words.items()}


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    """The names and signs tables, built from babel once a day and kept in the data cache: loading
    babel's locale data for them cost more than the rest of the reader's import."""
    # Everything the tables are derived from: babel and the date (codes.babel_ident), the ECB
    # data's codes, the word lists, and this file's code (by content, so that two checkouts of
    # the same code share one cache file instead of replacing each other's).
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    ident = json.dumps([babel_ident(), sorted(known_currencies()), L.CROWN_NAMES, L.CROWN_WORDS,
                        L.CURRENCY_AFTER, L.CURRENCY_BEFORE, ALONE_SUBUNITS, code],
                       ensure_ascii=False)
    return cached_value("names", ident, _build_tables, _decode_tables)


def _build_tables() -> dict:
    words, shared = _names()
    return {"words": words, "shared": {w: list(c) for w, c in shared.items()},
            "signs": _signs()}


def _decode_tables(data: dict) -> dict:
    # JSON keeps the dicts' order, which the reader's alternations of equal-length words follow.
    return {"words": {str(w): str(c) for w, c in data["words"].items()},
            "shared": {str(w): tuple(map(str, c)) for w, c in data["shared"].items()},
            "signs": {str(s): str(c) for s, c in data["signs"].items()}}


def _names() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    from babel.numbers import get_currency_name
    ecb = known_currencies()
    current = current_codes()
    words: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for code in sorted(iso_codes() & current):
        for locale, counts in (("ko", (None,)), ("en", (1, 2))):
            for count in counts:
                name = get_currency_name(code, count, locale=locale)
                if not name or name == code:
                    continue
                words[name.casefold()] = code
                if locale == "ko":
                    words[name.replace(" ", "").casefold()] = code
                short.setdefault(_short(name).casefold(), set()).add(code)
    shared: dict[str, tuple[str, ...]] = {}
    for word, codes in short.items():
        if word in words or len(word) < 2:
            continue
        in_ecb = codes & ecb
        if len(codes) == 1:
            words[word] = next(iter(codes))
        elif len(in_ecb) == 1:
            words[word] = next(iter(in_ecb))
        else:
            shared[word] = tuple(sorted(codes))
    # The crown currencies: one family of names (koruna, krone, krona all mean "crown").
    crowns = tuple(sorted(code for code in current & iso_codes()
                          if get_currency_name(code, 2, locale="en").rsplit(" ", 1)[-1].casefold()
                          in L.CROWN_NAMES))
    for word in L.CROWN_WORDS:
        words.pop(word.casefold(), None)
        shared[word.casefold()] = crowns
    for code in crowns:   # "Czech crowns", "Danish crown"
        head = get_currency_name(code, 1, locale="en").rsplit(" ", 1)[0]
        for noun in ("crowns", "crown"):
            words[f"{head} {noun}".casefold()] = code
    for word, code in L.CURRENCY_AFTER.items():    # the news words win over CLDR's
        words[word.casefold()] = code
        shared.pop(word.casefold(), None)
    for word, code in ALONE_SUBUNITS.items():
        words[word.casefold()] = code
    return words, shared


@functools.lru_cache(maxsize=1)
def currency_signs() -> dict[str, str]:
    """Currency sign -> ISO code: CLDR's Korean and English signs that are not letters, and ours."""
    return _tables()["signs"]


def _signs() -> dict[str, str]:
    from babel.numbers import get_currency_symbol
    signs: dict[str, str] = {}
    for code in sorted(iso_codes() & current_codes()):
        for locale in ("en", "ko"):
            sym = get_currency_symbol(code, locale=locale)
            if sym and sym != code and code != "XXX" and sym not in signs and \
                    any(unicodedata.category(c) == "Sc" for c in sym):
                signs[sym] = code
    signs.update({s: c for s, c in L.CURRENCY_BEFORE.items() if not s.isalpha()})
    return signs
