"""Dedup on the real seed articles (../shared) and on a small synthetic wire sample."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dedup_stories import article
from tasks.dedup import deduplicate

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"


def _seed_articles() -> list:
    if not SEEDS.is_dir():
        pytest.skip(f"../shared not found at {SEEDS.resolve()}: the seed corpus lives there (present in CI)")
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name.startswith("000_"):
            stories = [s for s in re.split(r"(?m)^[ \t]*Read More[ \t]*$", text) if s.strip()]
            articles += [article(f"{path.name}#{n}", story) for n, story in enumerate(stories, 1)]
        else:
            articles.append(article(path.name, text))
    return articles


@pytest.mark.seeds
def test_no_two_seed_articles_are_copies() -> None:
    articles = _seed_articles()
    bundle = [a for a in articles if a.article_id.startswith("000_")]
    assert len(bundle) == 10
    result = deduplicate(articles)
    clusters = [a.cluster_id for a in result.assignments]
    assert len(set(clusters)) == len(articles) == 14
    assert all(a.method == "canonical" for a in result.assignments)


@pytest.mark.seeds
def test_sentences_004_shares_with_other_seeds_are_overlaps() -> None:
    # Found empirically: 004 restates a sentence of 001 with its clauses swapped ("Much has
    # changed since ..." / "Since ..., much has changed"); no seed copies 004 verbatim.
    result = deduplicate(_seed_articles())
    pairs = {(o.article_a[:3], o.article_b[:3]): o for o in result.overlaps}
    assert ("001", "004") in pairs
    overlap = pairs[("001", "004")]
    assert overlap.shared_sentences >= 1
    assert 0 < overlap.containment_a < 0.2 and 0 < overlap.containment_b < 0.2


@pytest.mark.seeds
def test_a_republished_seed_joins_it_later() -> None:
    articles = _seed_articles()
    first = deduplicate(articles)
    source = next(a for a in articles if a.article_id.startswith("001_"))
    paragraphs = [p for p in source.text.split("\n\n") if p.strip()]
    copy = article("republished-001", "Republished headline\n\nBy A. Writer\n\n" + "\n\n".join(paragraphs[2:-3]),
                   title="Republished headline")
    later = deduplicate([copy], known=first.signatures)
    assert later.assignments[0].cluster_id == source.article_id


def test_small_synthetic_wire_sample_meets_the_bar() -> None:
    from benchmarks.synthetic_wire import generate, pairwise_scores

    corpus = generate(300, seed=11)
    result = deduplicate(corpus.articles)
    predicted = {a.article_id: a.cluster_id for a in result.assignments}
    precision, recall, f1 = pairwise_scores(corpus.truth, predicted)
    assert precision >= 0.98
    assert f1 >= 0.95


def test_parallel_featurizing_gives_the_same_result() -> None:
    from benchmarks.synthetic_wire import generate

    corpus = generate(120, seed=4)
    assert deduplicate(corpus.articles, workers=2) == deduplicate(corpus.articles, workers=1)
