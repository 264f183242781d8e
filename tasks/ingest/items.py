"""What a format parser hands back before provenance and sidecar metadata are applied."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Item:
    """One story found in a file; ``number`` is its 1-based position (record, line, story)."""

    number: int
    text: str
    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A part of a file (``number`` > 0) or the whole file (0) that yields no article."""

    number: int
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class FileParse:
    """``records`` counts every record the file holds, good or bad: a file with exactly one
    keeps its plain name as the article's source. ``self_described`` formats (JSON, feeds)
    carry per-record metadata that wins over the manifest."""

    fmt: str
    items: tuple[Item, ...] = ()
    problems: tuple[Problem, ...] = ()
    records: int = 0
    self_described: bool = False
    default_outlet: str | None = None  # a feed's own title, used when neither record nor manifest names one
