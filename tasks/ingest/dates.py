"""Publication dates from metadata strings, stored as naive UTC datetimes.

Strict on purpose: a value that is not a complete calendar date gives ``None`` rather than a
guess, and nothing is ever filled in from the current clock (the anchor must be reproducible).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from tasks.temporal.lexicon import MONTHS

# Publication dates outside this window are typos or placeholder values (0001-01-01, epoch 0).
MIN_YEAR, MAX_YEAR = 1900, 2100

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?:utc|gmt|z))?)?"
)
_NATURAL = [
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}\b", re.IGNORECASE),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}\b", re.IGNORECASE),
]


def to_naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(tzinfo=None)


def _plausible(moment: datetime | None) -> datetime | None:
    """Naive UTC when the year is credible, else None (converting year 1 can overflow)."""
    if moment is None or not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    return to_naive_utc(moment)


def _parse_natural(text: str) -> datetime | None:
    for pattern in _NATURAL:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        hour = int(parts["hour"] or 0)
        if parts["ampm"]:
            if hour > 12:
                return None
            hour = hour % 12 + (12 if parts["ampm"].lower().startswith("p") else 0)
        try:
            moment = datetime(
                int(parts["year"]),
                MONTHS[parts["month"].lower()],
                int(parts["day"]),
                hour,
                int(parts["minute"] or 0),
                int(parts["second"] or 0),
            )
        except ValueError:
            return None
        return moment
    return None


def parse_published(value: Any) -> datetime | None:
    """ISO 8601, RFC 2822 or "June 19, 2024"-style → naive UTC datetime; anything else → None.

    Aware values are converted to UTC. Values without a zone (or with a zone name such as
    "ET" that cannot be resolved without guessing) keep their wall-clock time.
    """
    if isinstance(value, datetime):
        return _plausible(value)
    if isinstance(value, date):
        return _plausible(datetime(value.year, value.month, value.day))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 100:
        return None
    parsers = (
        lambda s: datetime.fromisoformat(s[:-1] + "+00:00" if s[-1:] in "zZ" else s),
        parsedate_to_datetime,
        _parse_natural,
    )
    for parse in parsers:
        try:
            moment = parse(text)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
        if moment is not None:
            return _plausible(moment)
    return None


_DATE_LINE_TAIL = re.compile(r"^[\W_]*(?:[A-Z]{1,5}[\W_]*)?$")  # "", " ET", " (UTC)"


def is_date_line(line: str) -> bool:
    """True when a line is only a date/time (a dateline such as "Saturday, June 29, 2024")."""
    text = " ".join(line.split())
    if not text or len(text) > 60:
        return False
    for pattern in _NATURAL:
        match = pattern.match(text)
        if match and _DATE_LINE_TAIL.match(text[match.end():]):
            return True
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
