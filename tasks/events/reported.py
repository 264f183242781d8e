"""Acts a speaker tells of on the day they speak.

"The envoy struck a warmer tone on Saturday, saying the purpose of her meeting with the foreign
minister was to deepen ties": the meeting has no date of its own, but the speaker refers to it
as done while speaking, in the same sentence that dates the statement. A speaker's own meeting
with a named counterpart, told that way, took place on the statement's day: officials speak of
their talks to the press the day they hold them. Pure: works on one article's mentions.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from models.records import EventMention, UndatedMention

from .lexicon import SPEECH_KINDS
from .linking import dated_as

# Acts with a counterpart that a speaker reports as their own ("my meeting with ...").
SPEAKER_ACT_KINDS = frozenset({"meeting"})
_TOLD_AS_DONE = frozenset({"past", "perfect", "present"})


def speakers_own_acts(
    dated: Sequence[EventMention], undated: Sequence[UndatedMention]
) -> tuple[list[EventMention], list[UndatedMention]]:
    """The undated acts a dated statement's speaker tells of as their own, dated to the
    statement's day; and the undated acts that stay undated."""
    statements = {
        m.char_start: m for m in dated
        if m.kind in SPEECH_KINDS and m.granularity == "day" and m.status == "occurred"
        and m.actor_kinds[:1] == ("PERSON",)
    }
    found: list[EventMention] = []
    rest: list[UndatedMention] = []
    for u in undated:
        statement = statements.get(u.char_start)
        if statement is not None and _told_as_own(u, statement.actors[0]):
            found.append(replace(dated_as(u, statement, "extracted"), date_text=statement.date_text,
                                 date_basis=statement.date_basis))
        else:
            rest.append(u)
    return found, rest


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
