"""Synthetic wire traffic with known copy ground truth, for the dedup benchmark and tests.

Base stories come from a template-and-vocabulary story writer (enough distinct ~500-word
stories for 100k articles) plus, when present, the stories in ``examples/`` and
``../shared/corpus`` (read at run time, never copied). Each base is republished as variants
(retitled copies with new bylines and page furniture, truncations, paragraph swaps, light
edits and typos, copies embedded in a longer page) and some events get *different* stories
that share the event's names, place and date but no text: those must stay apart.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
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
_PREPS = "in near across beyond toward around within".split()
_PERIODS = "year month decade quarter season week".split()


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


def write_story(rng: random.Random, vocab: Vocabulary, event: Event, words: int = 500) -> str:
    """A story about ``event``: paragraphs of template sentences with random fillers."""
    paragraphs, count = [], 0
    date_text = f"{event.day:%B} {event.day.day}"
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 3)):
            frame = rng.choice(_FRAMES)
            s = frame.format(
                actor=rng.choice(event.actors[:2]), actor2=rng.choice(event.actors[1:]),
                verb=rng.choice(_VERBS), verb2=rng.choice(vocab.verbs2), verb3=rng.choice(vocab.verbs3),
                noun=rng.choice(vocab.nouns), noun2=rng.choice(vocab.nouns), noun3=rng.choice(vocab.nouns),
                adj=rng.choice(vocab.adjs), adj2=rng.choice(vocab.adjs), prep=rng.choice(_PREPS),
                place=event.place, date=date_text, source=rng.choice(vocab.sources),
                num=rng.randint(2, 900), period=rng.choice(_PERIODS), event=event.kind)
            sentences.append(s[0].upper() + s[1:])
            count += len(s.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


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


VARIANTS = ("copy", "truncated", "shuffled", "edited", "embedded", "edited_shuffled")


def make_variant(rng: random.Random, vocab: Vocabulary, event: Event, body: str, kind: str) -> str:
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if kind == "truncated" and len(paragraphs) > 3:
        paragraphs = paragraphs[: max(3, int(len(paragraphs) * rng.uniform(0.55, 0.9)))]
    if kind in ("shuffled", "edited_shuffled") and len(paragraphs) > 3:
        for _ in range(rng.randint(1, 2)):
            i, j = rng.sample(range(len(paragraphs)), 2)
            paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    if kind in ("edited", "edited_shuffled"):
        paragraphs = _edit(rng, vocab, paragraphs, rng.randint(2, 6))
    head, tail = _furniture(rng, vocab)
    title = " ".join(_word(rng) for _ in range(rng.randint(4, 8))).capitalize()
    lines = [title, *head]
    if rng.random() < 0.5:
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), _caption(rng, vocab, event))
    if kind == "embedded":
        other = write_story(rng, vocab, make_event(rng, vocab), words=rng.randint(200, 600)).split("\n\n")
        cut = rng.randint(0, len(other))
        paragraphs = other[:cut] + paragraphs + other[cut:]
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
    truth: dict[str, str]  # article_id -> id of the story it copies


def generate(n_articles: int, seed: int = 1, repo_root: Path | None = None) -> Corpus:
    """About ``n_articles`` articles: clusters of 1-8 variants of a base story, and for a
    third of the events a second, different story about the same event."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    reals = real_stories(repo_root) if repo_root else []
    articles: list[Article] = []
    truth: dict[str, str] = {}
    story = 0
    while len(articles) < n_articles:
        event = make_event(rng, vocab)
        bodies = []
        if reals and story < len(reals):
            bodies.append(reals[story])
        else:
            bodies.append(write_story(rng, vocab, event, rng.randint(380, 650)))
        if rng.random() < 0.33:
            bodies.append(write_story(rng, vocab, event, rng.randint(300, 600)))
        for body in bodies:
            story += 1
            base_id = f"s{story:06d}"
            copies = min(1 + int(rng.expovariate(0.45)), 8)
            for c in range(copies):
                kind = "copy" if c == 0 else rng.choice(VARIANTS)
                text = make_variant(rng, vocab, event, body, kind)
                article_id = f"{base_id}-{c}"
                published = event.day + timedelta(days=rng.randint(0, 3))
                articles.append(Article(
                    article_id=article_id, doc_id=article_id, source=f"{article_id}.txt", path=f"{article_id}.txt",
                    title=text.split("\n", 1)[0], text=text, url=None, outlet=f"outlet{rng.randrange(50)}",
                    published=published, published_basis="metadata", word_count=len(text.split())))
                truth[article_id] = base_id
    return Corpus(articles[:n_articles], {a.article_id: truth[a.article_id] for a in articles[:n_articles]})


def pairwise_scores(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against ground truth."""
    from collections import Counter

    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())

    both = pairs(Counter((predicted[a], truth[a]) for a in truth))
    pred = pairs(Counter(predicted[a] for a in truth))
    true = pairs(Counter(truth.values()))
    precision = both / pred if pred else 1.0
    recall = both / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
