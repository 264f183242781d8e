"""Loading batches: counts, idempotence, incremental runs, copies, contracts."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest

from models.records import DedupAssignment
from warehouse.contracts import run_contracts
from warehouse.loader import ContractViolation, load_batch
from warehouse_batches import A1, A2, A3, A4, A5, A6, HOSTILE_SOURCE, batch_one, batch_two, table_digests


@pytest.fixture(scope="module")
def night_one(tmp_path_factory):
    """A warehouse after night one; tests that only read share it."""
    path = tmp_path_factory.mktemp("night_one") / "w.duckdb"
    load_batch(path, batch_one())
    return path


@pytest.fixture(scope="module")
def night_two(tmp_path_factory):
    path = tmp_path_factory.mktemp("night_two") / "w.duckdb"
    load_batch(path, batch_one())
    stats = load_batch(path, batch_two())
    return path, stats


def query(path, sql, params=None):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_first_load_reports_rows_per_table(warehouse_path, first_batch):
    stats = load_batch(warehouse_path, first_batch)
    assert stats.inserted == {
        "runs": 1, "documents": 3, "articles": 4, "dedup_signatures": 4, "article_overlaps": 1,
        "overlap_passages": 0, "mentions": 4, "undated_mentions": 1, "events": 3, "event_mention_links": 4, "event_actors": 4,
        "entities": 4, "quarantine": 1, "event_types": len(first_batch.event_types),
    }
    assert len(first_batch.event_types) >= 26  # PLOVER's 19 and the news types
    assert set(stats.deleted.values()) == {0}


def test_exact_copies_share_one_document(night_one):
    assert query(night_one, "SELECT count(*), count(DISTINCT doc_id) FROM core.articles") == [(4, 3)]
    assert query(night_one, "SELECT count(*) FROM core.documents") == [(3,)]


def test_reloading_the_same_batch_changes_nothing(warehouse_path, first_batch, second_batch):
    load_batch(warehouse_path, first_batch)
    load_batch(warehouse_path, second_batch)
    before = table_digests(warehouse_path)
    stats = load_batch(warehouse_path, second_batch)
    assert table_digests(warehouse_path) == before
    assert stats.inserted["articles"] == stats.deleted["articles"] == 2
    # A repeated text is never written twice.
    assert stats.inserted["documents"] == 0


def test_same_batches_give_the_same_warehouse_content(tmp_path, night_two, first_batch, second_batch):
    repeated = tmp_path / "repeated.duckdb"
    for batch in (first_batch, first_batch, second_batch):
        load_batch(repeated, batch)
    assert table_digests(repeated) == table_digests(night_two[0])


def test_copies_appear_in_event_mentions_and_raise_num_articles(night_one):
    warehouse_path = night_one
    rows = query(
        warehouse_path,
        "SELECT source, copy_of FROM event_mentions WHERE event_id = 'ev_sign' ORDER BY source",
    )
    assert rows == sorted(
        [
            ("wire/a.txt", None),
            ("mirror/a.txt", A1.article_id),
            ("bundle.txt#2", A1.article_id),
            (HOSTILE_SOURCE, None),
        ]
    )
    counts = query(
        warehouse_path,
        "SELECT event_id, num_mentions, num_articles, num_sources FROM timeline ORDER BY event_id",
    )
    assert counts == [("ev_found", 3, 3, 1), ("ev_sign", 4, 4, 2), ("ev_talks", 1, 1, 1)]


def test_copy_rows_keep_the_canonical_offsets(night_two):
    rows = query(
        night_two[0],
        """SELECT em.sentence, substr(d.text, em.char_start + 1, em.char_end - em.char_start)
           FROM event_mentions AS em
           JOIN core.articles AS a ON a.article_id = coalesce(em.copy_of, em.article_id)
           JOIN core.documents AS d ON d.doc_id = a.doc_id""",
    )
    assert rows and all(sentence == excerpt for sentence, excerpt in rows)


def test_duplicate_of_points_at_the_canonical(night_one):
    rows = dict(query(night_one, "SELECT source, duplicate_of FROM articles"))
    assert rows == {
        A1.source: None,
        A2.source: A1.article_id,
        A3.source: A1.article_id,
        A4.source: None,
    }


def test_incremental_batch_adds_articles_and_replaces_events(night_two):
    warehouse_path, stats = night_two
    assert stats.deleted["events"] == 3 and stats.inserted["events"] == 4
    assert query(warehouse_path, "SELECT count(*) FROM articles") == [(6,)]
    assert query(warehouse_path, "SELECT event_id FROM timeline ORDER BY event_id") == [
        ("ev_found",), ("ev_meet",), ("ev_sign",), ("ev_talks_v2",),
    ]
    # a5 is a copy of a4 loaded a night later: it joins a4's cluster and its events.
    assert query(warehouse_path, "SELECT duplicate_of FROM articles WHERE article_id = ?", [A5.article_id]) == [
        (A4.article_id,)
    ]
    assert query(
        warehouse_path,
        "SELECT num_mentions, num_articles, num_sources FROM timeline WHERE event_id = 'ev_sign'",
    ) == [(6, 6, 3)]
    assert query(warehouse_path, "SELECT count(*) FROM runs") == [(2,)]
    # Night-one rows that night two did not touch are still there.
    assert query(warehouse_path, "SELECT count(*) FROM quarantine") == [(1,)]
    assert query(warehouse_path, "SELECT count(*) FROM core.dedup_signatures") == [(6,)]


def test_contracts_hold_after_each_load(night_one, night_two):
    for path in (night_one, night_two[0]):
        con = duckdb.connect(str(path), read_only=True)
        try:
            violations = {name: n for name, n in run_contracts(con).items() if n}
        finally:
            con.close()
        assert violations == {}


def test_reassigned_canonical_loses_its_own_mentions(warehouse_path, first_batch, second_batch):
    """When a later, more complete copy becomes canonical, the old canonical keeps no mentions
    of its own: it contributes through the new canonical, like any copy."""
    load_batch(warehouse_path, first_batch)
    a4_as_copy = DedupAssignment(A4.article_id, "clu_new", A6.article_id, 0.9, "near")
    a6_canonical = DedupAssignment(A6.article_id, "clu_new", A6.article_id, 1.0, "canonical")
    a5_as_copy = DedupAssignment(A5.article_id, "clu_new", A6.article_id, 0.9, "near")
    events = tuple(
        dataclasses.replace(e, mention_ids=tuple(m for m in e.mention_ids if m not in {"m3", "m4"}))
        for e in second_batch.events
        if e.event_id != "ev_talks_v2"
    )
    batch = dataclasses.replace(
        second_batch,
        assignments=(a5_as_copy, a6_canonical, a4_as_copy),
        signatures=(),
        events=events,
    )
    stats = load_batch(warehouse_path, batch)
    assert stats.updated["articles"] == 1
    assert query(warehouse_path, "SELECT count(*) FROM core.mentions WHERE article_id = ?", [A4.article_id]) == [(0,)]
    assert query(
        warehouse_path,
        "SELECT copy_of FROM event_mentions WHERE article_id = ? AND event_id = 'ev_sign'",
        [A4.article_id],
    ) == [(A6.article_id,)]


def test_contract_violation_rejects_the_load(warehouse_path, first_batch, second_batch):
    load_batch(warehouse_path, first_batch)
    before = warehouse_path.read_bytes()
    broken = dataclasses.replace(
        second_batch,
        events=(*second_batch.events[:-1], dataclasses.replace(second_batch.events[-1], mention_ids=("nope",))),
    )
    with pytest.raises(ContractViolation) as excinfo:
        load_batch(warehouse_path, broken)
    assert "ref_links" in excinfo.value.violations
    assert "events_without_mentions" in excinfo.value.violations
    assert warehouse_path.read_bytes() == before
    # Without enforcement the same batch is published, and the contracts report it.
    load_batch(warehouse_path, broken, enforce_contracts=False)
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        assert run_contracts(con)["ref_links"] == 1
    finally:
        con.close()


@pytest.mark.parametrize(
    "field, contract",
    [
        ("mentions", "unique_key_mentions"),
        ("articles", "unique_key_articles"),
        ("signatures", "unique_key_dedup_signatures"),
        ("entities", "unique_key_entities"),
    ],
)
def test_duplicate_keys_in_a_batch_are_refused(warehouse_path, first_batch, field, contract):
    records = getattr(first_batch, field)
    twice = dataclasses.replace(first_batch, **{field: records + records[:1]})
    with pytest.raises(ContractViolation) as excinfo:
        load_batch(warehouse_path, twice)
    assert contract in excinfo.value.violations
    assert not warehouse_path.exists()


def test_hostile_strings_round_trip_as_data(night_two):
    path = night_two[0]
    assert query(path, "SELECT path FROM articles WHERE source = ?", [HOSTILE_SOURCE]) == [(HOSTILE_SOURCE,)]
    # Had the quote reached the SQL text, core.articles would be gone or short of rows.
    assert query(path, "SELECT count(*) FROM core.articles") == [(6,)]


def test_each_bad_record_of_one_file_is_its_own_quarantine_row(tmp_path):
    from models.records import LoadBatch, Quarantined, RunSummary
    from warehouse.loader import load_batch

    bad = (
        Quarantined("feeds/day.jsonl", "bad_json", "line 2: Expecting value"),
        Quarantined("feeds/day.jsonl", "bad_json", "line 7: Expecting value"),
        Quarantined("feeds/day.jsonl", "bad_json", "line 7: Expecting value"),  # reported twice: one finding
    )
    run = RunSummary("r1", ("feeds",), 1, 0, 3, 0, 0, 0, "{}")
    path = tmp_path / "q.duckdb"
    load_batch(path, LoadBatch(run, (), (), (), (), (), (), (), bad))
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT detail FROM quarantine ORDER BY detail").fetchall()
    finally:
        con.close()
    assert rows == [("line 2: Expecting value",), ("line 7: Expecting value",)]


def test_timeline_reads_in_date_order_most_reported_first(night_two):
    rows = query(night_two[0], "SELECT date_start, date_end, num_sources, event_id FROM timeline")
    assert len(rows) > 1
    assert rows == sorted(rows, key=lambda r: (r[0], r[1], -r[2], r[3]))


def test_a_report_that_lost_the_date_vote_is_flagged_in_event_mentions(warehouse_path, first_batch):
    from datetime import date

    from warehouse_batches import event, mention

    SIGN = "Berg's accord with Lind was signed on March 5, officials said."
    early = mention("m4", A4, SIGN, date_text="on Monday", date_value="2024-02-26",
                    date_start=date(2024, 2, 26), date_end=date(2024, 2, 26))
    ontime = first_batch.mentions[0]
    batch = dataclasses.replace(
        first_batch,
        mentions=(*first_batch.mentions[:3], early),
        events=(event("ev_sign", [ontime, early], date_conflict=True), *first_batch.events[1:]),
    )
    load_batch(warehouse_path, batch)
    con = duckdb.connect(str(warehouse_path), read_only=True)
    flags = dict(con.execute(
        "SELECT mention_id, date_conflict FROM event_mentions WHERE event_id = 'ev_sign' AND copy_of IS NULL"
    ).fetchall())
    assert flags == {"m1": False, "m4": True}
    # a coarser report that covers the event's day is no conflict
    assert con.execute("SELECT bool_or(date_conflict) FROM event_mentions WHERE event_id = 'ev_found'").fetchone() == (False,)
