"""num_sources counts wire stories: copies of a story and a rewrite of it are one source."""
from __future__ import annotations

import dataclasses

import duckdb

from models.records import ArticleOverlap
from warehouse.loader import load_batch
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
