"""checks.common.per_distinct works a rule out once per distinct row and must give every row
what the rule gives it alone, bit for bit."""
import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from reconcile.checks.common import per_distinct
from reconcile.model import findings as F

# Few values, so that rows repeat; -0.0 beside 0.0, which equality would take for one.
VALUES = st.sampled_from([0.0, -0.0, 1.0, 2.5, 10.0, 1e-300, math.inf, -math.inf, math.nan])
ROWS = st.lists(st.tuples(VALUES, VALUES, VALUES, st.booleans()), max_size=40)

# A rule that tells -0.0 from 0.0 (a sign), with a second output.
_SIGNS = np.frompyfunc(lambda x, y: (math.copysign(1.0, x), math.copysign(1.0, y)), 2, 2)


def _bits(x: np.ndarray) -> list:
    return np.asarray(x, float).view(np.int64).tolist()


@given(ROWS)
@np.errstate(invalid="ignore")      # NaN compared in the rules
def test_each_row_gets_what_the_rule_gives_it(rows):
    value, low, high, vague = (np.array(c, dtype=t) for c, t in
                               zip(zip(*rows) if rows else ([],) * 4, (float,) * 3 + (bool,)))
    gaps, directions = per_distinct(F.point_gaps, value, low, high)
    want_gaps, want_directions = F.point_gaps(value, low, high)
    assert _bits(gaps) == _bits(want_gaps) and directions.tolist() == want_directions.tolist()
    slips = per_distinct(F.unit_slips, value)
    assert slips.tolist() == F.unit_slips(value).tolist()
    assert (per_distinct(F.severities, gaps, vague, slips).tolist()
            == F.severities(want_gaps, vague, slips).tolist())
    a, b = per_distinct(_SIGNS, value, low)
    want_a, want_b = _SIGNS(value, low)
    assert _bits(a) == _bits(want_a) and _bits(b) == _bits(want_b)
