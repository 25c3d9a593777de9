"""transfer.py: the proxy's tilt against the student's own, exactly, with the proxy-against-itself control."""

from __future__ import annotations

import copy

import pytest
import torch

from nanofrontier.antidistill import transfer
from nanofrontier.antidistill.transfer import _agreement, _right_padded, measure_transfer, transfer_step

from .conftest import TOK, tiny_model


def test_agreement_ignores_a_shift_within_a_position_and_sees_a_reversal():
    a = torch.tensor([[1.0, 2.0, 4.0], [0.0, -1.0, 3.0]])
    assert _agreement(a, a + torch.tensor([[10.0], [-3.0]])) == {"correlation": 1.0, "same_top_candidate": 1.0,
                                                                  "positions": 2}
    flipped = _agreement(a, -a)
    assert flipped["correlation"] == -1.0 and flipped["same_top_candidate"] == 0.0


def test_learnt_positions_are_the_ones_that_predict_a_completion_token(examples):
    ids, learnt = _right_padded(examples, TOK.pad_id)
    assert int(learnt.sum()) == sum(len(e.completion) for e in examples)
    first = examples[0]
    assert ids[0, len(first.prompt)].item() == first.completion[0] and learnt[0, len(first.prompt) - 1]


def test_a_student_that_is_the_proxy_agrees_fully_and_another_does_not(teacher, proxy, examples):
    same = measure_transfer(teacher, proxy, copy.deepcopy(proxy), examples, pad_id=TOK.pad_id)
    assert same["proxy_vs_student"]["correlation"] == pytest.approx(1.0, abs=1e-4)
    assert same["proxy_vs_student"]["same_top_candidate"] == 1.0
    other = measure_transfer(teacher, proxy, tiny_model(2, 48, seed=7), examples, pad_id=TOK.pad_id)
    assert other["proxy_vs_student"]["correlation"] < 0.9
    assert other["proxy_half_vs_half"] == same["proxy_half_vs_half"]  # the control does not involve the student
    assert other["chance_same_top_candidate"] == 0.2 and other["traces"] == len(examples)


def test_bad_inputs_are_named(teacher, proxy, examples):
    with pytest.raises(ValueError, match="at least 4"):
        measure_transfer(teacher, proxy, proxy, examples[:3])
    with pytest.raises(ValueError, match="'student' has a vocabulary of 300 tokens but the teacher has"):
        measure_transfer(teacher, proxy, tiny_model(1, 32, seed=3, vocab=300), examples)


def test_the_step_writes_its_report_and_resumes_from_it(teacher, proxy, examples, tmp_path, monkeypatch):
    out = tmp_path / "transfer.json"
    first = transfer_step(teacher, proxy, copy.deepcopy(proxy), examples, out, pad_id=TOK.pad_id)
    assert out.exists() and first["seconds"] >= 0
    monkeypatch.setattr(transfer, "measure_transfer", lambda *a, **k: pytest.fail("recomputed"))
    assert transfer_step(teacher, proxy, proxy, examples, out) == first
