"""The pattern a word list becomes when its spaces may be left out (`currency.lang.patterns`)."""
import re

from currency.lang.patterns import spaced


def test_a_space_in_a_listed_word_may_be_left_out_or_doubled():
    words = re.compile(spaced(("현지 시간", "local time")) + "$")
    assert [bool(words.match(t)) for t in ("현지시간", "현지 시간", "현지  시간", "localtime",
                                             "local time", "현지 시각")] == [True] * 5 + [False]


def test_a_listed_word_is_matched_as_written_not_as_a_pattern():
    words = re.compile(spaced(("U.S. time",)) + "$")
    assert words.match("U.S.time") and words.match("U.S. time")
    assert not words.match("UXSX time")
