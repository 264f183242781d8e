"""Two nightly runs into one warehouse: a copy of a story loaded the night before joins its
cluster and its event instead of becoming a new report (issue #4, incremental dedup)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.nightly import nightly_timeline

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory, prefect_harness):
    warehouse = tmp_path_factory.mktemp("nights") / "W.duckdb"
    night_one = [str(EXAMPLES / "putin-pyongyang-wire.txt"), str(EXAMPLES / "putin-hanoi.html")]
    night_two = [str(EXAMPLES / "putin-pyongyang-republished.txt")]
    nightly_timeline(sources=night_one, warehouse=str(warehouse))
    before = _snapshot(warehouse)
    nightly_timeline(sources=night_two, warehouse=str(warehouse))
    after = _snapshot(warehouse)
    return warehouse, before, after


def _snapshot(path: Path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        treaty = con.execute(
            "SELECT event_id, num_articles FROM timeline "
            "WHERE date_start = DATE '2024-06-19' AND event_type = 'AGREE' AND list_contains(actors, 'Vladimir Putin')"
        ).fetchall()
        return {
            "events": con.execute("SELECT count(*) FROM timeline").fetchone()[0],
            "treaty": treaty,
            "articles": dict(con.execute("SELECT source, duplicate_of FROM articles").fetchall()),
            "ids": dict(con.execute("SELECT source, article_id FROM articles").fetchall()),
        }
    finally:
        con.close()


def test_a_later_copy_joins_the_known_cluster(two_nights):
    _, before, after = two_nights
    assert after["articles"]["putin-pyongyang-republished.txt"] == before["ids"]["putin-pyongyang-wire.txt"]


def test_the_copy_adds_a_source_not_an_event(two_nights):
    _, before, after = two_nights
    assert len(before["treaty"]) == len(after["treaty"]) == 1
    assert after["treaty"][0][0] == before["treaty"][0][0]  # same event, same id
    assert after["treaty"][0][1] == before["treaty"][0][1] + 1
    assert after["events"] == before["events"]


def test_earlier_nights_articles_are_kept(two_nights):
    _, before, after = two_nights
    assert set(before["articles"]) < set(after["articles"])
