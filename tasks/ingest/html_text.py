"""Main text, title and publication metadata of an HTML page, with the stdlib parser only.

Boilerplate regions (navigation, headers, footers, forms, scripts) are dropped. When the page
marks its story with ``<article>`` (or ``<main>``), only that region is kept; with several
``<article>`` elements (teaser cards) the longest one wins.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

SKIPPED_TAGS = frozenset(
    "script style noscript nav header footer aside form svg template iframe button select "
    "textarea".split()
)
BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr "
    "thead tbody tfoot figure figcaption address hr details summary caption".split()
)
CELL_TAGS = frozenset({"td", "th"})
_PUBLISHED_META = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.created",
        "dcterms.issued",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "datepublished",
    }
)
_OUTLET_META = frozenset({"og:site_name", "application-name"})
_COLLAPSIBLE_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace only: NBSP is content


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    text: str
    title: str | None
    published: str | None  # raw value; parsed by the caller
    url: str | None
    outlet: str | None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_stack: list[str] = []
        self.pre_depth = 0
        self.article_depth = 0
        self.article_index = 0  # 1-based number of the outermost <article> we are in
        self.main_depth = 0
        self.buffer: list[str] = []
        # (article index or 0, inside <main>, paragraph text)
        self.paragraphs: list[tuple[int, bool, str]] = []
        self.h1_article: str | None = None
        self.h1_page: str | None = None
        self.h1_parts: list[str] | None = None
        self.h1_context: tuple[bool, bool] = (False, False)
        self.title_parts: list[str] | None = None
        self.page_title: str | None = None
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.time_article: str | None = None
        self.time_page: str | None = None
        self.ld_json_parts: list[str] | None = None
        self.ld_json: list[str] = []

    # -- structure ----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            self._note_meta(attributes)
            return
        if tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = self.canonical or attributes.get("href") or None
            return
        if tag == "time" and attributes.get("datetime"):
            if self.article_depth and self.time_article is None:
                self.time_article = attributes["datetime"]
            elif not self.skip_stack and self.time_page is None:
                self.time_page = attributes["datetime"]
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self.ld_json_parts = []
        if tag == "title" and self.page_title is None:
            self.title_parts = []
        if tag == "h1" and self.h1_parts is None:
            self.h1_parts = []
            self.h1_context = (self.article_depth > 0, bool(self.skip_stack))
        if tag in SKIPPED_TAGS:
            self.skip_stack.append(tag)
            return
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "br":
            self.buffer.append("\n")
        elif tag in CELL_TAGS:
            self.buffer.append(" ")
        if tag == "pre":
            self.pre_depth += 1
        elif tag == "article":
            if self.article_depth == 0:
                self.article_index += 1
            self.article_depth += 1
        elif tag == "main":
            self.main_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <meta .../>: a self-closed element opens no region.
        if tag in SKIPPED_TAGS or tag in {"article", "main", "pre", "title", "h1"}:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.ld_json_parts is not None:
            self.ld_json.append("".join(self.ld_json_parts))
            self.ld_json_parts = None
        if tag == "title" and self.title_parts is not None:
            self.page_title = _clean_inline("".join(self.title_parts)) or None
            self.title_parts = None
        if tag == "h1" and self.h1_parts is not None:
            heading = _clean_inline("".join(self.h1_parts)) or None
            in_article, skipped = self.h1_context
            if heading and in_article and self.h1_article is None:
                self.h1_article = heading
            elif heading and not skipped and self.h1_page is None:
                self.h1_page = heading
            self.h1_parts = None
        if tag in SKIPPED_TAGS:
            # Pop back to the matching opener; a stray closer must not end an outer region.
            if tag in self.skip_stack:
                while self.skip_stack.pop() != tag:
                    pass
            return
        if self.skip_stack:
            return
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        elif tag == "article" and self.article_depth:
            self.article_depth -= 1
        elif tag == "main" and self.main_depth:
            self.main_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.ld_json_parts is not None:
            self.ld_json_parts.append(data)
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if self.skip_stack:
            return
        self.buffer.append(data if self.pre_depth else _COLLAPSIBLE_SPACE.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._flush()

    # -- helpers ------------------------------------------------------------------------
    def _flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        lines = [line.strip(" ") for line in raw.split("\n")]
        paragraph = "\n".join(line for line in lines if line.strip())
        if paragraph.strip():
            where = self.article_index if self.article_depth else 0
            self.paragraphs.append((where, self.main_depth > 0, paragraph))

    def _note_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        value = (attributes.get("content") or attributes.get("datetime") or "").strip()
        if key and value and key not in self.meta:
            self.meta[key] = value

    # -- results ------------------------------------------------------------------------
    def main_paragraphs(self) -> list[str]:
        in_articles: dict[int, list[str]] = {}
        for where, _, paragraph in self.paragraphs:
            if where:
                in_articles.setdefault(where, []).append(paragraph)
        if in_articles:
            return max(in_articles.values(), key=lambda paras: sum(map(len, paras)))
        in_main = [paragraph for _, inside, paragraph in self.paragraphs if inside]
        return in_main or [paragraph for _, _, paragraph in self.paragraphs]

    def published(self) -> str | None:
        # The explicit article time wins over generic names such as "date" when both exist.
        for key in ("article:published_time", "og:published_time", "datepublished"):
            if key in self.meta:
                return self.meta[key]
        for key in sorted(_PUBLISHED_META):
            if key in self.meta:
                return self.meta[key]
        for blob in self.ld_json:
            found = _find_key(_loads(blob), "datePublished")
            if found:
                return found
        return self.time_article or self.time_page


def _loads(blob: str) -> Any:
    try:
        return json.loads(blob)
    except (ValueError, RecursionError):
        return None


def _find_key(node: Any, key: str, depth: int = 0) -> str | None:
    if depth > 20:
        return None
    if isinstance(node, dict):
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        children = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_key(child, key, depth + 1)
        if found:
            return found
    return None


def _clean_inline(text: str) -> str:
    return _COLLAPSIBLE_SPACE.sub(" ", text).strip(" ")


def extract_html(markup: str) -> HtmlDocument:
    """Parse a page (or fragment). Paragraphs are separated by blank lines in ``text``."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    paragraphs = parser.main_paragraphs()
    title = parser.h1_article or parser.h1_page
    # The story headline belongs at the top of the text, as in plain-text articles.
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs = [title, *paragraphs]
    return HtmlDocument(
        text="\n\n".join(paragraphs),
        title=title or parser.page_title,
        published=parser.published(),
        url=parser.canonical or parser.meta.get("og:url"),
        outlet=next((parser.meta[key] for key in sorted(_OUTLET_META) if key in parser.meta), None),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed descriptions), paragraphs separated by blank lines."""
    parser = _Extractor()
    parser.feed(fragment)
    parser.close()
    return "\n\n".join(paragraph for _, _, paragraph in parser.paragraphs)
