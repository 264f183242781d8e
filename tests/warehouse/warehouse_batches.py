"""Hand-built load batches and helpers for the warehouse tests.

Night 1: a wire story (a1) with an exact copy (a2) and a near copy (a3), an unrelated story
(a4) that also reports the signing, and a source name built to break naive SQL quoting.
Night 2: a copy of a4 arrives (a5), a new story (a6) adds a mention to the signing and a new
event, and the merger re-merges: the talks event gets a new id.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb

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

HOSTILE_SOURCE = "feed'; DROP TABLE core.articles; --.txt"

STORY_A = (
    "Ministers sign river accord\n\n"
    "VIENNA, March 5, 2024 - Anna Berg and Tomas Lind signed an accord on the shared river "
    "on Tuesday. The two ministers first met in 2019 when the river commission was founded."
)
STORY_A_NEAR = (
    "River accord signed in Vienna\n\n"
    "VIENNA, March 5, 2024 - Anna Berg and Tomas Lind signed an accord on the shared river "
    "on Tuesday. The two ministers first met in 2019 when the commission was set up."
)
STORY_B = (
    "Talks on fishing quotas\n\n"
    "Negotiators from Ruritania held talks on fishing quotas in March 2024. Berg's accord with "
    "Lind was signed on March 5, officials said."
)
STORY_C = (
    "Commission meets again\n\n"
    "The river commission will meet in Graz on April 2, 2024, a week after Lind praised the "
    "accord he signed with Berg on March 5."
)


def _id(prefix: str, value: str) -> str:
    return f"{prefix}_{hashlib.sha1(value.encode()).hexdigest()[:12]}"


def article(source: str, text: str, published: date | None = date(2024, 3, 5)) -> Article:
    return Article(
        article_id=_id("art", source),
        doc_id=_id("doc", text),
        source=source,
        path=source.split("#")[0],
        title=text.splitlines()[0],
        text=text,
        url=None,
        outlet="Wire",
        published=published,
        published_basis="dateline" if published else "unknown",
        word_count=len(text.split()),
    )


def mention(mention_id: str, art: Article, sentence: str, **overrides) -> EventMention:
    start = art.text.index(sentence)
    fields = dict(
        mention_id=mention_id,
        article_id=art.article_id,
        source=art.source,
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        date_text="on Tuesday",
        date_value="2024-03-05",
        date_start=date(2024, 3, 5),
        date_end=date(2024, 3, 5),
        granularity="day",
        date_basis="relative_to_publication",
        action="sign",
        event_type="AGREE",
        actors=("Anna Berg", "Tomas Lind"),
        location="Vienna",
    )
    fields.update(overrides)
    return EventMention(**fields)


def event(event_id: str, mentions: list[EventMention], **overrides) -> Event:
    first = mentions[0]
    fields = dict(
        event_id=event_id,
        date_start=first.date_start,
        date_end=first.date_end,
        granularity=first.granularity,
        event_type=first.event_type,
        action=first.action,
        summary=f"{first.action}: {', '.join(first.actors)}",
        actors=first.actors,
        location=first.location,
        mention_ids=tuple(m.mention_id for m in mentions),
        num_mentions=len(mentions),
        num_articles=len({m.article_id for m in mentions}),
        num_sources=len({m.article_id for m in mentions}),
        confidence=0.9,
    )
    fields.update(overrides)
    return Event(**fields)


def signature(art: Article, assignment: DedupAssignment, seed: int) -> DedupSignature:
    return DedupSignature(
        article_id=art.article_id,
        cluster_id=assignment.cluster_id,
        canonical_id=assignment.canonical_id,
        # The top of the unsigned 64-bit range must survive the round trip.
        minhash=(2**64 - 1, seed, 2**63 + seed),
        sentence_hashes=(seed * 7, 2**64 - 2),
        word_count=art.word_count,
        published=art.published,
    )


def canonical(art: Article) -> DedupAssignment:
    return DedupAssignment(art.article_id, _id("clu", art.article_id), art.article_id, 1.0, "canonical")


def copy_of(art: Article, original: DedupAssignment, method: str, similarity: float) -> DedupAssignment:
    return DedupAssignment(art.article_id, original.cluster_id, original.canonical_id, similarity, method)


A1 = article("wire/a.txt", STORY_A)
A2 = article("mirror/a.txt", STORY_A)  # exact copy: same doc_id
A3 = article("bundle.txt#2", STORY_A_NEAR)
A4 = article(HOSTILE_SOURCE, STORY_B, published=date(2024, 3, 20))
A5 = article("syndicated/b.html", STORY_B, published=date(2024, 3, 21))
A6 = article("wire/c.txt", STORY_C, published=date(2024, 3, 26))

SIGN_A = "Anna Berg and Tomas Lind signed an accord on the shared river on Tuesday."
MET_A = "The two ministers first met in 2019 when the river commission was founded."


def batch_one() -> LoadBatch:
    as1 = canonical(A1)
    as4 = canonical(A4)
    assignments = (as1, copy_of(A2, as1, "exact", 1.0), copy_of(A3, as1, "near", 0.91), as4)
    m1 = mention("m1", A1, SIGN_A)
    m2 = mention(
        "m2", A1, MET_A, date_text="in 2019", date_value="2019", date_start=date(2019, 1, 1),
        date_end=date(2019, 12, 31), granularity="year", date_basis="explicit", action="found",
        event_type="OTHER", actors=("river commission",), location=None,
    )
    m3 = mention(
        "m3", A4, "Negotiators from Ruritania held talks on fishing quotas in March 2024.",
        date_text="in March 2024", date_value="2024-03", date_start=date(2024, 3, 1),
        date_end=date(2024, 3, 31), granularity="month", date_basis="explicit", action="talks",
        event_type="CONSULT", actors=("Ruritania",), location=None,
    )
    m4 = mention(
        "m4", A4, "Berg's accord with Lind was signed on March 5, officials said.",
        date_text="on March 5", date_basis="explicit",
    )
    mentions = (m1, m2, m3, m4)
    events = (
        event("ev_sign", [m1, m4]),
        event("ev_found", [m2]),
        event("ev_talks", [m3], summary="Ruritania talks on fishing quotas"),
    )
    articles = (A1, A2, A3, A4)
    return LoadBatch(
        run=RunSummary("run-1", ("wire", "mirror"), 5, 4, 1, 2, 4, 3, json.dumps({"threshold": 0.8})),
        articles=articles,
        assignments=assignments,
        signatures=tuple(signature(a, s, i) for i, (a, s) in enumerate(zip(articles, assignments))),
        overlaps=(ArticleOverlap(A1.article_id, A4.article_id, 1, 0.5, 0.5),),
        mentions=mentions,
        events=events,
        entities=(
            Entity("ent_berg", "Anna Berg", "PERSON", ("Berg", "Anna Berg")),
            Entity("ent_lind", "Tomas Lind", "PERSON", ("Lind",)),
            Entity("ent_rur", "Ruritania", "GPE", ()),
            Entity("ent_graz", "Graz", "LOC", (), "AT"),
        ),
        quarantined=(Quarantined("inbox/photo.bin", "binary", "NUL bytes in the first 4 KiB"),),
        undated=(UNDATED_A,),
    )


# An undated report of A1 (a merge input for later nights), split from "met Berg and Lind".
UNDATED_A = UndatedMention(
    article_id=A1.article_id, source=A1.source, sentence="Later the envoy met Berg and Lind.", char_start=80,
    char_end=114, action="meet", kind="meeting", event_type="CONSULT", actors=("Anna Berg",),
    actor_kinds=("PERSON",), location=None, status="occurred", published=A1.published, trigger_start=96,
    trigger_end=99, tense="past", frame="visit", frame_relation="during", part=1, states=("Ruritania",),
)


def batch_two() -> LoadBatch:
    """The next night: only new inputs, plus the complete re-merged event and entity sets."""
    one = batch_one()
    as4 = next(a for a in one.assignments if a.article_id == A4.article_id)
    as5 = copy_of(A5, as4, "exact", 1.0)
    as6 = canonical(A6)
    m5 = mention(
        "m5", A6, "The river commission will meet in Graz on April 2, 2024, a week after Lind "
        "praised the accord he signed with Berg on March 5.", date_text="on March 5",
        date_basis="explicit",
    )
    m6 = mention(
        "m6", A6, m5.sentence, date_text="on April 2, 2024", date_value="2024-04-02",
        date_start=date(2024, 4, 2), date_end=date(2024, 4, 2), date_basis="explicit",
        action="meet", event_type="CONSULT", actors=("river commission",), location="Graz",
        status="scheduled",
    )
    old = {m.mention_id: m for m in one.mentions}
    events = (
        event("ev_sign", [old["m1"], old["m4"], m5]),
        event("ev_found", [old["m2"]]),
        event("ev_talks_v2", [old["m3"]], summary="Ruritania quota talks"),
        event("ev_meet", [m6], status="scheduled"),
    )
    return LoadBatch(
        run=RunSummary("run-2", ("syndicated", "wire"), 2, 2, 0, 1, 2, 4, json.dumps({"threshold": 0.8})),
        articles=(A5, A6),
        assignments=(as5, as6),
        signatures=(signature(A5, as5, 50), signature(A6, as6, 60)),
        overlaps=(),
        mentions=(m5, m6),
        events=events,
        entities=one.entities,
        quarantined=(),
    )


def table_digests(path: Path) -> dict[str, tuple[int, str]]:
    """(row count, hash of the sorted content) of every table and view in the warehouse."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        relations = con.execute(
            "SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "UNION ALL SELECT schema_name || '.' || view_name FROM duckdb_views() "
            "WHERE database_name = current_database() AND NOT internal ORDER BY 1"
        ).fetchall()
        digests = {}
        for (relation,) in relations:
            rows = con.execute(f"SELECT * FROM {relation}").fetchall()
            canonical_rows = sorted(repr(row) for row in rows)
            digests[relation] = (len(rows), hashlib.sha256("\n".join(canonical_rows).encode()).hexdigest())
        return digests
    finally:
        con.close()


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter of the project's venv (a separate DuckDB process)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
