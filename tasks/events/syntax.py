"""What the dependency parse says about a clause: its verb, tense, subject, quotation, text.

Shared by the extractors of dated and undated mentions; pure functions of spaCy tokens.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
PLACE_PREPS = frozenset({"in", "at", "to", "into", "inside", "near"})
PRONOUNS = frozenset({"he", "she"})
FUTURE_MARKERS = frozenset({"will", "'ll", "shall"})
SCHEDULE_HEADS = frozenset({"plan", "schedule", "set", "expect", "due", "intend", "aim", "prepare", "hope"})
MODALS = frozenset({"could", "would", "might", "may", "should", "can", "must"})


def modal_prediction(verb: Token) -> bool:
    """"may bring", "could change": a modal with a bare verb predicts; "may have met" does not."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VB" and any(a in MODALS for a in aux) and "have" not in aux


def inside_quote(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation in its paragraph."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    before, after = text[start:offset], text[offset : end if end >= 0 else len(text)]
    # curly quotes pair up in order: an opening mark followed by another opening mark was never
    # closed (a typo), so it does not turn the rest of the paragraph into a quotation
    last_before = max(before.rfind("“"), before.rfind("”"))
    if last_before >= 0 and before[last_before] == "“":
        firsts = [i for i in (after.find("“"), after.find("”")) if i >= 0]
        return bool(firsts) and after[min(firsts)] == "”"
    return before.count('"') % 2 == 1 and '"' in after


FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "punct", "cc", "mark", "intj"})
TRAILING_DEPS = frozenset({"advcl", "parataxis"})
_SEQUENCE_PREPS = frozenset({"after", "before", "following", "ahead", "prior", "since"})


def clause_text(trigger: Token) -> str:
    """The trigger's clause as one line, without what is fronted before its subject
    ("During the meeting on June 19, [Putin and Kim signed a pact ...]")."""
    verb = trigger
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass"}:
        verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    subject_start = min((c.left_edge.i for c in verb.children if c.dep_ in SUBJECT_DEPS), default=verb.i)
    dropped = {t.i for c in verb.children if c.dep_ in FRONTED_DEPS and c.i < subject_start for t in c.subtree}
    # what trails the act ("... on Thursday after arriving in Hanoi", "... after a meeting with
    # Kim", "..., which ...") is another act
    dropped |= {
        t.i for c in verb.children
        if c.i > verb.i and (c.dep_ in TRAILING_DEPS or (c.dep_ == "prep" and c.lower_ in _SEQUENCE_PREPS))
        for t in c.subtree
    }
    tokens = [t for t in verb.subtree if t.i not in dropped]
    # punctuation between two kept words stays: the quote ends before its speaker ("… to Russia,”
    # said the minister")
    kept = [t.i for t in tokens]
    for left, right in zip(kept, kept[1:]):
        gap = trigger.doc[left + 1 : right]
        if len(gap) and all(t.is_punct for t in gap):
            tokens.extend(gap)
    tokens.sort(key=lambda t: t.i)
    if len([t for t in tokens if not t.is_punct]) < 4:
        return ""  # too little left to say what happened ("The meeting came"): use the sentence
    # where a phrase was dropped, the words on either side are still apart ("Russia,” said" ->
    # "Russia said", never "Russiasaid")
    text = "".join(
        t.text + (t.whitespace_ if i + 1 == len(tokens) or tokens[i + 1].i == t.i + 1 else " ")
        for i, t in enumerate(tokens)
    )
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)  # spaces a dropped phrase left before punctuation
    text = re.sub(r"[,;:]+(?=[.!?]?$)", "", text).strip(" ,;:-—")
    shared = controlling_subject(verb) if verb.dep_ == "conj" else None
    if text and shared is not None and shared.pos_ == "PROPN":
        # "Kim described it ... and said it lifted ...": the second verb's clause names its subject
        text = f"{shared.doc[shared.left_edge.i : shared.i + 1].text} {text}"
    return text[:1].upper() + text[1:] if text else ""


_PARTICLES = frozenset({"down", "up", "out", "off", "in", "back", "over", "away", "aground"})


def particle_of(verb: Token) -> str | None:
    """The particle of a phrasal verb ("set up", "stepped down"); the parser sometimes tags it an
    adverb, so an adverb right after the verb counts too."""
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in _PARTICLES):
            return child.lower_
    return None


def sentence_bounds(sent: Span) -> tuple[int, int, str]:
    """Sentence offsets without the surrounding whitespace (line breaks end sentences)."""
    raw = sent.text
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    return sent.start_char + lead, sent.start_char + lead + len(text), text


def controlling_subject(verb: Token) -> Token | None:
    """The subject a participle, gerund or second verb shares with its clause: "Speaking to
    reporters, Blinken said ...", "a day after meeting his counterpart", "He headed the
    delegation and signed a dozen agreements"."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Speaking to reporters, ...", "is set to arrive": participles and to-infinitives
    if verb.dep_ not in ("advcl", "pcomp", "xcomp") or (verb.tag_ not in ("VBG", "VBN") and verb.dep_ != "xcomp"):
        return None
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def in_other_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in a subordinate clause that does not contain ``trigger``
    ("from Pyongyang, where he held talks with Kim": Kim is not part of the arrival)."""
    current = token
    for _ in range(12):
        if current.i == trigger.i or current.head.i == current.i:
            return False
        if current.dep_ in ("relcl", "acl", "advcl", "ccomp") and trigger.i not in {t.i for t in current.subtree}:
            return True
        current = current.head
    return False


def governing_verb(trigger: Token) -> Token | None:
    """The verb whose tense a trigger takes: itself, or the nearest verb above a noun trigger
    ("a presidential election in November may bring changes")."""
    token = trigger
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def is_future(trigger: Token) -> bool:
    # a noun's tense is its clause's: "will have talks on Sunday", "is set to hold a summit"
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass"}:
        trigger = trigger.head
    if any(c.lower_ in FUTURE_MARKERS for c in trigger.children):
        return True
    if trigger.dep_ == "conj" and trigger.tag_ == "VB" and trigger.head.pos_ in ("VERB", "AUX"):
        # "will arrive on Monday and meet ...", "is expected to spend a day and to meet ...":
        # a bare verb joined to another has that verb's time
        return is_future(trigger.head)
    if trigger.dep_ == "ROOT" and trigger.tag_ == "VB" and any(c.tag_ == "TO" for c in trigger.children):
        return True  # a headline's "Putin to visit Vietnam" announces what is ahead
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in SCHEDULE_HEADS

