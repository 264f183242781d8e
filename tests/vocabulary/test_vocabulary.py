"""The vocabulary files: their invariants, and every trigger group's example sentences, each
extracted by the real pipeline (spaCy model + temporal tagger) into the event it names."""
from __future__ import annotations

import copy

import pytest

from models.records import Article
from tasks.events.batch import mentions_for
from tasks.vocabulary import VocabularyError, event_vocabulary, load_yaml, parse_event_vocabulary, words

EXAMPLES = [
    pytest.param(group, example, id=f"{group.kind}/{group.event_type}/{example.action}")
    for group in event_vocabulary().groups
    for example in group.examples
]


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text, published):
        article = Article(
            article_id="id-example", doc_id="d", source="example.txt", path="example.txt", title=None, text=text,
            url=None, outlet=None, published=published, published_basis="metadata", word_count=len(text.split()),
        )
        return list(next(mentions_for([article], nlp.pipe([text]))).dated)

    return run


SENSE_EXAMPLES = [
    pytest.param(sense, example, id=f"sense/{sense.noun}/{sense.kind}/{i}")
    for sense in event_vocabulary().senses
    for i, example in enumerate(sense.examples)
]


@pytest.mark.parametrize(("group", "example"), EXAMPLES)
def test_each_example_sentence_gives_its_event(extract, group, example):
    mentions = extract(example.text, example.dct)
    found = [
        m for m in mentions
        if example.action in (m.action, example.text[m.trigger_start:m.trigger_end].lower())
    ]
    assert found, f"no event triggered by {example.action!r} in {[(m.action, m.date_value) for m in mentions]}"
    m = found[0]
    assert (m.kind, m.event_type, m.date_value) == (group.kind, group.event_type, example.value)


@pytest.mark.parametrize(("sense", "example"), SENSE_EXAMPLES)
def test_each_sense_example_gives_the_noun_its_other_act(extract, sense, example):
    mentions = extract(example.text, example.dct)
    # a sense chosen by the noun it modifies ("landslide victory") may be triggered by that noun
    names = (sense.noun, *sense.heads)
    found = [m for m in mentions if example.text[m.trigger_start:m.trigger_end].lower().startswith(names)]
    assert found, f"no event triggered by {sense.noun!r} in {[(m.action, m.date_value) for m in mentions]}"
    assert (found[0].kind, found[0].event_type, found[0].date_value) == (sense.kind, sense.event_type, example.value)


def test_every_trigger_group_has_an_example_and_every_kind_a_group():
    vocabulary = event_vocabulary()
    assert all(group.examples for group in vocabulary.groups)
    assert {g.kind for g in vocabulary.groups} == set(vocabulary.kind_flags)


def test_news_types_beyond_plover_are_declared():
    types = event_vocabulary().types
    assert {"DISASTER", "ACCIDENT", "DEATH", "ELECTION", "ECONOMY", "JUSTICE", "SCIENCE", "SPORTS"} <= set(types)
    assert {"AGREE", "CONSULT", "ASSAULT", "OTHER"} <= set(types)


def test_words_lists_load_lower_case():
    w = words()
    assert {"reuters", "afp", "xinhua", "associated press"} <= w.news_agencies
    assert all(word == word.lower() for word in w.news_agencies | w.titles)
    assert set(w.leader_titles) <= w.titles


_MINIMAL = """
types: {AGREE: a, OTHER: b}
kinds: {agreement: [linkable], statement: [speech]}
triggers:
  - kind: agreement
    type: AGREE
    verbs: [sign]
    examples: [{text: "They signed it on 2 May 2020.", dct: 2020-05-04, action: sign, date: 2020-05-02}]
  - kind: statement
    type: OTHER
    verbs: [say]
    examples: [{text: "She said so on 2 May 2020.", dct: 2020-05-04, action: say, date: 2020-05-02}]
light_verbs: [be]
statistic_verbs: [rise]
support_verbs: [hold]
object_act_verbs: [issue]
caused_verbs: [hit]
news_statements: [announce]
placing_verbs: [put]
senses:
  - noun: ceasefire
    kind: statement
    type: OTHER
    governors: [call]
    examples: [{text: "She called for a ceasefire on 2 May 2020.", dct: 2020-05-04, action: ceasefire, date: 2020-05-02}]
"""


def test_a_minimal_vocabulary_parses():
    vocabulary = parse_event_vocabulary(load_yaml(_MINIMAL))
    assert vocabulary.kinds_with("speech") == {"statement"}


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda raw: raw["triggers"][1]["verbs"].append("sign"), "is in agreement/AGREE"),
        (lambda raw: raw["triggers"][0]["verbs"].append("sign "), "stray whitespace"),
        (lambda raw: raw["triggers"][0]["verbs"].append("seal") or raw["triggers"][0]["verbs"].append("seal"), "repeated"),
        (lambda raw: raw["triggers"][0].update(kind="treaty"), "kind is not declared"),
        (lambda raw: raw["triggers"][0].update(type="PEACE"), "type is not declared"),
        (lambda raw: raw["triggers"][0].update(examples=[]), "needs an example"),
        (lambda raw: raw["triggers"][0]["examples"][0].update(action="ink"), "none of the group's words"),
        (lambda raw: raw["kinds"].update(agreement=["linkabel"]), "unknown flags"),
        (lambda raw: raw["triggers"][0].update(phrasal=["sign"]), "lemma particle"),
        (lambda raw: raw["triggers"][1].update(verb_subjects={"sign": ["court"]}), "needs a subject"),
        (lambda raw: raw["senses"][0].update(governors=[]), "needs modifiers, governors or heads"),
        (lambda raw: raw["senses"][0].update(kind="truce"), "kind is not declared"),
        (lambda raw: raw["senses"][0]["examples"][0].update(action="call"), "action is the sense's noun"),
    ],
)
def test_a_broken_vocabulary_is_rejected(edit, message):
    raw = copy.deepcopy(load_yaml(_MINIMAL))
    edit(raw)
    with pytest.raises(VocabularyError, match=message):
        parse_event_vocabulary(raw)


def test_duplicate_keys_are_rejected_not_overwritten():
    with pytest.raises(VocabularyError, match="duplicate keys"):
        load_yaml("types: {AGREE: a}\ntypes: {OTHER: b}\n")
