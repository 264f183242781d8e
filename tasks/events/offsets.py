"""Acts dated by their distance from another act.

"The ceremony came a day after Congress passed the bill", "a few hours after the ministry's
announcement, the army fired a missile", "she spoke on Saturday, a day after meeting her
counterpart": a duration with "after" or "before" ties two acts. When one of them has a date
(its own expression, or the story's reference time at that point), the other is that date
shifted by the duration. Pure: reads the parse and the tagger's expressions only.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from models.records import Timex

_RELATIONS = {"after": 1, "before": -1}
_DAYS = re.compile(r"P(\d+)([DW])")
_MONTHS = re.compile(r"P(\d+)M")
_BOUNDS = frozenset({"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
_WITHIN_A_DAY = re.compile(r"PT(?:\d+|X)[HM]")


@dataclass(frozen=True, slots=True)
class OffsetLink:
    """``date(later) = date(earlier) + days``; ``reference`` is the side a story's reference
    time dates when neither act has a date of its own."""

    earlier: Token
    later: Token
    days: int
    reference: Token
    start: int  # the words that give the offset ("a day after")
    end: int
    text: str
    months: int = 0  # "two months after": the other act's month, shifted (``days`` is then 0)


def offset_days(value: str) -> int | None:
    """Whole days in a duration value: P1D -> 1, P2W -> 14, hours and minutes -> 0 (same day)."""
    m = _DAYS.fullmatch(value)
    if m:
        return int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    return 0 if _WITHIN_A_DAY.fullmatch(value) else None


def offset_months(value: str) -> int | None:
    """Whole months in a duration value: P2M -> 2; anything else -> None."""
    m = _MONTHS.fullmatch(value)
    return int(m.group(1)) if m else None


def shift_months(day: date, months: int) -> tuple[date, date]:
    """The calendar month ``months`` after (or, negative, before) the month of ``day``."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    start = date(year, month0 + 1, 1)
    return start, date(year, month0 + 1, calendar.monthrange(year, month0 + 1)[1])


def offset_links(doc: Doc, timexes: Sequence[Timex]) -> list[OffsetLink]:
    links = []
    for timex in timexes:
        if timex.type != "DURATION":
            continue
        days, months = offset_days(timex.value), offset_months(timex.value)
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if (days is None and months is None) or span is None or timex.mod in _BOUNDS:
            continue  # "less than a week after" bounds the distance without giving it
        link = _link(span.root, days or 0)
        if link is not None:
            earlier, later, reference, relation = link
            end = relation.idx + len(relation.text)
            links.append(OffsetLink(earlier, later, days or 0, reference, timex.start, end, doc.text[timex.start:end],
                                    months or 0))
    return links


_WITHIN_UNITS = frozenset({"hour", "minute"})


def within_links(doc: Doc) -> list[OffsetLink]:
    """"Within hours of the announcement, the navy fired ...": the act follows the other the
    same day (the tagger marks no expression in a bare "hours")."""
    links = []
    for token in doc:
        if token.lower_ != "within" or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX"):
            continue
        unit = next((c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in _WITHIN_UNITS), None)
        of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None) if unit is not None else None
        other = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
        if other is None:
            continue
        end = of.idx + len(of.text)
        links.append(OffsetLink(other, token.head, 0, other, token.idx, end, doc.text[token.idx:end]))
    return links


def _link(duration: Token, days: int) -> tuple[Token, Token, Token, Token] | None:
    if duration.dep_ != "npadvmod":
        return None
    head = duration.head
    # "came a day after [the United States announced sanctions]": the clause is the earlier act
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in _RELATIONS), None)
    if mark is not None and head.pos_ in ("VERB", "AUX") and head.dep_ == "advcl":
        main = head.head
        return (head, main, main, mark) if _RELATIONS[mark.lower_] > 0 else (main, head, main, mark)
    # "a few hours after [the ministry's statement], the navy fired"; the parser also hangs
    # the preposition on the duration itself ("spoke on Saturday, a day after meeting ...")
    if head.lower_ in _RELATIONS and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        relation, main = head, head.head
    else:
        relation = next((c for c in duration.children if c.dep_ == "prep" and c.lower_ in _RELATIONS), None)
        main = head
        if relation is None or main.pos_ not in ("VERB", "AUX"):
            return None
    obj = next((c for c in relation.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    return (obj, main, obj, relation) if _RELATIONS[relation.lower_] > 0 else (main, obj, obj, relation)


def reference_day(timexes: Sequence[Timex], before: int, captions: Sequence[tuple[int, int]],
                  published: date | None) -> date | None:
    """The story's reference time at ``before``: its last day-level date so far, captions aside,
    else its publication date."""
    for timex in reversed(timexes):
        if timex.end > before or timex.granularity not in ("day", "time") or timex.date_start is None:
            continue
        if any(a <= timex.start < b for a, b in captions):
            continue
        return timex.date_start
    return published
