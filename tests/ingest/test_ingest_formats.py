"""parse_file per format: what becomes text, title, source and metadata."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from tasks.ingest import parse_file, parse_published

HTML_PAGE = b"""<!doctype html><html><head>
<title>Harbour opens | The Coast Times</title>
<meta property="article:published_time" content="2023-03-14T22:30:00-04:00">
<meta property="og:site_name" content="The Coast Times">
<script>var published = "1999-01-01";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<header><div>The Coast Times</div></header>
<article>
<h1>Harbour opens after repairs</h1>
<p>The old harbour reopened on Tuesday &amp; fishing boats returned.</p>
<p>Repairs took <b>two years</b>,
 officials said.</p>
<ul><li>First item</li><li>Second item</li></ul>
<noscript>Enable JavaScript</noscript>
</article>
<aside>Most read: something else</aside>
<footer>Copyright line</footer>
</body></html>"""

RSS_FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Valley Gazette</title>
<item><title>Bridge closes</title><link>https://gazette.example/bridge</link>
<pubDate>Mon, 02 Oct 2023 08:00:00 +0200</pubDate>
<description>&lt;p&gt;The bridge closed on &lt;b&gt;Monday&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Market day</title>
<pubDate>not a date</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The market moved to the square.</p><p>Stalls open at dawn.</p>]]></content:encoded></item>
</channel></rss>"""

ATOM_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title>
<entry><title type="html">Rain &amp;amp; wind</title>
<link rel="alternate" href="https://hill.example/rain"/><link rel="edit" href="https://hill.example/edit"/>
<updated>2023-11-05T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Storms hit the hills.</p><p>Roads were shut.</p></div></content>
</entry></feed>"""


def one(relname: str, data: bytes, meta=None):
    articles, quarantined = parse_file(relname, data, meta)
    assert quarantined == []
    assert len(articles) == 1
    return articles[0]


@pytest.mark.parametrize(
    ("relname", "data", "fmt", "title", "text"),
    [
        ("note.txt", b"\n\nCity council meets\n\nThe council met on Monday.\n", "txt",
         "City council meets", "City council meets\n\nThe council met on Monday."),
        ("crlf.txt", b"Ferry late\r\n\r\nThe ferry was late.\r\n", "txt", "Ferry late", "Ferry late\n\nThe ferry was late."),
        ("dated.txt", b"Saturday, June 29, 2024\n\nLibrary reopens\n\nDoors open today.", "txt",
         "Library reopens", "Saturday, June 29, 2024\n\nLibrary reopens\n\nDoors open today."),
        ("post.md",
         b"# Town **hall** vote\n\nThe [council](https://x.example/c) voted _twice_ on snake_case rules.\n"
         b"![photo](img.png)\n> Quoted line",
         "md", "Town hall vote",
         "Town hall vote\n\nThe council voted twice on snake_case rules.\n\nQuoted line"),
        ("page.html", HTML_PAGE, "html", "Harbour opens after repairs",
         "Harbour opens after repairs\n\nThe old harbour reopened on Tuesday & fishing boats returned.\n\n"
         "Repairs took two years, officials said.\n\nFirst item\n\nSecond item"),
        ("noext", b"Plain words without an extension.", "txt", "Plain words without an extension.",
         "Plain words without an extension."),
    ],
)
def test_document_formats(relname, data, fmt, title, text):
    article = one(relname, data)
    assert (article.source, article.fmt, article.title, article.text) == (relname, fmt, title, text)


def test_text_keeps_typography_and_offsets_basis():
    data = "Quote\n\n“Yes,” she said\u00a0today — it’s done.".encode()
    assert one("q.txt", data).text == "Quote\n\n“Yes,” she said\u00a0today — it’s done."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfBOM story\nBody.", "BOM story\nBody."),
        ("UTF-16 story\nBody é.".encode("utf-16"), "UTF-16 story\nBody é."),
        ("UTF-16BE story".encode("utf-16-be").join([b"\xfe\xff", b""]), "UTF-16BE story"),
    ],
)
def test_decoding_with_bom(data, expected):
    assert one("enc.txt", data).text == expected


def test_html_metadata():
    article = one("page.html", HTML_PAGE)
    assert article.published == datetime(2023, 3, 15, 2, 30)  # converted to UTC
    assert article.outlet == "The Coast Times"
    assert "Copyright" not in article.text and "Most read" not in article.text and "Home" not in article.text


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        (b"<html><head><title>Only title</title></head><body><p>Body text here.</p></body></html>",
         "Only title", None),
        (b"<html><body><article><header><h1>Head</h1><time datetime='2022-05-01'>May</time></header>"
         b"<p>Story body.</p></article></body></html>", "Head", datetime(2022, 5, 1)),
        (b"<html><head><meta name='date' content='June 3, 2021'></head><body><p>Words.</p></body></html>",
         None, datetime(2021, 6, 3)),
        (b'<html><head><script type="application/ld+json">{"@graph":[{"datePublished":"2020-02-02T10:00:00Z"}]}'
         b"</script></head><body><p>Words.</p></body></html>", None, datetime(2020, 2, 2, 10)),
    ],
)
def test_html_title_and_published_fallbacks(page, title, published):
    article = one("p.html", page)
    assert (article.title, article.published) == (title, published)


def test_html_keeps_article_headline_from_header_at_top_of_text():
    page = b"<article><header><h1>Head</h1></header><p>Story body.</p></article>"
    assert one("p.html", page).text == "Head\n\nStory body."


def test_html_longest_article_wins_over_teasers():
    page = (b"<article><p>Short teaser.</p></article>"
            b"<article><p>The real story is much longer than the teaser card.</p></article>")
    assert one("p.html", page).text == "The real story is much longer than the teaser card."


@pytest.mark.parametrize(
    ("relname", "payload", "sources"),
    [
        ("one.json", {"text": "Single record.", "title": "T"}, ["one.json"]),
        ("url.json", {"text": "Single record.", "url": "https://a.example/x"}, ["https://a.example/x"]),
        ("list.json", [{"text": "First."}, {"text": "Second.", "url": "https://a.example/2"}],
         ["list.json#1", "https://a.example/2"]),
        ("wrapped.json", {"articles": [{"text": "First."}, {"text": "Second."}]}, ["wrapped.json#1", "wrapped.json#2"]),
        ("same-url.json", [{"text": "A.", "url": "https://a.example/s"}, {"text": "B.", "url": "https://a.example/s"}],
         ["https://a.example/s", "same-url.json#2"]),
        ("not-url.json", [{"text": "A.", "url": "see website"}, {"text": "B."}], ["not-url.json#1", "not-url.json#2"]),
    ],
)
def test_json_sources(relname, payload, sources):
    articles, quarantined = parse_file(relname, json.dumps(payload).encode())
    assert quarantined == []
    assert [a.source for a in articles] == sources
    assert {a.fmt for a in articles} == {"json"}


def test_json_fields():
    record = {"text": "Body.\r\nMore.", "title": " A  title ", "url": "https://a.example/1",
              "published": "2024-01-02T03:04:05+01:00", "outlet": "Daily"}
    article = one("r.json", json.dumps(record).encode())
    assert (article.text, article.title, article.url, article.outlet, article.published) == (
        "Body.\nMore.", "A title", "https://a.example/1", "Daily", datetime(2024, 1, 2, 2, 4, 5))


def test_jsonl_names_records_by_line():
    data = b'{"text": "First line story."}\n\n{"text": "Third line story.", "published": "2024-02-03"}\n'
    articles, quarantined = parse_file("feed.jsonl", data)
    assert quarantined == []
    assert [(a.source, a.published) for a in articles] == [
        ("feed.jsonl#1", None), ("feed.jsonl#3", datetime(2024, 2, 3))]
    assert articles[0].fmt == "jsonl"


def test_rss_items():
    articles, quarantined = parse_file("valley.rss", RSS_FEED)
    assert quarantined == []
    first, second = articles
    assert (first.source, first.title, first.text, first.published, first.outlet, first.fmt) == (
        "https://gazette.example/bridge", "Bridge closes", "The bridge closed on Monday.",
        datetime(2023, 10, 2, 6, 0), "Valley Gazette", "rss")
    # No link: named by position; content:encoded wins over the teaser; bad date → None.
    assert (second.source, second.text, second.published) == (
        "valley.rss#2", "The market moved to the square.\n\nStalls open at dawn.", None)


def test_atom_entry():
    article = one("hill.atom", ATOM_FEED)
    assert (article.source, article.title, article.text, article.published, article.outlet, article.fmt) == (
        "https://hill.example/rain", "Rain & wind", "Storms hit the hills.\n\nRoads were shut.",
        datetime(2023, 11, 5, 10, 0), "Hill Post", "atom")


def test_unknown_extension_sniffs_html():
    article = one("page", b"<!DOCTYPE html><html><body><p>Sniffed page.</p></body></html>")
    assert (article.fmt, article.text) == ("html", "Sniffed page.")


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (None, ("Heading", None, None, None)),
        ({"published": "2024-06-19", "outlet": "Wire", "title": "Manifest title", "url": "https://w.example/a"},
         ("Manifest title", datetime(2024, 6, 19), "Wire", "https://w.example/a")),
        ({"published": "not a date", "outlet": 42}, ("Heading", None, None, None)),
    ],
)
def test_manifest_meta_overrides_inferred_fields(meta, expected):
    article = one("a.txt", b"Heading\n\nBody.", meta)
    assert (article.title, article.published, article.outlet, article.url) == expected
    assert article.source == "a.txt"


def test_record_fields_win_over_manifest_and_manifest_fills_gaps():
    data = json.dumps([{"text": "A.", "published": "2020-01-01"}, {"text": "B."}]).encode()
    articles, _ = parse_file("r.json", data, {"published": "2021-01-01", "outlet": "Desk", "title": "ignored"})
    assert [(a.published, a.outlet, a.title) for a in articles] == [
        (datetime(2020, 1, 1), "Desk", None), (datetime(2021, 1, 1), "Desk", None)]


def test_path_defaults_to_relname_and_can_be_given():
    articles, _ = parse_file("a.txt", b"Words.", path="/data/a.txt")
    assert articles[0].path == "/data/a.txt"
    assert parse_file("a.txt", b"Words.")[0][0].path == "a.txt"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-19", datetime(2024, 6, 19)),
        ("2024-06-19T03:00:00+09:00", datetime(2024, 6, 18, 18)),
        ("2024-06-19T10:00:00Z", datetime(2024, 6, 19, 10)),
        ("Wed, 19 Jun 2024 03:00:00 GMT", datetime(2024, 6, 19, 3)),
        ("June 19, 2024", datetime(2024, 6, 19)),
        ("Wednesday, June 19, 2024", datetime(2024, 6, 19)),
        ("19 June 2024", datetime(2024, 6, 19)),
        ("Jun. 19th, 2024 4:47 p.m.", datetime(2024, 6, 19, 16, 47)),
        ("June 2024", None),  # no day: not guessed
        ("June 31, 2024", None),
        ("yesterday", None),
        ("0001-01-01", None),
        ("0001-01-01T00:00:00+01:00", None),
        (datetime(2024, 6, 19, 3, tzinfo=timezone(timedelta(hours=9))), datetime(2024, 6, 18, 18)),
        (date(2024, 6, 19), datetime(2024, 6, 19)),
        ("", None),
        (20240619, None),
        (None, None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected
