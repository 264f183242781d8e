"""Classes of news sentences beyond diplomacy, in our own words: the act a cause names, events
that start or erupt, a role word that names the one person holding such an office, and a
speaker's own meeting told on the day they speak."""
from __future__ import annotations

from datetime import date

import pytest

from models.records import Article
from tasks.events.batch import mentions_for

PUBLISHED = date(2025, 3, 9)  # a Sunday


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str, published: date = PUBLISHED):
        article = Article(
            article_id="id-story", doc_id="d", source="story.txt", path="story.txt", title=None, text=text,
            url=None, outlet=None, published=published, published_basis="metadata", word_count=len(text.split()),
        )
        return list(next(mentions_for([article], nlp.pipe([text]))).dated)

    return run


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        ("Eleven miners were killed in a landslide on Tuesday.", "disaster", "landslide"),
        ("Floods swept through the valley on Thursday, killing four people.", "disaster", "flood"),
        ("Two pilots died in a crash near the airbase on Friday.", "accident", "crash"),
        ("A powerful typhoon hit the northern coast on Wednesday.", "disaster", "typhoon"),
    ],
)
def test_a_cause_is_the_event_of_the_harm_it_does(extract, text, kind, action):
    found = [(m.kind, m.action) for m in extract(text)]
    assert (kind, action) in found, found
    assert all(k != "military" for k, _ in found), found


def test_only_a_volcano_erupts_but_protests_that_erupt_are_protests(extract):
    assert extract("The stadium erupted in cheers on Saturday.") == []
    assert [(m.kind, m.date_value) for m in extract("Protests erupted in the capital on Friday.")] == [("protest", "2025-03-07")]


def test_a_role_word_names_the_one_holder_of_such_an_office(extract):
    text = ("Maria Osei, the British minister of state for Africa, arrived in Nairobi on Friday.\n\n"
            "The British diplomat struck a warmer tone on Saturday.")
    (statement,) = [m for m in extract(text) if m.kind == "statement"]
    assert statement.actors == ("Maria Osei",)
    assert statement.date_value == "2025-03-08"


def test_a_speakers_own_meeting_told_that_day_is_dated_to_it(extract):
    text = ("Maria Osei, the British minister of state for Africa, spoke in Nairobi on Saturday, 8 March 2025.\n\n"
            "The British diplomat struck a warmer tone on Saturday, saying the purpose of her meeting with "
            "Kenyan Foreign Minister Musalia Mudavadi was to deepen trade.")
    meetings = [m for m in extract(text) if m.kind == "meeting"]
    assert [(m.date_value, set(m.actors)) for m in meetings] == [("2025-03-08", {"Maria Osei", "Musalia Mudavadi"})]


def test_a_meeting_someone_else_had_is_not_dated_by_the_speaker(extract):
    text = ("Opposition leader Ruth Kamau said on Saturday that the president's meeting with "
            "the Chinese envoy Li Wen was a mistake.")
    assert [m for m in extract(text) if m.kind == "meeting"] == []


def test_a_date_on_a_verb_that_names_no_act_dates_the_act_told_with_it(extract):
    text = "The crowd in the square erupted in applause on 4 May 2019 when Governor Ana Ruiz stepped onto the stage."
    assert [(m.action, m.date_value, m.actors) for m in extract(text)] == [("step", "2019-05-04", ("Ana Ruiz",))]


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: March 7, 2025 20:43:57",
        "This content was published on March 7, 2025 - 20:43",
        "Published March 7th, 2025 - 09:24 GMT",
        "7 March 2025 4:46 AM by AFP",
        "Last modified on Fri 7 Mar 2025",
    ],
)
def test_a_page_stamp_dates_no_event(extract, stamp):
    text = f"{stamp}\n\nThe senate passed the water bill on Thursday."
    assert [(m.action, m.date_value) for m in extract(text)] == [("pass", "2025-03-06")]


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA (Reuters) - Indonesia's Prabowo Subianto pledged on Friday to build three million homes.",
        "Kenya signed a power deal with Ethiopia on Friday, Xinhua reported.",
        "The Associated Press said on Friday that its reporter had been released.",
    ],
)
def test_a_news_agency_is_never_an_actor(extract, text):
    mentions = extract(text)
    assert mentions
    assert not {"Reuters", "Xinhua", "The Associated Press", "Associated Press"} & {a for m in mentions for a in m.actors}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("JAKARTA (Reuters) - Indonesia's Prabowo Subianto pledged on Friday to build three million homes.", "Prabowo Subianto"),
        ("Ukraine's Volodymyr Zelenskiy thanked the donors on Friday.", "Volodymyr Zelenskiy"),
    ],
)
def test_a_name_after_a_states_possessive_is_a_person_not_a_dateline(extract, text, person):
    (m,) = extract(text)
    assert m.actors == (person,)


def test_a_body_after_a_states_possessive_stays_a_body(nlp):
    doc = nlp("China's Foreign Ministry and Britain's Bank of England spoke on Monday.")
    assert {(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"} == set()
