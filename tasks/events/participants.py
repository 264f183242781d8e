"""Who takes part in an act: the people, organisations and states a trigger's clause names,
resolved within the article (partial names, pronouns, roles), and a statement's speaker.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from models.records import EventMention
from tasks.ids import stable_id
from tasks.nlp import dateline_length

from .entities import doc_ents, sent_ents
from .actors import ArticleNames, clean_name, country_code, country_display, is_news_agency
from .places import state_named
from .roles import TITLE_WORDS, ArticleRoles
from .syntax import ACTOR_LABELS, OBJECT_DEPS, PRONOUNS, SUBJECT_DEPS, controlling_subject, governing_verb, in_other_clause

# "the two leaders", "both sides": the last two named participants before the sentence.
GROUP_REFERENCES = ("the two leaders", "both leaders", "the two men", "the two presidents", "the pair")


def article_names(doc: Doc) -> ArticleNames:
    """The article's people: full names for partial ones, and who holds which role."""
    names = ArticleNames.from_people(e.text for e in doc_ents(doc) if e.label_ == "PERSON")
    return replace(names, roles=ArticleRoles.from_doc(doc, names))


def counterparts(token: Token, sent: Span, names: ArticleNames) -> list[str]:
    """The named people an act is done with or to: "met To Lam, Chinh and Man", "hosted both
    Biden and Xi" (the parser may hang a second person on the verb itself)."""
    met: list[str] = []
    for child in token.children:
        if (
            child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ == "with")
            or (child.dep_ == "conj" and child.pos_ == "PROPN") or starts_a_name(child)
        ):
            indices = {t.i for t in child.subtree}
            for ent in sent_ents(sent):
                if (ent.label_ == "PERSON" or names.is_person(ent.text)) and ent.root.i in indices:
                    name = actor_name(ent, names)
                    if name and name not in met:
                        met.append(name)
    return met


def split_by_counterpart(m: EventMention, token: Token, names: ArticleNames) -> list[EventMention]:
    """One dated mention per person met or hosted: "Vietnam hosted both Biden and Xi in 2023"
    reports two visits."""
    if m.kind not in ("meeting", "visit"):
        return [m]
    met = [p for p in counterparts(token, token.sent, names) if p in m.actors]
    if len(met) < 2:
        return [m]
    others = [(a, k) for a, k in zip(m.actors, m.actor_kinds) if a not in met]
    return [
        replace(
            m, mention_id=stable_id(m.mention_id, person), actors=(*(a for a, _ in others), person),
            actor_kinds=(*(k for _, k in others), "PERSON"),
        )
        for person in met
    ]


def actors_of(
    trigger: Token, sent: Span, names: ArticleNames, *, group_reference: bool = False, motion: bool = False,
    sentence_fallback: bool = True,
) -> list[tuple[str, str]]:
    """Named participants: the trigger's subject, objects and 'with'/'by'/possessor phrases,
    else (with ``sentence_fallback``) every person or organisation named in the sentence."""
    role_tokens: list[Token] = []
    clause = trigger
    # a noun trigger names its own participants ("Putin's visit", "trips by Putin"); only without
    # them does it inherit its clause's ("Putin paid a visit")
    if trigger.pos_ not in ("VERB", "AUX"):
        for child in trigger.children:
            if child.dep_ in ("poss", "compound", "amod") or (child.dep_ == "prep" and child.lower_ in ("of", "by", "with", "between")):
                role_tokens.extend(child.subtree)
        own = _entities_in(role_tokens, sent) if role_tokens else []
        inherits = trigger.dep_ in OBJECT_DEPS or not own  # "Modi held talks with Meloni"
        clause = trigger.head if trigger.head.pos_ in ("VERB", "AUX") and inherits else trigger
        if clause is trigger:
            clause = _spending_verb(trigger) or trigger  # "Blinken spent five hours in talks with Wang"
    for child in clause.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in OBJECT_DEPS or (child.dep_ == "conj" and child.pos_ == "PROPN"):
            role_tokens.extend(child.subtree)
        elif (child.dep_ == "prep" and child.lower_ in ("with", "by", "between")) or starts_a_name(child):
            role_tokens.extend(child.subtree)
    controller = controlling_subject(clause)
    if controller is not None:
        role_tokens.extend(controller.subtree)
    role_tokens.extend(_appositive_names(role_tokens, sent))
    ents = _entities_in(role_tokens, sent) if role_tokens else []
    actors: list[tuple[str, str]] = []
    pronoun = next((t for t in clause.children if t.dep_ in SUBJECT_DEPS and t.lower_ in PRONOUNS), None)
    if pronoun is None and controller is not None and controller.lower_ in PRONOUNS:
        pronoun = controller
    if pronoun is not None:
        previous = _previous_subject_person(sent, names)
        if previous:
            actors.append((names.resolve(previous), "PERSON"))
    possessor = next((c for c in trigger.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if possessor is not None and trigger.pos_ not in ("VERB", "AUX"):
        # "Trong did not look well in his meeting with Putin": his = the clause's subject
        owner = _clause_subject_person(trigger, names)
        if owner:
            actors.append((owner, "PERSON"))
    if names.roles is not None:
        # "the Vietnamese president told a press briefing": the role's holder in this article
        for token in role_tokens:
            holder = names.roles.resolve(token)
            if holder and all(holder != seen for seen, _ in actors):
                actors.append((holder, "PERSON"))
    for subject in (t for t in clause.children if t.dep_ in SUBJECT_DEPS):
        # a surname the tagger missed here but the article names in full ("Lula met ...")
        if subject.pos_ == "PROPN" and not subject.ent_type_ and names.knows(subject.text):
            actors.append((names.resolve(subject.text), "PERSON"))
    if not ents and not actors and group_reference and any(g in sent.text.lower() for g in GROUP_REFERENCES):
        actors.extend((names.resolve(p), "PERSON") for p in _previous_people(sent, 2))
    # "the two countries agreed": a subject that names nobody is still the act's subject, so the
    # people elsewhere in the sentence do not stand in for it; "the two governments" are the two
    # states the story has just named
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"]
    unnamed_subject = bool(subjects)
    if not ents and not actors and any(_is_state_pair(c) for c in subjects):
        actors.extend((state, "GPE") for state in _recent_states(trigger, 2))
    if not ents and not actors and sentence_fallback and not unnamed_subject:
        ents = [e for e in sent_ents(sent) if e.label_ in ("PERSON", "ORG") and not in_other_clause(e.root, trigger)]
    for ent in ents:
        if ent.start <= trigger.i < ent.end:
            continue  # "the next Party Congress": the event's own name is not its participant
        if ent.start_char < dateline_end(sent):
            continue  # "SEOUL, May 27, 2024 —", "MADISON, Wis. (AP) —": a dateline, not a participant
        if motion and ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ in OBJECT_DEPS | {"pobj"}:
            continue  # "left Hanoi", "arrived in Hanoi": the place of a trip, not a participant
        name = actor_name(ent, names)
        if name and all(name != seen for seen, _ in actors):
            actors.append((name, _actor_kind(ent, name, names)))
    return actors


def dateline_end(sent: Span) -> int:
    """Character offset where a dateline opening ``sent`` ends (its start when it has none)."""
    return sent.start_char + dateline_length(sent.text)


def _actor_kind(ent: Span, name: str, names: ArticleNames) -> str:
    if ent.label_ == "PERSON" or names.is_person(ent.text) or names.is_person(name):
        return "PERSON"  # the tagger called "Olaf Scholz" an organisation here, a person elsewhere
    return "GPE" if ent.label_ == "GPE" or country_code(name) else ent.label_


def speaker_actors(token: Token, sent: Span, names: ArticleNames) -> list[tuple[str, str]]:
    """The named person who speaks (the subject, or the person a "he"/"she" subject stands
    for), first, then the people addressed ("told Likhachev", "invited To Lam"); nobody when
    the speaker is unnamed."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None) or controlling_subject(token)
    if subject is None:
        return []
    speaker = None
    if subject.lower_ in PRONOUNS:
        speaker = _previous_subject_person(sent, names)
    else:
        ent = next((e for e in sent_ents(sent) if e.start <= subject.i < e.end and (e.label_ == "PERSON" or names.is_person(e.text))), None)
        if ent is None:
            ent = next((e for e in sent_ents(sent) if e.label_ == "PERSON" and subject.left_edge.i <= e.start and e.end - 1 <= subject.right_edge.i), None)
        if ent is not None:
            speaker = ent.text
        elif subject.pos_ == "PROPN" and names.knows(subject.text):
            speaker = subject.text
        elif names.roles is not None:
            speaker = names.roles.resolve(subject)
    if speaker is None or is_news_agency(speaker):
        return []
    speaker = names.resolve(speaker)
    addressed: list[tuple[str, str]] = []
    for child in token.children:
        if child.dep_ in ("dobj", "dative") or (child.dep_ == "prep" and child.lower_ == "to"):
            indices = {t.i for t in child.subtree}
            for ent in sent_ents(sent):
                if ent.root.i in indices and (ent.label_ == "PERSON" or names.is_person(ent.text)):
                    name = names.resolve(ent.text)
                    if name != speaker and all(name != n for n, _ in addressed):
                        addressed.append((name, "PERSON"))
    return [(speaker, "PERSON"), *addressed]


def _clause_subject_person(token: Token, names: ArticleNames) -> str | None:
    """The named person who is the subject of the clause a noun sits in, or of the clause that
    reports it: "his meeting" in "the U.S. diplomat said, saying the reason for his meeting
    with Son was ..." is the diplomat's."""
    own_verb = verb = governing_verb(token)
    for _ in range(3):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.i == own_verb.i:
            # a name opening the sentence the parser failed to make the subject ("Trong, now 80, ...")
            first = token.sent[0]
            if first.is_title and names.knows(first.text):
                return names.resolve(first.text)
        person = _person_named_by(subject, names) if subject is not None else None
        if person is not None:
            return person
        if verb.dep_ not in ("ccomp", "advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def _person_named_by(subject: Token, names: ArticleNames) -> str | None:
    ent = next((e for e in doc_ents(subject.doc) if e.start <= subject.i < e.end and (e.label_ == "PERSON" or names.is_person(e.text))), None)
    if ent is not None:
        return names.resolve(ent.text)
    if subject.pos_ == "PROPN" and names.knows(subject.text):
        return names.resolve(subject.text)
    if subject.lower_ in PRONOUNS:
        previous = _previous_subject_person(subject.sent, names)
        return names.resolve(previous) if previous else None
    if names.roles is not None:
        holder = names.roles.resolve(subject)
        return names.resolve(holder) if holder else None
    return None


def _spending_verb(noun: Token) -> Token | None:
    """The verb of "spent five hours in talks", whose subject takes part in the talks."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return None
    holder = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return holder if holder.pos_ == "VERB" and holder.lemma_.lower() == "spend" else None


def starts_a_name(token: Token) -> bool:
    """A "preposition" that is the first word of a person's name ("met To Lam, Chinh and Man"):
    the parser reads "To" as a preposition and hangs the names under it."""
    return token.dep_ == "prep" and token.ent_iob_ == "B" and token.ent_type_ == "PERSON"


_APPOSITION_HEADS = TITLE_WORDS | {"counterpart", "host", "guest"}


def _appositive_names(tokens: list[Token], sent: Span) -> list[Token]:
    """"elected Public Security Minister To Lam", "held talks with his Vietnamese counterpart,
    To Lam": a person named right after a title (or a title and a comma) is the one the title
    describes, however the parser attached the name."""
    doc = sent.doc
    starts = {e.start: e for e in sent_ents(sent) if e.label_ == "PERSON"}
    found: list[Token] = []
    for token in tokens:
        if token.lemma_.lower() not in _APPOSITION_HEADS:
            continue
        after = token.i + 2 if token.i + 1 < sent.end and doc[token.i + 1].text == "," else token.i + 1
        found.extend(starts.get(after, ()))
    return found


def _entities_in(tokens: list[Token], sent: Span) -> list[Span]:
    indices = {t.i for t in tokens}
    return [e for e in sent_ents(sent) if e.label_ in ACTOR_LABELS and any(t.i in indices for t in e)]


# Names ending in these words are places whatever the NER label says ("Kim Il Sung Square").
PLACE_HEADS = frozenset(
    "square palace airport street avenue hall stadium house mausoleum bridge port harbour harbor "
    "guesthouse hotel centre center plaza park station building tower".split()
)


def actor_name(ent: Span, names: ArticleNames) -> str | None:
    if ent[-1].lower_ in PLACE_HEADS or is_news_agency(ent.text):
        return None
    if ent.label_ == "PERSON" or names.is_person(ent.text):
        return names.resolve(ent.text)
    if len(ent) == 1 and names.knows(ent.text) and not country_code(clean_name(ent.text)):
        return names.resolve(ent.text)  # "Yoon" tagged as a place, in a story about Yoon Suk Yeol
    if _is_title_modifier(ent) or _in_office_name(ent):
        return None
    if ent.label_ == "GPE":
        return country_display(clean_name(ent.text))
    if ent.label_ == "NORP":
        # "Russian", "North Korean": a demonym describes someone; the state is named elsewhere
        return None
    name = clean_name(ent.text)
    if country_code(name):
        return country_display(name)  # "the DPRK" tagged as an organisation is still the state
    return name if len(name) > 1 else None


def _previous_subject_person(sent: Span, names: ArticleNames | None = None) -> str | None:
    """The person a "he"/"she" subject refers to, read locally: a person who is a clause
    subject earlier in this sentence or in the one before it, else the only person the
    sentence before names. Further back, or with two candidates, the pronoun stays unresolved
    ("..., Rodkiewicz said. 'It is new,' he explained" is not about the Putin named earlier)."""
    doc = sent.doc
    previous = doc[sent.start - 1].sent if sent.start > 0 else None
    window_start = previous.start if previous is not None else sent.start
    subjects = [
        e for e in doc_ents(doc)
        if e.label_ == "PERSON" and window_start <= e.start and e.end <= sent.start + (sent.end - sent.start)
        and e.start < sent.end and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.i < _pronoun_index(sent)
    ]
    # a surname the tagger missed as a subject ("Lula met ...") counts when the article names it
    surnames = [
        t for t in doc[window_start : _pronoun_index(sent)]
        if names is not None and t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ in ("nsubj", "nsubjpass") and names.knows(t.text)
    ]
    candidates = sorted([(e.root.i, e.text) for e in subjects] + [(t.i, t.text) for t in surnames])
    if candidates:
        return candidates[-1][1]
    if previous is None:
        return None
    people = {clean_name(e.text) for e in doc_ents(doc) if e.label_ == "PERSON" and previous.start <= e.start < previous.end}
    return people.pop() if len(people) == 1 else None


def _pronoun_index(sent: Span) -> int:
    return next((t.i for t in sent if t.lower_ in PRONOUNS and t.dep_ in SUBJECT_DEPS), sent.end)


_STATE_NOUNS = frozenset({"country", "government", "nation", "state"})


def _is_state_pair(subject: Token) -> bool:
    """"the two countries", "both governments"."""
    return subject.lemma_.lower() in _STATE_NOUNS and subject.tag_ == "NNS" and any(
        c.lower_ in ("two", "both") for c in subject.children
    )


def _recent_states(trigger: Token, n: int) -> list[str]:
    """The ``n`` countries named (by name or demonym) in the trigger's sentence up to it and in
    the sentence before, when exactly that many are: who "the two countries" are."""
    sent = trigger.sent
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: list[str] = []
    for ent in doc_ents(doc):
        if not start <= ent.start < trigger.i:
            continue
        state = state_named(ent.text, ent.label_)
        if state and state not in found:
            found.append(state)
    return found if len(found) == n else []


def _previous_people(sent: Span, n: int) -> list[str]:
    people: list[str] = []
    names = ArticleNames.from_people(e.text for e in doc_ents(sent.doc) if e.label_ == "PERSON")
    for ent in reversed(doc_ents(sent.doc)):
        if ent.end <= sent.start and ent.label_ == "PERSON":
            name = names.resolve(ent.text)
            if name not in people:
                people.append(name)
            if len(people) == n:
                break
    return people if len(people) == n else []


_OFFICE_NAME_GLUE = frozenset({"and", "&", ",", "the", "of"})


def _in_office_name(ent: Span) -> bool:
    """"Pacific Affairs" in "Assistant Secretary for Island and Pacific Affairs Tomas Weller",
    "Africa" in "Minister for Africa": the remit of an office, not an actor."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 8:
        token = doc[i]
        if token.lower_ == "for":
            return any(doc[j].lower_ in TITLE_WORDS for j in range(max(0, i - 4), i))
        if not (token.is_title or token.lower_ in _OFFICE_NAME_GLUE):
            return False
        i -= 1
    return False


def _is_title_modifier(ent: Span) -> bool:
    """"U.S." and "State" in "U.S. Assistant Secretary of State Daniel Kritenbrink" describe the
    person; they are not actors of their own."""
    token = ent.root
    for _ in range(4):
        if token.dep_ not in ("compound", "amod", "nmod", "pobj", "prep", "poss", "appos") or token.head.i == token.i:
            return False
        token = token.head
        if token.ent_type_ == "PERSON" and not (ent.start <= token.i < ent.end):
            return True
    return False

