"""Deterministic identifiers: the same input always yields the same keys (DuckDB has no SERIAL,
and natural keys keep reloads idempotent)."""
from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=16).hexdigest()
    return digest[:length]
