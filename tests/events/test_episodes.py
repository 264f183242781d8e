"""Undated acts dated by the trip their story tells, on stories written for these tests and parsed
by the real spaCy model (extraction + merging, no Prefect, no database)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from models.records import Article
from tasks.events import merge_mentions
from tasks.events.batch import extract_batch

PUBLISHED = date(2024, 6, 25)

ROME_TRIP = """Lula arrives in Rome for talks with Meloni

Brazilian President Luiz Inacio Lula da Silva arrived in Rome on June 20 for a one-day state visit.

Lula met with Italy's leaders, including Prime Minister Giorgia Meloni and President Sergio Mattarella.

He was greeted at the Quirinal Palace by a military band.

During his visit, Lula signed a dozen agreements with Giorgia Meloni on energy and trade.

Ahead of his visit, Lula wrote an article for an Italian newspaper praising the friendship between the two countries.

He wrote that trade had doubled in a decade.

"We signed many deals today," Meloni told reporters.

Lula had visited Italy in 2008 as well.
"""

TWO_CAPITALS = """A week of summits in Asia

Chancellor Olaf Scholz arrived in Tokyo on June 3 for talks on trade.

Chancellor Olaf Scholz landed in Seoul on June 5.

In Seoul, Chancellor Olaf Scholz met President Yoon Suk Yeol at the presidential office.

In Tokyo, Chancellor Olaf Scholz held talks with Prime Minister Fumio Kishida.
"""


def _article(text: str, source: str) -> Article:
    return Article(
        article_id=f"id-{source}", doc_id=f"doc-{source}", source=source, path=source, title=None, text=text,
        url=None, outlet=None, published=PUBLISHED, published_basis="metadata", word_count=len(text.split()),
    )


@pytest.fixture(scope="module")
def timeline(nlp):
    def run(*texts: str):
        articles = [_article(t, f"story{i}.txt") for i, t in enumerate(texts)]
        _, found = extract_batch(articles, nlp.pipe([a.text for a in articles]))
        return merge_mentions(found.dated, found.undated)

    return run


def _events(result, kind=None, actor=None):
    return [
        e for e in result.events
        if (kind is None or e.action == kind or kind in e.action) and (actor is None or actor in e.actors)
    ]


def test_acts_told_after_a_dated_arrival_happen_on_the_trip(timeline):
    result = timeline(ROME_TRIP)
    by_type = {(e.event_type, e.action, e.date_start) for e in result.events}
    assert ("CONSULT", "meet", date(2024, 6, 20)) in by_type
    assert ("CONSULT", "greet", date(2024, 6, 20)) in by_type
    assert any(t == "AGREE" and d == date(2024, 6, 20) for t, _, d in by_type)  # "During his visit, Lula signed ..."
    narrated = [m for m in result.mentions if m.origin == "narrated"]
    assert narrated and all(m.date_basis == "relative_to_narrative" and m.date_text == "" for m in narrated)


def test_each_person_met_is_a_meeting_of_their_own(timeline):
    meetings = _events(timeline(ROME_TRIP), kind="meet")
    met = [set(e.actors) - {"Luiz Inacio Lula da Silva", "Lula", "Italy"} for e in meetings]
    assert {"Giorgia Meloni"} in met and {"Sergio Mattarella"} in met


def test_what_is_told_ahead_of_the_trip_is_dated_to_its_run_up(timeline):
    (article,) = _events(timeline(ROME_TRIP), kind="write")
    # the two weeks before the June 20 visit, never the visit's own day
    assert (article.date_start, article.date_end, article.granularity) == (date(2024, 6, 6), date(2024, 6, 19), "range")


PREVIEW = """Lula to visit Rome

Brazilian President Luiz Inacio Lula da Silva will arrive in Rome on June 20 for a one-day state visit.

Ahead of his visit, Lula wrote an article for an Italian newspaper praising the friendship between the two countries.
"""


def test_what_a_preview_tells_ahead_of_the_trip_happened_by_its_publication(nlp):
    preview = replace(_article(PREVIEW, "preview.txt"), published=date(2024, 6, 17))
    _, found = extract_batch([preview], nlp.pipe([preview.text]))
    (article,) = _events(merge_mentions(found.dated, found.undated), kind="write")
    assert (article.date_start, article.date_end) == (date(2024, 6, 6), date(2024, 6, 17))


TWO_TRIPS = """Scholz tours Asia

Chancellor Olaf Scholz arrived in Tokyo on June 3 for talks on trade.

Chancellor Olaf Scholz arrived in Seoul on June 5.

Ahead of his visit to South Korea, Scholz praised the country's chip industry.

Ahead of his visit, Scholz praised the region's growth.
"""


def test_ahead_of_which_trip_is_settled_by_the_frame_s_place(timeline):
    praise = [e for e in _events(timeline(TWO_TRIPS), actor="Olaf Scholz") if e.event_type == "SUPPORT"]
    # "ahead of his visit to South Korea" precedes the Seoul trip; the bare "ahead of his visit"
    # could precede either, so it stays undated
    assert [(e.date_start, e.date_end) for e in praise] == [(date(2024, 5, 22), date(2024, 6, 4))]


def test_quoted_and_earlier_acts_are_not_dated_by_the_trip(timeline):
    result = timeline(ROME_TRIP)
    dated_sentences = {m.sentence for m in result.mentions if m.origin == "narrated"}
    assert not any("We signed many deals" in s for s in dated_sentences)  # a quotation
    assert not any("had visited Italy" in s for s in dated_sentences)  # before the story's time


def test_a_place_settles_which_trip(timeline):
    result = timeline(TWO_CAPITALS)
    yoon = [e for e in result.events if any(a.startswith("Yoon") for a in e.actors)]
    kishida = [e for e in result.events if any(a.endswith("Kishida") for a in e.actors)]
    assert [e.date_start for e in yoon] == [date(2024, 6, 5)]
    assert [e.date_start for e in kishida] == [date(2024, 6, 3)]


def test_reports_of_one_act_in_two_stories_are_one_event(timeline):
    other = ("Lula in Rome\n\nLula landed in Rome on June 20.\n\n"
             "In Rome, Lula also met Giorgia Meloni, the prime minister, for lunch.\n")
    meetings = [e for e in timeline(ROME_TRIP, other).events if "Giorgia Meloni" in e.actors and e.action == "meet"]
    assert len(meetings) == 1 and meetings[0].num_articles == 2


def test_flying_in_from_a_place_is_not_the_arrival_there(timeline):
    first = "Scholz in Tokyo\n\nChancellor Olaf Scholz landed in Tokyo on June 18 for talks.\n"
    second = ("Scholz in Seoul\n\nChancellor Olaf Scholz flew in from Tokyo overnight.\n\nOn Thursday, June 20, South Korea welcomed "
              "Chancellor Olaf Scholz with a state ceremony.\n\nDuring the visit, Scholz also met President Yoon Suk Yeol.\n")
    result = timeline(first, second)
    tokyo = [e for e in result.events if e.date_start == date(2024, 6, 18)]
    assert all(e.num_articles == 1 for e in tokyo)  # the Seoul story's "flew in from Tokyo" stays out
    yoon = [e for e in result.events if "Yoon Suk Yeol" in e.actors]
    assert [e.date_start for e in yoon] == [date(2024, 6, 20)]  # dated by the welcome in Seoul
