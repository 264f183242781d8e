"""Event mentions: for each date in an article, the event it dates, with who, what and where.

Input is one article, its spaCy parse and the temporal expressions the tagger found in the same
text; output is typed :class:`EventMention` records. Pure: no I/O, no Prefect, no database.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from models.records import Article, DateBasis, EventMention, Granularity, Timex
from tasks.ids import stable_id
from tasks.temporal.lexicon import NUMBER_WORDS

from .entities import doc_ents
from .lexicon import (
    ANONYMOUS_KINDS,
    CAUSE_KINDS,
    CAUSED_VERBS,
    DEPICTABLE_KINDS,
    EDITION_KINDS,
    LIGHT_VERBS,
    LINKABLE_KINDS,
    MOTION_KINDS,
    OBJECT_ACT_KINDS,
    OBJECT_ACT_VERBS,
    PLACING_VERBS,
    SPEECH_KINDS,
    STATE_KINDS,
    STATISTIC_VERBS,
    SUPPORT_VERB_OBJECTS,
    VERB_TRIGGERS,
    Trigger,
    noun_trigger,
    trigger_for,
    verb_object_trigger,
    verb_subject_trigger,
)
from .actors import ArticleNames, clean_name
from .locations import AIRFIELD_WORDS, hosting_state, location_of, split_by_destination
from .offsets import offset_links, reference_day, shift_months, within_links
from .places import state_named
from .recurrence import previous_occurrences
from .participants import actors_of, article_names, speaker_actors, split_by_counterpart
from .syntax import (
    ACTOR_LABELS,
    MODALS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    clause_text,
    governing_verb,
    inside_quote,
    is_future,
    modal_prediction,
    particle_of,
    sentence_bounds,
)

# A noun reached through one of these prepositions frames the verb's time ("during the meeting
# on June 19, they signed"): the verb happens on the noun's date too.
FRAMING_PREPS = frozenset({"during", "at", "on", "in"})
# Words before a year that turn it into a trend, target or bound rather than an event date.
NON_EVENT_CUES = frozenset({"since", "by", "until", "till", "through", "before"})
GRANULARITY: dict[str, Granularity] = {"day": "day", "time": "day", "month": "month", "year": "year"}
EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The token that carries the event and the trigger entry that names it."""

    token: Token
    trigger: Trigger
    inherited: bool = False  # dated through a framing noun ("during the meeting on June 19")
    phrase: str = ""  # the action when it is more than the token's lemma ("set up")
    when_clause: bool = False  # in a "when" clause on the date: "since July 2000, when he was received"

    @property
    def action(self) -> str:
        return self.phrase or self.token.lemma_.lower()


def extract_mentions(
    article: Article,
    doc: Doc,
    timexes: Sequence[Timex],
    caption_spans: Sequence[tuple[int, int]] = (),
) -> list[EventMention]:
    """Event mentions for every usable date in ``article``.

    ``doc`` must be the parse of ``article.text``; ``caption_spans`` are character ranges of photo
    captions, whose dates belong to photos, not events.
    """
    names = article_names(doc)
    best: dict[tuple[int, int, int], EventMention] = {}
    for timex in timexes:
        in_caption = _inside(timex.start, caption_spans)
        if not _usable(timex) or (in_caption and timex.granularity != "day"):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        cue = _cue_before(span)
        if timex.basis != "explicit" and inside_quote(article.text, timex.start):
            continue  # "signed today" in a quote is dated from the speech, which we do not know
        for anchor in _with_simultaneous(_anchors(span)):
            anchor = _invited_to(anchor, timex, article.published)
            dated_within = anchor.token.left_edge.i <= span.start and span.end - 1 <= anchor.token.right_edge.i
            # "since 2000" bounds a state; "since 2000, when he visited" still dates the visit
            if is_unreal(anchor.token, dated_within=dated_within) or not (anchor.when_clause or _cue_allows(cue, anchor, timex)):
                continue
            if timex.granularity != "day" and (
                (_counted(anchor.token) and _ongoing(timex, article.published)) or _quantified(anchor.token)
            ):
                # "the fifth launch this year", "exported $6 billion in 2023": statistics; a past
                # period dates its ordinal act ("its first nuclear test in 2006")
                continue
            if _edition(anchor, span):
                continue  # "the 2024 democracy medal" names an edition, not when it was given
            mention = _mention(article, doc, span, timex, anchor, names)
            if mention is None:
                continue
            if in_caption or _caption_like(anchor.token, timex):
                # a photo's date dates an act only when the photo shows it: two named people
                # meeting, signing, greeting ("Trong meets Putin in Hanoi, June 20, 2024"); a
                # street scene or a rehearsal dates nothing
                if not _depicts_act(mention):
                    continue
                mention = replace(mention, is_caption=True)
            pieces = [d for c in split_by_counterpart(mention, anchor.token, names) for d in split_by_destination(c, anchor.token)]
            for part, piece in enumerate(pieces):
                key = (anchor.token.i, timex.start if anchor.inherited else -1, part)
                if key not in best or _date_rank(piece) > _date_rank(best[key]):
                    best[key] = piece
    for mention in _offset_mentions(article, doc, timexes, caption_spans, names, best):
        best[(mention.trigger_start, -2, 0)] = mention
    for recurrence in previous_occurrences(doc, timexes, article.published):
        # the earlier act's own mention; its trigger is the ordinal, so the event noun stays
        # free to report the current act too
        span = doc.char_span(recurrence.timex.start, recurrence.timex.end, alignment_mode="expand")
        mention = None if _inside(recurrence.timex.start, caption_spans) else _mention(
            article, doc, span, recurrence.timex, _Anchor(recurrence.event, recurrence.trigger), names
        )
        if mention is not None:
            ordinal = recurrence.ordinal
            best[(ordinal.i, -3, 0)] = replace(
                mention, trigger_start=ordinal.idx, trigger_end=ordinal.idx + len(ordinal.text), status="occurred"
            )
    return sorted(best.values(), key=lambda m: (m.char_start, m.trigger_start, m.date_start))


def _offset_mentions(
    article: Article, doc: Doc, timexes: Sequence[Timex], caption_spans: Sequence[tuple[int, int]],
    names: ArticleNames, found: dict[tuple[int, int, int], EventMention],
) -> list[EventMention]:
    """Acts dated only by their distance from another ("a day after Congress passed the bill"):
    the side with a date of its own, else the story's reference time, dates the other."""
    day_of = {m.trigger_start: m.date_start for m in found.values() if m.granularity == "day"}
    dated_tokens = {key[0] for key in found}
    out = []
    for link in (*offset_links(doc, timexes), *within_links(doc)):
        if _inside(link.start, caption_spans):
            continue
        earlier_day = _token_day(link.earlier, day_of) or _named_act_day(link.earlier, found.values())
        later_day = _token_day(link.later, day_of) or _named_act_day(link.later, found.values())
        if earlier_day is not None and later_day is not None:
            continue
        if earlier_day is None and later_day is None:
            reference = reference_day(timexes, link.start, caption_spans, article.published)
            if reference is None:
                continue
            if link.reference.i == link.earlier.i:
                earlier_day = reference
            else:
                later_day = reference
        target, when = (
            (link.later, earlier_day + timedelta(days=link.days)) if later_day is None
            else (link.earlier, later_day - timedelta(days=link.days))
        )
        anchor = _anchor_of(target)
        if anchor is None or anchor.token.i in dated_tokens or is_unreal(anchor.token):
            continue
        if link.months:
            # "two months after X resigned": a month apart says the month, not the day
            base = later_day if later_day is not None else earlier_day
            start, end = shift_months(base, -link.months if later_day is not None else link.months)
            value, granularity = start.isoformat()[:7], "month"
        else:
            start = end = when
            value, granularity = when.isoformat(), "day"
        timex = Timex(
            start=link.start, end=link.end, text=link.text, value=value, type="DATE",
            granularity=granularity, date_start=start, date_end=end, anchor=earlier_day or later_day,
            rule="offset", basis="relative_to_narrative",
        )
        span = doc.char_span(link.start, link.end, alignment_mode="expand")
        mention = _mention(article, doc, span, timex, anchor, names) if span is not None else None
        if mention is not None:
            out.append(mention)
            dated_tokens.add(anchor.token.i)
    return out


_SIMULTANEOUS_MARKS = frozenset({"as", "while", "when"})


def _with_simultaneous(anchors: list[_Anchor]) -> list[_Anchor]:
    """Acts in an "as"/"while"/"when" clause of a dated act happen then too: "Vietnam gave Putin
    a state welcome on Thursday, as he held talks with To Lam and the two governments signed
    a dozen documents"."""
    out = list(anchors)
    for anchor in anchors:
        verb = anchor.token if anchor.token.pos_ in ("VERB", "AUX") else anchor.token.head
        if verb.pos_ not in ("VERB", "AUX") or (verb is not anchor.token and anchor.token.dep_ not in OBJECT_DEPS | SUBJECT_DEPS):
            continue
        out.extend(replace(found, inherited=True) for found in _simultaneous_acts(verb))
    return out


def _simultaneous_acts(verb: Token) -> list[_Anchor]:
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SIMULTANEOUS_MARKS for c in clause.children):
            continue
        for act in (clause, *clause.conjuncts):
            anchor = _anchor_of(act) if act.pos_ in ("VERB", "AUX") else None
            if anchor is not None:
                found.append(anchor)
    return found


def _invited_to(anchor: _Anchor, timex: Timex, published: date | None) -> _Anchor:
    """"Putin invited Lam to the celebrations in Moscow next year": a date after a past act of
    inviting or promising dates what it points to, the celebrations, not the invitation."""
    token = anchor.token
    if published is None or timex.date_start is None or timex.date_start <= published:
        return anchor
    if token.pos_ not in ("VERB", "AUX") or token.tag_ != "VBD":
        return anchor
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
            for obj in prep.children:
                trig = noun_trigger(obj) if obj.dep_ == "pobj" else None
                if trig is not None:
                    return _Anchor(obj, trig)
    return anchor


def _depicts_act(m: EventMention) -> bool:
    people = [a for a, k in zip(m.actors, m.actor_kinds) if k == "PERSON"]
    return m.kind in DEPICTABLE_KINDS and len(people) >= 2 and m.status == "occurred"


def _token_day(token: Token, day_of: dict[int, date]) -> date | None:
    """The day an act already has: its own dated mention, or one on its object noun."""
    if token.idx in day_of:
        return day_of[token.idx]
    return next((day_of[c.idx] for c in token.children if c.dep_ in OBJECT_DEPS and c.idx in day_of), None)


def _named_act_day(noun: Token, dated: Iterable[EventMention]) -> date | None:
    """"the Australian announcement": the day of the one act of that kind the story dates for
    the state or person the noun names."""
    trig = noun_trigger(noun) if noun.pos_ == "NOUN" else None
    if trig is None:
        return None
    owners = set()
    for child in noun.children:
        if child.dep_ in ("amod", "poss", "compound") and child.ent_type_ in ("NORP", "GPE", "PERSON", "ORG"):
            text = next((e.text for e in doc_ents(noun.doc) if e.start <= child.i < e.end), child.text)
            owners.add(state_named(text, child.ent_type_) or clean_name(text))
    days = {m.date_start for m in dated if m.kind == trig.kind and m.granularity == "day" and owners & set(m.actors)}
    return days.pop() if len(days) == 1 else None


def _anchor_of(token: Token) -> _Anchor | None:
    """The event a token names when no date expression points at it."""
    if token.pos_ in ("VERB", "AUX"):
        anchors = [a for a in _verb_anchors(token, None, False) if not a.inherited]
        return anchors[0] if anchors else None
    trig = noun_trigger(token)
    return _Anchor(token, trig) if trig is not None else None


_QUOTES = {"“": "”", '"': '"'}


def is_unreal(trigger: Token, *, dated_within: bool = False) -> bool:
    """Negated or hypothetical acts did not happen: "no agreements are expected",
    "could have been agreed", "did not sign". ``dated_within``: the date sits inside the
    trigger's own phrase ("the election in November"), which presupposes the act."""
    for child in trigger.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
            return True
    # "a bill that would allow the president to ban the app": a modal up the chain of
    # complements makes the act hypothetical too
    governor = trigger
    while governor.dep_ in ("xcomp", "ccomp") and governor.head.i != governor.i and governor.pos_ in ("VERB", "AUX"):
        governor = governor.head
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in governor.children):
            return True
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and head.i != trigger.i:
        if any(c.dep_ == "neg" for c in head.children):
            return True
        # a modal doubts what is done to an object ("could sign a deal") or by a subject ("talks
        # could resume in May"), not whether a dated subject exists ("the election in November
        # may bring changes")
        if trigger.dep_ == "nsubj" and dated_within:
            return False
        return any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
    return False


def _usable(timex: Timex) -> bool:
    return (
        timex.type in EVENT_TIMEX_TYPES
        and timex.date_start is not None
        and timex.date_end is not None
        and timex.granularity not in ("duration", "set", "vague")
    )


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)


def _ongoing(timex: Timex, published: date | None) -> bool:
    """Whether a period is still running when the story is written: a count so far."""
    return published is None or timex.date_end is None or timex.date_end >= published


def _counted(trigger: Token) -> bool:
    """Whether an ordinal counts the act: "the fifth (ballistic missile test) launch"."""
    nouns, modifiers = [trigger], []
    while nouns:
        noun = nouns.pop()
        for child in noun.children:
            if child.dep_ == "compound":
                nouns.append(child)
            elif child.dep_ == "amod":
                modifiers.append(child)
    return any(m.lower_ in ORDINAL_WORDS or m.ent_type_ == "ORDINAL" for m in modifiers)


AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT"})


def _quantified(trigger: Token) -> bool:
    """An act measured in money or quantities ("bought $2.1 billion worth") reports a figure."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ not in OBJECT_DEPS | {"prep", "acomp", "npadvmod"}:
            continue
        heads = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for head in heads:
            # the amount is what was done ("exported $6 billion", "$2.1 billion worth"), not a
            # property of the thing acted on ("passed an $8-billion defense package")
            if head.ent_type_ in AMOUNT_LABELS or head.lemma_.lower() in AMOUNT_NOUNS:
                return True
    return False


AMOUNT_NOUNS = frozenset({"worth", "value", "amount", "total", "percent", "share", "volume"})


def _edition(anchor: _Anchor, span: Span) -> bool:
    root = span.root
    return anchor.trigger.kind in EDITION_KINDS and root.dep_ in ("compound", "nummod", "nmod", "amod") and anchor.token.pos_ == "NOUN"


def _caption_like(trigger: Token, timex: Timex) -> bool:
    """Photo captions speak in the present tense and end on the full date of the photo; news
    sentences report past acts in the past tense."""
    if timex.granularity != "day" or not re.search(r"\b\d{4}\b", timex.text):
        return False
    sent = trigger.sent
    tail = sent.text.rstrip().rstrip(".").rstrip()
    if not tail.endswith(timex.text.rstrip(".")):
        return False
    return trigger.tag_ in ("VBZ", "VBP") or (trigger.tag_ == "VBN" and any(c.tag_ == "VBZ" for c in trigger.children))


def _cue_before(span: Span) -> str | None:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in ("the", "a", "an", "early", "mid", "late", "about", "around"):
        i -= 1  # "since the mid-1980s", "by the 2019 talks"
    prev = span.doc[i] if i >= 0 else None
    return prev.lower_ if prev is not None and prev.lower_ in NON_EVENT_CUES else None


def _cue_allows(cue: str | None, anchor: _Anchor, timex: Timex) -> bool:
    """"by 2050" is a target and "until 2022" a bound; "since 2018" marks a trend on a verb, but
    dates the start of a state a noun names ("sanctions since 2006")."""
    if cue is None:
        return True
    if cue == "since":
        return anchor.token.pos_ in ("NOUN", "PROPN") and anchor.trigger.kind in STATE_KINDS and timex.granularity == "year"
    return False


def _date_rank(m: EventMention) -> tuple[int, int]:
    basis_rank = {"explicit": 3, "relative_to_narrative": 2, "relative_to_publication": 1}
    width = (m.date_end - m.date_start).days
    return basis_rank.get(m.date_basis, 0), -width


# ------------------------------------------------------------------ triggers
def _anchors(span: Span) -> list[_Anchor]:
    """The event(s) a date expression dates: found by climbing the dependency tree, and the acts
    of a "when" clause on the date itself ("since taking office in 2000, when he visited Pyongyang")."""
    return [*_climbing_anchors(span), *_when_clause_anchors(span)]


def _when_clause_anchors(span: Span) -> list[_Anchor]:
    # the parser hangs the clause on the date or on the verb the date's phrase qualifies; either
    # way it comes right after the date
    root = span.root
    holders = [root]
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        holders.append(root.head.head)
    found = []
    for clause in (c for holder in holders for c in holder.children):
        if clause.dep_ not in ("relcl", "advcl") or clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i < span.end:
            continue
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children):
            continue
        for verb in (clause, *clause.conjuncts):
            anchor = _anchor_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            if anchor is not None:
                found.append(replace(anchor, when_clause=True))
    return found


def _climbing_anchors(span: Span) -> list[_Anchor]:
    root = span.root
    # "the 2025 Victory Day celebrations", "last month's changes": the date modifies a noun
    if root.dep_ in ("compound", "poss", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        trig = noun_trigger(noun)
        return [_Anchor(noun, trig)] if trig else []

    low = _low_attachment(span)
    if low is not None:
        return [low]
    passed_noun: _Anchor | None = None
    framing_noun = False
    token = root
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            break
        if head.pos_ in ("NOUN", "PROPN") and passed_noun is None:
            trig = noun_trigger(head)
            if trig:
                passed_noun = _Anchor(head, trig)
        if head.pos_ in ("VERB", "AUX"):
            framing_noun = passed_noun is not None and _framed(passed_noun.token, head)
            # "the hall erupted in cheers when Putin walked in on March 2": a date on a verb that
            # names no act dates the act told with it
            return _verb_anchors(head, passed_noun, framing_noun) or _simultaneous_acts(head)
        token = head
    return [passed_noun] if passed_noun else []


def _low_attachment(span: Span) -> _Anchor | None:
    """"ahead of a presidential election in November": the parser hangs the date on the verb,
    but when the verb names no event, the event noun right before the date's preposition is what
    the date qualifies."""
    prep = span.root.head
    between = span.doc[prep.i + 1 : span.start]
    if prep.dep_ != "prep" or prep.i >= span.start or prep.i == 0 or any(t.lower_ not in _DATE_PREMODIFIERS for t in between):
        return None  # "in early 2026", "in the spring" still hang right after the preposition
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    verb_trig = trigger_for(verb.lemma_, is_verb=True)
    if verb_trig is not None and verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    if _has_named_subject(verb):
        return None  # "Austin spoke at the forum on Saturday": a named actor's act is the event
    noun = span.doc[prep.i - 1]
    trig = noun_trigger(noun) if noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower) else None
    return _Anchor(noun, trig) if trig is not None else None


_DATE_PREMODIFIERS = frozenset({"the", "early", "mid", "late", "about", "around", "-"})


def _framed(noun: Token, verb: Token) -> bool:
    prep = noun.head
    return prep.dep_ == "prep" and prep.lower_ in FRAMING_PREPS and prep.head.i == verb.i


_TIME_NOUNS = frozenset({"hour", "day", "minute", "week", "time", "morning", "afternoon", "evening"})


def _verb_anchors(verb: Token, passed_noun: _Anchor | None, framing: bool) -> list[_Anchor]:
    lemma = verb.lemma_.lower()
    if passed_noun is None and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and trigger_for(lemma, is_verb=True) is None)):
        # "the BRICS summit scheduled for October", "the welcome ceremony hosted at the palace
        # on June 20": the date belongs to the event the verb describes
        noun_trig = noun_trigger(verb.head)
        if noun_trig is not None:
            return [_Anchor(verb.head, noun_trig)]
    caused = cause_of(verb)
    if caused is not None:
        return [caused]
    paired = paired_trigger(verb)
    if paired is not None:
        return [_Anchor(verb, paired)]
    if lemma in STATISTIC_VERBS:
        return []
    particle = particle_of(verb)
    trig = (trigger_for(f"{lemma} {particle}", is_verb=True) if particle else None) or trigger_for(
        lemma, is_verb=True
    )
    phrase = ""
    if particle and trig is not None and trig is trigger_for(f"{lemma} {particle}", is_verb=True):
        lemma = phrase = f"{lemma} {particle}"
    named_by_object = object_act(verb)
    if named_by_object is not None:
        return [named_by_object]
    if trig is not None and lemma not in LIGHT_VERBS:
        anchors = [_Anchor(verb, trig, phrase=phrase)]
        if passed_noun is not None and framing:
            anchors = [passed_noun, _Anchor(verb, trig, inherited=True, phrase=phrase)]
        elif passed_noun is not None:
            # the date sits inside a noun phrase ("Putin's visit on June 20 drew criticism")
            return [passed_noun]
        return anchors
    if passed_noun is not None:
        return [passed_noun]
    # "held talks on Thursday", "imposed sanctions in May": the event noun is the verb's object
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            noun_trig = noun_trigger(child)
            if noun_trig:
                return [_Anchor(child, noun_trig)]
    if lemma in SUPPORT_VERB_OBJECTS or _light(verb):
        # "have been under sanctions since 2009", "were in talks on Monday", "spent five hours in
        # talks on Friday"
        spent = [c for obj in verb.children if obj.dep_ == "dobj" and obj.lemma_.lower() in _TIME_NOUNS for c in obj.children]
        for prep in (*verb.children, *spent):
            if prep.dep_ == "prep" and prep.lower_ in ("under", "in"):
                for obj in prep.children:
                    noun_trig = noun_trigger(obj) if obj.dep_ == "pobj" else None
                    if noun_trig and noun_trig.kind in STATE_KINDS | {"meeting"}:
                        return [_Anchor(obj, noun_trig)]
        # "the ceasefire took effect on Sunday", "talks began on Monday": the event is the subject
        for subject in verb.children:
            if subject.dep_ == "nsubj" and subject.pos_ == "NOUN":
                noun_trig = noun_trigger(subject)
                if noun_trig is not None:
                    return [_Anchor(subject, noun_trig)]
        return []
    if trig is None:
        # "put their names to a treaty", "took part in the summit", "was placed under house
        # arrest", "taken into custody": the event is the noun
        for prep in verb.children:
            placing = prep.lower_ in ("under", "into") and lemma in PLACING_VERBS
            if prep.dep_ == "prep" and (prep.lower_ in ("to", "in", "at") or placing):
                for obj in prep.children:
                    noun_trig = noun_trigger(obj) if obj.dep_ == "pobj" else None
                    if noun_trig and noun_trig.kind in LINKABLE_KINDS:
                        return [_Anchor(obj, noun_trig)]
    if trig is None and _has_named_subject(verb):
        # an unlisted verb with a named actor ("the court issued a warrant in 2023") is still an event
        return [_Anchor(verb, Trigger(lemma, "OTHER"))]
    return []


def object_act(verb: Token) -> _Anchor | None:
    """The object noun that names the act of a verb like "receive", "issue" or "announce"."""
    if verb.lemma_.lower() not in OBJECT_ACT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            trig = noun_trigger(child)
            if trig is not None and trig.kind in OBJECT_ACT_KINDS:
                return _Anchor(child, trig)
    return None

_CAUSE_PREPS = frozenset({"in", "by", "after", "during", "from"})
_CAUSE_MARKS = frozenset({"after", "when", "as"})


def cause_of(verb: Token) -> _Anchor | None:
    """"A quake struck the coast", "floods swept the valley", "killed in a crash", "died after
    the blast": with a verb of impact or harm, the disaster or accident that causes it is the
    event: its subject, its passive agent, or the noun of an "in"/"after" phrase."""
    if verb.lemma_.lower() not in CAUSED_VERBS:
        return None
    candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for prep in verb.children:
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in _CAUSE_PREPS):
            candidates.extend(o for o in prep.children if o.dep_ == "pobj")
        elif prep.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in prep.children):
            # "hundreds were killed after a quake struck": the subject of the clause
            candidates.extend(s for s in prep.children if s.dep_ == "nsubj")
    for noun in candidates:
        if noun.dep_ == "nsubjpass":
            continue  # "the town was hit": the town is what was hit, not the cause
        trig = noun_trigger(noun)
        # "Wildfires have killed 96": a sentence's first word may be tagged a name.
        # "Killed in an attack", "an air strike hit a market": harm done by people is caused
        # too, though, unlike a quake, not one of a kind a day
        if trig is not None and trig.kind in CAUSE_KINDS | ANONYMOUS_KINDS and (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and (not noun.ent_type_ or noun.is_sent_start))):
            return _Anchor(noun, trig)
    return None


def paired_trigger(verb: Token) -> Trigger | None:
    """A verb that names an act only with its object or subject: "sounded a softer tone",
    "raised interest rates", "the court ruled"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        # "were crowned champions": the predicate of a passive names the act as its object would
        if child.dep_ in ("dobj", "nsubjpass", "oprd"):
            trig = verb_object_trigger(lemma, child.lemma_)
            if trig is not None:
                return trig
        elif child.dep_ == "nsubj":
            # "the bomb exploded", "a series of bombs exploded"
            named = [child, *(o for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
            for subject in named:
                trig = verb_subject_trigger(lemma, subject.lemma_)
                if trig is not None:
                    return trig
    return None


# Linking verbs that are acts of their own without a complement: "appeared in the procession".
_LINKING_ONLY_WITH_COMPLEMENT = frozenset({"appear", "seem"})


def _light(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _LINKING_ONLY_WITH_COMPLEMENT:
        return any(c.dep_ in ("xcomp", "acomp", "attr", "ccomp", "oprd") for c in verb.children)
    return lemma in LIGHT_VERBS


def _has_named_subject(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and any(t.ent_type_ in ACTOR_LABELS for t in child.subtree):
            return True
    return False


# ------------------------------------------------------------------ mention
def _mention(
    article: Article, doc: Doc, span: Span, timex: Timex, anchor: _Anchor, names: ArticleNames
) -> EventMention | None:
    sent = anchor.token.sent
    sent_start, sent_end, sent_text = sentence_bounds(sent)
    location = location_of(anchor.token, sent, anchor.trigger.kind)
    if act_kind(anchor.trigger.kind, anchor.token) == "visit" and anchor.trigger.kind == "meeting":
        location = hosting_state(anchor.token)  # the host state is where the visit went
    actors = tuple(speaker_actors(anchor.token, sent, names)) if anchor.trigger.kind in SPEECH_KINDS else ()
    actors = actors or tuple(
        (name, kind) for name, kind in actors_of(anchor.token, sent, names, group_reference=True, motion=anchor.trigger.kind in MOTION_KINDS)
        if name != location
    )
    granularity = GRANULARITY.get(timex.granularity, "range")
    assert timex.date_start is not None and timex.date_end is not None
    timex = _by_tense(timex, anchor.token, article.published)
    if granularity == "day":
        timex, granularity = _spanned(timex, anchor.token, span)
    status = _status(anchor.token, timex.date_start, article.published)
    basis: DateBasis = timex.basis
    return EventMention(
        mention_id=stable_id("mention", article.article_id, timex.start, anchor.token.idx),
        article_id=article.article_id,
        source=article.source,
        sentence=sent_text,
        char_start=sent_start,
        char_end=sent_end,
        date_text=timex.text,
        date_value=timex.value,
        date_start=timex.date_start,
        date_end=timex.date_end,
        granularity=granularity,
        date_basis=basis,
        action=anchor.action,
        event_type=anchor.trigger.plover,
        actors=tuple(name for name, _ in actors),
        location=location,
        status=status,
        is_caption=False,
        trigger_start=anchor.token.idx,
        trigger_end=anchor.token.idx + len(anchor.token.text),
        kind=act_kind(anchor.trigger.kind, anchor.token),
        actor_kinds=tuple(kind for _, kind in actors),
        clause=clause_text(anchor.token),
    )


_END_VERBS = frozenset({"end", "conclude", "close", "wrap", "finish"})


def _spanned(timex: Timex, trigger: Token, span: Span | None) -> tuple[Timex, Granularity]:
    """"a three-day visit that began on Wednesday", "a two-day summit on May 26": the act lasts
    those days from its date (or up to it, when the date is where it ended)."""
    days = _length_in_days(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    if days is None or timex.date_start is None:
        return timex, "day"
    verb = span.root.head.head if span is not None and span.root.head.dep_ == "prep" else None
    if verb is not None and verb.lemma_.lower() in _END_VERBS:
        start, end = timex.date_start - timedelta(days=days - 1), timex.date_start
    else:
        start, end = timex.date_start, timex.date_start + timedelta(days=days - 1)
    return replace(timex, value=f"{start.isoformat()}/{end.isoformat()}", date_start=start, date_end=end), "range"


def _length_in_days(noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.lower_ == "day":
            count = next((c for c in child.children if c.dep_ == "nummod"), None)
            if count is not None:
                n = NUMBER_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else None)
                return n if n is not None and 2 <= n <= 31 else None
    return None


def act_kind(kind: str, trigger: Token) -> str:
    """The act a trigger names in its sentence: being greeted at the airport is part of the
    arrival ("Kim greeted Putin on the tarmac"), a welcome elsewhere is a ceremony of its own."""
    if kind == "welcome" and trigger.pos_ in ("VERB", "AUX"):
        if any(t.lemma_.lower() in AIRFIELD_WORDS for t in trigger.subtree):
            return "arrival"
    if kind == "meeting" and trigger.lemma_.lower() == "host" and hosting_state(trigger):
        return "visit"  # "Vietnam hosted Biden": Biden visited Vietnam
    if kind == "award" and trigger.lemma_.lower() == "present":
        # "presented Kim with an Aurus car" is a gift; "presented her with the medal" an award
        given = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        if given and not any(noun_trigger(o) and noun_trigger(o).kind == "award" for o in given):
            return "gift"
    return kind


def _by_tense(timex: Timex, trigger: Token, published: date | None) -> Timex:
    """The parse knows the tense better than a word window: "will have talks on Sunday" is the
    coming Sunday, "spoke on Saturday" the last one; "an election in November may bring
    changes", read in June, is this November, not last year's."""
    if published is None or timex.date_start is None or timex.date_end is None:
        return timex
    verb = governing_verb(trigger)
    future = is_future(trigger) or (
        verb is not None and verb.i != trigger.i
        and (is_future(verb) or (modal_prediction(verb) and verb.lemma_.lower() not in VERB_TRIGGERS))
    )
    past = not future and verb is not None and verb.tag_ in ("VBD", "VBN")
    if timex.rule == "weekday":
        if future and timex.date_start < published:
            return _shifted(timex, days=7)
        if past and timex.date_start > published:
            return _shifted(timex, days=-7)
    elif timex.rule == "month" and timex.granularity == "month" and not re.search(r"\d{4}", timex.text):
        if future and timex.date_end < published:
            return _shifted(timex, years=1)
        if past and timex.date_start > published:
            return _shifted(timex, years=-1)
    return timex


def _shifted(timex: Timex, *, days: int = 0, years: int = 0) -> Timex:
    assert timex.date_start is not None and timex.date_end is not None
    if years:
        start = timex.date_start.replace(year=timex.date_start.year + years)
        end = timex.date_end.replace(year=timex.date_end.year + years, day=1)
        end = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return replace(timex, date_start=start, date_end=end, value=start.strftime("%Y-%m"))
    start = timex.date_start + timedelta(days=days)
    end = timex.date_end + timedelta(days=days)
    return replace(timex, date_start=start, date_end=end, value=start.isoformat())


def _status(trigger: Token, when: date, published: date | None) -> str:
    if is_future(trigger):
        return "scheduled"
    if published is not None and when > published:
        return "scheduled"
    return "occurred"
