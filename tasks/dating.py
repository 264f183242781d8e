"""Turning raw articles into dated articles: stable keys and the publication-date anchor."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from models.records import Article, DedupAssignment, RawArticle
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


# Dates a page states about itself; a copy's such date dates the text it shares with its canonical.
STATED_BASES = frozenset({"metadata", "dateline", "updated_line", "url"})


def dated_by_copies(articles: Sequence[Article], assignments: Sequence[DedupAssignment]) -> list[Article]:
    """A canonical article that states no publication date takes the earliest one its copies
    state (basis ``copies``): outlets republish a wire story the day it moves or later, so the
    earliest is nearest the original. An inferred date (the latest one the text reports) gives
    way only to a copy date on or after it."""
    canonical_of = {a.article_id: a.canonical_id for a in assignments}
    stated: dict[str, date] = {}
    for article in articles:
        canonical = canonical_of.get(article.article_id, article.article_id)
        if canonical != article.article_id and article.published_basis in STATED_BASES and article.published:
            stated[canonical] = min(stated.get(canonical, article.published), article.published)
    out = []
    for article in articles:
        found = stated.get(article.article_id)
        weak = article.published_basis == "unknown" or (
            article.published_basis == "inferred" and article.published is not None and found is not None
            and found >= article.published)
        out.append(replace(article, published=found, published_basis="copies") if found and weak else article)  # type: ignore[arg-type]
    return out
