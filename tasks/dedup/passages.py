"""Which passages of one article come from another: the shared runs of sentences, with their
character offsets in both texts, for the pairs deduplication found sharing passages
(``ArticleOverlap``: rewrites, write-throughs, reused background).

A passage is a run of sentences that follow each other in both texts; sentences compare by
their words, case- and punctuation-folded and without house-style words ("Mr.", "per cent"),
so a copy edited to another house style still lines up. Pure: texts in, records out.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence

from models.records import ArticleOverlap, SharedPassage
from tasks.dedup.features import HOUSE_STYLE_WORDS
from tasks.dedup.sentences import sentence_spans

# a sentence shorter than this ("He declined.", "Read more.") lines up by chance
MIN_PASSAGE_SENTENCE_WORDS = 6
_WORD = re.compile(r"\w+")
_HOUSE_STYLE = frozenset(HOUSE_STYLE_WORDS)


def _key(sentence: str) -> tuple[str, ...]:
    words = _WORD.findall(unicodedata.normalize("NFKC", sentence).casefold())
    return tuple(w for w in words if w not in _HOUSE_STYLE)


def _sentences(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    return [(key, start, end) for start, end in sentence_spans(text)
            if len(key := _key(text[start:end])) >= MIN_PASSAGE_SENTENCE_WORDS]


def passages_between(article_a: str, text_a: str, article_b: str, text_b: str) -> tuple[SharedPassage, ...]:
    """The runs of sentences ``text_a`` shares with ``text_b``, in ``text_a``'s order."""
    b_sentences = _sentences(text_b)
    where_in_b: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k, (key, _, _) in enumerate(b_sentences):
        where_in_b[key].append(k)
    runs: list[list[tuple[int, int, int, int]]] = []  # per run: (a_start, a_end, b index, b_end)
    for key, a_start, a_end in _sentences(text_a):
        positions = where_in_b.get(key)
        if not positions:
            continue
        last = runs[-1][-1] if runs else None
        follow = last is not None and last[2] + 1 in positions and _adjacent(text_a, last[1], a_start)
        k = last[2] + 1 if follow else positions[0]
        step = (a_start, a_end, k, b_sentences[k][2])
        if follow:
            runs[-1].append(step)
        else:
            runs.append([step])
    return tuple(
        SharedPassage(
            article_a=article_a, article_b=article_b, passage_no=n,
            a_start=run[0][0], a_end=run[-1][1], b_start=b_sentences[run[0][2]][1], b_end=run[-1][3],
            sentences=len(run),
        )
        for n, run in enumerate(runs, start=1)
    )


def _adjacent(text: str, end: int, start: int) -> bool:
    """Nothing but space between two sentences: a dropped sentence ends a passage."""
    return not text[end:start].strip()


def shared_passages(overlaps: Sequence[ArticleOverlap], texts: Mapping[str, str]) -> tuple[SharedPassage, ...]:
    """Passages of every overlapping pair whose two texts are known, in pair order."""
    found: list[SharedPassage] = []
    for o in sorted(overlaps, key=lambda o: (o.article_a, o.article_b)):
        if o.article_a in texts and o.article_b in texts:
            found.extend(passages_between(o.article_a, texts[o.article_a], o.article_b, texts[o.article_b]))
    return tuple(found)
