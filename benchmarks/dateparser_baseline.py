"""dateparser ``search_dates`` alone as a TIMEX tagger: the baseline bench_timex compares to.

Usable by the scorer: ``timex_score.py --python benchmarks/dateparser_baseline.py:score_tag``.
"""
from __future__ import annotations

from datetime import datetime

from dateparser.search import search_dates


def _settings(dct: str) -> dict:
    base = datetime.fromisoformat(dct[:19]) if "T" in dct else datetime.fromisoformat(dct[:10])
    return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


def score_tag(text: str, dct: str) -> list[dict]:
    found = search_dates(text, languages=["en"], settings=_settings(dct)) or []
    out = []
    pos = 0
    for substring, when in found:
        at = text.find(substring, pos)
        if at < 0:
            continue
        pos = at + len(substring)
        out.append({"start": at, "end": pos, "text": substring, "value": when.date().isoformat(),
                    "type": "DATE"})
    return out
