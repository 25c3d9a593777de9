"""core.preference: response log-probs against a token-by-token loop, the losses against their formulas written
out here in plain Python, the frozen reference, and the errors that name the bad row or tensor."""

import math

import pytest
import torch

from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.preference import (
    collate_responses,
    dpo_loss,
    frozen_reference,
    ipo_loss,
    response_logps,
    sequence_logps,
    simpo_loss,
)


def _model(vocab: int = 40) -> CausalLM:
    torch.manual_seed(0)
    return CausalLM(ModelConfig.tiny(vocab_size=vocab)).eval()


def _naive_logp(model, prompt: list[int], response: list[int]) -> float:
    """sum_t log p(response[t] | prompt + response[:t]), one forward per token."""
    total = 0.0
    with torch.no_grad():
        for t, token in enumerate(response):
            logits = model(torch.tensor([prompt + response[:t]]))[0, -1]
            total += float(logits.double().log_softmax(-1)[token])
    return total


def test_collate_right_pads_and_masks_only_the_response():
    batch = collate_responses([[1, 2], [3]], [[4], [5, 6, 7]], pad_id=0)
    assert batch["input_ids"].tolist() == [[1, 2, 4, 0], [3, 5, 6, 7]]
    assert batch["response_mask"].tolist() == [[0, 0, 1, 0], [0, 1, 1, 1]]


def test_sequence_logps_match_a_token_by_token_loop_for_padded_rows():
    model = _model()
    prompts, responses = [[1, 2, 3], [4], [5, 6]], [[7, 8], [9, 10, 11, 12], [13]]
    batch = collate_responses(prompts, responses, pad_id=0)
    with torch.no_grad():
        summed = sequence_logps(model, batch["input_ids"], batch["response_mask"])
        mean = sequence_logps(model, batch["input_ids"], batch["response_mask"], average=True)
    naive = [_naive_logp(model, p, r) for p, r in zip(prompts, responses, strict=True)]
    assert summed.tolist() == pytest.approx(naive, abs=1e-4)
    assert mean.tolist() == pytest.approx([n / len(r) for n, r in zip(naive, responses, strict=True)], abs=1e-4)


def test_sequence_logps_read_logits_from_a_transformers_model(hf_llama_dir):
    hf, _ = hf_llama_dir
    prompts, responses = [[5, 6, 7], [8]], [[9, 10], [11, 12, 13]]
    batch = collate_responses(prompts, responses, pad_id=0)
    with torch.no_grad():
        got = sequence_logps(hf, batch["input_ids"], batch["response_mask"])
    assert got.tolist() == pytest.approx([_naive_logp(lambda x: hf(x).logits, p, r)
                                          for p, r in zip(prompts, responses, strict=True)], abs=1e-4)


def test_response_logps_refuse_a_mask_on_position_zero_and_mismatched_shapes():
    logits = torch.zeros(1, 3, 5)
    with pytest.raises(ValueError, match="position 0"):
        response_logps(logits, torch.zeros(1, 3, dtype=torch.long), torch.tensor([[1, 1, 0]]))
    with pytest.raises(ValueError, match=r"logits \[1, 3, 5\], input_ids \[1, 4\]"):
        response_logps(logits, torch.zeros(1, 4, dtype=torch.long), torch.zeros(1, 4, dtype=torch.long))
    with pytest.raises(ValueError, match=r"rows \[0\] have no response"):
        response_logps(logits, torch.zeros(1, 3, dtype=torch.long), torch.zeros(1, 3, dtype=torch.long),
                       average=True)


def test_collate_names_the_empty_row():
    with pytest.raises(ValueError, match="response 1 is empty"):
        collate_responses([[1], [2]], [[3], []], pad_id=0)
    with pytest.raises(ValueError, match="prompt 0 is empty"):
        collate_responses([[]], [[3]], pad_id=0)
    with pytest.raises(ValueError, match="2 prompts but 1 responses"):
        collate_responses([[1], [2]], [[3]], pad_id=0)


def test_frozen_reference_is_a_detached_copy_that_training_does_not_move():
    policy = _model()
    reference = frozen_reference(policy)
    assert reference is not policy and not any(p.requires_grad for p in reference.parameters())
    assert all(p.requires_grad for p in policy.parameters())
    with torch.no_grad():
        policy.lm_head.weight.add_(1.0)
    assert not torch.equal(policy.lm_head.weight, reference.lm_head.weight)
    assert not reference.training


def test_frozen_reference_refuses_another_vocabulary():
    with pytest.raises(ValueError, match="vocabulary of 50 tokens, the policy's has 40"):
        frozen_reference(_model(40), _model(50))
    given = _model(40)
    assert frozen_reference(_model(40), given) is given


def _pairs():
    g = torch.Generator().manual_seed(3)
    return [torch.randn(5, generator=g, dtype=torch.float64) * 4 for _ in range(4)]


def _log_sigmoid(x: float) -> float:
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def test_dpo_and_conservative_dpo_match_the_formula():
    pc, pr, rc, rr = _pairs()
    for beta, eps in ((0.1, 0.0), (0.5, 0.0), (0.3, 0.2)):
        got = dpo_loss(pc, pr, rc, rr, beta=beta, label_smoothing=eps)
        for i in range(5):
            z = beta * ((pc[i] - rc[i]) - (pr[i] - rr[i])).item()
            want = -(1 - eps) * _log_sigmoid(z) - eps * _log_sigmoid(-z)
            assert got[i].item() == pytest.approx(want, rel=1e-9)


def test_ipo_matches_the_formula():
    pc, pr, rc, rr = _pairs()
    got = ipo_loss(pc, pr, rc, rr, tau=0.5)
    for i in range(5):
        margin = ((pc[i] - rc[i]) - (pr[i] - rr[i])).item()
        assert got[i].item() == pytest.approx((margin - 1.0) ** 2, rel=1e-9)


def test_simpo_matches_the_formula_and_ignores_no_reference():
    pc, pr, _, _ = _pairs()
    got = simpo_loss(pc, pr, beta=2.0, gamma=1.0)
    for i in range(5):
        assert got[i].item() == pytest.approx(-_log_sigmoid(2.0 * (pc[i] - pr[i]).item() - 1.0), rel=1e-9)


def test_losses_refuse_mismatched_shapes_and_bad_hyperparameters():
    a, b = torch.zeros(3), torch.zeros(4)
    with pytest.raises(ValueError, match="differ in shape"):
        dpo_loss(a, a, a, b, beta=0.1)
    with pytest.raises(ValueError, match="tau must be > 0"):
        ipo_loss(a, a, a, a, tau=0.0)
    with pytest.raises(ValueError, match="label_smoothing"):
        dpo_loss(a, a, a, a, beta=0.1, label_smoothing=0.5)


def test_dpo_gradient_raises_chosen_and_lowers_rejected():
    pc, pr = torch.zeros(2, requires_grad=True), torch.zeros(2, requires_grad=True)
    dpo_loss(pc, pr, torch.zeros(2), torch.zeros(2), beta=0.1).sum().backward()
    assert (pc.grad < 0).all() and (pr.grad > 0).all()  # descent raises log pi(chosen), lowers log pi(rejected)
