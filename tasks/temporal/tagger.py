"""Find and normalize the temporal expressions of one text (the ``tag`` entry point)."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Sequence

from models.records import Timex
from tasks.temporal.fallback import normalize_span
from tasks.temporal.norm import Norm
from tasks.temporal.rules import RULES, Context

# Bounded work per document: longer texts are tagged on their first MAX_CHARS characters.
MAX_CHARS = 2_000_000

# A cheap pre-check: without a digit or one of these word stems no rule can match a region.
_HAS_CANDIDATE = re.compile(
    r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|decade|centur|"
    r"now|recent|future|tonight|tomorrow|spring|summer|autumn|fall|winter|quarter|noon|midnight|"
    r"hour|minute|second|annual|ago|dail|nightly|christmas|easter|thanksgiving|halloween)")


def _as_date(anchor: date | datetime | None) -> date | None:
    if anchor is None:
        return None
    if isinstance(anchor, datetime):
        return anchor.date()
    if isinstance(anchor, date):
        return anchor
    return None


# How far a rule's full match may reach before / after its trigger word.
_REACH_BACK = 64
_REACH_FORWARD = 64


def _windows(trigger: re.Pattern, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - _REACH_BACK), min(n, m.end() + _REACH_FORWARD)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _matches(rule, text: str):
    if rule.trigger is None:
        yield from rule.pattern.finditer(text)
        return
    for lo, hi in _windows(rule.trigger, text):
        # Start each window at a word boundary so no match begins mid-word.
        while lo > 0 and text[lo - 1].isalnum():
            lo -= 1
        yield from rule.pattern.finditer(text, lo, hi)


def _candidates(text: str) -> list[tuple[int, int, int, object, re.Match]]:
    found = []
    for rule in RULES:
        for m in _matches(rule, text):
            s, e = m.span()
            if s >= e:
                continue
            if rule.guard is not None and not rule.guard(m, text):
                continue
            found.append((s, e, rule.priority, rule, m))
    return found


def _select(cands: list) -> list:
    """Longest match wins; among equally long ones the rule with the lower priority number."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    import bisect
    starts: list[int] = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_left(starts, s)
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        starts.insert(i, s)
        taken.insert(i, (s, e))
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def _to_timex(text: str, s: int, e: int, n: Norm, anchor: date | None, rule: str) -> Timex:
    if n.span is not None:
        s, e = n.span
    s, e = _trim_span(text, s, e)
    return Timex(start=s, end=e, text=text[s:e], value=n.value, type=n.type,  # type: ignore[arg-type]
                 granularity=n.granularity, date_start=n.date_start, date_end=n.date_end,
                 anchor=anchor, rule=rule, basis=n.basis, mod=n.mod)  # type: ignore[arg-type]


def tag(text: str, anchor: date | datetime | None, *,
        spacy_dates: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
    """All temporal expressions in ``text``, in text order, normalized against ``anchor``.

    ``anchor`` is the publication date (document creation time). ``spacy_dates`` are optional
    character spans of spaCy DATE/TIME entities, tried as extra candidates where no rule fired.
    Never raises on any string.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _tag(text[:MAX_CHARS], _as_date(anchor), spacy_dates)
    except Exception:  # noqa: BLE001 - untrusted text must never crash the pipeline
        return []


def tag_for_scoring(text: str, anchor: date | datetime | None) -> list[Timex]:
    """Like ``tag`` but with ranges split into their TimeML parts ("from 2001 to 2003" is two
    TIMEX3 in TimeBank; the pipeline wants one range)."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _tag(text[:MAX_CHARS], _as_date(anchor), None, split_ranges=True)
    except Exception:  # noqa: BLE001
        return []


def _tag(text: str, anchor: date | None,
         spacy_dates: Sequence[tuple[int, int]] | None, split_ranges: bool = False) -> list[Timex]:
    if not _HAS_CANDIDATE.search(text):
        return []
    chosen = _select(_candidates(text))
    ctx = Context(text=text, anchor=anchor)
    out: list[Timex] = []
    for s, e, _prio, rule, m in chosen:
        try:
            n = rule.resolve(m, ctx)
        except (ValueError, OverflowError, KeyError, TypeError):
            n = None
        if n is None:
            continue
        tx = _to_timex(text, s, e, n, anchor, rule.name)
        if tx.start >= tx.end:
            continue
        _advance_reference(ctx, tx)
        if split_ranges:
            out.extend(_split_range(text, m, tx))
        else:
            out.append(tx)
    if spacy_dates:
        out = _add_spacy_spans(text, anchor, out, spacy_dates)
    return out


def _split_range(text: str, m: re.Match, tx: Timex) -> list[Timex]:
    """TimeML annotates "1994 and 1997" or "April 24 and 25" as two TIMEX3."""
    if tx.granularity != "range" or tx.date_start is None or tx.date_end is None:
        return [tx]
    groups = m.re.groupindex
    if "y2" in groups and m.group("y2"):
        first = (m.start("y1"), m.end("y1"), f"{tx.date_start.year:04d}")
        second = (m.start("y2"), m.end("y2"), f"{tx.date_end.year:04d}")
    elif "d2" in groups and m.group("d2"):
        first = (tx.start, m.end("d1"), tx.date_start.isoformat())
        second = (m.start("mon2") if m.group("mon2") else m.start("d2"), tx.end,
                  tx.date_end.isoformat())
    else:
        return [tx]
    parts = []
    for s, e, value in (first, second):
        s, e = _trim_span(text, s, e)
        if s < e:
            parts.append(Timex(start=s, end=e, text=text[s:e], value=value, type="DATE",
                               granularity="day" if len(value) == 10 else "year",
                               date_start=None, date_end=None, anchor=tx.anchor, rule=tx.rule,
                               basis=tx.basis))
    return parts


def _advance_reference(ctx: Context, tx: Timex) -> None:
    """Move the story's reference time to the last day-precise date it mentioned."""
    if tx.type not in ("DATE", "TIME") or tx.date_start is None:
        return
    if tx.basis == "relative_to_narrative":
        return
    if tx.date_end is not None and (tx.date_end - tx.date_start).days <= 31 and \
            tx.granularity in ("day", "range", "time"):
        ctx.ref = tx.date_start
    if tx.granularity in ("day", "month", "year", "range", "season", "quarter", "time"):
        ctx.ref_year = tx.date_start.year


def _add_spacy_spans(text: str, anchor: date | None, out: list[Timex],
                     spans: Sequence[tuple[int, int]]) -> list[Timex]:
    taken = [(t.start, t.end) for t in out]
    extra: list[Timex] = []
    for span in spans:
        try:
            s, e = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if not (0 <= s < e <= len(text)):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        n = normalize_span(text[s:e], anchor)
        if n is None:
            continue
        extra.append(_to_timex(text, s, e, n, anchor, "spacy+dateparser"))
        taken.append((s, e))
    if not extra:
        return out
    return sorted(out + extra, key=lambda t: (t.start, t.end))
