"""Dating articles that state no date: by the well-dated articles of their own story."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from models.records import Article
from tasks.events.anchoring import stale_update_anchors, story_anchors
from tasks.events.stories import StoryResemblance, story_terms


def _article(article_id: str, published: date | None, basis: str) -> Article:
    return Article(
        article_id=article_id, doc_id=article_id, source=f"{article_id}.txt", path=f"{article_id}.txt", title=None,
        text="", url=None, outlet=None, published=published, published_basis=basis, word_count=100,  # type: ignore[arg-type]
    )


def _terms(words: str) -> Counter[str]:
    return Counter(words.split())


# words of our own, as story_terms would give them (lemmas of nouns and names, figures)
FLOOD = _terms("derna dam dam flood flood storm daniel wadi benghazi crescent rescuer 5100 mud city people")
FLOOD_COPY = _terms("derna dam flood flood storm daniel wadi tobruk rescuer 5100 body city people")
ELECTION = _terms("lula bolsonaro ballot runoff vote vote 50.9 paulo party city people")
QUAKE = _terms("quake magnitude 6.8 marrakech atlas village rubble rescuer city people")
SUMMIT = _terms("summit leader communique delegation treaty minister city people")
FUSION = _terms("fusion laser ignition livermore energy megajoule city people")
OTHERS = {"e": ELECTION, "q": QUAKE, "s": SUMMIT, "f": FUSION}


def _stories(**terms: Counter[str]) -> StoryResemblance:
    return StoryResemblance({**OTHERS, **terms})


def test_an_undated_article_takes_the_latest_date_of_its_storys_articles():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 9, 13), "url"),
             _article("e", date(2022, 10, 30), "metadata")]
    assert story_anchors([weak], dated, _stories(w=FLOOD, a=FLOOD_COPY, b=FLOOD)) == {"w": date(2023, 9, 13)}


def test_articles_of_other_stories_sharing_common_words_date_nothing():
    weak = _article("w", None, "unknown")
    dated = [_article("q", date(2023, 9, 9), "metadata"), _article("e", date(2022, 10, 30), "metadata")]
    stories = _stories(w=FLOOD)
    assert stories.similarity("w", "q") < 0.35
    assert story_anchors([weak], dated, stories) == {}


def test_a_story_whose_dated_articles_disagree_leaves_the_article_undated():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 10, 2), "metadata")]
    assert story_anchors([weak], dated, _stories(w=FLOOD, a=FLOOD, b=FLOOD)) == {}


def test_an_article_naming_too_few_things_is_not_placed_in_a_story():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata")]
    few = _terms("derna dam flood storm")
    assert story_anchors([weak], dated, _stories(w=few, a=FLOOD)) == {}


def test_an_inferred_date_well_before_the_story_is_lifted_but_a_recent_one_is_kept():
    background = _article("old", date(2016, 1, 17), "inferred")  # a background date the article names
    recent = _article("recent", date(2023, 9, 5), "inferred")  # a week before: its own news
    late = _article("late", date(2023, 9, 20), "inferred")
    dated = [_article("a", date(2023, 9, 12), "metadata")]
    stories = _stories(old=FLOOD, recent=FLOOD, late=FLOOD, a=FLOOD_COPY)
    assert story_anchors([background, recent, late], dated, stories) == {"old": date(2023, 9, 12)}


def test_most_of_a_storys_dates_outvote_an_equally_alike_follow_up():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 9, 13), "url"),
             _article("c", date(2023, 10, 2), "metadata")]
    assert story_anchors([weak], dated, _stories(w=FLOOD, a=FLOOD, b=FLOOD, c=FLOOD)) == {"w": date(2023, 9, 13)}


JUNE = _terms("fed reserve powell rate rate hike inflation 1.5 1.75 8.6 june meeting treasury")
JULY = _terms("fed reserve powell rate rate hike inflation 2.25 2.5 9.1 july meeting wall street")


def test_the_clearly_closest_article_dates_it_against_the_majority():
    weak = _article("w", None, "unknown")
    dated = [_article(f"j{i}", date(2022, 6, 15), "metadata") for i in range(3)] + [
        _article("k", date(2022, 7, 27), "metadata")]
    stories = _stories(w=JULY, j0=JUNE, j1=JUNE, j2=JUNE, k=JULY)
    assert story_anchors([weak], dated, stories) == {"w": date(2022, 7, 27)}


def test_a_majority_does_not_date_an_article_that_resembles_the_minority_more():
    weak = _article("w", None, "unknown")
    nearly_july = _terms("fed reserve powell rate rate hike inflation 2.25 2.5 1.75 june july meeting")
    dated = [_article(f"j{i}", date(2022, 6, 15), "metadata") for i in range(3)] + [
        _article("k", date(2022, 7, 27), "metadata")]
    stories = _stories(w=nearly_july, j0=JUNE, j1=JUNE, j2=JUNE, k=JULY)
    assert stories.similarity("w", "k") - 0.1 < stories.similarity("w", "j0") < stories.similarity("w", "k")
    assert story_anchors([weak], dated, stories) == {}


def test_resembling_finds_the_same_articles_as_pairwise_similarity():
    stories = _stories(w=FLOOD, a=FLOOD_COPY, b=JUNE)
    found = stories.resembling("w", ["a", "b", "q", "e", "w"], floor=0.0)
    assert set(found) == {"a", "q", "e"}  # shares nothing with b; never itself
    assert found["a"] == pytest.approx(stories.similarity("w", "a"))
    assert found["a"] > 0.5 > found["q"]


def test_story_terms_are_lemmas_of_things_named_and_figures_but_not_years(nlp):
    doc = nlp("Floods killed 5,100 people in Derna in 2023, and the dams burst after 8.6% more rain.")
    terms = story_terms(doc)
    assert {"flood", "people", "derna", "dam", "rain", "5100", "8.6"} <= set(terms)
    assert "2023" not in terms and "kill" not in terms and "the" not in terms


def test_a_bare_majority_of_one_decision_does_not_date_an_article_like_both():
    weak = _article("w", None, "unknown")
    dated = [_article(f"j{i}", date(2022, 6, 15), "metadata") for i in range(3)] + [
        _article(f"k{i}", date(2022, 7, 27), "metadata") for i in range(2)]
    both = _terms("fed reserve powell rate rate hike inflation meeting treasury wall street")
    stories = _stories(w=both, j0=JUNE, j1=JUNE, j2=JUNE, k0=JULY, k1=JULY)
    assert story_anchors([weak], dated, stories) == {}


def test_an_update_line_months_after_its_story_gives_way_to_the_storys_date():
    stale = _article("u", date(2023, 12, 2), "updated_line")
    fresh = _article("v", date(2023, 9, 14), "updated_line")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 9, 13), "dateline")]
    stories = _stories(u=FLOOD, v=FLOOD_COPY, a=FLOOD, b=FLOOD_COPY)
    # the page re-saved in December was written with the September news; one updated the next day was not
    assert stale_update_anchors([stale, fresh], [stale, fresh, *dated], stories) == {"u": date(2023, 9, 13)}


def test_an_update_line_is_never_dated_by_other_update_lines():
    stale = _article("u", date(2023, 12, 2), "updated_line")
    other = _article("v", date(2023, 9, 13), "updated_line")
    assert stale_update_anchors([stale], [stale, other], _stories(u=FLOOD, v=FLOOD)) == {}
