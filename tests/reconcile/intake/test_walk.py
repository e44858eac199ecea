"""The walk over candidates, asked through a stand-in for the terminal. Texts are made up."""
import datetime as dt

from currency.text.extract import extract
from reconcile.intake.walk import QUIT, walk


def test_quit_at_the_question_after_a_refusal_ends_the_walk(tmp_path):
    # Ctrl-C or end of input there skipped only that candidate: the next one was asked.
    text = "Acme will invest $4 billion in Ohio. It earned $90 million last year.\n"
    cands = extract(text, dt.date(2024, 3, 27))
    asked = []

    def ask(review, problems):
        asked.append(review.candidate.index)
        if problems:
            return QUIT
        return dict(review.fields, metric="acme_ohio", as_of="not a date")   # the file refuses

    done = walk(text, cands, "2024-03-27", "a.txt", str(tmp_path / "f.csv"), lambda c: [],
                ask=ask, new_metric=True)
    assert len(cands) > 1 and asked == [cands[0].index] * 2
    assert done.added == []
