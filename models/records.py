"""Typed records passed between pipeline stages.

Every pure function in ``tasks/`` takes and returns these frozen dataclasses, so each stage
can be unit-tested without Prefect or a database. The SQLAlchemy tables in
``models/tables.py`` are the persistent form of the same data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

# How an article's publication date (the anchor for relative dates) was found.
PublishedBasis = Literal[
    "metadata", "dateline", "updated_line", "url", "copies", "inferred", "corroborated", "bundle_context", "story_context",
    "unknown",
]

# How one event mention's date was resolved (the `event_mentions.date_basis` contract).
DateBasis = Literal[
    "explicit",  # the text gives the calendar date (a month-day without year takes the anchor's year)
    "relative_to_publication",  # "last month", "on Wednesday" resolved against the publication date
    "relative_to_narrative",  # "the day after", "on the same day" against the story's reference time
    "publication_fallback",  # no usable temporal words: the publication date itself
]

# Granularity of a calendar interval as the timeline reports it.
Granularity = Literal["day", "month", "year", "range"]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

EventStatus = Literal["occurred", "scheduled"]

MentionOrigin = Literal["extracted", "linked", "narrated", "derived", "lead"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from a source, before dating and deduplication.

    ``source`` is what analysts see as provenance: the file's path relative to the source
    root, ``name#n`` (1-based) for the n-th story of a bundle or line of a JSONL file, or the
    record's URL when a JSON record carries one.
    """

    source: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None  # from metadata only; inference happens later
    fmt: str = "txt"


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input that could not become an article; kept with its reason, never silently lost."""

    path: str
    reason: str  # short machine-readable code: binary, undecodable, empty, bad_json, too_large, ...
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalized temporal expression (TIMEX3-style) found in a text.

    ``start``/``end`` are character offsets into the text given to the tagger. ``value`` is the
    TIMEX3 value (``2024-06-19``, ``2024-06``, ``2024-W25``, ``P3Y``, ``PAST_REF`` ...);
    ``date_start``/``date_end`` is the calendar interval a DATE covers (None for durations,
    sets and vague references). ``basis`` says how the value was resolved.
    """

    start: int
    end: int
    text: str
    value: str
    type: TimexType
    granularity: str  # day | week | month | quarter | season | year | decade | century | range | time | duration | set | vague
    date_start: date | None
    date_end: date | None
    anchor: date | None
    rule: str
    basis: DateBasis = "explicit"
    mod: str | None = None  # TIMEX3 mod: EARLY, MID, LATE, BEFORE, AFTER, APPROX ...


@dataclass(frozen=True, slots=True)
class Article:
    """An ingested, dated article. ``article_id`` is a stable hash of ``source``;
    ``doc_id`` a hash of the normalized text, shared by exact copies."""

    article_id: str
    doc_id: str
    source: str
    path: str
    title: str | None
    text: str
    url: str | None
    outlet: str | None
    published: date | None
    published_basis: PublishedBasis
    word_count: int
    fmt: str = "txt"


@dataclass(frozen=True, slots=True)
class DedupAssignment:
    """Where deduplication put one article: its cluster and the cluster's canonical copy."""

    article_id: str
    cluster_id: str
    canonical_id: str  # == article_id for the canonical copy itself
    similarity: float = 1.0  # to the canonical copy (1.0 for exact copies and the canonical)
    method: str = "exact"  # exact | near | contained | canonical
    # the wire story it carries: its cluster's, shared with rewrites and write-throughs of it
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleOverlap:
    """Two articles that share passages without being copies of each other."""

    article_a: str
    article_b: str
    shared_sentences: int
    containment_a: float  # share of a's sentences found in b
    containment_b: float
    relation: str = "shared_passages"  # | derived: a rewrite or write-through of one wire story


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """A run of sentences two overlapping articles share: characters [a_start, a_end) of
    article_a's text are [b_start, b_end) of article_b's."""

    article_a: str
    article_b: str
    passage_no: int  # 1, 2, ... in article_a's order
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    sentences: int


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence-level report of a dated event in one article."""

    mention_id: str
    article_id: str
    source: str
    sentence: str
    char_start: int  # sentence offsets in the article text
    char_end: int
    date_text: str
    date_value: str  # TIMEX3 value of the date used
    date_start: date
    date_end: date
    granularity: Granularity
    date_basis: DateBasis
    action: str  # verb lemma or nominal event ("visit", "treaty", "talks")
    event_type: str  # PLOVER 2.0 top-level category
    actors: tuple[str, ...]  # canonical names
    location: str | None
    status: EventStatus = "occurred"
    is_caption: bool = False
    trigger_start: int = -1  # offsets of the trigger word in the article text
    trigger_end: int = -1
    kind: str = ""  # fine-grained act (arrival, agreement, meeting ...): what merging compares
    actor_kinds: tuple[str, ...] = ()  # entity label of each actor (PERSON, ORG, GPE, NORP)
    clause: str = ""  # the trigger's own clause, without fronted framing ("During the talks, ...")
    # extracted: dated by its own words; linked / narrated: an undated report dated by the event
    # it reports or the episode its story tells; derived: a copy made by merging (an arrival as
    # evidence of its visit). Only extracted mentions are merge inputs on a later night.
    origin: MentionOrigin = "extracted"


@dataclass(frozen=True, slots=True)
class UndatedMention:
    """A sentence that reports an act without dating it ("the pact Putin signed with Kim").
    It becomes an :class:`EventMention` only if merging finds the one dated event it reports."""

    article_id: str
    source: str
    sentence: str
    char_start: int
    char_end: int
    action: str
    kind: str
    event_type: str
    actors: tuple[str, ...]
    actor_kinds: tuple[str, ...]
    location: str | None
    status: EventStatus
    published: date | None
    trigger_start: int
    trigger_end: int
    caption_date: date | None = None  # a photo caption's own date: it may only support that day's event
    tense: str = "past"  # past | perfect | present | future | none, from the parse
    quoted: bool = False  # inside a quotation: its time is the speaker's, not the story's
    frame: str | None = None  # kind of the event noun that frames it ("during the visit" -> visit)
    frame_relation: str | None = None  # during | after | before
    part: int = 0  # n-th of several reports split from one trigger ("met A, B and C" -> 3)
    asserted: bool = True  # the clause states the act, rather than refers to it ("in his meeting with")
    clause: str = ""  # the trigger's own clause, as for EventMention
    states: tuple[str, ...] = ()  # countries its clause names, by name or demonym ("his Vietnamese counterpart")
    frame_place: str | None = None  # where the framing event is ("ahead of his visit to Vietnam" -> Vietnam)
    came_from: str | None = None  # where a trip started ("flew in from Pyongyang"): not where it arrived
    lead: bool = False  # told in the headline or the first sentences: the news of its report
    reported: bool = False  # told in what someone says ("the airport fell, officials said")


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event: the merge of all its mentions across articles."""

    event_id: str
    date_start: date
    date_end: date
    granularity: Granularity
    event_type: str
    action: str
    summary: str
    actors: tuple[str, ...]
    location: str | None
    mention_ids: tuple[str, ...]  # every mention merged into this event
    num_mentions: int
    num_articles: int
    num_sources: int
    confidence: float
    status: EventStatus = "occurred"
    date_conflict: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor with the surface forms seen for it."""

    entity_id: str
    name: str
    kind: str  # PERSON | ORG | GPE | NORP | LOC
    aliases: tuple[str, ...] = field(default_factory=tuple)
    country: str | None = None  # ISO 3166 alpha-2 of a state or a place (Hanoi -> VN), when known


@dataclass(frozen=True, slots=True)
class DedupSignature:
    """What deduplication persists per article so later runs can join old clusters without
    re-reading old text (issue #4: incremental dedup)."""

    article_id: str
    cluster_id: str
    canonical_id: str
    minhash: tuple[int, ...]  # MinHash signature (unsigned 64-bit values)
    sentence_hashes: tuple[int, ...]  # hashes of normalized sentences, for passage overlap
    word_count: int
    published: date | None
    story_id: str | None = None  # None in warehouses written before stories: the cluster's


@dataclass(frozen=True, slots=True)
class RunSummary:
    """One pipeline run. ``run_id`` fingerprints the input and settings, not the wall clock, so
    re-running the same input yields the same row (the warehouse stays deterministic)."""

    run_id: str
    sources: tuple[str, ...]
    n_files: int
    n_articles: int
    n_quarantined: int
    n_duplicates: int
    n_mentions: int
    n_events: int
    settings_json: str


@dataclass(frozen=True, slots=True)
class PriorState:
    """What earlier nights left in the warehouse that tonight's run builds on: the dedup
    signatures of stored articles, and the merge inputs of their mentions (dated by their own
    words) and undated reports. Empty before the first load."""

    signatures: tuple[DedupSignature, ...] = ()
    mentions: tuple[EventMention, ...] = ()
    undated: tuple[UndatedMention, ...] = ()


@dataclass(frozen=True, slots=True)
class EventType:
    """One accepted value of ``event_type``: a PLOVER category or a documented news type."""

    event_type: str
    description: str


def _vocabulary_event_types() -> tuple[EventType, ...]:
    from tasks.vocabulary import event_vocabulary  # the vocabulary is data, read on first use

    return tuple(EventType(t, d) for t, d in event_vocabulary().types.items())


@dataclass(frozen=True, slots=True)
class LoadBatch:
    """Everything one run writes to the warehouse.

    ``articles``, ``assignments``, ``signatures``, ``overlaps``, ``passages``, ``mentions``, ``undated``
    and ``quarantined`` cover this run's inputs and are upserted by key. ``events`` and ``entities`` are the complete
    re-merged set over all mentions in the warehouse and replace the previous set.
    """

    run: RunSummary
    articles: tuple[Article, ...]
    assignments: tuple[DedupAssignment, ...]
    signatures: tuple[DedupSignature, ...]
    overlaps: tuple[ArticleOverlap, ...]
    mentions: tuple[EventMention, ...]
    events: tuple[Event, ...]
    entities: tuple[Entity, ...]
    quarantined: tuple[Quarantined, ...]
    undated: tuple[UndatedMention, ...] = ()  # this run's undated reports: merge inputs on later nights
    passages: tuple[SharedPassage, ...] = ()  # the shared runs of ``overlaps``, replaced per pair
    # the vocabulary's event types, replaced whole on every load
    event_types: tuple[EventType, ...] = field(default_factory=_vocabulary_event_types)
