"""Whether skipping a date form on a text without one of its needed characters
(`currency.text.needed`) loses a match: for every form `date_expressions` searches
(`dating._NEEDS`), many strings drawn from the form itself, each also with every cased character
swapped for each of its case-fold mates (one at a time, and all at once at random), must, where the
form matches them, hold the form's needed characters. The tests draw a few strings per form; this
draws many, too slow for the suite.

Run: python bench/needed_chars.py [--draws N] [--seed S]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from currency.text.dating import _NEEDS  # noqa: E402
from currency.text.needed import may_match  # noqa: E402

# Case-insensitive matching equates these beyond what str.lower() pairs up (Python's re folds
# them together): dotless i, long s, micro sign, the Greek letters' symbol forms, Kelvin and
# Angstrom signs, sharp s.
_EXTRA_FOLDS = ["iı", "sſ", "µμ", "\u0345ιι\u1fbe", "βϐ", "εϵ", "θϑϴ", "κϰ", "πϖ", "ρϱ", "ςσ",
                "φϕ", "ωΩ", "kK", "åÅ", "ßẞ", "ṡẛ", "ﬅﬆ", "ΐΐ", "ΰΰ"]


def _fold_classes() -> dict[str, set[str]]:
    """Each lowercase character with every character that lowers to it or folds with it."""
    classes: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if len(ch.lower()) == 1:
            classes.setdefault(ch.lower(), set()).add(ch)
    for group in _EXTRA_FOLDS:
        for ch in group:
            classes.setdefault(ch.lower(), set()).update(group)
    return classes


def _mates(ch: str, classes: dict[str, set[str]]) -> list[str]:
    out = set(classes.get(ch.lower(), ())) | {ch, ch.upper(), ch.lower()}
    for group in _EXTRA_FOLDS:
        if ch in group or ch.lower() in group.lower():
            out |= set(group)
    return sorted(m for m in out if len(m) == 1)


def _drawn(pattern, n: int) -> list[str]:
    out: list[str] = []

    @settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(st.from_regex(pattern))
    def draw(text):
        out.append(text)
    draw()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--draws", type=int, default=300, help="strings drawn per form")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    classes = _fold_classes()
    checked = lost = 0
    for pattern, kind, needs in _NEEDS:
        for text in _drawn(pattern, args.draws):
            variants = [text]
            for i, ch in enumerate(text[:40]):
                variants += [text[:i] + m + text[i + 1:] for m in _mates(ch, classes) if m != ch]
            variants.append("".join(rng.choice(_mates(c, classes)) for c in text))
            for variant in variants:
                if pattern.search(variant) is None:
                    continue
                checked += 1
                if not may_match(needs, set(variant)):
                    lost += 1
                    print(f"lost: {kind} {pattern.pattern[:50]!r} on {variant!r}")
    print(f"{len(_NEEDS)} date forms, {args.draws} drawn strings each with their case-fold mates: "
          f"{checked} strings a form matches, {lost} of them missing a needed character")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
