"""num_sources counts wire stories: copies of a story and a rewrite of it are one source; the
passages overlapping articles share are kept per pair."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest

from models.records import ArticleOverlap, SharedPassage
from warehouse.loader import ContractViolation, load_batch
from warehouse_batches import A1, A4, batch_one


def query(path, sql):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def _sources(path) -> list[tuple]:
    return query(path, "SELECT num_articles, num_sources FROM timeline WHERE event_id = 'ev_sign'")


def test_copies_count_once_and_another_story_counts_apart(warehouse_path):
    # ev_sign: reported by A1, repeated by its exact and near copies, and by A4's own story
    load_batch(warehouse_path, batch_one())
    assert _sources(warehouse_path) == [(4, 2)]
    assert query(warehouse_path, "SELECT count(DISTINCT story_id), count(*) FROM articles") == [(2, 4)]


def test_a_rewrite_of_the_wire_story_is_no_new_source(warehouse_path):
    one = batch_one()
    wire_story = next(a.cluster_id for a in one.assignments if a.article_id == A1.article_id)
    assignments = tuple(
        dataclasses.replace(a, story_id=wire_story) if a.article_id == A4.article_id else a for a in one.assignments
    )
    overlaps = (ArticleOverlap(A1.article_id, A4.article_id, 1, 0.5, 0.5, relation="derived"),)
    load_batch(warehouse_path, dataclasses.replace(one, assignments=assignments, overlaps=overlaps))
    assert _sources(warehouse_path) == [(4, 1)]
    assert query(warehouse_path, "SELECT relation FROM article_overlaps") == [("derived",)]
    # the rewrite keeps its own cluster: it is parsed, not a copy
    assert query(warehouse_path, "SELECT count(DISTINCT cluster_id), count(DISTINCT story_id) FROM articles") == [(2, 1)]


def test_passages_of_an_overlap_are_read_with_their_text_and_replaced_with_the_pair(warehouse_path):
    one = batch_one()
    sentence = A1.text.split("\n\n")[0]
    start_a, start_b = A1.text.index(sentence), A4.text.index(A4.text.split("\n\n")[0])
    overlap = ArticleOverlap(A4.article_id, A1.article_id, 1, 0.2, 0.2)
    passage = SharedPassage(A4.article_id, A1.article_id, 1, start_b, start_b + 20, start_a, start_a + 20, 1)
    load_batch(warehouse_path, dataclasses.replace(one, overlaps=(overlap,), passages=(passage,)))
    assert query(warehouse_path, "SELECT source_a, passage_no, passage_text, relation FROM overlap_passages") == [
        (A4.source, 1, A4.text[start_b:start_b + 20], "shared_passages")]
    # a later run that finds the pair no longer overlapping leaves neither row behind
    load_batch(warehouse_path, dataclasses.replace(one, overlaps=(), passages=()))
    assert query(warehouse_path, "SELECT count(*) FROM overlap_passages") == [(0,)]
    assert query(warehouse_path, "SELECT count(*) FROM article_overlaps") == [(0,)]


def test_a_passage_outside_its_text_breaks_the_contract(warehouse_path):
    one = batch_one()
    overlap = ArticleOverlap(A4.article_id, A1.article_id, 1, 0.2, 0.2)
    passage = SharedPassage(A4.article_id, A1.article_id, 1, 0, len(A4.text) + 5, 0, 10, 1)
    with pytest.raises(ContractViolation, match="passage_offsets"):
        load_batch(warehouse_path, dataclasses.replace(one, overlaps=(overlap,), passages=(passage,)))
