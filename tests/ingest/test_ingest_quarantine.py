"""Bad input is quarantined with a reason; the good documents of the same run are all kept."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tasks.ingest import parse_file, read_sources

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title><description>x</description></item></channel></rss>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&ext;</description></item></channel></rss>"""


@pytest.mark.parametrize(
    ("relname", "data", "reason"),
    [
        ("nul.txt", b"Looks like text\x00\x00\x01 but has NULs", "binary"),
        ("noise.txt", bytes(range(256)) * 4, "binary"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08 ab", "binary"),
        ("latin1.txt", "Caf\u00e9 prices rose sharply this week in the capital.".encode("latin-1"), "undecodable"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\t\r\n  ", "empty"),
        ("dashes.txt", b"----\n****\n", "empty"),
        ("only-separators.txt", b"Read More\n\nREAD MORE\n", "empty"),
        ("page.html", b"<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>", "empty"),
        ("bad.json", b'{"text": "unterminated', "bad_json"),
        ("scalar.json", b"42", "bad_json"),
        ("empty-list.json", b"[]", "empty"),
        ("no-text.json", b'{"title": "Only a title"}', "bad_record"),
        ("laughs.xml", BILLION_LAUGHS, "unsafe_xml"),
        ("xxe.rss", EXTERNAL_ENTITY, "unsafe_xml"),
        ("broken.xml", b"<rss><channel><item>", "bad_xml"),
        ("notfeed.xml", b"<svg><text>hi</text></svg>", "unsupported_format"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "unsupported_format"),
        ("nested.json", b"[{\"t\": " * 100_000, "bad_json"),
    ],
)
def test_parse_file_quarantines_with_reason(relname, data, reason):
    articles, quarantined = parse_file(relname, data)
    assert articles == []
    assert [q.reason for q in quarantined] == [reason]
    assert quarantined[0].path == relname


def test_bad_records_are_quarantined_and_good_ones_kept():
    lines = [
        json.dumps({"text": "Good first."}),
        '{"text": broken',
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Good fifth."}),
    ]
    articles, quarantined = parse_file("mixed.jsonl", "\n".join(lines).encode())
    assert [a.source for a in articles] == ["mixed.jsonl#1", "mixed.jsonl#5"]
    assert [(q.reason, q.detail.split(":")[0]) for q in quarantined] == [
        ("bad_json", "line 2"), ("bad_record", "line 3"), ("bad_record", "line 4")]


def test_bad_record_in_json_list():
    articles, quarantined = parse_file("l.json", json.dumps([{"text": "Kept."}, {"body": 3}, "x"]).encode())
    assert [a.source for a in articles] == ["l.json#1"]
    assert [q.detail.split(":")[0] for q in quarantined] == ["record 2", "record 3"]


def test_feed_item_without_body_is_quarantined_others_kept():
    feed = (b"<rss><channel><item><title>No body</title></item>"
            b"<item><title>Has body</title><description>Words here.</description></item></channel></rss>")
    articles, quarantined = parse_file("f.xml", feed)
    assert [a.source for a in articles] == ["f.xml#2"]
    assert [(q.reason, q.detail) for q in quarantined] == [("empty", "item 1: no description or content")]


def test_one_run_quarantines_every_bad_file_and_keeps_every_good_one(tmp_path: Path):
    good = {
        "a-good.txt": b"Good story\n\nBody one.",
        "b-good.json": json.dumps({"text": "Good record."}).encode(),
        "sub/c-good.md": b"# Good md\n\nBody.",
        "z-lines.jsonl": b'{"text": "Kept line."}\nnot json\n',
    }
    bad = {
        "binary.txt": b"\x00\x01\x02" * 50,
        "latin.txt": "Prix r\u00e9duits".encode("latin-1"),
        "empty.txt": b"",
        "laughs.xml": BILLION_LAUGHS,
        "huge.txt": b"word " * 300,
    }
    for name, data in {**good, **bad}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "missing-dir"
    result = read_sources([tmp_path, missing], max_file_bytes=1000)
    assert [a.source for a in result.articles] == [
        "a-good.txt", "b-good.json", "sub/c-good.md", "z-lines.jsonl#1"]
    reasons = {(Path(q.path).name, q.reason) for q in result.quarantined}
    assert reasons == {
        ("binary.txt", "binary"), ("latin.txt", "undecodable"), ("empty.txt", "empty"),
        ("laughs.xml", "unsafe_xml"), ("huge.txt", "too_large"), ("z-lines.jsonl", "bad_json"),
        ("missing-dir", "not_found"),
    }
    assert result.files_seen == len(good) + len(bad)


def test_missing_file_source_is_quarantined_not_raised(tmp_path: Path):
    result = read_sources([tmp_path / "nope.txt"])
    assert (result.articles, result.files_seen) == ((), 0)
    assert [(q.reason, q.path) for q in result.quarantined] == [("not_found", str(tmp_path / "nope.txt"))]


def test_empty_source_string_is_not_the_working_directory():
    result = read_sources([""])
    assert (result.articles, [q.reason for q in result.quarantined]) == ((), ["not_found"])


def test_malformed_manifest_is_quarantined_and_files_still_read(tmp_path: Path):
    (tmp_path / "manifest.json").write_text("{not json")
    (tmp_path / "story.txt").write_text("Story\n\nBody.")
    result = read_sources([tmp_path])
    assert [a.source for a in result.articles] == ["story.txt"]
    assert [q.reason for q in result.quarantined] == ["bad_manifest"]


def test_manifest_entry_that_is_not_an_object_is_quarantined(tmp_path: Path):
    (tmp_path / "manifest.json").write_text(json.dumps({"a.txt": "2024-01-01", "b.txt": {"outlet": "Desk"}}))
    (tmp_path / "a.txt").write_text("A\n\nBody.")
    (tmp_path / "b.txt").write_text("B\n\nBody.")
    result = read_sources([tmp_path])
    assert [(a.source, a.outlet) for a in result.articles] == [("a.txt", None), ("b.txt", "Desk")]
    assert [(q.reason, q.detail) for q in result.quarantined] == [("bad_manifest", "entry 'a.txt': expected an object")]


def test_symlink_loop_is_quarantined(tmp_path: Path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "story.txt").write_text("Story\n\nBody.")
    (tmp_path / "d" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")  # a link to itself: ELOOP on stat
    result = read_sources([tmp_path])
    assert [a.source for a in result.articles] == ["d/story.txt"]
    assert {q.reason for q in result.quarantined} == {"symlink_loop"}


def test_fifo_is_not_read(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "story.txt").write_text("Story\n\nBody.")
    result = read_sources([tmp_path])
    assert [a.source for a in result.articles] == ["story.txt"]
    assert [q.reason for q in result.quarantined] == ["not_a_file"]


def test_unreadable_file_and_directory_are_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Simulated denial: the suite may run as root, which ignores file modes.
    (tmp_path / "locked.txt").write_text("Secret\n\nBody.")
    (tmp_path / "open.txt").write_text("Open\n\nBody.")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "inner.txt").write_text("Inner\n\nBody.")
    real_open, real_scandir = Path.open, os.scandir

    def guarded_open(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def guarded_scandir(path):
        if Path(path).name == "private":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = read_sources([tmp_path])
    assert [a.source for a in result.articles] == ["open.txt"]
    assert [(Path(q.path).name, q.reason) for q in result.quarantined] == [
        ("private", "permission_denied"), ("locked.txt", "permission_denied")]
