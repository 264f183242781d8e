"""The last time an act happened, from "the first ... in N years".

"The chancellor's visit to Algiers, his first in 24 years", "the first summit of the three
in four years": an act called the first in a span of years or months implies the one before
it, that long before the story's time. That earlier act is dated by the span, at the span's
own granularity (a year, a month), and reported by the same sentence. Pure: reads the parse and
the tagger's expressions only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from models.records import Timex

from .lexicon import Trigger, noun_trigger
from .offsets import shift_months

_SPAN = re.compile(r"P(\d+)([YM])")
_FIRST = frozenset({"first"})
_MAX_CLIMB = 4


@dataclass(frozen=True, slots=True)
class Recurrence:
    """``event`` (the noun naming the act) last happened at ``timex``; ``ordinal`` is the word
    that says so ("first"), the trigger of the earlier act's mention."""

    event: Token
    trigger: Trigger
    ordinal: Token
    timex: Timex


def previous_occurrences(doc: Doc, timexes: Sequence[Timex], reference: date | None) -> list[Recurrence]:
    """Every "first ... in <span>" whose act names an event, dated ``reference`` minus the span."""
    if reference is None:
        return []
    found = []
    for timex in timexes:
        match = _SPAN.fullmatch(timex.value) if timex.type == "DURATION" and timex.mod is None else None
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand") if match else None
        if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "in":
            continue
        holder = span.root.head.head
        ordinal = holder if holder.lower_ in _FIRST else next(
            (c for c in holder.children if c.dep_ == "amod" and c.lower_ in _FIRST), None
        )
        event = None if ordinal is None else holder if holder is not ordinal else _referent(ordinal)
        trigger = _event_trigger(event) if event is not None else None
        if trigger is None or ordinal is None:
            continue
        found.append(Recurrence(event, trigger, ordinal, _earlier(timex, int(match.group(1)), match.group(2), reference)))
    return found


def _referent(ordinal: Token) -> Token | None:
    """What a bare "first" stands for: the subject of "was the first", or the event noun the
    apposition "his first" follows (the parser may hang it on the noun's own modifier)."""
    if ordinal.dep_ == "attr":
        return next((c for c in ordinal.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    token = ordinal
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and _event_trigger(token) is not None:
            return token
    return None


def _event_trigger(token: Token) -> Trigger | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun_trigger(token)


def _earlier(timex: Timex, n: int, unit: str, reference: date) -> Timex:
    if unit == "Y":
        year = reference.year - n
        value, start, end, granularity = f"{year:04d}", date(year, 1, 1), date(year, 12, 31), "year"
    else:
        start, end = shift_months(reference, -n)
        value, granularity = start.isoformat()[:7], "month"
    return Timex(
        start=timex.start, end=timex.end, text=timex.text, value=value, type="DATE", granularity=granularity,
        date_start=start, date_end=end, anchor=reference, rule="previous_occurrence", basis="relative_to_publication",
    )
