"""Event triggers: which words name an event, its kind and its type, indexed for the rules.

The words themselves live in ``tasks/vocabulary/events.yaml`` (with an example sentence for
each group); this module only builds the look-up tables the extraction rules use. ``kind`` is
the fine-grained act used when merging mentions (an arrival and a treaty signing on the same
day by the same people are different events); ``plover`` is the event type reported to
analysts: a PLOVER 2.0 category, or one of the documented non-PLOVER types in the vocabulary.
"""
from __future__ import annotations

from typing import NamedTuple

from tasks.vocabulary import event_vocabulary


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

# Kinds by the flags their entries carry (see events.yaml for what each flag means).
MOTION_KINDS = _VOCABULARY.kinds_with("motion")
LINKABLE_KINDS = _VOCABULARY.kinds_with("linkable")
SPEECH_KINDS = _VOCABULARY.kinds_with("speech")
STATE_KINDS = _VOCABULARY.kinds_with("state")
DEPICTABLE_KINDS = _VOCABULARY.kinds_with("depictable")
OBJECT_ACT_KINDS = _VOCABULARY.kinds_with("named_by_object")
EDITION_KINDS = _VOCABULARY.kinds_with("edition")
CAUSE_KINDS = _VOCABULARY.kinds_with("cause")
SIDE_PROGRAMME_KINDS = _VOCABULARY.kinds_with("side_programme")


def trigger_for(lemma: str, *, is_verb: bool) -> Trigger | None:
    lemma = lemma.lower()
    table = VERB_TRIGGERS if is_verb else NOUN_TRIGGERS
    return table.get(lemma)


def verb_object_trigger(verb_lemma: str, object_lemma: str) -> Trigger | None:
    """The act a verb names only with this object: "sounded a softer tone", "raised rates"."""
    return _VERB_OBJECT_TRIGGERS.get((verb_lemma.lower(), object_lemma.lower()))


def verb_subject_trigger(verb_lemma: str, subject_lemma: str) -> Trigger | None:
    """The act a verb names only with this subject: "the court ruled"."""
    return _VERB_SUBJECT_TRIGGERS.get((verb_lemma.lower(), subject_lemma.lower()))
