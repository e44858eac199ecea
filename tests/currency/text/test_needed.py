"""`needed_chars`: a text without one of a pattern's needed characters holds no match of it, so
skipping the pattern there finds exactly what searching it finds. Checked on strings the patterns
match themselves (generated from each), on the sentences the tests of this folder read, and on
made-up sentences, for every date form `date_expressions` searches."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from currency.text.dating import _DATE_PATTERNS
from currency.text.needed import may_match, needed_chars

_PATTERNS = [pattern for pattern, _kind in _DATE_PATTERNS]
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


def _agrees(pattern: re.Pattern[str], text: str) -> bool:
    """Whether skipping `pattern` on `text` would lose nothing it finds there."""
    return may_match(needed_chars(pattern), set(text)) or pattern.search(text) is None


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_strings_a_pattern_matches_hold_its_needed_characters(pattern):
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern))
    def check(text):
        assert pattern.search(text) is not None
        assert may_match(needed_chars(pattern), set(text))
    check()


@pytest.mark.parametrize("text", _test_strings() + _MADE_UP)
def test_no_date_form_is_skipped_on_a_sentence_it_matches(text):
    assert all(_agrees(pattern, text) for pattern in _PATTERNS)


def test_a_pattern_without_a_needed_character_is_skipped():
    # the guard must be able to fail: these sentences lack a character each form needs
    pattern = re.compile(r"(\d{1,2})월\s*(\d{1,2})일")
    assert not may_match(needed_chars(pattern), set("3 March"))
    assert may_match(needed_chars(pattern), set("3월 5일"))
    assert needed_chars(re.compile(r"(?<=월)\d?")) == ()          # lookbehinds consume nothing
    assert needed_chars(re.compile(r"(?i:year)")) == ()             # case folded: no set holds it
    assert needed_chars(re.compile(r"a|b\d")) == (frozenset("ab"),)


def test_no_character_outside_a_needed_set_folds_onto_an_uncased_one():
    # letters matched without regard to case give no need (`_cased`): an uncased character
    # (a digit, a Hangul syllable, a dash) is matched by itself alone
    uncased_mates = [chr(c) for c in range(sys.maxunicode + 1)
                     if (low := chr(c).lower()) != chr(c) and len(low) == 1
                     and low.upper() == low and low.casefold() == low]
    assert uncased_mates == []
