"""The tagger never raises and always returns well-formed spans, whatever the text."""
from __future__ import annotations

import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.temporal import infer_publication, tag

ANCHOR = date(2024, 6, 19)

_WORDS = ["May", "may", "June", "19", "2024", "Wednesday", "last", "week", "the", "day", "after",
          "-", "–", "%", "1/2", "3rd", "one-on-one", "72-year-old", "ago", "years", "since",
          "early", "1990s", "Q3", "a.m.", "10:35", "every", "between", "and", "$", "'s", "\n",
          "Read More", "Updated", "MOSCOW,", "(AP)", "now", "future", "morning", "Christmas"]

news_like = st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join)
adversarial = st.one_of(
    st.text(max_size=400),
    st.integers(min_value=1, max_value=3000).map(lambda n: "9" * n),
    st.integers(min_value=1, max_value=5000).map(lambda n: " " * n + "June 19" + "\t" * n),
    st.text(alphabet="0123456789/-.,:% ", max_size=300),
    st.text(alphabet=st.characters(min_codepoint=0x370, max_codepoint=0x3000), max_size=200),
    news_like,
)


def _check_spans(text: str, out) -> None:
    prev_end = -1
    for tx in out:
        assert 0 <= tx.start < tx.end <= len(text)
        assert tx.text == text[tx.start:tx.end]
        assert tx.start >= prev_end, "spans must be sorted and must not overlap"
        prev_end = tx.end
        assert tx.type in ("DATE", "TIME", "DURATION", "SET")
        assert tx.basis in ("explicit", "relative_to_publication", "relative_to_narrative")
        if tx.date_start is not None:
            assert tx.date_end is not None and tx.date_start <= tx.date_end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=adversarial, use_anchor=st.booleans())
def test_tag_never_raises_and_spans_are_valid(text, use_anchor):
    out = tag(text, ANCHOR if use_anchor else None)
    _check_spans(text, out)


@settings(max_examples=100, deadline=None)
@given(text=adversarial)
def test_infer_publication_never_raises(text):
    d, basis = infer_publication(text)
    assert basis in ("dateline", "updated_line", "inferred", "unknown")
    assert d is None or type(d) is date


def test_non_string_input_is_empty():
    assert tag(None, ANCHOR) == []  # type: ignore[arg-type]
    assert tag(b"June 19", ANCHOR) == []  # type: ignore[arg-type]


def test_time_is_bounded_on_huge_inputs():
    texts = ["1" * 200_000, " " * 500_000 + "May", "June 19, 2024 " * 20_000,
             "-".join(["12"] * 50_000), "a" * 300_000]
    for text in texts:
        t0 = time.perf_counter()
        out = tag(text, ANCHOR)
        assert time.perf_counter() - t0 < 10
        _check_spans(text, out)
