"""Event mentions for a batch of parsed articles: tagger + caption detection + extractor."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from dataclasses import dataclass

from models.records import Article, EventMention, UndatedMention
from tasks.dedup.boilerplate import is_caption
from tasks.temporal import tag

from .extract import extract_mentions, extract_undated


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    dated: tuple[EventMention, ...]
    undated: tuple[UndatedMention, ...]


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo-caption lines: their dates are photo dates, not event dates."""
    spans, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip() and is_caption(line.strip()):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


def mentions_for(articles: Sequence[Article], docs: Iterable[Doc]) -> Iterator[ArticleMentions]:
    """Yield each article's dated and undated mentions in order; ``docs`` parse the articles' texts."""
    for article, doc in zip(articles, docs, strict=True):
        spacy_dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        timexes = tag(article.text, article.published, spacy_dates=spacy_dates)
        captions = caption_spans(article.text)
        dated = extract_mentions(article, doc, timexes, captions)
        yield ArticleMentions(tuple(dated), tuple(extract_undated(article, doc, dated, captions)))
