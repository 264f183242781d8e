"""parse_file never raises, whatever the bytes, the name or the manifest entry."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.records import Quarantined, RawArticle
from tasks.ingest import parse_file, parse_published

EXTENSIONS = ["", ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom", ".bin", ".TXT"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
markup_bytes = st.lists(
    st.sampled_from([
        b"<p>", b"</p>", b"<script>", b"<nav>", b"</nav>", b"<h1>", b"<article>", b"<!DOCTYPE x [", b"<!ENTITY",
        b"<?xml version='1.0'?>", b"<rss><channel><item>", b"<description>", b"{\"text\": ", b"\"", b"[", b"]",
        b"\n", b"Read More\n", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"word ", b"&amp;", b"&#xD800;", b"<![CDATA[",
    ]),
    max_size=40,
).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stem=st.text(max_size=20),
    extension=st.sampled_from(EXTENSIONS),
    data=st.binary(max_size=2000) | markup_bytes,
    meta=st.none() | st.dictionaries(st.sampled_from(["published", "url", "outlet", "title", "x"]), json_values) | json_values,
)
def test_parse_file_never_raises(stem, extension, data, meta):
    articles, quarantined = parse_file(stem + extension, data, meta)
    assert all(isinstance(a, RawArticle) and a.text.strip() for a in articles)
    assert all(isinstance(q, Quarantined) and q.reason for q in quarantined)
    assert articles or quarantined


@settings(max_examples=300, deadline=None)
@given(
    value=json_values
    | st.datetimes(timezones=st.timezones())
    | st.dates()
    | st.from_regex(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}", fullmatch=True)
)
def test_parse_published_never_raises(value):
    result = parse_published(value)
    assert result is None or (result.tzinfo is None and 1900 <= result.year <= 2100)
