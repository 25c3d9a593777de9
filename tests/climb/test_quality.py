"""Quality: the rule-based rater, the classifier that learns its labels, per-cluster pruning."""

import random

import numpy as np
import pytest

from nanofrontier.climb.quality import QualityScorer, cluster_quality, heuristic_rating, prune
from nanofrontier.climb.testbed import junk_document, source_corpus
from nanofrontier.core.synthetic import generate_document

CLEAN = ("arithmetic", "stories", "code", "facts", "calendar", "lists", "multilingual")


def test_the_rater_scores_clean_domains_high_and_spam_and_junk_low():
    rng = random.Random(0)
    for domain in CLEAN:
        ratings = [heuristic_rating(generate_document(domain, rng).text) for _ in range(20)]
        assert np.mean(ratings) >= 4, domain
    assert max(heuristic_rating(generate_document("spam", rng).text) for _ in range(20)) <= 2
    assert max(heuristic_rating(junk_document(rng).text) for _ in range(20)) <= 2
    assert heuristic_rating("") == 1


def test_the_classifier_learns_the_rater_and_separates_held_out_documents():
    docs = source_corpus(docs_per_source=25, seed=3)
    texts = [d.text for d in docs]
    scorer = QualityScorer.train(texts, n_labelled=150, seed=0)
    held_out = source_corpus(docs_per_source=10, seed=4)
    scores = scorer.score([d.text for d in held_out])
    low = np.array([d.domain in ("spam", "junk") for d in held_out])
    assert scores.shape == (len(held_out),) and np.all((scores >= 1) & (scores <= 5))
    assert scores[~low].min() > 3 > scores[low].max()


def test_the_classifier_refuses_ratings_off_the_scale():
    with pytest.raises(ValueError, match="ratings must be 1..5, found \\[0, 7\\]"):
        QualityScorer.fit(["a", "b"], [0, 7])
    with pytest.raises(ValueError, match="2 texts and 1 ratings"):
        QualityScorer.fit(["a", "b"], [3])


def test_pruning_keeps_the_clusters_whose_mean_score_reaches_the_threshold():
    labels = np.array([0, 0, 1, 1, 1, 3])
    scores = np.array([4.0, 3.0, 1.0, 2.0, 5.0, 3.0])
    np.testing.assert_allclose(cluster_quality(labels, scores, 4), [3.5, 8 / 3, np.nan, 3.0])
    assert prune(labels, scores, 4, min_quality=3.0).tolist() == [True, False, False, True]
