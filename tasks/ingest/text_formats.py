"""Plain-text and Markdown articles, and bundles of stories separated by "Read More" lines."""
from __future__ import annotations

import re

from tasks.ingest.dates import is_date_line

# A line that is only "read more", with any punctuation/whitespace around it ("READ MORE »",
# "Read more:"). Lines with more words ("Read more about ...") are ordinary text.
STORY_SEPARATOR = re.compile(r"^[\W_]*read\s+more[\W_]*$", re.IGNORECASE)
# A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 300

_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_MD_QUOTE = re.compile(r"^ {0,3}> ?")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_MD_REF_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Single-character emphasis only at word edges, so snake_case and 2*3 survive.
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]+)`")


def strip_markdown(text: str) -> str:
    """Basic Markdown → plain text: headings, emphasis, links (kept as their text), images
    (dropped), inline code, block quotes. Line structure is kept."""
    lines = []
    for line in text.split("\n"):
        if _MD_REF_DEFINITION.match(line):
            continue
        if _MD_HEADING.match(line):
            line = _MD_CLOSING_HASHES.sub("", _MD_HEADING.sub("", line))
        line = _MD_QUOTE.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_REF_LINK.sub(r"\1", line)
        line = _MD_CODE.sub(r"\1", line)
        line = _MD_STRONG.sub(r"\2", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return "\n".join(lines)


def split_stories(text: str) -> list[str]:
    """Stories of a bundle, in file order; the whole text when there is no separator line.

    Separator lines are dropped. A separator before the first story, after the last one
    (the usual "Read More" footer) or next to another separator yields no empty story.
    """
    stories: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if STORY_SEPARATOR.match(line.strip()):
            stories.append("\n".join(current))
            current = []
        else:
            current.append(line)
    stories.append("\n".join(current))
    return [story.strip() for story in stories if story.strip() and any(ch.isalnum() for ch in story)]


def title_of(text: str) -> str | None:
    """The first non-empty line, skipping a leading line that is only a date (a dateline)."""
    for line in text.split("\n"):
        candidate = line.strip()
        if not candidate or not any(ch.isalnum() for ch in candidate):
            continue
        if is_date_line(candidate):
            continue
        return candidate if len(candidate) <= MAX_TITLE_CHARS else None
    return None
