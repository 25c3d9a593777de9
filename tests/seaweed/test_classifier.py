"""The judge: per-attribute heads, penultimate features, accuracy bookkeeping and its folder."""

import pytest
import torch

from nanofrontier.seaweed.classifier import AttributeClassifier, _save, accuracy, features, load_classifier
from nanofrontier.seaweed.prompt import Label


def test_heads_and_features_have_the_attribute_shapes():
    torch.manual_seed(0)
    clf = AttributeClassifier(width=4, features=8)
    video = torch.rand(3, 3, 9, 32, 32) * 2 - 1
    logits = clf(video)
    assert {k: tuple(v.shape) for k, v in logits.items()} == {"shape": (3, 3), "colour": (3, 4), "direction": (3, 4)}
    assert features(clf, video).shape == (3, 8)
    with pytest.raises(ValueError, match=r"classifier input: expected \[B, 3, T, H, W\]"):
        clf(video[:, :2])


def test_accuracy_counts_each_attribute_and_all_of_them(monkeypatch):
    clf = AttributeClassifier(width=4, features=8)
    preds = {"shape": torch.tensor([0, 1]), "colour": torch.tensor([2, 2]), "direction": torch.tensor([3, 0])}
    monkeypatch.setattr("nanofrontier.seaweed.classifier.predict", lambda c, v: preds)
    scores = accuracy(clf, torch.zeros(2, 3, 1, 8, 8), [Label(0, 2, 3), Label(0, 2, 1)])
    assert scores == {"shape": 0.5, "colour": 1.0, "direction": 0.5, "all": 0.5}


def test_the_judge_folder_round_trips(tmp_path):
    clf = AttributeClassifier(width=4, features=8)
    _save(clf, tmp_path)
    loaded = load_classifier(tmp_path)
    video = torch.rand(1, 3, 5, 16, 16)
    assert torch.equal(loaded.features(video), clf.eval().features(video))
