"""Publication-date inference on short texts written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tasks.temporal import date_in_url, infer_publication

CASES = [
    ("Leaders meet in the capital\nSaturday, June 29, 2024\nThe two presidents met on Friday.",
     date(2024, 6, 29), "dateline"),
    ("2024-03-02\nA short wire item about a ferry accident on March 1.", date(2024, 3, 2),
     "dateline"),
    ("Sanctions widened\nUpdated May 17, 2024, 04:47 a.m. ET.\nThe ministry acted on Thursday.",
     date(2024, 5, 17), "updated_line"),
    ("Title\nPublished: April 3, 2024\nUpdated: April 5, 2024\nBody text about talks.",
     date(2024, 4, 3), "updated_line"),
    ("Posted on 12 January 2023 by staff\nThe council met again.", date(2023, 1, 12),
     "updated_line"),
    # a dateline without a year borrows the latest year the story names: a guess, which
    # corroboration or the story's dated copies may beat
    ("MOSCOW, June 19 (Agency) - The Kremlin said the treaty signed on June 19, 2024 was "
     "historic.", date(2024, 6, 19), "inferred"),
    ("KYIV, March 23 (Agency) - Officials recalled the 2004 attack on the city.", date(2004, 3, 23), "inferred"),
    ("KYIV, March 23, 2024 (Agency) - Officials recalled the 2004 attack on the city.", date(2024, 3, 23), "dateline"),
    ("The bridge opened on March 3, 2021. It was repaired after a flood on August 9, 2022. "
     "A new bridge will open on May 1, 2026.", date(2022, 8, 9), "inferred"),
    ("Nothing here tells the day, only that it rained.", None, "unknown"),
]


@pytest.mark.parametrize("text,expected,basis", CASES, ids=[c[2] + str(i) for i, c in enumerate(CASES)])
def test_publication_inference(text, expected, basis):
    assert infer_publication(text) == (expected, basis)


def test_result_is_a_date_not_a_datetime():
    d, _ = infer_publication("Updated May 17, 2024, 04:47 a.m. ET.\nText.")
    assert type(d) is date


# bounded_publication: a story without a date of its own, with a nearby date for the year.
BOUNDED = [
    # explicit past days only: publication is the latest of them
    ("The mayor opened the bridge on March 3. Repairs ended on March 9.", date(2024, 3, 1), date(2024, 3, 9)),
    # a future explicit day bounds it from above
    ("The council met on March 3. It will vote on March 12.", date(2024, 3, 1), date(2024, 3, 11)),
    # past weekdays after the latest explicit day: the shortest run of days that ends on
    # publication day (Tue, Thu, Fri ends on a Friday, not the Thursday before)
    ("On April 11 the court ruled. The minister met the envoy on Tuesday. Police arrested two "
     "men on Thursday. The cabinet resigned on Friday.", date(2024, 4, 1), date(2024, 4, 19)),
    # one past weekday: its first occurrence on or after the latest explicit day
    ("The strike began on May 2. The union leader spoke on Saturday.", date(2024, 5, 1), date(2024, 5, 4)),
    ("Nothing in this story gives a day.", date(2024, 5, 1), None),
]


@pytest.mark.parametrize("text,hint,expected", BOUNDED)
def test_bounded_publication(text, hint, expected):
    from tasks.temporal.publication import bounded_publication

    assert bounded_publication(text, hint) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/2023/02/09/quake-toll-rises/", date(2023, 2, 9)),
        ("https://example.com/world/2021-11-30-summit-ends", date(2021, 11, 30)),
        ("https://example.com/a/20190504/b.html", date(2019, 5, 4)),
        ("https://example.com/story-20230209123456.html", None),  # a run of digits is an id
        ("https://example.com/search?from=2023/02/09", None),  # query strings do not count
        ("https://example.com/2023/02/quake", None),  # a month is not a publication day
        ("https://example.com/2023/02/30/x", None),  # no such day
        (None, None),
    ],
)
def test_a_day_in_the_page_address(url, expected):
    assert date_in_url(url) == expected


def test_a_day_in_the_address_beats_an_inferred_date_but_not_a_dateline():
    from models.records import RawArticle
    from tasks.dating import date_articles

    def raw(text, url):
        return RawArticle(source=url, path="p.txt", text=text, title=None, url=url, outlet=None, published=None, fmt="txt")

    reported = raw("Rescuers found two survivors on 3 February 2023 under a collapsed school.",
                   "https://news.example.org/2023/02/09/survivors/")
    datelined = raw("ANKARA, Feb. 8, 2023 (Wire) - Rescuers found two survivors.", "https://news.example.org/2023/02/09/x/")
    by_url, by_dateline = date_articles([reported, datelined])
    assert (by_url.published, by_url.published_basis) == (date(2023, 2, 9), "url")
    assert (by_dateline.published, by_dateline.published_basis) == (date(2023, 2, 8), "dateline")
