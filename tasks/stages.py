"""The pipeline's Prefect tasks: one per stage, each over the whole batch.

Tasks are thin: they read, call the pure functions of ``tasks.*``, and return typed records.
Only ``prior_state``, ``prior_texts`` and ``load`` touch the warehouse.
Caching is off because inputs are large in-memory batches and every run must recompute from
its input (the warehouse load is what makes reruns idempotent).
"""
from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from models.records import (
    Article,
    ArticleOverlap,
    DedupSignature,
    LoadBatch,
    PriorState,
    RunSummary,
    SharedPassage,
)
from tasks.dating import date_articles
from tasks.dedup import DedupResult, deduplicate
from tasks.dedup.passages import shared_passages
from tasks.events import MergeResult, merge_mentions
from tasks.events.batch import ArticleMentions, extract_batch
from tasks.ids import stable_id
from tasks.ingest import IngestResult, read_sources
from tasks.nlp import load_pipeline, parse
from warehouse.loader import LoadStats, load_batch
from warehouse.readers import read_mentions, read_signatures, read_texts, read_undated
from wiretime.settings import Settings

_PROGRESS_EVERY = 200


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(sources: Sequence[str], settings: Settings) -> IngestResult:
    result = read_sources(sources, max_file_bytes=settings.max_file_bytes)
    log = get_run_logger()
    log.info("ingest: %d files -> %d articles, %d quarantined", result.files_seen, len(result.articles), len(result.quarantined))
    for q in result.quarantined:
        log.warning("quarantined %s: %s %s", q.path, q.reason, q.detail)
    return result


@task(name="date-articles", cache_policy=NO_CACHE)
def date(ingested: IngestResult) -> list[Article]:
    articles = date_articles(ingested.articles)
    by_basis: dict[str, int] = {}
    for a in articles:
        by_basis[a.published_basis] = by_basis.get(a.published_basis, 0) + 1
    get_run_logger().info("dating: publication dates by basis %s", dict(sorted(by_basis.items())))
    return articles


@task(name="read-prior-state", cache_policy=NO_CACHE)
def prior_state(settings: Settings) -> PriorState:
    """What earlier nights stored that tonight builds on (empty before the first load)."""
    prior = PriorState(
        signatures=tuple(read_signatures(settings.warehouse)),
        mentions=tuple(read_mentions(settings.warehouse, extracted_only=True)),
        undated=tuple(read_undated(settings.warehouse)),
    )
    get_run_logger().info(
        "prior state: %d signatures, %d mentions, %d undated reports",
        len(prior.signatures), len(prior.mentions), len(prior.undated),
    )
    return prior


@task(name="read-prior-texts", cache_policy=NO_CACHE)
def prior_texts(article_ids: Collection[str], settings: Settings) -> dict[str, str]:
    """The texts of earlier nights' articles that tonight's articles share passages with."""
    return read_texts(settings.warehouse, article_ids)


@task(name="deduplicate", cache_policy=NO_CACHE)
def dedupe(articles: Sequence[Article], known: Sequence[DedupSignature], settings: Settings) -> DedupResult:
    result = deduplicate(articles, known, threshold=settings.near_duplicate_threshold)
    copies = sum(1 for a in result.assignments if a.canonical_id != a.article_id)
    get_run_logger().info(
        "dedup: %d articles (%d known before) -> %d copies, %d passage overlaps",
        len(articles), len(known), copies, len(result.overlaps),
    )
    return result


@task(name="shared-passages", cache_policy=NO_CACHE)
def passages(
    overlaps: Sequence[ArticleOverlap], articles: Sequence[Article], stored_texts: Mapping[str, str]
) -> tuple[SharedPassage, ...]:
    """The passages each overlapping pair shares, in tonight's texts and earlier nights'."""
    found = shared_passages(overlaps, {**stored_texts, **{a.article_id: a.text for a in articles}})
    get_run_logger().info("passages: %d shared runs in %d overlapping pairs", len(found), len(overlaps))
    return found


@task(name="extract-events", cache_policy=NO_CACHE)
def extract(articles: Sequence[Article], settings: Settings) -> tuple[list[Article], ArticleMentions]:
    """Parse canonical articles with spaCy in batches and extract their event mentions; weakly
    dated articles come back re-dated where other articles corroborate their events."""
    log = get_run_logger()
    nlp = load_pipeline(settings.spacy_model)
    docs = parse(nlp, (a.text for a in articles), batch_size=settings.nlp_batch_size, n_process=settings.nlp_n_process)

    def with_progress(stream):
        for done, doc in enumerate(stream, start=1):
            if done % _PROGRESS_EVERY == 0:
                log.info("extract: %d/%d articles parsed", done, len(articles))
            yield doc

    redated, found = extract_batch(articles, with_progress(docs))
    n_redated = sum(1 for a, b in zip(articles, redated) if a.published != b.published)
    log.info(
        "extract: %d canonical articles -> %d dated, %d undated mentions; %d re-dated by corroboration",
        len(articles), len(found.dated), len(found.undated), n_redated,
    )
    return redated, found


@task(name="merge-events", cache_policy=NO_CACHE)
def merge(found: ArticleMentions, earlier: PriorState, dedup: DedupResult) -> MergeResult:
    """Merge this run's mentions with earlier nights' (``earlier``: their merge inputs, not their
    outputs, so re-merging gives the same events whatever night an article arrived), so an
    event reported yesterday and today stays one event."""
    earlier_dated, earlier_undated = earlier.mentions, earlier.undated
    cluster_of = {a.article_id: a.cluster_id for a in dedup.assignments}
    result = merge_mentions([*earlier_dated, *found.dated], [*earlier_undated, *found.undated], cluster_of=cluster_of)
    get_run_logger().info(
        "merge: %d dated mentions (%d from earlier runs) + %d undated (%d earlier) -> %d events, %d entities",
        len(earlier_dated) + len(found.dated), len(earlier_dated), len(earlier_undated) + len(found.undated), len(earlier_undated),
        len(result.events), len(result.entities),
    )
    return result


@task(name="load-warehouse", cache_policy=NO_CACHE)
def load(batch: LoadBatch, settings: Settings) -> LoadStats:
    stats = load_batch(settings.warehouse, batch)
    get_run_logger().info("load: %s", stats)
    return stats


def run_summary(
    sources: Sequence[str],
    ingested: IngestResult,
    articles: Sequence[Article],
    dedup: DedupResult,
    n_mentions: int,
    n_events: int,
    settings: Settings,
) -> RunSummary:
    """A run is identified by what it read and how, never by when it ran."""
    settings_json = json.dumps(settings.model_dump(mode="json", exclude={"warehouse"}), sort_keys=True)
    fingerprint = stable_id("run", settings_json, *sorted(a.article_id + a.doc_id for a in articles))
    return RunSummary(
        run_id=fingerprint,
        sources=tuple(str(Path(s)) for s in sources),
        n_files=ingested.files_seen,
        n_articles=len(articles),
        n_quarantined=len(ingested.quarantined),
        n_duplicates=sum(1 for a in dedup.assignments if a.canonical_id != a.article_id),
        n_mentions=n_mentions,
        n_events=n_events,
        settings_json=settings_json,
    )
