"""Undated acts dated by the trip or meeting a story is telling when it reports them.

News tells a trip as a story: "Putin arrived in Hanoi on June 20. ... Putin met Trong and Chinh.
He was greeted at the palace by children. During his visit, Putin signed a dozen agreements."
The acts told after a dated trip is introduced happen on that trip unless the text says
otherwise (the narrative convention TimeML annotators follow), so each undated past act of a
trip's participant takes the trip's day. A place settles which trip ("In Hanoi, Putin also met
..."), a framing noun names it ("during the visit", "at a press conference after the talks").

Only trips and meetings the timeline has already dated to one day serve as episodes, and only
past-tense, unquoted reports by someone who takes part in them are dated this way: an act told
"ahead of the visit", in a quotation, or by a bystander keeps no date.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from models.records import EventMention, UndatedMention

from .lexicon import SPEECH_KINDS
from .places import country_of

# Reports of these kinds tell that a trip is under way: they mark its episode.
_TRIP_MARKS = frozenset({"visit", "arrival", "welcome"})
# What happens on a trip, and so can take its day: meetings, signings, ceremonies, statements,
# gifts. A court's warrant or a missile launch reported in the same story happened elsewhere.
TRIP_ACT_KINDS = frozenset({
    "meeting", "agreement", "welcome", "statement", "invitation", "award", "gift", "commemoration", "qa",
})
_DATED_TENSES = frozenset({"past", "perfect"})

UndatedKey = tuple[str, int, int]


def undated_key(u: UndatedMention) -> UndatedKey:
    return u.article_id, u.trigger_start, u.part


@dataclass(frozen=True, slots=True)
class Marker:
    """Where an article reports an episode (a trip or meeting) and which event it is."""

    offset: int
    group: int


NO_EPISODE = -1  # a marker after which no trip is under way


class Episodes:
    """The trips and meetings a batch's stories tell, indexed for dating undated acts: where each
    article reports them (``markers``), the one-day events by day, and who took part."""

    def __init__(self, groups: Sequence[Sequence[EventMention]], markers: dict[tuple[str, str], list[Marker]]):
        self.groups = groups
        self.markers = markers
        self._by_day: dict[date, list[int]] = defaultdict(list)
        for gi, group in enumerate(groups):
            if _one_day(group):
                self._by_day[group[0].date_start].append(gi)
        self._days = sorted(self._by_day)
        self._participants: dict[int, set[str]] = {}

    def same_day(self, episode: int) -> list[int]:
        return self._by_day.get(self.groups[episode][0].date_start, [])

    def around(self, episode: int, days: int) -> list[int]:
        day = self.groups[episode][0].date_start
        lo = bisect_left(self._days, day - timedelta(days=days))
        hi = bisect_right(self._days, day + timedelta(days=days))
        return [gi for d in self._days[lo:hi] for gi in self._by_day[d]]

    def participants(self, episode: int) -> set[str]:
        if episode not in self._participants:
            self._participants[episode] = _participants(self, episode)
        return self._participants[episode]


def find_episodes(
    groups: Sequence[Sequence[EventMention]],
    resolved: Mapping[UndatedKey, int],
    undated: Sequence[UndatedMention],
    framed_before: Sequence[UndatedMention] = (),
) -> Episodes:
    """Where each article reports a one-day trip or meeting, by (article, episode kind): its
    dated mentions, and its undated ones that resolve to exactly one event. ``framed_before``:
    acts told "ahead of" a trip, which suspend the episode."""
    out: dict[tuple[str, str], list[Marker]] = defaultdict(list)
    for gi, group in enumerate(groups):
        kind = _episode_kind(group)
        if kind is None or not _one_day(group):
            continue
        for m in group:
            out[(m.article_id, kind)].append(Marker(m.trigger_start, gi))
    for u in undated:
        gi = resolved.get(undated_key(u))
        kind = _episode_kind(groups[gi]) if gi is not None else None
        if gi is not None and kind is not None and _one_day(groups[gi]):
            out[(u.article_id, kind)].append(Marker(u.trigger_start, gi))
    for u in framed_before:
        # "Ahead of his visit, Putin wrote an article ...": what follows is told before the trip,
        # until the story reports a trip again
        out[(u.article_id, "visit")].append(Marker(u.trigger_start, NO_EPISODE))
    markers = {key: sorted(set(found), key=lambda mk: (mk.offset, mk.group)) for key, found in out.items()}
    return Episodes(groups, markers)


def episode_of(u: UndatedMention, episodes: Episodes) -> int | None:
    """The one-day trip or meeting (group index) during which ``u`` happened, or None."""
    groups, markers = episodes.groups, episodes.markers
    if u.kind not in TRIP_ACT_KINDS or u.quoted or u.status != "occurred" or u.tense not in _DATED_TENSES:
        return None  # "had announced", "will sign", a quotation: not the story's own time
    if u.frame_relation == "before" or (u.frame_relation == "after" and u.frame == "visit"):
        return None  # "ahead of his visit", "after the trip": not on its day
    kind = "meeting" if u.frame == "meeting" else "visit"
    told = markers.get((u.article_id, kind), ())
    if not told:
        return None
    trips = sorted({mk.group for mk in told if mk.group >= 0})
    before = [mk.group for mk in told if mk.offset <= u.trigger_start]
    episode = before[-1] if before and before[-1] >= 0 else None
    people = {a for a, k in zip(u.actors, u.actor_kinds) if k == "PERSON"}
    # a place settles which trip: "In Hanoi, Putin also met ...", or else a state the act
    # involves ("met Vietnam's top leaders", "his Vietnamese counterpart")
    for hints in ([u.location] if u.location else [], [*u.states, *(a for a, k in zip(u.actors, u.actor_kinds) if k == "GPE")]):
        if not hints:
            continue
        here = _one_trip([gi for gi in trips if any(fits(h, groups[gi]) for h in hints)], groups)
        if here is not None:
            episode = here
            break
        if u.location and episode is not None and not fits(u.location, groups[episode]) and any(
            fits(u.location, g) for g in _nearby_trips(episodes, episode, people, kind)
        ):
            return None  # "in Pyongyang" while the story is in Hanoi: another trip's act
    if episode is None:
        return None
    if not u.actors:
        return episode  # nobody named: the act belongs to whoever the episode is about
    if u.kind in SPEECH_KINDS:
        people = set(u.actors[:1])  # a statement is on the trip when its speaker is
    return episode if people & episodes.participants(episode) else None


def framed_trip(u: UndatedMention, episodes: Episodes) -> int | None:
    """The one-day trip or meeting (group index) an act is told "ahead of", or None.

    "Ahead of his trip to Rome, Lula published an essay": the act precedes the Rome visit
    its story reports, so it is dated before that visit's day. Only a trip of the act's own people
    (its speaker, for a statement) that fits the frame's place counts, and only when exactly one
    does: "ahead of his visit" in a story of two trips dates nothing.
    """
    if u.frame_relation != "before" or u.kind not in TRIP_ACT_KINDS or u.quoted or u.status != "occurred":
        return None
    if u.tense not in _DATED_TENSES:
        return None
    groups = episodes.groups
    kind = "meeting" if u.frame == "meeting" else "visit"
    trips = sorted({mk.group for mk in episodes.markers.get((u.article_id, kind), ()) if mk.group >= 0})
    people = {a for a, k in zip(u.actors, u.actor_kinds) if k == "PERSON"}
    if u.kind in SPEECH_KINDS:
        people &= set(u.actors[:1])
    if not people:
        return None  # "ahead of the visit, deals were prepared": whose trip is not said
    trips = [gi for gi in trips if people & episodes.participants(gi)]
    if u.frame_place:
        trips = [gi for gi in trips if fits(u.frame_place, groups[gi])]
    return _one_trip(trips, groups)


def episode_travellers(group: Sequence[EventMention]) -> tuple[str, ...]:
    """The people most reports of a trip name: who made it (a garbled name in one report is not)."""
    counts = Counter(a for m in group for a, k in zip(m.actors, m.actor_kinds) if k == "PERSON")
    if not counts:
        return ()
    top = max(counts.values())
    return tuple(sorted(a for a, n in counts.items() if 2 * n >= top))


def _participants(episodes: Episodes, episode: int) -> set[str]:
    """Everyone taking part in the episode: its own actors and those of the other events its
    people took part in that day, where it happened ("the visit" names only Putin; the talks
    and the signing that day name Kim too)."""
    groups = episodes.groups
    own = {a for m in groups[episode] for a in m.actors}
    people = {a for m in groups[episode] for a, k in zip(m.actors, m.actor_kinds) if k == "PERSON"}
    found = set(own)
    for gi in episodes.same_day(episode):
        group = groups[gi]
        if gi == episode:
            continue
        actors = {a for m in group for a in m.actors}
        if people & actors and not any(place_conflict(p, groups[episode]) for p in places(group)):
            found |= actors
    return found


def _one_trip(candidates: list[int], groups: Sequence[Sequence[EventMention]]) -> int | None:
    """The one trip among ``candidates``; an arrival and the visit it began are one trip."""
    days = {(groups[gi][0].date_start, groups[gi][0].date_end) for gi in candidates}
    if len(days) != 1:
        return None
    return min(candidates, key=lambda gi: (_kind(groups[gi]) != "visit", gi))


def fits(place: str, group: Sequence[EventMention]) -> bool:
    """Whether ``place`` is where the event happened: one of its places, or in its country."""
    known = places(group)
    if place in known:
        return True
    country = country_of(place)
    return country is not None and country in {country_of(p) for p in known}


# Acts that happen somewhere: a place in another country makes them another act. Elsewhere the
# place a sentence names is often what the act is about ("invited Lam to the celebrations in
# Moscow", "a warrant over war crimes in Ukraine").
LOCATED_KINDS = frozenset({"arrival", "visit", "departure", "welcome", "meeting", "agreement"})


def place_conflict(place: str | None, group: Sequence[EventMention]) -> bool:
    """Whether ``place`` is in another country than the one a located act is known to be in."""
    if not group or (group[0].kind or group[0].action) not in LOCATED_KINDS:
        return False
    country = country_of(place)
    if country is None:
        return False
    known = {c for c in map(country_of, places(group)) if c}
    return bool(known) and country not in known


_NEARBY_DAYS = 31


def _nearby_trips(episodes: Episodes, episode: int, people: set[str], kind: str):
    """Other one-day trips or meetings of the same people around the episode's day."""
    for gi in episodes.around(episode, _NEARBY_DAYS):
        group = episodes.groups[gi]
        if gi != episode and _episode_kind(group) == kind and people & {a for m in group for a in m.actors}:
            yield group


def _kind(group: Sequence[EventMention]) -> str:
    return group[0].kind or group[0].action


def _episode_kind(group: Sequence[EventMention]) -> str | None:
    kind = _kind(group)
    if kind in _TRIP_MARKS:
        # a trip is somewhere: its named place, or the state that welcomes the visitor
        return "visit" if kind == "visit" or places(group) else None
    return "meeting" if kind == "meeting" else None


def _one_day(group: Sequence[EventMention]) -> bool:
    head = group[0]
    return head.granularity == "day" and head.date_start == head.date_end


def places(group: Sequence[EventMention]) -> set[str]:
    """Where an event happened: the places its reports name, in the country most of them name
    ("trips to Pyongyang and Hanoi" in one report does not put the Hanoi visit in Pyongyang).
    Without any named place, the states taking part stand in."""
    named = [m.location for m in group if m.location]
    if not named:
        return {a for m in group for a, k in zip(m.actors, m.actor_kinds) if k == "GPE"}
    countries = Counter(c for c in map(country_of, named) if c)
    if not countries:
        return set(named)
    (main, _), *_ = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    return {p for p in named if country_of(p) in (main, None)}
