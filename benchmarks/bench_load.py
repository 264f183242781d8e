"""Warehouse load benchmark: the bulk Arrow loader vs. the SQLAlchemy ORM, measured in one run.

The loader stages whole batches as Arrow tables and inserts with ``INSERT ... SELECT``; the
baselines write the same mention rows through SQLAlchemy: one ``session.add`` per row, and the
2.0-style ``session.execute(insert(Model), rows)``. ``main()`` returns a markdown section.
"""
from __future__ import annotations

import tempfile
import time
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session

from models.records import Article, DedupAssignment, Event, EventMention, LoadBatch, RunSummary
from models.tables import MentionRow
from warehouse.loader import init_warehouse, load_batch

N_ARTICLES = 5_000
MENTIONS_PER_ARTICLE = 10
ORM_ROWS = 5_000  # the per-row ORM path is slow; its rate is measured on fewer rows


def _batch(n_articles: int, per_article: int) -> LoadBatch:
    day = date(2024, 6, 1)
    articles, assignments, mentions, events = [], [], [], []
    for i in range(n_articles):
        aid = f"a{i:07d}"
        text = f"Story {i}. Officials met in Hanoi on June {1 + i % 28}."
        articles.append(Article(aid, f"d{i:07d}", f"story-{i}.txt", f"/in/story-{i}.txt", f"Story {i}", text,
                                None, None, day, "metadata", len(text.split())))
        assignments.append(DedupAssignment(aid, aid, aid))
        for j in range(per_article):
            when = day + timedelta(days=(i + j) % 28)
            mentions.append(EventMention(
                mention_id=f"m{i:07d}-{j:02d}", article_id=aid, source=f"story-{i}.txt", sentence=text,
                char_start=0, char_end=len(text), date_text="June 1", date_value=when.isoformat(),
                date_start=when, date_end=when, granularity="day", date_basis="explicit", action="meet",
                event_type="CONSULT", actors=("Ann Example", "Bo Sample"), location="Hanoi", kind="meeting",
                actor_kinds=("PERSON", "PERSON"),
            ))
    by_event: dict[str, list[str]] = {}
    for m in mentions:
        by_event.setdefault(m.date_value, []).append(m.mention_id)
    for value, ids in sorted(by_event.items()):
        when = date.fromisoformat(value)
        events.append(Event(f"e{value}", when, when, "day", "CONSULT", "meet", "Officials met.", ("Ann Example",),
                            "Hanoi", tuple(ids), len(ids), len(ids), len(ids), 0.9))
    run = RunSummary("bench", ("bench",), n_articles, n_articles, 0, 0, len(mentions), len(events), "{}")
    return LoadBatch(run, tuple(articles), tuple(assignments), (), (), tuple(mentions), tuple(events), (), ())


def _mention_rows(mentions: list[EventMention]) -> list[dict]:
    rows = []
    for m in mentions:
        row = asdict(m)
        row["actors"] = list(m.actors)
        rows.append({k: row[k] for k in MentionRow.__table__.columns.keys() if k in row})
    return rows


def _orm_rate(path: Path, mentions: list[EventMention], *, per_row: bool) -> float:
    engine = create_engine(f"duckdb:///{path}")
    rows = _mention_rows(mentions)
    try:
        started = time.perf_counter()
        with Session(engine) as session, session.begin():
            if per_row:
                for row in rows:
                    session.add(MentionRow(**row))
                    session.flush()
            else:
                session.execute(insert(MentionRow), rows)
        return len(rows) / (time.perf_counter() - started)
    finally:
        engine.dispose()


def main() -> str:
    batch = _batch(N_ARTICLES, MENTIONS_PER_ARTICLE)
    total_rows = len(batch.articles) * 3 + len(batch.mentions) * 2 + len(batch.events) * 2
    with tempfile.TemporaryDirectory() as tmp:
        bulk_path = Path(tmp) / "bulk.duckdb"
        started = time.perf_counter()
        load_batch(bulk_path, batch)
        first = time.perf_counter() - started
        started = time.perf_counter()
        load_batch(bulk_path, batch)
        reload = time.perf_counter() - started

        orm_path = Path(tmp) / "orm.duckdb"
        init_warehouse(orm_path)
        sample = list(batch.mentions[:ORM_ROWS])
        per_row = _orm_rate(orm_path, sample, per_row=True)
        orm_path.unlink()
        init_warehouse(orm_path)
        executemany = _orm_rate(orm_path, sample, per_row=False)

    n_mentions = len(batch.mentions)
    return f"""## Warehouse load (`benchmarks/bench_load.py`)

Synthetic batch: {N_ARTICLES:,} articles, {n_mentions:,} mentions, {len(batch.events):,} events
(about {total_rows:,} rows over all tables, including links, documents and dedup columns).

| path | what is timed | result |
|---|---|---:|
| `load_batch` (Arrow staging, `INSERT ... SELECT`, contracts, atomic publish) | first load, all tables | {first:.2f} s ({n_mentions / first:,.0f} mentions/s) |
| `load_batch` | idempotent reload of the same batch (delete keys, insert) | {reload:.2f} s |
| baseline: SQLAlchemy ORM, `session.add` + flush per row | {ORM_ROWS:,} mention rows | {per_row:,.0f} rows/s |
| baseline: SQLAlchemy 2.0 `session.execute(insert(MentionRow), rows)` | {ORM_ROWS:,} mention rows | {executemany:,.0f} rows/s |
"""


if __name__ == "__main__":
    print(main())
