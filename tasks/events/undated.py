"""Undated reports of acts: sentences that name an act and its participants without a date.

"The pact Putin signed with Kim", "During the visit, Kim promised his full support", "In Hanoi,
Putin also met Trong": none of these dates itself, but merging can date each one, by the dated
event of the same act it reports, or by the trip or meeting the story is telling at that point
(see ``tasks.events.episodes``). Each record keeps what that needs: the act, its people and
place, its tense, whether it is quoted, and the event noun that frames it ("during the visit").
Pure: reads the parse only.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from models.records import Article, EventMention, Timex, UndatedMention

from .entities import sent_ents
from .actors import ArticleNames
from .extract import act_kind, cause_of, is_unreal, object_act, paired_trigger
from .lexicon import CAUSE_KINDS, LINKABLE_KINDS, MOTION_KINDS, SIDE_PROGRAMME_KINDS, PLACING_VERBS, SPEECH_KINDS, Trigger, noun_trigger, trigger_for
from .locations import location_of, origin_of
from .participants import actors_of, article_names, counterparts, speaker_actors
from .places import state_named
from .syntax import clause_text, governing_verb, inside_quote, is_future, particle_of, sentence_bounds


UNDATED_KINDS = LINKABLE_KINDS | SPEECH_KINDS | SIDE_PROGRAMME_KINDS
# Event nouns that frame an act ("during the visit", "at the talks", "after the summit").
FRAME_KINDS = frozenset({"visit", "arrival", "meeting", "welcome"})
_FRAME_RELATIONS = {"during": "during", "at": "during", "in": "during", "amid": "during",
                    "after": "after", "following": "after", "before": "before", "ahead": "before",
                    "prior": "before"}
# Kinds whose second party is the point: "met Trong" and "met To Lam" are two meetings.
COUNTERPART_KINDS = frozenset({"meeting"})


def extract_undated(
    article: Article,
    doc: Doc,
    dated: Sequence[EventMention],
    caption_spans: Sequence[tuple[int, int]] = (),
    timexes: Sequence[Timex] = (),
    lead_end: int = 0,
) -> list[UndatedMention]:
    """Undated reports of acts in ``article`` (``doc`` is its parse), and photo captions that
    show an act on their photo's date. None of them creates an event by itself; those that
    start before ``lead_end`` are marked as the article's lead."""
    names = article_names(doc)
    dated_triggers = {m.trigger_start for m in dated}
    caption_dates = {span: _caption_date(span, timexes) for span in caption_spans}
    found: list[UndatedMention] = []
    for sent in doc.sents:
        sent_start, sent_end, sent_text = sentence_bounds(sent)
        for token in sent:
            if token.idx in dated_triggers:
                continue
            caption = next((span for span in caption_spans if span[0] <= token.idx < span[1]), None)
            if caption is not None and caption_dates[caption] is None:
                continue  # an undated caption supports nothing we could check
            trig = undated_trigger(token)
            if trig is None or trig.kind not in UNDATED_KINDS or is_unreal(token):
                continue
            location = location_of(token, sent, trig.kind)
            if trig.kind in SPEECH_KINDS:
                # a statement is its speaker's: the people it mentions are not its participants
                actors = speaker_actors(token, sent, names)
            else:
                actors = [
                    (n, k) for n, k in actors_of(token, sent, names, group_reference=True, motion=trig.kind in MOTION_KINDS)
                    if n != location
                ]
            in_lead = sent_start < lead_end and caption is None
            if not actors and not _told_without_actors(token, trig, in_lead):
                continue
            relation, frame, frame_noun = _frame(token)
            base = UndatedMention(
                article_id=article.article_id, source=article.source, sentence=sent_text,
                char_start=sent_start, char_end=sent_end, action=token.lemma_.lower(),
                kind=act_kind(trig.kind, token), event_type=trig.plover, actors=tuple(n for n, _ in actors),
                actor_kinds=tuple(k for _, k in actors), location=location,
                status="scheduled" if is_future(token) else "occurred", published=article.published,
                trigger_start=token.idx, trigger_end=token.idx + len(token.text),
                caption_date=caption_dates[caption] if caption is not None else None,
                tense=_tense(token), quoted=inside_quote(article.text, token.idx),
                frame=frame, frame_relation=relation, asserted=_asserted(token), clause=clause_text(token), states=_states(token, sent),
                frame_place=location_of(frame_noun, sent, frame) if frame_noun is not None and frame else None,
                came_from=origin_of(token) if trig.kind in MOTION_KINDS else None,
                lead=in_lead,
                reported=_reported(token),
            )
            found.extend(_per_counterpart(base, token, sent, names) if trig.kind in COUNTERPART_KINDS else [base])
    return found


def _told_without_actors(token: Token, trig: Trigger, in_lead: bool) -> bool:
    """Whether an act with nobody named is still worth keeping. "Officials said": a statement
    without a named speaker is nobody's. A plain past act ("some 15 deals were signed", "49
    people have died") is kept for its story's episode; a lead may also tell it in the present
    or through someone's words ("junior doctors are staging a strike, the minister said")."""
    if trig.kind in CAUSE_KINDS:
        return True
    if trig.kind in SPEECH_KINDS:
        return False
    if in_lead:
        return (_asserted(token) or _reported(token)) and _tense(token) in ("past", "perfect", "present")
    return _asserted(token) and _tense(token) in ("past", "perfect")


def undated_trigger(token: Token) -> Trigger | None:
    is_verb = token.pos_ in ("VERB", "AUX")
    if is_verb:
        if object_act(token) is not None or cause_of(token) is not None:
            # "received the award", "issued a warrant": the object is the act; "wildfires have
            # killed 96": the cause is
            return None
        particle = particle_of(token)
        phrasal = trigger_for(f"{token.lemma_.lower()} {particle}", is_verb=True) if particle else None
        return phrasal or paired_trigger(token) or trigger_for(token.lemma_, is_verb=True)
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and (token.is_lower or _capitalised_first_word(token))):
        # a mis-tagged "congress" or a sentence's first "Wildfires", never the name "Congress"
        return noun_trigger(token)
    return None


def _capitalised_first_word(token: Token) -> bool:
    # the tagger calls a sentence's first "Wildfires" a name, at most a one-word person
    one_word_name = token.ent_type_ == "PERSON" and (token.i + 1 == len(token.doc) or token.nbor(1).ent_iob_ != "I")
    return token.is_sent_start and token.is_title and (not token.ent_type_ or one_word_name)


def _tense(token: Token) -> str:
    """past | pluperfect ("had announced": before the story's time) | perfect | present |
    future | none, of the trigger's own verb or the verb governing a noun trigger."""
    if is_future(token):
        return "future"
    verb = governing_verb(token)
    if verb is None:
        return "none"
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" in aux:
        return "pluperfect"
    if aux & {"has", "have"}:
        return "perfect"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"was", "were"}) or "did" in aux:
        return "past"  # "did Hanoi welcome Putin?", "did not sign" are past too
    return "present"


def _asserted(token: Token) -> bool:
    """Whether the story itself states the act ("Putin met Trong", "held talks", "a ceremony
    was held"), rather than refers to it ("in his meeting with Putin", "the talks, which ...")
    or reports what someone said or wanted ("said that agreements were being implemented")."""
    if token.pos_ in ("VERB", "AUX"):
        verb = token
        if token.dep_ in ("relcl", "acl", "amod", "csubj"):
            return False
    elif token.dep_ == "pobj" and token.head.lower_ in ("under", "into") and token.head.head.lemma_.lower() in PLACING_VERBS:
        verb = token.head.head  # "was put under house arrest", "taken into custody"
    elif token.dep_ == "pobj" and _caused_by(token):
        verb = token.head.head  # "30 were killed in an attack": the killing states the attack
    else:
        verb = token.head
        if token.dep_ not in ("dobj", "nsubjpass", "nsubj", "attr") or verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb.dep_ in ("relcl", "acl"):
            return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in verb.children):
        return True  # "violence broke out after thousands marched": the march is told as fact
    return verb.dep_ not in ("ccomp", "xcomp", "pcomp", "advcl", "relcl", "acl")


# A past clause these introduce states what happened; "if", "unless", "so that" do not.
_FACTUAL_MARKS = frozenset({"after", "because", "when", "as"})


def _caused_by(noun: Token) -> bool:
    verb = noun.head.head
    caused = cause_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    return caused is not None and caused.token.i == noun.i


def _reported(token: Token) -> bool:
    """Whether the act is told in the complement of a reporting verb: "rebels captured the
    airport, residents said", "the minister said the ban has taken effect"."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    trig = trigger_for(verb.head.lemma_, is_verb=True)
    return trig is not None and trig.kind in SPEECH_KINDS


def _states(token: Token, sent: Span) -> tuple[str, ...]:
    """Countries named in the trigger's clause, by name or demonym."""
    verb = governing_verb(token) or token
    indices = {t.i for t in verb.subtree}
    found: list[str] = []
    for ent in sent_ents(sent):
        if ent.root.i not in indices:
            continue
        state = state_named(ent.text, ent.label_)
        if state and state not in found:
            found.append(state)
    return tuple(found)


def _frame(token: Token) -> tuple[str | None, str | None, Token | None]:
    """("during" | "after" | "before", frame kind, the event noun) when an event noun frames the
    act: "During the visit, ...", "at a press conference after the summit", "Ahead of his visit, ..."."""
    heads = [token]
    if token.pos_ not in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX"):
        heads.append(token.head)
    for head in heads:
        for prep in head.children:
            relation = _FRAME_RELATIONS.get(prep.lower_)
            if relation is None or prep.dep_ not in ("prep", "advmod", "advcl", "mark"):
                continue
            if prep.lower_ in ("ahead", "prior"):
                prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), prep)
            for obj in prep.children:
                if obj.dep_ not in ("pobj", "dobj"):
                    continue
                trig = noun_trigger(obj)
                if trig is not None and trig.kind in FRAME_KINDS:
                    return relation, trig.kind, obj
    return None, None, None


def _per_counterpart(base: UndatedMention, token: Token, sent: Span, names: ArticleNames) -> list[UndatedMention]:
    """"Putin met To Lam, Pham Minh Chinh and Tran Thanh Man": one meeting per named person
    met, each with the people on the other side."""
    met = [p for p in counterparts(token, sent, names) if p in base.actors]
    if len(met) < 2:
        return [base]
    others = [(a, k) for a, k in zip(base.actors, base.actor_kinds) if a not in met]
    return [
        replace(base, actors=(*(a for a, _ in others), person), actor_kinds=(*(k for _, k in others), "PERSON"), part=i + 1)
        for i, person in enumerate(met)
    ]


def _caption_date(span: tuple[int, int], timexes: Sequence[Timex]) -> date | None:
    days = [t.date_start for t in timexes if span[0] <= t.start < span[1] and t.granularity == "day"]
    return days[-1] if days else None
