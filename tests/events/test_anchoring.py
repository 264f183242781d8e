"""Dating articles that state no date: by the well-dated articles of their own story."""
from __future__ import annotations

from datetime import date

from models.records import Article
from tasks.events.anchoring import story_anchors


def _article(article_id: str, published: date | None, basis: str) -> Article:
    return Article(
        article_id=article_id, doc_id=article_id, source=f"{article_id}.txt", path=f"{article_id}.txt", title=None,
        text="", url=None, outlet=None, published=published, published_basis=basis, word_count=100,  # type: ignore[arg-type]
    )


FLOOD = frozenset({"derna", "storm daniel", "libya", "wadi derna", "benghazi", "red crescent"})
OTHER_FLOOD_COPY = frozenset({"derna", "storm daniel", "libya", "wadi derna", "tripoli"})
ELECTION = frozenset({"lula", "bolsonaro", "brazil", "sao paulo", "workers' party"})


def test_an_undated_article_takes_the_date_of_its_storys_dated_articles():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 9, 13), "url"),
             _article("c", date(2022, 10, 30), "metadata")]
    names = {"w": FLOOD, "a": OTHER_FLOOD_COPY, "b": FLOOD, "c": ELECTION}
    assert story_anchors([weak], dated, names) == {"w": date(2023, 9, 13)}


def test_a_story_whose_dated_articles_disagree_leaves_the_article_undated():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 10, 2), "metadata")]
    assert story_anchors([weak], dated, {"w": FLOOD, "a": FLOOD, "b": FLOOD}) == {}


def test_sharing_only_states_or_a_few_names_is_not_one_story():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata")]
    states = frozenset({"libya", "egypt", "tunisia", "algeria", "derna"})
    assert story_anchors([weak], dated, {"w": states, "a": states | {"cairo"}}) == {}
    few = frozenset({"derna", "storm daniel", "libya", "benghazi"})  # too few names to place a story
    assert story_anchors([weak], dated, {"w": few, "a": few}) == {}


def test_an_inferred_date_before_the_story_is_lifted_but_a_later_one_is_kept():
    early = _article("early", date(2016, 1, 17), "inferred")  # a background date the story names
    late = _article("late", date(2023, 9, 20), "inferred")
    dated = [_article("a", date(2023, 9, 12), "metadata")]
    names = {"early": FLOOD, "late": FLOOD, "a": FLOOD}
    assert story_anchors([early, late], dated, names) == {"early": date(2023, 9, 12)}


def test_a_short_article_shares_three_names_that_are_half_of_what_it_names():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata")]
    short = frozenset({"derna", "storm daniel", "libya", "wadi derna", "tobruk"})
    assert story_anchors([weak], dated, {"w": short, "a": FLOOD}) == {"w": date(2023, 9, 12)}
    # three shared names out of many on both sides are no longer half of either
    many = {"tobruk", "misrata", "sirte", "al-bayda", "ajdabiya", "sabha", "zawiya", "ghat"}
    others = {"un", "who", "cairo", "athens", "malta", "rome", "tunis", "algiers"}
    weak_names = frozenset({"derna", "storm daniel", "libya"} | many)
    assert story_anchors([weak], dated, {"w": weak_names, "a": FLOOD | others}) == {}


def test_most_of_a_storys_dates_outvote_a_late_follow_up():
    weak = _article("w", None, "unknown")
    dated = [_article("a", date(2023, 9, 12), "metadata"), _article("b", date(2023, 9, 13), "url"),
             _article("c", date(2023, 10, 2), "metadata")]
    names = {"w": FLOOD, "a": FLOOD, "b": FLOOD, "c": FLOOD}
    assert story_anchors([weak], dated, names) == {"w": date(2023, 9, 13)}


def test_a_storys_majority_does_not_date_an_article_that_resembles_the_minority_more():
    weak = _article("w", None, "unknown")
    june = frozenset({"fed", "federal reserve", "jerome powell", "washington", "june meeting", "treasury"})
    july = frozenset({"fed", "federal reserve", "jerome powell", "washington", "july meeting", "wall street"})
    dated = [_article(f"j{i}", date(2022, 6, 15), "metadata") for i in range(3)] + [
        _article("k", date(2022, 7, 27), "metadata")]
    names = {"w": july, "j0": june, "j1": june, "j2": june, "k": july}
    assert story_anchors([weak], dated, names) == {}
