"""Which articles tell the same story: TF-IDF resemblance of the things and figures they name.

Copies and rewrites of one story share its rare words ("Derna", "dam", "Storm Daniel", "wadi")
and its figures ("5,100", "2.25"), which articles of other stories do not; the names a small
model happens to tag are too few on short pages to tell stories apart. The weights come from
the batch itself (smoothed inverse document frequency), so the same batch always gives the same
resemblances and nothing is read from outside it.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Container, Mapping

from spacy.tokens import Doc

_CONTENT_POS = frozenset({"NOUN", "PROPN"})
_MIN_LETTERS = 3


def story_terms(doc: Doc) -> Counter[str]:
    """The words a story is told with: lemmas of its nouns and names, and its figures
    ("8.6%" and "8.6" are one figure; a bare year is every story of that year)."""
    terms: Counter[str] = Counter()
    for token in doc:
        if token.pos_ in _CONTENT_POS and token.is_alpha and not token.is_stop and len(token.text) >= _MIN_LETTERS:
            terms[token.lemma_.casefold()] += 1
        elif token.like_num and any(ch.isdigit() for ch in token.text) and not _is_year(token.text):
            terms[token.text.rstrip("%").replace(",", "")] += 1
    return terms


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit()


class StoryResemblance:
    """Cosine resemblance between the articles of one batch, over TF-IDF story terms.

    Every term counts in an article's length, so an article is alike to another by the share
    of its story they tell, not by the few common words it happens to share with the batch."""

    def __init__(self, terms: Mapping[str, Counter[str]]):
        frequency = Counter(term for counts in terms.values() for term in counts)
        total = len(terms)
        self._vectors: dict[str, dict[str, float]] = {}
        self._postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for article_id, counts in terms.items():
            weights = {
                term: (1 + math.log(n)) * (math.log((1 + total) / (1 + frequency[term])) + 1)
                for term, n in counts.items()
            }
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            vector = {term: w / norm for term, w in weights.items()}
            self._vectors[article_id] = vector
            for term, weight in vector.items():
                if frequency[term] >= 2:  # a term of one article makes it alike to none
                    self._postings[term].append((article_id, weight))

    def term_count(self, article_id: str) -> int:
        return len(self._vectors.get(article_id, {}))

    def similarity(self, a: str, b: str) -> float:
        va, vb = self._vectors.get(a, {}), self._vectors.get(b, {})
        if len(vb) < len(va):
            va, vb = vb, va
        return sum(w * vb.get(term, 0.0) for term, w in va.items())

    def resembling(self, article_id: str, among: Container[str], floor: float) -> dict[str, float]:
        """The articles of ``among`` (a set or mapping of ids) at least ``floor`` alike to
        ``article_id``, by resemblance."""
        scores: Counter[str] = Counter()
        for term, weight in self._vectors.get(article_id, {}).items():
            for other, other_weight in self._postings[term]:
                if other in among and other != article_id:
                    scores[other] += weight * other_weight
        return {other: score for other, score in scores.items() if score >= floor}
