"""The harder synthetic wire variants (benchmarks/synthetic_wire.py), their ground truth, the
benchmark's scoring helpers and baseline, and the dedup behaviour they exposed: several
differently cut copies contained in one full story all join its cluster."""
from __future__ import annotations

import random

import pytest

from benchmarks.dedup_bench import datasketch_baseline
from benchmarks.synthetic_wire import (
    COPY_VARIANTS,
    DERIVED_VARIANTS,
    DISTINCT_VARIANTS,
    VARIANT_TRUTH,
    Corpus,
    Vocabulary,
    derived_recall,
    false_merges,
    generate,
    house_names,
    house_style,
    make_event,
    make_variant,
    retold,
    shingle_share,
    variant_recall,
    wire_sentences,
    write_story,
)
from tasks.dedup import deduplicate, story_body
from tests.dedup.dedup_stories import HARBOR_STORY, UNRELATED_STORY, article


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return generate(600, seed=5)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def test_every_variant_has_an_explicit_truth() -> None:
    assert set(VARIANT_TRUTH) == {*COPY_VARIANTS, *DERIVED_VARIANTS, *DISTINCT_VARIANTS, "original"}
    assert {VARIANT_TRUTH[k] for k in COPY_VARIANTS} == {"copy"}
    assert {VARIANT_TRUTH[k] for k in DERIVED_VARIANTS} == {"derived"}
    assert {VARIANT_TRUTH[k] for k in DISTINCT_VARIANTS} == {"distinct"}


def test_sample_holds_every_variant(corpus: Corpus) -> None:
    assert set(corpus.kinds.values()) >= {*COPY_VARIANTS, "original"}
    assert {kind for kind, _ in corpus.related.values()} == set(DISTINCT_VARIANTS)
    assert {kind for kind, _ in corpus.derived.values()} == set(DERIVED_VARIANTS)


def test_derived_texts_share_the_wire_story_but_not_the_text(corpus: Corpus) -> None:
    for text, (kind, retold_text) in corpus.derived.items():
        assert corpus.truth[f"{text}-0"] == text != retold_text, kind
        assert corpus.stories[f"{text}-0"] == corpus.stories[f"{retold_text}-0"], kind
    for text, (kind, other) in corpus.related.items():
        assert corpus.stories[f"{text}-0"] != corpus.stories[f"{other}-0"], kind


def test_distinct_stories_have_their_own_story_id(corpus: Corpus) -> None:
    stories = set(corpus.truth.values())
    for story, (kind, resembles) in corpus.related.items():
        assert story != resembles and {story, resembles} <= stories, kind
        assert corpus.truth[f"{story}-0"] == story


def test_easy_mix_has_no_hard_variants() -> None:
    easy = generate(300, seed=5, hard=False)
    assert not set(easy.kinds.values()) & {"lead_only", "sidebar", "house_style", "dateline", "heavy_edit", "update",
                                           "caption_first", "tagline_first", "house_names", "cut"}
    assert not easy.derived
    assert {kind for kind, _ in easy.related.values()} <= {"same_event"}


def test_generation_is_deterministic() -> None:
    a, b = generate(80, seed=9), generate(80, seed=9)
    assert [x.text for x in a.articles] == [x.text for x in b.articles] and a.truth == b.truth


@pytest.mark.parametrize(
    ("us", "uk"),
    [
        ("The defense program had 4 ships.", "The defence programme had four ships."),
        ("Prices rose 12 percent in the center.", "Prices rose 12 per cent in the centre."),
        ('"We traveled far," she said -- on June 4, 2024.', "\u201cWe travelled far,\u201d she said \u2014 on June 4, 2024."),
        ("She criticized 10 neighboring states.", "She criticised ten neighbouring states."),
    ],
)
def test_house_style_changes_spelling_numbers_quotes_not_dates(us: str, uk: str) -> None:
    class EmDash(random.Random):
        def choice(self, seq):  # type: ignore[override]
            return seq[0]

    assert house_style(us, EmDash()) == uk


def _base(seed: int = 3) -> tuple[random.Random, Vocabulary, object, str]:
    rng, vocab = random.Random(seed), Vocabulary()
    event = make_event(rng, vocab)
    return rng, vocab, event, write_story(rng, vocab, event, 450)


def test_lead_only_keeps_the_first_two_or_three_paragraphs() -> None:
    rng, vocab, event, body = _base()
    for _ in range(5):
        page = article("p", make_variant(rng, vocab, event, body, "lead_only"))
        kept = _paragraphs(story_body(page))
        base = _paragraphs(body)
        story_paragraphs = [p for p in kept if p in base]
        assert 2 <= len(story_paragraphs) <= 3 and story_paragraphs == base[: len(story_paragraphs)]


def test_dateline_variant_adds_or_removes_an_agency_dateline() -> None:
    rng, vocab, event, body = _base()
    page = make_variant(rng, vocab, event, body, "dateline")
    assert f"{event.place.upper()} (" in page  # the base has none, so the variant adds one
    assert any(marker in page for marker in ("Editor's note", "Correction:", "has been updated"))


def test_update_keeps_part_of_the_old_text_under_a_new_top() -> None:
    rng, vocab, event, body = _base()
    page = make_variant(rng, vocab, event, body, "update")
    old = _paragraphs(body)
    kept = [p for p in _paragraphs(page) if p in old]
    assert 0.5 * len(old) <= len(kept) <= 0.75 * len(old)
    assert _paragraphs(story_body(article("u", page, title=page.split("\n", 1)[0])))[0] not in old


def test_house_names_keep_the_first_mention_and_shorten_the_rest() -> None:
    rng, vocab, event, _ = _base()
    actor = event.actors[0]
    text = f"{actor} arrived. Later {actor} spoke, and {actor} left."
    out = house_names(text, rng, event)
    surname = actor.split()[-1]
    assert out.startswith(f"{actor} arrived.") and out.count(actor) == 1
    assert out.count(f"Mr. {surname}") + out.count(f"Ms. {surname}") == 2


def test_a_cut_keeps_the_top_of_the_story_up_to_its_outlets_length() -> None:
    rng, vocab, event, body = _base()
    for _ in range(5):
        page = _paragraphs(story_body(article("c", make_variant(rng, vocab, event, body, "cut"))))
        base = _paragraphs(body)
        kept = [p for p in page if p in base]
        assert kept and kept[0] == base[0]
        assert sum(len(p.split()) for p in kept[:-1]) < 300


def test_caption_and_tagline_variants_put_something_before_the_story() -> None:
    rng, vocab, event, body = _base()
    first = _paragraphs(body)[0]
    for kind in ("caption_first", "tagline_first"):
        page = make_variant(rng, vocab, event, body, kind)
        assert not page.startswith(first) and first in page, kind


def test_a_rewrite_keeps_ten_to_thirty_percent_of_the_wire_under_its_own_lede() -> None:
    rng, vocab, event, body = _base()
    wire = wire_sentences(body)
    for _ in range(5):
        text = retold(rng, vocab, event, body)
        mine = wire_sentences(text)
        kept = [s for s in mine if s in wire]
        assert mine[0] not in wire
        assert 0.05 <= sum(len(s.split()) for s in kept) / len(text.split()) <= 0.4


def _originals_related_as(corpus: Corpus, kind: str) -> list[tuple[list[str], list[str]]]:
    """The paragraphs of each distinct story of ``kind`` and of the story it resembles."""
    texts = {a.article_id: _paragraphs(story_body(a).replace("\n", "\n\n")) for a in corpus.articles}
    return [(texts[f"{s}-0"], texts[f"{r}-0"]) for s, (k, r) in corpus.related.items() if k == kind]


def test_agency_pairs_share_dateline_credit_and_some_background(corpus: Corpus) -> None:
    pairs = _originals_related_as(corpus, "agency_pair")
    assert pairs
    for mine, theirs in pairs:
        assert mine[0].split(" - ")[0] == theirs[0].split(" - ")[0]  # the agency's dateline
        assert set(mine) & set(theirs)  # background paragraphs in both
        assert 0.12 <= shingle_share("\n\n".join(mine), "\n\n".join(theirs)) <= 0.3


def test_siblings_share_background_but_not_their_lede(corpus: Corpus) -> None:
    siblings = _originals_related_as(corpus, "sibling")
    assert siblings
    for mine, theirs in siblings:
        shared = set(mine) & set(theirs)
        assert 1 <= len(shared) <= 2
        assert mine[0] != theirs[0]


def test_scoring_helpers_count_variants_and_false_merges() -> None:
    corpus = Corpus(
        articles=[],
        truth={"a-0": "a", "a-1": "a", "a-2": "a", "b-0": "b"},
        kinds={"a-0": "original", "a-1": "lead_only", "a-2": "update", "b-0": "original"},
        related={"b": ("sibling", "a")},
    )
    predicted = {"a-0": "x", "a-1": "x", "a-2": "y", "b-0": "y"}
    assert variant_recall(corpus, predicted) == {"lead_only": (1, 1), "update": (0, 1)}
    assert false_merges(corpus, predicted) == {"sibling": (1, 1)}
    derived = Corpus(
        articles=[], truth={"a-0": "a", "r-0": "r", "w-0": "w"},
        kinds={"a-0": "original", "r-0": "original", "w-0": "original"},
        derived={"r": ("rewrite", "a"), "w": ("write_through", "a")},
    )
    assert derived_recall(derived, {"a-0": "x", "r-0": "x", "w-0": "y"}) == {"rewrite": (1, 1), "write_through": (0, 1)}


def test_datasketch_baseline_clusters_plain_copies_only() -> None:
    copy = HARBOR_STORY.replace("Tuesday", "Tuesday,", 1)
    articles = [article("a", HARBOR_STORY), article("b", copy), article("c", UNRELATED_STORY)]
    clusters = datasketch_baseline(articles)
    assert clusters["a"] == clusters["b"] != clusters["c"]


def test_differently_cut_copies_all_join_the_full_story() -> None:
    """A lead-only copy and a later cut, neither inside the other, both inside the full story:
    before the fix only the larger cut joined and the lead-only copy stayed alone."""
    paragraphs = _paragraphs(HARBOR_STORY)
    lead = article("b-lead", "\n\n".join(paragraphs[:2]))
    later = article("c-later", "\n\n".join(paragraphs[1:6]))
    full = article("a-full", HARBOR_STORY)
    clusters = {a.article_id: a.cluster_id for a in deduplicate([full, lead, later]).assignments}
    assert clusters == {"a-full": "a-full", "b-lead": "a-full", "c-later": "a-full"}


def test_short_copies_of_two_stories_on_one_page_stay_apart() -> None:
    harbor, frost = _paragraphs(HARBOR_STORY), _paragraphs(UNRELATED_STORY)
    page = article("p-roundup", HARBOR_STORY + "\n\n" + UNRELATED_STORY)
    harbor_cut = article("h-cut", "\n\n".join(harbor[:5]))
    frost_cut = article("f-cut", "\n\n".join(frost[:4]))
    clusters = {a.article_id: a.cluster_id for a in deduplicate([page, harbor_cut, frost_cut]).assignments}
    assert clusters["h-cut"] != clusters["f-cut"]


def test_edited_short_copy_is_still_verified() -> None:
    """Pairs are verified only when they share enough sentences; a lightly edited cut must
    still get there."""
    paragraphs = _paragraphs(HARBOR_STORY)
    cut = "\n\n".join(paragraphs[:4]).replace("strategic", "strategc").replace("installed", "put in")
    clusters = {a.article_id: a.cluster_id for a in deduplicate(
        [article("a-full", HARBOR_STORY), article("b-cut", cut)]).assignments}
    assert clusters["b-cut"] == "a-full"


MOST_READ = """Most read

Council votes to close the old river ferry after ninety years
Striking bakers reach a deal with city hall over night shifts
Museum returns bronze statues to the island that lost them
Heat wave forces schools across the north to shorten lessons"""


def test_an_outlets_most_read_lines_are_not_passage_reuse() -> None:
    """Headline lines without a closing mark are links, not story sentences: two different
    stories carrying the same sidebar neither cluster nor overlap."""
    harbor = "\n\n".join(_paragraphs(HARBOR_STORY)[:3])
    frost = "\n\n".join(_paragraphs(UNRELATED_STORY)[:3])
    result = deduplicate([article("a-harbor", harbor + "\n\n" + MOST_READ), article("b-frost", MOST_READ + "\n\n" + frost)])
    assert len({a.cluster_id for a in result.assignments}) == 2
    assert result.overlaps == ()
