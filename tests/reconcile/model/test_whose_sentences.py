"""A finding that joins findings about several figures says whose each sentence is: a sentence
about another figure than the head's names it, as the head does (id and amount as written)."""
import pytest

from reconcile.engines.local import reconcile
from reconcile.model.findings import Batch, Evidence, Finding, Head, Pieces, merge
from tests.helpers import table


def _orvel(amount: str, fid: str) -> Head:
    return Head((fid, amount, f"{fid}.txt", "2024"))


def test_a_joined_finding_over_two_amounts_names_the_seconds_figure():
    # Made-up: five reports agree Orvel raised $10 billion; two print $123 and $132 billion,
    # the same digits in another order, so the digit check joins the two outliers.
    agree = [dict(metric="orvel_raise", amount="$10 billion") for _ in range(5)]
    off = [dict(metric="orvel_raise", amount=f"${v} billion") for v in (123, 132)]
    [f] = [f for f in reconcile(table(*agree, *off)).records if f.flagged]
    assert f.head[:2] == ("f5", "$123 billion"), f.head
    # the head's first sentence stays; the other figure's is said with its name, and so is
    # the head's own sentence after it, whose "Its" would read as the other's
    assert f.message.count("It gives") == 1, f.message
    assert 'f6 ("$132 billion") gives [131.5 bn, 133 bn] USD' in f.message, f.message
    assert 'f5 ("$123 billion")\'s digits and those of' in f.message, f.message


def test_one_amount_printed_twice_is_said_once_and_not_named():
    # Made-up: three reports say Kestrel paid $3.85 billion, two print $3.75 billion: the two
    # printings' same-fact sentences are one sentence, said once, as the head's.
    agree = [dict(metric="kestrel_price", amount="$3.85 billion", source=f"{s}.txt")
             for s in "cde"]
    off = [dict(metric="kestrel_price", amount="$3.75 billion", source=f"{s}.txt") for s in "ab"]
    [f] = [f for f in reconcile(table(*agree, *off)).records if set(f.flagged) == {"f3", "f4"}]
    assert f.message.count("gives [3.745 bn, 3.76 bn] USD") == 1, f.message
    assert 'f4 ("$3.75 billion")' not in f.message, f.message


def test_a_single_finding_reads_as_before():
    h = _orvel("$10B", "o1")
    f = Finding("high", "m", ("o1",), ("o1",), h, (Evidence("c", "r", "it gives 10 bn."),))
    assert f.whose == ()
    assert f.message == 'o1 ("$10B", o1.txt, as of 2024): It gives 10 bn.'
    # joined pieces all about the head's figure: no name added
    g = merge([f, Finding("low", "m", ("o1",), ("o1",), h, (Evidence("d", "r", "its digits."),))])
    assert len(g) == 1 and g[0].whose == ()
    assert g[0].message == 'o1 ("$10B", o1.txt, as of 2024): It gives 10 bn. Its digits.'


def test_each_kind_of_sentence_about_another_figure_names_it_once():
    a, b = _orvel("$10B", "o1"), _orvel("$14B", "o2")
    bridge = Finding("high", "m", ("o1", "o2"), ("o1", "o2"), "o1; o2",
                     (Evidence("s", "r", "the figures of m do not agree."),))
    found = merge([
        Finding("high", "m", ("o1",), ("o1",), a, (Evidence("c", "r", "it gives 10 bn."),)),
        bridge,
        Finding("high", "m", ("o2",), ("o2",), b, (
            Evidence("c", "r", "its value is 14 bn."),
            Evidence("p", "r", "parts not all stated: it gives m as 14 bn."),
            Evidence("q", "r", "o2 and its conversion imply a rate."),
            Evidence("t", "r", "the part p1 is larger than its whole."))),
    ])
    assert len(found) == 1
    # ids keep their case; a sentence that opens with its figure's id is left as it is
    assert found[0].message == (
        'o1; o2: o1 ("$10B") gives 10 bn. The figures of m do not agree. '
        'o2 ("$14B")\'s value is 14 bn. Parts not all stated: o2 ("$14B") gives m as 14 bn. '
        'o2 and its conversion imply a rate. o2 ("$14B"): The part p1 is larger than its whole.')


def test_the_columns_join_says_whose_as_the_records_join_does():
    a, other = _orvel("$10B", "o1"), "o1 as another check names it"
    fields = dict(severity=["high", "low"], metric="m", flagged=[("o1",), ("o1",)],
                  subject=[("o1",), ("o1",)], head=[a, other],
                  evidence=[(Evidence("c", "r", "it gives 10 bn."),),
                            (Evidence("d", "r", "its digits."), Evidence("e", "r", "more."))])
    [joined], _ = Pieces(2, **fields).joined()
    [merged] = merge(Pieces(2, **fields).records())
    assert joined.whose == merged.whose == (a, other, other)
    assert joined.message == merged.message


def test_the_heads_own_sentence_after_another_figures_is_named():
    # Made-up: pieces about o1 (the head), o2, then o1 again: the third's "Its" follows o2's
    # sentence, so it names o1; the first, said before any other figure's, keeps its "It".
    a, b = _orvel("$10B", "o1"), _orvel("$14B", "o2")
    f = Finding("high", "m", ("o1", "o2"), ("o1", "o2"), a,
                (Evidence("c", "r", "it gives 10 bn."), Evidence("c", "r", "it gives 14 bn."),
                 Evidence("d", "r", "its digits are those of o2's.")), whose=(a, b, a))
    assert f.message == ('o1 ("$10B", o1.txt, as of 2024): It gives 10 bn. o2 ("$14B") gives'
                         ' 14 bn. o1 ("$10B")\'s digits are those of o2\'s.')


def test_a_sentence_opening_with_an_id_or_the_metric_keeps_its_case():
    # Made-up: ids and metric keys are said as written; another word is capitalized as before.
    h = _orvel("$10B", "k7-02")
    for text in ("k7-02 and its conversion imply a rate.", "norden_total is a running total."):
        f = Finding("low", "norden_total", ("k7-02",), ("k7-02",), h, (Evidence("c", "r", text),))
        assert f.message == f'k7-02 ("$10B", k7-02.txt, as of 2024): {text}'
    # a longer word that starts with the finding's id is another word: capitalized
    f = Finding("low", "m", ("o1",), ("o1",), h, (Evidence("c", "r", "o12 is off."),))
    assert f.message.endswith(": O12 is off."), f.message


def test_a_name_is_its_own_word_and_case():
    # Made-up: "O12 ..." does not open with o1: it is led by o1's name.
    a, b = _orvel("$10B", "o0"), _orvel("$14B", "o1")
    f = Finding("high", "m", ("o0", "o1"), ("o0", "o1"), a,
                (Evidence("c", "r", "it gives 10 bn."), Evidence("c", "r", "o12 is off."),
                 Evidence("c", "r", "o1 is off.")), whose=(a, b, b))
    assert f.message.endswith(' o1 ("$14B"): O12 is off. o1 is off.'), f.message
    # an id that goes on past o1 with a hyphen ("o1-2") is another figure's too
    f = Finding("high", "m", ("o0", "o1"), ("o0", "o1"), a,
                (Evidence("c", "r", "it gives 10 bn."), Evidence("c", "r", "o1-2 is off.")),
                whose=(a, b))
    assert f.message.endswith(' o1 ("$14B"): O1-2 is off.'), f.message


def test_its_contraction_is_not_the_pronoun():
    # Made-up: "It's" opens a sentence about another figure: led by the name, not made "o2's's".
    a, b = _orvel("$10B", "o1"), _orvel("$14B", "o2")
    for said in ("it's", "it\u2019s"):
        f = Finding("high", "m", ("o1", "o2"), ("o1", "o2"), a,
                    (Evidence("c", "r", "it gives 10 bn."),
                     Evidence("c", "r", f"{said} a slip of 14 bn.")), whose=(a, b))
        assert f.message.endswith(f' o2 ("$14B"): I{said[1:]} a slip of 14 bn.'), f.message


def test_odd_whose_and_heads_are_said_or_refused_clearly():
    # a `whose` not one per piece is refused when the finding is made, as bad evidence is
    a = _orvel("$10B", "o1")
    pieces = (Evidence("c", "r", "it gives 10 bn."), Evidence("c", "r", "it gives 14 bn."))
    with pytest.raises(ValueError, match="whose"):
        Finding("high", "m", ("o1",), ("o1",), a, pieces, whose=(a,))
    with pytest.raises(ValueError, match="whose"):
        Finding.many(1, severity="high", metric="m", flagged=[("o1",)], subject=[("o1",)],
                     head=[a], evidence=[pieces], whose=[(a,)])
    # a figure with no id is named as its head names it
    b = Head((None, "$14B", "x.txt", "2024"))
    f = Finding("high", "m", ("o1",), ("o1",), a, pieces, whose=(a, b))
    assert f.message.endswith(' None ("$14B") gives 14 bn.'), f.message
    f = Finding("high", "m", ("o1",), ("o1",), a, (pieces[0], Evidence("c", "r", "the part.")),
                whose=(a, b))
    assert f.message.endswith(' None ("$14B"): The part.'), f.message


def test_the_columns_keep_an_ids_case_as_the_records_do():
    # Made-up: a batch's rows said from its columns read as its records, also for a row with
    # no id (its sentence capitalized as any other).
    batch = Batch(["k1", None, "k3"], [True] * 3, "low", "norden_total", ["h1", "h2", "h3"],
                  dict(check="c", rule="r", detail=["k1 is off.", "k1 is off.",
                                                     "norden_total is a running total."]))
    said = batch.messages([0, 1, 2])
    assert said == [f.message for f in batch.records([0, 1, 2])]
    assert said == ["h1: k1 is off.", "h2: K1 is off.", "h3: norden_total is a running total."]
