"""The nightly wiretime run: article files in, a dated, merged event timeline in DuckDB out.

    read prior state (earlier nights' signatures and merge inputs)
    ingest -> date articles -> deduplicate against the prior signatures (copies lend their
           dates; passages shared by overlapping articles, earlier nights' texts read for them)
           -> extract events (canonical copies only) -> merge with earlier nights' inputs
           -> load the warehouse

Only the prior-state reads and the load touch the warehouse.
"""
from __future__ import annotations

from dataclasses import dataclass

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact

from models.records import LoadBatch
from tasks import stages
from tasks.batching import earlier_inputs, load_batch_of, stored_overlap_ids
from tasks.dating import dated_by_copies
from wiretime.settings import load_settings


@dataclass(frozen=True)
class RunReport:
    run_id: str
    warehouse: str
    files: int
    articles: int
    quarantined: int
    duplicates: int
    mentions: int
    events: int


@flow(name="nightly-timeline")
def nightly_timeline(
    sources: list[str],
    warehouse: str | None = None,
    spacy_model: str | None = None,
    nlp_batch_size: int | None = None,
) -> RunReport:
    """Build or update the timeline warehouse from article files (directories or files)."""
    settings = load_settings(warehouse=warehouse, spacy_model=spacy_model, nlp_batch_size=nlp_batch_size)
    prior = stages.prior_state(settings)

    ingested = stages.ingest(sources, settings)
    articles = stages.date(ingested)
    dedup = stages.dedupe(articles, prior.signatures, settings)
    stored_texts = stages.prior_texts(stored_overlap_ids(dedup, articles), settings)
    passages = stages.passages(dedup.overlaps, articles, stored_texts)
    # a text that states no date is dated by its copies that do
    articles = dated_by_copies(articles, dedup.assignments)

    canonical_ids = {a.canonical_id for a in dedup.assignments}
    canonical = [a for a in articles if a.article_id in canonical_ids]
    redated, found = stages.extract(canonical, settings)
    articles = _with_updates(articles, redated)

    earlier = earlier_inputs(prior, [a.article_id for a in articles], dedup)
    merged = stages.merge(found, earlier, dedup)

    batch_id_set = {a.article_id for a in articles}
    n_own = sum(1 for m in merged.mentions if m.article_id in batch_id_set)
    summary = stages.run_summary(sources, ingested, articles, dedup, n_own, len(merged.events), settings)
    batch = load_batch_of(summary, articles, dedup, passages, merged, found.undated, ingested.quarantined)
    stages.load(batch, settings)

    report = RunReport(
        run_id=summary.run_id,
        warehouse=str(settings.warehouse),
        files=summary.n_files,
        articles=summary.n_articles,
        quarantined=summary.n_quarantined,
        duplicates=summary.n_duplicates,
        mentions=summary.n_mentions,
        events=summary.n_events,
    )
    create_markdown_artifact(key="nightly-timeline-summary", markdown=_summary_markdown(report, batch))
    get_run_logger().info("run %s done: %s", summary.run_id, report)
    return report


def _with_updates(articles: list, updated: list) -> list:
    by_id = {a.article_id: a for a in updated}
    return [by_id.get(a.article_id, a) for a in articles]


def _summary_markdown(report: RunReport, batch: LoadBatch) -> str:
    rows = "\n".join(
        f"| {e.date_start} | {e.granularity} | {e.event_type} | {e.action} | {', '.join(e.actors[:3])} | {e.num_sources} |"
        for e in sorted(batch.events, key=lambda e: (-e.num_sources, e.date_start))[:15]
    )
    quarantined = "\n".join(f"- `{q.path}`: {q.reason} {q.detail}" for q in batch.quarantined) or "- none"
    return f"""# wiretime nightly run `{report.run_id}`

| stage | count |
|---|---:|
| files read | {report.files} |
| articles | {report.articles} |
| quarantined | {report.quarantined} |
| duplicate copies | {report.duplicates} |
| event mentions (this run) | {report.mentions} |
| events in warehouse | {report.events} |

Warehouse: `{report.warehouse}`

## Most-reported events
| date | granularity | type | action | actors | sources |
|---|---|---|---|---|---:|
{rows}

## Quarantined inputs
{quarantined}
"""
