"""Accuracy and F1 of verdicts against labels, with Correct as the positive class (as xVerify reports)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nanofrontier.xverify.verdict import CORRECT


@dataclass(frozen=True)
class Scores:
    n: int
    accuracy: float
    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict:
        return {"n": self.n, "accuracy": self.accuracy, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


def score(predicted: Sequence[str], labels: Sequence[str]) -> Scores:
    if len(predicted) != len(labels):
        raise ValueError(f"{len(predicted)} verdicts but {len(labels)} labels")
    tp = sum(p == CORRECT and y == CORRECT for p, y in zip(predicted, labels, strict=True))
    fp = sum(p == CORRECT and y != CORRECT for p, y in zip(predicted, labels, strict=True))
    fn = sum(p != CORRECT and y == CORRECT for p, y in zip(predicted, labels, strict=True))
    right = sum(p == y for p, y in zip(predicted, labels, strict=True))
    n = len(labels)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(n=n, accuracy=right / n if n else 0.0, precision=precision, recall=recall, f1=f1)


def score_by_kind(predicted: Sequence[str], labels: Sequence[str], kinds: Sequence[str]) -> dict[str, Scores]:
    """Scores overall ("all") and for each kind present."""
    out = {"all": score(predicted, labels)}
    for kind in sorted(set(kinds)):
        idx = [i for i, k in enumerate(kinds) if k == kind]
        out[kind] = score([predicted[i] for i in idx], [labels[i] for i in idx])
    return out


@dataclass(frozen=True)
class Routing:
    """How a rules-first cascade splits the work: the fraction of verdicts the rules are sure of, how often
    those are right, and the accuracy of the unsure rest left to the rules."""

    n: int
    decided_fraction: float
    decided_precision: float  # accuracy of the sure verdicts (both Correct and Incorrect ones)
    undecided_accuracy: float  # accuracy of the rules on what they were unsure of

    def to_dict(self) -> dict:
        return {"n": self.n, "decided_fraction": self.decided_fraction, "decided_precision": self.decided_precision,
                "undecided_accuracy": self.undecided_accuracy}


def routing(predicted: Sequence[str], labels: Sequence[str], sure: Sequence[bool]) -> Routing:
    if not len(predicted) == len(labels) == len(sure):
        raise ValueError(f"{len(predicted)} verdicts, {len(labels)} labels, {len(sure)} confidences")
    decided = [p == y for p, y, s in zip(predicted, labels, sure, strict=True) if s]
    rest = [p == y for p, y, s in zip(predicted, labels, sure, strict=True) if not s]
    n = len(labels)
    return Routing(n=n, decided_fraction=len(decided) / n if n else 0.0,
                   decided_precision=sum(decided) / len(decided) if decided else 0.0,
                   undecided_accuracy=sum(rest) / len(rest) if rest else 0.0)
