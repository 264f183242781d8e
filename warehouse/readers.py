"""Typed reads from a published warehouse, through SQLAlchemy, always read-only.

Each function opens its own read-only engine and disposes of it before returning: DuckDB
refuses a second configuration for a file already open in this process, so an engine must
never outlive the read (the loader opens plain duckdb connections). Reading never blocks
other readers, and never blocks the loader, which writes a private copy.
"""
from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Row, Table, URL, create_engine, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from models.records import Article, DedupSignature, EventMention, UndatedMention
from models.tables import CORE_SCHEMA, ArticleRow, DedupSignatureRow, DocumentRow, MentionRow, UndatedMentionRow

_R = TypeVar("_R")

TIMELINE_QUERY = text(
    """
    SELECT *
    FROM main.timeline AS t
    WHERE (CAST(:date_from AS DATE) IS NULL OR t.date_start >= CAST(:date_from AS DATE))
      AND (CAST(:date_to AS DATE) IS NULL OR t.date_end <= CAST(:date_to AS DATE))
      AND (CAST(:actor AS VARCHAR) IS NULL OR EXISTS (
            SELECT 1 FROM unnest(t.actors) AS u(actor)
            WHERE contains(lower(u.actor), lower(CAST(:actor AS VARCHAR)))))
    ORDER BY t.date_start, t.event_id
    """
)


@contextmanager
def read_only_engine(path: str | Path) -> Iterator[Engine]:
    """A read-only SQLAlchemy engine on the warehouse, disposed of when the block ends."""
    engine = create_engine(
        URL.create("duckdb", database=str(path)),
        connect_args={"read_only": True},
        poolclass=NullPool,
    )
    try:
        yield engine
    finally:
        engine.dispose()


def _has_core_table(engine: Engine, table: str) -> bool:
    return inspect(engine).has_table(table, schema=CORE_SCHEMA)


def _record(cls: type[_R], row: Row[Any]) -> _R:
    """A frozen record from a row whose columns carry its field names; DuckDB lists become the
    tuples the records hold."""
    values = row._mapping
    return cls(**{f.name: _frozen(values[f.name]) for f in fields(cls)})  # type: ignore[arg-type]


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _core_rows(path: str | Path, table: Table, *order_by: str) -> list[Row[Any]]:
    """Every row of a core table in ``order_by`` order; none before the first load made it."""
    if not Path(path).exists():
        return []
    with read_only_engine(path) as engine:
        if not _has_core_table(engine, table.name):
            return []
        with Session(engine) as session:
            return list(session.execute(select(table).order_by(*(table.c[c] for c in order_by))).all())


def read_signatures(path: str | Path) -> list[DedupSignature]:
    """Every persisted dedup signature, in article_id order (empty before the first load)."""
    rows = _core_rows(path, DedupSignatureRow.__table__, "article_id")
    return [_record(DedupSignature, r) for r in rows]


def read_mentions(
    path: str | Path, exclude_article_ids: Collection[str] = (), *, extracted_only: bool = False
) -> list[EventMention]:
    """Persisted event mentions, in mention_id order, except those of ``exclude_article_ids``
    (typically the articles the current run re-extracts, or re-assigns as copies). With
    ``extracted_only``, only the merge inputs: mentions dated by their own words."""
    excluded = frozenset(exclude_article_ids)
    # Filtering in Python keeps a long exclusion list out of the SQL parameters.
    return [
        _record(EventMention, r)
        for r in _core_rows(path, MentionRow.__table__, "mention_id")
        if r.article_id not in excluded and (not extracted_only or r.origin == "extracted")
    ]


def read_undated(path: str | Path, exclude_article_ids: Collection[str] = ()) -> list[UndatedMention]:
    """Persisted undated reports (merge inputs), in key order, except those of ``exclude_article_ids``."""
    excluded = frozenset(exclude_article_ids)
    rows = _core_rows(path, UndatedMentionRow.__table__, "article_id", "trigger_start", "part")
    return [_record(UndatedMention, r) for r in rows if r.article_id not in excluded]


def read_articles(path: str | Path) -> list[Article]:
    """Every persisted article with its text, in article_id order (empty before the first load)."""
    if not Path(path).exists():
        return []
    article = ArticleRow.__table__.c
    with read_only_engine(path) as engine:
        if not _has_core_table(engine, ArticleRow.__tablename__):
            return []
        query = (
            select(
                article.article_id,
                article.doc_id,
                article.source,
                article.path,
                article.title,
                DocumentRow.text,
                article.url,
                article.outlet,
                article.published,
                article.published_basis,
                article.word_count,
                article.fmt,
            )
            .join(DocumentRow, DocumentRow.doc_id == article.doc_id)
            .order_by(article.article_id)
        )
        with Session(engine) as session:
            rows = session.execute(query).all()
    return [Article(**row._asdict()) for row in rows]


def read_texts(path: str | Path, article_ids: Collection[str]) -> dict[str, str]:
    """The texts of the persisted articles among ``article_ids`` (article_id -> text)."""
    wanted = sorted(set(article_ids))
    if not wanted or not Path(path).exists():
        return {}
    article = ArticleRow.__table__.c
    with read_only_engine(path) as engine:
        if not _has_core_table(engine, ArticleRow.__tablename__):
            return {}
        query = (
            select(article.article_id, DocumentRow.text)
            .join(DocumentRow, DocumentRow.doc_id == article.doc_id)
            .where(article.article_id.in_(wanted))
        )
        with Session(engine) as session:
            return {row.article_id: row.text for row in session.execute(query)}


def read_timeline(
    path: str | Path,
    date_from: date | None = None,
    date_to: date | None = None,
    actor: str | None = None,
) -> list[dict[str, Any]]:
    """Rows of the ``timeline`` view ordered by date_start, event_id.

    ``date_from``/``date_to`` keep events that lie within the window (an event dated to a whole
    year is not "in" one of its months); ``actor`` keeps events with an actor containing it,
    case-insensitively.
    """
    if not Path(path).exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `timeline run` first")
    params = {"date_from": date_from, "date_to": date_to, "actor": actor}
    with read_only_engine(path) as engine, Session(engine) as session:
        rows = session.execute(TIMELINE_QUERY, params).mappings().all()
    return [{**row, "actors": list(row["actors"])} for row in rows]
