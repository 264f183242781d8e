"""Temporal-expression rules: one compiled pattern, one guard and one resolver per form.

A rule's guard decides from the text alone whether a match is a temporal expression at all
(rejecting "60%", "72-year-old", "May" the verb ...); its resolver turns an accepted match into
a ``Norm`` against the context (anchor, tense, the story's reference date). Patterns are
compiled once at import.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from tasks.temporal import calendar as cal
from tasks.temporal import norm as N
from tasks.temporal.context import tense_at
from tasks.temporal.lexicon import (
    MONTHS,
    DAY_RE, MONTH_RE, NUMBER_RE, ORDINALS, PARTS_OF_DAY, SEASONS, UNIT_RE, WEEKDAY_RE, YEAR_RE,
    month_number, number_value, weekday_number,
)
from tasks.temporal.norm import Norm


@dataclass(slots=True)
class Context:
    """What a resolver may look at besides its own match."""

    text: str
    anchor: date | None
    ref: date | None = None  # the story's current reference day (last explicit day mentioned)
    ref_year: int | None = None  # last explicit year mentioned (for "later that year")
    _tense: dict[tuple[int, int], str] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> str:
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense_at(self.text, start, end)
        return self._tense[key]

    def narrative_day(self) -> date | None:
        return self.ref or self.anchor


Guard = Callable[[re.Match, str], bool]
Resolver = Callable[[re.Match, Context], "Norm | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver
    guard: Guard | None = None
    priority: int = 5  # lower wins between equally long overlapping matches
    # A cheap pattern every match must contain; the full pattern then runs only near its hits.
    trigger: re.Pattern | None = None


# --------------------------------------------------------------------------- guards

_NUMERIC_TAIL = re.compile(
    r"\s*(?:%|(?i:per\s?cent|percent|pct|million|billion|trillion|thousand|hundred)\b)")
_MONEY_HEAD = re.compile(r"(?:[$€£¥]|US\$|(?i:usd|eur|rs\.?))\s*$")


def _not_quantity(m: re.Match, text: str) -> bool:
    """Reject matches that are really amounts: "5.05%", "$2024", "1999 million"."""
    if _NUMERIC_TAIL.match(text, m.end()):
        return False
    if _MONEY_HEAD.search(text, max(0, m.start() - 5), m.start()):
        return False
    return True


_MAY_CONTEXT = re.compile(
    r"(?i:\b(?:in|of|since|until|till|by|early|mid|late|last|next|this|during|from|to|through|"
    r"before|after|between|and|or|end|beginning|start|middle|the)\s*-?\s*$)")


def _guard_month_alone(m: re.Match, text: str) -> bool:
    word = m.group("mon")
    if m.group("rel"):
        return True
    before = text[max(0, m.start() - 25):m.start()]
    if word.rstrip(".").lower() in ("may", "march", "mar"):
        # The modal verb "may" and the verb "march" are far more frequent than the months.
        return bool(_MAY_CONTEXT.search(before))
    if len(word.rstrip(".")) <= 4 and not word.endswith("."):
        return False  # "Jan Kavan": an undotted abbreviation alone is a name, not a month
    if word.endswith("."):
        return bool(_MAY_CONTEXT.search(before))
    if word.isupper() and len(word) > 3:
        return bool(_MAY_CONTEXT.search(before))
    return True


_YEAR_BAD_TAIL = re.compile(
    r"\s*(?:%|-(?![0-9])|(?i:per\s?cent|percent|people|persons|men|women|children|troops|soldiers|"
    r"police|officers|workers|students|members|tons|tonnes|miles|kilometers|kilometres|km|feet|"
    r"meters|metres|pounds|dollars|euros|yuan|yen|rubles|votes|points|units|cases|deaths|homes|"
    r"houses|cars|vehicles|jobs|barrels|acres|hectares|rounds|times|pages|words|copies|flights|"
    r"passengers|refugees|delegates|seats|employees|residents|patients|prisoners|animals|"
    r"million|billion|trillion|hours|minutes|seconds|days|weeks|months|years|metric|kg|cc|mph|"
    r"rpm|hp|mm|cm|gb|mb|kb|sq|square|cubic|calories|to\s+\d)\b)")
_YEAR_BAD_HEAD = re.compile(
    r"(?:[$€£#№]|US\$|(?i:\bno\.|\bnumber|\bflight|\broute|\bhighway|\bmodel|\broom|\bsuite|"
    r"\bpage|\bp\.|\bpp\.|\bbox|\bresolution|\barticle|\bsection|\bbill|\bcode|\bzip|\bunit|"
    r"\bcall|\bdial|\bphone|\btel\.?|\bfax|\bext\.?)\s*)$")
_YEAR_PREP = re.compile(
    r"(?i:\b(?:in|since|by|of|from|until|till|to|during|before|after|between|and|or|early|mid|"
    r"late|the|year|years|fiscal|season|around|circa|than|through|for|summer|winter|spring|fall|"
    r"autumn|[A-Z][a-z]+\.?\s+\d{1,2},)\s*-?\s*)$")
_CAPWORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*[A-Za-z])\s+$")
_YEAR_OK_CAPWORDS = frozenset({"In", "Since", "By", "Of", "From", "Until", "During", "Before",
                               "After", "Between", "And", "Or", "Early", "Late", "Mid", "The",
                               "For", "Through", "Around", "Circa", "Than", "Summer", "Winter",
                               "Spring", "Fall", "Autumn", "Year", "Fiscal", "Also", "But",
                               "Only", "Back", "Then", "Until", "Till", "As", "On", "At"})


def _guard_year(m: re.Match, text: str) -> bool:
    s, e = m.start(), m.end()
    if _YEAR_BAD_TAIL.match(text, e):
        return False
    head = text[max(0, s - 12):s]
    if _YEAR_BAD_HEAD.search(head):
        return False
    # Phone numbers, codes and big tables: a digit group right before ("555 2024", "12 2024").
    if re.search(r"\d[\s.,:/-]?$", head):
        return False
    cap = _CAPWORD_BEFORE.search(text, max(0, s - 30), s)
    if cap and cap.group(1) not in _YEAR_OK_CAPWORDS:
        word = cap.group(1)
        # "Windows 2000", "Vision 2030": a name right before the number, unless it is a month
        # or the word starts a sentence.
        starts_sentence = re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, cap.start() - 3):cap.start()])
        if word.rstrip(".").lower() not in _MONTH_WORDS and not starts_sentence:
            return False
    y = int(m.group("year"))
    if y < 1900 and not _YEAR_PREP.search(head):
        return False
    return True


_MONTH_WORDS = frozenset(MONTHS)

_AGE_TAIL = re.compile(r"(?i:-old|\s+old\b|-olds?\b)")


def _guard_duration(m: re.Match, text: str) -> bool:
    if _AGE_TAIL.match(text, m.end()):
        return False
    unit = m.group("unit")
    raw_n = m.group("n")
    if unit[0].isupper() and m.start("unit") > 0 and not re.search(
            r"(?:^|[.!?\n\"“]\s*)$", text[max(0, m.start("unit") - 3):m.start("unit")]):
        return False  # "60 Minutes": a title, not a duration
    if unit.lower() == "second" and raw_n and raw_n.lower() in ("a", "one"):
        return False  # "a second term": the ordinal
    if raw_n is None:
        # A bare plural ("for years", "just minutes") is too vague to annotate unless a
        # calendar word fixes it ("the past few years", "in recent days", "decades-long").
        drel = (m.group("drel") or "").lower()
        if m.group("long") or any(w in drel for w in ("past", "recent", "coming", "next", "last",
                                                      "latest", "previous")):
            return True
        unit_l = unit.lower()
        if unit_l in ("days", "weeks", "months", "years", "decades"):
            # "for years", "in the weeks before the vote", "days after the attack"
            if not m.group("q") and re.search(r"(?i:\bfor\s+)$", text[max(0, m.start() - 5):m.start()]):
                return True
            tail = text[m.end():m.end() + 12].lower()
            head = text[max(0, m.start() - 8):m.start()].lower()
            if re.match(r"\s+(?:before|after|since|that\s+followed|later)\b", tail) and (
                    head.endswith("the ") or not re.search(r"[a-z]\s$", head) or
                    re.search(r"(?:border|house|home|city|country|state)\s$", head) is None):
                return True
        return False
    head = text[max(0, m.start() - 6):m.start()]
    if re.search(r"(?i:aged?\s*)$", head):
        return False
    if m.group("n") and m.group("n")[0].isdigit() and _MONEY_HEAD.search(head):
        return False
    return True


# --------------------------------------------------------------------------- resolvers


def _grp(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().strip(" -")
    return {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
            "mid": "MID", "middle": "MID", "late": "END", "later": "END", "end": "END"}.get(w)


def _year_for_month_day(mon: int, dy: int, start: int, end: int, ctx: Context) -> int | None:
    """Year of a month-day written without one: the anchor's, unless the tense says otherwise."""
    a = ctx.anchor
    if a is None:
        return None
    cand = cal.safe_date(a.year, mon, dy) or cal.safe_date(a.year, mon, 28)
    delta = (cand - a).days
    if delta > 183:
        return a.year - 1 if ctx.tense(start, end) != "future" or delta > 300 else a.year
    if delta > 45 and ctx.tense(start, end) == "past":
        return a.year - 1
    if delta < -183 and ctx.tense(start, end) == "future":
        return a.year + 1
    return a.year


def _year_for_month(mon: int, start: int, end: int, ctx: Context) -> int | None:
    a = ctx.anchor
    if a is None:
        return None
    diff = mon - a.month
    tense = ctx.tense(start, end)
    if diff >= 6:
        return a.year if tense == "future" else a.year - 1
    if diff > 2 and tense == "past":
        return a.year - 1
    if diff <= -6 and tense == "future":
        return a.year + 1
    if diff < 0 and tense == "future":
        return a.year + 1
    return a.year


def _weekday_date(wd: int, ctx: Context, start: int, end: int, rel: str | None) -> date | None:
    a = ctx.anchor
    if a is None:
        return None
    rel = (rel or "").lower()
    if rel == "past_or_same":
        return a - timedelta(days=(a.weekday() - wd) % 7)
    if rel == "last" or rel == "past":
        back = (a.weekday() - wd) % 7 or 7
        return a - timedelta(days=back)
    if rel in ("next", "coming"):
        fwd = (wd - a.weekday()) % 7 or 7
        return a + timedelta(days=fwd)
    tense = ctx.tense(start, end)
    if tense == "future":
        return a + timedelta(days=(wd - a.weekday()) % 7)
    return a - timedelta(days=(a.weekday() - wd) % 7)


def _explicit_year(m: re.Match, name: str = "year") -> int | None:
    y = _grp(m, name)
    return int(y) if y else None


def r_month_day(m: re.Match, ctx: Context) -> Norm | None:
    mon = month_number(m.group("mon"))
    d1 = int(re.sub(r"\D", "", m.group("d1")))
    y = _explicit_year(m)
    basis = "explicit"
    if y is None:
        y = _year_for_month_day(mon, d1, m.start(), m.end(), ctx)
    if y is None:
        return Norm(f"XXXX-{mon:02d}-{d1:02d}", granularity="day", basis=basis)
    first = cal.safe_date(y, mon, d1)
    if first is None:
        return None
    d2 = _grp(m, "d2")
    if d2:
        mon2 = month_number(m.group("mon2")) if _grp(m, "mon2") else mon
        d2n = int(re.sub(r"\D", "", d2))
        last = cal.safe_date(y if mon2 >= mon else y + 1, mon2, d2n)
        if last is None or last <= first:
            return N.day(first, basis)
        return Norm(first.isoformat(), "DATE", "range", first, last, basis)
    return N.day(first, basis)


def r_month_year(m: re.Match, ctx: Context) -> Norm | None:
    mon = month_number(m.group("mon"))
    mod = _mod_of(_grp(m, "mod"))
    rel = m.group("myrel")
    if rel:
        if ctx.anchor is None:
            return Norm(f"XXXX-{mon:02d}", granularity="month", mod=mod)
        step = {"this": 0, "last": -1, "next": 1}[rel.lower()]
        return N.month(ctx.anchor.year + step, mon, "relative_to_publication", mod)
    return N.month(int(m.group("year")), mon, mod=mod)


def r_month(m: re.Match, ctx: Context) -> Norm | None:
    mon = month_number(m.group("mon"))
    rel = (m.group("rel") or "").lower().strip(" -")
    mod = _mod_of(rel)
    a = ctx.anchor
    if a is None:
        return Norm(f"XXXX-{mon:02d}", granularity="month", mod=mod)
    if rel == "last":
        y = a.year if mon < a.month else a.year - 1
        return N.month(y, mon, "relative_to_publication")
    if rel == "next":
        y = a.year if mon > a.month else a.year + 1
        return N.month(y, mon, "relative_to_publication")
    if rel == "this":
        return N.month(a.year, mon, "relative_to_publication")
    y = _year_for_month(mon, m.start(), m.end(), ctx)
    return N.month(y, mon, mod=mod)


def r_numeric_date(m: re.Match, ctx: Context) -> Norm | None:
    y = int(m.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = cal.safe_date(y, int(m.group("m")), int(m.group("d")))
    return N.day(d) if d else None


def r_iso(m: re.Match, ctx: Context) -> Norm | None:
    d = cal.safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None:
        return None
    if m.group("H"):
        return Norm(f"{d.isoformat()}T{m.group('H')}:{m.group('M')}", "TIME", "time", d, d)
    return N.day(d)


def _week_of(m: re.Match, ctx: Context) -> Norm | None:
    n = r_month_day(m, ctx)
    if n is None or n.date_start is None:
        return n
    return N.week(n.date_start, n.basis)


def r_year(m: re.Match, ctx: Context) -> Norm | None:
    return N.year(int(m.group("year")))


def r_year_range(m: re.Match, ctx: Context) -> Norm | None:
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return Norm(f"{y1:04d}", "DATE", "range", date(y1, 1, 1), date(y2, 12, 31), "explicit")


def r_decade(m: re.Match, ctx: Context) -> Norm | None:
    dec = m.group("dec")
    if dec:
        start = int(dec)
    else:
        two = int(m.group("dec2"))
        start = (1900 if two >= 30 else 2000) + two
    return Norm(f"{start // 10:03d}X", "DATE", "decade", date(start, 1, 1), date(start + 9, 12, 31),
                "explicit", _mod_of(_grp(m, "mod")))


def r_century(m: re.Match, ctx: Context) -> Norm | None:
    ordinal = m.group("ord")
    if ordinal:
        n = int(re.sub(r"\D", "", ordinal))
    else:
        rel = m.group("crel").lower()
        if ctx.anchor is None:
            return None
        n = (ctx.anchor.year // 100) + 1 + {"this": 0, "last": -1, "next": 1, "past": -1}[rel]
        if rel == "past":
            return N.duration("P100Y")
    if not 1 <= n <= 22:
        return None
    first = (n - 1) * 100
    return Norm(f"{n - 1:02d}", "DATE", "century", date(max(first, 1), 1, 1), date(first + 99, 12, 31),
                "explicit", _mod_of(_grp(m, "mod")))


def r_quarter(m: re.Match, ctx: Context) -> Norm | None:
    q_word = (m.group("qord") or m.group("q") or "").lower()
    a = ctx.anchor
    basis = "explicit"
    if q_word in ("last", "previous", "next", "this", "current", "final", "fourth"):
        q = 4 if q_word in ("final", "fourth") else None
    else:
        q = ORDINALS.get(q_word) or (int(q_word) if q_word.isdigit() else None)
    y = _explicit_year(m) or _explicit_year(m, "year2")
    yrel = (_grp(m, "yrel") or "").lower()
    if y is None and a is not None:
        y = a.year + {"last": -1, "next": 1}.get(yrel, 0)
        basis = "relative_to_publication"
    if q is None:
        if a is None:
            return None
        cur = (a.month - 1) // 3 + 1
        step = {"last": -1, "previous": -1, "next": 1}.get(q_word, 0)
        idx = a.year * 4 + cur - 1 + step
        y, q = idx // 4, idx % 4 + 1
        basis = "relative_to_publication"
    if y is None:
        return Norm(f"XXXX-Q{q}", granularity="quarter")
    lo, hi = cal.quarter_interval(y, q)
    return Norm(f"{y:04d}-Q{q}", "DATE", "quarter", lo, hi, basis)


def r_season(m: re.Match, ctx: Context) -> Norm | None:
    code = SEASONS[m.group("season").lower()]
    rel = (m.group("srel") or "").lower()
    y = _explicit_year(m)
    a = ctx.anchor
    basis = "explicit"
    if y is None:
        if a is None:
            return Norm(f"XXXX-{code}", granularity="season")
        basis = "relative_to_publication"
        cur_y, cur_code = cal.season_of(a)
        if rel in ("last", "past", "previous"):
            y, c = cur_y, cur_code
            for _ in range(4):
                y, c = cal.season_shift(y, c, -1)
                if c == code:
                    break
        elif rel in ("next", "coming"):
            y, c = cur_y, cur_code
            for _ in range(4):
                y, c = cal.season_shift(y, c, 1)
                if c == code:
                    break
        else:
            y = cur_y if code != "WI" else cal.season_of(a)[0]
            if code != "WI":
                y = a.year
                tense = ctx.tense(m.start(), m.end())
                start_month = {"SP": 3, "SU": 6, "FA": 9}[code]
                if tense == "past" and start_month > a.month:
                    y -= 1
                elif tense == "future" and start_month + 2 < a.month:
                    y += 1
    lo, hi = cal.season_interval(y, code)
    return Norm(f"{y:04d}-{code}", "DATE", "season", lo, hi, basis, _mod_of(_grp(m, "smod")))


def r_weekday(m: re.Match, ctx: Context) -> Norm | None:
    wd = weekday_number(m.group("wd"))
    rel = _grp(m, "wrel")
    if m.group("poss") and not rel and ctx.anchor is not None:
        # "Wednesday's ruling": a possessive names something that already happened.
        rel = "past_or_same"
    d = _weekday_date(wd, ctx, m.start(), m.end(), rel)
    pod = (_grp(m, "pod") or "").lower()
    mod = _mod_of(_grp(m, "pre"))
    if d is None:
        return Norm(f"XXXX-WXX-{wd + 1}", granularity="day")
    # "Wednesday night" keeps the day: the timeline dates days, and TimeBank mostly does too.
    span = None
    if m.group("poss") and not pod:
        span = (m.start(), m.start("poss"))
    return Norm(d.isoformat(), "DATE", "day", d, d, "relative_to_publication", mod, span)


_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def r_deictic(m: re.Match, ctx: Context) -> Norm | None:
    w = m.group("deic").lower()
    a = ctx.anchor
    if w in ("now", "currently", "nowadays", "the present", "presently", "at present",
             "present day", "these days", "so far", "the moment"):
        return N.vague("PRESENT_REF")
    if "future" in w or w in ("soon", "the coming days"):
        return N.vague("FUTURE_REF")
    if w in ("recently", "the past", "in the past", "formerly", "lately"):
        return N.vague("PAST_REF")
    if w in _DEICTIC_SHIFT:
        if a is None:
            return N.vague("PRESENT_REF" if w != "tomorrow" else "FUTURE_REF")
        d = a + timedelta(days=_DEICTIC_SHIFT[w])
        pod = (_grp(m, "dpod") or "").lower()
        if pod or w == "tonight":
            code = "NI" if w == "tonight" else PARTS_OF_DAY[pod]
            return Norm(f"{d.isoformat()}T{code}" if pod else d.isoformat(), "DATE", "day", d, d,
                        "relative_to_publication")
        return N.day(d, "relative_to_publication")
    return None


def r_this_pod(m: re.Match, ctx: Context) -> Norm | None:
    a = ctx.anchor
    if a is None:
        return None
    rel = m.group("prel").lower()
    pod = m.group("ppod").lower()
    d = a - timedelta(days=1) if rel == "last" else a
    code = PARTS_OF_DAY[pod]
    return Norm(f"{d.isoformat()}T{code}", "TIME", "day", d, d, "relative_to_publication")


def r_rel_unit(m: re.Match, ctx: Context) -> Norm | None:
    """last/next/this week|month|year|decade (calendar units relative to the anchor)."""
    a = ctx.anchor
    rel = m.group("urel").lower()
    unit = m.group("unit").lower()
    mod = _mod_of(_grp(m, "umod"))
    narrative = rel in ("previous", "following", "prior")
    base = ctx.narrative_day() if narrative else a
    basis = "relative_to_narrative" if narrative else "relative_to_publication"
    if base is None:
        return N.vague({"last": "PAST_REF", "past": "PAST_REF", "previous": "PAST_REF",
                        "next": "FUTURE_REF", "coming": "FUTURE_REF"}.get(rel, "PRESENT_REF"))
    step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1,
            "following": 1, "this": 0, "current": 0}[rel]
    if rel == "past" and unit in ("month", "year", "decade", "quarter"):
        # "over the past year" is the trailing period of a trend (TimeML: a duration), not a date
        return N.duration({"month": "P1M", "year": "P1Y", "decade": "P10Y", "quarter": "P3M"}[unit])
    if unit == "week":
        week = N.week(base + timedelta(weeks=step), basis, mod)
        if rel == "past":
            # "this past week" is the seven days up to the anchor, not the previous calendar week
            return Norm(week.value, week.type, "range", base - timedelta(days=6), base, basis, mod)
        return week
    if unit == "weekend":
        sat = base + timedelta(days=(5 - base.weekday()) % 7)
        if step < 0 or (step == 0 and ctx.tense(m.start(), m.end()) == "past"):
            sat = base - timedelta(days=(base.weekday() - 5) % 7 or 7)
        elif step > 0:
            sat = base + timedelta(days=(5 - base.weekday()) % 7 or 7)
        return Norm(f"{cal.week_value(sat)}-WE", "DATE", "week", sat, sat + timedelta(days=1),
                    basis, mod)
    if unit == "month":
        y, mo = cal.add_months(base.year, base.month, step)
        return N.month(y, mo, basis, mod)
    if unit == "year":
        return N.year(base.year + step, basis, mod)
    if unit == "decade":
        start = (base.year // 10 + step) * 10
        return Norm(f"{start // 10:03d}X", "DATE", "decade", date(start, 1, 1),
                    date(start + 9, 12, 31), basis, mod)
    if unit == "quarter":
        cur = (base.month - 1) // 3 + 1
        idx = base.year * 4 + cur - 1 + step
        y, q = idx // 4, idx % 4 + 1
        lo, hi = cal.quarter_interval(y, q)
        return Norm(f"{y:04d}-Q{q}", "DATE", "quarter", lo, hi, basis, mod)
    return None


def _the_weekend(m: re.Match, ctx: Context) -> Norm | None:
    a = ctx.anchor
    if a is None:
        return None
    future = ctx.tense(m.start(), m.end()) == "future"
    sat = a + timedelta(days=(5 - a.weekday()) % 7) if future else \
        a - timedelta(days=(a.weekday() - 5) % 7)
    return Norm(f"{cal.week_value(sat)}-WE", "DATE", "week", sat, sat + timedelta(days=1),
                "relative_to_publication")


def r_ago(m: re.Match, ctx: Context) -> Norm | None:
    n = number_value(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    direction = m.group("dir").lower()
    narrative = direction in ("earlier", "later", "before", "after")
    base = ctx.narrative_day() if narrative else ctx.anchor
    basis = "relative_to_narrative" if narrative else "relative_to_publication"
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if base is None or n is None:
        return N.vague("PAST_REF" if sign < 0 else "FUTURE_REF", basis)
    k = int(n) if n == int(n) else n
    if unit == "day":
        d = cal.shift_days(base, sign * int(k))
        return N.day(d, basis) if d else None
    if unit == "week":
        d = cal.shift_days(base, sign * int(round(k * 7)))
        return N.week(d, basis) if d else None
    if unit == "month":
        y, mo = cal.add_months(base.year, base.month, sign * int(k))
        return N.month(y, mo, basis) if 1 <= y <= 9999 else None
    if unit in ("year", "decade", "century"):
        years = int(k * {"year": 1, "decade": 10, "century": 100}[unit])
        y = base.year + sign * years
        return N.year(y, basis) if 1 <= y <= 9999 else None
    if unit in ("hour", "minute"):
        return None
    return None


def r_narrative(m: re.Match, ctx: Context) -> Norm | None:
    """"the day after", "the same day", "the following week": relative to the story's time."""
    phrase = " ".join(m.group("narr").lower().split())
    base = ctx.narrative_day()
    if base is None:
        return None
    basis = "relative_to_narrative"
    if "year" in phrase:
        y = ctx.ref_year or base.year
        step = 1 if any(w in phrase for w in ("next", "following", "after", "later")) and \
            "later that" not in phrase else 0
        step = -1 if any(w in phrase for w in ("previous", "prior", "before")) else step
        if "earlier that" in phrase or "later that" in phrase or "that year" in phrase or \
                "same year" in phrase:
            step = 0
        return N.year(y + step, basis)
    if "month" in phrase:
        step = 1 if any(w in phrase for w in ("next", "following", "after")) else 0
        step = -1 if any(w in phrase for w in ("previous", "prior", "before")) else step
        y, mo = cal.add_months(base.year, base.month, step)
        return N.month(y, mo, basis)
    if "week" in phrase:
        step = 1 if any(w in phrase for w in ("next", "following", "after")) else 0
        step = -1 if any(w in phrase for w in ("previous", "prior", "before")) else step
        return N.week(base + timedelta(weeks=step), basis)
    step = 0
    if any(w in phrase for w in ("after", "next", "following", "later")) and \
            "later that" not in phrase:
        step = 1
    if any(w in phrase for w in ("before", "previous", "prior", "earlier", "eve")) and \
            "earlier that" not in phrase:
        step = -1
    if "same" in phrase:
        step = 0  # "later the same day" is still that day
    d = base + timedelta(days=step)
    return N.day(d, basis)


def r_duration(m: re.Match, ctx: Context) -> Norm | None:
    raw_n = m.group("n")
    n = number_value(raw_n) if raw_n else None
    unit = m.group("unit")
    plural = unit.lower().endswith(("s", "ies"))
    if raw_n is None and not plural:
        if not (m.group("drel") or m.group("long")):
            return None
        n = 1.0  # "the past decade" = P10Y, "day-long" = P1D
    value = N.duration_value(n, unit)
    mod = None
    q = (m.group("q") or "").lower()
    if q.startswith(("more than", "over", "at least")):
        mod = "MORE_THAN" if not q.startswith("at least") else "EQUAL_OR_MORE"
    elif q.startswith(("less than", "under", "up to", "nearly", "almost")):
        mod = "LESS_THAN" if q.startswith(("less", "under")) else "EQUAL_OR_LESS"
    elif q.startswith(("about", "some", "roughly", "around", "approximately")):
        mod = "APPROX"
    return Norm(value, "DURATION", "duration", None, None, "explicit", mod)


def r_set(m: re.Match, ctx: Context) -> Norm | None:
    w = m.group(0).lower()
    simple = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D",
              "biweekly": "P2W", "biannually": "P6M"}
    if w in simple:
        return N.tset(simple[w])
    wd = _grp(m, "swd")
    if wd:
        return N.tset(f"XXXX-WXX-{weekday_number(wd) + 1}")
    unit = (_grp(m, "sunit") or "").lower().rstrip("s")
    n = _grp(m, "sn")
    k = number_value(n) if n else 1
    if unit in ("morning", "afternoon", "evening", "night"):
        return N.tset("P1D")  # "every morning": once a day
    if unit == "weekend":
        return N.tset("P1W")
    if not unit:
        return None
    return N.tset(N.duration_value(k if k else 1, unit))


def r_time(m: re.Match, ctx: Context) -> Norm | None:
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    ap = (m.group("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    wd = _grp(m, "twd")
    d: date | None
    basis = "relative_to_narrative"
    if wd:
        low = wd.lower()
        if low in _DEICTIC_SHIFT:
            d = ctx.anchor + timedelta(days=_DEICTIC_SHIFT[low]) if ctx.anchor else None
        else:
            d = _weekday_date(weekday_number(wd), ctx, m.start(), m.end(), None)
        basis = "relative_to_publication"
    else:
        d = ctx.narrative_day()
    if d is None:
        return Norm(f"XXXX-XX-XXT{h:02d}:{mi:02d}", "TIME", "time")
    return Norm(f"{d.isoformat()}T{h:02d}:{mi:02d}", "TIME", "time", d, d, basis)


def r_named_time(m: re.Match, ctx: Context) -> Norm | None:
    w = m.group("ntime").lower()
    d = ctx.narrative_day()
    hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[w]
    if d is None:
        return Norm(f"XXXX-XX-XXT{hhmm}", "TIME", "time")
    return Norm(f"{d.isoformat()}T{hhmm}", "TIME", "time", d, d, "relative_to_narrative")


def r_holiday(m: re.Match, ctx: Context) -> Norm | None:
    name = m.group("hol")
    rel = (m.group("hrel") or "").lower()
    y = _explicit_year(m, "hyear")
    a = ctx.anchor
    if y is None:
        if a is None:
            return None
        probe = cal.holiday(name, a.year)
        if probe is None:
            return None
        if rel == "last":
            y = a.year if probe < a else a.year - 1
        elif rel == "next":
            y = a.year if probe > a else a.year + 1
        else:
            y = _year_for_month_day(probe.month, probe.day, m.start(), m.end(), ctx) or a.year
    d = cal.holiday(name, y)
    if d is None:
        return None
    if m.group("hweek"):
        return N.week(d, "relative_to_publication")
    return N.day(d, "explicit" if _explicit_year(m, "hyear") else "relative_to_publication")


# --------------------------------------------------------------------------- patterns

_WD_PREFIX = rf"(?:(?P<wdp>{WEEKDAY_RE}),?\s+(?:the\s+)?)?"
_YEAR_TAIL = rf"(?:,?\s+(?P<year>{YEAR_RE})(?![\d%]))?"

_NUM_GUARD = r"(?![\d%])(?!\s*(?:%|(?i:percent|per\s?cent)\b))"

RULES: list[Rule] = [
    Rule("month_day", re.compile(
        rf"\b{_WD_PREFIX}(?P<mon>{MONTH_RE})\s+(?:the\s+)?(?P<d1>{DAY_RE})"
        rf"(?:\s*(?:-|–|to|through|and|until)\s*(?:(?P<mon2>{MONTH_RE})\s+)?(?P<d2>{DAY_RE}))?"
        rf"{_YEAR_TAIL}{_NUM_GUARD}"), r_month_day, _not_quantity, 1),
    Rule("day_month", re.compile(
        rf"\b{_WD_PREFIX}(?P<d1>{DAY_RE})(?:\s*(?:-|–)\s*(?P<d2>{DAY_RE}))?"
        rf"\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?![a-z]){_YEAR_TAIL}"), r_month_day, None, 1),
    Rule("month_year", re.compile(
        rf"\b(?:(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        rf"the\s+middle\s+of))[- ]?\s*)?(?P<mon>{MONTH_RE}),?\s+(?:of\s+)?(?:(?P<year>{YEAR_RE})"
        rf"(?![\d%])|(?P<myrel>(?i:this|last|next))\s+(?i:year)\b)"), r_month_year, _not_quantity, 2),
    Rule("month", re.compile(
        rf"\b(?:(?P<rel>(?i:last|next|this|early|mid|late|earlier|later))(?:-|\s+))?"
        rf"(?P<mon>{MONTH_RE})(?![\w-])(?!\s*\d)"), r_month, _guard_month_alone, 4),
    Rule("week_of", re.compile(
        rf"\b(?i:the\s+week\s+of)\s+(?P<mon>{MONTH_RE})\s+(?P<d1>{DAY_RE})(?:,?\s+(?P<year>{YEAR_RE}))?"),
        lambda m, ctx: _week_of(m, ctx), None, 1),
    Rule("iso_date", re.compile(
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d)?)?"
        r"(?![\d-])"), r_iso, None, 1),
    Rule("numeric_date", re.compile(
        r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"),
        r_numeric_date, None, 2),
    Rule("year_range", re.compile(
        rf"(?<![\w$€£.,/-])(?:(?i:from|between)\s+)?(?P<y1>{YEAR_RE})\s*(?:-|–|/|\s(?i:to|and|"
        rf"through|until)\s)\s*(?P<y2>{YEAR_RE}|\d\d)(?![\w%/-]|[.,]\d)"), r_year_range, None, 3),
    Rule("decade", re.compile(
        r"\b(?:(?P<mod>(?i:early|mid|late))[- ])?(?:(?P<dec>(?:1\d|20)\d0)'?s|'(?P<dec2>\d0)s)\b"),
        r_decade, None, 3),
    Rule("century", re.compile(
        r"\b(?:the\s+)?(?:(?P<mod>(?i:early|mid|late))[- ])?(?:(?P<ord>\d{1,2}(?:st|nd|rd|th))|"
        r"(?P<crel>(?i:this|last|next|past)))[- ](?i:century)\b"), r_century, None, 3),
    Rule("quarter", re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<qord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|"
        rf"previous|next|this|current|final))[- ](?i:quarter)(?!\s+(?i:of\s+(?:a|an|the)\b|"
        rf"century|mile|final))(?:\s+(?:(?i:of|in)\s+)?(?:(?P<year>{YEAR_RE})|"
        rf"(?i:(?P<yrel>this|last|next)\s+year)))?|\bQ(?P<q>[1-4])(?:\s+(?P<year2>{YEAR_RE}))?\b"),
        r_quarter, None, 2),
    Rule("season", re.compile(
        rf"\b(?:(?P<smod>(?i:early|mid|late))[- ]?\s*)?(?:(?P<srel>(?i:last|next|this|past|coming|"
        rf"previous))\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR_RE}))?\b"), r_season,
        lambda m, t: bool(m.group("srel") or m.group("year") or m.group("smod") or re.search(
            r"(?i:\b(?:in|the|this|during|since|until|by|last|next|early|late|over)\s+$)",
            t[max(0, m.start() - 12):m.start()])) and not (
            m.group("season").lower() == "fall" and not (m.group("srel") or m.group("year"))
            and not re.search(r"(?i:\b(?:in|during|this|by|until|since)\s+the\s+$)",
                              t[max(0, m.start() - 16):m.start()])), 3),
    Rule("weekday", re.compile(
        rf"\b(?:(?P<wrel>(?i:last|next|this|coming|past))\s+)?(?P<wd>{WEEKDAY_RE})(?P<poss>'s|’s)?"
        rf"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night|overnight)))?\b"), r_weekday, None, 4),
    Rule("time", re.compile(
        rf"\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b|[AP]M\b|"
        rf"[AP]\.M\.)(?:\s+(?:[A-Z]{{2,4}}T|GMT|UTC|local\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?P<twd>{WEEKDAY_RE}|(?i:today|tomorrow|yesterday)))?"
        rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\b(?!:\d|\d)"), None, None, 2),
    Rule("named_time", re.compile(r"\b(?P<ntime>(?i:noon|midday|midnight))\b"), r_named_time,
         lambda m, t: not re.search(r"(?i:high\s+)$", t[max(0, m.start() - 6):m.start()]), 5),
    Rule("holiday", re.compile(
        rf"\b(?:(?P<hrel>(?i:last|next|this))\s+)?(?P<hol>Thanksgiving(?:\s+Day)?|Christmas(?:\s+"
        rf"(?:Day|Eve))?|New\s+Year(?:'s|’s)\s+(?:Day|Eve)|Independence\s+Day|Halloween|"
        rf"Valentine(?:'s|’s)\s+Day|Veterans\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|"
        rf"Easter(?:\s+Sunday)?|Good\s+Friday)(?P<hweek>\s+week)?(?:,?\s+(?P<hyear>{YEAR_RE}))?\b"),
        r_holiday, None, 3),
    Rule("deictic", re.compile(
        r"\b(?P<deic>(?i:today|tonight|tomorrow|yesterday)|[Nn]ow|[Cc]urrently|[Nn]owadays|"
        r"(?:the\s+)?(?:(?:near|distant|foreseeable)\s+)?future(?=[\s.,;:!?)]))"
        r"(?:\s+(?P<dpod>(?i:morning|afternoon|evening|night)))?\b"), r_deictic,
        lambda m, t: _guard_deictic(m, t), 5),
    Rule("this_pod", re.compile(
        r"\b(?P<prel>(?i:this|last))\s+(?P<ppod>(?i:morning|afternoon|evening|night))\b"),
        r_this_pod, None, 4),
    Rule("rel_unit", re.compile(
        r"\b(?:(?P<umod>(?i:early|late|earlier|later|mid))[- ]?\s*)?(?:(?i:the)\s+)?"
        r"(?P<urel>(?i:last|next|this|coming|past|previous|following|prior|current))\s+"
        r"(?P<unit>(?i:week|month|year|decade|weekend|quarter))\b(?!-)"), r_rel_unit, None, 3),
    Rule("weekend", re.compile(r"\b(?i:the)\s+(?P<urel>)(?P<unit>weekend)\b"),
         lambda m, ctx: _the_weekend(m, ctx), None, 4),
    Rule("ago", re.compile(
        rf"\b(?P<q>(?i:about|some|nearly|almost|more\s+than|over|less\s+than|roughly|around|"
        rf"just|only|barely|exactly|approximately)\s+){{0,2}}(?P<n>{NUMBER_RE})\s+"
        rf"(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centur(?:y|ies)))"
        rf"\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))(?!\s+than)\b"), r_ago, None, 2),
    Rule("narrative", re.compile(
        r"\b(?P<narr>(?i:the\s+(?:same|next|following|previous|prior)\s+(?:day|morning|afternoon|"
        r"evening|night|week|month|year)|(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|morning|"
        r"week|month|year)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|"
        r"the\s+day\s+(?:after|before)|the\s+eve\b|(?:a|one)\s+day\s+(?:earlier|later|before|"
        r"after)|the\s+night\s+before|that\s+(?:same\s+)?year|the\s+same\s+year))\b"),
        r_narrative, lambda m, t: not (re.search(r"(?i:\b(?:after|before)$)", m.group(0)) and
                                       re.match(r"\s+[A-Za-z]", t[m.end():m.end() + 3])), 2),
    Rule("duration", re.compile(
        rf"\b(?:(?P<drel>(?i:(?:the\s+)?(?:past|last|next|first|final|coming|previous|following|"
        rf"recent|latest)))\s+)?"
        rf"(?P<q>(?i:about|some|nearly|almost|more\s+than|less\s+than|at\s+least|over|up\s+to|"
        rf"roughly|around|just|only|under|approximately)\s+)?"
        rf"(?:(?P<n>{NUMBER_RE})(?:[- ](?i:and[- ]a[- ]half))?[- ](?:(?i:more|additional|"
        rf"straight|consecutive|full|long)\s+)?)?(?P<unit>{UNIT_RE})"
        rf"(?P<long>-long)?\b(?!-(?!long)|['’]s\b)"), r_duration, _guard_duration, 6),
    Rule("set", re.compile(
        rf"\b(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly)\b|"
        rf"\b(?i:every|each)\s+(?:(?i:other)\s+)?(?:(?P<sn>{NUMBER_RE})\s+)?"
        rf"(?:(?P<swd>{WEEKDAY_RE})|(?P<sunit>(?i:days?|weeks?|months?|years?|mornings?|nights?|"
        rf"evenings?|weekends?|hours?|minutes?|decades?)))\b|"
        rf"\b(?i:once|twice|(?:three|four|five|six|\d+)\s+times)\s+(?i:a|an|per|each|every)\s+"
        rf"(?P<sunit2>(?i:day|week|month|year|hour|decade))\b"), None,
        lambda m, t: not re.match(r"\s+[A-Z]", t[m.end():m.end() + 2]) or not re.match(
            r"(?i:daily|weekly|monthly)", m.group(0)), 3),
    Rule("year", re.compile(
        rf"(?:(?<![\w$€£.,/:'’-])|(?<=\bpre-)|(?<=\bmid-)|(?<=\bpost-))(?P<year>{YEAR_RE})(?![\w%/-]|[.,:]\d|\s*%)"), r_year, None, 7),
]


def _guard_deictic(m: re.Match, text: str) -> bool:
    w = m.group("deic").lower()
    if "future" in w:
        # TimeML marks the adjective too ("future disasters"), but not names ("Future Fund").
        return m.group("deic")[0].islower() or m.group("deic").startswith("The")
    if w == "now":
        # "now 80" (an age), "now-defunct": not a reference to the present.
        if re.match(r"\s*\d|-", text[m.end():m.end() + 3]):
            return False
    return True


def _fix_time_rule() -> None:
    # The time rule carries two alternatives; route both through one resolver.
    def resolve(m: re.Match, ctx: Context) -> Norm | None:
        if m.group("h2") is not None:
            class _M:
                def __init__(self, mm: re.Match) -> None:
                    self._m = mm

                def group(self, name: str) -> str | None:
                    return {"h": self._m.group("h2"), "mi": self._m.group("mi2"), "ap": None,
                            "twd": None}.get(name)

                def start(self) -> int:
                    return self._m.start()

                def end(self) -> int:
                    return self._m.end()
            return r_time(_M(m), ctx)  # type: ignore[arg-type]
        return r_time(m, ctx)

    def resolve_set(m: re.Match, ctx: Context) -> Norm | None:
        unit2 = m.group("sunit2")
        if unit2:
            return N.tset(N.duration_value(1, unit2))
        return r_set(m, ctx)

    for i, rule in enumerate(RULES):
        if rule.name == "time":
            RULES[i] = Rule(rule.name, rule.pattern, resolve, _guard_clock, rule.priority)
        if rule.name == "set":
            RULES[i] = Rule(rule.name, rule.pattern, resolve_set, rule.guard, rule.priority)
        if rule.name == "year":
            RULES[i] = Rule(rule.name, rule.pattern, r_year, _guard_year, rule.priority)


def _guard_clock(m: re.Match, text: str) -> bool:
    if m.group("h2") is not None:
        # A bare "3:15" is a time only next to time words; scores and verses look the same.
        around = text[max(0, m.start() - 12):m.end() + 14].lower()
        return bool(re.search(r"\b(?:at|by|until|before|after|around|about)\s+\d|gmt|utc|"
                              r"[a-z]{2,3}t\b|local|o'clock|hours", around))
    return True


_fix_time_rule()

_TRIGGERS = {
    "month_day": MONTH_RE, "day_month": MONTH_RE, "month_year": MONTH_RE, "month": MONTH_RE,
    "week_of": MONTH_RE,
    "decade": r"\d0'?s\b", "century": r"(?i:century)",
    "quarter": r"(?i:quarter)|Q[1-4]",
    "season": r"(?i:spring|summer|autumn|fall|winter)",
    "weekday": WEEKDAY_RE,
    "named_time": r"(?i:noon|midday|midnight)",
    "holiday": r"Thanksgiving|Christmas|New\s+Year|Independence|Halloween|Valentine|Veterans|"
               r"Labor|Memorial|Election|Easter|Good\s+Friday",
    "deictic": r"(?i:today|tonight|tomorrow|yesterday|now|currently|future)",
    "this_pod": r"(?i:morning|afternoon|evening|night)",
    "rel_unit": r"(?i:week|month|year|decade|quarter)",
    "weekend": r"(?i:weekend)",
    "ago": r"(?i:ago|earlier|later|from\s+now|hence)",
    "narrative": r"(?i:day|morning|afternoon|evening|night|week|month|year|eve)",
    "duration": UNIT_RE,
    "set": r"(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|every|each|once|"
           r"twice|times)",
}
# Measured on news text: windows only pay off where the trigger is rare or the pattern slow.
_WINDOWED = {"month_year", "month", "decade", "century", "quarter", "season", "weekday",
             "holiday", "rel_unit", "weekend", "ago", "duration"}
RULES[:] = [Rule(r.name, r.pattern, r.resolve, r.guard, r.priority,
                 re.compile(_TRIGGERS[r.name]) if r.name in _WINDOWED else None) for r in RULES]
