"""Actor names: cleaning, within-article resolution of partial names, cross-article canonical forms."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from difflib import SequenceMatcher
from functools import cache

import pycountry

from models.records import Entity

from tasks.ids import stable_id
from tasks.vocabulary import words

@cache
def _leading_title() -> re.Pattern[str]:
    """Offices and forms of address at the front of a name (words.yaml), longest first. Up to
    three words may precede the office: "North Korean leader", "U.S. Assistant Secretary of State"."""
    w = words()
    offices = sorted({*w.title_phrases, *w.titles, *w.honorifics}, key=len, reverse=True)
    alternatives = "|".join(re.escape(o).replace("\\ ", r"\s+") for o in offices)
    return re.compile(
        rf"^(?:(?:the|former|late|then)\s+)*(?:[\w.\-’']+\s+){{0,3}}?(?:(?:{alternatives})(?:\s+of\s+(?:state|defen[cs]e|the\s+\w+|\w+))?\s+)+",
        re.I,
    )


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACES = re.compile(r"\s+")

# Canonical display names for countries whose ISO names read badly in a timeline.
_COUNTRY_DISPLAY = {
    "KP": "North Korea", "KR": "South Korea", "RU": "Russia", "VN": "Vietnam", "US": "United States",
    "GB": "United Kingdom", "IR": "Iran", "SY": "Syria", "TW": "Taiwan", "LA": "Laos", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova", "CZ": "Czechia",
    "PS": "Palestine", "VA": "Vatican City", "CN": "China", "TR": "Türkiye", "FM": "Micronesia",
}
_COUNTRY_ALIASES = {
    "us": "US", "u.s": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "the united states": "US", "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB", "dprk": "KP", "north korea": "KP", "south korea": "KR", "rok": "KR",
    "russia": "RU", "vietnam": "VN", "viet nam": "VN", "iran": "IR", "syria": "SY", "taiwan": "TW",
    "laos": "LA", "china": "CN", "prc": "CN", "mainland china": "CN", "turkey": "TR",
}


def fold(text: str) -> str:
    """A comparison key: ASCII, lower case, hyphens and punctuation as spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SPACES.sub(" ", re.sub(r"[^a-z0-9]+", " ", text)).strip()


def is_news_agency(name: str) -> bool:
    """A wire service or photo agency: it carries the story and is never one of its actors
    ("JAKARTA (Reuters) -", "a Xinhua report said", "told AFP")."""
    return fold(name).removeprefix("the ") in _agency_keys()


@cache
def _agency_keys() -> frozenset[str]:
    return frozenset(fold(a) for a in words().news_agencies)


def clean_name(text: str) -> str:
    """Surface form without titles, possessives, quotes and stray whitespace."""
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip(" \"'“”‘’.,;:()")
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    stripped = _leading_title().sub("", text)
    return stripped if stripped else text


def country_code(name: str) -> str | None:
    """ISO 3166 alpha-2 code for a country name or alias, offline (pycountry)."""
    key = fold(name)
    if not key:
        return None
    raw = name.strip().lower()
    code = _COUNTRY_ALIASES.get(raw) or _COUNTRY_ALIASES.get(key)
    if code:
        return code
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        return None


def country_display(name: str) -> str:
    code = country_code(name)
    if not code:
        return name
    if code in _COUNTRY_DISPLAY:
        return _COUNTRY_DISPLAY[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """Resolves partial person names within one article to the fullest form used in it
    ("Putin" -> "Vladimir Putin", "Lam" -> "To Lam")."""

    full_by_token: Mapping[str, str]
    people: frozenset[str] = frozenset()  # every full name the article tags as a person
    roles: Any = None  # tasks.events.roles.ArticleRoles: "the Vietnamese president" -> To Lam

    @classmethod
    def from_people(cls, names: Iterable[str]) -> ArticleNames:
        counts = Counter(clean_name(n) for n in names)
        by_token: dict[str, Counter[str]] = defaultdict(Counter)
        for name, n in counts.items():
            tokens = fold(name).split()
            if len(tokens) < 2:
                continue
            for tok in tokens:
                by_token[tok][name] += n
        # a token two people share goes to the one named more often, and on a tie to the one
        # introduced first: news names a relative in full ("Kim's father, Kim Jong Il") and
        # keeps the bare surname for the story's own person
        full = {tok: candidates.most_common(1)[0][0] for tok, candidates in by_token.items()}
        return cls(full, frozenset(name for name in counts if len(fold(name).split()) >= 2))

    def is_person(self, name: str) -> bool:
        """A name the article tags as a person somewhere, whatever this mention's tag says."""
        return clean_name(name) in self.people

    def knows(self, name: str) -> bool:
        """Whether a single-word ``name`` is part of a full name in the article."""
        tokens = fold(clean_name(name)).split()
        return len(tokens) == 1 and tokens[0] in self.full_by_token

    def resolve(self, name: str) -> str:
        name = clean_name(name)
        tokens = fold(name).split()
        if len(tokens) == 1 and tokens[0] in self.full_by_token:
            return self.full_by_token[tokens[0]]
        return name


def canonical_entities(names_by_kind: Mapping[str, Counter[str]]) -> tuple[dict[str, str], list[Entity]]:
    """Group surface names across articles into entities; return surface -> canonical and the entities.

    People: the same folded key (Kim Jong-un / Kim Jong Un), or the same surname with a near
    identical first name (Antony / Anthony, Yuri / Yury), or a lone surname that only one
    multi-word name carries. Countries: ISO code. Others: folded key.
    """
    mapping: dict[str, str] = {}
    entities: list[Entity] = []
    for kind in sorted(names_by_kind):
        counts = names_by_kind[kind]
        groups: list[list[str]] = []
        key_of_group: dict[str, int] = {}
        ordered = sorted(counts, key=lambda n: (-len(fold(n).split()), -counts[n], n))
        for name in ordered:
            key = _group_key(name, kind)
            if not key:
                continue
            gi = key_of_group.get(key)
            if gi is None and kind == "PERSON":
                gi = _similar_person_group(name, groups)
            if gi is None:
                gi = len(groups)
                groups.append([])
            groups[gi].append(name)
            key_of_group.setdefault(key, gi)
        for members in groups:
            canonical = _pick_canonical(members, counts, kind)
            aliases = tuple(sorted({m for m in members if m != canonical}))
            for m in members:
                mapping[m] = canonical
            country = country_code(canonical) if kind == "GPE" else None
            entities.append(Entity(stable_id("entity", kind, canonical), canonical, kind, aliases, country))
    entities.sort(key=lambda e: e.entity_id)
    return mapping, entities


def _group_key(name: str, kind: str) -> str:
    if kind == "GPE":
        code = country_code(name)
        if code:
            return "iso:" + code
    return fold(name)


def _similar_person_group(name: str, groups: list[list[str]]) -> int | None:
    tokens = fold(name).split()
    if not tokens:
        return None
    matches = []
    for gi, members in enumerate(groups):
        head = fold(members[0]).split()
        if len(tokens) == 1:
            if tokens[0] in head:
                matches.append(gi)
        elif len(head) >= 2 and head[-1] == tokens[-1] and head[0][0] == tokens[0][0]:
            if SequenceMatcher(None, head[0], tokens[0]).ratio() >= 0.75:
                matches.append(gi)
    # a lone surname shared by two different people stays separate
    return matches[0] if len(matches) == 1 else None


def _pick_canonical(members: list[str], counts: Counter[str], kind: str) -> str:
    if kind == "GPE":
        return country_display(members[0])

    def rank(m: str) -> tuple:
        n_tokens = len(fold(m).split())
        # prefer full names, then the most used spelling, then spaced over hyphenated forms
        return (-min(n_tokens, 3), -counts[m], "-" in m, m)

    return sorted(members, key=rank)[0]
