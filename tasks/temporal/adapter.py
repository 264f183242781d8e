"""Bridges from the tagger to the TIMEX scorer (``--python``) and to the ``timeline timex`` CLI."""
from __future__ import annotations

import json
import sys
from datetime import date, datetime

from tasks.temporal.tagger import tag_for_scoring


def parse_dct(dct: str) -> date | None:
    """ISO date or datetime string → date (None when unreadable)."""
    s = (dct or "").strip()
    try:
        return datetime.fromisoformat(s).date() if "T" in s or " " in s else date.fromisoformat(s[:10])
    except ValueError:
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None


def score_tag(text: str, dct: str) -> list[dict]:
    """``timex_score.py --python tasks.temporal.adapter:score_tag``: TIMEX dicts for one text."""
    return [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type}
            for t in tag_for_scoring(text, parse_dct(dct))]


def timex_cli(dct: str, path: str | None) -> int:
    """Tag a file (stdin when None) and print one JSON object per timex. Returns an exit code."""
    anchor = parse_dct(dct)
    if anchor is None:
        print(f"error: --dct must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {dct!r}", file=sys.stderr)
        return 2
    try:
        if path is None:
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                raw = fh.read()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    text = raw.decode("utf-8", errors="replace")
    out = sys.stdout
    for item in score_tag(text, anchor.isoformat()):
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
    out.flush()
    return 0
