"""``read_sources``: the ingest stage's only I/O. Walks sources, reads bytes, calls parse_file."""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from models.records import Quarantined, RawArticle
from tasks.ingest.parse import parse_file

MANIFEST_NAME = "manifest.json"
# A corpus directory's README documents the corpus; it is not a story.
_DOCUMENTATION_STEMS = frozenset({"readme"})
MAX_MANIFEST_BYTES = 10_000_000


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[RawArticle, ...]
    quarantined: tuple[Quarantined, ...]
    files_seen: int


@dataclass(frozen=True, slots=True)
class _Candidate:
    path: Path  # as found (under the given root), not resolved: symlinks keep their name
    relname: str
    manifest_dirs: tuple[Path, ...]  # this file's directory and its ancestors up to the root


def _is_documentation(name: str) -> bool:
    return name.split(".", 1)[0].lower() in _DOCUMENTATION_STEMS


def _walk(root: Path, problems: list[Quarantined]) -> list[_Candidate]:
    """Files under ``root``, following directory symlinks once (a loop is quarantined)."""
    found: list[_Candidate] = []
    visiting: set[tuple[int, int]] = set()

    def visit(directory: Path, parents: tuple[Path, ...]) -> None:
        try:
            info = directory.stat()
        except OSError as exc:
            problems.append(Quarantined(str(directory), _os_reason(exc), exc.strerror or str(exc)))
            return
        key = (info.st_dev, info.st_ino)
        if key in visiting:
            problems.append(Quarantined(str(directory), "symlink_loop", "directory links back to an ancestor"))
            return
        visiting.add(key)
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as exc:
            problems.append(Quarantined(str(directory), _os_reason(exc), exc.strerror or str(exc)))
            visiting.discard(key)
            return
        chain = (directory, *parents)
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = directory / entry.name
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            if is_dir:
                visit(child, chain)
            elif entry.name != MANIFEST_NAME and not _is_documentation(entry.name):
                found.append(_Candidate(child, child.relative_to(root).as_posix(), chain))
        visiting.discard(key)

    visit(root, ())
    return found


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission_denied"
    if isinstance(exc, FileNotFoundError):
        return "not_found"
    if getattr(exc, "errno", None) == 40:  # ELOOP: a symlink chain that never ends
        return "symlink_loop"
    return "unreadable"


def _read_bytes(path: Path, max_bytes: int) -> bytes | Quarantined:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # FIFOs and devices would block or never end.
            return Quarantined(str(path), "not_a_file", "not a regular file")
        if info.st_size > max_bytes:
            return Quarantined(str(path), "too_large", f"{info.st_size} bytes > limit {max_bytes}")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Quarantined(str(path), _os_reason(exc), exc.strerror or str(exc))
    if len(data) > max_bytes:  # grew after stat
        return Quarantined(str(path), "too_large", f"more than {max_bytes} bytes")
    return data


def _load_manifest(directory: Path, problems: list[Quarantined]) -> dict[str, Mapping[str, Any]]:
    """Entries of ``directory/manifest.json`` keyed by normalized relative name; a malformed
    manifest (or entry) is quarantined and ignored, never fatal."""
    path = directory / MANIFEST_NAME
    if not path.is_file():
        return {}
    data = _read_bytes(path, MAX_MANIFEST_BYTES)
    if isinstance(data, Quarantined):
        problems.append(data)
        return {}
    try:
        manifest = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        problems.append(Quarantined(str(path), "bad_manifest", f"not valid JSON: {exc}"))
        return {}
    if not isinstance(manifest, dict):
        problems.append(Quarantined(str(path), "bad_manifest", "expected an object keyed by file name"))
        return {}
    entries: dict[str, Mapping[str, Any]] = {}
    for name, entry in manifest.items():
        if not isinstance(entry, dict):
            problems.append(Quarantined(str(path), "bad_manifest", f"entry {name!r}: expected an object"))
            continue
        entries[_normalize_key(name)] = entry
    return entries


def _normalize_key(name: str) -> str:
    key = name.replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key


class _Manifests:
    """Manifest lookup: the nearest ``manifest.json`` naming the file wins."""

    def __init__(self, problems: list[Quarantined]) -> None:
        self._problems = problems
        self._cache: dict[Path, dict[str, Mapping[str, Any]]] = {}

    def entry_for(self, path: Path, directories: Sequence[Path]) -> Mapping[str, Any] | None:
        for directory in directories:
            if directory not in self._cache:
                self._cache[directory] = _load_manifest(directory, self._problems)
            key = path.relative_to(directory).as_posix()
            if key in self._cache[directory]:
                return self._cache[directory][key]
        return None


def _rename_collisions(
    articles: list[RawArticle], candidate: _Candidate, seen: set[str]
) -> list[RawArticle]:
    """Two files can yield the same source (``a.txt`` under two roots, one URL in two feeds);
    a later duplicate is named by its path instead of its relative name, so every article
    keeps its own provenance."""
    renamed = []
    for position, article in enumerate(articles, start=1):
        source = article.source
        if source in seen:
            if source.startswith(candidate.relname):
                base = str(candidate.path) + source[len(candidate.relname):]
            else:
                base = f"{candidate.path}#{position}"
            source, n = base, 2
            while source in seen:
                source, n = f"{base}~{n}", n + 1
            article = replace(article, source=source)
        seen.add(source)
        renamed.append(article)
    return renamed


def read_sources(sources: Sequence[str | Path], *, max_file_bytes: int = 20_000_000) -> IngestResult:
    """Read every article under ``sources`` (directories, walked recursively, or files).

    Articles come in a stable order: files sorted by path, stories in file order. Nothing
    raises on bad input: missing sources, unreadable, oversized or unparsable files and
    malformed manifests are returned in ``quarantined`` with a reason. ``files_seen`` counts
    the candidate article files found (manifests, READMEs and hidden files are not articles).
    """
    problems: list[Quarantined] = []
    candidates: dict[str, _Candidate] = {}
    for source in sources:
        root = Path(source)
        if not str(source).strip():  # Path("") would silently mean the working directory
            problems.append(Quarantined(str(source), "not_found", "empty source path"))
            continue
        if root.is_dir():
            found = _walk(root, problems)
        elif root.exists() or root.is_symlink():
            parent = root.parent
            found = [_Candidate(root, root.name, (parent,))]
        else:
            problems.append(Quarantined(str(source), "not_found", "no such file or directory"))
            continue
        for candidate in found:
            # The same file reached twice (a file inside a directory also given) is read once.
            key = os.path.realpath(candidate.path)
            candidates.setdefault(key, candidate)

    manifests = _Manifests(problems)
    articles: list[RawArticle] = []
    seen_sources: set[str] = set()
    ordered = sorted(candidates.values(), key=lambda c: (c.path.parts, c.relname))
    for candidate in ordered:
        data = _read_bytes(candidate.path, max_file_bytes)
        if isinstance(data, Quarantined):
            problems.append(data)
            continue
        meta = manifests.entry_for(candidate.path, candidate.manifest_dirs)
        found_articles, quarantined = parse_file(candidate.relname, data, meta, path=str(candidate.path))
        articles.extend(_rename_collisions(found_articles, candidate, seen_sources))
        problems.extend(quarantined)
    return IngestResult(tuple(articles), tuple(problems), len(ordered))
