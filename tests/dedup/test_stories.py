"""Wire stories: copies, rewrites and write-throughs of one story share a story_id; two stories
of one event that reuse a background paragraph do not."""
from __future__ import annotations

from datetime import date

from dedup_stories import HARBOR_OTHER_STORY, HARBOR_STORY, UNRELATED_STORY, article
from tasks.dedup import deduplicate

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
