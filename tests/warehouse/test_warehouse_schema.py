"""The SQL files: re-runnable, documented, matching the ORM models, example queries valid."""
from __future__ import annotations

import re
from datetime import date

import duckdb
import pytest
from sqlalchemy import inspect

from models.tables import Base
from warehouse.loader import apply_sql, init_warehouse, load_batch
from warehouse.readers import read_only_engine
from warehouse.schema import CONTRACTS_DIR, QUERIES_DIR, sql_files
from warehouse_batches import batch_one

CONTRACT_VIEWS = {
    "timeline": [
        "event_id", "date_start", "date_end", "granularity", "event_type", "action", "summary",
        "actors", "location", "num_mentions", "num_articles", "num_sources", "confidence",
        "status", "date_conflict",
    ],
    "event_mentions": [
        "event_id", "article_id", "source", "sentence", "char_start", "char_end", "date_text",
        "date_basis", "mention_id", "mention_date_start", "mention_date_end", "date_value",
        "action", "event_type", "status", "is_caption", "origin", "copy_of",
    ],
    "articles": [
        "article_id", "source", "title", "published", "published_basis", "word_count",
        "duplicate_of", "cluster_id", "url", "outlet", "dedup_method",
    ],
    "runs": ["run_id"],
    "entities": ["entity_id", "name", "kind", "aliases"],
    "article_overlaps": ["article_a", "article_b", "shared_sentences", "containment_a", "containment_b"],
    "overlap_passages": ["article_a", "source_a", "article_b", "source_b", "passage_no", "a_start", "a_end",
                         "b_start", "b_end", "sentences", "passage_text", "relation"],
    "quarantine": ["path", "reason", "detail", "run_id"],
}


def _objects(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() "
        "UNION ALL SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal ORDER BY ALL"
    ).fetchall()


def test_sql_files_are_rerunnable_and_keep_data():
    con = duckdb.connect()
    apply_sql(con)
    con.execute("INSERT INTO core.entities (entity_id, name, kind, aliases) VALUES ('e1', 'Anna Berg', 'PERSON', ['Berg'])")
    before = _objects(con)
    apply_sql(con)
    assert _objects(con) == before
    assert con.execute("SELECT name FROM entities").fetchall() == [("Anna Berg",)]
    assert len([o for o in before if o[0] == "core"]) == 14


@pytest.mark.parametrize("view, leading_columns", CONTRACT_VIEWS.items())
def test_contract_views_have_their_columns_in_order(view, leading_columns):
    con = duckdb.connect()
    apply_sql(con)
    columns = [row[0] for row in con.execute(f"DESCRIBE main.{view}").fetchall()]
    assert columns[: len(leading_columns)] == leading_columns


def test_timeline_column_types():
    con = duckdb.connect()
    apply_sql(con)
    types = {name: kind for name, kind, *_ in con.execute("DESCRIBE main.timeline").fetchall()}
    assert types["date_start"] == "DATE" and types["date_end"] == "DATE"
    assert types["actors"] == "VARCHAR[]"
    assert types["num_sources"] == "BIGINT"


def test_every_view_and_view_column_is_documented():
    con = duckdb.connect()
    apply_sql(con)
    undocumented_views = con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' AND comment IS NULL"
    ).fetchall()
    undocumented_columns = con.execute(
        "SELECT c.table_name, c.column_name FROM duckdb_columns() AS c "
        "JOIN duckdb_views() AS v ON v.view_name = c.table_name AND v.schema_name = c.schema_name "
        "WHERE NOT v.internal AND c.schema_name = 'main' AND c.comment IS NULL"
    ).fetchall()
    assert undocumented_views == []
    assert undocumented_columns == []


# duckdb-engine reflects LIST columns as NullType; only names and nullability are compared.
@pytest.mark.filterwarnings("ignore:Did not recognize type 'list'")
def test_orm_models_match_the_ddl(tmp_path, first_batch):
    path = tmp_path / "w.duckdb"
    load_batch(path, first_batch)
    with read_only_engine(path) as engine:
        inspector = inspect(engine)
        reflected = {
            name: [(c["name"], c["nullable"]) for c in inspector.get_columns(name, schema="core")]
            for name in inspector.get_table_names(schema="core")
        }
    declared = {
        table.name: [(c.name, c.nullable) for c in table.columns] for table in Base.metadata.sorted_tables
    }
    assert reflected == declared



@pytest.mark.parametrize("table", Base.metadata.sorted_tables, ids=lambda t: t.name)
def test_each_model_key_is_enforced_by_a_unique_key_contract(table):
    contract = (CONTRACTS_DIR / f"unique_key_{table.name}.sql").read_text()
    grouped = re.search(r"GROUP BY ([\w, ]+)\n", contract).group(1)
    assert [c.strip() for c in grouped.split(",")] == [c.name for c in table.primary_key.columns]
    assert f"FROM core.{table.name}\n" in contract


def test_init_warehouse_creates_an_empty_queryable_warehouse(warehouse_path):
    init_warehouse(warehouse_path)
    init_warehouse(warehouse_path)
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM timeline").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM event_mentions").fetchone() == (0,)
    finally:
        con.close()


EXAMPLE_PARAMS = {
    "actor_timeline": {"actor": "berg"},
    "events_in_range": {"date_from": date(2024, 3, 1), "date_to": date(2024, 3, 31)},
    "multi_source_events": {"min_sources": 2},
    "sources_of_event": {"event_id": "ev_sign"},
    "duplicate_clusters": {},
    "quarantined_inputs": {},
}
EXPECTED_ROWS = {
    "actor_timeline": 1,
    "events_in_range": 2,
    "multi_source_events": 1,
    "sources_of_event": 4,
    "duplicate_clusters": 1,
    "quarantined_inputs": 1,
}


def test_example_queries_cover_the_files():
    assert sorted(p.stem for p in sql_files(QUERIES_DIR)) == sorted(EXAMPLE_PARAMS)


@pytest.fixture(scope="module")
def loaded_warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("examples") / "w.duckdb"
    load_batch(path, batch_one())
    return path


@pytest.mark.parametrize("name", sorted(EXAMPLE_PARAMS))
def test_example_queries_run_with_bound_parameters(loaded_warehouse, name):
    path = loaded_warehouse
    query = (QUERIES_DIR / f"{name}.sql").read_text()
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(query, EXAMPLE_PARAMS[name] or None).fetchall()
    finally:
        con.close()
    assert len(rows) == EXPECTED_ROWS[name]
