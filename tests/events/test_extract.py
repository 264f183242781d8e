"""Event mentions from hand-written sentences, parsed by the real spaCy model and dated by the tagger."""
from __future__ import annotations

from datetime import date

import pytest

from models.records import Article
from tasks.events.batch import mentions_for

PUBLISHED = date(2024, 6, 21)  # a Friday


def _article(text: str, published: date | None = PUBLISHED, source: str = "story.txt") -> Article:
    return Article(
        article_id=f"id-{source}", doc_id="d", source=source, path=source, title=None, text=text,
        url=None, outlet=None, published=published, published_basis="metadata", word_count=len(text.split()),
    )


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str, published: date | None = PUBLISHED):
        article = _article(text, published)
        return list(next(mentions_for([article], nlp.pipe([text]))).dated)

    return run


@pytest.mark.parametrize(
    ("text", "date_value", "kind", "actor", "location"),
    [
        ("Chancellor Olaf Scholz arrived in Kyiv on June 11 for talks.", "2024-06-11", "arrival", "Olaf Scholz", "Kyiv"),
        ("The two presidents signed a trade accord in Ankara on Monday.", "2024-06-17", "agreement", None, "Ankara"),
        ("Prime Minister Narendra Modi held talks with Giorgia Meloni on June 14.", "2024-06-14", "meeting", "Narendra Modi", None),
        ("Japan imposed new sanctions on three shipping firms in May.", "2024-05", "sanction", "Japan", None),
        ("The regional bank was set up by the two governments in 2006.", "2006", "cooperation", None, None),
    ],
)
def test_dated_event_kind_actor_place(extract, text, date_value, kind, actor, location):
    mentions = extract(text)
    match = [m for m in mentions if m.date_value == date_value]
    assert match, f"no mention dated {date_value} in {mentions}"
    m = match[0]
    assert m.kind == kind
    if actor:
        assert actor in m.actors
    if location:
        assert m.location == location
    assert m.sentence in text and text[m.char_start:m.char_end].strip() == m.sentence


def test_year_keeps_year_granularity(extract):
    (m,) = extract("The joint venture was founded by the two states in 2006.")
    assert (m.granularity, m.date_start, m.date_end) == ("year", date(2006, 1, 1), date(2006, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose by 12% in 2023, the ministry said in a statement.",  # a statistic, not an event
        "About 60% of payments now use local currencies.",
        "The leaders met one-on-one for an hour.",
        "She finished third, the 72-year-old said.",
        "Relations have improved steadily since 2018.",  # a trend
    ],
)
def test_no_event_from_statistics_ordinals_and_trends(extract, text):
    dated = [m for m in extract(text) if m.action in ("rise", "meet", "finish", "improve")]
    assert dated == []


def test_caption_dates_are_not_events(extract):
    text = (
        "Leaders gathered for the summit.\n"
        "President Emmanuel Macron greets guests at the Elysee Palace in Paris, France, May 7, 2024. (Jane Roe/Agency)\n"
    )
    assert [m for m in extract(text) if m.date_value == "2024-05-07"] == []


def test_framing_noun_dates_the_act_inside_it(extract):
    mentions = extract("During the summit on June 13, the two leaders signed a security pact.")
    kinds = {m.kind for m in mentions if m.date_value == "2024-06-13"}
    assert {"meeting", "agreement"} <= kinds


def test_pronoun_subject_takes_previous_subject(extract):
    text = "Secretary Antony Blinken landed in Beijing on April 24. He met Wang Yi on April 26."
    mentions = extract(text, date(2024, 4, 27))
    met = [m for m in mentions if m.date_value == "2024-04-26"]
    assert met and "Antony Blinken" in met[0].actors


def test_future_tense_is_scheduled(extract):
    mentions = extract("The foreign ministers will meet in Seoul on June 27.")
    assert mentions and mentions[0].status == "scheduled"


def test_unknown_publication_date_still_dates_explicit_events(extract):
    mentions = extract("The parliament approved the budget on 3 March 2021.", published=None)
    assert [m.date_value for m in mentions] == ["2021-03-03"]
    assert mentions[0].date_basis == "explicit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oslo and Quito have had diplomatic relations since 1961.", "1961"),  # the start of a state
        ("Imports of luxury cars have been under sanctions since 2009.", "2009"),
        ("Tourist numbers have grown steadily since 2015.", None),  # a trend
        ("The agency aims to cut emissions by 2040.", None),  # a target
    ],
)
def test_since_dates_a_state_start_but_not_a_trend(extract, text, expected):
    values = [m.date_value for m in extract(text)]
    assert values == ([expected] if expected else [])


def test_an_ordinal_count_makes_the_period_a_statistic(extract):
    assert extract("It was the country's third rocket launch this year.") == []


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        ("Leaders will gather for the trade summit scheduled for the city of Lyon in October.", "2024-10", "summit"),
        ("The minister's trip comes ahead of a parliamentary election in November.", "2024-11", "election"),
    ],
)
def test_a_date_after_an_event_noun_qualifies_the_noun(extract, text, value, action):
    assert [(m.date_value, m.action) for m in extract(text)] == [(value, action)]


@pytest.mark.parametrize(
    ("text", "published", "value", "action"),
    [
        # a month without a year follows the parse's tense, not a word window
        ("It was likely her last trip abroad, as a general election in November may bring a new cabinet.",
         date(2024, 6, 1), "2024-11", "election"),
        ("The vote in February brought a new constitution.", date(2024, 6, 1), "2024-02", "vote"),
        # "in early 2026" still hangs on the event noun before the preposition
        ("It is unclear whether she will attend the next party congress in early 2026.", date(2024, 6, 25), "2026", "congress"),
        # an appearance with no complement is an act; "appeared to be" is not
        ("On March 3rd, two Hyundai trucks appeared in the general's motorcade.", date(2024, 3, 10), "2024-03-03", "appear"),
        # what was received names the act
        ("Also on Thursday, the Freedom Institute received the foundation's Liberty Award.", PUBLISHED, "2024-06-20", "award"),
        ("Speaking to reporters on Friday in Rome, Secretary Antony Blinken said the talks were useful.", PUBLISHED, "2024-06-21", "speak"),
    ],
)
def test_dated_act(extract, text, published, value, action):
    assert (value, action) in [(m.date_value, m.action) for m in extract(text, published)]


def test_a_modal_on_the_act_itself_is_still_hypothetical(extract):
    assert extract("Talks could resume in November.", date(2024, 6, 1)) == []
    assert extract("The minister appeared to be tired on Monday.") == []


def test_an_unclosed_quotation_does_not_hide_the_next_sentences(extract):
    text = ("“It is an honour to present this medal on behalf of the foundation. Also on Thursday, the "
            "Bridge Institute received the foundation's Liberty Award. “We thank them,” she said.")
    assert ("2024-06-20", "award") in [(m.date_value, m.action) for m in extract(text)]


def test_two_acts_of_one_sentence_keep_their_own_dates(extract):
    text = "On Thursday, Interior Minister Anna Berg repeated the claims she made to parliament earlier this year."
    got = {(m.action, m.granularity) for m in extract(text, date(2024, 4, 19))}
    assert {("repeat", "day"), ("claim", "year")} <= got


@pytest.mark.parametrize(
    ("text", "published", "value", "action"),
    [
        # the main clause is the story's reference time (Friday); the clause after "after" is a day earlier
        ("Canada imposed sanctions on four shipping firms on Friday. The minister's statement came a day "
         "after Britain announced sanctions on two banks.", date(2024, 5, 18), "2024-05-16", "sanction"),
        # hours after a reported act: the same day
        ("Japan announced new export curbs on Tuesday.\n\nA few hours after Japan's announcement, the "
         "neighbouring navy fired two cruise missiles into the sea.", date(2024, 5, 16), "2024-05-14", "fire"),
        # the dated main act dates the act it follows
        ("The admiral spoke at the conference on Saturday, a day after meeting with his counterpart Li Wei.",
         date(2024, 5, 20), "2024-05-17", "meet"),
        ("The summit opened on June 3.\n\nTwo days before the summit, the foreign ministers held talks in Lima.",
         date(2024, 6, 5), "2024-06-01", "talk"),
        # months apart: the month, not a day
        ("On Wednesday, parliament elected Maria Lind as president, two months after Jonas Berg resigned.",
         date(2024, 5, 22), "2024-03", "resign"),
    ],
)
def test_an_offset_from_another_act_dates_the_act(extract, text, published, value, action):
    got = [(m.date_value, m.action, m.date_basis) for m in extract(text, published)]
    assert (value, action, "relative_to_narrative") in got, got


def test_offset_days():
    from tasks.events.offsets import offset_days

    assert [offset_days(v) for v in ("P1D", "P3D", "P2W", "PTXH", "PT6H", "P1M", "PXD")] == [1, 3, 14, 0, 0, None, None]


def test_acts_in_an_as_clause_share_the_dated_act_s_day(extract):
    text = ("Japan gave Chancellor Olaf Scholz a state welcome on Monday, June 17, 2024, as he held talks "
            "with Prime Minister Fumio Kishida.")
    got = {(m.kind, m.date_value) for m in extract(text)}
    assert ("meeting", "2024-06-17") in got and ("welcome", "2024-06-17") in got


def test_a_when_clause_on_a_date_is_dated_by_it(extract):
    text = "It was her first trip abroad since taking office in 2017, when she visited Algiers to meet Abdelmadjid Tebboune."
    assert ("2017", "visit") in [(m.date_value, m.action) for m in extract(text)]


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        # the visit is the first in 24 years: the one before was 24 years before the story
        ("Chancellor Olaf Scholz arrived in Algiers on June 20. Scholz's visit to Algeria, his first in 24 "
         "years, began with talks.", "2000", "visit"),
        ("The Nordic summit in Oslo was the first in four years.", "2020", "summit"),
        ("It was the first visit by a Danish premier in 18 months.", "2022-12", "visit"),
    ],
)
def test_the_first_act_in_a_span_dates_the_one_before(extract, text, value, action):
    earlier = [m for m in extract(text) if m.date_value == value]
    assert [(m.action, m.date_basis, m.status) for m in earlier] == [(action, "relative_to_publication", "occurred")]


def test_a_quote_keeps_its_punctuation_before_the_speaker(extract):
    (m,) = [m for m in extract("“We will not wait any longer,” said Foreign Minister Anna Berg on Friday.") if m.action == "say"]
    assert "longer,” said" in m.clause


def test_a_name_after_a_title_and_a_comma_is_a_participant(extract):
    text = "The prime minister held talks with his Italian counterpart, Giorgia Meloni, in Rome on Monday."
    (m,) = [m for m in extract(text) if m.kind == "meeting"]
    assert "Giorgia Meloni" in m.actors


@pytest.mark.parametrize(
    ("text", "verb", "future"),
    [
        ("The minister is expected to spend two days in Rome and to meet the three top leaders.", "meet", True),
        ("The minister will land in Rome and meet the premier.", "meet", True),
        ("The minister landed in Rome and met the premier.", "met", False),
    ],
)
def test_a_verb_joined_to_a_future_one_is_future(nlp, text, verb, future):
    from tasks.events.syntax import is_future

    (token,) = [t for t in nlp(text) if t.text == verb]
    assert is_future(token) is future


def test_every_person_met_is_found_when_a_name_reads_as_a_preposition(extract):
    # the parser takes the "To" of "To Lam" for a preposition and hangs the other names under it
    text = "On Thursday, Scholz met the Vietnamese president To Lam, premier Pham Minh Chinh and assembly chairman Tran Thanh Man."
    met = {p for m in extract(text) if m.kind == "meeting" for p in m.actors} - {"Scholz"}
    assert {"To Lam", "Pham Minh Chinh", "Tran Thanh Man"} <= met


def test_a_role_of_an_unplaced_body_is_nobody_in_particular(extract):
    text = ("U.S. Assistant Secretary of State Daniel Kritenbrink arrived in Hanoi on Saturday. On Sunday, "
            "the general secretary of the ruling party met the visiting delegation.")
    (meeting,) = [m for m in extract(text, date(2024, 6, 24)) if m.kind == "meeting"]
    assert "Daniel Kritenbrink" not in meeting.actors


def test_a_second_verb_s_clause_names_the_shared_subject(nlp):
    from tasks.events.syntax import clause_text

    doc = nlp("Kim Jong Un praised the pact and said it raised ties to an alliance.")
    (said,) = [t for t in doc if t.text == "said"]
    assert clause_text(said) == "Kim Jong Un said it raised ties to an alliance"


def test_a_bounded_distance_dates_nothing(extract):
    text = "The minister spoke on Saturday.\n\nHer remarks came less than a week after the embassy criticized the government."
    assert "criticize" not in [m.action for m in extract(text, date(2024, 6, 24))]


def test_a_particle_the_parser_calls_an_adverb_still_makes_the_phrasal_verb(extract):
    (m,) = extract("Jonas Berg stepped down in March after a year in office.", date(2024, 5, 22))
    assert (m.action, m.kind, m.date_value) == ("step down", "resignation", "2024-03")


def test_a_when_clause_is_dated_even_after_since(extract):
    text = "It was the chancellor's first trip to Algeria since July 2017, when he was received by Abdelaziz Bouteflika."
    assert ("2017-07", "receive") in [(m.date_value, m.action) for m in extract(text, date(2024, 6, 19))]


def test_the_two_governments_are_the_two_states_just_named(extract):
    text = "Germany and Japan held talks in Tokyo on Sunday.\n\nThe two governments signed a dozen agreements on Monday."
    (signing,) = [m for m in extract(text) if m.kind == "agreement"]
    assert set(signing.actors) == {"Germany", "Japan"}


def test_the_two_countries_are_not_the_person_who_speaks_of_them(extract):
    text = "Kritenbrink said on Saturday the visit would build on the upgrade the two countries agreed last year."
    agreed = [m for m in extract(text, date(2024, 6, 22)) if m.action == "agree"]
    assert agreed and all("Kritenbrink" not in " ".join(m.actors) for m in agreed)


@pytest.mark.parametrize(
    ("text", "published", "value", "action"),
    [
        # an ordinal in a past period dates its act; "the fifth launch this year" stays a count
        ("The country has been under sanctions since it carried out its first nuclear test in 2006.",
         date(2024, 5, 17), "2006", "test"),
        # a span of days: from the day it began
        ("The chancellor met the premier in Hanoi on Friday, concluding a three-day visit to Vietnam that began "
         "in Ho Chi Minh City on Wednesday.", date(2024, 4, 26), "2024-04-24/2024-04-26", "visit"),
        ("The three leaders held a two-day summit in Seoul on May 26.", date(2024, 5, 28), "2024-05-26/2024-05-27", "summit"),
        # "spent five hours in talks": the talks are the act
        ("Earlier on Friday, the chancellor spent more than five hours in talks with Foreign Minister Wang Yi.",
         date(2024, 4, 26), "2024-04-26", "talk"),
    ],
)
def test_dated_acts_in_other_shapes(extract, text, published, value, action):
    assert (value, action) in [(m.date_value, m.action) for m in extract(text, published)]


def test_an_ordinal_of_the_running_year_is_still_a_count(extract):
    text = "The navy fired a missile on Friday. It was the fifth missile launch this year."
    assert [m.granularity for m in extract(text, date(2024, 5, 17)) if m.kind == "launch"] == ["day"]


def test_within_hours_of_a_dated_act_is_its_day(extract):
    text = ("Canada said on Friday it was imposing sanctions on four firms.\n\nA day earlier, Japan had announced "
            "its own penalties.\n\nWithin hours of the Canadian announcement, the navy fired two missiles.")
    assert ("2024-05-17", "fire") in [(m.date_value, m.action) for m in extract(text, date(2024, 5, 17))]


def test_being_elected_and_sworn_in_are_two_acts(extract):
    text = "On Wednesday, parliament elected Maria Lind as president. She was sworn in later the same day."
    assert {m.kind for m in extract(text, date(2024, 5, 22))} >= {"election", "inauguration"}
