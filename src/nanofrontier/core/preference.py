"""What every preference method shares: log-probs of responses given prompts (the prompt masked), a frozen
reference model, and the DPO, IPO and SimPO losses as plain functions over log-probs.

    batch = collate_responses(prompts, responses, pad_id=tok.pad_id)   # token ids in, right-padded tensors out
    policy = sequence_logps(model, batch["input_ids"], batch["response_mask"])     # [B] log pi(y | x), summed
    reference = frozen_reference(model)                                # a frozen copy, taken before training
    with torch.no_grad():
        ref = sequence_logps(reference, batch["input_ids"], batch["response_mask"])
    loss = dpo_loss(policy[0::2], policy[1::2], ref[0::2], ref[1::2], beta=0.1).mean()  # chosen, rejected rows

The API, kept small and stable:
- `collate_responses(prompts, responses, *, pad_id)` -> {"input_ids": [B, T], "response_mask": [B, T]}: each row
  is prompt + response, right-padded; response_mask is 1 on response tokens only.
- `response_logps(logits, input_ids, response_mask, *, average=False)` -> [B]: the summed (or, with average, the
  mean per token) log-probability of the masked tokens, each read from the logits one position before it.
  Use it when the model is called some other way (a VLM with `inputs_embeds`).
- `sequence_logps(model, input_ids, response_mask, *, average=False)` -> [B]: the same, calling `model(input_ids)`
  (a core `CausalLM`, or anything returning logits or an object with `.logits`). Rows must be right-padded.
- `frozen_reference(policy, reference=None)` -> a model in eval mode with no trainable parameters: a deep copy of
  the policy, or `reference` after checking that its vocabulary is the policy's.
- `dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, *, beta, label_smoothing=0.0)` -> [B].
  DPO (Rafailov et al. 2023, Eq. 7): -log sigmoid(beta * (h_w - h_l)), h = log pi(y|x) - log pi_ref(y|x).
  label_smoothing eps > 0 gives conservative DPO: -(1 - eps) log sigmoid(z) - eps log sigmoid(-z).
- `ipo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, *, tau)` -> [B]. IPO (Azar et al. 2023,
  Eq. 17): (h_w - h_l - 1 / (2 tau))^2.
- `simpo_loss(policy_chosen, policy_rejected, *, beta, gamma)` -> [B]. SimPO (Meng et al. 2024, Eq. 6), reference
  free: -log sigmoid(beta * (m_w - m_l) - gamma) over MEAN per-token log-probs m (`average=True`).

Losses return one value per pair so a caller can weight, mask or combine them before taking the mean. Log-probs
are computed in float32 whatever the model's dtype.

Legend: B rows (pairs, or 2 x pairs when chosen and rejected share a forward), T tokens, V vocabulary.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn


def collate_responses(prompts: Sequence[Sequence[int]], responses: Sequence[Sequence[int]], *,
                      pad_id: int) -> dict[str, Tensor]:
    """Token ids of (prompt, response) rows -> input_ids [B, T] (right-padded) and response_mask [B, T]."""
    if len(prompts) != len(responses):
        raise ValueError(f"collate_responses: {len(prompts)} prompts but {len(responses)} responses")
    if not prompts:
        raise ValueError("collate_responses: no rows")
    for i, (prompt, response) in enumerate(zip(prompts, responses, strict=True)):
        if len(prompt) == 0:
            raise ValueError(f"collate_responses: prompt {i} is empty (a response's first token is predicted "
                             "from the prompt's last)")
        if len(response) == 0:
            raise ValueError(f"collate_responses: response {i} is empty")
    T = max(len(p) + len(r) for p, r in zip(prompts, responses, strict=True))
    input_ids = torch.full((len(prompts), T), pad_id, dtype=torch.long)
    response_mask = torch.zeros((len(prompts), T), dtype=torch.long)
    for i, (prompt, response) in enumerate(zip(prompts, responses, strict=True)):
        P, R = len(prompt), len(response)
        input_ids[i, :P + R] = torch.as_tensor([*prompt, *response], dtype=torch.long)
        response_mask[i, P:P + R] = 1
    return {"input_ids": input_ids, "response_mask": response_mask}


def response_logps(logits: Tensor, input_ids: Tensor, response_mask: Tensor, *, average: bool = False) -> Tensor:
    """log pi(response | prompt) per row [B] from logits [B, T, V] of input_ids [B, T]; token t is scored by the
    logits at t - 1, so position 0 can never be a response token."""
    if logits.shape[:2] != input_ids.shape or response_mask.shape != input_ids.shape:
        raise ValueError(f"response_logps: logits {list(logits.shape)}, input_ids {list(input_ids.shape)} and "
                         f"response_mask {list(response_mask.shape)} must agree on [B, T]")
    if bool(response_mask[:, 0].any()):
        raise ValueError("response_logps: response_mask marks position 0, which no logits predict")
    logits = logits[:, :-1].float()  # [B, T-1, V]: position t predicts token t + 1
    targets = input_ids[:, 1:]
    mask = response_mask[:, 1:].float()
    token = logits.gather(-1, targets[..., None]).squeeze(-1) - torch.logsumexp(logits, dim=-1)  # [B, T-1]
    total = (token * mask).sum(-1)
    if not average:
        return total
    counts = mask.sum(-1)
    if bool((counts == 0).any()):
        raise ValueError(f"response_logps: rows {torch.nonzero(counts == 0).flatten().tolist()} have no response "
                         "tokens to average over")
    return total / counts


def sequence_logps(model: nn.Module, input_ids: Tensor, response_mask: Tensor, *, average: bool = False) -> Tensor:
    """`response_logps` of `model(input_ids)`: [B]. Right padding needs no attention mask under causal attention."""
    out = model(input_ids)
    logits = out if isinstance(out, Tensor) else out.logits
    return response_logps(logits, input_ids, response_mask.to(input_ids.device), average=average)


def _vocabulary(model: nn.Module) -> int | None:
    config = getattr(model, "config", None)
    size = getattr(config, "vocab_size", None)
    if size is None and hasattr(model, "get_output_embeddings") and model.get_output_embeddings() is not None:
        size = model.get_output_embeddings().weight.shape[0]
    return size


def frozen_reference(policy: nn.Module, reference: nn.Module | None = None) -> nn.Module:
    """The reference pi_ref of a preference loss: a frozen deep copy of `policy` (call it before training), or
    `reference` itself, frozen in place, once its vocabulary is checked against the policy's."""
    if reference is None:
        reference = copy.deepcopy(policy)
    else:
        mine, theirs = _vocabulary(policy), _vocabulary(reference)
        if mine is not None and theirs is not None and mine != theirs:
            raise ValueError(f"reference model: vocabulary of {theirs} tokens, the policy's has {mine}; "
                             "log-ratios need the same tokenizer")
    reference.eval()
    reference.requires_grad_(False)
    return reference


def _check_same_shape(**tensors: Tensor) -> None:
    shapes = {name: list(t.shape) for name, t in tensors.items()}
    if len({str(s) for s in shapes.values()}) > 1:
        raise ValueError(f"preference loss: log-prob tensors differ in shape: {shapes}")


def dpo_loss(policy_chosen: Tensor, policy_rejected: Tensor, ref_chosen: Tensor, ref_rejected: Tensor, *,
             beta: float, label_smoothing: float = 0.0) -> Tensor:
    """DPO per pair [B]; label_smoothing > 0 is conservative DPO (the pair's label flipped with that probability)."""
    _check_same_shape(policy_chosen=policy_chosen, policy_rejected=policy_rejected, ref_chosen=ref_chosen,
                      ref_rejected=ref_rejected)
    if not 0.0 <= label_smoothing < 0.5:
        raise ValueError(f"dpo_loss: label_smoothing must be in [0, 0.5), got {label_smoothing}")
    z = beta * ((policy_chosen - ref_chosen) - (policy_rejected - ref_rejected))
    return -(1 - label_smoothing) * F.logsigmoid(z) - label_smoothing * F.logsigmoid(-z)


def ipo_loss(policy_chosen: Tensor, policy_rejected: Tensor, ref_chosen: Tensor, ref_rejected: Tensor, *,
             tau: float) -> Tensor:
    """IPO per pair [B]: the log-ratio margin regressed onto 1 / (2 tau)."""
    _check_same_shape(policy_chosen=policy_chosen, policy_rejected=policy_rejected, ref_chosen=ref_chosen,
                      ref_rejected=ref_rejected)
    if tau <= 0:
        raise ValueError(f"ipo_loss: tau must be > 0, got {tau}")
    margin = (policy_chosen - ref_chosen) - (policy_rejected - ref_rejected)
    return (margin - 1 / (2 * tau)) ** 2


def simpo_loss(policy_chosen: Tensor, policy_rejected: Tensor, *, beta: float, gamma: float) -> Tensor:
    """SimPO per pair [B] over mean per-token log-probs (no reference model)."""
    _check_same_shape(policy_chosen=policy_chosen, policy_rejected=policy_rejected)
    return -F.logsigmoid(beta * (policy_chosen - policy_rejected) - gamma)
