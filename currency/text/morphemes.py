"""Korean morphemes (kiwipiepy), analysed only when a rule needs a word's part of speech."""
from __future__ import annotations

import functools

from currency.lang import ko


@functools.lru_cache(maxsize=1)
def kiwi():
    """The one Kiwi analyser of this process (its model ships in kiwipiepy_model; ~2 s to load)."""
    from kiwipiepy import Kiwi
    # The typo and multi-word dictionaries are not needed to find nouns and names here, and
    # loading them makes the first analysis several seconds slower.
    return Kiwi(load_typo_dict=False, load_multi_dict=False)


@functools.lru_cache(maxsize=64)
def _morphemes(sentence: str) -> tuple:
    return tuple(kiwi().tokenize(sentence))


def after_prospective(sentence: str, at: int) -> bool:
    """Whether the word at `at` follows a verb in its prospective form ("인수할 계획", "지을
    예정"), not a noun ("진출 계획", "연말 예정")."""
    morphemes = _morphemes(sentence)
    k = next((k for k, m in enumerate(morphemes) if m.start == at), 0)
    return k > 0 and morphemes[k - 1].tag == ko.KIWI_ADNOMINAL \
        and morphemes[k - 1].form in ko.KIWI_PROSPECTIVE
