"""Event mentions: for each date in an article, the event it dates, with who, what and where.

Input is one article, its spaCy parse and the temporal expressions the tagger found in the same
text; output is typed :class:`EventMention` records. Pure: no I/O, no Prefect, no database.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from models.records import Article, DateBasis, EventMention, Granularity, Timex, UndatedMention
from tasks.ids import stable_id

from .actors import ArticleNames, clean_name, country_code, country_display
from .offsets import offset_links, reference_day
from .places import country_of_demonym
from .roles import ArticleRoles
from .lexicon import (
    LIGHT_VERBS,
    NOUN_TRIGGERS,
    STATE_KINDS,
    STATISTIC_VERBS,
    SUPPORT_VERB_OBJECTS,
    VERB_TRIGGERS,
    Trigger,
    trigger_for,
)

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
PLACE_PREPS = frozenset({"in", "at", "to", "into", "inside", "near"})
# A noun reached through one of these prepositions frames the verb's time ("during the meeting
# on June 19, they signed"): the verb happens on the noun's date too.
FRAMING_PREPS = frozenset({"during", "at", "on", "in"})
# Words before a year that turn it into a trend, target or bound rather than an event date.
NON_EVENT_CUES = frozenset({"since", "by", "until", "till", "through", "before"})
FUTURE_MARKERS = frozenset({"will", "'ll", "shall"})
SCHEDULE_HEADS = frozenset({"plan", "schedule", "set", "expect", "due", "intend", "aim", "prepare", "hope"})
PRONOUNS = frozenset({"he", "she"})
MOTION_KINDS = frozenset({"arrival", "visit", "departure", "welcome"})
GRANULARITY: dict[str, Granularity] = {"day": "day", "time": "day", "month": "month", "year": "year"}
EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})
# Acts concrete enough that an undated sentence about them can be linked to the dated report.
LINKABLE_KINDS = frozenset({
    "agreement", "arrival", "visit", "meeting", "welcome", "departure", "sanction", "launch", "drill",
    "military", "election_or_appointment", "award", "legislation", "invitation", "investigation",
})
# "the two leaders", "both sides": the last two named participants before the sentence.
GROUP_REFERENCES = ("the two leaders", "both leaders", "the two men", "the two presidents", "the pair")


@dataclass(frozen=True, slots=True)
class _Anchor:
    """The token that carries the event and the trigger entry that names it."""

    token: Token
    trigger: Trigger
    inherited: bool = False  # dated through a framing noun ("during the meeting on June 19")
    phrase: str = ""  # the action when it is more than the token's lemma ("set up")

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
        if timex.basis != "explicit" and _inside_quote(article.text, timex.start):
            continue  # "signed today" in a quote is dated from the speech, which we do not know
        for anchor in _with_simultaneous(_anchors(span)):
            anchor = _invited_to(anchor, timex, article.published)
            dated_within = anchor.token.left_edge.i <= span.start and span.end - 1 <= anchor.token.right_edge.i
            if _unreal(anchor.token, dated_within=dated_within) or not _cue_allows(cue, anchor, timex):
                continue
            if timex.granularity != "day" and (_counted(anchor.token) or _quantified(anchor.token)):
                continue  # "the fifth launch this year", "exported $6 billion in 2023": statistics
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
    return sorted(best.values(), key=lambda m: (m.char_start, m.trigger_start, m.date_start))


def article_names(doc: Doc) -> ArticleNames:
    """The article's people: full names for partial ones, and who holds which role."""
    names = ArticleNames.from_people(e.text for e in doc.ents if e.label_ == "PERSON")
    return replace(names, roles=ArticleRoles.from_doc(doc, names))


def _offset_mentions(
    article: Article, doc: Doc, timexes: Sequence[Timex], caption_spans: Sequence[tuple[int, int]],
    names: ArticleNames, found: dict[tuple[int, int, int], EventMention],
) -> list[EventMention]:
    """Acts dated only by their distance from another ("a day after Congress passed the bill"):
    the side with a date of its own, else the story's reference time, dates the other."""
    day_of = {m.trigger_start: m.date_start for m in found.values() if m.granularity == "day"}
    dated_tokens = {key[0] for key in found}
    out = []
    for link in offset_links(doc, timexes):
        if _inside(link.start, caption_spans):
            continue
        earlier_day = _token_day(link.earlier, day_of)
        later_day = _token_day(link.later, day_of)
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
        if anchor is None or anchor.token.i in dated_tokens or _unreal(anchor.token):
            continue
        timex = Timex(
            start=link.start, end=link.end, text=link.text, value=when.isoformat(), type="DATE",
            granularity="day", date_start=when, date_end=when, anchor=earlier_day or later_day,
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
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SIMULTANEOUS_MARKS for c in clause.children):
                continue
            for verb in (clause, *clause.conjuncts):
                found = _anchor_of(verb) if verb.pos_ in ("VERB", "AUX") else None
                if found is not None:
                    out.append(_Anchor(found.token, found.trigger, inherited=True, phrase=found.phrase))
    return out


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
                trig = trigger_for(obj.lemma_, is_verb=False) if obj.dep_ == "pobj" else None
                if trig is not None:
                    return _Anchor(obj, trig)
    return anchor


_DEPICTABLE_KINDS = frozenset({"meeting", "agreement", "welcome", "arrival", "award", "election_or_appointment"})


def _depicts_act(m: EventMention) -> bool:
    people = [a for a, k in zip(m.actors, m.actor_kinds) if k == "PERSON"]
    return m.kind in _DEPICTABLE_KINDS and len(people) >= 2 and m.status == "occurred"


def _token_day(token: Token, day_of: dict[int, date]) -> date | None:
    """The day an act already has: its own dated mention, or one on its object noun."""
    if token.idx in day_of:
        return day_of[token.idx]
    return next((day_of[c.idx] for c in token.children if c.dep_ in OBJECT_DEPS and c.idx in day_of), None)


def _anchor_of(token: Token) -> _Anchor | None:
    """The event a token names when no date expression points at it."""
    if token.pos_ in ("VERB", "AUX"):
        anchors = [a for a in _verb_anchors(token, None, False) if not a.inherited]
        return anchors[0] if anchors else None
    trig = trigger_for(token.lemma_, is_verb=False) or trigger_for(token.lower_, is_verb=False)
    return _Anchor(token, trig) if trig is not None else None


MODALS = frozenset({"could", "would", "might", "may", "should", "can", "must"})
_QUOTES = {"“": "”", '"': '"'}


def _unreal(trigger: Token, *, dated_within: bool = False) -> bool:
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


def _modal_prediction(verb: Token) -> bool:
    """"may bring", "could change": a modal with a bare verb predicts; "may have met" does not."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VB" and any(a in MODALS for a in aux) and "have" not in aux


def _inside_quote(text: str, offset: int) -> bool:
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


def _clause(trigger: Token) -> str:
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
    if len([t for t in tokens if not t.is_punct]) < 4:
        return ""  # too little left to say what happened ("The meeting came"): use the sentence
    text = "".join(t.text_with_ws for t in tokens)
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)  # spaces a dropped phrase left before punctuation
    text = re.sub(r"[,;:]+(?=[.!?]?$)", "", text).strip(" ,;:-—")
    return text[:1].upper() + text[1:] if text else ""


def _sentence(sent: Span) -> tuple[int, int, str]:
    """Sentence offsets without the surrounding whitespace (line breaks end sentences)."""
    raw = sent.text
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    return sent.start_char + lead, sent.start_char + lead + len(text), text


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
EDITION_KINDS = frozenset({"award"})


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
    """The event(s) a date expression dates, found by climbing the dependency tree."""
    root = span.root
    # "the 2025 Victory Day celebrations", "last month's changes": the date modifies a noun
    if root.dep_ in ("compound", "poss", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        trig = trigger_for(noun.lemma_, is_verb=False) or trigger_for(noun.lower_, is_verb=False)
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
            trig = trigger_for(head.lemma_, is_verb=False) or trigger_for(head.lower_, is_verb=False)
            if trig:
                passed_noun = _Anchor(head, trig)
        if head.pos_ in ("VERB", "AUX"):
            framing_noun = passed_noun is not None and _framed(passed_noun.token, head)
            return _verb_anchors(head, passed_noun, framing_noun)
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
    trig = trigger_for(noun.lemma_, is_verb=False) or trigger_for(noun.lower_, is_verb=False) if noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower) else None
    return _Anchor(noun, trig) if trig is not None else None


_DATE_PREMODIFIERS = frozenset({"the", "early", "mid", "late", "about", "around", "-"})


def _framed(noun: Token, verb: Token) -> bool:
    prep = noun.head
    return prep.dep_ == "prep" and prep.lower_ in FRAMING_PREPS and prep.head.i == verb.i


def _verb_anchors(verb: Token, passed_noun: _Anchor | None, framing: bool) -> list[_Anchor]:
    lemma = verb.lemma_.lower()
    if passed_noun is None and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and trigger_for(lemma, is_verb=True) is None)):
        # "the BRICS summit scheduled for October", "the welcome ceremony hosted at the palace
        # on June 20": the date belongs to the event the verb describes
        noun_trig = trigger_for(verb.head.lemma_, is_verb=False)
        if noun_trig is not None:
            return [_Anchor(verb.head, noun_trig)]
    if lemma in STATISTIC_VERBS:
        return []
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
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
            noun_trig = trigger_for(child.lemma_, is_verb=False) or trigger_for(child.lower_, is_verb=False)
            if noun_trig:
                return [_Anchor(child, noun_trig)]
    if lemma in SUPPORT_VERB_OBJECTS or _light(verb):
        # "have been under sanctions since 2009", "were in talks on Monday"
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("under", "in"):
                for obj in prep.children:
                    noun_trig = trigger_for(obj.lemma_, is_verb=False) if obj.dep_ == "pobj" else None
                    if noun_trig and noun_trig.kind in STATE_KINDS | {"meeting"}:
                        return [_Anchor(obj, noun_trig)]
        return []
    if trig is None:
        # "put their names to a treaty", "took part in the summit": the event is the noun
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "at"):
                for obj in prep.children:
                    noun_trig = trigger_for(obj.lemma_, is_verb=False) if obj.dep_ == "pobj" else None
                    if noun_trig and noun_trig.kind in LINKABLE_KINDS:
                        return [_Anchor(obj, noun_trig)]
    if trig is None and _has_named_subject(verb):
        # an unlisted verb with a named actor ("the court issued a warrant in 2023") is still an event
        return [_Anchor(verb, Trigger(lemma, "OTHER"))]
    return []


# Verbs whose object names the act: "received the Democracy Award", "issued an arrest warrant",
# "announced sanctions on two firms", "imposed a ban".
OBJECT_ACT_VERBS = frozenset({
    "receive", "win", "accept", "earn", "collect", "get", "issue", "impose", "announce", "unveil", "slap",
    "exchange",
})
_OBJECT_ACT_KINDS = frozenset({"award", "sanction", "investigation", "agreement", "legislation", "drill", "launch", "gift"})


def object_act(verb: Token) -> _Anchor | None:
    """The object noun that names the act of a verb like "receive", "issue" or "announce"."""
    if verb.lemma_.lower() not in OBJECT_ACT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            trig = trigger_for(child.lemma_, is_verb=False) or trigger_for(child.lower_, is_verb=False)
            if trig is not None and trig.kind in _OBJECT_ACT_KINDS:
                return _Anchor(child, trig)
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
    sent_start, sent_end, sent_text = _sentence(sent)
    location = _location(anchor.token, sent, anchor.trigger.kind)
    if act_kind(anchor.trigger.kind, anchor.token) == "visit" and anchor.trigger.kind == "meeting":
        location = _hosting_state(anchor.token)  # the host state is where the visit went
    actors = tuple(speaker_actors(anchor.token, sent, names)) if anchor.trigger.kind in SPEECH_KINDS else ()
    actors = actors or tuple(
        (name, kind) for name, kind in _actors(anchor.token, sent, names, group_reference=True, motion=anchor.trigger.kind in MOTION_KINDS)
        if name != location
    )
    granularity = GRANULARITY.get(timex.granularity, "range")
    assert timex.date_start is not None and timex.date_end is not None
    timex = _by_tense(timex, anchor.token, article.published)
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
        clause=_clause(anchor.token),
    )


def counterparts(token: Token, sent: Span, names: ArticleNames) -> list[str]:
    """The named people an act is done with or to: "met To Lam, Chinh and Man", "hosted both
    Biden and Xi" (the parser may hang a second person on the verb itself)."""
    met: list[str] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ == "with") or (child.dep_ == "conj" and child.pos_ == "PROPN"):
            indices = {t.i for t in child.subtree}
            for ent in sent.ents:
                if (ent.label_ == "PERSON" or names.is_person(ent.text)) and ent.root.i in indices:
                    name = _actor_name(ent, names)
                    if name and name not in met:
                        met.append(name)
    return met


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
                ent = next((e for e in token.doc.ents if e.start <= place.i < e.end and e.label_ in PLACE_LABELS), None)
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


_AIRFIELD_WORDS = frozenset({"airport", "tarmac", "runway", "airfield", "airbase", "apron"})


def _hosting_state(trigger: Token) -> str | None:
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    ent = next((e for e in trigger.doc.ents if e.start <= subject.i < e.end and e.label_ == "GPE"), None)
    return country_display(clean_name(ent.text)) if ent is not None and country_code(clean_name(ent.text)) else None


def act_kind(kind: str, trigger: Token) -> str:
    """The act a trigger names in its sentence: being greeted at the airport is part of the
    arrival ("Kim greeted Putin on the tarmac"), a welcome elsewhere is a ceremony of its own."""
    if kind == "welcome" and trigger.pos_ in ("VERB", "AUX"):
        if any(t.lemma_.lower() in _AIRFIELD_WORDS for t in trigger.subtree):
            return "arrival"
    if kind == "meeting" and trigger.lemma_.lower() == "host" and _hosting_state(trigger):
        return "visit"  # "Vietnam hosted Biden": Biden visited Vietnam
    if kind == "award" and trigger.lemma_.lower() == "present":
        # "presented Kim with an Aurus car" is a gift; "presented her with the medal" an award
        given = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        if given and not any(trigger_for(o.lemma_, is_verb=False) and trigger_for(o.lemma_, is_verb=False).kind == "award" for o in given):
            return "gift"
    return kind


def _actors(
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
    for child in clause.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in OBJECT_DEPS or (child.dep_ == "conj" and child.pos_ == "PROPN"):
            role_tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("with", "by", "between"):
            role_tokens.extend(child.subtree)
    controller = _controlling_subject(clause)
    if controller is not None:
        role_tokens.extend(controller.subtree)
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
    if not ents and not actors and sentence_fallback:
        ents = [e for e in sent.ents if e.label_ in ("PERSON", "ORG") and not _in_other_clause(e.root, trigger)]
    for ent in ents:
        if ent.start <= trigger.i < ent.end:
            continue  # "the next Party Congress": the event's own name is not its participant
        if ent.start == sent.start and ent.text.isupper() and ent.end < sent.end and sent.doc[ent.end].text == ",":
            continue  # "SEOUL, May 27, 2024 —": a dateline, not a participant
        if motion and ent.label_ in ("GPE", "LOC", "FAC") and ent.root.dep_ in OBJECT_DEPS | {"pobj"}:
            continue  # "left Hanoi", "arrived in Hanoi": the place of a trip, not a participant
        name = _actor_name(ent, names)
        if name and all(name != seen for seen, _ in actors):
            actors.append((name, _actor_kind(ent, name, names)))
    return actors


def _actor_kind(ent: Span, name: str, names: ArticleNames) -> str:
    if ent.label_ == "PERSON" or names.is_person(ent.text):
        return "PERSON"  # the tagger called "Olaf Scholz" an organisation here, a person elsewhere
    return "GPE" if ent.label_ == "GPE" or country_code(name) else ent.label_


# What a person says: its participants are the speaker and whom they address, not the people
# the statement is about.
SPEECH_KINDS = frozenset({"statement", "invitation"})


def speaker_actors(token: Token, sent: Span, names: ArticleNames) -> list[tuple[str, str]]:
    """The named person who speaks (the subject, or the person a "he"/"she" subject stands
    for), first, then the people addressed ("told Likhachev", "invited To Lam"); nobody when
    the speaker is unnamed."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _controlling_subject(token)
    if subject is None:
        return []
    speaker = None
    if subject.lower_ in PRONOUNS:
        speaker = _previous_subject_person(sent, names)
    else:
        ent = next((e for e in sent.ents if e.start <= subject.i < e.end and (e.label_ == "PERSON" or names.is_person(e.text))), None)
        if ent is None:
            ent = next((e for e in sent.ents if e.label_ == "PERSON" and subject.left_edge.i <= e.start and e.end - 1 <= subject.right_edge.i), None)
        if ent is not None:
            speaker = ent.text
        elif subject.pos_ == "PROPN" and names.knows(subject.text):
            speaker = subject.text
        elif names.roles is not None:
            speaker = names.roles.resolve(subject)
    if speaker is None:
        return []
    speaker = names.resolve(speaker)
    addressed: list[tuple[str, str]] = []
    for child in token.children:
        if child.dep_ in ("dobj", "dative") or (child.dep_ == "prep" and child.lower_ == "to"):
            indices = {t.i for t in child.subtree}
            for ent in sent.ents:
                if ent.root.i in indices and (ent.label_ == "PERSON" or names.is_person(ent.text)):
                    name = names.resolve(ent.text)
                    if name != speaker and all(name != n for n, _ in addressed):
                        addressed.append((name, "PERSON"))
    return [(speaker, "PERSON"), *addressed]


def _clause_subject_person(token: Token, names: ArticleNames) -> str | None:
    """The named person who is the subject of the clause a noun sits in."""
    verb = _governing_verb(token)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        # a name opening the sentence the parser failed to make the subject ("Trong, now 80, ...")
        first = token.sent[0]
        if first.is_title and names.knows(first.text):
            return names.resolve(first.text)
        return None
    ent = next((e for e in token.doc.ents if e.start <= subject.i < e.end and (e.label_ == "PERSON" or names.is_person(e.text))), None)
    if ent is not None:
        return names.resolve(ent.text)
    if subject.pos_ == "PROPN" and names.knows(subject.text):
        return names.resolve(subject.text)
    return None


def _controlling_subject(verb: Token) -> Token | None:
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


def _in_other_clause(token: Token, trigger: Token) -> bool:
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


def _entities_in(tokens: list[Token], sent: Span) -> list[Span]:
    indices = {t.i for t in tokens}
    return [e for e in sent.ents if e.label_ in ACTOR_LABELS and any(t.i in indices for t in e)]


# Names ending in these words are places whatever the NER label says ("Kim Il Sung Square").
PLACE_HEADS = frozenset(
    "square palace airport street avenue hall stadium house mausoleum bridge port harbour harbor "
    "guesthouse hotel centre center plaza park station building tower".split()
)


def _actor_name(ent: Span, names: ArticleNames) -> str | None:
    if ent[-1].lower_ in PLACE_HEADS:
        return None
    if ent.label_ == "PERSON" or names.is_person(ent.text):
        return names.resolve(ent.text)
    if _is_title_modifier(ent):
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
        e for e in doc.ents
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
    people = {clean_name(e.text) for e in doc.ents if e.label_ == "PERSON" and previous.start <= e.start < previous.end}
    return people.pop() if len(people) == 1 else None


def _pronoun_index(sent: Span) -> int:
    return next((t.i for t in sent if t.lower_ in PRONOUNS and t.dep_ in SUBJECT_DEPS), sent.end)


def _previous_people(sent: Span, n: int) -> list[str]:
    people: list[str] = []
    names = ArticleNames.from_people(e.text for e in sent.doc.ents if e.label_ == "PERSON")
    for ent in reversed(sent.doc.ents):
        if ent.end <= sent.start and ent.label_ == "PERSON":
            name = names.resolve(ent.text)
            if name not in people:
                people.append(name)
            if len(people) == n:
                break
    return people if len(people) == n else []


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


def _location(trigger: Token, sent: Span, kind: str) -> str | None:
    """A place attached to the trigger ("arrived in Hanoi", "visit to North Korea"), else the
    first place introduced by a locative preposition in the sentence."""
    # after a motion verb, "in X" is a place even when the small NER model calls X a person
    labels = PLACE_LABELS | {"PERSON", "ORG"} if kind in MOTION_KINDS else PLACE_LABELS
    candidates = [e for e in sent.ents if e.label_ in labels]
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
    for ent in sent.ents:
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
    ent = next((e for e in noun.doc.ents if e.label_ == "NORP" and e.start <= words[0].i < e.end), None)
    code = country_of_demonym(ent.text if ent is not None else words[0].text)
    return country_display(code) if code else None


def _place_name(ent: Span) -> str:
    name = clean_name(ent.text)
    return country_display(name) if country_code(name) else name


def _by_tense(timex: Timex, trigger: Token, published: date | None) -> Timex:
    """The parse knows the tense better than a word window: "will have talks on Sunday" is the
    coming Sunday, "spoke on Saturday" the last one; "an election in November may bring
    changes", read in June, is this November, not last year's."""
    if published is None or timex.date_start is None or timex.date_end is None:
        return timex
    verb = _governing_verb(trigger)
    future = _future(trigger) or (
        verb is not None and verb.i != trigger.i
        and (_future(verb) or (_modal_prediction(verb) and verb.lemma_.lower() not in VERB_TRIGGERS))
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


def _governing_verb(trigger: Token) -> Token | None:
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


def _future(trigger: Token) -> bool:
    # a noun's tense is its clause's: "will have talks on Sunday", "is set to hold a summit"
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass"}:
        trigger = trigger.head
    if any(c.lower_ in FUTURE_MARKERS for c in trigger.children):
        return True
    if trigger.dep_ == "ROOT" and trigger.tag_ == "VB" and any(c.tag_ == "TO" for c in trigger.children):
        return True  # a headline's "Putin to visit Vietnam" announces what is ahead
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in SCHEDULE_HEADS


def _status(trigger: Token, when: date, published: date | None) -> str:
    if _future(trigger):
        return "scheduled"
    if published is not None and when > published:
        return "scheduled"
    return "occurred"
