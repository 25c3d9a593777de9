"""A stand-in judge that answers from the labels: what routing unsure verdicts to a judge is worth, measured
without any weights.

    LabelJudge(cases)                     # the oracle: the label of every case it is asked about
    LabelJudge(cases, flip=0.1, seed=0)   # wrong on a seeded 10% of the cases (a 90%-accurate model)
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from nanofrontier.xverify.verdict import CORRECT, INCORRECT


class LabelJudge:
    """The oracle (`flip=0`), or a judge wrong on a seeded `flip` fraction of the cases it is asked about. Which
    cases flip depends on the seed and the case alone, so the same cases flip on every run and in any order."""

    def __init__(self, cases: Sequence, *, flip: float = 0.0, seed: int = 0) -> None:
        if not 0.0 <= flip <= 1.0:
            raise ValueError(f"LabelJudge: flip must be in [0, 1], got {flip}")
        self.labels = {}
        for case in cases:
            if case.label not in (CORRECT, INCORRECT):
                raise ValueError(f"LabelJudge: case {case.id} (line {case.line}) has no Correct/Incorrect label")
            self.labels[(case.question, case.output, case.reference)] = case.label
        self.flip, self.seed, self.asked = flip, seed, 0

    def judge(self, question: str, output: str, reference: str) -> str | None:
        key = (question, output, reference)
        label = self.labels.get(key)
        if label is None:
            raise LookupError(f"LabelJudge: asked about a case it has no label for (question {question[:60]!r})")
        self.asked += 1
        digest = hashlib.sha256(f"{self.seed}\x00{question}\x00{output}\x00{reference}".encode()).digest()
        if int.from_bytes(digest[:8], "big") / 2**64 < self.flip:
            return INCORRECT if label == CORRECT else CORRECT
        return label
