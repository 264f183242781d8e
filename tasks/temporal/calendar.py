"""Calendar arithmetic for TIMEX3 values: months, ISO weeks, quarters, seasons, holidays."""
from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_days(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def week_value(d: date) -> str:
    # TimeBank writes ISO weeks without zero padding (2000-W7).
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]}"


def week_interval(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def quarter_interval(year: int, q: int) -> tuple[date, date]:
    first = 3 * (q - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def season_of(d: date) -> tuple[int, str]:
    """Meteorological season of a day; December belongs to the next year's winter label."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year + 1 if m == 12 else d.year), "WI"


_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


def season_shift(year: int, code: str, delta: int) -> tuple[int, str]:
    idx = year * 4 + _SEASON_ORDER.index(code) + delta
    return idx // 4, _SEASON_ORDER[idx % 4]


def season_interval(year: int, code: str) -> tuple[date, date]:
    if code == "WI":
        return date(year - 1, 12, 1), month_end(year, 2)
    start = {"SP": 3, "SU": 6, "FA": 9}[code]
    return date(year, start, 1), month_end(year, start + 2)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """n-th weekday (0=Monday) of a month; n=-1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday(name: str, year: int) -> date | None:
    """Date of a widely reported holiday in a year (US conventions for the movable ones)."""
    key = " ".join(name.lower().replace("'s", "").replace("’s", "").split())
    key = key.removesuffix(" day").strip() if key not in ("new year", "boxing day") else key
    fixed = {
        "christmas": (12, 25), "christmas eve": (12, 24), "new year": (1, 1),
        "new year eve": (12, 31), "independence": (7, 4), "halloween": (10, 31),
        "valentine": (2, 14), "veterans": (11, 11), "boxing day": (12, 26),
    }
    if key in fixed:
        return date(year, *fixed[key])
    if key == "thanksgiving":
        return nth_weekday(year, 11, 3, 4)
    if key == "labor":
        return nth_weekday(year, 9, 0, 1)
    if key == "memorial":
        return nth_weekday(year, 5, 0, -1)
    if key == "election":
        first_monday = nth_weekday(year, 11, 0, 1)
        return first_monday + timedelta(days=1)
    if key in ("easter", "easter sunday"):
        return easter(year)
    if key == "good friday":
        return easter(year) - timedelta(days=2)
    return None
