"""Dating articles by corroboration when their own text gives a weak publication date.

An article without a stated date still reports acts that other, well-dated articles report
("Putin arrived in Hanoi on Thursday morning"). Linking its undated reports to those events
bounds its publication date from below: it was written after the latest act it reports as done.
That date then anchors its weekdays and "last month"s, which a guessed anchor would misdate.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from models.records import Article, EventMention, UndatedMention
from tasks.dating import STATED_BASES
from tasks.temporal.publication import bounded_publication

from .merge import merge_mentions
from .stories import StoryResemblance

# Publication dates the page (or a copy of its text) states outright; everything else is a guess
# that evidence may beat.
STRONG_BASES = STATED_BASES | {"copies"}
# Dates good enough to lend their year to a sibling story of the same bundle.
HINT_BASES = STRONG_BASES | {"corroborated"}
# An inferred date this much older than its bundle's well-dated stories came from background.
_STALE_INFERENCE_DAYS = 366
_CAPTION_SLACK_DAYS = 7


def is_weakly_dated(article: Article) -> bool:
    return article.published_basis not in STRONG_BASES


def corroborated_anchors(
    weak: Sequence[Article],
    strong_mentions: Sequence[EventMention],
    weak_evidence: Sequence[UndatedMention],
    caption_days: Mapping[str, Sequence[date]] | None = None,
    stories: StoryResemblance | None = None,
) -> dict[str, date]:
    """New publication dates for weakly dated articles, from the well-dated events they report.

    ``weak_evidence`` are the weak articles' undated reports (extracted without any anchor, so
    their relative dates could not mislead). Only reported past acts count, and an article keeps
    its own inferred date when that is already later than everything it corroborates. A photo
    caption's date a few days after the corroborated events raises the bound too (the photos
    were taken before publication; much older captions are file photos and are ignored).

    With ``stories`` (which articles tell one story, see ``story_anchors``), an article that has
    well-dated articles of its own story is corroborated by their events only: "Israel
    attacked" in a story about a truce is not the attack another story dates.
    """
    if not weak or not strong_mentions or not weak_evidence:
        return {}
    # only acts the article tells as done bound its date ("would meet ... during the visit" does not)
    past = [u for u in weak_evidence if u.status == "occurred" and u.tense in ("past", "perfect", "pluperfect")]
    merged = merge_mentions(strong_mentions, past)
    weak_ids = {a.article_id for a in weak}
    mates = _story_mates(weak, {m.article_id for m in strong_mentions}, stories)
    article_of = {m.mention_id: m.article_id for m in strong_mentions}
    reporters = {mid: {article_of[x] for x in e.mention_ids if x in article_of} for e in merged.events for mid in e.mention_ids}
    latest: dict[str, date] = defaultdict(lambda: date.min)
    for m in merged.mentions:
        if m.article_id in mates and not mates[m.article_id] & reporters.get(m.mention_id, set()):
            continue
        if m.article_id in weak_ids and not m.date_text and m.granularity == "day":
            # a day-dated act bounds publication by its day; "in 2023" says too little to date a story
            latest[m.article_id] = max(latest[m.article_id], m.date_end)
    anchors = {}
    for article in weak:
        found = latest.get(article.article_id)
        if found is None or found == date.min:
            continue
        close = [d for d in (caption_days or {}).get(article.article_id, ()) if 0 < (d - found).days <= _CAPTION_SLACK_DAYS]
        found = max([found, *close])
        if article.published is None or article.published < found:
            anchors[article.article_id] = found
    return anchors


def _story_mates(weak: Sequence[Article], strong_ids: set[str], stories: StoryResemblance | None) -> dict[str, set[str]]:
    """For each weak article that has any, the well-dated articles of its own story."""
    if stories is None:
        return {}
    mates = {}
    for article in weak:
        found = stories.resembling(article.article_id, strong_ids, SAME_STORY)
        if found:
            mates[article.article_id] = set(found)
    return mates


def bundle_anchors(weak: Sequence[Article], everything: Sequence[Article]) -> dict[str, date]:
    """Dates for stories of one bundle file ("page.txt#3") that still lack a good one.

    Stories collected on one page are close in time, so the nearest well-dated sibling supplies
    the year; the story's own explicit dates then bound the day (see ``bounded_publication``).
    An inferred date is replaced only when it lies more than a year before that sibling, which
    means it came from a background date, not from the story's own news.
    """
    siblings: dict[str, list[tuple[int, Article]]] = defaultdict(list)
    for article in everything:
        bundle, index = _bundle_position(article.source)
        if bundle is not None:
            siblings[bundle].append((index, article))
    anchors: dict[str, date] = {}
    for article in weak:
        bundle, index = _bundle_position(article.source)
        if bundle is None:
            continue
        hints = [
            (abs(i - index), i, a.published)
            for i, a in siblings[bundle]
            if a.published is not None and a.published_basis in HINT_BASES and a.article_id != article.article_id
        ]
        if not hints:
            continue
        hint = min(hints)[2]
        if article.published is not None and (hint - article.published).days <= _STALE_INFERENCE_DAYS:
            continue
        bounded = bounded_publication(article.text, hint)
        if bounded is not None and bounded != article.published:
            anchors[article.article_id] = bounded
    return anchors


# Two articles this alike (cosine of TF-IDF story terms) tell one story: on real news, nearly
# nine in ten pairs of copies and rewrites of one story score more, and one pair in a thousand
# of different stories (two rate decisions a month apart, two rocket launches; see ``_story_days``).
SAME_STORY = 0.3
# the closest article's days win outright when every article of other days is this much less alike
_CLEARLY_CLOSER = 0.1
# an article naming fewer things than this cannot be told from other stories of its kind
_FEWEST_TERMS = 8
_STORY_SPREAD_DAYS = 3
# a story's news is this close to the articles telling it: an article whose latest date is older
# than that tells it as background, and was not published then
_BACKGROUND_DAYS = 14


def story_anchors(weak: Sequence[Article], dated: Sequence[Article], stories: StoryResemblance) -> dict[str, date]:
    """Dates for articles that neither state nor corroborate one, from the well-dated articles
    of the same story (see ``StoryResemblance``).

    A story's copies and follow-ups are published together, so the latest date of the ones
    within a few days of the most alike article is taken; the weekdays an article names ("the
    dams burst late Sunday") then resolve to the days before it, as they would against its own
    date. When articles of other days are nearly as alike, the days most of the story's
    articles share count, and only if the article resembles those at least as much as the
    others: a rate decision of July resembles June's, and must not take June's date.
    Otherwise the article stays undated."""
    anchors: dict[str, date] = {}
    well_dated = {a.article_id: a.published for a in dated if a.published is not None and a.published_basis in STRONG_BASES}
    for article in weak:
        if stories.term_count(article.article_id) < _FEWEST_TERMS:
            continue  # "the Fed", "Powell", "rates": too few things named to tell one story from the next
        alike = stories.resembling(article.article_id, well_dated, SAME_STORY)
        window = _story_days(sorted((score, well_dated[m]) for m, score in alike.items()))
        if window and (article.published is None or (window[0] - article.published).days > _BACKGROUND_DAYS):
            # an inferred date is the latest date the article reports; one well before its story's
            # is background ("on May 3 the bank had ..."), not the news
            anchors[article.article_id] = window[-1]
    return anchors


def may_be_stale(article: Article) -> bool:
    """An "Updated ..." line bounds publication from above only: a page re-saved months after
    the news keeps the "on Saturday" its text was written with."""
    return article.published_basis == "updated_line"


def stale_update_anchors(updated: Sequence[Article], everything: Sequence[Article], stories: StoryResemblance) -> dict[str, date]:
    """Story dates for articles dated only by an "Updated" line that lies well after their story:
    when the pages of the same story that state when they were published agree on days more than
    ``_BACKGROUND_DAYS`` before the update, the page was first published with them."""
    published = {
        a.article_id: a.published for a in everything
        if a.published is not None and a.published_basis in STRONG_BASES and not may_be_stale(a)
    }
    anchors: dict[str, date] = {}
    for article in updated:
        if article.published is None or stories.term_count(article.article_id) < _FEWEST_TERMS:
            continue
        alike = stories.resembling(article.article_id, published, SAME_STORY)
        window = _story_days(sorted((score, published[m]) for m, score in alike.items()))
        if window and (article.published - window[-1]).days > _BACKGROUND_DAYS:
            anchors[article.article_id] = window[-1]
    return anchors


def _story_days(mates: list[tuple[float, date]]) -> list[date]:
    """The publication days of the story's articles that date an article, given how alike each
    is to it (ascending); empty when they do not agree."""
    if not mates:
        return []
    closest_score, closest_day = mates[-1]
    near = [d for _, d in mates if abs((d - closest_day).days) <= _STORY_SPREAD_DAYS]
    others = [s for s, d in mates if abs((d - closest_day).days) > _STORY_SPREAD_DAYS]
    if not others or max(others) <= closest_score - _CLEARLY_CLOSER:
        return sorted(near)
    return _agreeing_days(sorted((d, s) for s, d in mates))


def _agreeing_days(mates: list[tuple[date, float]]) -> list[date]:
    """The run of dates within a few days of each other that holds two thirds of the mates or
    more, and whose mates resemble the article at least as much, on average, as the rest: of
    two rate decisions a month apart, a bare majority of the first's copies proves nothing."""
    best: list[tuple[date, float]] = []
    for i, (first, _) in enumerate(mates):
        run = [m for m in mates[i:] if (m[0] - first).days <= _STORY_SPREAD_DAYS]
        if len(run) > len(best):
            best = run
    if 3 * len(best) < 2 * len(mates):
        return []
    rest = [m for m in mates if m not in best]
    if rest and _mean(best) < _mean(rest):
        return []
    return [d for d, _ in best]


def _mean(mates: list[tuple[date, float]]) -> float:
    return sum(o for _, o in mates) / len(mates)


def _bundle_position(source: str) -> tuple[str | None, int]:
    name, sep, number = source.rpartition("#")
    if not sep or not number.isdigit():
        return None, 0
    return name, int(number)


def apply_anchors(
    articles: Sequence[Article], anchors: dict[str, date], basis: str = "corroborated"
) -> list[Article]:
    return [
        replace(a, published=anchors[a.article_id], published_basis=basis) if a.article_id in anchors else a  # type: ignore[arg-type]
        for a in articles
    ]
