"""A readable metric key for each fact, from its words: names in Latin letters first (SK,
Hyundai), then the words its amounts stand beside most often; Korean words romanised."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from reconcile.scan.mentions import Mention
from reconcile.scan.words import romanize

# At most this many words in a key, and this many characters.
MAX_WORDS = 4
MAX_CHARS = 48
_KEY = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")

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
    for m in members:
        seen = set()
        for t in m.local + m.context:
            form = t.form if t.script == "latin" else romanize(t.form)
            if not form or form in seen:
                continue
            seen.add(form)
            # its own words weigh more than the rest of its sentence; Latin words are preferred
            # so that a story told in two languages is named in the one a key is written in
            weight = (2 if t in m.local else 1) * (1.5 if t.script == "latin" else 1)
            (names if t.entity else words)[form] += weight
    picked: list[str] = []
    for counter, room in ((names, 2), (words, MAX_WORDS)):
        for form, _ in counter.most_common():
            if len(picked) >= room:
                break
            if form not in picked:
                picked.append(form)
    key = "_".join(re.sub(r"[^a-z0-9]+", "_", w).strip("_") for w in picked)
    key = re.sub(r"_+", "_", key).strip("_")[:MAX_CHARS].rstrip("_")
    if not key or not key[0].isalpha():
        key = "fact" + ("_" + key if key else "")
    return key if _KEY.match(key) else "fact"
