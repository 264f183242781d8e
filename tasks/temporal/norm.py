"""The normalized reading of one matched expression, before it becomes a ``Timex``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tasks.temporal import calendar as cal


@dataclass(frozen=True, slots=True)
class Norm:
    value: str
    type: str = "DATE"
    granularity: str = "day"
    date_start: date | None = None
    date_end: date | None = None
    basis: str = "explicit"
    mod: str | None = None
    # Sub-span to report when the rule matched extra context (e.g. a leading "on").
    span: tuple[int, int] | None = None


def day(d: date, basis: str = "explicit", mod: str | None = None) -> Norm:
    return Norm(d.isoformat(), "DATE", "day", d, d, basis, mod)


def month(year: int, m: int, basis: str = "explicit", mod: str | None = None) -> Norm:
    return Norm(f"{year:04d}-{m:02d}", "DATE", "month", date(year, m, 1), cal.month_end(year, m),
                basis, mod)


def year(y: int, basis: str = "explicit", mod: str | None = None) -> Norm:
    return Norm(f"{y:04d}", "DATE", "year", date(y, 1, 1), date(y, 12, 31), basis, mod)


def week(d: date, basis: str = "relative_to_publication", mod: str | None = None) -> Norm:
    lo, hi = cal.week_interval(d)
    return Norm(cal.week_value(d), "DATE", "week", lo, hi, basis, mod)


def vague(value: str, basis: str = "relative_to_publication") -> Norm:
    return Norm(value, "DATE", "vague", None, None, basis)


def duration(value: str) -> Norm:
    return Norm(value, "DURATION", "duration", None, None, "explicit")


def tset(value: str) -> Norm:
    return Norm(value, "SET", "set", None, None, "explicit")


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for n units (None = unspecified amount: PXY)."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    if unit == "weekend":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{int(n * 2)}D")
    if n is None:
        code = {"second": "TXS", "minute": "TXM", "hour": "TXH", "day": "XD", "week": "XW",
                "month": "XM", "year": "XY", "decade": "XDE", "century": "XCE"}[unit]
        if unit == "decade":
            code = "XY"
        return "P" + code
    if unit == "decade":
        n, unit = n * 10, "year"
    elif unit == "century":
        n, unit = n * 100, "year"
    small = unit in ("second", "minute", "hour")
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
              "year": "Y"}[unit]
    if n != int(n):
        # Halves go to the next smaller unit: 5 1/2 hours = PT5H30M, 1.5 years = P18M.
        whole = int(n)
        if unit == "hour":
            return f"PT{whole}H30M" if whole else "PT30M"
        if unit == "year":
            return f"P{int(n * 12)}M"
        if unit == "day":
            return f"PT{int(n * 24)}H"
        if unit == "month":
            return f"P{whole}M15D" if whole else "P15D"
        if unit == "week":
            return f"P{int(n * 7)}D"
        return f"PT{whole}{letter}30S" if unit == "minute" else f"PT{whole}{letter}"
    return ("PT" if small else "P") + f"{int(n)}{letter}"
