"""Event mentions for a batch of parsed articles: tagger + caption detection + extractor."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from dataclasses import dataclass, replace
from datetime import date

from models.records import Article, EventMention, UndatedMention
from tasks.dedup.boilerplate import stamp_prefixes, strip_boilerplate
from tasks.temporal import tag

from .entities import doc_ents
from .anchoring import (
    apply_anchors,
    bundle_anchors,
    corroborated_anchors,
    is_weakly_dated,
    may_be_stale,
    stale_update_anchors,
    story_anchors,
)
from .extract import extract_mentions
from .reported import acts_told_in_statements
from .stories import StoryResemblance, story_terms
from .undated import extract_undated


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    dated: tuple[EventMention, ...]
    undated: tuple[UndatedMention, ...]


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo captions, whole lines or inline in a flattened paragraph:
    their dates are photo dates, not event dates."""
    return _spans_of(text, strip_boilerplate(text).captions)


def _spans_of(text: str, pieces: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        start = text.find(piece, cursor)
        if start < 0:
            start = text.find(piece)
        if start >= 0:
            spans.append((start, start + len(piece)))
            cursor = start + len(piece)
    return sorted(spans)


def caption_days(text: str) -> list[date]:
    """The calendar days photo captions state outright (no anchor needed)."""
    spans = caption_spans(text)
    if not spans:
        return []
    return [
        t.date_end for t in tag(text, None)
        if t.granularity == "day" and t.date_end is not None and any(a <= t.start < b for a, b in spans)
    ]


def extract_article(article: Article, doc: Doc) -> ArticleMentions:
    """Dated and undated mentions of one article; ``doc`` is the parse of its text. Page
    furniture ("Published: June 19, 2024 20:43") stamps the page and dates no event; photo
    captions date their photos."""
    spacy_dates = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("DATE", "TIME")]
    page = strip_boilerplate(article.text)
    furniture = _spans_of(article.text, page.removed) + stamp_prefixes(article.text)
    timexes = [
        t for t in tag(article.text, article.published, spacy_dates=spacy_dates)
        if not any(a <= t.start < b for a, b in furniture)
    ]
    captions = _spans_of(article.text, page.captions)
    dated = extract_mentions(article, doc, timexes, captions)
    lead = lead_end(doc, [*furniture, *captions])
    if any(m.char_start < lead and not m.is_caption for m in dated):
        lead = 0  # the lead dates its news itself: its undated acts are told around that date
    told, undated, bare = acts_told_in_statements(dated, extract_undated(article, doc, dated, captions, timexes, lead))
    return ArticleMentions(tuple(m for m in [*dated, *told] if m not in bare), tuple(undated))


LEAD_SENTENCES = 3
_LEAD_MIN_WORDS = 4


def lead_end(doc: Doc, skipped: Sequence[tuple[int, int]]) -> int:
    """Where an article's lead ends: after its headline and first sentences of story text.
    Page furniture, photo captions, a headline repeated and fragments of a few words ("5G
    News", "Latest news") do not count."""
    told: set[str] = set()
    for sent in doc.sents:
        text = " ".join(sent.text.split())
        if len(text.split()) < _LEAD_MIN_WORDS or text in told or any(a <= sent.start_char < b for a, b in skipped):
            continue
        told.add(text)
        if len(told) == LEAD_SENTENCES:
            return sent.end_char
    return len(doc.text)


def mentions_for(articles: Sequence[Article], docs: Iterable[Doc]) -> Iterator[ArticleMentions]:
    """Each article's mentions in order; ``docs`` parse the articles' texts."""
    for article, doc in zip(articles, docs, strict=True):
        yield extract_article(article, doc)


def extract_batch(articles: Sequence[Article], docs: Iterable[Doc]) -> tuple[list[Article], ArticleMentions]:
    """Mentions for a batch, with weakly dated articles re-anchored by corroboration first.

    Well-dated articles are extracted as they stream by. A weakly dated one is first read with no
    anchor at all (only absolute dates count, everything else stays undated evidence); its
    publication date is then bounded by the well-dated events it reports, and it is extracted
    again against that anchor. Returns the articles (some re-dated) and all mentions.
    """
    dated: list[EventMention] = []
    undated: list[UndatedMention] = []
    weak: list[tuple[Article, Doc]] = []
    updated: list[tuple[Article, Doc]] = []
    terms: dict[str, Counter[str]] = {}
    # only an article without a stated date, or with only an "Updated" line, needs to know its story
    any_weak = any(is_weakly_dated(a) or may_be_stale(a) for a in articles)
    for article, doc in zip(articles, docs, strict=True):
        if any_weak:
            terms[article.article_id] = story_terms(doc)
        if is_weakly_dated(article):
            weak.append((article, doc))
            continue
        if may_be_stale(article):
            updated.append((article, doc))
        found = extract_article(article, doc)
        dated.extend(found.dated)
        undated.extend(found.undated)

    stories = StoryResemblance(terms)
    restated = apply_anchors([a for a, _ in updated], stale_update_anchors([a for a, _ in updated], articles, stories), basis="story_context")
    restated_ids = {a.article_id for a in restated if a.published_basis == "story_context"}
    if restated_ids:
        # read again against the story's date: their weekdays were written for it, not for the update
        dated = [m for m in dated if m.article_id not in restated_ids]
        undated = [u for u in undated if u.article_id not in restated_ids]
        for article, (_, doc) in zip(restated, updated):
            if article.article_id in restated_ids:
                found = extract_article(article, doc)
                dated.extend(found.dated)
                undated.extend(found.undated)
        by_id = {a.article_id: a for a in restated if a.article_id in restated_ids}
        articles = [by_id.get(a.article_id, a) for a in articles]
    evidence = [u for a, doc in weak for u in extract_article(replace(a, published=None), doc).undated]
    weak_articles = [a for a, _ in weak]
    captions = {a.article_id: caption_days(a.text) for a in weak_articles}
    corroborated = apply_anchors(weak_articles, corroborated_anchors(weak_articles, dated, evidence, captions, stories))
    # bundle siblings lend their year to stories that neither states nor corroborates a date
    everything = [*corroborated, *(a for a in articles if not is_weakly_dated(a))]
    still_weak = [a for a in corroborated if a.published_basis != "corroborated"]
    in_context = apply_anchors(still_weak, bundle_anchors(still_weak, everything), basis="bundle_context")
    # an article that still has no date, or only the latest date it reports, takes its story's,
    # when the story's well-dated articles agree
    guessed = [a for a in in_context if a.published_basis in ("unknown", "inferred")]
    in_story = apply_anchors(guessed, story_anchors(guessed, everything, stories), basis="story_context")
    redated = {a.article_id: a for a in [*corroborated, *in_context, *in_story]}
    for article, doc in weak:
        found = extract_article(redated[article.article_id], doc)
        dated.extend(found.dated)
        undated.extend(found.undated)
    final = [redated.get(a.article_id, a) for a in articles]
    return final, ArticleMentions(tuple(dated), tuple(undated))
