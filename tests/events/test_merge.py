"""Merging mentions into events, with hand-made mention records (no NLP)."""
from __future__ import annotations

from datetime import date

from models.records import EventMention
from tasks.events import merge_mentions

D19, D20 = date(2024, 6, 19), date(2024, 6, 20)


def mention(mid: str, article: str, kind: str, day: date, actors: tuple[str, ...], *, end: date | None = None,
            granularity: str = "day", basis: str = "explicit", location: str | None = None) -> EventMention:
    return EventMention(
        mention_id=mid, article_id=article, source=f"{article}.txt", sentence=f"sentence {mid}",
        char_start=0, char_end=10, date_text="x", date_value=str(day), date_start=day, date_end=end or day,
        granularity=granularity, date_basis=basis, action=kind, event_type="AGREE" if kind == "agreement" else "CONSULT",
        actors=actors, location=location, kind=kind, actor_kinds=("PERSON",) * len(actors),
    )


def test_same_act_across_articles_is_one_event():
    result = merge_mentions([
        mention("m1", "a", "agreement", D19, ("Vladimir Putin", "Kim Jong Un")),
        mention("m2", "b", "agreement", D19, ("Putin",)),
        mention("m3", "c", "agreement", D19, ("Kim Jong-un",)),
    ])
    (event,) = result.events
    assert event.num_articles == 3 and event.num_mentions == 3
    assert set(event.actors) == {"Vladimir Putin", "Kim Jong Un"}


def test_different_acts_same_day_stay_apart():
    result = merge_mentions([
        mention("m1", "a", "agreement", D19, ("Vladimir Putin",)),
        mention("m2", "a", "arrival", D19, ("Vladimir Putin",)),
        mention("m3", "b", "meeting", D19, ("Vladimir Putin",)),
    ])
    assert sorted(e.action for e in result.events) == ["agreement", "arrival", "meeting"]


def test_same_people_different_days_stay_apart():
    result = merge_mentions([
        mention("m1", "a", "visit", D19, ("Vladimir Putin",)),
        mention("m2", "b", "visit", D20, ("Vladimir Putin",)),
    ])
    assert len(result.events) == 2


def test_coarse_mention_joins_the_single_fine_event_it_contains():
    result = merge_mentions([
        mention("m1", "a", "visit", D20, ("Vladimir Putin",), location="Hanoi"),
        mention("m2", "b", "visit", date(2024, 6, 1), ("Putin",), end=date(2024, 6, 30), granularity="month",
                basis="relative_to_publication"),
    ])
    (event,) = result.events
    assert (event.date_start, event.granularity, event.num_mentions) == (D20, "day", 2)


def test_a_coarse_statement_does_not_join_a_dated_remark_of_its_speaker():
    june = dict(end=date(2024, 6, 30), granularity="month", basis="relative_to_publication")
    result = merge_mentions([
        mention("m1", "a", "statement", D19, ("Vladimir Putin",)),
        mention("m2", "b", "statement", date(2024, 6, 1), ("Putin",), **june),
    ])
    assert sorted(e.granularity for e in result.events) == ["day", "month"]


def test_the_spelling_most_articles_use_names_the_entity():
    # one article repeats its own spelling; three others write the name the other way
    result = merge_mentions([
        *(mention(f"a{i}", "a", "meeting", date(2024, 6, i), ("Kim Jong-un",)) for i in range(1, 6)),
        *(mention(f"m{n}", n, "agreement", D19, ("Kim Jong Un",)) for n in "bcd"),
    ])
    assert {a for e in result.events for a in e.actors} == {"Kim Jong Un"}


def test_the_story_not_the_caption_names_and_describes_the_event():
    from dataclasses import replace

    caption = replace(mention("c1", "a", "meeting", D20, ("Vladimir Putin", "To Lam")), action="host",
                      sentence="Putin and Lam at the ceremony hosted at the palace, June 20, 2024.", is_caption=True)
    story = replace(mention("s1", "b", "meeting", D20, ("Putin", "To Lam")), action="meet",
                    sentence="Putin met To Lam.", date_basis="relative_to_narrative")
    (event,) = merge_mentions([caption, story]).events
    assert (event.action, event.summary) == ("meet", "Putin met To Lam.")


def test_event_ids_are_deterministic_and_order_independent():
    ms = [mention("m1", "a", "agreement", D19, ("Vladimir Putin",)), mention("m2", "b", "arrival", D20, ("Putin",))]
    first = merge_mentions(ms).events
    again = merge_mentions(list(reversed(ms))).events
    assert [e.event_id for e in first] == [e.event_id for e in again]


def test_copies_in_one_cluster_count_as_one_source():
    result = merge_mentions(
        [mention("m1", "a", "agreement", D19, ("Vladimir Putin",)), mention("m2", "b", "agreement", D19, ("Putin",))],
        cluster_of={"a": "c1", "b": "c1"},
    )
    assert result.events[0].num_sources == 1


def undated(article: str, kind: str, actors: tuple[str, ...], published: date, location: str | None = None):
    from models.records import UndatedMention

    return UndatedMention(
        article_id=article, source=f"{article}.txt", sentence=f"undated {article}", char_start=5, char_end=9,
        action=kind, kind=kind, event_type="AGREE", actors=actors, actor_kinds=("PERSON",) * len(actors),
        location=location, status="occurred", published=published, trigger_start=6, trigger_end=8,
    )


def test_undated_report_joins_the_dated_event_of_the_same_act():
    result = merge_mentions(
        [mention("m1", "a", "agreement", D19, ("Vladimir Putin", "Kim Jong Un"))],
        [undated("b", "agreement", ("Putin", "Kim Jong-un"), published=date(2024, 6, 25))],
    )
    (event,) = result.events
    assert event.num_articles == 2
    linked = [m for m in result.mentions if m.article_id == "b"]
    assert linked and linked[0].date_start == D19 and linked[0].date_text == ""


def test_undated_report_never_creates_an_event_or_links_outside_its_window():
    result = merge_mentions(
        [mention("m1", "a", "agreement", D19, ("Vladimir Putin",))],
        [undated("b", "agreement", ("Putin",), published=date(2025, 3, 1)),
         undated("c", "sanction", ("Putin",), published=date(2024, 6, 25))],
    )
    assert len(result.events) == 1 and result.events[0].num_mentions == 1


def test_ambiguous_undated_report_is_dropped():
    result = merge_mentions(
        [mention("m1", "a", "visit", D19, ("Vladimir Putin",)), mention("m2", "a", "visit", D20, ("Vladimir Putin",))],
        [undated("b", "visit", ("Putin",), published=date(2024, 6, 25))],
    )
    assert sum(e.num_mentions for e in result.events) == 2


def test_a_day_of_disagreement_on_one_act_is_one_event_flagged_as_conflict():
    result = merge_mentions([
        mention("m1", "a", "arrival", D20, ("Vladimir Putin",), location="Hanoi"),
        mention("m2", "b", "arrival", D20, ("Putin",), location="Hanoi", basis="relative_to_publication"),
        mention("m3", "c", "arrival", D19, ("Putin",), location="Hanoi"),
    ])
    arrival = [e for e in result.events if e.action == "arrival"]
    assert len(arrival) == 1
    assert arrival[0].date_start == D20 and arrival[0].date_conflict


def test_arrival_is_evidence_of_the_visit_it_starts():
    result = merge_mentions([mention("m1", "a", "arrival", D20, ("Vladimir Putin",), location="Hanoi")])
    assert sorted(e.action for e in result.events) == ["arrival", "visit"]
    visit = next(e for e in result.events if e.action == "visit")
    assert visit.date_start == D20 and visit.num_articles == 1


def test_a_mention_without_participants_joins_the_one_same_day_event_of_its_kind():
    result = merge_mentions([
        mention("m0", "d", "agreement", D19, ()),
        mention("m1", "a", "agreement", D19, ("Vladimir Putin", "Kim Jong Un")),
    ])
    (event,) = result.events
    assert event.num_mentions == 2


def test_merging_again_with_yesterdays_output_changes_nothing():
    first = merge_mentions([mention("m1", "a", "arrival", D20, ("Vladimir Putin",), location="Hanoi")])
    again = merge_mentions(list(first.mentions))
    assert sorted(m.mention_id for m in again.mentions) == sorted(m.mention_id for m in first.mentions)
    assert [e.event_id for e in again.events] == [e.event_id for e in first.events]


def test_places_become_entities_with_their_country():
    result = merge_mentions([
        mention("m1", "a", "arrival", D20, ("Vladimir Putin",), location="Hanoi"),
        mention("m2", "b", "meeting", D19, ("Vladimir Putin",), location="Pyongyang"),
    ])
    places = {e.name: e.country for e in result.entities if e.kind == "LOC"}
    assert places == {"Hanoi": "VN", "Pyongyang": "KP"}
