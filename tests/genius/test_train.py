"""Preference training through core.train: every loss trains against a frozen reference, batches cover each pair
once per epoch, and bad pairs or a reference with another vocabulary are refused by name."""

import math

import pytest
import torch

from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.preference import collate_responses, sequence_logps
from nanofrontier.core.tokenizer import ByteTokenizer
from nanofrontier.genius.foresight import Pair
from nanofrontier.genius.train import (
    LOSSES,
    PairBatches,
    PreferenceConfig,
    linear_schedule,
    preference_loss_fn,
    tokenize_pairs,
    train_preference,
)

TOK = ByteTokenizer()


def _model(vocab=TOK.vocab_size):
    torch.manual_seed(0)
    return CausalLM(ModelConfig.tiny(vocab_size=vocab, eos_token_id=TOK.eos_id)).eval()


def _pairs(n=8):
    return [Pair(prompt=f"q{i}=", chosen=f"{i}+1={i + 1}", rejected=f"{i}+1={i + 7}", chosen_score=-0.1,
                 rejected_score=-0.2, chosen_advantage=0.1 * (i % 3), rejected_advantage=0.1)
            for i in range(n)]


def _margin(model, reference, pairs):
    tok = tokenize_pairs(pairs, TOK)
    batch = collate_responses(tok.prompts * 2, tok.chosen + tok.rejected, pad_id=TOK.pad_id)
    with torch.no_grad():
        policy = sequence_logps(model, batch["input_ids"], batch["response_mask"])
        ref = sequence_logps(reference, batch["input_ids"], batch["response_mask"])
    n = len(pairs)
    chosen_gain = policy[:n] - ref[:n]
    return float(chosen_gain.mean()), float((chosen_gain - (policy[n:] - ref[n:])).mean())


@pytest.mark.parametrize("loss", LOSSES)
def test_every_loss_trains_the_policy_towards_the_chosen_responses(loss, tmp_path):
    model, reference = _model(), _model()
    pairs = _pairs()
    cfg = PreferenceConfig(loss=loss, lr=3e-3, epochs=3, batch_size=4, warmup_ratio=0.0)
    state = train_preference(model, TOK, pairs, cfg, out_dir=tmp_path / loss, progress=False)
    assert state.step == 6 and all(torch.isfinite(torch.tensor(r["loss"])) for r in state.log_history)
    chosen_gain, margin = _margin(model, reference, pairs)
    if loss == "sft":
        assert chosen_gain > 0  # self-SFT raises the chosen responses (and the rejected ones' shared prefixes)
    else:
        assert margin > 0  # chosen rose against rejected, relative to the start
    if loss.startswith("aco"):
        assert "aco_weight" in state.log_history[-1]
    assert (tmp_path / loss / "model.safetensors").is_file() and (tmp_path / loss / "tokenizer.json").is_file()


def test_the_reference_stays_frozen_while_the_policy_moves():
    model = _model()
    reference = _model()
    before = [p.clone() for p in reference.parameters()]
    train_preference(model, TOK, _pairs(), PreferenceConfig(loss="dpo", lr=1e-2, batch_size=4),
                     reference=reference, progress=False)
    assert all(torch.equal(a, b) for a, b in zip(before, reference.parameters(), strict=True))
    assert not torch.equal(model.lm_head.weight, reference.lm_head.weight)


def test_a_reference_with_another_vocabulary_is_refused():
    with pytest.raises(ValueError, match="reference model: vocabulary of 300 tokens, the policy's has 259"):
        train_preference(_model(), TOK, _pairs(), PreferenceConfig(loss="aco"), reference=_model(300),
                         progress=False)


def test_batches_cover_each_pair_once_per_epoch_chosen_rows_first():
    tokenized = tokenize_pairs(_pairs(10), TOK)
    batches = PairBatches(tokenized, batch_size=4, pad_id=TOK.pad_id, seed=1)
    seen = []
    for i in range(batches.steps_per_epoch):
        batch = batches(i)
        B = batch["adv_chosen"].shape[0]
        assert batch["input_ids"].shape[0] == 2 * B
        rows = batch["input_ids"][:B].tolist()
        seen += [TOK.decode([t for t in r if t < 256]) for r in rows]
    assert sorted(seen) == sorted(f"q{i}={i}+1={i + 1}" for i in range(10))
    assert torch.equal(batches(2)["input_ids"], batches(2)["input_ids"])  # a pure function of i
    assert not torch.equal(batches(0)["input_ids"], batches(3)["input_ids"])  # the next epoch reshuffles


def test_tokenized_responses_end_with_eos_and_empty_ones_are_named():
    tokenized = tokenize_pairs(_pairs(2), TOK, max_length=6)
    assert tokenized.chosen[0][-1] != TOK.eos_id and len(tokenized.prompts[0] + tokenized.chosen[0]) == 6
    assert tokenize_pairs(_pairs(1), TOK).chosen[0][-1] == TOK.eos_id
    bad = [*_pairs(2), Pair(prompt="p", chosen="a", rejected="", chosen_score=0, rejected_score=0,
                            chosen_advantage=0, rejected_advantage=0)]
    with pytest.raises(ValueError, match="pair 2: 'rejected' is empty"):
        tokenize_pairs(bad, TOK)
    with pytest.raises(ValueError, match="pair 0: the prompt alone has 3 tokens, max_length is 3"):
        tokenize_pairs(_pairs(1), TOK, max_length=3)


def test_the_schedule_warms_up_then_decays_linearly_without_a_wasted_last_step():
    at = linear_schedule(10, 1.0, 2)
    lrs = [at(s)[0] for s in range(1, 11)]
    assert lrs[:2] == [0.5, 1.0] and lrs[-1] > 0
    assert all(a > b for a, b in zip(lrs[1:], lrs[2:], strict=False))


def test_bad_preference_settings_are_named():
    with pytest.raises(ValueError, match="PreferenceConfig.loss must be one of aco, aco-repo"):
        PreferenceConfig(loss="kto")
    with pytest.raises(ValueError, match="PreferenceConfig.alpha"):
        PreferenceConfig(alpha=0.0)


def _naive_logp(model, prompt, response, *, average=False):
    """log pi(response | prompt), one token at a time from a full forward of the unpadded row."""
    ids = torch.tensor([prompt + response])
    with torch.no_grad():
        logp = model(ids)[0].double().log_softmax(-1)
    total = sum(logp[len(prompt) + j - 1, t].item() for j, t in enumerate(response))
    return total / len(response) if average else total


def _naive_loss(loss, cfg, model, reference, tokenized, rows):
    def log_sigmoid(x):
        return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))

    values = []
    for r in rows:
        p, w, lo = tokenized.prompts[r], tokenized.chosen[r], tokenized.rejected[r]
        if loss == "simpo":
            margin = _naive_logp(model, p, w, average=True) - _naive_logp(model, p, lo, average=True)
            values.append(-log_sigmoid(cfg.simpo_beta * margin - cfg.simpo_gamma))
            continue
        h_w = _naive_logp(model, p, w) - _naive_logp(reference, p, w)
        h_l = _naive_logp(model, p, lo) - _naive_logp(reference, p, lo)
        if loss == "dpo":
            values.append(-log_sigmoid(cfg.beta * (h_w - h_l)))
        elif loss == "ipo":
            values.append((h_w - h_l - 1 / (2 * cfg.ipo_tau)) ** 2)
        else:
            raw = math.exp(-(tokenized.adv_rejected[r].item() - tokenized.adv_chosen[r].item()) / cfg.alpha)
            weight = min(1.0, raw) if loss == "aco" else max(1.0, raw)
            values.append(-log_sigmoid(cfg.beta * h_w - cfg.beta * weight * h_l))
    return sum(values) / len(values)


@pytest.mark.parametrize("loss", LOSSES)
def test_each_training_loss_equals_its_formula_over_token_by_token_log_probs(loss):
    model, reference = _model(), _model()
    with torch.no_grad():  # the policy moved away from the reference, so the log-ratios are not zero
        for p in model.parameters():
            p.add_(0.05 * torch.randn_like(p))
    pairs = [Pair(prompt=f"q{i}=", chosen=f"{i}+1={i + 1}" * (1 + i % 2), rejected=f"{i}+1={i + 7}",
                  chosen_score=-0.1, rejected_score=-0.2, chosen_advantage=0.3 * i, rejected_advantage=0.4)
             for i in range(5)]
    tokenized = tokenize_pairs(pairs, TOK)
    batches = PairBatches(tokenized, batch_size=5, pad_id=TOK.pad_id, chosen_only=loss == "sft")
    cfg = PreferenceConfig(loss=loss, beta=0.5, alpha=0.7)
    with torch.no_grad():
        got, _ = preference_loss_fn(cfg, reference)(model, batches(0))
    rows = list(range(5))
    if loss == "sft":
        total = sum(-_naive_logp(model, tokenized.prompts[r], tokenized.chosen[r]) for r in rows)
        want = total / sum(len(tokenized.chosen[r]) for r in rows)
    else:
        want = _naive_loss(loss, cfg, model, reference, tokenized, rows)
    assert got.item() == pytest.approx(want, rel=1e-4)
