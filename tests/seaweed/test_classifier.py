"""The judge: per-attribute heads, penultimate features, accuracy bookkeeping, training and its folder."""

import dataclasses

import pytest
import torch

from nanofrontier.core.train import TrainConfig
from nanofrontier.seaweed.classifier import (
    AttributeClassifier,
    ClassifierTrainConfig,
    _save,
    accuracy,
    features,
    load_classifier,
    train_classifier,
)
from nanofrontier.seaweed.prompt import Label
from nanofrontier.seaweed.shapes import ClipSpec, clip_batch

TINY = ClassifierTrainConfig(spec=ClipSpec(frames=5, size=16), batch_size=4, validation_clips=8, test_clips=8,
                             train=TrainConfig(max_steps=4, lr=1e-3, warmup_steps=0, log_every=1, eval_every=2))


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


def test_the_judge_trains_validates_scores_and_resumes_on_a_tiny_preset(tmp_path):
    run = train_classifier(TINY, out_dir=tmp_path, progress=False)
    assert run.state.step == 4 and set(run.test) == {"shape", "colour", "direction", "all"}
    assert all(0.0 <= v <= 1.0 for v in run.test.values())
    validated = [r["step"] for r in run.state.log_history if "eval_acc_shape" in r]
    assert validated == [2, 4]  # held-out accuracy every eval_every steps
    video, _ = clip_batch(TINY.spec, count=3, seed=0, index=0)
    loaded = load_classifier(tmp_path)  # weights and BatchNorm statistics
    assert torch.equal(loaded.features(video), run.classifier.features(video))
    more = dataclasses.replace(TINY, train=dataclasses.replace(TINY.train, max_steps=6))
    assert train_classifier(more, out_dir=tmp_path, progress=False).state.step == 6  # two more from checkpoint 4


def test_the_judge_scores_each_clip_independently_of_its_batch():
    torch.manual_seed(0)
    clf = AttributeClassifier(width=4, features=8).train()  # as left by training: scoring must switch to eval
    video, _ = clip_batch(TINY.spec, count=6, seed=1, index=0)
    together = features(clf, video)
    alone = torch.cat([features(clf, video[i:i + 1]) for i in range(6)])
    torch.testing.assert_close(together, alone, atol=1e-5, rtol=1e-5)  # BatchNorm in eval mode: running stats
