"""dateparser as a last resort for spans our own rules cannot normalize (e.g. spaCy DATE
entities in unusual wording). Always anchored (RELATIVE_BASE), never against the clock."""
from __future__ import annotations

import re
from datetime import date, datetime

from tasks.temporal import norm as N
from tasks.temporal.calendar import month_end
from tasks.temporal.norm import Norm

# dateparser can be slow on long or odd inputs; only short, plausible spans reach it.
_MAX_LEN = 40
_REJECT = re.compile(r"%|\$|€|£|(?i:percent|\bage[ds]?\b|-year-old|\d+(?:st|nd|rd|th)\b|"
                     r"one-on-one|million|billion)")


_AGE_OR_COUNT = re.compile(r"(?i:(?:now|aged?|about|some|around|nearly|over)\s+)?\d{1,3}")


def normalize_span(span: str, anchor: date | None) -> Norm | None:
    span = " ".join(span.split())
    if anchor is None or not span or len(span) > _MAX_LEN or _REJECT.search(span):
        return None
    if not re.search(r"\d|[A-Za-z]{3}", span):
        return None
    if _AGE_OR_COUNT.fullmatch(span):
        return None  # "now 80", "aged 71", "10": a bare short number is an age or a count, not a year
    try:
        from dateparser.date import DateDataParser  # noqa: PLC0415 - heavy, only on demand

        settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
                    "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        dd = DateDataParser(languages=["en"], settings=settings).get_date_data(span)
    except Exception:  # noqa: BLE001 - a fallback must never crash the tagger
        return None
    got = getattr(dd, "date_obj", None)
    if got is None:
        return None
    period = getattr(dd, "period", None) or "day"
    d = got.date()
    if period == "year":
        return N.year(d.year, "relative_to_publication")
    if period == "month":
        return Norm(f"{d.year:04d}-{d.month:02d}", "DATE", "month", date(d.year, d.month, 1),
                    month_end(d.year, d.month), "relative_to_publication")
    return N.day(d, "relative_to_publication")
