"""`needed_chars`: a text without one of a pattern's needed characters holds no match of it, so
skipping the pattern there finds exactly what searching it finds. Checked on a few strings each
date form matches itself (generated from it), on the sentences the tests of this folder read, and
on made-up sentences, with the needs `date_expressions` reads (`dating._NEEDS`). The exhaustive
check, many drawn strings per form and their case-fold mates, is bench/needed_chars.py."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from currency.text.dating import _NEEDS
from currency.text.needed import may_match, needed_chars

_HERE = Path(__file__).parent


def _test_strings() -> list[str]:
    """Every string written in the tests of this folder (sentences and their pieces)."""
    found = set()
    for path in sorted(_HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                found.add(node.value)
    return sorted(found)


_MADE_UP = ["Orvel said on Monday that its second-quarter revenue rose to $4.2 billion.",
            "카파전자는 지난해 3월 15일(현지시간) 2조 원을 투자하기로 했다고 밝혔다.",
            "Kestrel paid $300 million three years ago, the same year Norden sold its plant.",
            "Halvard agreed last month to buy the unit; a year earlier it had bid 5억 달러.",
            "올해 1분기 매출은 전년 동기보다 12% 늘어난 3천억 원이었다.",
            "The deal, signed in March of last year, closed Friday, May 17 (local time)."]


@pytest.mark.parametrize("pattern, needs", [(p, n) for p, _kind, n in _NEEDS],
                         ids=lambda x: x.pattern[:30] if isinstance(x, re.Pattern) else "")
def test_strings_a_pattern_matches_hold_its_needed_characters(pattern, needs):
    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    @given(st.from_regex(pattern))
    def check(text):
        assert pattern.search(text) is not None
        assert may_match(needs, set(text))
    check()


def test_no_date_form_is_skipped_on_a_sentence_it_matches():
    lost = [(text, pattern.pattern[:40]) for text in _test_strings() + _MADE_UP
            for pattern, _kind, needs in _NEEDS
            if not may_match(needs, set(text)) and pattern.search(text) is not None]
    assert lost == []


def test_a_pattern_without_a_needed_character_is_skipped():
    # the guard must be able to fail: these sentences lack a character each form needs
    pattern = re.compile(r"(\d{1,2})월\s*(\d{1,2})일")
    assert not may_match(needed_chars(pattern), set("3 March"))
    assert may_match(needed_chars(pattern), set("3월 5일"))
    assert needed_chars(re.compile(r"(?<=월)\d?")) == ()          # lookbehinds consume nothing
    assert needed_chars(re.compile(r"(?i:year)")) == ()             # case folded: no set holds it
    assert needed_chars(re.compile(r"a|b\d")) == (frozenset("ab"),)
    # a class matched without regard to case gives none: the Kelvin sign matches [kx]
    assert needed_chars(re.compile("(?i)[kx]")) == ()
    assert re.compile("(?i)[kx]").search("\u212a")
    # a negated class gives none: [^ab] matches any character but those two
    assert needed_chars(re.compile("[^ab]c")) == (frozenset("c"),)
