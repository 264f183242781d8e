"""Exact, near and contained copies; different stories of one event; stability; incremental."""
from __future__ import annotations

import random
from datetime import date

import pytest

from dedup_stories import HARBOR_OTHER_STORY, HARBOR_STORY, UNRELATED_STORY, article, republished
from tasks.dedup import deduplicate


def _edited(text: str, swaps: dict[str, str]) -> str:
    for old, new in swaps.items():
        assert old in text
        text = text.replace(old, new, 1)
    return text


ORIGINAL = article("a-original", HARBOR_STORY, published=date(2024, 6, 18))
EXACT = article(
    "a-exact",
    republished(HARBOR_STORY.replace("'", "\u2019"), "Port Kesh lease signed", "By Mara Quist, Coastal Wire"),
    title="Port Kesh lease signed",
    published=date(2024, 6, 19),
)
NEAR = article(
    "a-near",
    republished(
        # four edits: clearly above the 0.8 threshold, which a stored copy's MinHash estimate
        # (about +-0.035 at 128 permutations) must also clear
        _edited(HARBOR_STORY, {"Tuesday": "Monday", "reporters": "journalists", "demanded": "insisted", "autumn": "fall"}),
        "Harbor deal ends two years of talks", "Reporting by Ivo Stern; Editing by Ana Pell"),
    title="Harbor deal ends two years of talks",
    published=date(2024, 6, 19),
)
TRUNCATED = article("a-truncated", "\n\n".join(HARBOR_STORY.split("\n\n")[:4]), published=date(2024, 6, 19))
EMBEDDED = article(
    "a-embedded",
    "Morning briefing\n\n" + UNRELATED_STORY.split("\n\n")[0] + "\n\n" + HARBOR_STORY + "\n\n"
    + "\n\n".join(UNRELATED_STORY.split("\n\n")[1:3]),
    published=date(2024, 6, 20),
)
OTHER = article("b-other-writer", HARBOR_OTHER_STORY)
UNRELATED = article("c-unrelated", UNRELATED_STORY)


def _clusters(result) -> dict[str, str]:
    return {a.article_id: a.cluster_id for a in result.assignments}


def test_copies_join_one_cluster_with_the_right_method() -> None:
    result = deduplicate([ORIGINAL, EXACT, NEAR, TRUNCATED, OTHER, UNRELATED])
    by_id = {a.article_id: a for a in result.assignments}
    assert by_id["a-exact"].method == "exact"
    assert by_id["a-near"].method == "near" and 0.8 <= by_id["a-near"].similarity < 1.0
    assert by_id["a-truncated"].method == "contained"
    clusters = _clusters(result)
    assert clusters["a-original"] == clusters["a-exact"] == clusters["a-near"] == clusters["a-truncated"]
    assert len({clusters["a-original"], clusters["b-other-writer"], clusters["c-unrelated"]}) == 3


def test_canonical_is_most_complete_then_earliest() -> None:
    result = deduplicate([EXACT, ORIGINAL, TRUNCATED])
    canonical = {a.canonical_id for a in result.assignments}
    # The original and the exact copy have the same body; the original was published first.
    assert canonical == {"a-original"}
    assert {a.cluster_id for a in result.assignments} == {"a-original"}
    assert next(a for a in result.assignments if a.article_id == "a-original").method == "canonical"


def test_copy_inside_a_longer_page_is_found() -> None:
    result = deduplicate([ORIGINAL, EMBEDDED, UNRELATED])
    clusters = _clusters(result)
    assert clusters["a-embedded"] == clusters["a-original"]
    assert clusters["c-unrelated"] != clusters["a-original"]


def test_page_mostly_about_other_things_is_not_canonical() -> None:
    page = article("a-page", HARBOR_OTHER_STORY + "\n\n" + "\n\n".join(HARBOR_STORY.split("\n\n")[:5]))
    result = deduplicate([TRUNCATED, page])
    assert {a.cluster_id for a in result.assignments} == {"a-truncated"}
    assert {a.canonical_id for a in result.assignments} == {"a-truncated"}


def test_page_holding_two_stories_does_not_merge_them() -> None:
    page = article("d-roundup", HARBOR_STORY + "\n\n" + UNRELATED_STORY)
    result = deduplicate([ORIGINAL, UNRELATED, page])
    clusters = _clusters(result)
    assert clusters["a-original"] != clusters["c-unrelated"]
    assert clusters["d-roundup"] in {clusters["a-original"], clusters["c-unrelated"]}


def test_same_event_by_another_writer_is_not_a_copy() -> None:
    result = deduplicate([ORIGINAL, OTHER])
    assert len(set(_clusters(result).values())) == 2


def test_reused_sentences_become_an_overlap_not_a_cluster() -> None:
    first, second = HARBOR_STORY.split("\n\n")[1], HARBOR_STORY.split("\n\n")[3]
    rewrite = article("e-rewrite", UNRELATED_STORY + "\n\n" + first + "\n\n" + second)
    result = deduplicate([ORIGINAL, rewrite])
    assert len(set(_clusters(result).values())) == 2
    assert len(result.overlaps) == 1
    overlap = result.overlaps[0]
    assert (overlap.article_a, overlap.article_b) == ("a-original", "e-rewrite")
    assert overlap.shared_sentences >= 3
    assert 0 < overlap.containment_b < overlap.containment_a < 1


def test_single_long_shared_sentence_counts_as_overlap() -> None:
    sentence = HARBOR_STORY.split("\n\n")[2].split(". ")[0] + "."
    rewrite = article("e-one-sentence", UNRELATED_STORY + "\n\n" + sentence)
    result = deduplicate([ORIGINAL, rewrite])
    assert [o.shared_sentences for o in result.overlaps] == [1]


def test_same_input_twice_gives_identical_result() -> None:
    batch = [ORIGINAL, EXACT, NEAR, TRUNCATED, EMBEDDED, OTHER, UNRELATED]
    assert deduplicate(batch) == deduplicate(list(batch))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_input_order_does_not_matter(seed: int) -> None:
    batch = [ORIGINAL, EXACT, NEAR, TRUNCATED, EMBEDDED, OTHER, UNRELATED]
    shuffled = list(batch)
    random.Random(seed).shuffle(shuffled)
    assert deduplicate(shuffled) == deduplicate(batch)


def test_new_copy_joins_a_known_cluster() -> None:
    first = deduplicate([ORIGINAL, OTHER, UNRELATED])
    cluster_of_original = _clusters(first)["a-original"]
    later = deduplicate([NEAR], known=first.signatures)
    (assignment,) = later.assignments
    assert assignment.cluster_id == cluster_of_original
    assert assignment.canonical_id == "a-original"
    assert assignment.method == "near"


def test_more_complete_new_copy_takes_over_as_canonical_of_known_cluster() -> None:
    first = deduplicate([TRUNCATED, UNRELATED])
    later = deduplicate([ORIGINAL], known=first.signatures)
    (assignment,) = later.assignments
    assert assignment.cluster_id == "a-truncated"  # the id never changes...
    assert assignment.canonical_id == "a-original"  # ...the canonical does
    updated = {s.article_id: s for s in later.signatures}
    assert updated["a-truncated"].canonical_id == "a-original"
    assert "c-unrelated" not in updated  # unchanged known signatures are not re-emitted


def test_rerun_with_own_signatures_changes_nothing() -> None:
    batch = [ORIGINAL, EXACT, NEAR, TRUNCATED, OTHER, UNRELATED]
    first = deduplicate(batch)
    again = deduplicate(batch, known=first.signatures)
    assert again.assignments == first.assignments
    assert again.signatures == first.signatures


def test_known_clusters_are_never_fused_by_a_new_article() -> None:
    first = deduplicate([ORIGINAL])
    second = deduplicate([TRUNCATED])  # stored separately, e.g. by an older run with other settings
    known = [*first.signatures, *second.signatures]
    result = deduplicate([EXACT], known=known)
    (assignment,) = result.assignments
    assert assignment.cluster_id in {"a-original", "a-truncated"}
    assert {s.cluster_id for s in result.signatures if s.article_id != "a-exact"} <= {"a-original", "a-truncated"}


@pytest.mark.parametrize("text", ["", "   \n\n", "Read More", "\x00\x01 binary-ish", "word " * 3])
def test_degenerate_texts_do_not_crash_or_merge(text: str) -> None:
    result = deduplicate([article("x-odd", text), article("y-odd", text), ORIGINAL])
    clusters = _clusters(result)
    assert clusters["x-odd"] != clusters["a-original"]
