"""SQLAlchemy 2.0 models of the warehouse's ``core`` tables.

The DDL in ``warehouse/ddl/*.sql`` is the source of truth for the schema (it is what the
loader applies); these models mirror it for typed reads, and a test reflects a loaded
warehouse to keep both in step. Keys are natural or hash keys computed by the pipeline, so
no sequence is needed. The primary keys declared here are the tables' logical keys: the DDL
does not index them (see ``warehouse/ddl/00_schema.sql``); ``warehouse/contracts/unique_key_*``
enforce them.
"""
from __future__ import annotations

from datetime import date

from duckdb_engine.datatypes import UBigInteger
from sqlalchemy import ARRAY, Boolean, Date, Double, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

CORE_SCHEMA = "core"


class Base(DeclarativeBase):
    metadata = MetaData(schema=CORE_SCHEMA)


class RunRow(Base):
    __tablename__ = "runs"

    run_id: Mapped[str] = mapped_column(String, primary_key=True)
    sources: Mapped[list[str]] = mapped_column(ARRAY(String))
    n_files: Mapped[int] = mapped_column(Integer)
    n_articles: Mapped[int] = mapped_column(Integer)
    n_quarantined: Mapped[int] = mapped_column(Integer)
    n_duplicates: Mapped[int] = mapped_column(Integer)
    n_mentions: Mapped[int] = mapped_column(Integer)
    n_events: Mapped[int] = mapped_column(Integer)
    settings_json: Mapped[str] = mapped_column(String)


class DocumentRow(Base):
    __tablename__ = "documents"

    doc_id: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(String)
    word_count: Mapped[int] = mapped_column(Integer)


class ArticleRow(Base):
    __tablename__ = "articles"

    article_id: Mapped[str] = mapped_column(String, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String)
    source: Mapped[str] = mapped_column(String)  # unique: contracts/unique_articles_source.sql
    path: Mapped[str] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    url: Mapped[str | None] = mapped_column(String)
    outlet: Mapped[str | None] = mapped_column(String)
    published: Mapped[date | None] = mapped_column(Date)
    published_basis: Mapped[str] = mapped_column(String)
    word_count: Mapped[int] = mapped_column(Integer)
    fmt: Mapped[str] = mapped_column(String)
    cluster_id: Mapped[str | None] = mapped_column(String)
    canonical_id: Mapped[str | None] = mapped_column(String)
    dedup_method: Mapped[str | None] = mapped_column(String)
    similarity: Mapped[float | None] = mapped_column(Double)
    run_id: Mapped[str] = mapped_column(String)
    story_id: Mapped[str | None] = mapped_column(String)


class DedupSignatureRow(Base):
    __tablename__ = "dedup_signatures"

    article_id: Mapped[str] = mapped_column(String, primary_key=True)
    cluster_id: Mapped[str] = mapped_column(String)
    canonical_id: Mapped[str] = mapped_column(String)
    minhash: Mapped[list[int]] = mapped_column(ARRAY(UBigInteger))
    sentence_hashes: Mapped[list[int]] = mapped_column(ARRAY(UBigInteger))
    word_count: Mapped[int] = mapped_column(Integer)
    published: Mapped[date | None] = mapped_column(Date)
    story_id: Mapped[str | None] = mapped_column(String)


class ArticleOverlapRow(Base):
    __tablename__ = "article_overlaps"

    article_a: Mapped[str] = mapped_column(String, primary_key=True)
    article_b: Mapped[str] = mapped_column(String, primary_key=True)
    shared_sentences: Mapped[int] = mapped_column(Integer)
    containment_a: Mapped[float] = mapped_column(Double)
    containment_b: Mapped[float] = mapped_column(Double)
    relation: Mapped[str | None] = mapped_column(String)  # never NULL: contracts/accepted_overlap_relation.sql


class OverlapPassageRow(Base):
    __tablename__ = "overlap_passages"

    article_a: Mapped[str] = mapped_column(String, primary_key=True)
    article_b: Mapped[str] = mapped_column(String, primary_key=True)
    passage_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_start: Mapped[int] = mapped_column(Integer)
    a_end: Mapped[int] = mapped_column(Integer)
    b_start: Mapped[int] = mapped_column(Integer)
    b_end: Mapped[int] = mapped_column(Integer)
    sentences: Mapped[int] = mapped_column(Integer)


class MentionRow(Base):
    __tablename__ = "mentions"

    mention_id: Mapped[str] = mapped_column(String, primary_key=True)
    article_id: Mapped[str] = mapped_column(String)
    source: Mapped[str] = mapped_column(String)
    sentence: Mapped[str] = mapped_column(String)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    date_text: Mapped[str] = mapped_column(String)
    date_value: Mapped[str] = mapped_column(String)
    date_start: Mapped[date] = mapped_column(Date)
    date_end: Mapped[date] = mapped_column(Date)
    granularity: Mapped[str] = mapped_column(String)
    date_basis: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    event_type: Mapped[str] = mapped_column(String)
    actors: Mapped[list[str]] = mapped_column(ARRAY(String))
    location: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    is_caption: Mapped[bool] = mapped_column(Boolean)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String, server_default="")
    actor_kinds: Mapped[list[str]] = mapped_column(ARRAY(String))
    clause: Mapped[str] = mapped_column(String, server_default="")
    origin: Mapped[str] = mapped_column(String, server_default="extracted")


class UndatedMentionRow(Base):
    __tablename__ = "undated_mentions"

    article_id: Mapped[str] = mapped_column(String, primary_key=True)
    source: Mapped[str] = mapped_column(String)
    sentence: Mapped[str] = mapped_column(String)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    event_type: Mapped[str] = mapped_column(String)
    actors: Mapped[list[str]] = mapped_column(ARRAY(String))
    actor_kinds: Mapped[list[str]] = mapped_column(ARRAY(String))
    location: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    published: Mapped[date | None] = mapped_column(Date)
    trigger_start: Mapped[int] = mapped_column(Integer, primary_key=True)
    trigger_end: Mapped[int] = mapped_column(Integer)
    caption_date: Mapped[date | None] = mapped_column(Date)
    tense: Mapped[str] = mapped_column(String)
    quoted: Mapped[bool] = mapped_column(Boolean)
    frame: Mapped[str | None] = mapped_column(String)
    frame_relation: Mapped[str | None] = mapped_column(String)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    asserted: Mapped[bool] = mapped_column(Boolean)
    clause: Mapped[str] = mapped_column(String)
    states: Mapped[list[str]] = mapped_column(ARRAY(String))
    frame_place: Mapped[str | None] = mapped_column(String)
    came_from: Mapped[str | None] = mapped_column(String)
    lead: Mapped[bool] = mapped_column(Boolean)
    reported: Mapped[bool] = mapped_column(Boolean)


class EventRow(Base):
    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    date_start: Mapped[date] = mapped_column(Date)
    date_end: Mapped[date] = mapped_column(Date)
    granularity: Mapped[str] = mapped_column(String)
    event_type: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    summary: Mapped[str] = mapped_column(String)
    location: Mapped[str | None] = mapped_column(String)
    confidence: Mapped[float] = mapped_column(Double)
    status: Mapped[str] = mapped_column(String)
    date_conflict: Mapped[bool] = mapped_column(Boolean)


class EventMentionLinkRow(Base):
    __tablename__ = "event_mention_links"

    mention_id: Mapped[str] = mapped_column(String, primary_key=True)
    event_id: Mapped[str] = mapped_column(String)


class EventActorRow(Base):
    __tablename__ = "event_actors"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor: Mapped[str] = mapped_column(String)


class EntityRow(Base):
    __tablename__ = "entities"

    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    aliases: Mapped[list[str]] = mapped_column(ARRAY(String))
    country: Mapped[str | None] = mapped_column(String)


class QuarantineRow(Base):
    __tablename__ = "quarantine"

    path: Mapped[str] = mapped_column(String, primary_key=True)
    reason: Mapped[str] = mapped_column(String, primary_key=True)
    detail: Mapped[str] = mapped_column(String, primary_key=True)
    run_id: Mapped[str] = mapped_column(String)


class EventTypeRow(Base):
    __tablename__ = "event_types"

    event_type: Mapped[str] = mapped_column(String, primary_key=True)
    description: Mapped[str] = mapped_column(String)
