"""Korean morphemes (kiwipiepy), analysed only when a rule needs a word's part of speech."""
from __future__ import annotations

import functools
import warnings

from currency.lang import ko


@functools.lru_cache(maxsize=1)
def _load():
    """Kiwi, or the error that kept it from loading: tried once per process, not per call."""
    try:
        from kiwipiepy import Kiwi
        # The typo and multi-word dictionaries are not needed to find nouns and names here, and
        # loading them makes the first analysis several seconds slower.
        return Kiwi(load_typo_dict=False, load_multi_dict=False), None
    except Exception as e:     # a missing package or model, or a broken install: all alike here
        return None, e


def kiwi():
    """The one Kiwi analyser of this process (its model ships in kiwipiepy_model; ~2 s to load);
    raises what kept it from loading, each time asked."""
    analyser, error = _load()
    if error is not None:
        raise error
    return analyser


@functools.lru_cache(maxsize=1)
def _unloaded() -> bool:
    """Whether Kiwi failed to load, warned of once: the rules that need it then stand aside."""
    error = _load()[1]
    if error is not None:
        warnings.warn(f"kiwipiepy not loaded ({error}): Korean plans' verbs are not read",
                      RuntimeWarning, stacklevel=2)
    return error is not None


@functools.lru_cache(maxsize=64)
def _morphemes(sentence: str) -> tuple:
    """Kiwi's morphemes of `sentence`, the last 64 sentences' kept (a rule asks several times)."""
    return tuple(kiwi().tokenize(sentence))


def after_prospective(sentence: str, at: int) -> bool:
    """Whether the word at `at` follows a verb in its prospective form ("인수할 계획", "지을
    예정"), not a noun ("진출 계획", "연말 예정"); never when Kiwi failed to load."""
    if _unloaded():
        return False
    morphemes = _morphemes(sentence)
    k = next((k for k, m in enumerate(morphemes) if m.start == at), 0)
    return k > 0 and morphemes[k - 1].tag == ko.KIWI_ADNOMINAL \
        and morphemes[k - 1].form in ko.KIWI_PROSPECTIVE


def own_time_ends(sentence: str, start: int, end: int) -> int:
    """Where the first clause with a tense of its own ends in `sentence[start:end]` ("지었고", not
    "짓고" nor "최고"), else `end`; `end` too when Kiwi failed to load."""
    if _unloaded():
        return end
    morphemes = _morphemes(sentence)
    return next((m.start for before, m in zip(morphemes, morphemes[1:])
                 if start <= m.start < end and before.tag == ko.KIWI_TENSE
                 and m.tag in ko.KIWI_CLAUSE_ENDINGS), end)
