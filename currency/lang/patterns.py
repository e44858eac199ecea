"""How the language data's word lists become regular expressions: shared by the lists' own
patterns (`ko.py`, `en.py`) and the readers that compile them (`currency.text`)."""
from __future__ import annotations

import re


def spaced(words) -> str:
    """One alternation of `words`, each space in them optional ("현지 시간": 현지시간 too)."""
    return r"(?:" + "|".join(r"\s*".join(map(re.escape, w.split())) for w in words) + r")"
