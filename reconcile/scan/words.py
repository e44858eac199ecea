"""The words of a sentence that can tell facts apart: Korean nouns and stems (kiwipiepy), Latin
words, and which of them name an entity (a capitalised Latin word such as SK, Hyundai, LG)."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from currency.lang import en, ko
from currency.text.datelines import dateline
from currency.text.morphemes import kiwi

# A model or period name of one or two letters and digits (K2, K9, A380, Q3, FY2024) is one word:
# K2 and K9 are two tanks. Three letters before digits are a currency glued to its amount (KRW1).
_LATIN = re.compile(r"[A-Za-z]{1,2}\d+[A-Za-z]?(?![A-Za-z0-9])|[A-Za-z][A-Za-z&'\-]*[A-Za-z]|[A-Za-z]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f\u4e00-\u9fff]")


@dataclass(frozen=True)
class Token:
    """A word of a sentence, normalised, with its place in the article's text."""

    form: str          # lower-case Latin word, or a Korean morpheme's form
    start: int
    end: int
    entity: bool       # a name: a capitalised Latin word (not sentence-initial) or a Korean NNP
    script: str        # "latin" or "hangul"
    acronym: str = ""  # a Latin word's letters, lower-cased, when written as an acronym alone
                       # (`_acronym`: "DH는", not "GS건설" or "Tesla"); else ""
    name: str = ""     # a Latin name of several capitalised words in a row, their forms joined
                       # by spaces, on each of its words (`_names`: "Orvel Motors" → "orvel
                       # motor"); else ""
    place: bool = False  # a place's word opening such a name ("Nevada" of "Nevada Steel"):
                         # part of the name, not the story's place (`_names`)


def tokens(sentence: str, offset: int = 0, before: str = "") -> list[Token]:
    """The informative words of `sentence`; offsets are shifted by `offset` (its place);
    `before` is the text before it (whether it opens a paragraph, where a dateline stands)."""
    return tokens_many([(sentence, offset)], [before])[0]


def tokens_many(sentences: list[tuple[str, int]],
                befores: list[str] | None = None) -> list[list[Token]]:
    """`tokens` of many (sentence, offset) at once, each with the text `before` it (none: each
    opens a paragraph): Kiwi analyses a batch many times faster than one call per sentence."""
    korean = [k for k, (s, _) in enumerate(sentences) if _HANGUL.search(s)]
    analysed = dict(zip(korean, kiwi().tokenize([sentences[k][0] for k in korean]))) \
        if korean else {}
    befores = befores or [""] * len(sentences)
    return [_not_in_dateline(_words(s, offset, analysed.get(k, ())), s, offset, befores[k])
            for k, (s, offset) in enumerate(sentences)]


def _not_in_dateline(words: list[Token], sentence: str, offset: int, before: str) -> list[Token]:
    """`words` less a wire dateline's (`currency.text.datelines`): its city, agency and byline."""
    # Why: every story a wire files from one city opens with the same words; as a name they
    # joined two firms' stories into one fact
    line = dateline(sentence, before)
    return words if line is None else [t for t in words if t.start >= offset + line[1]]


def _words(sentence: str, offset: int, morphemes) -> list[Token]:
    out: list[Token] = []
    latin = list(_LATIN.finditer(sentence))
    for k, m in enumerate(latin):
        word = m.group(0)
        form = _english_form(word)
        if not form:
            continue
        # A capitalised word is a name (Hyundai, SK, Queen Creek); opening the sentence, only
        # when the next word is capitalised too ("Orbit Motors said", not "The company").
        opening = m.start() == 0 or not sentence[:m.start()].strip()
        entity = word[0].isupper() and (not opening or (
            k + 1 < len(latin) and latin[k + 1].group(0)[0].isupper()
            and not sentence[m.end():latin[k + 1].start()].strip())) \
            or (len(bare := word.removesuffix("'s")) > 1 and bare.isupper())
        out.append(Token(form, offset + m.start(), offset + m.end(), entity, "latin",
                         _acronym(sentence, m.start(), m.end(), morphemes)))
    if not _HANGUL.search(sentence):
        out = _names(out, sentence, offset)
    for t in morphemes:
        if t.tag not in ko.KIWI_TAGS or t.form in ko.STOPWORDS or not _HANGUL.search(t.form):
            continue
        out.append(Token(t.form, offset + t.start, offset + t.start + t.len,
                         t.tag in ko.KIWI_PROPER, "hangul"))
    out.sort(key=lambda t: t.start)
    return out


def _names(latin: list[Token], sentence: str, offset: int) -> list[Token]:
    """`latin` with each run of two or more names written one space apart ("Orvel Motors",
    "Nevada Steel Works") given the run as one name (`Token.name`), and the words of a place
    that opens such a run, when the run is more than the place ("Nevada" of "Nevada Steel", not
    "South Korea" or "New York"), marked as the name's (`Token.place`)."""
    # Why: read word by word, the holder of "Nevada Steel's $18 billion" was its last word alone
    # (steel), and "Nevada" the place another article's amount is spent in: two holders' amounts
    # shared a place word and nothing told them apart
    out, k = list(latin), 0
    while k < len(out):
        j = k + 1
        while j < len(out) and out[j - 1].entity and out[j].entity \
                and sentence[out[j - 1].end - offset:out[j].start - offset] == " " \
                and not sentence[:out[j - 1].end - offset].endswith(en.POSSESSIVE):
            j += 1
        if out[k].entity and j - k >= 2:
            run = out[k:j]
            forms = tuple(t.form for t in run)
            lead = max((n for n in range(1, len(run))
                        if forms[:n] in _places() or forms[:n] in _states()), default=0)
            out[k:j] = [dataclasses.replace(t, name=" ".join(forms), place=n < lead)
                        for n, t in enumerate(run)]
        k = max(j, k + 1)
    return out


# An acronym's length: "LG", "KFTC", "LGES"; a longer word in capitals is more often a word set
# in capitals than initials. Digits may be among them: a model name (K2) is written alike in
# Korean and English text, as an acronym is.
ACRONYM_LETTERS = (2, 5)


def _acronym(sentence: str, start: int, end: int, morphemes) -> str:
    """sentence[start:end] lower-cased when an acronym stands there alone: capitals (and
    digits, ACRONYM_LETTERS) not glued to a longer Korean word; else ''."""
    word = sentence[start:end]
    # A possessive is the name's own (KDB's: KDB), as `_english_form` reads it
    if word.endswith("'s"):
        word, end = word[:-2], end - 2
    low, high = ACRONYM_LETTERS
    if not (low <= len(word) <= high and word.isalnum() and word.isupper()):
        return ""
    # A sentence written all in capitals (a headline) shows no acronym by them
    if not _HANGUL.search(sentence) and not any(c.islower() for c in sentence):
        return ""
    # Latin letters glued to Korean ones begin or end a Korean name (GS건설, 삼성SDI, LG엔솔),
    # not an English one's acronym; a particle or suffix after them is no such name (GS는)
    if start and _HANGUL.match(sentence[start - 1]):
        return ""
    rest = end
    while rest < len(sentence) and _HANGUL.match(sentence[rest]):
        rest += 1
    after = [t for t in morphemes if t.start < rest and end < t.start + t.len]
    if rest > end and not all(_after_name(t) for t in after):
        return ""
    return word.lower()


def _after_name(t) -> bool:
    """Whether a Kiwi morpheme may follow a name inside its Korean word (`ko.KIWI_AFTER_NAME`)."""
    return t.tag.startswith(ko.KIWI_AFTER_NAME_PREFIXES) or t.tag in ko.KIWI_AFTER_NAME \
        or (t.tag in ko.KIWI_AFTER_NAME_ONE_CHAR and t.len == 1)


# Revised Romanization of Korean: initial, medial and final jamo of a syllable.
_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
            "t", "p", "h"]
_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i"]
_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
          "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def _jamo(ch: str) -> tuple[int, int, int] | None:
    """A Hangul syllable's initial, medial and final jamo, as numbers in Unicode's order (the
    rows of `_INITIAL`, `_MEDIAL`, `_FINAL`); None for any other character."""
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return code // 588, (code % 588) // 28, code % 28
    return None


def romanize(word: str, loanword: bool = False) -> str:
    """Hangul syllables in Revised Romanization (삼성전자 → samseongjeonja); other letters kept,
    anything else dropped. `loanword`: a syllable of a consonant and ㅡ alone is the consonant
    (보스턴 → bosteon, 타파스 → tapas), as Korean writes a foreign name's bare consonant."""
    out = []
    for ch in word:
        if (parts := _jamo(ch)) is not None:
            initial, medial, final = parts
            if loanword and medial == 18 and final == 0 and initial != 11:
                out.append(_INITIAL[initial])
            else:
                out.append(_INITIAL[initial] + _MEDIAL[medial] + _FINAL[final])
        elif ch.isascii() and ch.isalnum():
            out.append(ch.lower())
    return "".join(out)


def name_grams(t: Token) -> list[str]:
    """A name's letter trigrams, Korean names romanised as loanwords, so that a name written
    in Hangul and in Latin letters meet (타파스 / Tapas, 보스턴 / Boston), and its consonant
    key (`consonant_key`: 퀄컴 / Qualcomm, whose spellings share no trigram); [] for other
    words."""
    if not t.entity:
        return []
    word = t.form if t.script == "latin" else romanize(t.form, loanword=True)
    key = consonant_key(t.form)
    return _grams(word) + ([f"~{key}"] if len(key) >= MIN_KEY else [])


def _grams(word: str) -> list[str]:
    """A word's letter trigrams, its ends marked (#); a word under three letters whole."""
    if len(word) < 3:
        return [f"#{word}#"] if word else []
    word = f"#{word}#"
    return [word[k:k + 3] for k in range(len(word) - 2)]


# A consonant key this short (Kia, LG) would join unrelated names: none is given.
MIN_KEY = 3


def consonant_key(word: str) -> str:
    """A name's consonants as Korean writes a foreign name's sounds, vowels dropped, a repeat
    kept once and a final s cut: Qualcomm and 퀄컴 are both "klkm", Samsung and 삼성 "smsŋ"."""
    out = []
    if any("\uac00" <= ch <= "\ud7a3" for ch in word):
        for ch in word:
            if (parts := _jamo(ch)) is not None:
                out.append(_KO_INITIAL[parts[0]] + _KO_FINAL[parts[2]])
    else:
        w = word.lower()
        k = 0
        while k < len(w):
            two = w[k:k + 2]
            if two in _EN_PAIRS:
                out.append(_EN_PAIRS[two])
                k += 2
                continue
            ch = w[k]
            # As Korean writes English sounds: an r before no vowel is not written (블리자드,
            # Blizzard; 모터스, Motors); -tion is 션 (s), a -sion after a vowel 전 (j: 비전).
            if ch == "r" and w[k + 1:k + 2] not in _VOWELS:
                k += 1
                continue
            # (only inside a word: a word's first syllable is no suffix, Tianjin is 톈진; not -tia,
            # which names write 티아: Croatia, 크로아티아)
            if k and (w.startswith("tion", k)
                      or w.startswith("sion", k) and w[k - 1] in _VOWELS):
                out.append("s" if ch == "t" else "j")
                k += 2
                continue
            if ch == "c":
                out.append("s" if w[k + 1:k + 2] in ("e", "i", "y") else "k")
            elif ch == "x":
                out.append("ks")
            else:
                out.append(_EN_LETTER.get(ch, ""))
            k += 1
    key = "".join(out)
    key = "".join(c for k, c in enumerate(key) if k == 0 or c != key[k - 1])
    # A final s is cut: scan's Latin words lose a plural's (Dynamics → dynamic), 다이내믹스 not.
    return key[:-1] if key.endswith("s") and len(key) > MIN_KEY else key


def name_features(toks) -> list[str]:
    """The name grams of a sentence's words (`name_grams`), and the consonant key of each run
    of adjacent names in Latin letters, which Korean often writes as one word (Delivery Hero,
    딜리버리히어로), and its initials as an acronym (`acronym_feature`), which a lone Latin
    name in capitals gives in place of its grams (`Token.acronym`: DH)."""
    out: list[str] = []
    run: list = []
    for t in sorted(toks, key=lambda t: t.start) + [None]:
        latin = t is not None and t.entity and t.script == "latin"
        if t is not None and not latin:
            out += name_grams(t)
        if latin and run and t.start - run[-1].end <= 1:
            run.append(t)
            continue
        if len(run) >= 2 or run and not run[0].acronym:
            out += [g for x in run for g in name_grams(x)]
        if len(run) >= 2:
            key = consonant_key("".join(x.form for x in run))
            if len(key) >= MIN_KEY:
                out.append(f"~{key}")
            # Why: a Korean article often names a foreign firm by its acronym alone (DH), an
            # English one by its words; the initials are the one spelling the two share. A
            # place's are not its acronym in such text but a firm's (South Korea, SK Group).
            if tuple(x.form for x in run) not in _places():
                out.append(acronym_feature("".join(x.form[0] for x in run)))
        elif run and run[0].acronym:
            # Why: a lone acronym's letters are its one feature; its gram beside its acronym
            # would count one common word (AI, EU) twice as a shared name
            out.append(acronym_feature(run[0].acronym))
        run = [t] if latin else []
    return out


def acronym_feature(letters: str) -> str:
    """An acronym's one feature: its letters whole, marked at both ends (#dh#)."""
    # Why: written so, a two-letter acronym is the gram a two-letter name gives (a lone LG meets
    # the Latin part of LG에너지솔루션, as before the acronym rule), and a longer one is no
    # trigram of a longer word (KFTC does not meet KFTCO)
    return f"#{letters.lower()}#"


def is_place(name: str) -> bool:
    """Whether a name (`Token.name` or `Token.form`: "nevada", "south korea") is a country's or
    a state's of the United States alone: where an amount is, not who holds it."""
    forms = tuple(name.split())
    return forms in _places() or forms in _states()


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[tuple[str, ...]]:
    """The English names of countries and regions (CLDR, by babel) as runs of word forms, each
    also without CLDR's qualifiers ("Hong Kong SAR China" is Hong Kong too)."""
    from babel import Locale
    names = Locale("en").territories.values()
    return frozenset(tuple(f for w in name.split() if (f := _english_form(w)))
                     for full in names for name in {full, _unqualified(full)})


@functools.lru_cache(maxsize=1)
def _states() -> frozenset[tuple[str, ...]]:
    """The names of the states of the United States (`en.US_STATES`) as runs of word forms."""
    return frozenset(tuple(f for w in name.split() if (f := _english_form(w)))
                     for name in en.US_STATES)


# Why: babel gives CLDR's full names only, not the short ones news writes ("Hong Kong" for "Hong
# Kong SAR China", "Myanmar" for "Myanmar (Burma)", "Congo" for "Congo - Kinshasa").
_QUALIFIER = re.compile(r"\s*\([^()]*\)|\s+(?:SAR\b|-\s).*")


def _unqualified(name: str) -> str:
    """A CLDR territory name without its qualifier: a parenthesis, "SAR ...", " - ..."."""
    return _QUALIFIER.sub("", name).strip()


# Consonant classes, as Korean renders foreign sounds: b/p/f/v one, k/g/q one, d/t one, l/r one;
# z and j as ㅈ; a final ㅅ, ㅈ, ㅊ or ㅌ as t (인터넷), a final ㅇ as ng.
_KO_INITIAL = ["k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "j", "j", "j", "k",
               "t", "p", "h"]
_KO_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m",
             "p", "p", "t", "t", "ŋ", "t", "t", "k", "t", "p", ""]
_EN_LETTER = dict(zip("bpfvkgqdtlrmnszjh", "ppppkkkttllmnsjjh"))
_VOWELS = "aeiouy"
_EN_PAIRS = {"ph": "p", "sh": "s", "ch": "j", "th": "t", "ck": "k", "ng": "ŋ"}


def glossed_runs(toks, gloss: dict[str, str]) -> list[tuple[str, tuple[Token, ...]]]:
    """Runs of adjacent Korean words that `gloss` names (베타 + 오디오 = 베타오디오, glossed "Beta
    Audio"), the longest from each place, none overlapping, each with its gloss and its words."""
    toks = sorted((t for t in toks if t.script == "hangul"), key=lambda t: t.start)
    out, i = [], 0
    while i < len(toks):
        text, end = "", None
        for j in range(i, len(toks)):
            if j > i and toks[j].start != toks[j - 1].end:
                break
            text += toks[j].form
            if text in gloss:
                end, found = j + 1, gloss[text]
        if end is None:
            i += 1
            continue
        out.append((found, tuple(toks[i:end])))
        i = end
    return out


def _english_form(word: str) -> str:
    """A Latin word lower-cased with a plural or possessive ending cut; '' for a stopword."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "xes")):     # losses, taxes: loss, tax
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) < 2 and not word.isupper() or w in en.STOPWORDS:
        return ""
    return w
