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
        ("Dozens of people were killed on Monday after an earthquake struck the island.", "disaster", "earthquake"),
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
        "UPDATED 9:15PM EST: Rescuers are still searching the river.",
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


def test_an_act_under_way_in_what_is_said_is_the_event_not_the_saying(extract):
    text = ("“Canada is imposing sanctions on four shipping firms,” Foreign Minister Ana Reyes said "
            "in a statement on Friday.")
    found = [(m.kind, m.date_value) for m in extract(text)]
    assert ("sanction", "2025-03-07") in found
    assert all(kind != "statement" for kind, _ in found), found


def test_a_statement_that_is_news_stays_beside_the_act_it_tells(extract):
    text = "“Canada is imposing sanctions on four firms,” Foreign Minister Ana Reyes warned on Friday."
    assert {m.kind for m in extract(text)} == {"sanction", "statement"}


def _merged(nlp, texts_and_dates):
    from tasks.events import merge_mentions

    articles = [
        Article(article_id=f"a{i}", doc_id=f"d{i}", source=f"s{i}.txt", path=f"s{i}.txt", title=None, text=text,
                url=None, outlet=None, published=day, published_basis="metadata", word_count=len(text.split()))
        for i, (text, day) in enumerate(texts_and_dates)
    ]
    found = list(mentions_for(articles, nlp.pipe([a.text for a in articles])))
    return merge_mentions([m for f in found for m in f.dated], [u for f in found for u in f.undated])


def test_an_undated_lead_act_is_the_news_of_its_report(nlp):
    text = ("Rebel fighters seize the airport in Port Amal\n\n"
            "Rebel fighters led by commander Joseph Kiza captured the international airport of Port Amal after "
            "a night of heavy fighting, residents said.\n\nThe city has been besieged for months.")
    merged = _merged(nlp, [(text, date(2025, 3, 9))])
    leads = [m for m in merged.mentions if m.origin == "lead"]
    assert {(m.kind, m.date_value, m.date_basis) for m in leads} == {("military", "2025-03-09", "publication_fallback")}
    assert all(m.kind != "statement" for m in merged.mentions)


def test_a_lead_act_another_report_dates_takes_that_date(nlp):
    lead = ("Rebel fighters led by commander Joseph Kiza captured the international airport of Port Amal after "
            "a night of heavy fighting.\n\nResidents fled.")
    dated = "Commander Joseph Kiza captured the airport of Port Amal on Saturday, officials said."
    merged = _merged(nlp, [(lead, date(2025, 3, 9)), (dated, date(2025, 3, 9))])
    captures = {m.date_value for m in merged.mentions if m.kind == "military"}
    assert captures == {"2025-03-08"}
    assert not [m for m in merged.mentions if m.origin == "lead"]


def test_a_lead_that_dates_its_news_gives_no_fallback(nlp):
    text = ("Rebel fighters captured the airport of Port Amal on Saturday.\n\n"
            "Commander Joseph Kiza seized the control tower, residents said.")
    merged = _merged(nlp, [(text, date(2025, 3, 9))])
    assert not [m for m in merged.mentions if m.origin == "lead"]


def test_reports_of_one_quake_that_day_are_one_event_whatever_they_name(nlp):
    merged = _merged(nlp, [
        ("A magnitude 7.1 earthquake struck southern Peru on Monday, officials said.", date(2025, 3, 11)),
        ("The earthquake hit the city of Arequipa early on Monday, killing 12 people.", date(2025, 3, 11)),
        ("President Maria Soto flew to the region after the quake on Monday.", date(2025, 3, 11)),
    ])
    quakes = {e.event_id for e in merged.events if e.event_type == "DISASTER"}
    assert len(quakes) == 1


def test_quakes_in_two_countries_on_one_day_are_two_events(nlp):
    merged = _merged(nlp, [
        ("A strong earthquake struck Peru on Monday.", date(2025, 3, 11)),
        ("A strong earthquake struck Japan on Monday.", date(2025, 3, 11)),
    ])
    assert len([e for e in merged.events if e.event_type == "DISASTER"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "MADISON, Wis. (Wire) — Wildfires on the island have killed at least 40 people, officials said on Friday.",
        "LIMA, Peru (Wire) — Wildfires have killed at least 40 people in the south on Friday.",
    ],
)
def test_a_cause_opening_the_sentence_is_the_event_and_the_dateline_no_actor(extract, text):
    found = extract(text)
    assert [(m.kind, m.date_value) for m in found if m.kind != "statement"] == [("disaster", "2025-03-07")]
    assert not {"Wis", "MADISON", "LIMA", "Peru"} & {a for m in found for a in m.actors}


def test_a_weekday_read_a_week_early_joins_the_act_another_report_dates(nlp):
    merged = _merged(nlp, [
        # metadata of Wednesday evening elsewhere, Thursday where it happened
        ("President Ana Ruiz arrived in Lima early on Thursday for talks.", date(2025, 3, 5)),
        ("President Ana Ruiz arrived in Lima on March 6, 2025 for talks.", date(2025, 3, 6)),
    ])
    arrivals = [e for e in merged.events if e.action == "arrive"]
    assert [(e.date_start, e.date_conflict, e.num_articles) for e in arrivals] == [(date(2025, 3, 6), True, 2)]
    # the losing reading stays visible on its mention
    assert {m.date_start for m in merged.mentions if m.action == "arrive"} == {date(2025, 2, 27), date(2025, 3, 6)}


def test_an_act_a_week_apart_with_its_own_date_stays_apart(nlp):
    merged = _merged(nlp, [
        ("President Ana Ruiz arrived in Lima on February 27, 2025 for talks.", date(2025, 3, 5)),
        ("President Ana Ruiz arrived in Lima on March 6, 2025 for talks.", date(2025, 3, 6)),
    ])
    assert len([e for e in merged.events if e.action == "arrive"]) == 2


def test_the_remit_of_an_office_is_no_actor(extract):
    text = ("Assistant Secretary of State for East Asian and Pacific Affairs Tomas Weller met "
            "Foreign Minister Hana Okoro in Suva on Saturday.")
    (m,) = extract(text)
    assert set(m.actors) == {"Tomas Weller", "Hana Okoro"}


def test_a_trip_told_as_done_is_not_the_trip_another_report_announces(nlp):
    merged = _merged(nlp, [
        ("President Ana Ruiz will travel to Cusco next week, her office said.", date(2025, 3, 5)),
        ("President Ana Ruiz's trip to Cusco came days after the floods.", None),  # a page with no date
    ])
    assert not [m for m in merged.mentions if m.origin == "linked"]


def test_an_undated_report_of_a_quake_joins_the_one_quake_dated_nearby(nlp):
    merged = _merged(nlp, [
        ("A magnitude 7.1 earthquake struck southern Peru on Monday.", date(2025, 3, 11)),
        ("Rescuers dug through rubble a day after the earthquake brought down homes in Arequipa, Peru.",
         date(2025, 3, 12)),
    ])
    (quake,) = [e for e in merged.events if e.event_type == "DISASTER"]
    assert (quake.date_start, quake.num_articles) == (date(2025, 3, 10), 2)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("At least 30 worshippers were killed in a gun attack on a mosque in Port Amal.\n\nThe city mourned.", "military"),
        ("Violence erupted in Valdora after tens of thousands of people marched against a new law.\n\nShops closed.", "protest"),
        ("Tens of thousands of nurses marched through Valdora to demand higher pay.\n\nTraffic stopped.", "protest"),
        ("Junior teachers are staging a 72-hour strike, the education minister has said.\n\nSchools closed.", "protest"),
    ],
)
def test_harm_and_protest_are_the_news_of_their_lead_with_nobody_named(nlp, text, kind):
    leads = [m for m in _merged(nlp, [(text, date(2025, 3, 9))]).mentions if m.origin == "lead"]
    assert [(m.kind, m.date_value) for m in leads] == [(kind, "2025-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "The prize was dedicated to the flood victims.\n\nThe hall applauded.",
        # a toll of unnamed dead is the casualties of some other act, not an event of its own
        "Forty people have died in Port Amal, officials say.\n\nShops stayed shut.",
    ],
)
def test_an_act_of_nobody_named_that_is_no_harm_done_is_no_lead(nlp, text):
    assert not [m for m in _merged(nlp, [(text, date(2025, 3, 9))]).mentions if m.origin == "lead"]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Norland Foods is buying the organic grocer Greenleaf in a $2 billion deal.\n\nShares rose.", "business_deal", "Norland Foods"),
        ("Riverton United have won the league title after their rivals lost at home.\n\nFans celebrated.", "sports_result", "Riverton United"),
        ("The Green Alliance has won the election in Valdora by a wide margin.\n\nTurnout was high.", "election", "Green Alliance"),
    ],
)
def test_deals_titles_and_election_wins_are_the_news_of_their_lead(nlp, text, kind, actor):
    leads = [m for m in _merged(nlp, [(text, date(2025, 3, 9))]).mentions if m.origin == "lead"]
    assert [m.kind for m in leads] == [kind]
    assert any(actor in a for a in leads[0].actors)


def test_being_placed_under_arrest_is_an_arrest(extract):
    found = [(m.kind, m.action, m.date_value) for m in extract("Former president Ana Ruiz was placed under house arrest on Tuesday.")]
    assert ("investigation", "arrest", "2025-03-04") in found, found


def test_an_act_done_under_an_agreement_is_not_the_agreement(extract):
    found = [m.kind for m in extract("The islands were handed back by Portugal in 1999 under an agreement.")]
    assert "agreement" not in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An air strike hit a market in Port Amal on Friday.", "military"),
        ("Rail workers went on strike on Friday over pensions.", "protest"),
        ("Dock workers began a 48-hour strike on Friday.", "protest"),
    ],
)
def test_a_strike_is_a_walkout_only_in_a_walkouts_company(extract, text, kind):
    assert [m.kind for m in extract(text) if m.action == "strike"] == [kind]


def test_a_landslide_victory_is_no_disaster(extract):
    found = [(m.kind, m.event_type) for m in extract("The ruling party's landslide victory on Sunday stunned observers.")]
    assert found == [("election", "ELECTION")]


def test_leads_of_one_act_published_a_day_apart_are_one_event_on_the_earlier_day(nlp):
    merged = _merged(nlp, [
        ("Riverton United have won the league title after their rivals lost at home.\n\nFans celebrated.", date(2025, 5, 4)),
        ("Riverton United win the league title as their rivals slip up.\n\nThe club's fans partied.", date(2025, 5, 5)),
    ])
    titles = [e for e in merged.events if e.event_type == "SPORTS"]
    assert [(e.date_start, e.num_articles) for e in titles] == [(date(2025, 5, 4), 2)]


def test_leads_of_one_act_two_days_apart_stay_apart(nlp):
    merged = _merged(nlp, [
        ("Riverton United have won the league title after their rivals lost at home.\n\nFans celebrated.", date(2025, 5, 4)),
        ("Riverton United win the league title as their rivals slip up.\n\nThe club's fans partied.", date(2025, 5, 6)),
    ])
    assert len([e for e in merged.events if e.event_type == "SPORTS"]) == 2


def test_a_death_told_as_passing_away_is_a_death(extract):
    found = [(m.kind, m.date_value) for m in extract("The poet Ana Ruiz passed away in Lima on Tuesday, her family said.")]
    assert ("death", "2025-03-04") in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The old bridge over the river collapsed on Tuesday.", "accident"),
        ("Coalition talks collapsed on Tuesday.", None),
        ("A cargo plane crashed near the airport on Tuesday.", "accident"),
        ("Stock markets crashed on Tuesday.", None),
        ("A series of bombs exploded near the stadium on Tuesday.", "military"),
        ("A gas tank exploded in a restaurant kitchen on Tuesday.", "accident"),
    ],
)
def test_things_that_break_are_accidents_and_markets_and_talks_are_not(extract, text, kind):
    kinds = {m.kind for m in extract(text)}
    assert (kind in kinds) if kind else not kinds & {"accident", "military"}, kinds


def test_a_nameless_collapse_is_not_an_accident_weeks_before(nlp):
    merged = _merged(nlp, [
        ("A cargo plane crashed near the airport of Port Amal on Saturday.", date(2025, 3, 10)),
        ("An old apartment building collapsed in the night, residents said.", date(2025, 3, 31)),
    ])
    assert not [m for m in merged.mentions if m.origin == "linked"]
