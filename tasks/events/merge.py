"""Merging event mentions across articles into events.

Two mentions report the same real event when they have the same kind of act (an arrival is not
a treaty signing), compatible dates and overlapping participants. Actor names are first mapped
to canonical entities across all articles (Kim Jong-un / Kim Jong Un, Antony / Anthony Blinken).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from models.records import Entity, Event, EventMention, UndatedMention
from tasks.ids import stable_id

from .actors import canonical_entities, country_code
from .places import country_of
from .linking import TRIP_KINDS, link_undated, place_acts
from .episodes import place_conflict
from .leads import lead_mentions
from .lexicon import CAUSE_KINDS, SPEECH_KINDS
from .undated import COUNTERPART_KINDS

_TRIP_ACT_KINDS = frozenset({"arrival", "visit", "departure", "welcome"})
_PLACE_DEFINED_KINDS = frozenset({"celebration"})

_BASIS_WEIGHT = {"explicit": 3.0, "relative_to_narrative": 2.0, "relative_to_publication": 1.5}
_SUMMARY_CHARS = 240


@dataclass(frozen=True, slots=True)
class MergeResult:
    events: tuple[Event, ...]
    mentions: tuple[EventMention, ...]  # with canonical actor names
    entities: tuple[Entity, ...]


def merge_mentions(
    mentions: Sequence[EventMention],
    undated: Sequence[UndatedMention] = (),
    *,
    cluster_of: Mapping[str, str] | None = None,
) -> MergeResult:
    """One event per real act. ``undated`` sentences join the single dated event they report;
    ``cluster_of`` maps article_id -> dedup cluster, so copies of one story count as one source."""
    cluster_of = cluster_of or {}
    canonical, entities = _canonicalize([*mentions, *undated])
    mentions = [
        replace(m, actors=_unique(canonical.get(a, a) for a in m.actors)) for m in mentions
    ]
    undated = [replace(u, actors=_unique(canonical.get(a, a) for a in u.actors)) for u in undated]
    fine = [m for m in mentions if m.granularity == "day"]
    coarse = [m for m in mentions if m.granularity != "day"]
    groups = _resolve_conflicts(_group(fine))
    visit_of: dict[int, int] = {}
    derived = _derive_visits(groups, visit_of)
    # coarse dates ("this past week", "in June") attach once every day-level event exists
    groups = _group(coarse, groups)
    # trips first: they are the episodes that date the acts told after them
    trips = [u for u in undated if u.kind in TRIP_KINDS]
    acts = [u for u in undated if u.kind not in TRIP_KINDS]
    linked, resolved = link_undated(trips, groups)
    derived += _derive_visits(groups, visit_of)
    placed, narrated, leftover = place_acts(acts, trips, groups, resolved)
    groups = _group(narrated, groups)
    # photo captions and reports the first pass could not place may fit the events just made
    linked += placed + link_undated(leftover, groups)[0]
    # what a lead tells with no date, and no other report dates, is the news of its report
    leads = lead_mentions(undated, {(m.article_id, m.trigger_start) for m in [*linked, *narrated]})
    leads = _group_leads(leads, groups)
    derived += _derive_visits(groups, visit_of)
    mentions = [*mentions, *derived, *narrated, *linked, *leads]
    entities = sorted([*entities, *_place_entities(mentions, entities)], key=lambda e: e.entity_id)
    events = sorted(
        (_event(group, cluster_of) for group in groups),
        key=lambda e: (e.date_start, e.date_end, e.event_id),
    )
    events = _dedupe_ids(events)
    return MergeResult(tuple(events), tuple(sorted(mentions, key=lambda m: m.mention_id)), tuple(entities))


def _unique(items) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def _place_entities(mentions: Sequence[EventMention], actors: Sequence[Entity]) -> list[Entity]:
    """The places events happened at, each with its country, besides the actors' entities."""
    known = {(e.name, e.kind) for e in actors}
    out = []
    for place in sorted({m.location for m in mentions if m.location}):
        if (place, "GPE") in known:
            continue  # a state already listed as an actor
        out.append(Entity(stable_id("entity", "LOC", place), place, "LOC", (), country_of(place)))
    return out


def _canonicalize(mentions: Sequence[EventMention | UndatedMention]) -> tuple[dict[str, str], list[Entity]]:
    # a spelling counts once per article that uses it: the form most sources write wins, however
    # often one story repeats its own
    articles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        kinds = m.actor_kinds if len(m.actor_kinds) == len(m.actors) else ("PERSON",) * len(m.actors)
        for name, kind in zip(m.actors, kinds):
            articles[kind][name].add(m.article_id)
    by_kind = {kind: Counter({name: len(ids) for name, ids in names.items()}) for kind, names in articles.items()}
    mapping, entities = canonical_entities(by_kind)
    return mapping, entities


# ------------------------------------------------------------------ grouping
def _group(
    mentions: Sequence[EventMention], groups: list[list[EventMention]] | None = None
) -> list[list[EventMention]]:
    """Greedy single-link grouping into ``groups`` (new list when None): narrower dates first;
    a coarser mention attaches to the one finer event it fits in (same kind, overlapping
    actors), else forms its own event."""
    # participant-less mentions go last, so they can join an event their day already has
    ordered = sorted(mentions, key=lambda m: ((m.date_end - m.date_start).days, not m.actors, m.date_start, m.mention_id))
    groups = groups if groups is not None else []
    index = _GroupIndex()
    for gi, group in enumerate(groups):
        index.add(gi, group[0])
    for m in ordered:
        target = _find_group(m, groups, index)
        if target is None:
            index.add(len(groups), m)
            groups.append([m])
        else:
            groups[target].append(m)
    return groups


def _group_leads(leads: Sequence[EventMention], groups: list[list[EventMention]]) -> list[EventMention]:
    """Group lead mentions (dated by their report's day) into ``groups``, returning them as
    grouped. A report published the day after an act, or a day later in its own time zone,
    tells the same news: a lead that finds no event of its act and people on its own day joins
    the one that other leads make the day before, and takes that day. An event the day before
    that a text dates ("launched yesterday") is not joined: linking already offered the lead to
    it, and a lead's day is then the better evidence."""
    index = _GroupIndex()
    for gi, group in enumerate(groups):
        index.add(gi, group[0])
    placed = []
    for m in sorted(leads, key=lambda m: (not m.actors, m.date_start, m.mention_id)):
        target = _find_group(m, groups, index)
        if target is None and m.actors:
            day_before = m.date_start - timedelta(days=1)
            earlier = replace(m, date_value=day_before.isoformat(), date_start=day_before, date_end=day_before)
            target = _find_group(earlier, groups, index)
            if target is not None and all(g.origin == "lead" for g in groups[target]):
                m = earlier
            else:
                target = None
        if target is None:
            index.add(len(groups), m)
            groups.append([m])
        else:
            groups[target].append(m)
        placed.append(m)
    return placed


class _GroupIndex:
    """Events by kind and by the interval of their first mention, for the two questions grouping
    asks: which events have exactly this date, and which lie inside this interval."""

    def __init__(self) -> None:
        self._exact: dict[tuple[str, date, date], list[int]] = defaultdict(list)
        self._starts: dict[str, list[tuple[date, int]]] = defaultdict(list)
        self._ends: dict[int, date] = {}

    def add(self, gi: int, head: EventMention) -> None:
        kind = head.kind or head.action
        self._exact[(kind, head.date_start, head.date_end)].append(gi)
        insort(self._starts[kind], (head.date_start, gi))
        self._ends[gi] = head.date_end

    def exact(self, kind: str, start: date, end: date) -> list[int]:
        return self._exact.get((kind, start, end), [])

    def inside(self, kind: str, start: date, end: date) -> list[int]:
        starts = self._starts.get(kind, [])
        lo = bisect_left(starts, (start, -1))
        hi = bisect_right(starts, (end, len(self._ends) + 1))
        return sorted(gi for _, gi in starts[lo:hi] if self._ends[gi] <= end)


def _find_group(m: EventMention, groups: list[list[EventMention]], index: _GroupIndex) -> int | None:
    kind = m.kind or m.action
    same_dates = index.exact(kind, m.date_start, m.date_end)
    if not m.actors and len(same_dates) == 1:
        # "the agreements signed on Wednesday": no participants to compare, so the act and the day
        # decide, and only when exactly one such event exists
        return same_dates[0]
    exact = [gi for gi in same_dates if _actors_compatible(m, groups[gi]) and not _other_act_of_sentence(m, groups[gi])]
    if exact:
        return min(exact)
    if kind in SPEECH_KINDS:
        return None  # people speak every day: "in June, Putin praised ..." is not his June 19 remark
    containing = [
        gi for gi in index.inside(kind, m.date_start, m.date_end)
        if gi not in same_dates and _actors_compatible(m, groups[gi]) and not _other_act_of_sentence(m, groups[gi])
    ]
    # a coarse date ("in June") joins a finer event only when the choice is unambiguous; a place
    # the sentence names can settle it ("Hanoi welcomed Putin this past week" is the Hanoi visit)
    if len(containing) > 1:
        containing = [gi for gi in containing if any(g.location and g.location in m.sentence for g in groups[gi])]
    return containing[0] if len(containing) == 1 else None


def _other_act_of_sentence(m: EventMention, group: list[EventMention]) -> bool:
    """Two triggers of one sentence dated differently are two acts ("repeated on Thursday the
    claims he made earlier this year"), however alike their kind and people."""
    return any(
        g.article_id == m.article_id and g.char_start == m.char_start and g.trigger_start != m.trigger_start
        and (g.date_start, g.date_end) != (m.date_start, m.date_end)
        for g in group
    )


def _actors_compatible(m: EventMention, group: list[EventMention]) -> bool:
    if (m.kind or m.action) in CAUSE_KINDS:
        # a quake or a crash has no participants to compare: one of a kind a day is one event,
        # unless the places are in different countries
        return not _countries(m) or not (known := {c for g in group for c in _countries(g)}) or bool(_countries(m) & known)
    group_actors = {a for g in group for a in g.actors}
    if m.actors and group_actors:
        shared = set(m.actors) & group_actors
        if not shared:
            # a celebration is where and when it is held, whoever the report names at it
            return (m.kind or m.action) in _PLACE_DEFINED_KINDS and bool(m.location) and any(
                g.location == m.location for g in group
            )
        if place_conflict(m.location, group):
            return False  # landing in Pyongyang and landing in Hanoi are two arrivals
        if (m.kind or m.action) in SPEECH_KINDS and m.actor_kinds[:1] == ("PERSON",):
            # a statement is its speaker's: Putin's and Kim's remarks that day are two events
            return any(g.actors[:1] == m.actors[:1] for g in group if g.actor_kinds[:1] == ("PERSON",))
        if (m.kind or m.action) in _TRIP_ACT_KINDS and _people(m) and any(_people(g) for g in group):
            # Biden's visit and Xi's visit to Vietnam that year are two visits
            if not _people(m) & {a for g in group for a in _people(g)}:
                return False
        if (m.kind or m.action) in COUNTERPART_KINDS:
            # Putin meeting Trong and Putin meeting To Lam are two meetings: each side names a
            # person the other does not, and they share fewer than two
            mine, theirs = _people(m), {a for g in group for a in _people(g)}
            if mine - shared and theirs - shared and len(shared & (mine | theirs)) < 2:
                return False
        return True
    # without named participants, only the same place ties them together
    group_places = {g.location for g in group if g.location}
    return bool(m.location) and m.location in group_places


def _countries(m: EventMention) -> set[str]:
    """The countries a mention places its act in: its location's, and the states it names."""
    found = {country_of(m.location)} if m.location else set()
    found |= {country_code(a) for a, k in zip(m.actors, m.actor_kinds) if k == "GPE"}
    return {c for c in found if c}


def _people(m: EventMention) -> set[str]:
    if len(m.actor_kinds) != len(m.actors):
        return set(m.actors)
    return {a for a, k in zip(m.actors, m.actor_kinds) if k == "PERSON"}


# ------------------------------------------------------------------ visits
def _derive_visits(groups: list[list[EventMention]], visit_of: dict[int, int]) -> list[EventMention]:
    """An arrival somewhere is also evidence of the visit it starts ("arrived in Hanoi on June 20"
    reports the Hanoi visit of June 20). Each day-dated arrival with a place lends its mentions to
    the visit of the same people that day, creating that visit if no article named it.
    ``visit_of`` remembers arrival group -> visit group, so calling again adds only new mentions."""
    derived: list[EventMention] = []
    # copies derived on an earlier night come back from the warehouse as ordinary mentions
    present = {m.mention_id for g in groups for m in g}
    for gi in range(len(groups)):
        group = groups[gi]
        head = group[0]
        if head.kind != "arrival" or head.granularity != "day" or not any(m.location for m in group):
            continue
        target = visit_of.get(gi)
        copies = [
            replace(m, mention_id=stable_id(m.mention_id, "visit"), kind="visit", action="visit", event_type="CONSULT",
                    origin="derived")
            for m in group
        ]
        copies = [c for c in copies if c.mention_id not in present]
        if not copies:
            continue
        if target is None:
            target = next(
                (vi for vi, v in enumerate(groups) if (v[0].kind or v[0].action) == "visit"
                 and (v[0].date_start, v[0].date_end) == (head.date_start, head.date_end)
                 and _actors_compatible(copies[0], v)),
                None,
            )
        if target is None:
            target = len(groups)
            groups.append([])
        visit_of[gi] = target
        groups[target].extend(copies)
        derived.extend(copies)
        present.update(c.mention_id for c in copies)
    return derived


def _resolve_conflicts(groups: list[list[EventMention]]) -> list[list[EventMention]]:
    """Sources that disagree by a day on one act ("late on Wednesday night" vs "early on
    Thursday") report one event: the same kind, people and place a day apart is merged into the
    better-attested day, and the event is flagged as a date conflict.

    So is a bare weekday read a week too early: a page whose metadata says Wednesday evening
    (another time zone's Thursday) reports "arrived early on Thursday", which reads as the
    Thursday before. When the same act is dated by better evidence exactly a week later, the
    weekday meant that day."""
    def weight(group: list[EventMention]) -> tuple[int, float]:
        return len({m.article_id for m in group}), sum(_BASIS_WEIGHT.get(m.date_basis, 1.0) for m in group)

    merged_into: dict[int, int] = {}
    weights = [weight(g) for g in groups]
    order = sorted(range(len(groups)), key=lambda gi: weights[gi], reverse=True)
    rank = {gi: r for r, gi in enumerate(order)}
    by_day: dict[tuple[str, date], list[int]] = defaultdict(list)
    for gi, group in enumerate(groups):
        if group[0].granularity == "day":
            by_day[(group[0].kind or group[0].action, group[0].date_start)].append(gi)
    for gi in order:
        if gi in merged_into:
            continue
        a = groups[gi]
        places_a = {m.location for m in a if m.location}
        if a[0].granularity != "day":
            continue
        kind = a[0].kind or a[0].action
        day = a[0].date_start
        near = by_day.get((kind, day - timedelta(days=1)), []) + by_day.get((kind, day + timedelta(days=1)), [])
        week_early = [gj for gj in by_day.get((kind, day - timedelta(days=7)), []) if _bare_weekdays(groups[gj])]
        for gj in sorted(near + week_early, key=rank.__getitem__):
            if gj == gi or gj in merged_into or merged_into.get(gi) is not None:
                continue
            b = groups[gj]
            if (b[0].kind or b[0].action) != (a[0].kind or a[0].action) or b[0].granularity != "day":
                continue
            if weights[gj] > weights[gi]:
                continue
            places_b = {m.location for m in b if m.location}
            if gj in week_early:
                if not any(m.date_basis == "explicit" for m in a) or (places_b and not places_a & places_b):
                    continue
            elif not places_a & places_b:
                continue
            if not _actors_compatible(b[0], a):
                continue
            a.extend(b)
            merged_into[gj] = gi
    return [g for gi, g in enumerate(groups) if gi not in merged_into]


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _bare_weekdays(group: list[EventMention]) -> bool:
    """Every report dates the act by a weekday read from its publication date alone."""
    return all(m.date_basis == "relative_to_publication" and _WEEKDAY.search(m.date_text) for m in group)


# ------------------------------------------------------------------ event
def _event(group: list[EventMention], cluster_of: Mapping[str, str]) -> Event:
    weights: Counter[tuple[date, date, str]] = Counter()
    for m in group:
        weights[(m.date_start, m.date_end, m.granularity)] += _BASIS_WEIGHT.get(m.date_basis, 1.0)
    nested = [d for d in weights if all(o[0] <= d[0] and d[1] <= o[1] for o in weights)]
    if nested:
        # "in 2023" and "last September": the finer date that every report allows
        start, end, granularity = min(nested, key=lambda d: ((d[1] - d[0]).days, d))
    else:
        # sources disagree: the date with the most weight of explicit evidence
        (start, end, granularity), _ = max(weights.items(), key=lambda kv: (kv[1], -(kv[0][1] - kv[0][0]).days, kv[0]))
    day_dates = {(m.date_start, m.date_end) for m in group if m.granularity == "day"}
    dated = [m for m in group if m.date_text] or group
    # linked undated sentences support an event; they do not add participants to it
    actors = _ranked(a for m in dated for a in m.actors)
    location = _most_common(m.location for m in dated if m.location)
    # a photo caption supports an event; the story's own words name and describe it
    told = [m for m in group if not m.is_caption] or group
    action = _most_common(m.action for m in told)
    event_type = _most_common(m.event_type for m in group)
    status = "occurred" if any(m.status == "occurred" for m in group) else group[0].status
    agreeing = [m for m in group if (m.date_start, m.date_end) == (start, end)] or group
    best = max(agreeing, key=lambda m: (m.status == status, *_summary_rank(m)))
    sources = {cluster_of.get(m.article_id, m.article_id) for m in group}
    kind = group[0].kind or action
    key_actor = actors[0] if actors else (location or "")
    return Event(
        event_id=stable_id("event", start, end, kind, key_actor),
        date_start=start,
        date_end=end,
        granularity=granularity,  # type: ignore[arg-type]
        event_type=event_type or "OTHER",
        action=action or kind,
        summary=_summary(best.clause or best.sentence),
        actors=actors,
        location=location,
        mention_ids=tuple(sorted(m.mention_id for m in group)),
        num_mentions=len(group),
        num_articles=len({m.article_id for m in group}),
        num_sources=len(sources),
        confidence=_confidence(group, len(sources), conflict=len(day_dates) > 1),
        status=status,  # type: ignore[arg-type]
        date_conflict=len(day_dates) > 1,
    )


def _summary_rank(m: EventMention) -> tuple:
    """Which report describes the event best: the story's words over a photo caption; one whose
    own clause states this act ("Putin met Kim") over one that only names it in passing ("During the meeting on June 19, they signed
    ..."), and over an arrival standing in for the visit it began; then the best-dated, shortest."""
    own_word = m.origin != "derived"  # a derived copy's action is not its trigger's word
    return (not m.is_caption, bool(m.clause) and own_word, own_word, bool(m.clause), bool(m.date_text),
            _BASIS_WEIGHT.get(m.date_basis, 1.0), -len(m.sentence), m.mention_id)


def _ranked(items) -> tuple[str, ...]:
    counts = Counter(items)
    return tuple(sorted(counts, key=lambda a: (-counts[a], a)))


def _most_common(items) -> str | None:
    counts = Counter(items)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _summary(sentence: str) -> str:
    text = re.sub(r"\s+", " ", sentence).strip()
    if len(text) <= _SUMMARY_CHARS:
        return text
    cut = text[:_SUMMARY_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def _confidence(group: list[EventMention], n_sources: int, *, conflict: bool) -> float:
    explicit = any(m.date_basis == "explicit" for m in group)
    score = 0.45 + 0.15 * min(n_sources - 1, 3) + (0.15 if explicit else 0.0)
    if conflict:
        score -= 0.15
    return round(max(0.05, min(score, 0.99)), 2)


def _dedupe_ids(events: list[Event]) -> list[Event]:
    seen: Counter[str] = Counter()
    out = []
    for e in events:
        seen[e.event_id] += 1
        if seen[e.event_id] > 1:
            e = replace(e, event_id=stable_id("event", e.event_id, e.mention_ids[0]))
        out.append(e)
    return out
