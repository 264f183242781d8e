"""Synthetic wire traffic with known copy ground truth, for the dedup benchmark and tests.

Base stories come from a template-and-vocabulary story writer (enough distinct ~500-word
stories for 100k articles) plus, when present, the stories in ``examples/`` and
``../shared/corpus`` (read at run time, never copied). Each base story is republished as
variants, and some events get related but *different* stories.

Ground truth is explicit per variant (``VARIANT_TRUTH``): "copy" variants share their base
story's id, "distinct" ones get a story id of their own and are linked to the story they
resemble (``Corpus.related``) so that false merges can be counted per kind.

copy variants (the same story, republished):
  copy, shuffled, edited, edited_shuffled   retitled, new byline/furniture, swaps, typos
  truncated          cut to 55-90% of its paragraphs
  lead_only          cut to the first 2-3 paragraphs (a short copy, found by containment)
  embedded           pasted inside a longer page about something else
  sidebar            full copy on a page with a long "Most read" / related-links block;
                     the block comes from the outlet's rotation, so other stories from
                     the same outlet carry the same lines
  house_style        UK spelling, "per cent", numbers one-ten in words, curly quotes, dashes
  dateline           agency dateline added or removed, an editor's note or correction appended
  heavy_edit         rewritten lede sentence, a paragraph dropped or added, house style,
                     dateline toggled, sometimes an editor's note, a few typos
  update             wire "update" under the same slug: a new top (1-2 paragraphs) and
                     55-70% of the old paragraphs in order. Wire practice files it as the
                     same story, so it is a copy here.
  caption_first      a photo caption with its credit, or a bare credit line, before the story
  tagline_first      the outlet's tagline, or the standfirst (the story's first sentence)
                     repeated as a paragraph of its own, and a "Date:" line before the story
  house_names        "Mr."/"Ms." and the surname on second references to a person, and the
                     agency dateline rewritten as "PLACE, Aug 28 (AFP):"
  cut                each outlet cuts at its own point: the first 110-300 words, sometimes
                     without paragraphs 3-4
derived variants (a new text of the same wire story: one story id, its own cluster):
  rewrite            an outlet's own lede and sentences around 10-30% of the wire's sentences,
                     reordered; the kept sentences lean to the top of the wire story (its news)
  write_through      a new angle on the story: new lede, a new body of 45-65% of the
                     length, and 30-45% of the old paragraphs kept as background
distinct variants (must NOT share a story id with the story they resemble):
  same_event         another story on the same event: same names, place, date, no text
  sibling            another story from the same wire on the same event that reuses the
                     event's 1-2 background paragraphs (boilerplate background, at most 15%
                     of the shorter text's shingles when it can be kept to that), with a
                     different lede and body; may appear in ``overlaps``
  agency_pair        another story by the same agency on the same event and day: the same
                     dateline and credit line, and background paragraphs below both ledes
                     until the two share 15-20% of the shorter text's 5-word shingles

Two levels of truth: ``Corpus.truth`` (the text a page copies: copy variants share it) and
``Corpus.stories`` (the wire story a page carries: copies and derived variants share it).
"""
from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from models.records import Article

_SYLLABLES = (
    "ka lo me ti ra su ne vo da pi ge lu ba sa mi to re no fa ki zu ha de ma ri so ve la ni po "
    "tu be ko se ja ru wi ye dro ster plan vin gor tal brin mar cel dun fen hol"
).split()
_FIRST = "Anna Boris Chen Dmitri Elena Farid Grace Hiroshi Ingrid Jamal Kofi Lena Marta Nguyen Omar Priya Rafael Sofia Tomas Vera Yusuf Zainab Aleksei Bao Carmen".split()
_ROLES = [
    "President", "Prime Minister", "Foreign Minister", "Defense Minister", "trade envoy",
    "central bank governor", "opposition leader", "army chief", "Secretary of State", "party chief",
]
_EVENTS = [
    "state visit", "summit", "trade agreement", "ceasefire talks", "military exercise",
    "election", "sanctions package", "energy deal", "border dispute", "investment forum",
]
_VERBS = "signed discussed rejected welcomed announced criticized praised postponed approved questioned outlined defended".split()
# Base stories are written in US wire style: US spelling, digits, straight quotes, "--".
_FRAMES = [
    "{actor} {verb} the {noun} {prep} {place} on {date}, {source} said.",
    "The {adj} {noun} {verb2} after {actor} met {actor2} in {place}.",
    "Officials in {place} said the {noun} would {verb3} {num} {noun2} over the {adj} {period}.",
    "{actor2} told reporters that the {adj} {noun} was {adj2} and that {noun2} {verb2} {prep} {place}.",
    "According to {source}, {num} {noun2} were {verb} during the {event} in {place}.",
    "{actor} described the {event} as a {adj} {noun} for {place} and its {noun2}.",
    "Analysts at {source} said the {noun} {verb2} {adj} {noun2} {prep} the {period}.",
    "The {event} in {place} followed {num} {period}s of {adj} {noun} between the two {noun2}.",
    "{actor2} said the {noun2} {verb} by {actor} would {verb3} the {adj} {noun}.",
    "On {date}, {actor} and {actor2} {verb} a {adj} {noun} on {noun2} and {noun3}.",
]
# Frames dense in house-style tokens (spellings, small numbers, "percent", quotes, dashes).
# Drawn for STYLE_SHARE of sentences, so about one word in fifty changes under a UK house
# style: a little more than typical agency copy, to keep the variant hard.
STYLE_SHARE = 0.12
_STYLE_FRAMES = [
    '"The {noun} will favor {noun2} in {place}," {actor2} said of the {adj} {event}.',
    "The {org} said {small} {noun2} had traveled to {place} -- {num} percent more than the {adj} {period}.",
    "{actor} {verb} the {adj} {noun} before {small} {noun2} from the {org} arrived in {place}.",
    '"We {verb2} the {noun} and the {adj} {noun2}," said {actor2}, adding that {small} {noun3} would {verb3}.',
]
_ORGS = ["defense ministry", "labor ministry", "aid organization", "trade center", "security program",
         "neighboring government", "harbor authority", "energy program"]
_PREPS = "in near across beyond toward around within".split()
_PERIODS = "year month decade quarter season week".split()
_AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "dpa"]

# US -> UK house style. Both directions occur in real traffic; the base is always US.
_UK_SPELLING = {
    "organization": "organisation", "defense": "defence", "Defense": "Defence", "program": "programme",
    "center": "centre", "labor": "labour", "favor": "favour", "criticized": "criticised",
    "neighboring": "neighbouring", "traveled": "travelled", "harbor": "harbour", "percent": "per cent",
}
_UK_RE = re.compile(r"\b(" + "|".join(sorted(_UK_SPELLING, key=len, reverse=True)) + r")\b")
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()
_SMALL_NUMBER_RE = re.compile(r"\b(10|[1-9]) (?=[a-z])")  # "4 ships", never dates ("June 4,")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))


class Vocabulary:
    """A fixed pseudo-English lexicon: large enough that two stories rarely share five-word
    runs unless one copies the other."""

    def __init__(self, seed: int = 7, size: int = 6000):
        rng = random.Random(seed)
        words = sorted({_word(rng) for _ in range(size * 2)})
        rng.shuffle(words)
        q = len(words) // 4
        self.nouns, self.adjs, self.verbs2, self.verbs3 = words[:q], words[q : 2 * q], words[2 * q : 3 * q], words[3 * q :]
        self.places = [w.capitalize() + rng.choice(["", " City", "grad", "abad", "ville"]) for w in self.nouns[:400]]
        self.surnames = [w.capitalize() for w in self.adjs[:600]]
        self.sources = [f"the {w.capitalize()} Institute" for w in self.verbs2[:200]] + [
            f"{w.capitalize()} News Agency" for w in self.verbs3[:200]]


@dataclass(frozen=True)
class Event:
    actors: tuple[str, str, str]
    place: str
    day: date
    kind: str


def make_event(rng: random.Random, vocab: Vocabulary) -> Event:
    names = tuple(f"{rng.choice(_ROLES)} {rng.choice(_FIRST)} {rng.choice(vocab.surnames)}" for _ in range(3))
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
    return Event(names, rng.choice(vocab.places), day, rng.choice(_EVENTS))  # type: ignore[arg-type]


# Writers word the same frame differently: without this, two stories of one event share the
# frames' fixed words around the same names, far more five-word runs than real stories do.
_GLUE = {
    " met ": [" met ", " held talks with ", " sat down with ", " hosted ", " received "],
    "told reporters that": ["told reporters that", "said in a briefing that", "insisted that", "argued that"],
    "described the": ["described the", "called the", "portrayed the", "framed the"],
    "According to": ["According to", "Citing", "As reported by", "In figures from"],
    "Analysts at": ["Analysts at", "Economists at", "Researchers with", "Experts from"],
    "Officials in": ["Officials in", "Authorities in", "Local leaders in", "Planners in"],
    " followed ": [" followed ", " came after ", " capped ", " ended "],
    " and its ": [" and its ", " and for its ", " as well as its "],
    " would ": [" would ", " could ", " will ", " might "],
    "On {date}, ": ["On {date}, ", "{date}: ", "Earlier on {date}, ", "By {date}, "],
}


def _mention(rng: random.Random, actor: str) -> str:
    """How a story names a person this time: in full, by name, by surname, or by office."""
    words = actor.split()
    roll = rng.random()
    if roll < 0.4:
        return actor
    if roll < 0.6:
        return " ".join(words[-2:])
    if roll < 0.9:
        return words[-1]
    return "the " + " ".join(words[:-2]).lower()


def _sentence(rng: random.Random, vocab: Vocabulary, event: Event) -> str:
    frames = _STYLE_FRAMES if rng.random() < STYLE_SHARE else _FRAMES
    frame = rng.choice(frames)
    if frames is _FRAMES:
        for glue, variants in _GLUE.items():
            if glue in frame:
                frame = frame.replace(glue, rng.choice(variants))
    s = frame.format(
        actor=_mention(rng, rng.choice(event.actors[:2])), actor2=_mention(rng, rng.choice(event.actors[1:])),
        verb=rng.choice(_VERBS), verb2=rng.choice(vocab.verbs2), verb3=rng.choice(vocab.verbs3),
        noun=rng.choice(vocab.nouns), noun2=rng.choice(vocab.nouns), noun3=rng.choice(vocab.nouns),
        adj=rng.choice(vocab.adjs), adj2=rng.choice(vocab.adjs), prep=rng.choice(_PREPS),
        place=event.place, date=f"{event.day:%B} {event.day.day}", source=rng.choice(vocab.sources),
        num=rng.randint(2, 900), small=rng.randint(1, 12), period=rng.choice(_PERIODS), event=event.kind,
        org=rng.choice(_ORGS))
    return s[0].upper() + s[1:] if s[0] != '"' else s[0] + s[1].upper() + s[2:]


def write_paragraphs(rng: random.Random, vocab: Vocabulary, event: Event, words: int) -> list[str]:
    paragraphs, count = [], 0
    while count < words:
        sentences = [_sentence(rng, vocab, event) for _ in range(rng.randint(2, 3))]
        count += sum(len(s.split()) for s in sentences)
        paragraphs.append(" ".join(sentences))
    return paragraphs


def write_story(rng: random.Random, vocab: Vocabulary, event: Event, words: int = 500) -> str:
    """A story about ``event``: paragraphs of template sentences with random fillers."""
    return "\n\n".join(write_paragraphs(rng, vocab, event, words))


def _furniture(rng: random.Random, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    name = f"{rng.choice(_FIRST)} {rng.choice(vocab.surnames)}"
    head = rng.choice([[f"By {name}"], [f"By {name}, {rng.choice(vocab.sources)}"], ["Must Read"], [], [f"Updated {rng.randint(1, 12)}:{rng.randint(10, 59)} a.m. ET"]])
    tail = rng.sample([
        "Read More", "Leave a comment", f"Previous post {_word(rng).capitalize()} {_word(rng)} {_word(rng)}",
        f"Next post {_word(rng).capitalize()} {_word(rng)}", "Share this article", "Subscribe to our newsletter",
        f"(Reporting by {name}; Editing by {rng.choice(_FIRST)} {rng.choice(vocab.surnames)})",
        f"Copyright {rng.randint(2019, 2024)} {rng.choice(vocab.sources)}. All rights reserved.",
        f"RELATED STORIES {_word(rng).capitalize()} {_word(rng)} {_word(rng)}",
    ], rng.randint(1, 3))
    return head, tail


def _caption(rng: random.Random, vocab: Vocabulary, event: Event) -> str:
    return (f"{rng.choice(event.actors)} arrives in {event.place}, {event.day:%B} {event.day.day}, {event.day.year}. "
            f"({rng.choice(_FIRST)} {rng.choice(vocab.surnames)}/{rng.choice(['Reuters', 'AFP', 'AP'])})")


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _edit(rng: random.Random, vocab: Vocabulary, paragraphs: list[str], edits: int) -> list[str]:
    paragraphs = list(paragraphs)
    for _ in range(edits):
        p = rng.randrange(len(paragraphs))
        words = paragraphs[p].split(" ")
        w = rng.randrange(len(words))
        words[w] = _typo(rng, words[w]) if rng.random() < 0.4 else rng.choice(vocab.nouns)
        paragraphs[p] = " ".join(words)
    return paragraphs


def house_style(text: str, rng: random.Random) -> str:
    """A UK paper's house style: UK spelling, "per cent", one to ten in words, curly
    quotes, spaced en or em dashes."""
    text = _UK_RE.sub(lambda m: _UK_SPELLING[m.group(1)], text)
    text = _SMALL_NUMBER_RE.sub(lambda m: _NUMBER_WORDS[int(m.group(1))] + " ", text)
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    return text.replace(" -- ", rng.choice([" \u2014 ", " \u2013 ", " - "]))


_DATELINE_RE = re.compile(r"^[A-Z][A-Z .'-]+ \((?:" + "|".join(_AGENCIES) + r")\) - ")


def _toggle_dateline(rng: random.Random, event: Event, paragraphs: list[str]) -> list[str]:
    first = paragraphs[0]
    stripped = _DATELINE_RE.sub("", first)
    if stripped != first:
        return [stripped, *paragraphs[1:]]
    return [f"{event.place.upper()} ({rng.choice(_AGENCIES)}) - {first}", *paragraphs[1:]]


def _editors_note(rng: random.Random, vocab: Vocabulary, event: Event) -> str:
    return rng.choice([
        f"Editor's note: This story has been corrected to show that {rng.choice(event.actors)} met officials "
        f"in {event.place}, not in {rng.choice(vocab.places)}.",
        f"Correction: An earlier version of this story misstated the number of {rng.choice(vocab.nouns)} "
        f"at the {event.kind}. It was {rng.randint(11, 400)}.",
        f"This story has been updated with comment from {rng.choice(vocab.sources)}.",
        f"Editor's note: {rng.choice(vocab.sources)} did not respond to requests for comment before publication.",
    ])


def _rewrite_lede(rng: random.Random, vocab: Vocabulary, event: Event, paragraphs: list[str]) -> list[str]:
    """Replace the first sentence of the story with a freshly written one."""
    first = paragraphs[0]
    cut = first.find(". ")
    rest = first[cut + 2 :] if cut >= 0 else ""
    return [(_sentence(rng, vocab, event) + (" " + rest if rest else "")), *paragraphs[1:]]


class _Sidebars:
    """Per-outlet "Most read" / related-links blocks: each outlet rotates headlines from its
    own pool, so unrelated stories of one outlet share these lines."""

    def __init__(self, vocab: Vocabulary, outlets: int, seed: int):
        self.vocab, self.outlets = vocab, outlets
        self.rng = random.Random(seed)
        self.pools: dict[str, list[str]] = {}

    def block(self, rng: random.Random, outlet: str) -> list[str]:
        if outlet not in self.pools:
            self.pools[outlet] = [
                " ".join(_word(self.rng) for _ in range(self.rng.randint(7, 12))).capitalize()
                for _ in range(40)]
        heading = rng.choice(["Most read", "Trending now", "Around the web", "Top stories", "Editors' picks"])
        lines = rng.sample(self.pools[outlet], rng.randint(8, 16))
        return [heading, *lines]


VARIANTS = ("copy", "truncated", "shuffled", "edited", "embedded", "edited_shuffled")  # the easy set
HARD_VARIANTS = ("lead_only", "sidebar", "house_style", "dateline", "heavy_edit", "update",
                 "caption_first", "tagline_first", "house_names", "cut")
COPY_VARIANTS = VARIANTS + HARD_VARIANTS
DERIVED_VARIANTS = ("rewrite", "write_through")
DISTINCT_VARIANTS = ("same_event", "sibling", "agency_pair")
VARIANT_TRUTH = {
    **{k: "copy" for k in COPY_VARIANTS}, **{k: "derived" for k in DERIVED_VARIANTS},
    **{k: "distinct" for k in DISTINCT_VARIANTS}, "original": "copy",
}
_TAGLINES = ["The Morning Ledger", "Daily Courier | Latest news", "The Valley Times - Your news first",
             "World Desk", "NEWS 24/7"]
_HONORIFICS = ("Mr.", "Ms.")


def _caption_first(rng: random.Random, vocab: Vocabulary, event: Event) -> list[str]:
    credit = f"{rng.choice(_FIRST)} {rng.choice(vocab.surnames)}/{rng.choice(_AGENCIES)}"
    return rng.choice([
        [_caption(rng, vocab, event)],
        [f"Photo: {credit}"],
        [f"{rng.choice(event.actors)} during the {event.kind} in {event.place}. Photo: {credit}", f"File photo: {credit}"],
    ])


def _tagline_first(rng: random.Random, event: Event, paragraphs: list[str]) -> list[str]:
    lines = [rng.choice(_TAGLINES)] if rng.random() < 0.6 else []
    if rng.random() < 0.6:
        first = paragraphs[0]
        cut = first.find(". ")
        lines.append(first[: cut + 1] if cut >= 0 else first)  # the standfirst repeats the first sentence
    lines.append(f"Date: {event.day + timedelta(days=rng.randint(0, 1)):%B %d, %Y}")
    return lines


def house_names(text: str, rng: random.Random, event: Event) -> str:
    """A paper that calls people "Mr. Venisa" after the first mention; titles and first names go."""
    for actor in event.actors:
        surname = actor.split()[-1]
        first = text.find(actor)
        if first < 0:
            continue
        honorific = rng.choice(_HONORIFICS)
        head, tail = text[: first + len(actor)], text[first + len(actor):]
        text = head + tail.replace(actor, f"{honorific} {surname}")
    return text


def _house_dateline(rng: random.Random, event: Event, paragraphs: list[str]) -> list[str]:
    first = _DATELINE_RE.sub("", paragraphs[0])
    return [f"{event.place.upper()}, {event.day:%b} {event.day.day} ({rng.choice(_AGENCIES)}): {first}", *paragraphs[1:]]


def _cut(rng: random.Random, paragraphs: list[str]) -> list[str]:
    if len(paragraphs) > 5 and rng.random() < 0.4:
        paragraphs = paragraphs[:2] + paragraphs[4:]
    budget, kept = rng.randint(110, 300), []
    for p in paragraphs:
        kept.append(p)
        budget -= len(p.split())
        if budget <= 0:
            break
    return kept


_SENTENCE_END = re.compile(r"(?<=[.\"”])\s+(?=[A-Z\"“])")


def wire_sentences(body: str) -> list[str]:
    return [s for p in body.split("\n\n") for s in _SENTENCE_END.split(p.strip()) if s]


def retold(rng: random.Random, vocab: Vocabulary, event: Event, body: str) -> str:
    """An outlet's own story around 10-30% of the wire's sentences (see the module docstring)."""
    wire = wire_sentences(body)
    share = rng.uniform(0.10, 0.30)
    want = max(2, round(len(wire) * share))
    # the news is at the top: the first sentences are likelier to be kept
    weights = [1.0 / (1 + i / 4) for i in range(len(wire))]
    kept: list[str] = []
    while len(kept) < min(want, len(wire)):
        pick = rng.choices(wire, weights)[0]
        if pick not in kept:
            kept.append(pick)
    rng.shuffle(kept)
    kept_words = sum(len(k.split()) for k in kept)
    own = [s for p in write_paragraphs(rng, vocab, event, int(kept_words * (1 / share - 1))) for s in _SENTENCE_END.split(p)]
    sentences = own[:1] + own[1:]  # the outlet's own lede first
    for k in kept:
        # kept sentences lean to the top too: the news stays near the news
        sentences.insert(1 + int(rng.triangular(0, len(sentences), 0)), k)
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + step]))
        i += step
    return "\n\n".join(paragraphs)


def make_variant(rng: random.Random, vocab: Vocabulary, event: Event, body: str, kind: str,
                 sidebar: list[str] | None = None) -> str:
    """A republished page of ``body``: headline, furniture, and the ``kind`` of change."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if kind == "truncated" and len(paragraphs) > 3:
        paragraphs = paragraphs[: max(3, int(len(paragraphs) * rng.uniform(0.55, 0.9)))]
    if kind == "lead_only":
        paragraphs = paragraphs[: rng.randint(2, 3)]
    if kind in ("shuffled", "edited_shuffled") and len(paragraphs) > 3:
        for _ in range(rng.randint(1, 2)):
            i, j = rng.sample(range(len(paragraphs)), 2)
            paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    if kind in ("edited", "edited_shuffled"):
        paragraphs = _edit(rng, vocab, paragraphs, rng.randint(2, 6))
    if kind == "update":
        keep = sorted(rng.sample(range(len(paragraphs)), max(1, round(len(paragraphs) * rng.uniform(0.55, 0.7)))))
        top = write_paragraphs(rng, vocab, event, rng.randint(30, 70))
        paragraphs = top + [paragraphs[i] for i in keep]
    if kind == "heavy_edit":
        paragraphs = _rewrite_lede(rng, vocab, event, paragraphs)
        if rng.random() < 0.5 and len(paragraphs) > 3:
            del paragraphs[rng.randrange(1, len(paragraphs))]
        else:
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), write_paragraphs(rng, vocab, event, 25)[0])
        paragraphs = _edit(rng, vocab, paragraphs, rng.randint(0, 2))
    if kind in ("dateline", "heavy_edit"):
        paragraphs = _toggle_dateline(rng, event, paragraphs)
        if kind == "dateline" or rng.random() < 0.5:
            paragraphs.append(_editors_note(rng, vocab, event))
    if kind in ("house_style", "heavy_edit"):
        paragraphs = house_style("\n\n".join(paragraphs), rng).split("\n\n")
    if kind == "house_names":
        paragraphs = _house_dateline(rng, event, house_names("\n\n".join(paragraphs), rng, event).split("\n\n"))
    if kind == "cut":
        paragraphs = _cut(rng, paragraphs)
    head, tail = _furniture(rng, vocab)
    title = " ".join(_word(rng) for _ in range(rng.randint(4, 8))).capitalize()
    lines = [title, *head]
    if kind == "caption_first":
        lines = [*_caption_first(rng, vocab, event), title, *head]
    if kind == "tagline_first":
        lines = [*_tagline_first(rng, event, paragraphs), title, *head]
    if rng.random() < 0.5:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), _caption(rng, vocab, event))
    if kind == "embedded":
        other = write_story(rng, vocab, make_event(rng, vocab), words=rng.randint(200, 600)).split("\n\n")
        cut = rng.randint(0, len(other))
        paragraphs = other[:cut] + paragraphs + other[cut:]
    if sidebar:
        if rng.random() < 0.5:
            tail = [*sidebar, *tail]
        else:
            lines = [*lines, *sidebar]
    return "\n\n".join([*lines, *paragraphs, *tail])
def real_stories(repo_root: Path) -> list[str]:
    """Story texts from examples/ and ../shared/corpus, split on "Read More" lines."""
    stories: list[str] = []
    for folder in (repo_root / "examples", repo_root.parent / "shared" / "corpus"):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.txt")):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            for part in re.split(r"(?mi)^\s*read more\s*$", text):
                body = "\n\n".join(line.strip() for line in part.splitlines()[1:] if line.strip())
                if len(body.split()) >= 150 and not _copies_any(body, stories):
                    stories.append(body)
    return stories


def _copies_any(body: str, stories: list[str]) -> bool:
    """True when ``body`` repeats an earlier story (examples/ holds deliberate copies, which
    would otherwise enter the ground truth as two different stories)."""
    def grams(text: str) -> set[tuple[str, ...]]:
        words = text.lower().split()
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    mine = grams(body)
    return any(len(mine & grams(s)) >= 0.3 * min(len(mine), len(grams(s)) or 1) for s in stories)


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    truth: dict[str, str]  # article_id -> id of the text it copies
    kinds: dict[str, str] = field(default_factory=dict)  # article_id -> variant ("original" for a text's first)
    related: dict[str, tuple[str, str]] = field(default_factory=dict)  # text id -> (distinct kind, text it resembles)
    stories: dict[str, str] = field(default_factory=dict)  # article_id -> id of the wire story it carries
    derived: dict[str, tuple[str, str]] = field(default_factory=dict)  # text id -> (derived kind, text it retells)


def _with_background(rng: random.Random, paragraphs: list[str], background: list[str], first: int) -> list[str]:
    """Wire background sits below the lede and the first development paragraphs."""
    at = rng.randint(min(first, len(paragraphs)), len(paragraphs))
    return paragraphs[:at] + background + paragraphs[at:]


_GRAM_WORDS = re.compile(r"\w+")


def shingle_share(a: str, b: str) -> float:
    """Share of the shorter text's distinct 5-word shingles that the other has too."""
    def grams(text: str) -> set[tuple[str, ...]]:
        words = _GRAM_WORDS.findall(text.lower())
        return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}

    ga, gb = grams(a), grams(b)
    return len(ga & gb) / max(min(len(ga), len(gb)), 1)


def background_paragraphs(rng: random.Random, vocab: Vocabulary, event: Event, words: int) -> list[str]:
    """Background of about ``words`` words (never more by a whole sentence), in paragraphs of
    one or two sentences."""
    sentences, count = [_sentence(rng, vocab, event)], 0
    count = len(sentences[0].split())
    while True:
        nxt = _sentence(rng, vocab, event)
        if count + len(nxt.split()) > words:
            break
        sentences.append(nxt)
        count += len(nxt.split())
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(1, 2)
        paragraphs.append(" ".join(sentences[i : i + step]))
        i += step
    return paragraphs


def _agency_pair(rng: random.Random, vocab: Vocabulary, event: Event, main: str) -> tuple[str, str]:
    """The main story and another story of its agency on the same event and day, sharing the
    agency's dateline, credit line and background paragraphs (15-20% of the shorter text)."""
    agency = rng.choice(_AGENCIES)
    pair = write_paragraphs(rng, vocab, event, rng.randint(300, 600))
    # background sentences are added until the two share 15-20% of the shorter one's 5-word
    # shingles (the measure real pairs are quoted in), names and places included
    target = rng.uniform(0.15, 0.20)
    sentences: list[str] = []
    while not sentences or shingle_share(f"{main} {' '.join(sentences)}", f"{' '.join(pair)} {' '.join(sentences)}") < target:
        sentences.append(_sentence(rng, vocab, event))
    if len(sentences) > 1 and shingle_share(f"{main} {' '.join(sentences)}", f"{' '.join(pair)} {' '.join(sentences)}") > 0.2:
        sentences.pop()
    background = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    credit = f"(Reporting by {rng.choice(_FIRST)} {rng.choice(vocab.surnames)}; editing by {rng.choice(_FIRST)} {rng.choice(vocab.surnames)})"
    dateline = f"{event.place.upper()} ({agency}) - "
    texts = []
    for paragraphs in (main.split("\n\n"), pair):
        paragraphs = _with_background(rng, list(paragraphs), background, 3)
        paragraphs[0] = dateline + _DATELINE_RE.sub("", paragraphs[0])
        texts.append("\n\n".join([*paragraphs, credit]))
    return texts[0], texts[1]


def _write_through(rng: random.Random, vocab: Vocabulary, event: Event, body: str) -> str:
    old = [p for p in body.split("\n\n") if p.strip()]
    words = len(body.split())
    kept = [old[i] for i in sorted(rng.sample(range(len(old)), max(1, round(len(old) * rng.uniform(0.3, 0.45)))))]
    fresh = write_paragraphs(rng, vocab, event, int(words * rng.uniform(0.45, 0.65)))
    return "\n\n".join(_with_background(rng, fresh, kept, 2))


def generate(n_articles: int, seed: int = 1, repo_root: Path | None = None, hard: bool = True) -> Corpus:
    """About ``n_articles`` articles: clusters of 1-8 variants of a base story, plus related
    distinct stories (see the module docstring). ``hard=False`` gives the original easy mix:
    only ``VARIANTS`` and same-event stories without shared text."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    sidebars = _Sidebars(vocab, 50, seed)
    reals = real_stories(repo_root) if repo_root else []
    articles: list[Article] = []
    truth: dict[str, str] = {}
    stories: dict[str, str] = {}
    kinds: dict[str, str] = {}
    related: dict[str, tuple[str, str]] = {}
    derived: dict[str, tuple[str, str]] = {}
    copy_kinds = COPY_VARIANTS if hard else VARIANTS
    story = 0
    while len(articles) < n_articles:
        event = make_event(rng, vocab)
        if reals and story < len(reals):
            main = reals[story]
        else:
            main = write_story(rng, vocab, event, rng.randint(380, 650))
        main_id = f"s{story + 1:06d}"
        bodies: list[tuple[str, str | None]] = []  # (body, distinct or derived kind)
        roll = rng.random()
        if hard and roll < 0.2:
            background = background_paragraphs(rng, vocab, event, rng.randint(20, 60))[:2]
            sibling = write_paragraphs(rng, vocab, event, rng.randint(300, 600))
            # a sibling shares less than an agency pair: at most 15% of the shorter text's shingles
            while len(background) > 1 and shingle_share(f"{main} {' '.join(background)}", " ".join([*sibling, *background])) > 0.15:
                background.pop()
            main = "\n\n".join(_with_background(rng, main.split("\n\n"), background, 3))
            bodies = [(main, None), ("\n\n".join(_with_background(rng, sibling, background, 2)), "sibling")]
        elif hard and roll < 0.3:
            main, pair = _agency_pair(rng, vocab, event, main)
            bodies = [(main, None), (pair, "agency_pair")]
        elif roll < (0.45 if hard else 0.33):
            bodies = [(main, None), (write_story(rng, vocab, event, rng.randint(300, 600)), "same_event")]
        else:
            bodies = [(main, None)]
        if hard and rng.random() < 0.1:
            bodies.append((_write_through(rng, vocab, event, main), "write_through"))
        if hard and rng.random() < 0.1:
            bodies.append((retold(rng, vocab, event, main), "rewrite"))
        for body, other in bodies:
            story += 1
            base_id = f"s{story:06d}"
            wire_story = base_id
            if other in DERIVED_VARIANTS:
                derived[base_id] = (other, main_id)
                wire_story = main_id
            elif other:
                related[base_id] = (other, main_id)
            copies = min(1 + int(rng.expovariate(0.45)), 8)
            for c in range(copies):
                kind = "copy" if c == 0 else rng.choice(copy_kinds)
                outlet = f"outlet{rng.randrange(50)}"
                sidebar = sidebars.block(rng, outlet) if kind == "sidebar" else None
                text = make_variant(rng, vocab, event, body, kind, sidebar)
                article_id = f"{base_id}-{c}"
                published = event.day + timedelta(days=rng.randint(0, 3))
                articles.append(Article(
                    article_id=article_id, doc_id=article_id, source=f"{article_id}.txt", path=f"{article_id}.txt",
                    title=text.split("\n", 1)[0], text=text, url=None, outlet=outlet,
                    published=published, published_basis="metadata", word_count=len(text.split())))
                truth[article_id] = base_id
                stories[article_id] = wire_story
                kinds[article_id] = "original" if c == 0 else kind
    kept = articles[:n_articles]
    texts = {truth[a.article_id] for a in kept}
    return Corpus(
        kept, {a.article_id: truth[a.article_id] for a in kept}, {a.article_id: kinds[a.article_id] for a in kept},
        {s: r for s, r in related.items() if s in texts and r[1] in texts},
        {a.article_id: stories[a.article_id] for a in kept},
        {s: r for s, r in derived.items() if s in texts and r[1] in texts})


def pairwise_scores(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against ground truth."""

    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    both = pairs(Counter((predicted[a], truth[a]) for a in truth))
    pred = pairs(Counter(predicted[a] for a in truth))
    true = pairs(Counter(truth.values()))
    precision = both / pred if pred else 1.0
    recall = both / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def variant_recall(corpus: Corpus, predicted: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Per copy variant: (found, total), found meaning the copy sits in the cluster of its
    story's original (the story's first article)."""
    original_cluster = {corpus.truth[a]: predicted[a] for a, k in corpus.kinds.items() if k == "original"}
    out: dict[str, list[int]] = {}
    for article_id, kind in corpus.kinds.items():
        story = corpus.truth[article_id]
        if kind == "original" or story not in original_cluster:
            continue
        row = out.setdefault(kind, [0, 0])
        row[0] += predicted[article_id] == original_cluster[story]
        row[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def derived_recall(corpus: Corpus, predicted_story: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Per derived variant: (found, total) texts whose original shares the predicted story of
    the original of the text it retells."""
    originals = {corpus.truth[a]: a for a, k in corpus.kinds.items() if k == "original"}
    out: dict[str, list[int]] = {}
    for text, (kind, source) in corpus.derived.items():
        if text not in originals or source not in originals:
            continue
        row = out.setdefault(kind, [0, 0])
        row[0] += predicted_story[originals[text]] == predicted_story[originals[source]]
        row[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def false_merges(corpus: Corpus, predicted: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Per distinct kind: (merged, total) story pairs, merged meaning some article of the
    distinct story shares a predicted cluster with some article of the story it resembles."""
    clusters: dict[str, set[str]] = {}
    for article_id, story in corpus.truth.items():
        clusters.setdefault(story, set()).add(predicted[article_id])
    out: dict[str, list[int]] = {}
    for story, (kind, other) in corpus.related.items():
        row = out.setdefault(kind, [0, 0])
        row[0] += bool(clusters[story] & clusters[other])
        row[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}
