"""Event triggers: which words name an event, its kind and its type, indexed for the rules.

The words themselves live in ``tasks/vocabulary/events.yaml`` (with an example sentence for
each group); this module only builds the look-up tables the extraction rules use. ``kind`` is
the fine-grained act used when merging mentions (an arrival and a treaty signing on the same
day by the same people are different events); ``plover`` is the event type reported to
analysts: a PLOVER 2.0 category, or one of the documented non-PLOVER types in the vocabulary.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from tasks.vocabulary import Sense, event_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token


class Trigger(NamedTuple):
    kind: str
    plover: str


def _index() -> tuple[dict[str, Trigger], dict[str, Trigger], dict[tuple[str, str], Trigger], dict[tuple[str, str], Trigger]]:
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    verb_objects: dict[tuple[str, str], Trigger] = {}
    verb_subjects: dict[tuple[str, str], Trigger] = {}
    for group in event_vocabulary().groups:
        trigger = Trigger(group.kind, group.event_type)
        verbs.update(dict.fromkeys((*group.verbs, *group.phrasal), trigger))
        nouns.update(dict.fromkeys(group.nouns, trigger))
        for verb, objects in group.verb_objects.items():
            verb_objects.update({(verb, obj): trigger for obj in objects})
        for verb, subjects in group.verb_subjects.items():
            verb_subjects.update({(verb, subj): trigger for subj in subjects})
    return verbs, nouns, verb_objects, verb_subjects


_VOCABULARY = event_vocabulary()
EVENT_TYPES = tuple(_VOCABULARY.types)
# Verb lemmas and "lemma particle" phrasal verbs; nouns that name an event by themselves.
VERB_TRIGGERS, NOUN_TRIGGERS, _VERB_OBJECT_TRIGGERS, _VERB_SUBJECT_TRIGGERS = _index()

LIGHT_VERBS = _VOCABULARY.light_verbs
STATISTIC_VERBS = _VOCABULARY.statistic_verbs
SUPPORT_VERB_OBJECTS = _VOCABULARY.support_verbs
OBJECT_ACT_VERBS = _VOCABULARY.object_act_verbs
CAUSED_VERBS = _VOCABULARY.caused_verbs
NEWS_STATEMENTS = _VOCABULARY.news_statements
PLACING_VERBS = _VOCABULARY.placing_verbs

# Kinds by the flags their entries carry (see events.yaml for what each flag means).
MOTION_KINDS = _VOCABULARY.kinds_with("motion")
LINKABLE_KINDS = _VOCABULARY.kinds_with("linkable")
SPEECH_KINDS = _VOCABULARY.kinds_with("speech")
STATE_KINDS = _VOCABULARY.kinds_with("state")
DEPICTABLE_KINDS = _VOCABULARY.kinds_with("depictable")
OBJECT_ACT_KINDS = _VOCABULARY.kinds_with("named_by_object")
EDITION_KINDS = _VOCABULARY.kinds_with("edition")
CAUSE_KINDS = _VOCABULARY.kinds_with("cause")
ANONYMOUS_KINDS = _VOCABULARY.kinds_with("anonymous")
SIDE_PROGRAMME_KINDS = _VOCABULARY.kinds_with("side_programme")


def trigger_for(lemma: str, *, is_verb: bool) -> Trigger | None:
    lemma = lemma.lower()
    table = VERB_TRIGGERS if is_verb else NOUN_TRIGGERS
    return table.get(lemma)


def _senses_by_noun() -> dict[str, tuple[Sense, ...]]:
    found: dict[str, list[Sense]] = defaultdict(list)
    for sense in _VOCABULARY.senses:
        found[sense.noun].append(sense)
    return {noun: tuple(senses) for noun, senses in found.items()}


_SENSES = _senses_by_noun()
# what a noun's own modifiers are: "48-hour strike", "the doctors' strike", "general strike"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod"})


def noun_trigger(token: Token) -> Trigger | None:
    """The act a noun names where it stands: its vocabulary entry, unless a sense its company
    selects says otherwise ("a 48-hour strike" is a walkout, "a landslide victory" an election)."""
    senses = _SENSES.get(token.lemma_.lower()) or _SENSES.get(token.lower_)
    if senses:
        modifiers, governor, head = _company(token)
        for sense in senses:
            if modifiers & sense.modifiers or governor in sense.governors or head in sense.heads:
                return Trigger(sense.kind, sense.event_type)
    own = trigger_for(token.lemma_, is_verb=False) or trigger_for(token.lower_, is_verb=False)
    if own is None:
        # "a landslide victory": the victory is the act its modifier's sense names
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < token.i:
                for sense in _SENSES.get(child.lemma_.lower(), ()):
                    if token.lemma_.lower() in sense.heads:
                        return Trigger(sense.kind, sense.event_type)
    return own


def _company(token: Token) -> tuple[set[str], str | None, str | None]:
    """A noun's modifiers (words, and whole hyphenated modifiers such as "all-out"), the verb it
    is the object of ("staged a strike", "went on strike") and the noun it modifies."""
    modifiers: set[str] = set()
    for child in token.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < token.i:
            words = list(child.subtree)
            modifiers.update(t.lemma_.lower() for t in words)
            modifiers.add("".join(t.text_with_ws for t in words).strip().lower())
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "of"):
            modifiers.update(o.lemma_.lower() for o in child.children if o.dep_ == "pobj")
    governor = None
    if token.dep_ in ("dobj", "nsubjpass"):
        governor = token.head.lemma_.lower()
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        governor = token.head.head.lemma_.lower()
    head = token.head.lemma_.lower() if token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i else None
    return modifiers, governor, head


def verb_object_trigger(verb_lemma: str, object_lemma: str) -> Trigger | None:
    """The act a verb names only with this object: "sounded a softer tone", "raised rates"."""
    return _VERB_OBJECT_TRIGGERS.get((verb_lemma.lower(), object_lemma.lower()))


def verb_subject_trigger(verb_lemma: str, subject_lemma: str) -> Trigger | None:
    """The act a verb names only with this subject: "the court ruled"."""
    return _VERB_SUBJECT_TRIGGERS.get((verb_lemma.lower(), subject_lemma.lower()))
