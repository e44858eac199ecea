"""The characters a regular expression cannot match without: a quick test that skips a pattern a
text cannot hold, before the slower search for it.

A pattern's match is a stretch of the text it is searched in, so a character every match consumes
must be in that text. `needed_chars` reads them off the parsed pattern: a literal, or a class of
literals and small ranges, that every branch through it consumes (lookarounds consume nothing and
give none). Letters matched without regard to case give none either: case folding maps some
letters outside ASCII onto ASCII ones (the Kelvin sign onto "k"), so no small set holds them all.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

try:                                    # Python 3.11 moved the parser
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:                     # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

Need = frozenset[str]

# A class's range wider than this is no use as a test and costs memory to list.
_WIDEST_RANGE = 512


def needed_chars(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """Sets of characters of which every match of `pattern` holds at least one each: a text
    missing every character of one of them holds no match."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    return tuple(dict.fromkeys(_sequence(parsed, bool(pattern.flags & re.IGNORECASE))))


def may_match(needs: tuple[Need, ...], chars: set[str] | frozenset[str]) -> bool:
    """Whether a text of the characters `chars` may hold a match of a pattern that `needs`."""
    return all(not need.isdisjoint(chars) for need in needs)


def _sequence(items: Iterable, nocase: bool) -> list[Need]:
    """What a run of parsed items consumes: what each of them does."""
    out: list[Need] = []
    for op, av in items:
        out.extend(_item(op, av, nocase))
    return out


def _item(op, av, nocase: bool) -> list[Need]:
    if op is C.LITERAL:
        return [] if nocase and _cased(chr(av)) else [frozenset(chr(av))]
    if op is C.IN:
        chars = _class(av, nocase)
        return [chars] if chars else []
    if op is C.SUBPATTERN:
        _group, add, remove, sub = av
        inner = (nocase or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
        return _sequence(sub, inner)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(sub, nocase) if low >= 1 else []
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av, nocase)
    if op is C.BRANCH:
        return _branch(av[1], nocase)
    return []           # lookarounds, anchors, any character, categories, back references


def _branch(alternatives, nocase: bool) -> list[Need]:
    """A branch consumes one of its alternatives: one character of each's first need, together."""
    union: set[str] = set()
    for alt in alternatives:
        needs = _sequence(alt, nocase)
        if not needs:
            return []
        union |= needs[0]
    return [frozenset(union)]


def _class(items, nocase: bool) -> Need | None:
    """The characters of a class of literals and ranges; None for any other class."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    if nocase and any(_cased(c) for c in chars):
        return None
    return frozenset(chars)


def _cased(c: str) -> bool:
    """Whether matching without regard to case may match `c` to another character."""
    return c.lower() != c or c.upper() != c or c.casefold() != c
