"""Assembling what a run loads, and which earlier inputs still count (pure, no Prefect)."""
from __future__ import annotations

import dataclasses

from models.records import ArticleOverlap, DedupAssignment, PriorState
from tasks.batching import earlier_inputs, load_batch_of, stored_overlap_ids
from tasks.dedup import DedupResult
from tasks.events import MergeResult
from warehouse_batches import A1, A2, A4, SIGN_A, UNDATED_A, batch_one, canonical, copy_of, mention

TALKS_B = "Negotiators from Ruritania held talks on fishing quotas in March 2024."


def _dedup(*assignments: DedupAssignment, overlaps=()) -> DedupResult:
    return DedupResult(assignments=tuple(assignments), signatures=(), overlaps=tuple(overlaps))


def test_earlier_inputs_drop_tonights_articles_copies_and_derived_mentions():
    own = mention("m-a1", A1, SIGN_A)
    derived = dataclasses.replace(mention("m-a4", A4, TALKS_B), origin="linked")
    of_copy = mention("m-a2", A2, SIGN_A)
    prior = PriorState(mentions=(own, derived, of_copy), undated=(UNDATED_A,))
    # A2 is now a copy of A1; A4 is read again tonight
    dedup = _dedup(canonical(A1), copy_of(A2, canonical(A1), "exact", 1.0))
    kept = earlier_inputs(prior, [A4.article_id], dedup)
    assert [m.mention_id for m in kept.mentions] == ["m-a1"]
    assert kept.undated == (UNDATED_A,)
    assert earlier_inputs(prior, [A1.article_id], dedup).undated == ()


def test_the_batch_holds_tonights_mentions_and_every_re_merged_one():
    one = batch_one()
    tonight = [a for a in one.articles if a.article_id != A4.article_id]
    old_own = mention("m-old", A4, TALKS_B)
    old_linked = dataclasses.replace(old_own, mention_id="m-old-linked", origin="linked")
    merged = MergeResult(one.events, (*one.mentions, old_own, old_linked), one.entities)
    not_tonight = dataclasses.replace(UNDATED_A, article_id=A4.article_id)
    batch = load_batch_of(one.run, tonight, _dedup(*one.assignments), (), merged, (UNDATED_A, not_tonight), ())
    ids = {m.mention_id for m in batch.mentions}
    assert "m-old-linked" in ids and "m-old" not in ids
    assert batch.undated == (UNDATED_A,)


def test_stored_overlap_ids_are_the_earlier_articles_tonight_overlaps():
    dedup = _dedup(overlaps=[ArticleOverlap(A1.article_id, "old-1", 2, 0.3, 0.3), ArticleOverlap(A1.article_id, A4.article_id, 1, 0.1, 0.1)])
    assert stored_overlap_ids(dedup, [A1, A4]) == {"old-1"}
