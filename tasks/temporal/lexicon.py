"""Words the temporal rules know: month and weekday names, number words, units.

Regex fragments are built here once so every rule spells a month or a number the same way.
"""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "a couple of": 2,
    "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5, "dozen": 12, "a dozen": 12,
}

# Quantities too vague for a number: TIMEX3 writes them as X ("PXY" = some years).
VAGUE_QUANTITIES = frozenset({"a few", "few", "several", "many", "some", "the next few",
                              "the past few", "a number of", "numerous"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# TIMEX3 duration letter per unit; hours and smaller sit after the "T".
UNIT_CODES: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "weekend": ("WE", False), "month": ("M", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
                           "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV",
                                "night": "NI", "overnight": "NI"}

_MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October|"
               "November|December")
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_RE = rf"(?:{_MONTH_FULL}|{_MONTH_FULL.upper()}|{_MONTH_ABBR})"
WEEKDAY_RE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
YEAR_RE = r"(?:1[0-9]\d\d|20\d\d)"

_UNITS_WORDS = ("one|two|three|four|five|six|seven|eight|nine")
_TEENS = ("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_WORD_RE = (
    rf"(?:(?:{_TENS})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS}|{_UNITS_WORDS}|"
    r"a\s+couple(?:\s+of)?|a\s+dozen|a\s+hundred|half\s+a|a\s+few|a|an|few|several|many|dozens\s+of)"
)
# Digits (with an optional "1/2"), or words; case-insensitive words through the inline flag.
NUMBER_RE = rf"(?:\d{{1,3}}(?:\.\d+)?(?:\s+1/2)?|(?i:{NUMBER_WORD_RE}))"

UNIT_RE = r"(?i:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies))"


def number_value(word: str) -> float | None:
    """Numeric value of a NUMBER_RE match; None for vague quantities ("several")."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in VAGUE_QUANTITIES or w in ("dozens of",):
        return None
    if w.endswith(" 1/2"):
        base = number_value(w[:-4])
        return None if base is None else base + 0.5
    try:
        return float(w)
    except ValueError:
        pass
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]
