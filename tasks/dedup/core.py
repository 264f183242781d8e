"""deduplicate(): exact copies, near copies, contained copies and passage overlap."""
from __future__ import annotations

import gc
import os
import threading
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context
from typing import Sequence

import numpy as np

from models.records import Article, ArticleOverlap, DedupAssignment, DedupSignature
from tasks.dedup.boilerplate import strip_boilerplate
from tasks.dedup.candidates import choose_bands, lsh_pairs, sentence_pairs, unique_pairs
from tasks.dedup.clusters import ClusterForest
from tasks.dedup.features import U64, Features, concat_features, featurize, signature_jaccard

SHINGLE_WORDS = 5  # 5-word shingles: same-event stories share names, rarely 5-word runs
CONTAINMENT_THRESHOLD = 0.8
MIN_COPY_WORDS = 40  # below this a "copy" is a headline or a stub; only exact matches count
MIN_SHARED_SENTENCES = 2  # ...or a single long sentence (see features.LONG_SENTENCE_WORDS)
MAX_SENTENCE_DF = 50  # a sentence in more articles than this is furniture, not reuse
CONTAINER_STORY_SHARE = 0.5  # a page whose story copy fills less than this is not canonical
# Share of the shorter copy's text two copies contained in one page must have in common to
# both join that page's cluster. Wire background paragraphs reused by different stories of
# one event fill well under this.
SAME_STORY_SHARE = 0.3
# Share of the shorter text's sentences a pair must share before containment is verified
# (sentences break under edits far more easily than 80% shingle containment does).
MIN_CONTAINED_SENTENCE_SHARE = 0.4
# One shingle in SHINGLE_SAMPLE is indexed to find pairs that share runs of words even where
# every sentence was touched (quote marks, "Mr.", a changed number); SAMPLED_SHARED of them
# in common make a candidate.
SHINGLE_SAMPLE = 16
SAMPLED_SHARED = 2
# a run of words in more pages than this is a stock phrase; copies that many are found by LSH
MAX_SHINGLE_DF = 16
# A rewrite or write-through of one wire story keeps this share of the shorter text's shingles or
# sentences (real pairs keep 25-90%); two stories of one event by one agency share background,
# well under it (15-20%). A shared passage must also be a paragraph's worth, and the two
# published close together.
DERIVED_SHARE = 0.25
# An outlet's own rewrite keeps less (10-30% of the wire text) but keeps the news: it is derived
# when it shares this much and retells the other's lede, or scatters the sentences it keeps
# through its own text in RETOLD_RUNS separate runs. Background reused by a sibling story sits
# in one block below both ledes.
RETOLD_SHARE = 0.08
LEDE_SENTENCES = 2
RETOLD_RUNS = 3
RETOLD_SPAN = 0.3  # ...spread over this share of each text
SAMPLED_DERIVED_SHARE = 0.06  # the sampled estimate that makes a pair worth counting exactly
DERIVED_MIN_SHINGLES = 20
DERIVED_MIN_SENTENCES = 2  # stored articles compare by sentences only
DERIVED_MAX_DAYS = 3


@dataclass(frozen=True)
class DedupResult:
    assignments: tuple[DedupAssignment, ...]  # one per distinct input article
    overlaps: tuple[ArticleOverlap, ...]  # passage reuse between different clusters
    signatures: tuple[DedupSignature, ...]  # inputs, plus known ones whose canonical changed


@dataclass(frozen=True, slots=True)
class _Node:
    article_id: str
    word_count: int
    published: date | None
    is_input: bool


def story_body(article: Article) -> str:
    """Body used for comparison: furniture and captions removed, headline dropped (copies
    are retitled freely)."""
    return story_body_of(article.text, article.title)


def story_body_of(text: str, title: str | None) -> str:
    title = (title or "").strip()
    if title:
        stripped = text.lstrip()
        if stripped.startswith(title):
            text = stripped[len(title) :]
    return strip_boilerplate(text).body


PARALLEL_MIN_ARTICLES = 20_000  # below this, starting a process costs more than it saves


def _features_of(texts: list[tuple[str, str | None]], num_perm: int) -> Features:
    bodies = [story_body_of(text, title) for text, title in texts]
    return featurize(bodies, shingle_words=SHINGLE_WORDS, num_perm=num_perm)


def _parallel_features(inputs: list[Article], num_perm: int, workers: int | None) -> Features:
    """Boilerplate stripping and featurizing are per-document and dominate the run time:
    split them over processes (spawned, so callers' threads are not forked)."""
    texts = [(a.text, a.title) for a in inputs]
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if len(texts) >= PARALLEL_MIN_ARTICLES else 1
    if workers <= 1 or len(texts) < 2 * workers:
        return _features_of(texts, num_perm)
    step = -(-len(texts) // workers)
    parts = [texts[k : k + step] for k in range(0, len(texts), step)]
    # fork is cheap and safe while this process has a single thread; inside a threaded host
    # (a Prefect task runner) spawn avoids forking held locks.
    context = get_context("fork" if threading.active_count() == 1 else "spawn")
    try:
        with ProcessPoolExecutor(max_workers=len(parts) - 1, mp_context=context) as pool:
            futures = [pool.submit(_features_of, part, num_perm) for part in parts[1:]]
            results = [_features_of(parts[0], num_perm)] + [f.result() for f in futures]
    except (BrokenProcessPool, OSError, RuntimeError):
        # e.g. spawn from a __main__ without the import guard: same result, one process.
        return _features_of(texts, num_perm)
    return concat_features(results)


def _intersection(shingles: np.ndarray, offsets: np.ndarray, i: int, j: int) -> tuple[int, int, int]:
    a = shingles[offsets[i] : offsets[i + 1]]
    b = shingles[offsets[j] : offsets[j + 1]]
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 0:
        return 0, len(a), len(b)
    pos = np.searchsorted(b, a)
    pos[pos == len(b)] = 0
    return int(np.count_nonzero(b[pos] == a)), len(a), len(b)


def deduplicate(
    articles: Sequence[Article],
    known: Sequence[DedupSignature] = (),
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
    containment: float = CONTAINMENT_THRESHOLD,
    min_shared_sentences: int = MIN_SHARED_SENTENCES,
    workers: int | None = None,
) -> DedupResult:
    """Cluster copies of one story among ``articles`` and against ``known`` signatures.

    Stable: inputs are processed in article_id order, so input order never matters, and a
    known article keeps its cluster_id (known clusters are never merged with each other).
    ``workers`` processes share boilerplate stripping and hashing (default: up to 2 for
    batches of PARALLEL_MIN_ARTICLES or more).
    """
    # Millions of small tuples are built below; generational GC passes over every live
    # article object would cost more than the work itself. Nothing here forms cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _deduplicate(articles, known, threshold, num_perm, containment, min_shared_sentences, workers)
    finally:
        if gc_was_enabled:
            gc.enable()


def _deduplicate(articles, known, threshold, num_perm, containment, min_shared_sentences, workers) -> DedupResult:
    unique: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: (a.article_id, a.source, a.text)):
        unique.setdefault(article.article_id, article)
    inputs = list(unique.values())
    n = len(inputs)
    feats = _parallel_features(inputs, num_perm, workers)

    known_by_id = {s.article_id: s for s in known}
    external = sorted((s for s in known if s.article_id not in unique), key=lambda s: s.article_id)
    nodes = [_Node(a.article_id, int(w), a.published, True) for a, w in zip(inputs, feats.word_count)]
    nodes += [_Node(s.article_id, s.word_count, s.published, False) for s in external]
    total = len(nodes)
    pinned: list[str | None] = [known_by_id[a.article_id].cluster_id if a.article_id in known_by_id else None for a in inputs]
    pinned += [s.cluster_id for s in external]
    forest = ClusterForest(total, pinned)

    # Stored clusters stay whole: their members are one component from the start.
    first_of_cluster: dict[str, int] = {}
    for node, cluster in enumerate(pinned):
        if cluster is not None:
            forest.union(first_of_cluster.setdefault(cluster, node), node)

    signatures = feats.signatures
    if external:
        signatures = np.vstack([signatures, np.zeros((len(external), num_perm), dtype=np.uint64)])
    has_signature = np.zeros(total, dtype=bool)
    has_signature[:n] = feats.word_count > 0
    for k, sig in enumerate(external):
        if len(sig.minhash) == num_perm:
            signatures[n + k] = np.array(sig.minhash, dtype=np.uint64)
            has_signature[n + k] = sig.word_count > 0
    sentence_sets: list[tuple[int, ...]] = list(feats.sentence_hashes) + [s.sentence_hashes for s in external]

    # 1. Exact copies: same normalized word sequence.
    exact_rep = list(range(total))
    seen: dict[tuple[int, int], int] = {}
    for i in range(n):
        if feats.word_count[i] == 0:
            continue
        key = (int(feats.exact_hash[i]), int(feats.word_count[i]))
        rep = seen.setdefault(key, i)
        if rep != i and forest.union(rep, i):
            exact_rep[i] = rep
    # Stored articles from runs with another num_perm have no comparable signature but still
    # take part through their sentences.
    reps = np.array([i for i in range(total) if exact_rep[i] == i and (has_signature[i] or i >= n)], dtype=np.int64)
    lsh_reps = reps[has_signature[reps]]

    # 2. Candidates: LSH for similar documents, shared sentences for contained ones.
    bands, rows = choose_bands(num_perm, threshold)
    la, lb = lsh_pairs(signatures[lsh_reps], lsh_reps, bands, rows)
    postings_node = np.repeat(reps, [len(sentence_sets[r]) for r in reps])
    postings_hash = np.fromiter(
        (h for r in reps for h in sentence_sets[r]), dtype=np.uint64, count=len(postings_node)
    )
    sa, sb, shared, shared_long = sentence_pairs(postings_hash, postings_node, total, MAX_SENTENCE_DF)
    reuse = (shared >= min_shared_sentences) | (shared_long >= 1)
    # Verification can only confirm containment >= 0.8, which needs most of the shorter
    # text's sentences: pairs that share a few sentences (an outlet's "Most read" lines on
    # many of its pages, a wire's stock background) are left to the overlap table instead
    # of being verified one by one.
    n_sentences = np.fromiter((len(s) for s in sentence_sets), dtype=np.int64, count=total)
    verify = reuse & (shared >= MIN_CONTAINED_SENTENCE_SHARE * np.minimum(n_sentences[sa], n_sentences[sb]))
    ka, kb, k_share = _sampled_shingle_pairs(feats, reps[reps < n], total)
    k_contained = k_share >= MIN_CONTAINED_SENTENCE_SHARE
    ca, cb = unique_pairs(np.r_[la, sa[verify], ka[k_contained]], np.r_[lb, sb[verify], kb[k_contained]], total)
    involves_input = (ca < n) | (cb < n)
    ca, cb = ca[involves_input], cb[involves_input]
    estimate = signature_jaccard(signatures[ca], signatures[cb]) if len(ca) else np.zeros(0)
    with_known = sb >= n  # sb > sa, so a stored article is always on the b side
    sentence_shared = dict(zip((sa[with_known] * total + sb[with_known]).tolist(), shared[with_known].tolist()))

    # 3. Verify in order of estimated similarity; skip pairs already joined.
    id_rank = np.empty(total, dtype=np.int64)
    id_rank[sorted(range(total), key=lambda i: nodes[i].article_id)] = np.arange(total)
    order = np.lexsort((id_rank[cb], id_rank[ca], -estimate)).tolist() if len(ca) else []
    contained_edges: list[tuple[int, int, float, int, float]] = []  # small, large, containment, size, coverage
    for p in order:
        i, j = int(ca[p]), int(cb[p])
        if forest.find(i) == forest.find(j):
            continue
        if min(nodes[i].word_count, nodes[j].word_count) < MIN_COPY_WORDS:
            continue
        if i < n and j < n:
            inter, small_size, large_size = _intersection(feats.shingles, feats.shingle_offsets, i, j)
            jaccard = inter / max(small_size + large_size - inter, 1)
            contain = inter / max(small_size, 1)
            small, large = (i, j) if (feats.shingle_offsets[i + 1] - feats.shingle_offsets[i]) <= (
                feats.shingle_offsets[j + 1] - feats.shingle_offsets[j]) else (j, i)
            coverage = inter / max(large_size, 1)
        else:
            # A stored article has no shingles left: trust the signature for similarity
            # and shared sentences for containment.
            jaccard = float(estimate[p])
            small, large = (i, j) if len(sentence_sets[i]) <= len(sentence_sets[j]) else (j, i)
            n_small = len(sentence_sets[small])
            common = sentence_shared.get(min(i, j) * total + max(i, j), 0)
            contain = common / n_small if n_small >= 3 else 0.0
            small_size = n_small
            coverage = common / max(len(sentence_sets[large]), 1)
        if jaccard >= threshold:
            forest.union(i, j)
        elif contain >= containment:
            contained_edges.append((small, large, contain, small_size, coverage))

    # 4. A page that contains copies of several stories joins only the largest of them, so
    # a roundup page never chains two different stories into one cluster. Other short copies
    # contained in the same page still join when they share text with that largest one:
    # several outlets cut one story differently (a lead-only copy, a truncation, an update),
    # and all of them are contained in the full story.
    targets: dict[int, list[tuple[tuple, int, int, float, int, float]]] = {}
    for small, large, contain, size, coverage in contained_edges:
        rs, rl = forest.find(small), forest.find(large)
        if rs == rl:
            continue
        rank = (-size * contain, nodes[small].article_id)
        targets.setdefault(rl, []).append((rank, small, large, contain, size, coverage))
    low_coverage: set[int] = set()
    for rl in sorted(targets, key=lambda r: nodes[r].article_id):
        ranked = sorted(targets[rl])
        _, small, large, contain, size, coverage = ranked[0]
        if forest.union(small, large) and coverage < CONTAINER_STORY_SHARE:
            low_coverage.add(large)
        joined = [small]
        for _, other, other_large, *_ in ranked[1:]:
            if forest.find(other) == forest.find(other_large):
                continue
            if any(_same_story(other, s, feats, sentence_sets, n) for s in joined):
                forest.union(other, other_large)
                joined.append(other)

    k_derived = k_share >= SAMPLED_DERIVED_SHARE
    passage_pairs = unique_pairs(np.r_[sa[reuse], ka[k_derived]], np.r_[sb[reuse], kb[k_derived]], total)
    return _result(inputs, nodes, forest, feats, signatures, sentence_sets, external, exact_rep,
                   low_coverage, sa, sb, shared, shared_long, min_shared_sentences, threshold, n, passage_pairs)


def _sampled_shingle_pairs(feats: Features, nodes: np.ndarray, total: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Input pairs sharing SAMPLED_SHARED or more of the shingles picked by value (the same
    ones in every copy), through the inverted index used for sentences; with the share of the
    shorter one's picked shingles they share (an estimate of its containment)."""
    shingles, offsets = feats.shingles, feats.shingle_offsets
    # picked by the top bits of a multiplicative hash, in blocks: the shingle store is the
    # largest array of a run, and no temporary of its size is made
    picked_at = []
    for begin in range(0, len(shingles), _SAMPLE_BLOCK):
        block = shingles[begin : begin + _SAMPLE_BLOCK] * np.uint32(0x9E3779B1)
        picked_at.append(np.flatnonzero(block < np.uint32(2**32 // SHINGLE_SAMPLE)) + begin)
    at = np.concatenate(picked_at) if picked_at else np.zeros(0, np.int64)
    owner = np.searchsorted(offsets, at, side="right") - 1
    wanted = np.zeros(len(offsets) - 1, dtype=bool)
    wanted[nodes] = True
    keep = wanted[owner]
    # the low bit marks "long" sentences in that index; shingles have no such mark
    hashes = shingles[at[keep]].astype(np.uint64) << U64(1)
    a, b, shared, _ = sentence_pairs(hashes, owner[keep], total, MAX_SHINGLE_DF)
    keep = shared >= SAMPLED_SHARED
    a, b, shared = a[keep], b[keep], shared[keep]
    picked = np.bincount(owner, minlength=total)
    return a, b, shared / np.maximum(np.minimum(picked[a], picked[b]), 1)


_SAMPLE_BLOCK = 1 << 22


def _stories(nodes, forest, cluster_id, fullest, feats, sentence_sets, external, pairs, n) -> tuple[list[str], list[tuple[int, int]]]:
    """The wire story of every node: its cluster, joined with the clusters of rewrites and
    write-throughs of the same story (``_derived``); and the derived pairs that joined them.
    A stored story keeps its id, and two stored stories are never joined."""
    total = len(nodes)
    pinned: list[str | None] = [None] * n + [s.story_id or s.cluster_id for s in external]
    story_forest = ClusterForest(total, pinned)
    first_of_cluster: dict[int, int] = {}
    for i in range(total):
        story_forest.union(first_of_cluster.setdefault(forest.find(i), i), i)
    roots = np.fromiter((forest.find(i) for i in range(total)), dtype=np.int64, count=total)
    # the members of a cluster are copies of one text: its fullest copy speaks for it
    a, b = pairs
    apart = roots[a] != roots[b]
    seen: set[tuple[int, int]] = set()
    retellings: list[tuple[float, int, int]] = []
    unrelated: dict[int, set[int]] = defaultdict(set)
    for i, j in zip(a[apart].tolist(), b[apart].tolist()):
        key = (int(roots[i]), int(roots[j]))
        if key in seen:
            continue
        seen.add(key)
        ri, rj = fullest[key[0]], fullest[key[1]]
        share = _derived(ri, rj, nodes, feats, sentence_sets, n)
        if share is not None:
            retellings.append((-share, ri, rj))
        else:
            unrelated[ri].add(rj)
            unrelated[rj].add(ri)
    # the closest retellings first: a rewrite joins the story it retells before anything else,
    # and what it shares with a third text only through that story (the story's background,
    # which a sibling story reuses) then joins nothing
    derived = []
    for _, ri, rj in sorted(retellings):
        if story_forest.find(ri) == story_forest.find(rj):
            continue
        if _only_through(ri, rj, unrelated, story_forest, sentence_sets) or _only_through(rj, ri, unrelated, story_forest, sentence_sets):
            continue
        if story_forest.union(ri, rj):
            derived.append((ri, rj))
    first_cluster: dict[int, str] = {}
    for i in range(total):
        root = story_forest.find(i)
        first_cluster[root] = min(first_cluster.get(root, cluster_id[i]), cluster_id[i])
    story = [story_forest.pinned[story_forest.find(i)] or first_cluster[story_forest.find(i)] for i in range(total)]
    return story, derived


def _only_through(x: int, y: int, unrelated: dict[int, set[int]], stories: ClusterForest, sentence_sets) -> bool:
    """Whether every sentence ``x`` shares with ``y`` is also in a text of ``x``'s story that
    was judged no retelling of ``y``: then x and y share only that text's passages."""
    common = set(sentence_sets[x]) & set(sentence_sets[y])
    if not common:
        return False
    story = stories.find(x)
    return any(stories.find(z) == story and common <= set(sentence_sets[z]) for z in unrelated.get(y, ()))


def _derived(a: int, b: int, nodes, feats: Features, sentence_sets, n: int) -> float | None:
    """The share of the shorter text two articles have in common when one retells the other's
    wire story (see DERIVED_SHARE), else None."""
    pa, pb = nodes[a].published, nodes[b].published
    if pa is not None and pb is not None and abs((pa - pb).days) > DERIVED_MAX_DAYS:
        return None
    shared, shorter = _shared_of_shorter(a, b, feats, sentence_sets, n)
    least = DERIVED_MIN_SHINGLES if a < n and b < n else DERIVED_MIN_SENTENCES
    if shared < least or shared < RETOLD_SHARE * shorter:
        return None
    sa, sb = sentence_sets[a], sentence_sets[b]
    sentences = len(set(sa) & set(sb)) / max(min(len(sa), len(sb)), 1)
    # by shingles alone: a write-through that updated a number in every sentence keeps none of
    # them whole
    by_shingles = a < n and b < n and shared >= DERIVED_SHARE * shorter
    return shared / shorter if sentences >= DERIVED_SHARE or by_shingles or retells(sa, sb) else None


def retells(a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether two texts (their sentence fingerprints in order) share sentences the way a
    rewrite keeps them: one's lede among the other's sentences, or the shared sentences in
    RETOLD_RUNS or more runs that are not one passage in both (a block of background reused
    by a sibling story is a single run)."""
    in_b = {h: k for k, h in enumerate(b)}
    shared = [(k, in_b[h]) for k, h in enumerate(a) if h in in_b]
    if len(shared) < 2:
        return False
    # a wire story's lede, retold in the upper half of the other text (where a rewrite keeps the
    # news; a background sentence that one story moved to its top sits lower in the other)
    in_a = {h: k for k, h in enumerate(a)}
    if any(in_b.get(h, len(b)) < len(b) / 2 for h in a[:LEDE_SENTENCES]) or any(
        in_a.get(h, len(a)) < len(a) / 2 for h in b[:LEDE_SENTENCES]
    ):
        return True
    runs = 1 + sum(1 for (k1, m1), (k2, m2) in zip(shared, shared[1:]) if not (k2 == k1 + 1 and m2 == m1 + 1))
    if runs < RETOLD_RUNS:
        return False
    # a rewrite draws on the whole story; sentences a third story kept from one background
    # block lie inside that block, however scattered in the third story
    in_a, in_b = [k for k, _ in shared], sorted(m for _, m in shared)
    return (in_a[-1] - in_a[0] + 1) >= RETOLD_SPAN * len(a) and (in_b[-1] - in_b[0] + 1) >= RETOLD_SPAN * len(b)


def _same_story(a: int, b: int, feats: Features, sentence_sets, n: int) -> bool:
    """Two copies contained in one page tell the same story when they share a good part of
    the shorter one's text; copies of two stories on one roundup page share next to none."""
    shared, shorter = _shared_of_shorter(a, b, feats, sentence_sets, n)
    return shared >= SAME_STORY_SHARE * shorter


def _shared_of_shorter(a: int, b: int, feats: Features, sentence_sets, n: int) -> tuple[int, int]:
    """How much two articles have in common, and the size of the shorter one (at least 1):
    in 5-word shingles when both are inputs, in sentences when one is stored (its shingles
    are not kept)."""
    if a < n and b < n:
        inter, small, _ = _intersection(feats.shingles, feats.shingle_offsets, a, b)
        return inter, max(small, 1)
    sa, sb = set(sentence_sets[a]), set(sentence_sets[b])
    return len(sa & sb), max(min(len(sa), len(sb)), 1)


_FULLEST_AMONG = 12  # members compared when choosing a big cluster's fullest copy


def _fullest(group: list[int], nodes, sentence_sets) -> int:
    """The copy that speaks for a cluster when stories are compared: the one holding most of
    what its copies share. A cut that keeps little but the background is no rewrite of another
    story, and a page that holds the story beside other text brings sentences no copy shares."""
    if len(group) == 1:
        return group[0]
    candidates = sorted(group, key=lambda i: (-len(sentence_sets[i]), nodes[i].article_id))[:_FULLEST_AMONG]
    sets = {i: set(sentence_sets[i]) for i in candidates}

    def key(i: int):
        common = sum(len(sets[i] & sets[j]) for j in candidates if j != i)
        return (-common, -len(sets[i]), nodes[i].published or date.max, nodes[i].article_id)

    return min(candidates, key=key)


def _canonical_key(node: _Node, index: int, low_coverage: set[int]):
    return (index in low_coverage, -node.word_count, node.published or date.max, node.article_id)


def _result(inputs, nodes, forest, feats, signatures, sentence_sets, external, exact_rep,
            low_coverage, sa, sb, shared, shared_long, min_shared, threshold, n, passage_pairs) -> DedupResult:
    total = len(nodes)
    members: dict[int, list[int]] = {}
    for i in range(total):
        members.setdefault(forest.find(i), []).append(i)
    canonical_of: dict[int, int] = {}
    cluster_of: dict[int, str] = {}
    for root, group in members.items():
        canon = min(group, key=lambda i: _canonical_key(nodes[i], i, low_coverage))
        canonical_of[root] = canon
        cluster_of[root] = forest.pinned[root] or nodes[canon].article_id
    cluster_ids = [cluster_of[forest.find(i)] for i in range(total)]
    fullest = {root: _fullest(group, nodes, sentence_sets) for root, group in members.items()}
    stories, derived = _stories(nodes, forest, cluster_ids, fullest, feats, sentence_sets, external, passage_pairs, n)

    assignments: list[DedupAssignment] = []
    out_signatures: list[DedupSignature] = []
    for i, article in enumerate(inputs):
        root = forest.find(i)
        canon = canonical_of[root]
        if canon == i:
            method, similarity = "canonical", 1.0
        elif exact_rep[i] == exact_rep[canon] or (
            feats.word_count[i] > 0 and canon < n and feats.exact_hash[i] == feats.exact_hash[canon]
            and feats.word_count[i] == feats.word_count[canon]):
            method, similarity = "exact", 1.0
        else:
            method, similarity = _relation(i, canon, feats, signatures, sentence_sets, threshold, n)
        assignments.append(DedupAssignment(
            article.article_id, cluster_of[root], nodes[canon].article_id, round(similarity, 4), method, stories[i]))
    # The shingle store is the largest array; free it before building signature tuples.
    feats.shingles = np.zeros(0, dtype=np.uint32)
    minhash_rows = signatures[:n].tolist()
    for i, article in enumerate(inputs):
        root = forest.find(i)
        cluster_id = cluster_of[root]
        canon_id = nodes[canonical_of[root]].article_id
        out_signatures.append(DedupSignature(
            article_id=article.article_id, cluster_id=cluster_id, canonical_id=canon_id,
            minhash=tuple(minhash_rows[i]), sentence_hashes=sentence_sets[i],
            word_count=int(feats.word_count[i]), published=article.published, story_id=stories[i]))
    for k, sig in enumerate(external):
        root = forest.find(n + k)
        canon_id = nodes[canonical_of[root]].article_id
        story = stories[n + k]
        if canon_id != sig.canonical_id or cluster_of[root] != sig.cluster_id or story != (sig.story_id or sig.cluster_id):
            out_signatures.append(DedupSignature(sig.article_id, cluster_of[root], canon_id, sig.minhash,
                                                 sig.sentence_hashes, sig.word_count, sig.published, story))

    overlaps = _overlaps(nodes, forest, sentence_sets, sa, sb, shared, shared_long, min_shared, stories, derived)
    return DedupResult(tuple(assignments), overlaps, tuple(out_signatures))


def _relation(i, canon, feats, signatures, sentence_sets, threshold, n) -> tuple[str, float]:
    if canon < n:
        inter, small, large = _intersection(feats.shingles, feats.shingle_offsets, i, canon)
        jaccard = inter / max(small + large - inter, 1)
        contain = inter / max(small, 1)
    else:
        jaccard = float(signature_jaccard(signatures[i], signatures[canon]))
        a, b = set(sentence_sets[i]), set(sentence_sets[canon])
        contain = len(a & b) / max(min(len(a), len(b)), 1)
    if jaccard >= threshold:
        return "near", jaccard
    return "contained", contain


def _overlaps(nodes, forest, sentence_sets, sa, sb, shared, shared_long, min_shared, stories, derived) -> tuple[ArticleOverlap, ...]:
    """One row per pair of clusters that reuse passages: the article pair sharing most; and
    each pair found derived, whatever sentences it shares (edits break sentences, not runs)."""
    best: dict[tuple[int, int], tuple] = {}
    found_by_runs = [(a, b, len(set(sentence_sets[a]) & set(sentence_sets[b])), 1) for a, b in derived]
    for a, b, s, sl in [*zip(sa.tolist(), sb.tolist(), shared.tolist(), shared_long.tolist()), *found_by_runs]:
        if s < min_shared and sl < 1:
            continue
        if not (nodes[a].is_input or nodes[b].is_input):
            continue
        ra, rb = forest.find(a), forest.find(b)
        if ra == rb:
            continue
        ida, idb = sorted((nodes[a].article_id, nodes[b].article_id))
        if ida != nodes[a].article_id:
            a, b = b, a
        key = (min(ra, rb), max(ra, rb))
        rank = (-s, ida, idb)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, a, b, s)
    rows = []
    for rank, a, b, s in best.values():
        rows.append(ArticleOverlap(
            article_a=nodes[a].article_id, article_b=nodes[b].article_id, shared_sentences=s,
            containment_a=round(s / max(len(sentence_sets[a]), 1), 4),
            containment_b=round(s / max(len(sentence_sets[b]), 1), 4),
            relation="derived" if stories[a] == stories[b] else "shared_passages"))
    return tuple(sorted(rows, key=lambda r: (r.article_a, r.article_b)))
