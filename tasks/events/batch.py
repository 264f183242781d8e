"""Event mentions for a batch of parsed articles: tagger + caption detection + extractor."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from models.records import Article, EventMention
from tasks.dedup.boilerplate import is_caption
from tasks.temporal import tag

from .extract import extract_mentions


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo-caption lines: their dates are photo dates, not event dates."""
    spans, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip() and is_caption(line.strip()):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


def mentions_for(articles: Sequence[Article], docs: Iterable[Doc]) -> Iterator[list[EventMention]]:
    """Yield each article's mentions in order; ``docs`` are the parses of the articles' texts."""
    for article, doc in zip(articles, docs, strict=True):
        spacy_dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        timexes = tag(article.text, article.published, spacy_dates=spacy_dates)
        yield extract_mentions(article, doc, timexes, caption_spans(article.text))
