"""A readable metric key for each fact, from its words: names in Latin letters first (SK,
Hyundai), then the words its amounts stand beside most often; Korean words in English when
`ko.KEY_WORDS` or `ko.KEY_NAMES` has them (원전 → nuclear_plant), else romanised."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from currency.lang import ko
from reconcile.scan.mentions import Mention
from reconcile.scan.words import glossed_runs, romanize
from reconcile.store.figures import METRIC_RE

# At most this many names (Orbit Motors, Ohio) and words in a key, and this many characters.
MAX_NAMES = 2
MAX_WORDS = 5
MAX_CHARS = 48
# A key is one the figures file takes (its `METRIC_RE`), else "fact".
_KEY = re.compile(METRIC_RE)

def metric_names(groups: Sequence[Sequence[Mention]], taken: Iterable[str] = ()) -> list[str]:
    """One key per group, unique among themselves and `taken`, matching the figures schema."""
    used = set(taken)
    names = []
    for members in groups:
        base = _base_name(members)
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        names.append(name)
    return names


def _base_name(members: Sequence[Mention]) -> str:
    names: Counter = Counter()
    words: Counter = Counter()
    first: dict[str, float] = {}
    latin: dict[str, bool] = {}
    for m in members:
        seen = set()
        gloss = {k: _ascii(v) for k, v in m.glosses}
        glossed, used = _glossed_runs(m, gloss)
        phrases = _name_phrases(m, gloss) + glossed
        for phrase, at, is_latin in phrases:
            # written in Latin letters anywhere: a Korean word glossed in English (일본 → japan)
            # is one word with the English one, and must not push it behind the Latin words
            latin[phrase] = latin.get(phrase, False) or is_latin
            if phrase not in seen:
                seen.add(phrase)
                # a name counts once per amount, wherever in the sentence: the subject of a
                # sentence often stands far from its amount
                names[phrase] += 1
                first[phrase] = min(first.get(phrase, at), at)
        english = _english_words(m, used)
        for t in m.local + m.context:
            form = t.form if t.script == "latin" else english.get(t, romanize(t.form))
            if t.entity or t in used or not form or form in seen:
                continue
            seen.add(form)
            latin[form] = latin.get(form, False) or t.script == "latin"
            # its own words weigh more than the rest of its sentence
            words[form] += 2 if t in m.local else 1
    # Words written in Latin letters before any romanised Korean one, names and words alike: a
    # key reads in the one language it can be written in (Samsung, not the romanised 삼성전자 →
    # samseongjeonja; "japan_pledged", not "ilbon_hapui"), then the most frequent, the earliest.
    ranked = sorted(names, key=lambda p: (not latin[p], -names[p], first[p]))[:MAX_NAMES]
    if any(latin[p] for p in ranked):
        ranked = [p for p in ranked if latin[p]]
    picked = [p for p in ranked]
    for form in sorted(words, key=lambda f: (not latin[f], -words[f])):
        if len(picked) >= MAX_WORDS:
            break
        if form not in picked:
            picked.append(form)
    key = "_".join(re.sub(r"[^a-z0-9]+", "_", w).strip("_") for w in picked)
    key = _cut(re.sub(r"_+", "_", key).strip("_"))
    if not key or not key[0].isalpha():
        key = "fact" + ("_" + key if key else "")
    return key if _KEY.match(key) else "fact"


def _cut(key: str) -> str:
    """`key` in at most MAX_CHARS, cut after a whole word (`..._footprint`, not
    `..._footprint_b`) unless its first word alone is longer."""
    if len(key) <= MAX_CHARS:
        return key
    head = key[:MAX_CHARS + 1]
    return head[:head.rfind("_")] if "_" in head else key[:MAX_CHARS]


def _glossed_runs(m: Mention, gloss: dict[str, str]) -> tuple[list[tuple[str, float, bool]],
                                                               set]:
    """The runs the article glosses in Latin letters, as name phrases written in Latin letters
    (베타오디오(Beta Audio) → beta_audio), and the words they took."""
    out, used = [], set()
    for text, run in glossed_runs(m.local + m.context, gloss):
        out.append((text, (run[0].start - m.sentence_start) / max(1, len(m.sentence)), True))
        used.update(run)
    return out, used


def _english_words(m: Mention, used: set) -> dict:
    """Korean words (not names, nor the article's glossed runs) in English by `ko.KEY_WORDS`;
    a run (기업 + 가치 → valuation) by its first word, its others by ''."""
    toks = [t for t in m.local + m.context if not t.entity and t not in used]
    out = {}
    for english, run in glossed_runs(toks, ko.KEY_WORDS):
        out.update({t: english if k == 0 else "" for k, t in enumerate(run)})
    return out


def _place(run) -> str:
    """A run of Korean names in English where `ko.KEY_NAMES` has it (미국 → us), whole or word
    by word; the others romanised (현대차 → hyeondaecha)."""
    whole = ko.KEY_NAMES.get("".join(x.form for x in run))
    return whole or "_".join(ko.KEY_NAMES.get(x.form) or romanize(x.form) for x in run)


def _ascii(gloss: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", gloss.lower()).strip("_")


def _name_phrases(m: Mention, gloss: dict[str, str] | None = None) -> list[tuple[str, float,
                                                                                bool]]:
    """Runs of adjacent name words (Orbit Motors → orbit_motor; Korean ones by the article's
    gloss in Latin letters, 왓패드(Wattpad) → wattpad, or `_place`), with their place in the
    sentence (0 = its start) and whether they are written (or glossed) in Latin letters."""
    gloss = gloss or {}
    toks = sorted(m.local + m.context, key=lambda t: t.start)
    out, run = [], []
    for t in toks + [None]:
        if t is not None and t.entity and (not run or (
                t.start - run[-1].end <= 1 and t.script == run[-1].script)):
            run.append(t)
            continue
        if run:
            glossed = gloss.get("".join(x.form for x in run)) \
                if run[0].script == "hangul" else None
            form = glossed or ("_".join(x.form for x in run) if run[0].script == "latin"
                               else _place(run))
            out.append((form, (run[0].start - m.sentence_start) / max(1, len(m.sentence)),
                        run[0].script == "latin" or glossed is not None))
        run = [t] if t is not None and t.entity else []
    return out
