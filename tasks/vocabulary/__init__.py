"""wiretime's vocabularies, kept as data: ``events.yaml`` (event kinds, types and triggers) and
``words.yaml`` (news agencies, offices). This module loads and validates them; rules elsewhere
read the typed views below and never keep word lists of their own.

Both files are package data, read once per process on first use. Validation is strict: a
duplicate key, a stray space, a word in two trigger groups, a kind or type that is not
declared, or a trigger group without an example is an error, so a vocabulary edit that
breaks an invariant fails at load (and in ``tests/vocabulary``), not silently in a timeline.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

KIND_FLAGS = frozenset({
    "motion", "linkable", "speech", "state", "depictable", "named_by_object", "edition", "cause", "side_programme", "anonymous",
})


class VocabularyError(ValueError):
    """A vocabulary file breaks one of the rules in this module's docstring."""


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence of our own that must give an event of its group: ``action`` dated ``value``
    (YYYY, YYYY-MM or YYYY-MM-DD) when read on ``dct``."""

    text: str
    dct: date
    action: str
    value: str


@dataclass(frozen=True, slots=True)
class TriggerGroup:
    kind: str
    event_type: str
    verbs: tuple[str, ...]
    phrasal: tuple[str, ...]
    nouns: tuple[str, ...]
    verb_objects: Mapping[str, frozenset[str]]
    verb_subjects: Mapping[str, frozenset[str]]
    examples: tuple[Example, ...]

    def words(self) -> frozenset[str]:
        return frozenset((*self.verbs, *self.phrasal, *self.nouns, *self.verb_objects, *self.verb_subjects))


@dataclass(frozen=True, slots=True)
class Sense:
    """Another act a noun names in some company: "a 48-hour strike" is a walkout, not an air
    strike; "a landslide victory" is an election result; "the court's decision" is a ruling.
    The sense applies when a word among the noun's own modifiers, the verb it is the object of,
    or the noun it modifies is listed."""

    noun: str
    kind: str
    event_type: str
    modifiers: frozenset[str]
    governors: frozenset[str]
    heads: frozenset[str]
    examples: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class EventVocabulary:
    types: Mapping[str, str]
    kind_flags: Mapping[str, frozenset[str]]
    groups: tuple[TriggerGroup, ...]
    senses: tuple[Sense, ...]
    light_verbs: frozenset[str]
    statistic_verbs: frozenset[str]
    support_verbs: frozenset[str]
    object_act_verbs: frozenset[str]
    caused_verbs: frozenset[str]
    news_statements: frozenset[str]
    placing_verbs: frozenset[str]

    def kinds_with(self, flag: str) -> frozenset[str]:
        if flag not in KIND_FLAGS:
            raise KeyError(flag)
        return frozenset(kind for kind, flags in self.kind_flags.items() if flag in flags)


@dataclass(frozen=True, slots=True)
class Words:
    news_agencies: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    title_phrases: tuple[str, ...]
    leader_titles: tuple[str, ...]
    generic_roles: Mapping[str, tuple[str, ...]]
    institution_words: frozenset[str]


@cache
def event_vocabulary() -> EventVocabulary:
    return parse_event_vocabulary(_read("events.yaml"))


@cache
def words() -> Words:
    raw = _read("words.yaml")
    _expect_keys(raw, {"news_agencies", "titles", "honorifics", "title_phrases", "leader_titles", "generic_roles",
                       "institution_words"}, "words.yaml")
    return Words(
        news_agencies=frozenset(_word_list(raw["news_agencies"], "news_agencies")),
        titles=frozenset(_word_list(raw["titles"], "titles")),
        honorifics=frozenset(_word_list(raw["honorifics"], "honorifics")),
        title_phrases=tuple(_word_list(raw["title_phrases"], "title_phrases")),
        leader_titles=tuple(_word_list(raw["leader_titles"], "leader_titles")),
        generic_roles={k: tuple(_word_list(v, f"generic_roles.{k}")) for k, v in raw["generic_roles"].items()},
        institution_words=frozenset(_word_list(raw["institution_words"], "institution_words")),
    )


def parse_event_vocabulary(raw: Mapping[str, Any]) -> EventVocabulary:
    """Validate and index the parsed ``events.yaml``."""
    _expect_keys(raw, {"types", "kinds", "triggers", "light_verbs", "statistic_verbs", "support_verbs",
                       "object_act_verbs", "caused_verbs", "news_statements", "senses", "placing_verbs"}, "events.yaml")
    types = {_word(t, "types"): str(d) for t, d in raw["types"].items()}
    kind_flags: dict[str, frozenset[str]] = {}
    for kind, flags in raw["kinds"].items():
        flags = frozenset(_word_list(flags or [], f"kinds.{kind}"))
        if flags - KIND_FLAGS:
            raise VocabularyError(f"kind {kind!r}: unknown flags {sorted(flags - KIND_FLAGS)}")
        kind_flags[_word(kind, "kinds")] = flags
    groups = tuple(_group(entry, types, kind_flags) for entry in raw["triggers"])
    _check_each_word_once(groups)
    return EventVocabulary(
        types=types,
        kind_flags=kind_flags,
        groups=groups,
        senses=tuple(_sense(entry, types, kind_flags) for entry in raw["senses"]),
        light_verbs=frozenset(_word_list(raw["light_verbs"], "light_verbs")),
        statistic_verbs=frozenset(_word_list(raw["statistic_verbs"], "statistic_verbs")),
        support_verbs=frozenset(_word_list(raw["support_verbs"], "support_verbs")),
        object_act_verbs=frozenset(_word_list(raw["object_act_verbs"], "object_act_verbs")),
        caused_verbs=frozenset(_word_list(raw["caused_verbs"], "caused_verbs")),
        news_statements=frozenset(_word_list(raw["news_statements"], "news_statements")),
        placing_verbs=frozenset(_word_list(raw["placing_verbs"], "placing_verbs")),
    )


def _group(entry: Mapping[str, Any], types: Mapping[str, str], kinds: Mapping[str, frozenset[str]]) -> TriggerGroup:
    _expect_keys(entry, {"kind", "type", "verbs", "phrasal", "nouns", "verb_objects", "verb_subjects", "examples"},
                 f"trigger group {entry.get('kind')!r}", required={"kind", "type", "examples"})
    kind, event_type = entry["kind"], entry["type"]
    where = f"trigger group {kind}/{event_type}"
    if kind not in kinds:
        raise VocabularyError(f"{where}: kind is not declared under kinds")
    if event_type not in types:
        raise VocabularyError(f"{where}: type is not declared under types")
    phrasal = tuple(_word_list(entry.get("phrasal", []), where))
    if any(len(p.split()) != 2 for p in phrasal):
        raise VocabularyError(f"{where}: a phrasal verb is 'lemma particle': {phrasal}")
    group = TriggerGroup(
        kind=kind,
        event_type=event_type,
        verbs=tuple(_word_list(entry.get("verbs", []), where)),
        phrasal=phrasal,
        nouns=tuple(_word_list(entry.get("nouns", []), where)),
        verb_objects=_pairs(entry.get("verb_objects", {}), where),
        verb_subjects=_pairs(entry.get("verb_subjects", {}), where),
        examples=tuple(_example(e, where) for e in entry["examples"] or []),
    )
    if not group.examples:
        raise VocabularyError(f"{where}: every trigger group needs an example sentence")
    for example in group.examples:
        if example.action not in group.words():
            raise VocabularyError(f"{where}: example action {example.action!r} is none of the group's words")
    return group


def _sense(entry: Mapping[str, Any], types: Mapping[str, str], kinds: Mapping[str, frozenset[str]]) -> Sense:
    where = f"sense {entry.get('noun')!r}" if isinstance(entry, Mapping) else "sense"
    _expect_keys(entry, {"noun", "kind", "type", "modifiers", "governors", "heads", "examples"}, where,
                 required={"noun", "kind", "type", "examples"})
    if entry["kind"] not in kinds:
        raise VocabularyError(f"{where}: kind is not declared under kinds")
    if entry["type"] not in types:
        raise VocabularyError(f"{where}: type is not declared under types")
    sense = Sense(
        noun=_word(entry["noun"], where),
        kind=entry["kind"],
        event_type=entry["type"],
        modifiers=frozenset(_word_list(entry.get("modifiers", []), where)),
        governors=frozenset(_word_list(entry.get("governors", []), where)),
        heads=frozenset(_word_list(entry.get("heads", []), where)),
        examples=tuple(_example(e, where) for e in entry["examples"] or []),
    )
    if not (sense.modifiers or sense.governors or sense.heads):
        raise VocabularyError(f"{where}: a sense needs modifiers, governors or heads to tell it apart")
    if not sense.examples:
        raise VocabularyError(f"{where}: every sense needs an example sentence")
    if any(e.action != sense.noun for e in sense.examples):
        raise VocabularyError(f"{where}: an example's action is the sense's noun")
    return sense


def _example(raw: Mapping[str, Any], where: str) -> Example:
    _expect_keys(raw, {"text", "dct", "action", "date"}, f"{where} example")
    dct = raw["dct"] if isinstance(raw["dct"], date) else date.fromisoformat(str(raw["dct"]))
    value = raw["date"].isoformat() if isinstance(raw["date"], date) else str(raw["date"])
    return Example(text=str(raw["text"]), dct=dct, action=_word(raw["action"], where), value=value)


def _pairs(raw: Mapping[str, Any], where: str) -> Mapping[str, frozenset[str]]:
    return {_word(verb, where): frozenset(_word_list(others, f"{where}.{verb}")) for verb, others in raw.items()}


def _check_each_word_once(groups: tuple[TriggerGroup, ...]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for group in groups:
        where = f"{group.kind}/{group.event_type}"
        for pos, items in (("verb", group.verbs), ("phrasal", group.phrasal), ("noun", group.nouns)):
            for word in items:
                if (pos, word) in seen:
                    raise VocabularyError(f"{pos} {word!r} is in {seen[(pos, word)]} and {where}")
                seen[(pos, word)] = where
        for relation, pairs in (("object", group.verb_objects), ("subject", group.verb_subjects)):
            for verb, others in pairs.items():
                for other in others:
                    key = (f"verb_{relation}", f"{verb} {other}")
                    if key in seen:
                        raise VocabularyError(f"{verb} + {relation} {other} is in {seen[key]} and {where}")
                    seen[key] = where
    # a verb that names an act by itself cannot also wait for its subject to name one
    for group in groups:
        for verb in group.verb_subjects:
            if ("verb", verb) in seen:
                raise VocabularyError(f"verb {verb!r} is in {seen[('verb', verb)]} and needs a subject in {group.kind}")


def _word_list(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, list):
        raise VocabularyError(f"{where}: expected a list, got {type(raw).__name__}")
    out = [_word(w, where) for w in raw]
    if len(set(out)) != len(out):
        raise VocabularyError(f"{where}: repeated words {sorted({w for w in out if out.count(w) > 1})}")
    return out


def _word(raw: Any, where: str) -> str:
    word = str(raw)
    if word != word.strip() or "  " in word or not word:
        raise VocabularyError(f"{where}: stray whitespace in {word!r}")
    return word


def _expect_keys(raw: Any, allowed: set[str], where: str, required: set[str] | None = None) -> None:
    if not isinstance(raw, Mapping):
        raise VocabularyError(f"{where}: expected a mapping")
    unknown = set(raw) - allowed
    missing = (allowed if required is None else required) - set(raw)
    if unknown or missing:
        raise VocabularyError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's own rule lets a later key silently replace an earlier one; here it is an error."""


def _mapping_without_duplicates(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    if repeated:
        raise VocabularyError(f"duplicate keys {repeated} (line {node.start_mark.line + 1})")
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


def _read(name: str) -> Any:
    return load_yaml(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
