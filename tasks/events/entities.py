"""Named entities of a parsed article, computed once.

spaCy builds ``Doc.ents`` (and ``Span.ents``) anew on every access, walking the whole
document; the extraction rules ask for them thousands of times per article. The parse is
final by the time events are extracted, so the entities are read once and kept on the doc.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

_KEY = "wiretime_entities"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once per doc (call only after the pipeline has finished)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data[_KEY] = (ents, [e.start for e in ents])
    return cached[0]


def sent_ents(span: Span) -> list[Span]:
    """``span.ents``: the entities that lie wholly inside ``span``."""
    doc_ents(span.doc)
    ents, starts = span.doc.user_data[_KEY]
    out = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            out.append(ent)
    return out
