"""Bundles: one file holding several stories separated by "Read More" lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from tasks.ingest import parse_file, read_sources
from tasks.ingest.text_formats import STORY_SEPARATOR

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
BUNDLE_SEED = "000_2f52c887b9f74830.txt"


@pytest.mark.parametrize(
    "line",
    ["Read More", "READ MORE", "read more", "Read more:", "  Read More  ", "» Read more »", "Read more...", "[Read More]"],
)
def test_separator_lines(line):
    assert STORY_SEPARATOR.match(line.strip())


@pytest.mark.parametrize(
    "line",
    ["Read more: Putin heads to Hanoi", "Read more about the vote", "Must Read", "Readmore", "We read more books"],
)
def test_lines_with_other_words_are_not_separators(line):
    assert not STORY_SEPARATOR.match(line.strip())


def split(text: str) -> list[tuple[str, str | None, str]]:
    articles, quarantined = parse_file("b.txt", text.encode())
    assert quarantined == []
    return [(a.source, a.title, a.text) for a in articles]


def test_bundle_split_numbers_stories_in_file_order():
    text = "First head\n\nFirst body.\n\nRead More\n\nSecond head\nSecond body.\n\nREAD MORE\n\nThird head\n\nThird body."
    assert split(text) == [
        ("b.txt#1", "First head", "First head\n\nFirst body."),
        ("b.txt#2", "Second head", "Second head\nSecond body."),
        ("b.txt#3", "Third head", "Third head\n\nThird body."),
    ]


def test_trailing_leading_and_repeated_separators_make_no_empty_story():
    text = "Read More\n\nOne\nBody one.\n\nRead More\n\n\nRead More\n\nTwo\nBody two.\n\nRead More\n\n"
    assert [source for source, _, _ in split(text)] == ["b.txt#1", "b.txt#2"]


def test_one_story_with_a_footer_separator_keeps_the_plain_name():
    assert split("Only story\n\nIts body.\n\nRead more »\n") == [("b.txt", "Only story", "Only story\n\nIts body.")]


def test_text_without_separator_is_one_article():
    text = "Title\n\nRead more about it in the report.\n\nMore text."
    assert split(text) == [("b.txt", "Title", text)]


def test_markdown_bundle_separator_in_bold():
    articles, _ = parse_file("b.md", b"# One\nBody.\n\n**Read More**\n\n# Two\nBody.")
    assert [(a.source, a.title) for a in articles] == [("b.md#1", "One"), ("b.md#2", "Two")]


def seeds_or_skip() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"../shared not found: {SEEDS} is needed for the seed-corpus ingest test")
    return SEEDS


@pytest.mark.seeds
def test_seed_bundle_has_ten_stories_and_other_seeds_one_each():
    seeds = seeds_or_skip()
    result = read_sources([seeds])
    assert result.quarantined == ()
    assert result.files_seen == 5
    others = sorted(p.name for p in seeds.iterdir() if p.name != BUNDLE_SEED)
    expected = [f"{BUNDLE_SEED}#{n}" for n in range(1, 11)] + others
    assert [a.source for a in result.articles] == expected
    bundle = [a for a in result.articles if a.source.startswith(BUNDLE_SEED)]
    assert all(a.title and a.title in a.text.split("\n", 1)[0] for a in bundle)
    assert not any(STORY_SEPARATOR.match(line.strip()) for a in bundle for line in a.text.split("\n"))
