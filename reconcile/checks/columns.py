"""The columns a check may rely on, as a pandera model: what `engine.evidence_base` gives it.

The engine does not validate this at run time (it is the engine's own output); a test does, so a
check written against this list keeps working when normalization changes.
"""
from __future__ import annotations


def evidence_schema():
    """The normalized figures with the agreement columns, as the checks read them."""
    import pandera.pandas as pa

    from reconcile.model.normalize import ROLES
    text, number, flag = dict(dtype=object), dict(dtype=float), dict(dtype=bool)
    opt_text = dict(dtype=object, nullable=True)
    return pa.DataFrameSchema({
        # the figure as written
        "id": pa.Column(**text), "metric": pa.Column(**text), "amount": pa.Column(**text),
        "as_of": pa.Column(**text), "published": pa.Column(**text), "source": pa.Column(**text),
        "quote": pa.Column(**opt_text), "part_of": pa.Column(**opt_text),
        "kind": pa.Column(**opt_text), "restates": pa.Column(**opt_text),
        # the amount as read: value, the reader's interval, precision, currency, hedge
        "value": pa.Column(**number), "precision": pa.Column(**number),
        "currency": pa.Column(**opt_text), "bound": pa.Column(**text),
        "hedge": pa.Column(**opt_text), "vague": pa.Column(**flag),
        "quantity_kind": pa.Column(**text),
        # dates as timestamps
        "as_of_first": pa.Column("datetime64[ns]"), "as_of_last": pa.Column("datetime64[ns]"),
        # restatement links: role is 'original' or 'restatement'; original the id restated
        "role": pa.Column(**text, checks=pa.Check.isin(list(ROLES))),
        "original": pa.Column(**opt_text),
        # the uncertainty model: rounding unit, model interval in the figure's own unit
        "u": pa.Column(**number), "s_low": pa.Column(**number), "s_high": pa.Column(**number),
        # compared in the family's reference currency: interval, point, unit
        "family": pa.Column(**text), "ref": pa.Column(**opt_text),
        # digits typed, not computed: no restatement, no conversion words, in `ref`
        "typed": pa.Column(**flag),
        "c_low": pa.Column(**number), "c_high": pa.Column(**number),
        "c_value": pa.Column(**number), "c_unit": pa.Column(**text),
        # why a family is judged in another currency than a count of its figures names
        # (`denomination`; None where the count's choice stands)
        "denominated": pa.Column(**opt_text),
        # who agrees (restatements: status 'restatement', agrees False, n_grp 0)
        "n_grp": pa.Column(int), "agrees": pa.Column(**flag),
        "status": pa.Column(**text, checks=pa.Check.isin(
            ["alone", "agrees", "outlier", "split", "aside", "restatement"])),
        # precise enough to decide a conflict; the bound a hedge states (at_least, at_most, '')
        "votes": pa.Column(**flag), "side": pa.Column(**text),
        # of a fact with no agreeing figure whose outliers are judged against a bloc of precise
        # figures with no majority (`common._bloc_span`)
        "by_bloc": pa.Column(**flag),
        # a single-day as_of read as the article's date: as_of_first opens its window
        "as_of_news": pa.Column(**flag),
        # each figure's article, a code (`common.article_codes`): its source on one
        # publication date, -1 when it has no source; only which figures share one matters
        "article": pa.Column(int),
        "grp": pa.Column(nullable=True), "cons_low": pa.Column(nullable=True),
        "cons_high": pa.Column(nullable=True), "cons_value": pa.Column(nullable=True),
    }, strict=False, coerce=False)
