"""Local context around a temporal expression: sentence bounds and grammatical tense.

News resolves a bare weekday or month by tense: "met on Friday" is the last Friday, "will meet
on Friday" the next one. The cues are read from the words nearest the expression in its sentence.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|’[a-z]+")

_FUTURE_WORDS = frozenset({
    "will", "'ll", "shall", "would", "scheduled", "expected", "planned", "plans", "plan",
    "planning", "due", "upcoming", "next", "slated", "intends", "aims", "hopes", "set",
    "going", "tomorrow", "coming", "later", "ahead", "until", "till", "by", "before",
    "to", "be", "is", "are", "am", "wo", "prepares", "preparing", "resume", "resumes",
})
# "to", "be", "is" only count as future when they form a future phrase (see _future_at).
_STRONG_FUTURE = frozenset({
    "will", "'ll", "shall", "would", "scheduled", "expected", "plans", "plan",
    "planning", "upcoming", "next", "slated", "intends", "tomorrow", "coming", "wo", "soon",
    "until", "till", "postponed", "delayed", "deadline",
})
_IRREGULAR_PAST = frozenset({
    "said", "was", "were", "had", "did", "went", "met", "came", "made", "told", "took",
    "gave", "left", "held", "began", "won", "lost", "saw", "got", "found", "fell", "rose",
    "spoke", "wrote", "sent", "brought", "struck", "ran", "shot", "hit", "put", "set",
    "became", "fought", "led", "paid", "sold", "bought", "thought", "knew", "broke", "flew",
    "drew", "grew", "threw", "chose", "hung", "sat", "stood", "won", "ago", "last",
    "earlier", "yesterday", "been", "quit", "cut", "beat", "slid", "sank", "swore", "wore",
    "tore", "froze", "woke", "arose", "forgave", "overtook", "withdrew", "kept", "felt",
    "heard", "meant", "read", "built", "spent", "lent", "sent", "dealt",
})
_NOT_PAST_ED = frozenset({"scheduled", "expected", "planned", "need", "red", "bed", "indeed",
                          "hundred", "speed", "feed", "seed", "united", "limited", "based",
                          "related", "armed", "concerned", "alleged", "detailed", "advanced",
                          "proposed", "anticipated", "slated", "supposed", "embed"})

_SENT_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"'`“])|\n")


def sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """Approximate sentence around [start, end): cheap, no tokenizer."""
    lo = max(0, start - reach)
    left = lo
    for m in _SENT_BREAK.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + reach)
    m = _SENT_BREAK.search(text, end, hi)
    right = m.start() + 1 if m else hi
    return left, right


def _is_future_phrase(words: list[str], i: int) -> bool:
    w = words[i]
    if w in _STRONG_FUTURE:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    nxt2 = words[i + 2] if i + 2 < len(words) else ""
    if w in ("is", "are", "am", "was", "were") and nxt in ("to", "due", "set", "going"):
        return True
    if w == "set" and nxt == "to":
        return True
    if w == "due" and nxt == "to" and nxt2 not in ("the", "a", "an", "his", "her", "their"):
        return True
    if w in ("hopes", "aims", "wants", "agreed", "vowed", "promised", "threatened", "prepares",
             "preparing", "ready") and nxt == "to":
        return True
    if w == "going" and nxt == "to":
        return True
    if w == "planned" and i > 0 and words[i - 1] in ("is", "are", "be", "was", "were"):
        return True
    if w == "early" and nxt == "as":
        return True
    return False


def _is_past(w: str) -> bool:
    if w in _IRREGULAR_PAST:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED


def tense_at(text: str, start: int, end: int, before: int = 9, after: int = 7) -> str:
    """'future', 'past' or 'present' reading of the clause around a span (nearest cue wins)."""
    s_lo, s_hi = sentence_bounds(text, start, end)
    left_words = [w.lower().replace("’", "'") for w in _WORD.findall(text, s_lo, start)]
    right_words = [w.lower().replace("’", "'") for w in _WORD.findall(text, end, s_hi)]
    left = left_words[-before:]
    right = right_words[:after]
    # The governing verb usually comes before the expression; look right only without one.
    for i in range(len(left) - 1, -1, -1):
        cue = _cue(left, i)
        if cue:
            return cue
    for i in range(len(right)):
        cue = _cue(right, i)
        if cue:
            return cue
    return "present"


def _cue(words: list[str], i: int) -> str | None:
    w = words[i]
    if _is_future_phrase(words, i):
        return "future"
    if _is_past(w):
        # "was to", "were set to": future in the past, still after the anchor in news.
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("was", "were") and nxt in ("to", "set", "due", "expected", "scheduled",
                                            "planning", "going"):
            return "future"
        # A participle after "is"/"be" ("is heard", "will be held") is passive, not past.
        if i > 0 and words[i - 1] in ("is", "are", "be", "being", "am"):
            return None
        return "past"
    if w in ("says", "say", "is", "are", "has", "have"):
        return None
    return None
