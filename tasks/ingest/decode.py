"""Bytes → text, or the reason the bytes are not a readable document.

Only encodings that announce themselves are tried (UTF-8, UTF-8/16/32 with a BOM): guessing a
legacy code page would silently turn a corrupt or binary file into plausible-looking garbage.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Share of suspicious characters (controls, U+FFFD) above which bytes are data, not prose.
BINARY_RATIO = 0.10
# C0/C1 controls except the whitespace ones text files use (\t \n \v \f \r), and U+FFFD.
_SUSPICIOUS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Either ``text`` (newlines normalized) or a quarantine ``reason`` with ``detail``."""

    text: str | None
    reason: str = ""
    detail: str = ""


def _suspicious_ratio(text: str) -> float:
    if not text:
        return 0.0
    return (len(text) - len(_SUSPICIOUS.sub("", text))) / len(text)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit (markup-only text is empty)."""
    return any(ch.isalnum() for ch in text)


def decode_text(data: bytes) -> Decoded:
    """Decode a text document; quarantine reasons: empty, binary, undecodable."""
    if not data.strip():
        return Decoded(None, "empty", "file is empty or whitespace only")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in data:
            return Decoded(None, "binary", "contains NUL bytes")
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        lenient = data.decode(encoding, errors="replace")
        if _suspicious_ratio(lenient) > BINARY_RATIO:
            return Decoded(None, "binary", f"mostly undecodable bytes ({encoding})")
        return Decoded(None, "undecodable", f"invalid {encoding} at byte {exc.start}")
    text = text.lstrip("\ufeff")
    if _suspicious_ratio(text) > BINARY_RATIO:
        return Decoded(None, "binary", "high share of control characters")
    text = normalize_newlines(text)
    if not text.strip() or not has_words(text):
        return Decoded(None, "empty", "no words in the text")
    return Decoded(text)
