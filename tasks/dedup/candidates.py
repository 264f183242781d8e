"""Candidate pairs for verification: banded LSH over MinHash signatures and an inverted
index over sentence hashes. Both return pairs as two aligned int64 arrays with i < j."""
from __future__ import annotations

import numpy as np

from tasks.dedup.features import U64, mix64

# Buckets this large are degenerate (near-empty texts that all hash alike); chaining their
# members instead of pairing them all keeps the pair count linear.
MAX_BUCKET = 200


def choose_bands(num_perm: int, threshold: float, target_recall: float = 0.99) -> tuple[int, int]:
    """(bands, rows): the most selective banding whose chance of pairing two documents at
    exactly ``threshold`` similarity is still >= target_recall. Candidates are verified
    exactly afterwards, so recall is bought with cheap false candidates."""
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if bands < 1:
            break
        recall = 1.0 - (1.0 - threshold**rows) ** bands
        if recall >= target_recall:
            best = (bands, rows)
    return best


def _pairs_in_runs(keys: np.ndarray, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((nodes, keys))
    keys, nodes = keys[order], nodes[order]
    shared = np.zeros(len(keys), dtype=bool)  # drop singleton buckets before pairing
    same = keys[1:] == keys[:-1]
    shared[1:] |= same
    shared[:-1] |= same
    keys, nodes = keys[shared], nodes[shared]
    if len(keys) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    new_run = np.r_[True, keys[1:] != keys[:-1]]
    run_id = np.cumsum(new_run) - 1
    run_start = np.flatnonzero(new_run)
    run_len = np.diff(np.append(run_start, len(keys)))
    left, right = [], []
    # Pairs at distance d inside each run, for every d; runs are small in practice.
    pos = np.arange(len(keys)) - run_start[run_id]
    big = run_len[run_id] > MAX_BUCKET
    max_len = int(run_len.max()) if len(run_len) else 0
    for d in range(1, min(max_len, MAX_BUCKET)):
        ok = (pos[:-d] + d < run_len[run_id[:-d]]) & ~big[:-d]
        if not ok.any():
            if d > 1:
                break
            continue
        idx = np.flatnonzero(ok)
        left.append(nodes[idx])
        right.append(nodes[idx + d])
    chain = np.flatnonzero(big[:-1] & (run_id[:-1] == run_id[1:]))
    left.append(nodes[chain])
    right.append(nodes[chain + 1])
    a = np.concatenate(left) if left else np.zeros(0, np.int64)
    b = np.concatenate(right) if right else np.zeros(0, np.int64)
    return np.minimum(a, b), np.maximum(a, b)


def unique_pairs(a: np.ndarray, b: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    code = np.sort(a.astype(np.int64) * n + b)
    code = code[np.r_[True, code[1:] != code[:-1]]] if len(code) else code
    return code // n, code % n


def lsh_pairs(signatures: np.ndarray, nodes: np.ndarray, bands: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Node pairs that agree on every row of at least one band."""
    lefts, rights = [], []
    if len(nodes) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    for band in range(bands):
        block = signatures[:, band * rows : (band + 1) * rows]
        with np.errstate(over="ignore"):
            key = np.full(len(nodes), U64(band + 1), dtype=np.uint64)
            for col in range(rows):
                key = mix64(key ^ block[:, col])
        a, b = _pairs_in_runs(key, nodes)
        lefts.append(a)
        rights.append(b)
    n = int(nodes.max()) + 1
    return unique_pairs(np.concatenate(lefts), np.concatenate(rights), n)


def sentence_pairs(
    postings_hash: np.ndarray, postings_node: np.ndarray, n_nodes: int, max_df: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of nodes sharing sentence hashes: (a, b, shared, shared_long). Hashes found in
    more than ``max_df`` documents are boilerplate, not reuse, and are skipped."""
    empty = np.zeros(0, np.int64)
    if len(postings_hash) == 0:
        return empty, empty, empty, empty
    order = np.lexsort((postings_node, postings_hash))
    h, node = postings_hash[order], postings_node[order]
    shared = np.zeros(len(h), dtype=bool)  # drop sentences found in one document only
    same = h[1:] == h[:-1]
    shared[1:] |= same
    shared[:-1] |= same
    h, node = h[shared], node[shared]
    if len(h) < 2:
        return empty, empty, empty, empty
    new_run = np.r_[True, h[1:] != h[:-1]]
    run_id = np.cumsum(new_run) - 1
    run_start = np.flatnonzero(new_run)
    run_len = np.diff(np.append(run_start, len(h)))
    pos = np.arange(len(h)) - run_start[run_id]
    usable = (run_len[run_id] <= max_df) & (run_len[run_id] >= 2)
    lefts, rights, longs = [], [], []
    max_len = int(run_len[run_len <= max_df].max()) if (run_len <= max_df).any() else 0
    for d in range(1, max_len):
        ok = usable[:-d] & (pos[:-d] + d < run_len[run_id[:-d]])
        if not ok.any():
            break
        idx = np.flatnonzero(ok)
        lefts.append(node[idx])
        rights.append(node[idx + d])
        longs.append((h[idx] & U64(1)).astype(np.int64))
    if not lefts:
        return empty, empty, empty, empty
    a, b = np.concatenate(lefts), np.concatenate(rights)
    is_long = np.concatenate(longs)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    keep = lo != hi
    code = lo[keep] * n_nodes + hi[keep]
    is_long = is_long[keep]
    order = np.argsort(code, kind="stable")
    code, is_long = code[order], is_long[order]
    starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]])
    codes = code[starts]
    shared = np.diff(np.append(starts, len(code)))
    shared_long = np.add.reduceat(is_long, starts)
    return codes // n_nodes, codes % n_nodes, shared, shared_long
