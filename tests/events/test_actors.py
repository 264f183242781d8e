from collections import Counter

import pytest

from tasks.events.actors import ArticleNames, canonical_entities, clean_name, country_code


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("U.S. Assistant Secretary of State Daniel Kritenbrink", "Daniel Kritenbrink"),
        ("North Korean leader Kim Jong Un", "Kim Jong Un"),
        ("Putin’s", "Putin"),
        ("the U.S. Embassy", "U.S. Embassy"),
        ("Kim Jong Un", "Kim Jong Un"),
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def test_partial_names_resolve_within_an_article():
    names = ArticleNames.from_people(["Vladimir Putin", "Putin", "Kim Jong Un", "Kim", "To Lam", "Lam"])
    assert [names.resolve(n) for n in ("Putin", "Kim", "Lam", "Xi")] == ["Vladimir Putin", "Kim Jong Un", "To Lam", "Xi"]


def test_a_shared_surname_is_the_person_named_more_often_else_first():
    # "Kim's father, Kim Jong Il": the relative is named in full, the bare surname is the story's own
    assert ArticleNames.from_people(["Kim Jong Un", "Kim Jong Il", "Kim"]).resolve("Kim") == "Kim Jong Un"
    assert ArticleNames.from_people(["Kim Yo Jong", "Kim Jong Un", "Kim"]).resolve("Kim") == "Kim Yo Jong"
    assert ArticleNames.from_people(["Hunter Biden", "Joe Biden", "Joe Biden"]).resolve("Biden") == "Joe Biden"


def test_a_surname_the_tagger_calls_a_place_is_the_person():
    import spacy
    from spacy.tokens import Span

    from tasks.events.participants import actor_name

    doc = spacy.blank("en")("Yoon met Li in Seoul")
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 4, 5, label="GPE")]
    names = ArticleNames.from_people(["Yoon Suk Yeol"])
    assert [actor_name(e, names) for e in doc.ents] == ["Yoon Suk Yeol", "Seoul"]


def test_spelling_variants_become_one_entity():
    people = Counter({"Kim Jong Un": 3, "Kim Jong-un": 1, "Antony Blinken": 2, "Anthony Blinken": 1,
                      "Yuri Ushakov": 1, "Yury Ushakov": 1, "Daniel Kritenbrink": 1})
    mapping, entities = canonical_entities({"PERSON": people})
    assert mapping["Kim Jong-un"] == "Kim Jong Un"
    assert mapping["Anthony Blinken"] == "Antony Blinken"
    assert mapping["Yury Ushakov"] == mapping["Yuri Ushakov"]
    assert mapping["Daniel Kritenbrink"] == "Daniel Kritenbrink"
    assert len(entities) == 4


def test_different_people_with_one_surname_stay_apart():
    mapping, _ = canonical_entities({"PERSON": Counter({"Joe Biden": 2, "Jill Biden": 1})})
    assert mapping["Joe Biden"] != mapping["Jill Biden"]


def test_countries_group_by_iso_code():
    mapping, _ = canonical_entities({"GPE": Counter({"U.S.": 2, "United States": 1, "DPRK": 1, "North Korea": 2})})
    assert mapping["U.S."] == mapping["United States"] == "United States"
    assert mapping["DPRK"] == "North Korea"
    assert country_code("Hanoi") is None


@pytest.mark.parametrize(
    ("text", "role_sentence", "expected"),
    [
        ("Vietnam's President To Lam welcomed the visitors.", "The Vietnamese president told a press briefing that ties were good.", "To Lam"),
        ("Russian President Vladimir Putin landed at dawn.", "The Russian leader said ties were strong.", "Vladimir Putin"),
        ("Daniel Kritenbrink, the assistant U.S. secretary of state, arrived.", "The U.S. secretary said the visit was routine.", "Daniel Kritenbrink"),
    ],
)
def test_a_role_names_the_person_who_holds_it_in_the_article(nlp, text, role_sentence, expected):
    from tasks.events.participants import article_names

    doc = nlp(f"{text} {role_sentence}")
    names = article_names(doc)
    head = next(t for t in doc[len(nlp(text)):] if t.dep_ == "nsubj")
    assert names.roles.resolve(head) == expected


def test_a_role_two_people_hold_names_nobody(nlp):
    from tasks.events.participants import article_names

    doc = nlp("President Joe Biden met President Emmanuel Macron. The president said the talks went well.")
    names = article_names(doc)
    head = next(t for t in doc if t.lower_ == "president" and any(c.lower_ == "the" for c in t.children))
    assert names.roles.resolve(head) is None


def test_a_role_of_another_state_names_nobody_from_this_one(nlp):
    from tasks.events.participants import article_names

    doc = nlp("Russian leader Vladimir Putin arrived. Vietnam hosted the leader of China last year.")
    names = article_names(doc)
    head = next(t for t in doc if t.lower_ == "leader" and any(c.lower_ == "the" for c in t.children))
    assert names.roles.resolve(head) is None
