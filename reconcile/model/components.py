"""Connected components (union-find), the one implementation behind every grouping by links:
families of metrics (`part_of`), merged findings, scan's story blocks and restatement units."""
from __future__ import annotations

from collections.abc import Hashable, Iterable


class Components:
    """Nodes joined by links; `find` gives a node's representative, `groups` the components."""

    def __init__(self, nodes: Iterable[Hashable] = ()) -> None:
        self._parent: dict = {}
        for node in nodes:
            self._parent.setdefault(node, node)

    def __contains__(self, node) -> bool:
        return node in self._parent

    def nodes(self):
        """The nodes seen, as a live view (a membership test without a method call per node)."""
        return self._parent.keys()

    def parents(self):
        """Each node's parent, in the order nodes were first seen, as a live view (a root is its
        own parent): for reading every representative at once by pointer jumping."""
        return self._parent.values()

    def find(self, node):
        """The representative of `node`'s component (a node seen for the first time is alone)."""
        parent = self._parent
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]     # path halving: trees stay shallow
            node = parent[node]
        return node

    def join(self, a, b) -> None:
        """One component of `a`'s and `b`'s, represented by `b`'s representative."""
        self._parent[self.find(a)] = self.find(b)

    def join_all(self, links: Iterable[tuple]) -> None:
        """`join(a, b)` for each link in order, without a method call per link."""
        parent, find = self._parent, self.find
        for a, b in links:
            parent[find(a)] = find(b)

    def groups(self) -> list[list]:
        """Each component's nodes, components and members in the order nodes were first seen."""
        out: dict = {}
        for node in list(self._parent):
            out.setdefault(self.find(node), []).append(node)
        return list(out.values())
