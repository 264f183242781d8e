"""Which passages two overlapping articles share, with offsets into both texts."""
from __future__ import annotations

from models.records import ArticleOverlap
from tasks.dedup.passages import passages_between, shared_passages
from tasks.dedup.sentences import sentence_spans

WIRE = (
    "The river commission approved the new dam on Monday after a year of hearings.\n\n"
    "Engineers said the dam would hold back the spring floods that swamp the lower valley.\n\n"
    "Farmers downstream have opposed the plan, saying it will cut the water they need in summer. "
    "Their union has promised to take the decision to court before the end of the month.\n\n"
    "The commission was founded in 1998 to settle quarrels between the two provinces. "
    "Commission chair Ana Ruiz said the vote had been closer than expected."
)
REWRITE = (
    "A dam is coming to the lower valley, whether its farmers like it or not.\n\n"
    "Farmers downstream have opposed the plan, saying it will cut the water they need in summer. "
    "Their union has promised to take the decision to court before the end of the month.\n\n"
    "Local officials welcomed the news at a meeting in the town hall on Tuesday evening.\n\n"
    "The river commission approved the new dam on Monday after a year of hearings."
)


def test_each_run_of_shared_sentences_is_a_passage_with_offsets_in_both_texts():
    found = passages_between("rewrite", REWRITE, "wire", WIRE)
    assert [(p.passage_no, p.sentences) for p in found] == [(1, 2), (2, 1)]
    for p in found:
        assert REWRITE[p.a_start:p.a_end] == WIRE[p.b_start:p.b_end]
    assert REWRITE[found[0].a_start:found[0].a_end].startswith("Farmers downstream")
    assert REWRITE[found[1].a_start:found[1].a_end] == "The river commission approved the new dam on Monday after a year of hearings."


def test_house_style_and_case_do_not_break_a_passage():
    styled = (WIRE.replace("The river", "THE RIVER").replace("Engineers said", "Engineers said,")
              .replace("promised", "‘promised’").replace("chair Ana Ruiz", "chair Mrs. Ana Ruiz"))
    found = passages_between("styled", styled, "wire", WIRE)
    assert sum(p.sentences for p in found) == 6
    assert found[0].a_start == 0


def test_a_dropped_sentence_ends_the_passage_and_short_sentences_do_not_count():
    cut = WIRE.replace("Engineers said the dam would hold back the spring floods that swamp the lower valley.\n\n", "")
    found = passages_between("cut", cut + "\n\nRead more here.", "wire", WIRE + "\n\nRead more here.")
    assert [p.sentences for p in found] == [1, 4]


def test_only_pairs_with_both_texts_known_are_read():
    overlaps = [ArticleOverlap("rewrite", "wire", 3, 0.6, 0.6, "derived"), ArticleOverlap("rewrite", "gone", 1, 0.2, 0.2)]
    found = shared_passages(overlaps, {"rewrite": REWRITE, "wire": WIRE})
    assert {(p.article_a, p.article_b) for p in found} == {("rewrite", "wire")}


def test_sentence_spans_point_at_the_sentences():
    text = "  Mr. Lind arrived on Monday. He left.\nThen rain fell!  "
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Mr. Lind arrived on Monday.", "He left.", "Then rain fell!"]
