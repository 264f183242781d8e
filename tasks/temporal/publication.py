"""Publication date of an article that came without metadata, and how it was found."""
from __future__ import annotations

import re
from datetime import date, timedelta

from tasks.temporal.context import tense_at
from tasks.temporal.lexicon import DAY_RE, MONTH_RE, WEEKDAY_RE, YEAR_RE
from tasks.temporal.tagger import tag

# How far into the article a dateline or "Updated ..." line may sit (headline, byline, ...).
_HEAD_CHARS = 1500

_DATE_LINE = re.compile(
    rf"^\W*(?:{WEEKDAY_RE},?\s+)?(?:{MONTH_RE}\s+{DAY_RE},?\s+{YEAR_RE}|{DAY_RE}\s+{MONTH_RE},?\s+"
    rf"{YEAR_RE}|\d{{4}}-\d\d-\d\d)\b[^\n]{{0,40}}$", re.M)
_UPDATED = re.compile(
    r"(?i:\b(?P<kind>published|updated|posted|last\s+updated|first\s+published|modified)"
    r"(?:\s+on)?\s*:?\s*)", re.M)
_CITY_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]{{2,40}}(?:,\s*[A-Z][A-Za-z. ]{{1,30}})?,\s+(?:{WEEKDAY_RE},?\s+)?"
    rf"(?P<date>{MONTH_RE}\s+{DAY_RE}(?:,?\s+{YEAR_RE})?)\s*(?:\([^)]{{1,40}}\))?\s*[-–—_:]",
    re.M)


def _first_full_date(fragment: str) -> date | None:
    for tx in tag(fragment, None):
        if tx.type == "DATE" and tx.granularity == "day" and tx.date_start is not None:
            return tx.date_start
    return None


def _latest_year(text: str) -> int | None:
    years = [tx.date_start.year for tx in tag(text, None)
             if tx.date_start is not None and tx.granularity in ("day", "month", "year")]
    return max(years) if years else None


# A publication day in a page address: /2023/02/09/, /2023-02-09-, /20230209/, _2023_02_09.
_URL_DATE = re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d\d)(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])")


def date_in_url(url: str | None) -> date | None:
    """The day a page's address gives (news sites put it in the path); None when it has none.
    Only the path counts: a query string's numbers are ids and cache keys."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    for m in _URL_DATE.finditer(path):
        if not m.group("sep") and not _between_separators(path, m.start(), m.end()):
            continue  # "…-article-20230209123456": a run of digits is an id unless it stands alone
        try:
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


def _between_separators(path: str, start: int, end: int) -> bool:
    before = path[start - 1] if start else "/"
    after = path[end] if end < len(path) else "/"
    return not before.isalnum() and not after.isalnum()


def infer_publication(text: str, title: str | None = None) -> tuple[date | None, str]:
    """(publication date or None, basis): 'dateline' | 'updated_line' | 'inferred' | 'unknown'."""
    try:
        return _infer(text if isinstance(text, str) else "", title)
    except Exception:  # noqa: BLE001 - an unreadable date must not lose the article
        return None, "unknown"


def _infer(text: str, title: str | None) -> tuple[date | None, str]:
    head = text[:_HEAD_CHARS]
    # 1. "Published ..." beats "Updated ...": the first version is the publication.
    best_updated: tuple[int, date] | None = None
    for m in _UPDATED.finditer(head):
        d = _first_full_date(head[m.end():m.end() + 60].split("\n")[0])
        if d is None:
            continue
        rank = 0 if m.group("kind").lower().startswith(("published", "posted", "first")) else 1
        if best_updated is None or rank < best_updated[0]:
            best_updated = (rank, d)
    # 2. A line that is only a date near the top.
    for m in _DATE_LINE.finditer(head):
        d = _first_full_date(m.group(0))
        if d is not None:
            if best_updated is not None and best_updated[0] == 0:
                return best_updated[1], "updated_line"
            return d, "dateline"
    if best_updated is not None:
        return best_updated[1], "updated_line"
    # 3. "CITY, June 19 (Agency) -": the year comes from the story when the line omits it.
    m = _CITY_DATELINE.search(head)
    if m:
        frag = m.group("date")
        d = _first_full_date(frag)
        if d is not None:
            return d, "dateline"
        # the year is borrowed from the latest the story names, which may be background
        # ("MOSCOW, March 23 - ... the 2004 school siege"): a guess other evidence may beat
        year = _latest_year(text)
        d = _first_full_date(f"{frag}, {year}") if year is not None else None
        if d is not None:
            return d, "inferred"
    # 4. The latest date the story reports as past (future plans do not bound it). A month-day
    #    without a year counts in the latest year the story names, never beyond it.
    tagged = tag(text, None)
    years = [t.date_start.year for t in tagged
             if t.date_start is not None and t.granularity in ("day", "month", "year")]
    story_year = max(years) if years else None
    latest: date | None = None
    for tx in tagged:
        if tx.type != "DATE" or tx.granularity != "day":
            continue
        d = tx.date_start
        if d is None:
            m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", tx.value)
            if not m or story_year is None:
                continue
            try:
                d = date(story_year, int(m.group(1)), int(m.group(2)))
            except ValueError:
                continue
        tense = tense_at(text, tx.start, tx.end)
        if tense == "future" or (tx.date_start is None and tense != "past"):
            continue
        if latest is None or d > latest:
            latest = d
    if latest is not None:
        return latest, "inferred"
    return None, "unknown"


def bounded_publication(text: str, hint: date) -> date | None:
    """A publication date for a story that states none, given a nearby date (``hint``) that
    supplies the year: after the latest explicit day it reports as past, before the earliest it
    reports as future. The latest date that fits is chosen; None when the story gives no bound.
    """
    from tasks.temporal.context import tense_at
    from tasks.temporal.tagger import tag

    try:
        timexes = tag(text, hint)
    except Exception:  # noqa: BLE001 - a story we cannot read gives no bound
        return None
    past: list[date] = []
    future: list[date] = []
    for t in timexes:
        if t.basis != "explicit" or t.date_start is None or t.granularity not in ("day", "range"):
            continue
        # a wide window: "is set to meet ... leaders in India on June 19" puts the cue far back
        if tense_at(text, t.start, t.end, before=20) == "future":
            future.append(t.date_start)
        elif t.granularity == "day":
            past.append(t.date_end)
    low = max(past) if past else None
    high = min(future) - timedelta(days=1) if future else None
    if low is not None and high is not None and low > high:
        return low  # contradictory bounds: trust what the story reports as done
    if high is not None:
        return high
    if low is None:
        return None
    weekdays = {t.date_start.weekday() for t in timexes
                if t.rule == "weekday" and t.date_start is not None and tense_at(text, t.start, t.end) != "future"}
    return _after_reported_weekdays(low, weekdays)


def _after_reported_weekdays(low: date, weekdays: set[int]) -> date:
    """The publication day implied by the weekdays a story reports as done ("spoke on
    Saturday"), given that they happened on or after ``low`` (the latest explicit past date).

    A story names weekdays for the days just before it, so they form the shortest run of days
    ending on publication day: "on Tuesday ... on Thursday ... on Friday" ends on a Friday,
    not on the Thursday after which "Friday" would be six days old. Publication is the first
    such day from which every weekday still falls on or after ``low``.
    """
    if not weekdays:
        return low
    # ties (weekdays spread evenly) keep the earliest candidate after ``low``
    span, last = min(
        (max((p - w) % 7 for w in weekdays), (p - low.weekday()) % 7, p) for p in range(7)
    )[0::2]
    earliest = low + timedelta(days=span)
    return earliest + timedelta(days=(last - earliest.weekday()) % 7)
