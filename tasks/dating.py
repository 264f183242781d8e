"""Turning raw articles into dated articles: stable keys and the publication-date anchor."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from models.records import Article, RawArticle
from tasks.dedup.boilerplate import strip_boilerplate
from tasks.ids import stable_id
from tasks.temporal import date_in_url, infer_publication

_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def normalized_text(text: str) -> str:
    """What "the same text" means for exact copies: Unicode-normalized, case- and space-folded."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2014: "-"})
    return " ".join(text.split())


def _without_captions(text: str) -> str:
    """A photo's date says when the photo was taken, not when the story was published."""
    for caption in strip_boilerplate(text).captions:
        text = text.replace(caption, " ")
    return text


def date_articles(raw: Sequence[RawArticle]) -> list[Article]:
    """Give every article its keys and the anchor for its relative dates: metadata first, else
    what the text itself says (dateline, "Updated ..." line, latest reported date), else unknown."""
    articles = []
    for r in raw:
        if r.published is not None:
            published, basis = r.published.date(), "metadata"
        else:
            published, basis = infer_publication(_without_captions(r.text), r.title)
            in_address = date_in_url(r.url)
            if in_address is not None and basis in ("inferred", "unknown"):
                # the publisher's own path beats the latest date a story happens to report
                published, basis = in_address, "url"
        articles.append(
            Article(
                article_id=stable_id("article", r.source),
                doc_id=stable_id("doc", normalized_text(r.text)),
                source=r.source,
                path=r.path,
                title=r.title,
                text=r.text,
                url=r.url,
                outlet=r.outlet,
                published=published,
                published_basis=basis,  # type: ignore[arg-type]
                word_count=len(_WORD.findall(r.text)),
                fmt=r.fmt,
            )
        )
    return articles
