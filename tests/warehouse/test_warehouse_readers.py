"""Typed reads through SQLAlchemy, read-only."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import duckdb
import pytest

from warehouse.loader import load_batch
from warehouse.readers import read_articles, read_mentions, read_signatures, read_timeline, read_undated
from warehouse_batches import A1, A2, A4, HOSTILE_SOURCE, UNDATED_A, batch_one, batch_two


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("readers") / "w.duckdb"
    load_batch(path, batch_one())
    load_batch(path, batch_two())
    return path


@pytest.mark.parametrize("reader", [read_signatures, read_mentions, read_undated, read_articles])
def test_readers_return_nothing_before_the_first_load(tmp_path, reader):
    assert reader(tmp_path / "missing.duckdb") == []
    assert not (tmp_path / "missing.duckdb").exists()


def test_read_timeline_needs_a_warehouse(tmp_path):
    with pytest.raises(FileNotFoundError, match="timeline run"):
        read_timeline(tmp_path / "missing.duckdb")


def test_signatures_round_trip_including_the_full_uint64_range(loaded):
    signatures = {s.article_id: s for s in read_signatures(loaded)}
    expected = {s.article_id: s for b in (batch_one(), batch_two()) for s in b.signatures}
    assert signatures == expected
    assert max(signatures[A1.article_id].minhash) == 2**64 - 1


def test_mentions_round_trip_and_honour_exclusions(loaded):
    everything = {m.mention_id: m for b in (batch_one(), batch_two()) for m in b.mentions}
    assert {m.mention_id: m for m in read_mentions(loaded)} == everything
    kept = read_mentions(loaded, exclude_article_ids=[A4.article_id])
    assert sorted(m.mention_id for m in kept) == ["m1", "m2", "m5", "m6"]


def test_undated_reports_round_trip_as_merge_inputs(loaded):
    assert read_undated(loaded) == [UNDATED_A]
    assert read_undated(loaded, exclude_article_ids=[A1.article_id]) == []


def test_only_extracted_mentions_are_merge_inputs(tmp_path):
    linked = replace(batch_one().mentions[0], mention_id="m1-linked", date_text="", origin="linked")
    first = batch_one()
    path = tmp_path / "w.duckdb"
    load_batch(path, replace(first, mentions=(*first.mentions, linked),
                             events=(*first.events[:2], replace(first.events[2], mention_ids=("m3", "m1-linked")))))
    assert "m1-linked" in {m.mention_id for m in read_mentions(path)}
    assert "m1-linked" not in {m.mention_id for m in read_mentions(path, extracted_only=True)}


def test_articles_come_back_with_their_text(loaded):
    articles = {a.article_id: a for a in read_articles(loaded)}
    assert len(articles) == 6
    assert articles[A1.article_id] == A1
    assert articles[A2.article_id].text == A1.text  # exact copy, text stored once
    assert articles[A4.article_id].source == HOSTILE_SOURCE


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["ev_found", "ev_talks_v2", "ev_sign", "ev_meet"]),
        ({"actor": "BERG"}, ["ev_sign"]),
        ({"actor": "commission"}, ["ev_found", "ev_meet"]),
        ({"date_from": date(2024, 3, 1)}, ["ev_talks_v2", "ev_sign", "ev_meet"]),
        ({"date_from": date(2024, 3, 2), "date_to": date(2024, 3, 31)}, ["ev_sign"]),
        ({"date_to": date(2024, 3, 31), "actor": "ruritania"}, ["ev_talks_v2"]),
        ({"actor": "'; DROP TABLE core.events; --"}, []),
        ({"actor": "%"}, []),
    ],
)
def test_read_timeline_filters(loaded, filters, expected):
    assert [row["event_id"] for row in read_timeline(loaded, **filters)] == expected


def test_read_timeline_rows_carry_the_contract_columns(loaded):
    sign = next(row for row in read_timeline(loaded) if row["event_id"] == "ev_sign")
    assert sign["actors"] == ["Anna Berg", "Tomas Lind"]
    assert (sign["num_mentions"], sign["num_articles"], sign["num_sources"]) == (6, 6, 3)
    assert sign["date_start"] == sign["date_end"] == date(2024, 3, 5)


def test_readers_leave_the_file_free_for_plain_connections(loaded):
    read_timeline(loaded)
    read_mentions(loaded)
    # A lingering SQLAlchemy connection would make this fail with a configuration conflict.
    con = duckdb.connect(str(loaded))
    try:
        assert con.execute("SELECT count(*) FROM core.events").fetchone() == (4,)
    finally:
        con.close()
