from reconcile.scan.review import apply_answers


def _rows():
    return [{"id": "x", "metric": "a", "part_of": None},
            {"id": "y", "metric": "b", "part_of": None},
            {"id": "z", "metric": "c", "part_of": "a; b"}]


def test_merging_two_totals_a_part_names_leaves_it_naming_one():
    rows = apply_answers([{"group": "a", "action": "merge", "into": "b"}], _rows()).rows
    assert [r["part_of"] for r in rows if r["id"] == "z"] == ["b"]


def test_dropping_a_total_takes_it_out_of_its_parts_cells():
    rows = apply_answers([{"group": "b", "action": "drop"}], _rows()).rows
    assert [r["part_of"] for r in rows if r["id"] == "z"] == ["a"]
