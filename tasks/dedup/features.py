"""Batch featurization: word hashes, shingles, MinHash signatures and sentence hashes.

Everything after the per-document byte normalization is numpy over a chunk of documents
concatenated into one byte buffer, so the cost per word is a few vectorized passes rather
than Python calls (100k articles of ~500 words must fit in seconds). Words are hashed with
a vectorized polynomial byte hash finished by splitmix64 rather than xxhash: one Python call
per word would cost more than the whole rest of the pipeline.

MinHash is one-permutation hashing with optimal densification (Shrivastava 2017): each
shingle is hashed once (64-bit), its top bits pick one of ``num_perm`` bins, the bin keeps
its minimum, and empty bins borrow from a fixed pseudo-random sequence of other bins. The
collision probability of two signatures in a bin equals their Jaccard similarity, as with
``num_perm`` independent permutations, at 1/num_perm of the hashing cost.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

U64 = np.uint64
_MASK32 = U64(0xFFFFFFFF)
MAX_CHUNK_BYTES = 1 << 21

# Multibyte punctuation (quotes, dashes, bullets, ellipsis ...) becomes a space so that
# typographic variants tokenize alike; one bytes regex pass instead of many replaces.
_MULTIBYTE_PUNCT = re.compile(
    "|".join(
        re.escape(c.encode("utf-8")).decode("latin-1")
        for c in (
            "\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
            "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\u2022\u00b7\u2026\u00a9\u00ae"
            "\u2122\u00a7\u00b6\u2020\u2021\u00bf\u00a1\u3001\u3002\uff0c\u25cf\u25aa\u25a0\u2192\u00a0"
        )
    ).encode("latin-1")
)


# Word bytes are hashed lower-cased and shifted by one so that no byte contributes zero.
_WORD_BYTE_VALUE = np.arange(256, dtype=np.uint64) + U64(1)
_WORD_BYTE_VALUE[ord("A") : ord("Z") + 1] += U64(32)
_IS_UPPER_OR_DIGIT = np.zeros(256, dtype=bool)
_IS_UPPER_OR_DIGIT[[*range(ord("A"), ord("Z") + 1), *range(ord("0"), ord("9") + 1)]] = True
_IS_UPPER_OR_DIGIT[0x80:] = True  # non-ASCII letters: assume a capital may start a sentence
_SENTENCE_END = np.zeros(256, dtype=bool)
_SENTENCE_END[[ord("."), ord("!"), ord("?")]] = True
_AFTER_END = np.zeros(256, dtype=bool)  # what may follow the end mark: space or a closer
_AFTER_END[[ord(" "), ord("\n"), ord("\t"), ord('"'), ord("'"), ord(")"), ord("]")]] = True


def _is_word_byte(raw: np.ndarray) -> np.ndarray:
    """ASCII letters and digits, and every byte of a multibyte character. Range tests on
    uint8 vectorize; a 256-entry table lookup (a gather) is several times slower."""
    letter = (raw | np.uint8(0x20)) - np.uint8(ord("a")) < np.uint8(26)
    letter |= raw - np.uint8(ord("0")) < np.uint8(10)
    letter |= raw >= np.uint8(0x80)
    return letter


def _is_sentence_end(raw: np.ndarray) -> np.ndarray:
    mark = raw == np.uint8(ord("."))
    mark |= raw == np.uint8(ord("!"))
    mark |= raw == np.uint8(ord("?"))
    return mark


def _count_before(positions: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """For each word start, how many of the sorted ``positions`` lie before it. Cheaper
    than searching every word among the positions: there are far fewer positions."""
    n = len(starts)
    first_after = np.searchsorted(starts, positions)
    counts = np.bincount(first_after, minlength=n + 1)[:n]
    return np.cumsum(counts)


_rng = np.random.Generator(np.random.PCG64(20240619))
_BYTE_POW = _rng.integers(1, 2**63, size=64, dtype=np.uint64) | U64(1)
_DOC_POW = _rng.integers(1, 2**63, size=4096, dtype=np.uint64) | U64(1)
_SHINGLE_MULT = _rng.integers(1, 2**63, size=16, dtype=np.uint64) | U64(1)
with np.errstate(over="ignore"):
    _POSITION_BYTE_TABLE = (_BYTE_POW[:, None] * _WORD_BYTE_VALUE[None, :]).ravel()

_ABBREVIATIONS = (
    "mr mrs ms dr st jr sr gen gov sen rep adm lt col capt sgt maj prof rev no vs jan feb mar apr jun jul aug "
    "sep sept oct nov dec inc co corp ltd bros mt ft ave blvd dept est approx etc"
).split()

MIN_SENTENCE_WORDS = 6  # shorter "sentences" are headings, datelines or stock phrases
MIN_CONTENT_WORDS = 4
LONG_SENTENCE_WORDS = 10  # one shared sentence this long is evidence of reuse by itself
# A sentence's fingerprint is the multiset of its content words, not their order: rewrites
# move clauses around ("Since X, much has changed" / "Much has changed since X") but keep
# the words, and function words carry no evidence of reuse.
_STOPWORDS = (
    "a an the of to in on at for and or but nor is are was were be been being has have had do does did "
    "it its that this these those with as by from s said says will would can could he she they we i you "
    "his her their our my your there which who whom whose than then so not no also"
).split()
# House style, not text: "Mr. Putin" / "Putin", "5 per cent" / "5 percent" / "5%". Outlets
# printing one wire story differ in these words, so they take no part in shingles or sentence
# fingerprints (exact copies still compare every word).
HOUSE_STYLE_WORDS = "mr mrs ms dr per cent percent pct".split()


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer: spreads structured sums over all 64 bits."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> U64(30))
        x = x * U64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> U64(27))
        x = x * U64(0x94D049BB133111EB)
        return x ^ (x >> U64(31))


def _word_hashes_of(words: list[bytes]) -> np.ndarray:
    buf = b" ".join(words)
    return _Chunk([buf]).word_hash


class _WordSet:
    """Membership of word hashes in a small fixed word list: one gather from an open table
    indexed by the hash's low bits (a sorted-array search costs ~log2(n) passes instead)."""

    def __init__(self, words: list[str]):
        members = np.unique(_word_hashes_of([w.encode() for w in words]))
        bits = max(int(len(members)).bit_length() + 6, 8)
        while True:
            mask = (1 << bits) - 1
            slots = (members & U64(mask)).astype(np.int64)
            if len(np.unique(slots)) == len(slots):
                break
            bits += 1
        # An empty slot holds a value whose low bits point elsewhere, so no hash equals it.
        self._table = np.arange(mask + 1, dtype=np.uint64) ^ U64(1)
        self._table[slots] = members
        self._mask = U64(mask)

    def contains(self, hashes: np.ndarray) -> np.ndarray:
        return self._table[(hashes & self._mask).astype(np.intp)] == hashes


_WORD_SETS: dict[str, _WordSet] = {}


def _word_set(name: str) -> _WordSet:
    if name not in _WORD_SETS:
        words = {"abbreviations": _ABBREVIATIONS, "house_style": HOUSE_STYLE_WORDS}.get(name, _STOPWORDS + HOUSE_STYLE_WORDS)
        _WORD_SETS[name] = _WordSet(words)
    return _WORD_SETS[name]


def doc_bytes(body: str) -> bytes:
    """NFKC bytes with multibyte punctuation blanked; case is kept for sentence starts."""
    data = unicodedata.normalize("NFKC", body).encode("utf-8", "replace")
    if not data.isascii():
        data = _MULTIBYTE_PUNCT.sub(b" ", data)
    return data


class _Chunk:
    """Word-level arrays for a few documents joined by newlines."""

    def __init__(self, docs: list[bytes], *, sentences: bool = False):
        buf = b"\n".join(docs)
        doc_starts = np.zeros(len(docs), dtype=np.int64)
        if len(docs) > 1:
            doc_starts[1:] = np.cumsum(np.fromiter((len(d) + 1 for d in docs[:-1]), np.int64, len(docs) - 1))
        self.raw = raw = np.frombuffer(buf, dtype=np.uint8)
        is_word = _is_word_byte(raw)
        # Word runs start and end where the byte class changes: start, end, start, end ...
        change = np.empty(len(raw) + 1, dtype=bool)
        if len(raw):
            change[0], change[-1] = is_word[0], is_word[-1]
            np.not_equal(is_word[1:], is_word[:-1], out=change[1:-1])
        else:
            change[0] = False
        edges = np.flatnonzero(change)
        self.starts = edges[0::2]
        self.ends = edges[1::2]
        lengths = self.ends - self.starts
        n = len(self.starts)
        self.n_words = n
        if n:
            cstarts = np.zeros(n, dtype=np.int64)
            np.cumsum(lengths[:-1], out=cstarts[1:])
            # Position of each byte inside its word, mod 64 (the period of _BYTE_POW): a
            # running count that drops back to zero at every word start (uint16 wraps at a
            # multiple of 64, so the count stays right mod 64).
            index = np.ones(int(cstarts[-1] + lengths[-1]), dtype=np.uint16)
            index[cstarts[1:]] = (1 - lengths[:-1]).astype(np.uint16)
            index[0] = 0
            np.cumsum(index, out=index)
            index &= np.uint16(63)
            # One gather from a (position, byte) table gives byte value * position power.
            index <<= np.uint16(8)
            index |= raw[is_word]
            contrib = _POSITION_BYTE_TABLE[index]
            with np.errstate(over="ignore"):
                self.word_hash = mix64(np.add.reduceat(contrib, cstarts) ^ lengths.astype(np.uint64))
        else:
            self.word_hash = np.zeros(0, dtype=np.uint64)
        self.doc = _count_before(doc_starts[1:], self.starts)
        # Paragraph of a word = number of newlines before it.
        self.paragraph = _count_before(np.flatnonzero(raw == np.uint8(ord("\n"))), self.starts)
        self.lengths = lengths
        self.n_docs = len(docs)
        if sentences:
            self._sentence_breaks()

    def _sentence_breaks(self) -> None:
        n = self.n_words
        brk = np.zeros(n, dtype=bool)
        if n == 0:
            self.sentence_break = brk
            return
        brk[0] = True
        brk[1:] = self.paragraph[1:] != self.paragraph[:-1]
        marks = np.flatnonzero(_is_sentence_end(self.raw))
        if len(marks):
            nxt = np.searchsorted(self.starts, marks, side="right")
            ok = nxt < n
            marks, nxt = marks[ok], nxt[ok]
            after = np.minimum(marks + 1, len(self.raw) - 1)
            gap = self.starts[nxt] - marks
            ok = _AFTER_END[self.raw[after]] & (gap >= 2) & (gap <= 6)
            ok &= _IS_UPPER_OR_DIGIT[self.raw[self.starts[nxt]]]
            prev = nxt - 1
            ok &= prev >= 0
            prev = np.maximum(prev, 0)
            ok &= self.ends[prev] == marks  # the mark closes a word, not "... ." or "3 ."
            initial = (self.lengths[prev] == 1) & _IS_UPPER_OR_DIGIT[self.raw[self.starts[prev]]]
            ok &= ~initial
            ok &= ~_word_set("abbreviations").contains(self.word_hash[prev])
            brk[nxt[ok]] = True
        self.sentence_break = brk


@dataclass(slots=True)
class Features:
    """Per-document features for a batch, aligned with the input order. Mutable so that
    deduplicate() can release the large shingle store once verification is done."""

    word_count: np.ndarray  # int64 (n,)
    exact_hash: np.ndarray  # uint64 (n,): order-sensitive hash of the whole word sequence
    signatures: np.ndarray  # uint64 (n, num_perm)
    shingle_offsets: np.ndarray  # int64 (n+1,): doc i's shingles are shingles[off[i]:off[i+1]]
    shingles: np.ndarray  # uint32, sorted and distinct within each document
    sentence_hashes: list[tuple[int, ...]]  # per document, distinct, in the order they first occur


def _segment_hash(values: np.ndarray, segment_starts: np.ndarray, powers: np.ndarray) -> np.ndarray:
    n = len(values)
    lengths = np.diff(np.append(segment_starts, n))
    pos = np.arange(n, dtype=np.int64) - np.repeat(segment_starts, lengths)
    with np.errstate(over="ignore"):
        return np.add.reduceat(values * powers[pos % len(powers)], segment_starts)


def _shingle_hashes(chunk: _Chunk, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of k-word shingles that stay inside one paragraph, with their documents.
    A paragraph shorter than k words contributes one shingle of all its words. House-style
    words are skipped, so "Mr. Putin said" and "Putin said" shingle alike."""
    text = ~_word_set("house_style").contains(chunk.word_hash)
    wh, para, word_doc = chunk.word_hash[text], chunk.paragraph[text], chunk.doc[text]
    n = len(wh)
    if n == 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    parts, docs = [], []
    if n >= k:
        m = n - k + 1
        with np.errstate(over="ignore"):
            acc = wh[:m] * _SHINGLE_MULT[0]
            for j in range(1, k):
                acc += wh[j : j + m] * _SHINGLE_MULT[j]
        valid = para[:m] == para[k - 1 :]
        parts.append(mix64(acc[valid]))
        docs.append(word_doc[:m][valid])
    para_starts = np.flatnonzero(np.r_[True, para[1:] != para[:-1]])
    para_len = np.diff(np.append(para_starts, n))
    short = para_len < k
    if short.any():
        sums = _segment_hash(wh, para_starts, _SHINGLE_MULT[:k])
        parts.append(mix64(sums[short]))
        docs.append(word_doc[para_starts[short]])
    return np.concatenate(parts), np.concatenate(docs)


def _densify(sig: np.ndarray, empty: np.ndarray, num_perm: int) -> None:
    """Optimal densification: an empty bin copies the first non-empty bin along its own
    fixed pseudo-random probe sequence (the same for every document, so copies agree)."""
    if not empty.any():
        return
    probes = _probe_table(num_perm)
    todo = empty.copy()
    for step in range(probes.shape[1]):
        rows, cols = np.nonzero(todo)
        if len(rows) == 0:
            return
        src = probes[cols, step]
        found = ~empty[rows, src]
        sig[rows[found], cols[found]] = sig[rows[found], src[found]]
        todo[rows[found], cols[found]] = False
    rows, cols = np.nonzero(todo)  # only documents with (almost) no shingles get here
    for r, c in zip(rows, cols):
        filled = np.flatnonzero(~empty[r])
        sig[r, c] = sig[r, filled[c % len(filled)]] if len(filled) else U64(0)


_PROBES: dict[int, np.ndarray] = {}


def _probe_table(num_perm: int) -> np.ndarray:
    if num_perm not in _PROBES:
        rng = np.random.Generator(np.random.PCG64(num_perm))
        _PROBES[num_perm] = rng.integers(0, num_perm, size=(num_perm, 64))
    return _PROBES[num_perm]


def featurize(bodies: list[str], *, shingle_words: int = 5, num_perm: int = 128) -> Features:
    """Features of every body in ``bodies`` (already stripped of boilerplate)."""
    n = len(bodies)
    word_count = np.zeros(n, dtype=np.int64)
    exact_hash = np.zeros(n, dtype=np.uint64)
    signatures = np.zeros((n, num_perm), dtype=np.uint64)
    shingle_parts: list[np.ndarray] = []
    shingle_counts = np.zeros(n, dtype=np.int64)
    sentence_hashes: list[tuple[int, ...]] = [()] * n
    begin = 0
    while begin < n:
        docs: list[bytes] = []
        size = 0
        end = begin
        while end < n and (not docs or size < MAX_CHUNK_BYTES):
            data = doc_bytes(bodies[end])
            docs.append(data)
            size += len(data) + 1
            end += 1
        chunk = _Chunk(docs, sentences=True)
        _fill_chunk(chunk, begin, shingle_words, num_perm, word_count, exact_hash, signatures,
                    shingle_parts, shingle_counts, sentence_hashes)
        begin = end
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(shingle_counts, out=offsets[1:])
    shingles = np.concatenate(shingle_parts) if shingle_parts else np.zeros(0, np.uint32)
    return Features(word_count, exact_hash, signatures, offsets, shingles, sentence_hashes)


def _fill_chunk(chunk: _Chunk, begin: int, k: int, num_perm: int, word_count, exact_hash,
                signatures, shingle_parts, shingle_counts, sentence_hashes) -> None:
    m = chunk.n_docs
    counts = np.bincount(chunk.doc, minlength=m) if chunk.n_words else np.zeros(m, np.int64)
    word_count[begin : begin + m] = counts
    if chunk.n_words == 0:
        signatures[begin : begin + m] = 0
        return
    doc_starts = np.flatnonzero(np.r_[True, chunk.doc[1:] != chunk.doc[:-1]])
    whole = mix64(_segment_hash(chunk.word_hash, doc_starts, _DOC_POW))
    exact_hash[begin + chunk.doc[doc_starts]] = whole

    sh, sh_doc = _shingle_hashes(chunk, k)
    # One-permutation MinHash: the high 32 bits choose the bin (multiply-shift keeps it
    # uniform for any num_perm), the bin keeps its smallest hash.
    bins = (((sh >> U64(32)) * U64(num_perm)) >> U64(32)).astype(np.int64)
    sig = np.full(m * num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(sig, sh_doc * num_perm + bins, sh)
    sig = sig.reshape(m, num_perm)
    empty = sig == np.iinfo(np.uint64).max
    _densify(sig, empty, num_perm)
    signatures[begin : begin + m] = sig

    # Distinct 32-bit shingle fingerprints per document, for exact verification.
    keys = np.sort((sh_doc.astype(np.uint64) << U64(32)) | (sh & _MASK32))
    keys = keys[np.r_[True, keys[1:] != keys[:-1]]]
    key_doc = (keys >> U64(32)).astype(np.int64)
    shingle_parts.append((keys & _MASK32).astype(np.uint32))
    shingle_counts[begin : begin + m] = np.bincount(key_doc, minlength=m)

    sent_starts = np.flatnonzero(chunk.sentence_break)
    sent_len = np.diff(np.append(sent_starts, chunk.n_words))
    content = ~_word_set("stopwords").contains(chunk.word_hash)
    with np.errstate(over="ignore"):
        bag = np.add.reduceat(chunk.word_hash * content.astype(np.uint64), sent_starts)
    n_content = np.add.reduceat(content.astype(np.int64), sent_starts)
    sent_hash = mix64(bag) & ~U64(1)
    sent_hash |= (sent_len >= LONG_SENTENCE_WORDS).astype(np.uint64)
    keep = (sent_len >= MIN_SENTENCE_WORDS) & (n_content >= MIN_CONTENT_WORDS)
    keep &= _ends_with_mark(chunk, sent_starts)
    # in document order (chunks hold their documents' words in order): where a shared sentence
    # stands tells a retold lede from reused background
    sent_doc = chunk.doc[sent_starts[keep]]
    skeys = sent_hash[keep]
    bounds = np.searchsorted(sent_doc, np.arange(m + 1))
    values = skeys.tolist()
    for d in range(m):
        lo, hi = bounds[d], bounds[d + 1]
        if hi > lo:
            sentence_hashes[begin + d] = tuple(dict.fromkeys(values[lo:hi]))


def _ends_with_mark(chunk: _Chunk, sent_starts: np.ndarray) -> np.ndarray:
    """Sentences closed by . ! or ? (possibly behind a quote or bracket). A line that ends
    without one is a headline, a link or a list item: "Most read" blocks repeat those lines
    across an outlet's pages, and they are not passages one story reuses from another."""
    last = np.append(sent_starts[1:], chunk.n_words) - 1
    end = chunk.ends[last]
    limit = np.append(chunk.starts[last[:-1] + 1], len(chunk.raw)) if len(last) else end
    found = np.zeros(len(last), dtype=bool)
    for step in range(3):  # the mark may follow a closing quote or bracket
        pos = end + step
        inside = pos < limit
        found |= inside & _SENTENCE_END[chunk.raw[np.minimum(pos, len(chunk.raw) - 1)]]
    return found


def concat_features(parts: list[Features]) -> Features:
    """Features of consecutive batches joined in order."""
    offsets = [np.zeros(1, dtype=np.int64)]
    base = 0
    for part in parts:
        offsets.append(part.shingle_offsets[1:] + base)
        base += part.shingle_offsets[-1]
    return Features(
        word_count=np.concatenate([p.word_count for p in parts]),
        exact_hash=np.concatenate([p.exact_hash for p in parts]),
        signatures=np.concatenate([p.signatures for p in parts]),
        shingle_offsets=np.concatenate(offsets),
        shingles=np.concatenate([p.shingles for p in parts]),
        sentence_hashes=[h for p in parts for h in p.sentence_hashes],
    )


def signature_jaccard(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of row pairs of two signature matrices."""
    return (a == b).mean(axis=-1)
