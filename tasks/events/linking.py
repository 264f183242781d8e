"""Undated reports placed in time: linked to the dated event of the same act they report, or
dated by the trip or meeting their story is telling (``tasks.events.episodes``).

"The pact Putin signed with Kim" links to the treaty signing another article dates; "In Hanoi,
Putin also met Trong" takes the day of the Hanoi visit and becomes a mention of its own, which
merging then groups with the other reports of that meeting. An article contributes at most one
linked sentence to an event, and a report that could be about two events is dropped.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from models.records import DateBasis, EventMention, Granularity, MentionOrigin, UndatedMention
from tasks.ids import stable_id

from .episodes import (
    UndatedKey, episode_of, episode_travellers, find_episodes, fits, framed_trip, place_conflict, undated_key,
)
from .lexicon import CAUSE_KINDS, LINKABLE_KINDS
from .places import country_of

# Undated reports of these kinds are the trips that date the acts told after them.
TRIP_KINDS = frozenset({"visit", "arrival", "departure"})
_LINK_LOOKBACK_DAYS = 62  # an undated report refers to an act at most about two months old
# ...but "buildings collapsed", with nobody named, is this week's disaster: a crash three weeks
# earlier is another story's
_CAUSE_LOOKBACK_DAYS = 10
_RUN_UP_DAYS = 14  # what is done "ahead of" a trip is done in the two weeks before it

Groups = list[list[EventMention]]


def link_undated(undated: Sequence[UndatedMention], groups: Groups) -> tuple[list[EventMention], dict[UndatedKey, int]]:
    """Attach each undated report to the one dated event of the same act whose participants
    include all of the report's people, within the article's time window. Also returns which
    event each unambiguous report refers to, linked or not (an article already in the event)."""
    index = _Index(groups)
    linked: list[EventMention] = []
    resolved: dict[UndatedKey, int] = {}
    for u in _ordered(undated):
        gi = index.best(u)
        if gi is None:
            continue
        resolved[undated_key(u)] = gi
        mention = index.link(u, gi)
        if mention is not None:
            linked.append(mention)
    return linked, resolved


def place_acts(
    acts: Sequence[UndatedMention], trips: Sequence[UndatedMention], groups: Groups,
    resolved_trips: Mapping[UndatedKey, int],
) -> tuple[list[EventMention], list[EventMention], list[UndatedMention]]:
    """(linked, narrated, leftover) for undated acts other than trips.

    An act told within a dated one-day trip or meeting takes its day. It is linked to the dated
    event of the same act when there is exactly one that day (or one at all, when the act names
    two or more of its participants: "where he and Kim signed an agreement"); otherwise it
    becomes a new mention with that day (``narrated``), for merging to group. Speech acts are
    never linked by their speaker alone, since people speak every day. ``leftover``: photo
    captions and linkable acts no episode dates, for a second linking pass.
    """
    index = _Index(groups)
    episodes = find_episodes(index.dated, resolved_trips, trips, [u for u in acts if u.frame_relation == "before"])
    linked: list[EventMention] = []
    narrated: list[EventMention] = []
    leftover: list[UndatedMention] = []
    for u in _ordered(acts):
        if u.caption_date is not None:
            leftover.append(u)
            continue
        episode = episode_of(u, episodes)
        day = _dates(index.dated[episode][0]) if episode is not None else None
        scored = index.candidates(u) if u.kind in LINKABLE_KINDS else []
        choice = _unique(scored)
        if choice is not None and day is not None and _dates(index.dated[choice][0]) != day and len(_people(u)) < 2:
            choice = None  # one shared person is weaker evidence than the story's own episode
        if choice is None and day is not None:
            choice = _unique([s for s in scored if _dates(index.dated[s[1]][0]) == day])
        trip = framed_trip(u, episodes) if choice is None and episode is None else None
        if choice is not None:
            mention = index.link(u, choice)
            if mention is not None:
                linked.append(mention)
        elif trip is not None and u.asserted:
            narrated.append(dated_before(u, index.dated[trip][0]))
        elif episode is not None and u.asserted and u.tense == "past":
            # a new event only from a plain past-tense statement of the act, never from a
            # passing reference to it ("in his meeting with Putin") or "has been on a list"
            if not u.actors:
                # "Some 15 deals were signed": the people are the episode's own travellers
                travellers = episode_travellers(index.dated[episode])
                u = replace(u, actors=travellers, actor_kinds=("PERSON",) * len(travellers))
            narrated.append(dated_as(u, index.dated[episode][0], "narrated"))
        elif u.kind in LINKABLE_KINDS:
            leftover.append(u)
    return linked, narrated, leftover


def dated_as(u: UndatedMention, like: EventMention, origin: MentionOrigin = "linked") -> EventMention:
    """An undated report as a mention carrying the date of the event ``like`` belongs to."""
    return as_mention(u, like.date_value, like.date_start, like.date_end, like.granularity, origin=origin)


def as_mention(
    u: UndatedMention, value: str, start: date, end: date, granularity: Granularity, *,
    origin: MentionOrigin, basis: DateBasis = "relative_to_narrative", key: str = "undated",
) -> EventMention:
    """An undated report with the date its context gives it."""
    return EventMention(
        mention_id=stable_id("mention", u.article_id, key, u.trigger_start, *((u.part,) if u.part else ())),
        article_id=u.article_id, source=u.source, sentence=u.sentence, char_start=u.char_start,
        char_end=u.char_end, date_text="", date_value=value, date_start=start, date_end=end,
        granularity=granularity, date_basis=basis,
        action=u.action, event_type=u.event_type, actors=u.actors, location=u.location, status=u.status,
        trigger_start=u.trigger_start, trigger_end=u.trigger_end, kind=u.kind, actor_kinds=u.actor_kinds,
        is_caption=u.caption_date is not None, clause=u.clause, origin=origin,
    )


def dated_before(u: UndatedMention, trip: EventMention) -> EventMention:
    """An act told "ahead of" a one-day trip, dated to the run-up to it: the days before the
    trip, and no later than the story that reports the act."""
    end = trip.date_start - timedelta(days=1)
    if u.published is not None and u.published < end:
        end = u.published
    start = min(trip.date_start - timedelta(days=_RUN_UP_DAYS), end)
    mention = dated_as(u, trip, "narrated")
    if start == end:
        return replace(mention, date_value=start.isoformat(), date_start=start, date_end=end, granularity="day")
    return replace(mention, date_value=f"{start.isoformat()}/{end.isoformat()}", date_start=start, date_end=end,
                   granularity="range")


_DONE_TENSES = frozenset({"past", "perfect", "pluperfect"})


class _Index:
    """Dated events by kind, judged on their dated evidence only (``dated`` is a snapshot), and
    the links made so far."""

    def __init__(self, groups: Groups):
        self.groups = groups
        self.dated = [list(g) for g in groups]
        # events by (kind, actor): a report can only be of an event that shares one of its people
        self.by_kind_actor: dict[tuple[str, str], set[int]] = defaultdict(set)
        # a quake or a crash has no participants: such events by kind alone
        self.causes: dict[str, set[int]] = defaultdict(set)
        for gi, group in enumerate(groups):
            kind = group[0].kind or group[0].action
            for actor in {a for m in group for a in m.actors}:
                self.by_kind_actor[(kind, actor)].add(gi)
            if kind in CAUSE_KINDS:
                self.causes[kind].add(gi)
        self.taken: set[tuple[str, int]] = set()
        self._actors = [frozenset(a for m in group for a in m.actors) for group in self.dated]

    def actors_of(self, gi: int) -> frozenset[str]:
        return self._actors[gi]

    def candidates(self, u: UndatedMention) -> list[tuple[tuple[int, int], int]]:
        if u.kind in CAUSE_KINDS:
            return self._cause_candidates(u)
        people = _people(u)
        scored = []
        named = set(u.actors) - _states(u)
        for gi in sorted(set().union(*(self.by_kind_actor.get((u.kind, a), ()) for a in u.actors))):
            group = self.dated[gi]
            head = group[0]
            recent = _in_window(head.date_start, head.date_end, u.published)
            if not recent and len(named) < 2:
                continue
            if u.caption_date is not None and not head.date_start <= u.caption_date <= head.date_end:
                continue
            if u.status == "occurred" and u.tense in _DONE_TENSES and all(m.status == "scheduled" for m in group):
                continue  # "the trip came four days before ..." is no trip its reports still announce
            event_actors = self.actors_of(gi)
            shared = set(u.actors) & event_actors
            # "Putin signed deals with To Lam" is not the treaty Putin signed with Kim
            if not shared or not people <= event_actors:
                continue
            # a recent act, or an older one the report names two of the parties to ("the court
            # issued a warrant for Putin", years after)
            if not recent and (len(shared & named) < 2 or head.date_start > (u.published or head.date_start)):
                continue
            if place_conflict(u.location, group):
                continue  # deals signed in Hanoi are not the treaty signed in Pyongyang
            if u.came_from and fits(u.came_from, group):
                continue  # flying in from Pyongyang is not the landing in Pyongyang
            place = 1 if u.location and fits(u.location, group) else 0
            scored.append(((len(shared), place), gi))
        return sorted(scored, reverse=True)

    def _cause_candidates(self, u: UndatedMention) -> list[tuple[tuple[int, int], int]]:
        """"The quake brought down thousands of buildings": the one recent event of that kind,
        in the report's country when it names a place; two such events make it ambiguous."""
        country = country_of(u.location) if u.location else None
        scored = []
        for gi in sorted(self.causes.get(u.kind, ())):
            group = self.dated[gi]
            if not _in_window(group[0].date_start, group[0].date_end, u.published, _CAUSE_LOOKBACK_DAYS):
                continue
            if u.status == "occurred" and u.tense in _DONE_TENSES and all(m.status == "scheduled" for m in group):
                continue
            countries = {c for c in (country_of(m.location) for m in group if m.location) if c}
            if country and countries and country not in countries:
                continue
            scored.append(((1 if country and country in countries else 0, 0), gi))
        return sorted(scored, reverse=True)

    def best(self, u: UndatedMention) -> int | None:
        return _unique(self.candidates(u))

    def link(self, u: UndatedMention, gi: int) -> EventMention | None:
        # an article links one report to an event, unless all it has there is an arrival
        # standing in for the visit: its own report of the visit then counts
        if (u.article_id, gi) in self.taken or any(
            m.article_id == u.article_id and m.origin != "derived" for m in self.dated[gi]
        ):
            return None
        self.taken.add((u.article_id, gi))
        mention = dated_as(u, self.dated[gi][0])
        self.groups[gi].append(mention)
        return mention


def _unique(scored: list[tuple[tuple[int, int], int]]) -> int | None:
    """The best candidate, unless two are equally good (the sentence could be about either)."""
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _ordered(undated: Sequence[UndatedMention]) -> list[UndatedMention]:
    return sorted(undated, key=lambda u: (u.article_id, u.trigger_start, u.part))


def _states(u: UndatedMention) -> set[str]:
    return {a for a, k in zip(u.actors, u.actor_kinds) if k == "GPE"}


def _people(u: UndatedMention) -> set[str]:
    return {a for a, k in zip(u.actors, u.actor_kinds) if k == "PERSON"}


def _dates(m: EventMention) -> tuple[date, date]:
    return m.date_start, m.date_end


def _in_window(start: date, end: date, published: date | None, lookback: int = _LINK_LOOKBACK_DAYS) -> bool:
    if published is None:
        return True
    return (published - end).days <= lookback and (start - published).days <= 1
