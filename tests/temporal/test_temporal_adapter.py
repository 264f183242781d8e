"""The scorer and CLI bridges print TIMEX dicts with offsets into the given text."""
from __future__ import annotations

import io
import json
import sys

from tasks.temporal.adapter import parse_dct, score_tag, timex_cli


def test_score_tag_dicts_and_split_ranges():
    text = "The program ran between 1994 and 1997 and resumed Friday."
    out = score_tag(text, "1998-10-26T09:00:00")
    assert [(d["text"], d["value"], d["type"]) for d in out] == [
        ("1994", "1994", "DATE"), ("1997", "1997", "DATE"), ("Friday", "1998-10-23", "DATE")]
    for d in out:
        assert text[d["start"]:d["end"]] == d["text"]


def test_parse_dct_accepts_dates_and_datetimes():
    assert str(parse_dct("2024-06-19")) == "2024-06-19"
    assert str(parse_dct("2024-06-19T14:26")) == "2024-06-19"
    assert parse_dct("yesterday") is None


def test_timex_cli_reads_file_and_stdin(tmp_path, capsys, monkeypatch):
    f = tmp_path / "story.txt"
    f.write_text("Talks ended on Wednesday.", encoding="utf-8")
    assert timex_cli("2024-06-21", str(f)) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines == [{"start": 15, "end": 24, "text": "Wednesday", "value": "2024-06-19",
                      "type": "DATE"}]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"It rained yesterday.")))
    assert timex_cli("2024-06-21", None) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2024-06-20"


def test_timex_cli_rejects_bad_dct_and_missing_file(tmp_path):
    assert timex_cli("not-a-date", None) == 2
    assert timex_cli("2024-06-21", str(tmp_path / "missing.txt")) == 2
