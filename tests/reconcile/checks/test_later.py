"""`Later`, a sentence written when its finding is shown: it writes the sentence, before and
after a pickle (Dask's workers), and compares and hashes by identity as the partials it replaced
did (its arguments may hold lists, and a record holding it must still hash)."""
import pickle

from reconcile.checks.later import Later
from reconcile.model import findings as F


def _words(total: str, parts: list[str]) -> str:
    return f"{total}: {', '.join(parts)}"


def test_later_writes_its_sentence_pickles_and_is_itself_only():
    words = Later((_words, "fund", ["fund_a", "fund_b"]))
    assert words() == "fund: fund_a, fund_b"
    assert pickle.loads(pickle.dumps(words))() == "fund: fund_a, fund_b"
    assert words == words and words != Later((_words, "fund", ["fund_a", "fund_b"]))
    evidence = F.Evidence("parts_totals", "rule", words)
    assert hash(evidence) == hash(evidence)
    finding = F.Finding("high", "fund", ("x1",), ("x1",), "x1", (evidence,))
    # a sentence opening with the metric key says the key as written
    assert finding.message.endswith(": fund: fund_a, fund_b")
