"""The words of a sentence that can tell facts apart: Korean nouns and stems (kiwipiepy), Latin
words, and which of them name an entity (a capitalised Latin word such as SK, Hyundai, LG)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reconcile.scan.lexicon import ENGLISH_STOPWORDS, KOREAN_PROPER, KOREAN_STOPWORDS, KOREAN_TAGS

_LATIN = re.compile(r"[A-Za-z][A-Za-z&'\-]*[A-Za-z]|[A-Za-z]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f\u4e00-\u9fff]")


@dataclass(frozen=True)
class Token:
    """A word of a sentence, normalised, with its place in the article's text."""

    form: str          # lower-case Latin word, or a Korean morpheme's form
    start: int
    end: int
    entity: bool       # a name: a capitalised Latin word (not sentence-initial) or a Korean NNP
    script: str        # "latin" or "hangul"


@functools.lru_cache(maxsize=1)
def kiwi():
    """The one Kiwi analyser of this process (its model ships in kiwipiepy_model; ~2 s to load)."""
    from kiwipiepy import Kiwi
    return Kiwi()


def tokens(sentence: str, offset: int = 0) -> list[Token]:
    """The informative words of `sentence`; offsets are shifted by `offset` (its place)."""
    out: list[Token] = []
    for m in _LATIN.finditer(sentence):
        word = m.group(0)
        form = _english_form(word)
        if not form:
            continue
        # A capitalised word not opening the sentence is a name (Hyundai, SK, Queen Creek).
        entity = (word[0].isupper() and m.start() > 0) or (len(word) > 1 and word.isupper())
        out.append(Token(form, offset + m.start(), offset + m.end(), entity, "latin"))
    if _HANGUL.search(sentence):
        for t in kiwi().tokenize(sentence):
            if t.tag not in KOREAN_TAGS or t.form in KOREAN_STOPWORDS:
                continue
            if not _HANGUL.search(t.form):
                continue
            out.append(Token(t.form, offset + t.start, offset + t.start + t.len,
                             t.tag in KOREAN_PROPER, "hangul"))
    out.sort(key=lambda t: t.start)
    return out


def _english_form(word: str) -> str:
    """A Latin word lower-cased with a plural or possessive ending cut; '' for a stopword."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) < 2 and not word.isupper() or w in ENGLISH_STOPWORDS:
        return ""
    return w
