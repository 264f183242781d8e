"""Table-driven checks of every form the tagger normalizes; each case states its anchor.

Anchor 2024-06-19 is a Wednesday; 2024-06-22 a Saturday.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest

from tasks.temporal import tag

WED = date(2024, 6, 19)
SAT = date(2024, 6, 22)

# (sentence, anchor, span text, value, type, granularity, basis)
CASES = [
    # explicit dates, with and without a year
    ("The treaty was signed on June 19, 2024 in the capital.", SAT, "June 19, 2024",
     "2024-06-19", "DATE", "day", "explicit"),
    ("The ministers met on June 12 to prepare the visit.", WED, "June 12", "2024-06-12", "DATE",
     "day", "explicit"),
    ("The accord was signed on 26 March 2004 by both envoys.", WED, "26 March 2004",
     "2004-03-26", "DATE", "day", "explicit"),
    ("He landed on the 19th of June 2024 after midnight.", SAT, "19th of June 2024",
     "2024-06-19", "DATE", "day", "explicit"),
    ("The board voted on Sept. 3 to raise rates.", date(2024, 9, 10), "Sept. 3", "2024-09-03",
     "DATE", "day", "explicit"),
    ("A weekday prefix is kept: Tuesday, Aug. 6, 2024, was quiet.", WED, "Tuesday, Aug. 6, 2024",
     "2024-08-06", "DATE", "day", "explicit"),
    # a past-tense month-day far after the anchor belongs to the previous year
    ("The plant closed on Nov. 25 after the storm.", date(2024, 1, 7), "Nov. 25", "2023-11-25",
     "DATE", "day", "explicit"),
    # a future month-day soon after the anchor stays in the anchor's year
    ("The court will rule on Jan. 14 at the earliest.", date(2024, 1, 5), "Jan. 14",
     "2024-01-14", "DATE", "day", "explicit"),
    ("The report came out in 2023-05-04 according to the registry.", WED, "2023-05-04",
     "2023-05-04", "DATE", "day", "explicit"),
    # years, months, month-year
    ("The two leaders first met in 2006 at a summit.", WED, "2006", "2006", "DATE", "year",
     "explicit"),
    ("Exports fell in March 2023 before recovering.", WED, "March 2023", "2023-03", "DATE",
     "month", "explicit"),
    ("The vote is planned for early December, officials said.", WED, "early December",
     "2024-12", "DATE", "month", "explicit"),
    ("Prices rose sharply in February, the agency reported.", WED, "February", "2024-02",
     "DATE", "month", "explicit"),
    ("Parliament approved the budget in October, the minister recalled.", WED, "October",
     "2023-10", "DATE", "month", "explicit"),
    # weekdays by tense
    ("Putin arrived in the capital on Wednesday.", WED, "Wednesday", "2024-06-19", "DATE", "day",
     "relative_to_publication"),
    ("The delegation left on Monday after brief talks.", WED, "Monday", "2024-06-17", "DATE",
     "day", "relative_to_publication"),
    ("The minister will travel to Seoul on Friday.", WED, "Friday", "2024-06-21", "DATE", "day",
     "relative_to_publication"),
    ("The summit is scheduled to open on Monday.", WED, "Monday", "2024-06-24", "DATE", "day",
     "relative_to_publication"),
    ("Protesters gathered Wednesday night outside the embassy.", SAT, "Wednesday night",
     "2024-06-19", "DATE", "day", "relative_to_publication"),
    ("Fighting resumed early on Thursday, witnesses said.", SAT, "Thursday", "2024-06-20",
     "DATE", "day", "relative_to_publication"),
    ("They will meet again next Tuesday.", WED, "next Tuesday", "2024-06-25", "DATE", "day",
     "relative_to_publication"),
    ("The talks collapsed last Friday.", WED, "last Friday", "2024-06-14", "DATE", "day",
     "relative_to_publication"),
    # deictic words
    ("Officials confirmed yesterday that the border is closed.", WED, "yesterday", "2024-06-18",
     "DATE", "day", "relative_to_publication"),
    ("The envoy arrives today and leaves tomorrow.", WED, "tomorrow", "2024-06-20", "DATE",
     "day", "relative_to_publication"),
    ("Talks are now in their second day.", WED, "now", "PRESENT_REF", "DATE", "vague",
     "relative_to_publication"),
    # calendar units relative to publication
    ("Inflation eased last month, the bank said.", WED, "last month", "2024-05", "DATE",
     "month", "relative_to_publication"),
    ("Elections are due next year.", WED, "next year", "2025", "DATE", "year",
     "relative_to_publication"),
    ("The ministry said this week that it would act.", WED, "this week", "2024-W25", "DATE",
     "week", "relative_to_publication"),
    ("The deal was struck last week in Geneva.", WED, "last week", "2024-W24", "DATE", "week",
     "relative_to_publication"),
    ("The tower was finished two years ago.", WED, "two years ago", "2022", "DATE", "year",
     "relative_to_publication"),
    ("The rebels seized the town three days ago.", WED, "three days ago", "2024-06-16", "DATE",
     "day", "relative_to_publication"),
    # narrative reference time
    ("The pact was signed on June 19. The day after, troops moved north.", SAT, "The day after",
     "2024-06-20", "DATE", "day", "relative_to_narrative"),
    ("He flew in on June 12. Two days later he met the president.", SAT, "Two days later",
     "2024-06-14", "DATE", "day", "relative_to_narrative"),
    ("The ceasefire began on May 3. A day earlier, shelling had stopped.", SAT, "A day earlier",
     "2024-05-02", "DATE", "day", "relative_to_narrative"),
    ("Voting ended on June 9, and the count started on the same day.", SAT, "the same day",
     "2024-06-09", "DATE", "day", "relative_to_narrative"),
    ("The minister was elected on May 22 and sworn in later the same day.", SAT, "later the same day",
     "2024-05-22", "DATE", "day", "relative_to_narrative"),
    ("The ship docked on April 2; the following day it unloaded grain.", SAT,
     "the following day", "2024-04-03", "DATE", "day", "relative_to_narrative"),
    # ranges
    ("Foreign ministers will meet on May 26-27 in Seoul.", date(2024, 5, 20), "May 26-27",
     "2024-05-26", "DATE", "range", "explicit"),
    ("The program ran between 2001 and 2003 in three provinces.", WED, "between 2001 and 2003",
     "2001", "DATE", "range", "explicit"),
    # quarters, seasons, decades, centuries
    ("Output grew in the first quarter of 2024, data showed.", WED, "the first quarter of 2024",
     "2024-Q1", "DATE", "quarter", "explicit"),
    ("Growth slowed in the third quarter, the office said.", WED, "the third quarter",
     "2024-Q3", "DATE", "quarter", "relative_to_publication"),
    ("The offensive started last summer, commanders said.", WED, "last summer", "2023-SU",
     "DATE", "season", "relative_to_publication"),
    ("Work resumes in the spring of 2025.", WED, "spring of 2025", "2025-SP", "DATE", "season",
     "explicit"),
    ("The city boomed in the 1990s.", WED, "1990s", "199X", "DATE", "decade", "explicit"),
    ("Reforms began in the early 1980s.", WED, "early 1980s", "198X", "DATE", "decade",
     "explicit"),
    ("The fort dates from the 18th century.", WED, "the 18th century", "17", "DATE", "century",
     "explicit"),
    # durations and sets
    ("The siege lasted three years.", WED, "three years", "P3Y", "DURATION", "duration",
     "explicit"),
    ("Prices doubled over the past three years.", WED, "the past three years", "P3Y", "DURATION",
     "duration", "explicit"),
    ("After a 16-hour flight she rested.", WED, "16-hour", "PT16H", "DURATION", "duration",
     "explicit"),
    ("The hearing took 5 1/2 hours.", WED, "5 1/2 hours", "PT5H30M", "DURATION", "duration",
     "explicit"),
    ("The committee meets every week in the annex.", WED, "every week", "P1W", "SET", "set",
     "explicit"),
    ("The ferry runs daily between the islands.", WED, "daily", "P1D", "SET", "set", "explicit"),
    # times of day
    ("The blast happened at 10:35 a.m. near the station.", WED, "10:35 a.m.",
     "2024-06-19T10:35", "TIME", "time", "relative_to_narrative"),
    # holidays
    ("Shops closed on Christmas Day as usual.", date(2024, 12, 27), "Christmas Day",
     "2024-12-25", "DATE", "day", "relative_to_publication"),
    # datelines
    ("MOSCOW, June 19 (Agency) - The Kremlin said talks went well.", WED, "June 19",
     "2024-06-19", "DATE", "day", "explicit"),
]


@pytest.mark.parametrize("sentence,anchor,span,value,ttype,gran,basis", CASES,
                         ids=[c[2] for c in CASES])
def test_form_is_found_and_normalized(sentence, anchor, span, value, ttype, gran, basis):
    found = {t.text: t for t in tag(sentence, anchor)}
    assert span in found, f"{span!r} not among {list(found)}"
    tx = found[span]
    assert (tx.value, tx.type, tx.granularity, tx.basis) == (value, ttype, gran, basis)
    assert tx.anchor == anchor


YEAR_ONLY = [("Relations were upgraded in 2006 and again later.", 2006),
             ("In 1998 the company listed its shares.", 1998)]


@pytest.mark.parametrize("sentence,year", YEAR_ONLY)
def test_bare_year_is_a_year_interval_not_a_fake_day(sentence, year):
    (tx,) = [t for t in tag(sentence, WED) if t.value == str(year)]
    assert tx.granularity == "year"
    assert (tx.date_start, tx.date_end) == (date(year, 1, 1), date(year, 12, 31))


def test_month_interval_and_range_interval():
    month = next(t for t in tag("Exports fell in March 2023.", WED) if t.value == "2023-03")
    assert (month.date_start, month.date_end) == (date(2023, 3, 1), date(2023, 3, 31))
    rng = next(t for t in tag("Talks are set for May 26-27.", date(2024, 5, 20)))
    assert (rng.date_start, rng.date_end) == (date(2024, 5, 26), date(2024, 5, 27))


def test_durations_and_sets_have_no_calendar_interval():
    found = tag("The strike lasted two weeks and rallies were held every day.", WED)
    assert {tx.type for tx in found} == {"DURATION", "SET"}
    assert all(tx.date_start is None and tx.date_end is None for tx in found)


# Strings that look numeric or month-like but are not dates.
NON_DATES = [
    "Around 60% of transactions were settled in rubles.",
    "Growth reached 5.05% as exports rose.",
    "They held a one-on-one discussion after lunch.",
    "The 72-year-old leader waved to the crowd.",
    "She was aged 71 when she retired.",
    "The team won its 3rd title and the 14th cup.",
    "Delegates from 75 countries attended.",
    "The company sells the Land Cruiser 300 and the FA-07 keyboard.",
    "You may leave now if one's work is done.",
    "Soldiers march past the palace; we watched.",
    "The budget was $2024 million short.",
    "Call 555 2024 for details.",
    "A Boeing 747 and an Airbus A320 landed.",
    "The COVID-19 pandemic changed travel.",
    "Jan Kavan spoke first, then May Lee.",
    "The Sun rose over Sat Nam temple.",
]


@pytest.mark.parametrize("sentence", NON_DATES)
def test_non_dates_yield_no_calendar_date(sentence):
    dated = [t for t in tag(sentence, WED) if t.type in ("DATE", "TIME") and t.value[:1].isdigit()]
    assert dated == [], dated


def test_datetime_anchor_and_missing_anchor():
    with_time = tag("The envoy left yesterday.", datetime(2024, 6, 19, 14, 30))
    assert with_time[0].value == "2024-06-18"
    no_anchor = tag("The envoy left yesterday; the pact dates from June 19, 2024.", None)
    assert [t.value for t in no_anchor][-1] == "2024-06-19"


def test_spacy_spans_add_candidates_our_rules_miss():
    text = "The fair opens on the ides of March 2024 and runs for a while."
    base = tag(text, WED)
    extra = tag(text, WED, spacy_dates=[(18, 40), (5, 2), (999, 1000)])
    assert len(extra) >= len(base)
    assert all(a.start < b.start for a, b in zip(extra, extra[1:]))


def test_this_past_week_is_the_seven_days_up_to_the_anchor():
    from datetime import date

    from tasks.temporal import tag

    (t,) = tag("The minister visited Oslo this past week.", date(2024, 6, 21))
    assert (t.granularity, t.date_start, t.date_end) == ("range", date(2024, 6, 15), date(2024, 6, 21))


def test_spacy_spans_that_are_ages_do_not_become_years():
    from datetime import date

    from tasks.temporal import tag

    text = "The party chief, now 80, looked tired."
    start = text.index("now 80")
    assert tag(text, date(2024, 6, 20), spacy_dates=[(start, start + 6)]) == []


def test_the_past_year_is_a_trailing_duration_not_a_date():
    from datetime import date

    from tasks.temporal import tag

    (t,) = tag("Trade grew over the past year.", date(2024, 6, 1))
    assert (t.type, t.value, t.date_start) == ("DURATION", "P1Y", None)
