"""Bulk, idempotent loading of one run's :class:`~models.records.LoadBatch` into the warehouse.

Records become Arrow tables (one array per column), are registered with DuckDB and written
with set-based ``DELETE`` / ``INSERT ... SELECT`` statements: never row by row. Every load goes
through :func:`warehouse.publish.publish`, so readers never see a half-written warehouse.

Idempotence, per table:

* keyed by the batch (``runs``, ``articles``, ``dedup_signatures``, ``mentions``,
  ``undated_mentions``, ``quarantine``): the batch's keys are deleted, then its rows inserted;
* ``article_overlaps`` and ``overlap_passages``: every pair touching a batch article is
  recomputed by the batch, so those pairs are deleted and the batch's inserted;
* ``documents`` are content-addressed: a text is inserted once and never rewritten, so mention
  offsets into it stay valid; texts no article references any more are dropped;
* ``events``, ``event_mention_links``, ``event_actors``, ``entities``: the batch carries the
  complete re-merged set, which replaces the previous content.

Two rules keep mentions consistent with the articles they come from: a batch article's mentions
are exactly the batch's (so a changed extractor leaves no stale mentions behind), and an article
that deduplication now marks as a copy keeps no mentions of its own (copies borrow their
canonical's mentions in the ``event_mentions`` view). Mentions the merge dated or derived
(``origin`` other than ``extracted``) are, like events, the complete re-merged set: the batch
replaces them all.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from duckdb_engine.datatypes import UBigInteger
from sqlalchemy import ARRAY, Boolean, Date, Double, Integer, String
from sqlalchemy.types import TypeEngine

from models.records import (
    Article,
    ArticleOverlap,
    DedupAssignment,
    DedupSignature,
    Entity,
    Event,
    EventMention,
    LoadBatch,
    Quarantined,
    RunSummary,
    UndatedMention,
)
from models.tables import (
    ArticleOverlapRow,
    ArticleRow,
    Base,
    DedupSignatureRow,
    DocumentRow,
    EntityRow,
    EventTypeRow,
    EventRow,
    MentionRow,
    OverlapPassageRow,
    QuarantineRow,
    RunRow,
    UndatedMentionRow,
)
from warehouse.contracts import ContractViolation, run_contracts
from warehouse.publish import publish
from warehouse.schema import apply_sql

__all__ = ["LoadStats", "ContractViolation", "apply_sql", "init_warehouse", "load_batch"]

TABLES = (
    "runs",
    "documents",
    "articles",
    "dedup_signatures",
    "article_overlaps",
    "overlap_passages",
    "mentions",
    "undated_mentions",
    "events",
    "event_mention_links",
    "event_actors",
    "entities",
    "quarantine",
    "event_types",
)


@dataclass(frozen=True, slots=True)
class LoadStats:
    """Rows deleted, inserted and updated per ``core`` table by one load."""

    inserted: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)


def init_warehouse(path: str | Path) -> None:
    """Create (or upgrade) an empty warehouse at ``path`` with every table and view."""
    with publish(path) as con:
        apply_sql(con)


def load_batch(path: str | Path, batch: LoadBatch, *, enforce_contracts: bool = True) -> LoadStats:
    """Load one run's batch into the warehouse at ``path`` (created if missing) and publish it.

    With ``enforce_contracts`` the data contracts (``warehouse/contracts``) must all hold after
    the load, else :class:`ContractViolation` is raised and the previous warehouse stays
    published unchanged.
    """
    with publish(path) as con:
        apply_sql(con)
        con.execute("BEGIN TRANSACTION")
        try:
            stats = _load(con, batch)
            if enforce_contracts:
                violations = {name: n for name, n in run_contracts(con).items() if n}
                if violations:
                    raise ContractViolation(violations)
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise
    return stats


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # The private copy is discarded anyway; rolling back only releases the transaction, so a
    # failure here must not hide the error that got us here.
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


# --- the load itself -------------------------------------------------------------------------


class _Recorder:
    """Runs DML statements and keeps the row counts DuckDB reports for them."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.stats = LoadStats()

    def run(self, kind: str, table: str, sql: str) -> None:
        row = self.con.execute(sql).fetchone()
        count = int(row[0]) if row else 0
        counts = getattr(self.stats, kind)
        counts[table] = counts.get(table, 0) + count


def _load(con: duckdb.DuckDBPyConnection, batch: LoadBatch) -> LoadStats:
    rec = _Recorder(con)
    for table in TABLES:
        for counts in (rec.stats.inserted, rec.stats.deleted):
            counts[table] = 0
    run_id = batch.run.run_id
    assignments = {a.article_id: a for a in batch.assignments}
    batch_article_ids = {a.article_id for a in batch.articles}

    con.register("stage_runs", _runs_table(batch.run))
    con.register("stage_documents", _documents_table(batch.articles, assignments))
    con.register("stage_articles", _articles_table(batch.articles, assignments, run_id))
    con.register(
        "stage_reassignments",
        _assignments_table([a for a in batch.assignments if a.article_id not in batch_article_ids]),
    )
    con.register("stage_signatures", _signatures_table(batch.signatures))
    con.register("stage_overlaps", _overlaps_table(batch.overlaps))
    con.register("stage_passages", _from_records(batch.passages, _columns(OverlapPassageRow)))
    con.register("stage_mentions", _mentions_table(batch.mentions))
    con.register("stage_undated", _undated_table(batch.undated))
    con.register("stage_events", _events_table(batch.events))
    con.register("stage_links", _links_table(batch.events))
    con.register("stage_event_actors", _event_actors_table(batch.events))
    con.register("stage_entities", _entities_table(batch.entities))
    con.register("stage_event_types", _from_records(batch.event_types, _columns(EventTypeRow)))
    con.register("stage_quarantine", _quarantine_table(batch.quarantined, run_id))

    rec.run("deleted", "runs", "DELETE FROM core.runs WHERE run_id IN (SELECT run_id FROM stage_runs)")
    rec.run("inserted", "runs", "INSERT INTO core.runs BY NAME SELECT * FROM stage_runs")

    rec.run(
        "deleted",
        "articles",
        """DELETE FROM core.articles
           WHERE article_id IN (SELECT article_id FROM stage_articles)
              OR source IN (SELECT source FROM stage_articles)""",
    )
    rec.run("inserted", "articles", "INSERT INTO core.articles BY NAME SELECT * FROM stage_articles")
    rec.run(
        "updated",
        "articles",
        """UPDATE core.articles AS a
           SET cluster_id = r.cluster_id, canonical_id = r.canonical_id,
               dedup_method = r.dedup_method, similarity = r.similarity,
               story_id = coalesce(r.story_id, r.cluster_id)
           FROM stage_reassignments AS r
           WHERE a.article_id = r.article_id""",
    )
    rec.run(
        "updated",
        "articles",
        # a rewrite found tonight joins an earlier article's story to its own
        """UPDATE core.articles AS a
           SET story_id = coalesce(s.story_id, s.cluster_id)
           FROM stage_signatures AS s
           WHERE a.article_id = s.article_id
             AND a.article_id NOT IN (SELECT article_id FROM stage_articles)
             AND a.story_id IS DISTINCT FROM coalesce(s.story_id, s.cluster_id)""",
    )

    rec.run(
        "inserted",
        "documents",
        """INSERT INTO core.documents BY NAME
           SELECT s.* FROM stage_documents AS s
           ANTI JOIN core.documents AS d ON d.doc_id = s.doc_id""",
    )
    rec.run(
        "deleted",
        "documents",
        """DELETE FROM core.documents
           WHERE doc_id NOT IN (SELECT doc_id FROM core.articles)""",
    )

    rec.run(
        "deleted",
        "dedup_signatures",
        "DELETE FROM core.dedup_signatures WHERE article_id IN (SELECT article_id FROM stage_signatures)",
    )
    rec.run("inserted", "dedup_signatures", "INSERT INTO core.dedup_signatures BY NAME SELECT * FROM stage_signatures")

    # a pair that no longer overlaps must not keep its old row (nor passages into an old text)
    for table, stage in (("overlap_passages", "stage_passages"), ("article_overlaps", "stage_overlaps")):
        rec.run(
            "deleted",
            table,
            f"""DELETE FROM core.{table} AS o
                WHERE o.article_a IN (SELECT article_id FROM stage_articles)
                   OR o.article_b IN (SELECT article_id FROM stage_articles)
                   OR EXISTS (SELECT 1 FROM {stage} AS s WHERE s.article_a = o.article_a AND s.article_b = o.article_b)""",
        )
    rec.run("inserted", "article_overlaps", "INSERT INTO core.article_overlaps BY NAME SELECT * FROM stage_overlaps")
    rec.run("inserted", "overlap_passages", "INSERT INTO core.overlap_passages BY NAME SELECT * FROM stage_passages")

    rec.run(
        "deleted",
        "mentions",
        """DELETE FROM core.mentions
           WHERE mention_id IN (SELECT mention_id FROM stage_mentions)
              OR article_id IN (SELECT article_id FROM stage_articles)
              OR article_id IN (SELECT article_id FROM core.articles WHERE canonical_id <> article_id)
              OR origin <> 'extracted'""",
    )
    rec.run("inserted", "mentions", "INSERT INTO core.mentions BY NAME SELECT * FROM stage_mentions")

    rec.run(
        "deleted",
        "undated_mentions",
        """DELETE FROM core.undated_mentions
           WHERE article_id IN (SELECT article_id FROM stage_articles)
              OR article_id IN (SELECT article_id FROM core.articles WHERE canonical_id <> article_id)""",
    )
    rec.run("inserted", "undated_mentions", "INSERT INTO core.undated_mentions BY NAME SELECT * FROM stage_undated")

    for table, stage in (
        ("events", "stage_events"),
        ("event_mention_links", "stage_links"),
        ("event_actors", "stage_event_actors"),
        ("entities", "stage_entities"),
        ("event_types", "stage_event_types"),
    ):
        rec.run("deleted", table, f"DELETE FROM core.{table}")
        rec.run("inserted", table, f"INSERT INTO core.{table} BY NAME SELECT * FROM {stage}")

    rec.run(
        "deleted",
        "quarantine",
        """DELETE FROM core.quarantine
           WHERE path IN (SELECT path FROM stage_quarantine)
              OR path IN (SELECT path FROM stage_articles)""",
    )
    rec.run("inserted", "quarantine", "INSERT INTO core.quarantine BY NAME SELECT * FROM stage_quarantine")
    return rec.stats


# --- records -> Arrow ------------------------------------------------------------------------
# Each stage table's columns are the ORM model's, so a column added to the model (and its DDL)
# is staged without a third list to keep in step; INSERT ... BY NAME matches them up.

_STR = pa.string()
_INT = pa.int32()
_F64 = pa.float64()
_ARROW_TYPES: dict[type, pa.DataType] = {
    String: _STR,
    Integer: _INT,
    Double: _F64,
    Boolean: pa.bool_(),
    Date: pa.date32(),  # pyarrow truncates a datetime to its date
    UBigInteger: pa.uint64(),
}


def _arrow_type(sql_type: TypeEngine[Any]) -> pa.DataType:
    if isinstance(sql_type, ARRAY):
        return pa.list_(_arrow_type(sql_type.item_type))
    # exact types: UBigInteger is an Integer subclass that must not become int32
    return _ARROW_TYPES[type(sql_type)]


def _columns(model: type[Base], *, computed: Sequence[str] = ()) -> dict[str, pa.DataType]:
    """The model's columns and their Arrow types, less those the caller computes."""
    return {c.name: _arrow_type(c.type) for c in model.__table__.columns if c.name not in computed}


def _from_records(
    records: Sequence[Any], spec: dict[str, pa.DataType], **computed: pa.Array
) -> pa.Table:
    """An Arrow table with one column per attribute named in ``spec`` (read in one pass over
    the records) plus ``computed`` columns."""
    names = list(spec)
    getter = attrgetter(*names)
    rows = [getter(r) for r in records] if len(names) > 1 else [(getter(r),) for r in records]
    columns = list(zip(*rows)) if rows else [() for _ in names]
    arrays = {name: pa.array(column, type=spec[name]) for name, column in zip(names, columns)}
    return pa.table({**arrays, **computed})


def _runs_table(run: RunSummary) -> pa.Table:
    return _from_records([run], _columns(RunRow))


def _documents_table(articles: Sequence[Article], assignments: dict[str, DedupAssignment]) -> pa.Table:
    # Exact copies may differ in raw whitespace; store the canonical copy's text (its mention
    # offsets index into it), else the smallest article_id's, so the choice is order-independent.
    def preference(article: Article) -> tuple[bool, str]:
        assignment = assignments.get(article.article_id)
        is_canonical = assignment is not None and assignment.canonical_id == article.article_id
        return (not is_canonical, article.article_id)

    chosen: dict[str, Article] = {}
    for article in articles:
        current = chosen.get(article.doc_id)
        if current is None or preference(article) < preference(current):
            chosen[article.doc_id] = article
    return _from_records(
        [chosen[doc_id] for doc_id in sorted(chosen)],
        _columns(DocumentRow),
    )


def _articles_table(
    articles: Sequence[Article], assignments: dict[str, DedupAssignment], run_id: str
) -> pa.Table:
    assigned = [assignments.get(a.article_id) for a in articles]

    def from_assignment(name: str, dtype: pa.DataType) -> pa.Array:
        return pa.array([getattr(x, name) if x is not None else None for x in assigned], type=dtype)

    return _from_records(
        articles,
        _columns(ArticleRow, computed=("cluster_id", "canonical_id", "dedup_method", "similarity", "run_id", "story_id")),
        cluster_id=from_assignment("cluster_id", _STR),
        story_id=pa.array([(x.story_id or x.cluster_id) if x is not None else None for x in assigned], type=_STR),
        canonical_id=from_assignment("canonical_id", _STR),
        dedup_method=from_assignment("method", _STR),
        similarity=from_assignment("similarity", _F64),
        run_id=pa.array([run_id] * len(articles), type=_STR),
    )


def _assignments_table(assignments: Sequence[DedupAssignment]) -> pa.Table:
    table = _from_records(
        assignments,
        {"article_id": _STR, "cluster_id": _STR, "canonical_id": _STR, "method": _STR, "similarity": _F64,
         "story_id": _STR},
    )
    return table.rename_columns(["article_id", "cluster_id", "canonical_id", "dedup_method", "similarity", "story_id"])


def _signatures_table(signatures: Sequence[DedupSignature]) -> pa.Table:
    return _from_records(signatures, _columns(DedupSignatureRow))


def _overlaps_table(overlaps: Sequence[ArticleOverlap]) -> pa.Table:
    return _from_records(overlaps, _columns(ArticleOverlapRow))


def _mentions_table(mentions: Sequence[EventMention]) -> pa.Table:
    return _from_records(mentions, _columns(MentionRow))


def _undated_table(undated: Sequence[UndatedMention]) -> pa.Table:
    return _from_records(undated, _columns(UndatedMentionRow))


def _events_table(events: Sequence[Event]) -> pa.Table:
    return _from_records(events, _columns(EventRow))


def _links_table(events: Sequence[Event]) -> pa.Table:
    return pa.table(
        {
            "mention_id": pa.array([m for e in events for m in e.mention_ids], _STR),
            "event_id": pa.array([e.event_id for e in events for _ in e.mention_ids], _STR),
        }
    )


def _event_actors_table(events: Sequence[Event]) -> pa.Table:
    return pa.table(
        {
            "event_id": pa.array([e.event_id for e in events for _ in e.actors], _STR),
            "position": pa.array([i for e in events for i in range(len(e.actors))], _INT),
            "actor": pa.array([a for e in events for a in e.actors], _STR),
        }
    )


def _entities_table(entities: Sequence[Entity]) -> pa.Table:
    return _from_records(entities, _columns(EntityRow))


def _quarantine_table(quarantined: Sequence[Quarantined], run_id: str) -> pa.Table:
    # One row per (path, reason, detail): two bad lines of one JSONL file are two findings, the
    # same finding reported twice is one.
    first: dict[tuple[str, str, str], Quarantined] = {}
    for item in quarantined:
        first.setdefault((item.path, item.reason, item.detail), item)
    return _from_records(
        list(first.values()),
        _columns(QuarantineRow, computed=("run_id",)),
        run_id=pa.array([run_id] * len(first), type=_STR),
    )
