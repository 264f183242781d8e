"""Page furniture and photo captions, separated from story text before comparison.

Republished copies of one story carry different navigation, bylines, share buttons and
photo captions; left in, they make copies look different and make unrelated stories from
one site look alike. Captions are returned separately rather than dropped: they date the
photo, not the event, and the event extractor wants to know which lines they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.dedup.sentences import split_sentences
from tasks.temporal.lexicon import MONTHS

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A clock time after a stamp's date, and what may trail it: "4:46 AM", "- 09:24 GMT", "20:43:57",
# "| by AFP".
_CLOCK = r"""(?:\W{0,3}\d{1,2}[:.]\d{2}(?::\d{2})?\ ?(?:[ap]\.?m\.?)?(?:\ ?[a-z]{2,5}(?:[+-]\d{1,2})?)?)?(?:\W{0,3}by\ .{1,40})?"""
_AGENCY = r"(?:reuters|ap|afp|epa|getty images|xinhua|anadolu|bloomberg|efe|kyodo|yonhap|ansa|dpa|tass|ria novosti)"

# A whole line that is page furniture. Matched case-insensitively against the stripped line.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        (?:read|see|view)\ (?:more|also|full\ story)\b.{0,80}
      | continue\ reading.{0,40}
      | click\ here\b.{0,80}
      | (?:more|other)\ (?:articles|stories|news)\b.{0,60}
      | more\ in\ [\w\ ]{1,30}(?:more\W*)?
      | must\ read
      | advertisement | sponsored(?:\ content)? | skip\ to\ (?:main\ )?content
      | related\ (?:stories|articles|posts|coverage|news|content|reading|links)\b\W?.{0,400}
      | related\s*:.{0,400}
      | (?:previous|next|older|newer)\ (?:post|article|story)\b.{0,200}
      | leave\ a\ (?:comment|reply)\b.{0,40} | \d*\ ?comments?
      | (?:share|tweet|email|print)(?:\ (?:this|on|via|the)\b.{0,60})?
      | (?:share|follow)\ (?:us\ )?on\ .{0,80}
      | (?:subscribe|sign\ up|join)\b.{0,120}
      | .{0,80}\bnewsletters?\b.{0,80}
      | (?:©|\(c\)|copyright\b).{0,160}
      | all\ rights\ reserved.{0,40}
      | (?:edited|written|compiled|translated|produced|reported)\ by\ .{1,120}
      | \(?(?:additional\ )?(?:reporting|writing|editing)\ by\ .{1,200}
      | by\ (?:[a-z][\w.'-]*\ ?){1,4}(?:(?:,|\ and)\ (?:[a-z][\w.'-]*\ ?){1,4}){0,3}(?:[,|\-]\ ?[\w\ ]{1,40})?
      | (?:source|sources|image\ source|photo\ source)\s*:\ ?.{1,60}
      | this\ (?:article|story)\ (?:was\ )?(?:first|originally)\ (?:published|appeared).{0,160}
      | (?:updated|published|posted|last\ updated)\b\W{0,2}.{0,60}\d{1,2}:\d{2}.{0,20}
      | """ + _MONTH + r"""\.?\ \d{1,2},?\ \d{4},?\ (?:updated|published|posted)\b\W{0,3}(?:at\ )?\d{1,2}:\d{2}.{0,20}
      | (?:this\ (?:content|article|story|page|item)\ (?:was|is|has\ been)\ )?(?:first\ |last\ |originally\ )?
        (?:updated|published|posted|modified|created)\b(?:\ on|\ at)?\W{0,3}.{0,40}?(?:\d{4}|\d{1,2}:\d{2}).{0,40}
      | (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\ )?""" + _MONTH + r"""\ \d{1,2}(?:st|nd|rd|th)?,?\ \d{4}""" + _CLOCK + r"""
      | \d{1,2}\ """ + _MONTH + r"""\ \d{4}""" + _CLOCK + r"""
      | \d{4}-\d{2}-\d{2}(?:[t\ ]\d{2}:\d{2}.{0,12})?
      | (?:home|news|world|politics|business|opinion|sports?|tech(?:nology)?|asia|europe|video|photos?|menu|search|login|log\ in|tags?|topics?)
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A parenthetical that credits a photographer or agency, e.g. "(Name/Agency)",
# "(X via AFP)", "(Photo: ...)", "(Image Credit: ...)".
_CREDIT_PAREN = re.compile(
    r"\((?:[^()]{1,80}/[^()]{1,60}|[^()]{0,60}\b(?:via|photo|photograph|credit|image|file|courtesy|pictures?)\b[^()]{0,60}|"
    + _AGENCY
    + r")\)\W*$",
    re.IGNORECASE,
)
_AGENCY_SLASH = re.compile(
    r"(?:\b(?:reuters|afp|epa|xinhua|ap photo|getty images|anadolu|efe|kyodo|yonhap|ansa|dpa)/\s?[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}\W*$)",
    re.IGNORECASE,
)
_CREDIT_LABEL = re.compile(
    r"(?:^(?:photo|image|picture|file\ photo|credit|photograph)\s*(?::|by\b)|\b(?:photo|image|picture)?\s*credits?\s*:.{1,80}$)",
    re.IGNORECASE | re.VERBOSE,
)
# "..., June 20, 2024." at the end of a caption-sized line: photo captions end with a
# comma-set date, story sentences say "on June 20".
_DATE_TAIL = re.compile(r",\s+" + _MONTH + r"\s\d{1,2},?\s\d{4}\.?\s*$", re.IGNORECASE)
# Inside a flattened paragraph a caption is a sentence closing on a comma-set date that is
# followed by a credit in parentheses: "..., June 20, 2024. (Name/Agency) Next sentence".
_ANY_DATE_TAIL = re.compile(r"\b" + _MONTH + r"\s\d{1,2},?\s\d{4}\.?\s*$", re.IGNORECASE)
_LEADING_PAREN = re.compile(r"^\(([^()]{2,80})\)\s*")
# Cheap substring tests that every inline caption passes; the regexes run only after them.
_CAPTION_HINTS = (". (", ".  (", "redit", "hoto", "REUTERS/", "AFP/")
# First words of the lines _FURNITURE_LINE can match (a set lookup rejects story lines fast).
_FURNITURE_STARTS = frozenset(
    """read see view continue click more other must advertisement sponsored skip related previous next
    older newer leave comment comments share tweet email print follow subscribe sign join © (c) c copyright
    all edited written compiled translated produced reported reporting additional writing editing by
    source sources image photo this first updated published posted last modified monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec home news world politics business opinion sport sports
    tech technology asia europe video photos menu search login log tags tag topics topic""".split()
)
_LABEL_STARTS = ("photo", "image", "picture", "file photo", "credit")
_LABEL_PREFIXES = frozenset(s[:5] for s in _LABEL_STARTS)


@dataclass(frozen=True, slots=True)
class CleanText:
    """Story body with furniture removed; captions and removed lines kept for inspection."""

    body: str
    captions: tuple[str, ...]
    removed: tuple[str, ...]


# A stamp opening a paragraph of news: "UPDATED 5:15PM CST: Reports say ...", "Update (June 3,
# 10:00): ...". The stamp dates the page; what follows it is story text.
_STAMP_PREFIX = re.compile(
    r"^[ \t]*(?:last\s+)?(?:updated?|published|posted|edited)\b(?=[^:\n]{0,50}\d)[^:\n]{0,50}:", re.IGNORECASE | re.MULTILINE
)


def stamp_prefixes(text: str) -> list[tuple[int, int]]:
    """Character ranges of update and publication stamps that open a paragraph of story text."""
    return [(m.start(), m.end()) for m in _STAMP_PREFIX.finditer(text)]


def is_caption(line: str) -> bool:
    """True when a line or sentence reads as a photo caption (credit, agency tag, or a
    comma-set date closing a caption-sized line)."""
    text = line.strip()
    if not text or len(text) > 600:
        return False
    # Every signal sits at the start or the end of a caption: test only those ends.
    tail = text[-160:]
    end = tail.rstrip(" .")
    if end.endswith(")") and _CREDIT_PAREN.search(tail):
        return True
    if "/" in tail and _AGENCY_SLASH.search(tail):
        return True
    lowered = tail.lower()
    if ("credit" in lowered or text[:20].lower().startswith(_LABEL_STARTS)) and _CREDIT_LABEL.search(text):
        return True
    return end[-1:].isdigit() and len(text.split()) <= 60 and bool(_DATE_TAIL.search(tail))


def is_furniture(line: str) -> bool:
    """True when a whole line is navigation, byline, sharing or copyright furniture, or fields
    of it set apart by bars ("By | Published on Friday 26 June 2009")."""
    text = line.strip()
    if not text or len(text) > 500:
        return False
    if "|" in text:
        fields = [f.strip() for f in text.split("|") if f.strip()]
        if len(fields) > 1 and all(f.lower() == "by" or is_furniture(f) for f in fields):
            return True
    first = text[:16].split(" ", 1)[0].lower().lstrip("(").rstrip(":,.")
    if first not in _FURNITURE_STARTS and not first[:1].isdigit() and "newsletter" not in text.lower():
        return False
    return bool(_FURNITURE_LINE.match(text))


def _split_inline_captions(paragraph: str) -> tuple[str, list[str]]:
    if not any(hint in paragraph for hint in _CAPTION_HINTS):
        return paragraph, []
    sentences = split_sentences(paragraph)
    kept: list[str] = []
    captions: list[str] = []
    for index, sentence in enumerate(sentences):
        credit = _LEADING_PAREN.match(sentence)
        if credit and kept and captions and captions[-1] is kept[-1]:
            # The credit closes the caption collected just before it.
            kept.pop()
            captions[-1] = f"{captions[-1]} ({credit.group(1)})"
            sentence = sentence[credit.end() :]
            if not sentence:
                continue
        elif is_caption(sentence) and not _DATE_TAIL.search(sentence):
            captions.append(sentence)
            continue
        if _ANY_DATE_TAIL.search(sentence) and index + 1 < len(sentences) and _LEADING_PAREN.match(sentences[index + 1]):
            captions.append(sentence)
        kept.append(sentence)
    return " ".join(kept), captions


def _maybe_caption(line: str) -> bool:
    """Cheap necessary condition for is_caption: a credit, date or label at an end."""
    last = line[-1]
    return (
        last == ")" or last.isdigit() or (last == "." and line[-2:-1].isdigit())
        or "/" in line[-80:] or "redit" in line or line[:5].lower() in _LABEL_PREFIXES
    )


def strip_boilerplate(text: str) -> CleanText:
    """Split ``text`` into story body, photo captions and removed furniture lines.

    Works line by line (paragraphs are lines); captions set inside a long paragraph (as in
    pages flattened to one line per story) are cut out sentence-wise.
    """
    body: list[str] = []
    captions: list[str] = []
    removed: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if body and body[-1]:
                body.append("")
            continue
        # Most lines are plain story paragraphs: rule them out with string tests before
        # any regex (this loop runs over every paragraph of every article).
        first = line[:16].split(" ", 1)[0].lower().lstrip("(").rstrip(":,.")
        if (first in _FURNITURE_STARTS or first[:1].isdigit() or "ewsletter" in line) and is_furniture(line):
            removed.append(line)
        elif _maybe_caption(line) and is_caption(line):
            captions.append(line)
        elif ". (" in line or ".  (" in line or "REUTERS/" in line or "AFP/" in line or "hoto" in line:
            kept, inline = _split_inline_captions(line)
            captions.extend(inline)
            if kept:
                body.append(kept)
        else:
            body.append(line)
    while body and not body[-1]:
        body.pop()
    return CleanText("\n".join(body), tuple(captions), tuple(removed))
