"""``parse_file``: one file's bytes → articles and quarantined parts. Pure: no filesystem."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from models.records import Quarantined, RawArticle
from tasks.ingest.dates import parse_published
from tasks.ingest.decode import decode_text
from tasks.ingest.feeds import parse_feed
from tasks.ingest.html_text import extract_html
from tasks.ingest.items import FileParse, Item, Problem
from tasks.ingest.json_records import parse_json, parse_jsonl
from tasks.ingest.text_formats import split_stories, strip_markdown, title_of

FORMAT_BY_EXTENSION = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_XML_START = re.compile(r"^\s*<(?:\?xml|rss|feed|rdf:rdf)\b", re.IGNORECASE)


def format_of(relname: str) -> str | None:
    dot = relname.rfind(".")
    slash = max(relname.rfind("/"), relname.rfind("\\"))
    return FORMAT_BY_EXTENSION.get(relname[dot:].lower()) if dot > slash else None


def _text_document(fmt: str, text: str) -> FileParse:
    if fmt == "md":
        text = strip_markdown(text)
    stories = split_stories(text)
    if not stories:
        return FileParse(fmt, problems=(Problem(0, "empty", "no words in the text"),))
    items = tuple(Item(number=n, text=story, title=title_of(story)) for n, story in enumerate(stories, start=1))
    return FileParse(fmt, items=items, records=len(items))


def _html_document(text: str) -> FileParse:
    page = extract_html(text)
    if not page.text.strip() or not any(ch.isalnum() for ch in page.text):
        return FileParse("html", problems=(Problem(0, "empty", "no main text in the page"),))
    item = Item(
        number=1,
        text=page.text,
        title=page.title,
        url=page.url,
        published=parse_published(page.published),
        outlet=page.outlet,
    )
    return FileParse("html", items=(item,), records=1)


def _parse_by_format(relname: str, data: bytes) -> FileParse:
    fmt = format_of(relname)
    if fmt == "feed":
        if not data.strip():
            return FileParse("xml", problems=(Problem(0, "empty", "file is empty or whitespace only"),))
        return parse_feed(data)
    decoded = decode_text(data)
    if decoded.text is None:
        if fmt is None and decoded.reason != "empty":
            return FileParse("unknown", problems=(Problem(0, "unsupported_format", f"{decoded.reason}: {decoded.detail}"),))
        return FileParse(fmt or "unknown", problems=(Problem(0, decoded.reason, decoded.detail),))
    text = decoded.text
    if fmt is None:
        # Unknown extension: readable text is an article; markup that announces itself is parsed.
        if _XML_START.match(text):
            return parse_feed(data)
        fmt = "html" if _HTML_START.match(text) else "txt"
    if fmt == "html":
        return _html_document(text)
    if fmt == "json":
        return parse_json(text)
    if fmt == "jsonl":
        return parse_jsonl(text)
    return _text_document(fmt, text)


def _meta_string(meta: Mapping[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _apply_meta(item: Item, meta: Mapping[str, Any], parsed: FileParse) -> Item:
    """Sidecar metadata: the operator's word beats what was inferred from a document, but a
    self-described record (JSON, feed item) keeps its own fields. Title and URL describe one
    story, so they are applied only to a file holding a single record."""
    published = parse_published(meta.get("published")) if "published" in meta else None
    outlet = _meta_string(meta, "outlet")
    single = parsed.records == 1
    title = _meta_string(meta, "title") if single else None
    url = _meta_string(meta, "url") if single else None

    def pick(own: Any, sidecar: Any) -> Any:
        if parsed.self_described:
            return own if own is not None else sidecar
        return sidecar if sidecar is not None else own

    return Item(
        number=item.number,
        text=item.text,
        title=pick(item.title, title),
        url=pick(item.url, url),
        published=pick(item.published, published),
        outlet=pick(item.outlet, outlet) or parsed.default_outlet,
    )


def _sources(relname: str, parsed: FileParse) -> list[str]:
    """Provenance per item: a record's own URL, else ``relname#n``, plain ``relname`` for a
    single-record file. A URL repeated inside one file falls back to ``relname#n`` so every
    article of the file stays distinct."""
    used: set[str] = set()
    names = []
    for item in parsed.items:
        if parsed.self_described and item.url and _URL.match(item.url) and item.url not in used:
            name = item.url
        elif parsed.records == 1:
            name = relname
        else:
            name = f"{relname}#{item.number}"
        used.add(name)
        names.append(name)
    return names


def parse_file(
    relname: str,
    data: bytes,
    meta: Mapping[str, Any] | None = None,
    *,
    path: str | None = None,
) -> tuple[list[RawArticle], list[Quarantined]]:
    """Parse one file's bytes by its extension (sniffing unknown ones).

    ``relname`` names the articles (``relname``, ``relname#n`` or a record's URL); ``path``
    (default ``relname``) is recorded as the real location. ``meta`` is the file's manifest
    entry. Never raises: every failure is a ``Quarantined`` with a reason.
    """
    location = path if path is not None else relname
    try:
        parsed = _parse_by_format(relname, data)
        sidecar = meta if isinstance(meta, Mapping) else {}
        items = [_apply_meta(item, sidecar, parsed) for item in parsed.items]
        parsed = replace(parsed, items=tuple(items))
        articles = [
            RawArticle(
                source=source,
                path=location,
                text=item.text,
                title=item.title,
                url=item.url,
                outlet=item.outlet,
                published=item.published,
                fmt=parsed.fmt,
            )
            for source, item in zip(_sources(relname, parsed), items)
        ]
        problems = [Quarantined(location, problem.reason, problem.detail) for problem in parsed.problems]
        return articles, problems
    except Exception as exc:  # untrusted input must never take the run down
        return [], [Quarantined(location, "parse_error", f"{type(exc).__name__}: {exc}")]
