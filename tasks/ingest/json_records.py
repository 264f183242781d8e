"""JSON (one object, a list, or ``{"articles": [...]}``) and JSON Lines article records."""
from __future__ import annotations

import json
from typing import Any

from tasks.ingest.dates import parse_published
from tasks.ingest.decode import has_words, normalize_newlines
from tasks.ingest.items import FileParse, Item, Problem

# Field names seen in common news datasets, most specific first.
TEXT_FIELDS = ("text", "body", "content")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
PUBLISHED_FIELDS = ("published", "published_at", "publishedAt", "pubDate", "date")
OUTLET_FIELDS = ("outlet",)


def _first_string(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None


def item_from_record(number: int, record: Any, where: str) -> Item | Problem:
    if not isinstance(record, dict):
        return Problem(number, "bad_record", f"{where}: expected an object, got {type(record).__name__}")
    text = _first_string(record, TEXT_FIELDS)
    if text is None or not has_words(text):
        return Problem(number, "bad_record", f"{where}: no non-empty 'text' field")
    raw_published = next((record[name] for name in PUBLISHED_FIELDS if record.get(name)), None)
    return Item(
        number=number,
        text=normalize_newlines(text).strip(),
        title=_one_line(_first_string(record, TITLE_FIELDS)),
        url=_one_line(_first_string(record, URL_FIELDS)),
        published=parse_published(raw_published),
        outlet=_one_line(_first_string(record, OUTLET_FIELDS)),
    )


def _collect(fmt: str, results: list[Item | Problem], records: int) -> FileParse:
    return FileParse(
        fmt=fmt,
        items=tuple(r for r in results if isinstance(r, Item)),
        problems=tuple(r for r in results if isinstance(r, Problem)),
        records=records,
        self_described=True,
    )


def parse_json(text: str) -> FileParse:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return FileParse("json", problems=(Problem(0, "bad_json", f"line {exc.lineno}: {exc.msg}"),))
    except (ValueError, RecursionError) as exc:
        return FileParse("json", problems=(Problem(0, "bad_json", type(exc).__name__),))
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        records = data["articles"]
    elif isinstance(data, dict):
        records = [data]
    elif isinstance(data, list):
        records = data
    else:
        return FileParse("json", problems=(Problem(0, "bad_json", "expected an object or a list of objects"),))
    if not records:
        return FileParse("json", problems=(Problem(0, "empty", "no records"),))
    results = [item_from_record(n, record, f"record {n}") for n, record in enumerate(records, start=1)]
    return _collect("json", results, len(records))


def parse_jsonl(text: str) -> FileParse:
    """One object per line; a record is numbered by its line, so a bad line can be found."""
    results: list[Item | Problem] = []
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            results.append(Problem(line_number, "bad_json", f"line {line_number}: {exc.msg}"))
            continue
        except (ValueError, RecursionError) as exc:
            results.append(Problem(line_number, "bad_json", f"line {line_number}: {type(exc).__name__}"))
            continue
        results.append(item_from_record(line_number, record, f"line {line_number}"))
    if not results:
        return FileParse("jsonl", problems=(Problem(0, "empty", "no records"),))
    return _collect("jsonl", results, len(results))
