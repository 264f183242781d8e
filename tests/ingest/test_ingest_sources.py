"""read_sources: walking, naming, manifests and a stable order."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from tasks.ingest import read_sources


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())


def test_walk_sorts_recurses_and_skips_hidden_manifest_and_readme(tmp_path: Path):
    write(tmp_path, {
        "b.txt": "B\n\nBody.",
        "a/z.txt": "Z\n\nBody.",
        "a/b.md": "# AB\n\nBody.",
        ".hidden.txt": "Hidden\n\nBody.",
        ".git/config.txt": "Hidden dir\n\nBody.",
        "README.md": "# About this corpus",
        "manifest.json": "{}",
    })
    result = read_sources([tmp_path])
    assert [a.source for a in result.articles] == ["a/b.md", "a/z.txt", "b.txt"]
    assert [a.path for a in result.articles] == [str(tmp_path / "a/b.md"), str(tmp_path / "a/z.txt"), str(tmp_path / "b.txt")]
    assert result.quarantined == () and result.files_seen == 3


def test_manifest_entries_apply_by_relative_name_nearest_first(tmp_path: Path):
    write(tmp_path, {
        "manifest.json": json.dumps({
            "top.txt": {"published": "2024-06-19T16:00:00Z", "outlet": "Top Wire", "url": "https://w.example/t"},
            "sub/deep.txt": {"published": "2024-01-01", "outlet": "Root says"},
            "sub/near.txt": {"outlet": "Root says"},
        }),
        "sub/manifest.json": json.dumps({"./near.txt": {"published": "June 20, 2024", "outlet": "Sub says"}}),
        "top.txt": "Top\n\nBody.",
        "sub/deep.txt": "Deep\n\nBody.",
        "sub/near.txt": "Near\n\nBody.",
        "plain.txt": "Plain\n\nBody.",
    })
    result = read_sources([tmp_path])
    got = {a.source: (a.published, a.outlet, a.url) for a in result.articles}
    assert got == {
        "plain.txt": (None, None, None),
        "sub/deep.txt": (datetime(2024, 1, 1), "Root says", None),
        "sub/near.txt": (datetime(2024, 6, 20), "Sub says", None),
        "top.txt": (datetime(2024, 6, 19, 16), "Top Wire", "https://w.example/t"),
    }


def test_file_given_directly_uses_its_directory_manifest(tmp_path: Path):
    write(tmp_path, {"manifest.json": json.dumps({"one.txt": {"outlet": "Desk"}}), "one.txt": "One\n\nBody."})
    result = read_sources([str(tmp_path / "one.txt")])
    assert [(a.source, a.outlet) for a in result.articles] == [("one.txt", "Desk")]


def test_bundle_gets_manifest_date_and_outlet_but_not_title_or_url(tmp_path: Path):
    write(tmp_path, {
        "manifest.json": json.dumps({"b.txt": {"published": "2024-05-27", "outlet": "Digest", "title": "X", "url": "https://x.example"}}),
        "b.txt": "One\nBody.\nRead More\nTwo\nBody.",
    })
    result = read_sources([tmp_path])
    assert [(a.source, a.title, a.url, a.outlet, a.published) for a in result.articles] == [
        ("b.txt#1", "One", None, "Digest", datetime(2024, 5, 27)),
        ("b.txt#2", "Two", None, "Digest", datetime(2024, 5, 27)),
    ]


def test_order_and_content_do_not_depend_on_argument_order(tmp_path: Path):
    write(tmp_path, {
        "x/2.txt": "Two\n\nBody.", "x/10.txt": "Ten\n\nBody.", "y/feed.jsonl": '{"text": "A."}\n{"text": "B."}\n',
        "y/b.txt": "S1\nRead More\nS2\nRead More\nS3",
    })
    first = read_sources([tmp_path / "y", tmp_path / "x"])
    second = read_sources([tmp_path / "x", tmp_path / "y"])
    assert first == second == read_sources([tmp_path / "x", tmp_path / "y"])
    assert [a.source for a in first.articles] == ["10.txt", "2.txt", "b.txt#1", "b.txt#2", "b.txt#3", "feed.jsonl#1", "feed.jsonl#2"]


def test_same_relative_name_under_two_roots_stays_distinct(tmp_path: Path):
    write(tmp_path, {"one/story.txt": "First\n\nBody.", "two/story.txt": "Second\n\nBody.",
                     "one/feed.json": json.dumps({"text": "A.", "url": "https://s.example/1"}),
                     "two/feed.json": json.dumps({"text": "A.", "url": "https://s.example/1"})})
    result = read_sources([tmp_path / "one", tmp_path / "two"])
    sources = [a.source for a in result.articles]
    assert sources == ["https://s.example/1", "story.txt", f"{tmp_path / 'two' / 'feed.json'}#1", str(tmp_path / "two" / "story.txt")]
    assert len(set(sources)) == len(sources)


def test_a_file_reached_twice_is_read_once(tmp_path: Path):
    write(tmp_path, {"d/a.txt": "A\n\nBody."})
    result = read_sources([tmp_path / "d", tmp_path / "d" / "a.txt", tmp_path / "d"])
    assert [a.source for a in result.articles] == ["a.txt"] and result.files_seen == 1


def test_directory_symlink_is_followed_once(tmp_path: Path):
    write(tmp_path, {"real/a.txt": "A\n\nBody."})
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    result = read_sources([tmp_path / "corpus"])
    assert [a.source for a in result.articles] == ["linked/a.txt"]
