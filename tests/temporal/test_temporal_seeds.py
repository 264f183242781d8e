"""Seed traps: numbers that look like dates in the real seed articles must not become dates.

Reads ../shared at test time only; nothing from the seed texts is stored in the repository.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from tasks.temporal import tag

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GOLD = SHARED / "gold" / "seed_timeline.json"
SEEDS = SHARED / "corpus" / "seeds"

pytestmark = pytest.mark.seeds

# Trap types whose offending token is a number/ordinal that must not be read as a date.
NUMERIC_TRAPS = {"percentage", "ordinal", "one_on_one", "number", "age", "product_name",
                 "named_entity", "edition_year", "target_year", "trend_not_event"}

# The token in a trap that a naive tagger reads as a date: a percentage, an ordinal (digits or
# words), "one-on-one", a hyphenated/alphanumeric code, or any digit run that is not a plain
# four-digit year (plain years may be real dates inside a trap sentence: "grew 5% in 2023").
_OFFENDING = re.compile(
    r"\d+(?:\.\d+)?\s?%|\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)\b|one-on-one|\b[A-Za-z]+-\d+\b|\b\d+-[A-Za-z]+\b|"
    r"(?<![\d.])(?!(?:1[5-9]|20)\d\d\b)\d+(?:\.\d+)?\b")


def _need_shared() -> None:
    if not GOLD.is_file() or not SEEDS.is_dir():
        pytest.skip(f"../shared not found: {SHARED.resolve()} (seed gold and corpus are needed)")


def _source_text(source: str) -> str:
    name, _, part = source.partition("#")
    text = (SEEDS / name).read_text(encoding="utf-8")
    if not part:
        return text
    chunks = re.split(r"(?m)^[ \t]*Read More[ \t]*\r?$", text)
    return chunks[int(part) - 1]


def _anchor(doc: dict) -> date | None:
    for key in ("published", "published_estimate"):
        if doc.get(key):
            return date.fromisoformat(doc[key])
    rng = doc.get("published_range")
    return date.fromisoformat(rng[1]) if rng else None


def _load():
    _need_shared()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = {d["source"]: d for d in gold["documents"]}
    return gold, docs


def test_numeric_traps_are_not_dated():
    gold, docs = _load()
    checked = 0
    problems = []
    for trap in gold["traps"]:
        if trap["type"] not in NUMERIC_TRAPS:
            continue
        text = _source_text(trap["source"])
        at = text.find(trap["text"])
        assert at >= 0, f"trap text not found in {trap['source']}"
        offending = [(at + m.start(), at + m.end()) for m in _OFFENDING.finditer(trap["text"])]
        if trap["type"] in ("edition_year", "target_year", "trend_not_event"):
            # These are real years used as names or targets; only non-year numbers count here.
            offending = [o for o in offending if not re.fullmatch(r"\d{4}", text[o[0]:o[1]])]
        for tx in tag(text, _anchor(docs.get(trap["source"], {}))):
            if tx.type not in ("DATE", "TIME"):
                continue
            for s, e in offending:
                if tx.start < e and s < tx.end:
                    problems.append((trap["type"], trap["text"][:60], tx.text, tx.value))
        checked += 1
    assert checked >= 15
    assert problems == []


def test_years_in_seed_texts_have_year_granularity():
    gold, docs = _load()
    years_seen = 0
    for source, doc in docs.items():
        text = _source_text(source)
        for m in re.finditer(r"\bin (20\d\d|19\d\d)\b(?![-/%])", text):
            hits = [t for t in tag(text, _anchor(doc)) if t.start == m.start(1)]
            assert hits, f"year at {m.start(1)} in {source} not tagged"
            tx = hits[0]
            assert tx.granularity in ("year", "range"), (source, tx)
            assert tx.value == m.group(1)
            assert tx.date_start == date(int(m.group(1)), 1, 1)
            years_seen += 1
    assert years_seen >= 5


def test_dated_trap_dateline_is_an_explicit_day():
    gold, docs = _load()
    datelines = [t for t in gold["traps"] if t["type"] == "dateline"]
    assert datelines, "the gold file lists dateline traps"
    for trap in datelines:
        text = _source_text(trap["source"])
        at = text.find(trap["text"])
        hits = [t for t in tag(text, None) if at <= t.start < at + len(trap["text"])]
        assert hits and hits[0].granularity == "day" and hits[0].basis == "explicit", trap["text"]
