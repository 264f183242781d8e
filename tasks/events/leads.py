"""Lead events: what a report's headline and first sentences tell, when nothing dates it.

"India's spacecraft lands near the moon's south pole", "Soldiers announce they have carried out
a coup": the news of the day is told in the lead, usually with no date words, because the
report's own date is its date. An undated lead act that no other report dates (merging links
it first) is dated to its article's publication day, with ``date_basis`` publication_fallback
and origin ``lead``, so an analyst can tell it from a date the text gives.
"""
from __future__ import annotations

from collections.abc import Sequence

from models.records import EventMention, UndatedMention

from .lexicon import CAUSE_KINDS, ANONYMOUS_KINDS, NEWS_STATEMENTS, SPEECH_KINDS
from .linking import as_mention

# Kinds a lead reports as the news itself; lasting states ("ties") are no news of a day. Of
# statements only those that are news in themselves count ("announced a breakthrough"): a
# bare "officials said" is no event of its own.
_NOT_NEWS_KINDS = frozenset({"relations", "qa", "change", "celebration", "casualty"})
_TOLD_AS_DONE = frozenset({"past", "perfect", "present"})


def lead_mentions(undated: Sequence[UndatedMention], used: set[tuple[str, int]]) -> list[EventMention]:
    """Dated mentions for the lead acts of ``undated`` that merging left undated (``used``
    holds the (article_id, trigger_start) of those it dated)."""
    out = []
    for u in undated:
        if (u.article_id, u.trigger_start) in used or not _news_of_its_report(u):
            continue
        assert u.published is not None
        day = u.published
        out.append(as_mention(u, day.isoformat(), day, day, "day", origin="lead", basis="publication_fallback", key="lead"))
    return out


def _news_of_its_report(u: UndatedMention) -> bool:
    return (
        u.lead
        and u.published is not None
        and u.kind not in _NOT_NEWS_KINDS
        # "dedicated the award": an act of nobody named is no news, unless it is harm done to
        # people ("at least 49 people were killed") or a crowd's protest ("thousands marched")
        and (bool(u.actors) or u.kind in CAUSE_KINDS or u.kind in ANONYMOUS_KINDS)
        and (u.kind not in SPEECH_KINDS or (u.action in NEWS_STATEMENTS and bool(u.actors)))
        and u.status == "occurred"
        and (u.asserted or u.reported)  # "captured the airport, residents said" is the news too
        and not u.quoted
        and u.caption_date is None
        and u.tense in _TOLD_AS_DONE
    )
