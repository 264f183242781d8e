"""A canonical text that states no date takes the earliest date its copies state."""
from __future__ import annotations

from datetime import date

from models.records import Article, DedupAssignment
from tasks.dating import dated_by_copies


def _article(article_id: str, published: date | None, basis: str) -> Article:
    return Article(
        article_id=article_id, doc_id=article_id, source=f"{article_id}.txt", path=f"{article_id}.txt", title=None,
        text="", url=None, outlet=None, published=published, published_basis=basis, word_count=300,  # type: ignore[arg-type]
    )


def _cluster(canonical: str, *copies: str) -> list[DedupAssignment]:
    return [DedupAssignment(canonical, canonical, canonical, 1.0, "canonical")] + [
        DedupAssignment(c, canonical, canonical, 0.9, "contained") for c in copies]


def test_an_undated_canonical_takes_the_earliest_stated_date_of_its_copies():
    articles = [_article("full", None, "unknown"), _article("cut", date(2022, 6, 16), "metadata"),
                _article("lead", date(2022, 6, 15), "url"), _article("guess", date(2022, 6, 14), "story_context")]
    out = {a.article_id: a for a in dated_by_copies(articles, _cluster("full", "cut", "lead", "guess"))}
    assert (out["full"].published, out["full"].published_basis) == (date(2022, 6, 15), "copies")
    assert out["cut"].published_basis == "metadata"  # copies keep their own dates


def test_a_canonical_keeps_a_date_it_states_or_an_inferred_one_after_its_copies():
    stated = [_article("full", date(2022, 6, 20), "metadata"), _article("cut", date(2022, 6, 15), "metadata")]
    assert dated_by_copies(stated, _cluster("full", "cut")) == stated
    inferred = [_article("full", date(2022, 6, 18), "inferred"), _article("cut", date(2022, 6, 15), "metadata")]
    assert dated_by_copies(inferred, _cluster("full", "cut")) == inferred
    older = [_article("full", date(2019, 1, 4), "inferred"), _article("cut", date(2022, 6, 15), "metadata")]
    assert dated_by_copies(older, _cluster("full", "cut"))[0].published == date(2022, 6, 15)


def test_an_article_without_copies_is_left_as_it_is():
    alone = [_article("solo", None, "unknown"), _article("other", date(2022, 6, 15), "metadata")]
    assert dated_by_copies(alone, _cluster("solo") + _cluster("other")) == alone
