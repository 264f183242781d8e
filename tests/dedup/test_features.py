"""Properties of the vectorized features: typography-insensitive, Jaccard-faithful MinHash."""
from __future__ import annotations

import random

import numpy as np
import pytest

from tasks.dedup.features import featurize, signature_jaccard


def test_typographic_variants_hash_alike() -> None:
    plain = 'The minister said: "It\'s done" - and left.\n\nA second paragraph follows here.'
    fancy = "The  Minister said: \u201cIt\u2019s done\u201d \u2014 and left.\n\n\nA second paragraph follows here."
    feats = featurize([plain, fancy])
    assert feats.exact_hash[0] == feats.exact_hash[1]
    assert (feats.signatures[0] == feats.signatures[1]).all()
    assert feats.sentence_hashes[0] == feats.sentence_hashes[1]


def test_word_order_changes_the_exact_hash() -> None:
    feats = featurize(["alpha beta gamma delta epsilon zeta", "beta alpha gamma delta epsilon zeta"])
    assert feats.exact_hash[0] != feats.exact_hash[1]


@pytest.mark.parametrize("kept", [0.3, 0.6, 0.9])
def test_minhash_estimate_tracks_exact_jaccard(kept: float) -> None:
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(5000)]
    base = [rng.choice(vocab) for _ in range(800)]
    edited = [w if rng.random() < kept else rng.choice(vocab) for w in base]
    feats = featurize([" ".join(base), " ".join(edited)])
    a = feats.shingles[feats.shingle_offsets[0] : feats.shingle_offsets[1]]
    b = feats.shingles[feats.shingle_offsets[1] : feats.shingle_offsets[2]]
    exact = len(np.intersect1d(a, b)) / len(np.union1d(a, b))
    estimate = float(signature_jaccard(feats.signatures[0], feats.signatures[1]))
    assert abs(estimate - exact) < 0.1


def test_sentences_are_fingerprinted_by_content_words_not_order() -> None:
    feats = featurize([
        "Since the last visit in 2017 to the harbor city, much has changed for the dock crews.",
        "Much has changed for the dock crews since the last visit to the harbor city in 2017.",
        "Very little has changed for the dock crews since the first visit to the harbor city.",
    ])
    assert feats.sentence_hashes[0] == feats.sentence_hashes[1]
    assert feats.sentence_hashes[0] != feats.sentence_hashes[2]
