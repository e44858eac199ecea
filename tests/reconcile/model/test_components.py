"""The one union-find: components of linked nodes, in the order nodes were first seen."""
from reconcile.model.components import Components


def test_links_join_components_and_unlinked_nodes_stay_alone():
    c = Components(range(6))
    c.join(0, 3)
    c.join(4, 3)
    c.join(5, 1)
    assert c.groups() == [[0, 3, 4], [1, 5], [2]]
    assert c.find(0) == c.find(4) != c.find(1)


def test_a_long_chain_is_one_component_and_a_new_node_is_alone():
    c = Components()
    for i in range(1000):
        c.join(i, i + 1)
    assert len(c.groups()) == 1 and c.find(0) == c.find(1000)
    assert c.find("x") == "x" and "x" in c and "y" not in c


def test_nodes_are_every_node_seen_as_a_live_view():
    c = Components(["a"])
    seen = c.nodes()
    c.join("b", "c")
    assert set(seen) == {"a", "b", "c"} and "d" not in seen
