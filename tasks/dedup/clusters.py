"""Union-find over articles where clusters already persisted may never be merged.

Known clusters are frozen: a new article that resembles two stored clusters joins one of
them (the first strong edge wins), it never fuses them, so re-runs and later runs leave
earlier cluster ids intact.
"""
from __future__ import annotations


class ClusterForest:
    def __init__(self, n: int, pinned: list[str | None]):
        self.parent = list(range(n))
        self.pinned = list(pinned)  # cluster id a component must keep, if any

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        """Join the components of a and b unless they are pinned to different clusters."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        pa, pb = self.pinned[ra], self.pinned[rb]
        if pa is not None and pb is not None and pa != pb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.pinned[ra] = pa if pa is not None else pb
        return True
