"""People named by their role within one article: "the Vietnamese president" -> To Lam.

News introduces a person with their title once ("Vietnam's President To Lam", "Russian President
Vladimir Putin", "Daniel Kritenbrink, the assistant U.S. secretary of state") and then refers to
them by the role alone ("the Vietnamese president told a press briefing", "the Russian leader
said"). This module collects (country, title) -> person from the first kind of phrase and
resolves the second. A role held by two people in the article resolves to nobody.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tasks.vocabulary import words

from .entities import doc_ents
from .actors import ArticleNames, country_code
from .places import country_of_demonym

TITLE_WORDS = words().titles
_SKIPPABLE = frozenset({"vice", "deputy", "prime", "foreign", "defense", "defence", "assistant", "general", "state",
                        "supreme", "top", "former", "then", "new", "the", "of", "u.s.", "-"})


@dataclass(frozen=True, slots=True)
class ArticleRoles:
    """(country code or None, title) -> the one person who holds that role in the article."""

    holder: Mapping[tuple[str | None, str], str] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, doc: Doc, names: ArticleNames) -> ArticleRoles:
        seen: dict[tuple[str | None, str], Counter[str]] = defaultdict(Counter)
        for ent in doc_ents(doc):
            if ent.label_ != "PERSON":
                continue
            person = names.resolve(ent.text)
            for country, title in _roles_before(doc, ent.start) + _roles_in_apposition(doc, ent.end):
                seen[(country, title)][person] += 1
                seen[(None, title)][person] += 1
        return cls({role: next(iter(people)) for role, people in seen.items() if len(people) == 1})

    def resolve(self, head: Token) -> str | None:
        """The person a role phrase headed by ``head`` ("the Vietnamese president") refers to."""
        title = head.lemma_.lower()
        if title not in TITLE_WORDS or head.ent_type_ or not any(c.lower_ == "the" for c in head.children):
            return None
        country = _country_modifier(head)
        if country is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None  # "the general secretary of the party": a role of something we cannot place
        # "the Russian leader" is whoever leads; "the U.S. diplomat" whoever holds a diplomatic office
        titles = words().leader_titles if title == "leader" else words().generic_roles.get(title, (title,))
        holders = {self.holder[(country, t)] for t in titles if (country, t) in self.holder}
        return holders.pop() if len(holders) == 1 else None


def _roles_before(doc: Doc, start: int) -> list[tuple[str | None, str]]:
    """Titles and countries in front of a name: "Russian President", "Vietnam's President",
    "President of Vietnam", "North Korean leader"."""
    titles: list[str] = []
    country: str | None = None
    i = start - 1
    while i >= 0 and start - i <= 6:
        token = doc[i]
        word = token.lower_
        if word in TITLE_WORDS:
            titles.append(word)
        elif token.ent_type_ == "NORP":
            country = country or country_of_demonym(_ent_text(doc, i))
            i = _ent_start(doc, i) - 1
            continue
        elif token.ent_type_ == "GPE":
            country = country or country_code(_ent_text(doc, i))
            i = _ent_start(doc, i) - 1
            continue
        elif word not in _SKIPPABLE and token.tag_ != "POS" and word not in ("’s", "'s"):
            break
        i -= 1
    return [(country, t) for t in titles]


def _roles_in_apposition(doc: Doc, end: int) -> list[tuple[str | None, str]]:
    """"Daniel Kritenbrink, the assistant U.S. secretary of state": a role after the name."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return []
    country: str | None = None
    for token in doc[end + 2 : end + 9]:
        if token.ent_type_ == "NORP":
            country = country or country_of_demonym(_ent_text(doc, token.i))
        elif token.ent_type_ == "GPE":
            country = country or country_code(_ent_text(doc, token.i))
        elif token.lower_ in TITLE_WORDS:
            return [(country, token.lower_)]
        elif token.is_punct:
            break
    return []


def _country_modifier(head: Token) -> str | None:
    """The state a role belongs to: "the Vietnamese president", "Vietnam's president", "the
    leader of China"."""
    for child in head.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.ent_type_ in ("NORP", "GPE"):
            text = _ent_text(head.doc, child.i)
            return country_of_demonym(text) if child.ent_type_ == "NORP" else country_code(text)
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)
            if obj is not None:
                return country_code(_ent_text(head.doc, obj.i))
    return None


def _ent_start(doc: Doc, i: int) -> int:
    return next((e.start for e in doc_ents(doc) if e.start <= i < e.end), i)


def _ent_text(doc: Doc, i: int) -> str:
    return next((e.text for e in doc_ents(doc) if e.start <= i < e.end), doc[i].text)
