"""Wire stories: copies, rewrites and write-throughs of one story share a story_id; two stories
of one event that reuse a background paragraph do not."""
from __future__ import annotations

from datetime import date

import pytest

from dedup_stories import HARBOR_OTHER_STORY, HARBOR_STORY, UNRELATED_STORY, article
from tasks.dedup import deduplicate
from tasks.dedup.core import retells

PARAGRAPHS = HARBOR_STORY.split("\n\n")

# An outlet's own lede and closing, keeping three of the wire story's seven paragraphs (about 40%
# of its text), reordered.
REWRITE = "\n\n".join([
    "Port Kesh will see freighters again. That is the promise behind a lease Marenvia granted to its "
    "neighbour this week, and our correspondent found the harbour town divided over it.",
    PARAGRAPHS[2], PARAGRAPHS[1], PARAGRAPHS[4],
    "Shopkeepers near the quay said they would believe in the revival when the first ship docked.",
])

# A later write-through: a new top on the court challenge, then the wire's background kept.
WRITE_THROUGH = "\n\n".join([
    "Marenvia's constitutional court agreed on Thursday to hear the opposition's challenge to the Port "
    "Kesh lease, setting a first hearing for early September and freezing the handover of the berths.",
    "Judges gave the government two weeks to hand over the full annexes of the contract.",
    PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3],
])

# Another agency's story of the same signing that reuses one background paragraph of the wire
# story (well under a quarter of its text).
OTHER_WITH_BACKGROUND = HARBOR_OTHER_STORY + "\n\n" + PARAGRAPHS[5]

# House style: honorifics added and "per cent" spelled out; everything else as the wire printed it.
HOUSE_STYLE = (
    HARBOR_STORY.replace("Transport Minister Ilse Varga", "Transport Minister Mrs. Ilse Varga")
    .replace("Deputy Oren Falk said", "Deputy Mr. Oren Falk said")
    .replace("She said the first cranes", "Mrs. Varga said the first cranes")
    .replace("one percent", "one per cent")
    .replace("negotiations over", "negotiations, as Mr. Falk put it, over")
)


def _by_id(*articles):
    return {a.article_id: a for a in deduplicate(list(articles)).assignments}


def test_a_rewrite_and_a_write_through_share_the_wire_storys_id_but_not_its_cluster():
    wire = article("wire", HARBOR_STORY, published=date(2024, 6, 18))
    rewrite = article("rewrite", REWRITE, published=date(2024, 6, 19))
    later = article("write-through", WRITE_THROUGH, published=date(2024, 6, 20))
    found = _by_id(wire, rewrite, later)
    assert len({found[k].cluster_id for k in found}) == 3  # each is parsed: none is a copy
    assert found["rewrite"].story_id == found["write-through"].story_id == found["wire"].story_id


def test_the_pair_is_linked_as_derived_in_the_overlaps():
    result = deduplicate([article("wire", HARBOR_STORY), article("rewrite", REWRITE)])
    (overlap,) = result.overlaps
    assert (overlap.article_a, overlap.article_b, overlap.relation) == ("rewrite", "wire", "derived")


def test_another_story_reusing_background_is_its_own_story():
    found = _by_id(article("wire", HARBOR_STORY), article("other", OTHER_WITH_BACKGROUND),
                   article("unrelated", UNRELATED_STORY))
    assert len({a.story_id for a in found.values()}) == 3
    result = deduplicate([article("wire", HARBOR_STORY), article("other", OTHER_WITH_BACKGROUND)])
    assert [o.relation for o in result.overlaps] in ([], ["shared_passages"])


def test_a_rewrite_weeks_later_is_a_new_story():
    found = _by_id(article("wire", HARBOR_STORY, published=date(2024, 6, 18)),
                   article("rewrite", REWRITE, published=date(2024, 7, 30)))
    assert found["wire"].story_id != found["rewrite"].story_id


def test_house_style_does_not_hide_a_copy():
    found = _by_id(article("wire", HARBOR_STORY), article("house", HOUSE_STYLE))
    assert found["house"].cluster_id == found["wire"].cluster_id
    assert {found["house"].method, found["wire"].method} == {"canonical", "near"}


def test_a_stored_story_keeps_its_id_when_a_rewrite_arrives_later():
    first = deduplicate([article("wire", HARBOR_STORY, published=date(2024, 6, 18))])
    later = deduplicate([article("rewrite", REWRITE, published=date(2024, 6, 19))], known=first.signatures)
    (assignment,) = later.assignments
    assert assignment.cluster_id == "rewrite" and assignment.story_id == "wire"


# An outlet's own story that keeps only the wire's lede sentence and one later sentence (a fifth
# of the wire's sentences), among paragraphs of its own.
LEDE_KEPT = "\n\n".join([
    "Freighters may soon return to a harbour that has stood nearly empty for five years.",
    PARAGRAPHS[0].split(". ")[0] + ".",
    "Residents of the old quay met the news with caution, and several fishermen said they had "
    "heard such promises before, from other governments and other investors.",
    "The town council has asked for a seat on the body that will oversee the operator, and its "
    "members want the first jobs at the berths to go to people who already live in the town.",
    PARAGRAPHS[3].split(". ")[0] + ".",
    "Council members will travel to the capital next month to press the point with ministers, "
    "and a public meeting on the lease is planned in the market hall before then.",
    "Local traders hope the lease brings work back to the warehouses along the river, most of "
    "which have been boarded up since the last shipping line left the port.",
    "A bakery owner on the quay said she had kept her shop open through the lean years on the "
    "strength of the ferry trade alone, and that a busy port would change everything for her.",
    "Older residents remember when the harbour employed a third of the town and the night shift "
    "at the grain silos kept the street lamps of the lower town burning until dawn.",
    "The regional newspaper will follow the first months of the operator in a series of reports.",
])

# Another agency's story of the same day that reuses one background paragraph of the wire story,
# and a cut of the wire story that is mostly that background: the cut is a copy of the wire, and
# the wire's full text, not the cut, is what the other story is compared with.
OTHER_SAME_DAY = "\n\n".join([*HARBOR_OTHER_STORY.split("\n\n")[:6], PARAGRAPHS[5]])
LOWER_CUT = "\n\n".join(PARAGRAPHS[3:7])


def test_a_rewrite_that_keeps_the_wires_lede_shares_its_story():
    found = _by_id(article("wire", HARBOR_STORY), article("local", LEDE_KEPT))
    assert found["local"].story_id == found["wire"].story_id
    assert found["local"].cluster_id != found["wire"].cluster_id


def test_a_cut_that_is_mostly_background_does_not_join_another_story():
    found = _by_id(article("wire", HARBOR_STORY), article("cut", LOWER_CUT), article("other", OTHER_SAME_DAY))
    assert found["cut"].cluster_id == found["wire"].cluster_id
    assert found["other"].story_id != found["wire"].story_id


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # b's lede is among a's sentences
        ([9, 8, 1, 7, 4], [1, 2, 3, 4, 5], True),
        # one background block, in order, in both
        (list(range(1, 11)), [20, 21, 5, 6, 7, 22, 23], False),
        # sentences scattered through both texts, reordered
        (list(range(1, 21)), [30, 15, 31, 3, 32, 9, 33], True),
        # scattered in one text, but all from one block of the other
        (list(range(1, 31)), [40, 41, 22, 42, 20, 43, 24, 44], False),
        # a single shared sentence is no retelling
        ([1, 2, 3], [1, 7, 8], False),
    ],
)
def test_what_a_retelling_looks_like_in_shared_sentences(a, b, expected):
    assert retells(a, b) is expected
