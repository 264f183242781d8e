"""Dating articles by corroboration when their own text gives a weak publication date.

An article without a stated date still reports acts that other, well-dated articles report
("Putin arrived in Hanoi on Thursday morning"). Linking its undated reports to those events
bounds its publication date from below: it was written after the latest act it reports as done.
That date then anchors its weekdays and "last month"s, which a guessed anchor would misdate.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from models.records import Article, EventMention, UndatedMention

from .merge import merge_mentions

# Publication dates the text states outright; everything else is a guess that evidence may beat.
STRONG_BASES = frozenset({"metadata", "dateline", "updated_line"})


def is_weakly_dated(article: Article) -> bool:
    return article.published_basis not in STRONG_BASES


def corroborated_anchors(
    weak: Sequence[Article],
    strong_mentions: Sequence[EventMention],
    weak_evidence: Sequence[UndatedMention],
) -> dict[str, date]:
    """New publication dates for weakly dated articles, from the well-dated events they report.

    ``weak_evidence`` are the weak articles' undated reports (extracted without any anchor, so
    their relative dates could not mislead). Only reported past acts count, and an article keeps
    its own inferred date when that is already later than everything it corroborates.
    """
    if not weak or not strong_mentions or not weak_evidence:
        return {}
    past = [u for u in weak_evidence if u.status == "occurred"]
    merged = merge_mentions(strong_mentions, past)
    weak_ids = {a.article_id for a in weak}
    latest: dict[str, date] = defaultdict(lambda: date.min)
    for m in merged.mentions:
        if m.article_id in weak_ids and not m.date_text:
            latest[m.article_id] = max(latest[m.article_id], m.date_end)
    anchors = {}
    for article in weak:
        found = latest.get(article.article_id)
        if found is None or found == date.min:
            continue
        if article.published is None or article.published < found:
            anchors[article.article_id] = found
    return anchors


def apply_anchors(articles: Sequence[Article], anchors: dict[str, date]) -> list[Article]:
    return [
        replace(a, published=anchors[a.article_id], published_basis="corroborated") if a.article_id in anchors else a
        for a in articles
    ]
