"""RSS 2.0 / RSS 1.0 ``<item>`` and Atom ``<entry>`` records.

Feeds are untrusted XML: any DOCTYPE or ENTITY declaration is refused before ElementTree sees
the bytes, which rules out entity-expansion ("billion laughs") and external-entity tricks.
"""
from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from xml.parsers import expat

from tasks.ingest.dates import parse_published
from tasks.ingest.html_text import html_to_text
from tasks.ingest.items import FileParse, Item, Problem

# Preferred order: the full article body before the teaser.
BODY_TAGS = ("encoded", "content", "description", "summary")
PUBLISHED_TAGS = ("pubdate", "published", "date", "issued", "updated", "modified")


class UnsafeXml(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise UnsafeXml("DOCTYPE or ENTITY declaration")


def check_safe_xml(data: bytes) -> None:
    """Raise UnsafeXml on declarations, expat.ExpatError on malformed XML."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.Parse(data, True)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _without_namespaces(element: ET.Element) -> ET.Element:
    clone = copy.deepcopy(element)
    for node in clone.iter():
        node.tag = _local(node.tag)
    return clone


def _markup_of(element: ET.Element) -> str:
    """The HTML an element carries: escaped text (RSS, Atom type=html) or XHTML children."""
    if len(element):
        inner = _without_namespaces(element)
        return (inner.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in inner)
    return element.text or ""


def _text_of(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    text = html_to_text(_markup_of(element)).strip()
    return text or None


def _link_of(entry: ET.Element) -> str | None:
    for link in _children(entry, "link"):
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and link.text and link.text.strip():
            return link.text.strip()
    return None


def _item(number: int, entry: ET.Element) -> Item | Problem:
    body = next(
        (text for tag in BODY_TAGS for element in _children(entry, tag) if (text := _text_of(element))),
        None,
    )
    if body is None:
        return Problem(number, "empty", f"item {number}: no description or content")
    title_element = next(iter(_children(entry, "title")), None)
    source_element = next(iter(_children(entry, "source")), None)
    published = next(
        (
            moment
            for tag in PUBLISHED_TAGS
            for element in _children(entry, tag)
            if (moment := parse_published((element.text or "").strip()))
        ),
        None,
    )
    title = _text_of(title_element)
    outlet = (source_element.text or "") if source_element is not None else ""
    return Item(
        number=number,
        text=body,
        title=" ".join(title.split()) if title else None,
        url=_link_of(entry),
        published=published,
        # RSS <source> names the outlet that first published a syndicated item.
        outlet=" ".join(outlet.split()) or None,
    )


def parse_feed(data: bytes) -> FileParse:
    try:
        check_safe_xml(data)
        root = ET.fromstring(data)
    except UnsafeXml as exc:
        return FileParse("xml", problems=(Problem(0, "unsafe_xml", str(exc)),))
    except (expat.ExpatError, ET.ParseError, ValueError) as exc:
        return FileParse("xml", problems=(Problem(0, "bad_xml", str(exc)),))
    kind = _local(root.tag)
    if kind in {"rss", "rdf"}:
        fmt, channel = "rss", next(iter(_children(root, "channel")), root)
    elif kind == "feed":
        fmt, channel = "atom", root
    else:
        return FileParse("xml", problems=(Problem(0, "unsupported_format", f"XML root <{kind}> is not a feed"),))
    entries = [element for element in root.iter() if _local(element.tag) in {"item", "entry"}]
    if not entries:
        return FileParse(fmt, problems=(Problem(0, "empty", "feed has no items"),))
    results = [_item(number, entry) for number, entry in enumerate(entries, start=1)]
    feed_title = _text_of(next(iter(_children(channel, "title")), None))
    return FileParse(
        fmt=fmt,
        items=tuple(r for r in results if isinstance(r, Item)),
        problems=tuple(r for r in results if isinstance(r, Problem)),
        records=len(entries),
        self_described=True,
        default_outlet=" ".join(feed_title.split()) if feed_title else None,
    )
