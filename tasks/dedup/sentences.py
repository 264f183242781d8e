"""A small rule-based sentence splitter (dedup runs before any NLP and cannot afford spaCy).

Sentence *fingerprints* for passage overlap are computed in bulk in ``features.py``; this
splitter serves line-level work such as finding captions set inside a paragraph.
"""
from __future__ import annotations

import re

_ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Jr Sr Gen Gov Sen Rep Adm Lt Col Capt Sgt Maj Prof Rev No vs Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec Inc Co Corp Ltd Bros Mt Ft Ave Blvd Dept Est approx etc"
).split()
# Lookbehinds must be fixed-width, so each abbreviation gets its own; they sit after the
# "." so the engine only evaluates them where a period is.
_NOT_ABBREVIATION = "".join(f"(?<!\\b{a}\\.)" for a in _ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
_BOUNDARY = re.compile(
    r"(?:[!?]|\." + _NOT_ABBREVIATION + r")[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+"
)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` in order, stripped; a newline always ends a sentence."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of ``text``, without surrounding space."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in [*_BOUNDARY.finditer(text), None]:
        end = match.end() if match else len(text)
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            first = start + (len(piece) - len(piece.lstrip()))
            out.append((first, first + len(stripped)))
        start = end
    return out
