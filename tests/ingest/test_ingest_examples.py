"""The bundled examples/ corpus is fully readable and has the shape its README promises."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tasks.ingest import read_sources

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_examples_ingest_without_quarantine():
    result = read_sources([EXAMPLES])
    assert result.quarantined == ()
    assert result.files_seen == 7
    assert [a.source for a in result.articles] == [
        "asia-briefs.txt#1",
        "asia-briefs.txt#2",
        "asia-briefs.txt#3",
        "https://feed.example.com/2024/04/26/blinken-xi-beijing",
        "https://feed.example.com/2024/05/31/austin-dong-singapore",
        "https://asia.example.org/2024/06/22/kritenbrink-hanoi",
        "mirror/putin-pyongyang-wire.md",
        "putin-hanoi.html",
        "putin-pyongyang-republished.txt",
        "putin-pyongyang-wire.txt",
    ]


def test_examples_carry_their_publication_dates_and_copies():
    articles = {a.source: a for a in read_sources([EXAMPLES]).articles}
    published = {source: a.published for source, a in articles.items()}
    assert published["putin-pyongyang-wire.txt"] == datetime(2024, 6, 19, 16)
    assert published["putin-pyongyang-republished.txt"] == datetime(2024, 6, 20, 7, 15)
    assert published["putin-hanoi.html"] == datetime(2024, 6, 20, 9, 30)
    assert published["https://asia.example.org/2024/06/22/kritenbrink-hanoi"] == datetime(2024, 6, 22, 11)
    assert published["https://feed.example.com/2024/04/26/blinken-xi-beijing"] == datetime(2024, 4, 26, 14)
    # Bundle stories carry their own datelines; a file-wide date would be wrong for them.
    assert all(published[f"asia-briefs.txt#{n}"] is None for n in (1, 2, 3))
    # The Markdown mirror is an exact copy of the wire text; the republished one is not.
    wire = articles["putin-pyongyang-wire.txt"].text
    assert articles["mirror/putin-pyongyang-wire.md"].text == wire
    assert articles["putin-pyongyang-republished.txt"].text != wire
    html = articles["putin-hanoi.html"].text
    assert "Subscribe" not in html and "2021-01-01" not in html and "Most read" not in html


def test_example_stories_are_short_news_stories():
    articles = read_sources([EXAMPLES]).articles
    assert len(articles) >= 5
    for article in articles:
        words = len(article.text.split())
        assert 80 <= words <= 400, (article.source, words)
