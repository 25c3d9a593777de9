"""MPO's three terms against naive per-token formulas, the running reward shift, the frozen reference, the SFT
baseline and the preference pairs built from sampled answers."""

from __future__ import annotations

import math

import pytest
import torch

from nanofrontier.internvl.data import SampleEncoder
from nanofrontier.internvl.mpo import (
    MPOConfig,
    MPOModel,
    Pair,
    RunningMean,
    SFTModel,
    collate_pairs,
    preference_pairs,
)
from nanofrontier.internvl.scenes import TripleSplit
from nanofrontier.internvl.tasks import gallery_two_step


def _pairs(n: int = 3, seed: int = 0) -> list[Pair]:
    import random

    rng = random.Random(seed)
    split = TripleSplit.make(seed=0)
    out = []
    for _ in range(n):
        sample = gallery_two_step(rng, split.train, n_images=2)
        final = int(sample.answer.split()[-1])
        out.append(Pair(sample, sample.answer, f"1 plus 1 is {final + 1}"))
    return out


def _naive_logps(model, batch, rows: int) -> list[tuple[float, int]]:
    """Per row: the sum of log p(token | prefix) over its response tokens, and their count."""
    with torch.no_grad():
        logits = model(batch["input_ids"], pixel_values=batch["pixel_values"], positions=batch["positions"])
    return [_row_logp(logits[r], batch["input_ids"][r], batch["response_mask"][r]) for r in range(rows)]


def _row_logp(logits, ids, mask) -> tuple[float, int]:
    total, count = 0.0, 0
    for t in range(1, ids.shape[0]):
        if mask[t]:
            total += float(torch.log_softmax(logits[t - 1].double(), -1)[ids[t]])
            count += 1
    return total, count


def _sigmoid_nll(x: float) -> float:
    return -math.log(1 / (1 + math.exp(-x)))


def test_mpo_loss_is_weighted_dpo_bco_and_nll_of_naive_formulas(tiny_model, tokenizer):
    torch.manual_seed(1)
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    pairs = _pairs()
    batch = collate_pairs(pairs, encoder, delta=0.25)
    reference = type(tiny_model)(tiny_model.config).eval()  # a different random model as pi_ref
    mpo = MPOModel(tiny_model, MPOConfig(beta=0.5), reference=reference).train()
    shift_before = 0.3
    mpo.reward_shift.mean.fill_(shift_before)
    mpo.reward_shift.count.fill_(4)
    loss, metrics = mpo(batch)

    P = len(pairs)
    pol, ref = _naive_logps(tiny_model, batch, 2 * P), _naive_logps(reference, batch, 2 * P)
    beta = 0.5
    r_c = [beta * (pol[i][0] - ref[i][0]) for i in range(P)]
    r_r = [beta * (pol[P + i][0] - ref[P + i][0]) for i in range(P)]
    dpo = sum(_sigmoid_nll(c - r) for c, r in zip(r_c, r_r, strict=True)) / P
    shift = (shift_before * 4 + sum(r_c + r_r) / (2 * P)) / 5  # running mean of batch means, this one included
    bco = sum(_sigmoid_nll(c - shift) + _sigmoid_nll(-(r - shift)) for c, r in zip(r_c, r_r, strict=True)) / P
    nll = -sum(pol[i][0] for i in range(P)) / sum(pol[i][1] for i in range(P))
    expected = 0.8 * dpo + 0.2 * bco + 1.0 * nll
    assert metrics["dpo"] == pytest.approx(dpo, abs=1e-4)
    assert metrics["bco"] == pytest.approx(bco, abs=1e-4)
    assert metrics["nll"] == pytest.approx(nll, abs=1e-4)
    assert metrics["reward_shift"] == pytest.approx(shift, abs=1e-5)
    assert loss.item() == pytest.approx(expected, abs=1e-4)


def test_running_mean_is_the_mean_of_every_update_and_is_a_saved_buffer():
    running = RunningMean()
    for value in (1.0, 3.0, -1.0):
        running.update(torch.tensor(value))
    assert float(running.mean) == pytest.approx(1.0)
    assert set(running.state_dict()) == {"mean", "count"}


def test_reward_shift_does_not_move_in_eval_mode(tiny_model, tokenizer):
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    mpo = MPOModel(tiny_model, MPOConfig()).eval()
    mpo(collate_pairs(_pairs(2), encoder))
    assert float(mpo.reward_shift.count) == 0


def test_reference_is_frozen_and_unchanged_by_a_training_step(tiny_model, tokenizer):
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    mpo = MPOModel(tiny_model, MPOConfig()).train()
    before = {k: v.clone() for k, v in mpo.reference.state_dict().items()}
    optimizer = torch.optim.SGD([p for p in mpo.parameters() if p.requires_grad], lr=0.1)
    loss, _ = mpo(collate_pairs(_pairs(2), encoder))
    loss.backward()
    optimizer.step()
    assert not mpo.reference.training
    assert not any(p.requires_grad for p in mpo.reference.parameters())
    assert all(torch.equal(before[k], v) for k, v in mpo.reference.state_dict().items())
    moved = any(not torch.equal(a, b) for a, b in zip(mpo.policy.state_dict().values(), before.values(), strict=True))
    assert moved


def test_at_the_start_dpo_is_log_two_and_rewards_are_zero(tiny_model, tokenizer):
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    _, metrics = MPOModel(tiny_model, MPOConfig()).train()(collate_pairs(_pairs(3), encoder))
    assert metrics["dpo"] == pytest.approx(math.log(2), abs=1e-5)
    assert metrics["reward_margin"] == pytest.approx(0.0, abs=1e-5)
    assert metrics["bco"] == pytest.approx(2 * math.log(2), abs=1e-5)


def test_sft_baseline_is_the_token_averaged_nll_of_the_chosen_rows(tiny_model, tokenizer):
    encoder = SampleEncoder(tokenizer, tiny_model.config)
    pairs = _pairs(3)
    batch = collate_pairs(pairs, encoder)
    loss, _ = SFTModel(tiny_model)(batch)
    rows = _naive_logps(tiny_model, batch, len(pairs))
    assert loss.item() == pytest.approx(-sum(s for s, _ in rows) / sum(c for _, c in rows), abs=1e-4)


def test_preference_pairs_take_a_correct_chosen_and_a_wrong_rejected():
    pairs = _pairs(2)
    samples = [p.sample for p in pairs]
    right = [p.chosen for p in pairs]
    answers = [[right[0], "1 plus 1 is 40", right[0]], [right[1], right[1]]]
    built = preference_pairs(samples, answers, seed=0)
    assert len(built) == 1  # the second sample has no wrong answer
    assert built[0].chosen == right[0] and built[0].rejected == "1 plus 1 is 40"


def test_bad_mpo_config_is_named():
    with pytest.raises(ValueError, match="beta"):
        MPOConfig(beta=0)
    with pytest.raises(ValueError, match="quality_weight"):
        MPOConfig(quality_weight=-1)
