"""What one run hands the warehouse, assembled from the stages' results (pure)."""
from __future__ import annotations

from collections.abc import Collection, Sequence

from models.records import (
    Article,
    EventMention,
    LoadBatch,
    PriorState,
    Quarantined,
    RunSummary,
    SharedPassage,
    UndatedMention,
)
from tasks.dedup import DedupResult
from tasks.events import MergeResult


def earlier_inputs(prior: PriorState, batch_article_ids: Collection[str], dedup: DedupResult) -> PriorState:
    """The merge inputs of earlier nights that still count: tonight's articles are extracted
    again, and an old article that is now a copy of another reports through its canonical copy."""
    copies = {a.article_id for a in dedup.assignments if a.canonical_id != a.article_id}
    excluded = set(batch_article_ids) | copies
    return PriorState(
        signatures=prior.signatures,
        mentions=tuple(m for m in prior.mentions if m.article_id not in excluded and m.origin == "extracted"),
        undated=tuple(u for u in prior.undated if u.article_id not in excluded),
    )


def load_batch_of(
    summary: RunSummary,
    articles: Sequence[Article],
    dedup: DedupResult,
    passages: Sequence[SharedPassage],
    merged: MergeResult,
    undated: Sequence[UndatedMention],
    quarantined: Sequence[Quarantined],
) -> LoadBatch:
    """The batch to load: this run's articles and their dedup records, this run's extracted
    mentions and every mention the merge dated or derived (it re-derives them all, for earlier
    articles too), this run's undated reports, and the complete re-merged events."""
    batch_ids = {a.article_id for a in articles}
    mentions: tuple[EventMention, ...] = tuple(
        m for m in merged.mentions if m.article_id in batch_ids or m.origin != "extracted"
    )
    return LoadBatch(
        run=summary,
        articles=tuple(articles),
        assignments=dedup.assignments,
        signatures=dedup.signatures,
        overlaps=dedup.overlaps,
        passages=tuple(passages),
        mentions=mentions,
        events=merged.events,
        entities=merged.entities,
        quarantined=tuple(quarantined),
        undated=tuple(u for u in undated if u.article_id in batch_ids),
    )


def stored_overlap_ids(dedup: DedupResult, articles: Sequence[Article]) -> set[str]:
    """Earlier nights' articles that tonight's articles share passages with."""
    tonight = {a.article_id for a in articles}
    return {i for o in dedup.overlaps for i in (o.article_a, o.article_b)} - tonight
