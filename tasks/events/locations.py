"""Where an act happens: the place attached to its trigger, the places a trip goes to, and the
state that hosts a visit. Places named by a demonym phrase ("the North Korean capital") resolve
to their state.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from models.records import EventMention
from tasks.ids import stable_id

from .entities import doc_ents, sent_ents
from .actors import clean_name, country_code, country_display
from .lexicon import MOTION_KINDS
from .places import country_of_demonym
from .syntax import PLACE_LABELS, PLACE_PREPS

def location_of(trigger: Token, sent: Span, kind: str) -> str | None:
    """A place attached to the trigger ("arrived in Hanoi", "visit to North Korea"), else the
    first place introduced by a locative preposition in the sentence."""
    # after a motion verb, "in X" is a place even when the small NER model calls X a person
    labels = PLACE_LABELS | {"PERSON", "ORG"} if kind in MOTION_KINDS else PLACE_LABELS
    candidates = [e for e in sent_ents(sent) if e.label_ in labels]
    heads = [trigger] if trigger.head.i == trigger.i else [trigger, trigger.head]
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                continue
            for ent in candidates:
                if ent.root.head.i == child.i and (
                    ent.label_ in PLACE_LABELS or child.lower_ in ("in", "at") or country_code(clean_name(ent.text))
                ):
                    return _place_name(ent)
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                state = _state_of_place_noun(next((c for c in child.children if c.dep_ == "pobj"), None))
                if state:
                    return state
    if kind in MOTION_KINDS and trigger.pos_ in ("VERB", "AUX"):
        # "visits Vietnam", "left Hanoi": a place as the object of a trip verb is its place
        for ent in candidates:
            if ent.label_ in PLACE_LABELS and ent.root.head.i == trigger.i and ent.root.dep_ == "dobj":
                return _place_name(ent)
    for ent in sent_ents(sent):
        if ent.label_ not in PLACE_LABELS or ent.start <= sent.start:
            continue
        # "in Hanoi", "in central Pyongyang"
        if sent.doc[ent.start - 1].lower_ in PLACE_PREPS or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS):
            return _place_name(ent)
    return None


PLACE_NOUNS = frozenset({"capital", "city", "port", "border", "island", "peninsula", "coast", "airport"})


def _state_of_place_noun(noun: Token | None) -> str | None:
    """"the North Korean capital", "a Vietnamese port": the state a described place is in."""
    if noun is None or noun.lemma_.lower() not in PLACE_NOUNS:
        return None
    words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"]
    if not words:
        return None
    # the whole demonym, "North Korean", not just the word that modifies the noun
    ent = next((e for e in doc_ents(noun.doc) if e.label_ == "NORP" and e.start <= words[0].i < e.end), None)
    code = country_of_demonym(ent.text if ent is not None else words[0].text)
    return country_display(code) if code else None


def _place_name(ent: Span) -> str:
    name = clean_name(ent.text)
    return country_display(name) if country_code(name) else name


def origin_of(trigger: Token) -> str | None:
    """Where a trip comes from: "flew in from Pyongyang", "arrived from North Korea"."""
    heads = [trigger] if trigger.head.i == trigger.i else [trigger, trigger.head]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for obj in prep.children:
                ent = next((e for e in doc_ents(trigger.doc) if e.start <= obj.i < e.end and e.label_ in PLACE_LABELS), None)
                if obj.dep_ == "pobj" and ent is not None:
                    return _place_name(ent)
    return None


def destinations(token: Token) -> list[str]:
    """Places a trip goes to when it names several: "trips to Pyongyang and Hanoi"."""
    found: list[str] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for place in (obj, *obj.conjuncts):
                ent = next((e for e in doc_ents(token.doc) if e.start <= place.i < e.end and e.label_ in PLACE_LABELS), None)
                if ent is not None and _place_name(ent) not in found:
                    found.append(_place_name(ent))
    return found


def split_by_destination(m: EventMention, token: Token) -> list[EventMention]:
    """One mention per destination of a trip to several places: two visits, each with its place."""
    if m.kind != "visit":
        return [m]
    places = destinations(token)
    if len(places) < 2:
        return [m]
    return [replace(m, mention_id=stable_id(m.mention_id, place), location=place) for place in places]


AIRFIELD_WORDS = frozenset({"airport", "tarmac", "runway", "airfield", "airbase", "apron"})


def hosting_state(trigger: Token) -> str | None:
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    ent = next((e for e in doc_ents(trigger.doc) if e.start <= subject.i < e.end and e.label_ == "GPE"), None)
    return country_display(clean_name(ent.text)) if ent is not None and country_code(clean_name(ent.text)) else None

