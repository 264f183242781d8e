"""Acts told in a dated statement: dated by the statement's day.

Two classes, both within one sentence that dates a statement:

* what is said is the news: "'Australia is imposing sanctions on six firms,' the minister
  said on Friday". An act in what the speaker says, told as under way or just done (present or
  perfect: "is imposing", "has launched"), happens on the day of saying it. The act is the
  event; the bare "said" that reported it is no event of its own (a statement that is news by
  itself, "warned", "announced", stays one);
* a speaker's own meeting: "The envoy struck a warmer tone on Saturday, saying the purpose of
  her meeting with the foreign minister was to deepen ties". A speaker's meeting with a named
  counterpart, referred to as done while speaking, took place that day: officials speak of
  their talks to the press the day they hold them.

Pure: works on one article's mentions.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from models.records import EventMention, UndatedMention

from .lexicon import CAUSE_KINDS, LINKABLE_KINDS, NEWS_STATEMENTS, SPEECH_KINDS
from .linking import dated_as

# Acts with a counterpart that a speaker reports as their own ("my meeting with ...").
SPEAKER_ACT_KINDS = frozenset({"meeting"})
_TOLD_AS_DONE = frozenset({"past", "perfect", "present"})
# "is imposing", "has launched": under way or just done when said. A past act in a statement
# ("said the blast happened") is on or before that day, which is no day to give it.
_TOLD_AS_NOW = frozenset({"present", "perfect"})


def acts_told_in_statements(
    dated: Sequence[EventMention], undated: Sequence[UndatedMention]
) -> tuple[list[EventMention], list[UndatedMention], list[EventMention]]:
    """(the undated acts a dated statement tells, dated to its day; the undated acts that stay
    undated; the bare statements whose content became the event, to drop)."""
    # "officials said on Friday" dates what they say, though it names no speaker
    statements = {
        m.char_start: m for m in dated
        if m.kind in SPEECH_KINDS and m.granularity == "day" and m.status == "occurred"
    }
    found: list[EventMention] = []
    rest: list[UndatedMention] = []
    told_news: set[int] = set()  # statements whose content became the event
    for u in undated:
        statement = statements.get(u.char_start)
        if statement is None:
            rest.append(u)
            continue
        speaker = statement.actors[0] if statement.actor_kinds[:1] == ("PERSON",) else None
        as_news = _said_as_news(u)
        if as_news or (speaker and _told_as_own(u, speaker)):
            found.append(replace(dated_as(u, statement, "extracted"), date_text=statement.date_text,
                                 date_basis=statement.date_basis))
            if as_news:
                told_news.add(statement.char_start)
        else:
            rest.append(u)
    dropped = [m for m in dated if m.char_start in told_news and m.kind in SPEECH_KINDS and m.action not in NEWS_STATEMENTS]
    return found, rest, dropped


def _said_as_news(u: UndatedMention) -> bool:
    return (
        u.kind in LINKABLE_KINDS
        and u.kind not in SPEECH_KINDS
        and u.reported
        and u.status == "occurred"
        and u.tense in _TOLD_AS_NOW
        and (bool(u.actors) or u.kind in CAUSE_KINDS)
    )


def _told_as_own(u: UndatedMention, speaker: str) -> bool:
    return (
        u.kind in SPEAKER_ACT_KINDS
        and not u.quoted
        and u.status == "occurred"
        and u.tense in _TOLD_AS_DONE
        and u.frame_relation != "before"
        and speaker in u.actors
        and len(set(u.actors)) >= 2
    )
