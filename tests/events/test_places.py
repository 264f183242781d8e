"""Countries of places and demonyms, offline (pycountry and GeoNames)."""
from __future__ import annotations

import pytest

from tasks.events.places import country_of, country_of_demonym


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Vietnam", "VN"), ("the DPRK", "KP"), ("Hanoi", "VN"), ("Pyongyang", "KP"), ("Seoul", "KR"),
        ("Pyongyang International Airport", "KP"), ("Hanoi’s Noi Bai international airport", "VN"),
        ("Kim Il Sung Square", None), ("", None), (None, None),
    ],
)
def test_country_of_a_place(place, code):
    assert country_of(place) == code


@pytest.mark.parametrize(
    ("word", "code"),
    [("Vietnamese", "VN"), ("North Korean", "KP"), ("Russian", "RU"), ("Japanese", "JP"), ("French", "FR"),
     ("Korean", None), ("Soviet", None)],
)
def test_country_of_a_demonym(word, code):
    assert country_of_demonym(word) == code


def test_a_name_after_a_title_is_a_person(nlp):
    doc = nlp("Russian President Vladimir Putin met President To Lam and President of Vietnam To Lam.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people.count("To Lam") == 2 and "Vladimir Putin" in people
