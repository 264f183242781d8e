"""Sentence boundaries the parser does not find on its own: line breaks, and subheadings that
scraping flattened into the paragraph. Real spaCy model, sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy

from tasks.nlp import line_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks ended. No deal, for now Ahead of the summit, the minister praised the ties.",
         ["Talks ended.", "No deal, for now", "Ahead of the summit, the minister praised the ties."]),
        ("Grain reserves The ministry is stockpiling rice.", ["Grain reserves", "The ministry is stockpiling rice."]),
        ("The island pushes back But the risk is growing.", ["The island pushes back", "But the risk is growing."]),
    ],
)
def test_a_flattened_subheading_is_a_sentence_of_its_own(nlp, text, expected):
    assert [s.text for s in nlp(text).sents] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He met his counterpart To Lam in Hanoi on Thursday.",
        "She is an ordinary nun, but His Holiness praised her work.",
        "I think the deal is good, and I said so.",
    ],
)
def test_capitalised_words_that_begin_names_do_not_split(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_without_a_tagger_only_line_breaks_split():
    blank = spacy.blank("en")
    doc = line_sentences(blank("Grain reserves The ministry stockpiles rice.\nA new line"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Grain", "A"]


def test_odd_spaces_do_not_split_names_and_keep_offsets(nlp):
    from tasks.nlp import parse

    text = "Putin held talks with his Vietnamese counterpart, To\u00a0Lam, in Hanoi."
    (doc,) = parse(nlp, [text])
    assert len(doc.text) == len(text)
    assert ("To Lam", "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("South Korean President Yoon Suk Yeol welcomed the premier to Seoul on Monday.", "Yoon Suk Yeol"),
        ("He met his Vietnamese counterpart, To Lam, on Thursday.", "To Lam"),
    ],
)
def test_a_name_after_a_title_is_tagged_whole(nlp, text, name):
    assert name in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_full_name_the_article_knows_is_a_person_everywhere_in_it(nlp):
    # the title-case headline misleads the model; the body names the same person after a title
    text = "Scholz and To Lam sign deals in Hanoi\n\nOlaf Scholz held talks with President To Lam on Thursday."
    doc = nlp(text)
    headline = [e.text for e in doc.ents if e.label_ == "PERSON" and e.end <= 8]
    assert "To Lam" in headline
