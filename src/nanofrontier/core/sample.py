"""Generation with the static KV cache: batched prompts (left padding), streaming, stop tokens.

Sampling is a chain of small logits processors, each `(ids [B, S], logits [B, V]) -> logits`, run in
order before one draw from an explicit `torch.Generator` (mlx-lm's shape). A technique adds one more
processor instead of a flag here. A processor that decodes models of its own beside the sampled one
(`LockstepProcessor`: a proxy or draft model with its own KV cache) is also handed every input the
sampled model is fed, so its models stay in step across left padding and finished rows.

    out = generate(model, [tok.encode("Once upon")], SampleConfig(max_new_tokens=32, temperature=0.8),
                   generator=torch.Generator().manual_seed(0))
    for step in stream_generate(model, prompts, cfg):   # step.tokens [B], step.finished [B]
        ...

Legend: B batch, P padded prompt length, S tokens so far, V vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import torch
from torch import Tensor, nn

from nanofrontier.core.cache import KVCache
from nanofrontier.core.model import default_positions

LogitsProcessor = Callable[[Tensor, Tensor], Tensor]


@runtime_checkable
class LockstepProcessor(Protocol):
    """A logits processor that runs models of its own in lock-step with the sampled model.

    `sample_loop` calls `begin` once per generation with what the sampled model's first forward gets
    (the left-padded prompts ids [B, P], positions [B, P], mask [B, P] or None) and the length the
    generation may reach (P + max_new_tokens), then `feed` with what every later forward gets (the
    tokens just drawn [B, 1], their positions [B, 1], the mask [B, S+1] or None), each time before the
    logits of that forward reach `__call__`. A processor without these methods is a plain function.
    """

    def begin(self, ids: Tensor, positions: Tensor, mask: Tensor | None, max_len: int) -> None: ...

    def feed(self, tokens: Tensor, positions: Tensor, mask: Tensor | None) -> None: ...

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor: ...


@dataclass(frozen=True, kw_only=True)
class SampleConfig:
    max_new_tokens: int = 128
    temperature: float = 1.0  # 0 = greedy
    top_k: int = 0  # 0 = off
    top_p: float = 1.0  # 1 = off
    min_p: float = 0.0  # 0 = off
    repetition_penalty: float = 1.0  # 1 = off
    stop_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        checks = {
            "max_new_tokens": self.max_new_tokens >= 0, "temperature": self.temperature >= 0,
            "top_k": self.top_k >= 0, "top_p": 0 < self.top_p <= 1, "min_p": 0 <= self.min_p < 1,
            "repetition_penalty": self.repetition_penalty > 0,
        }
        for name, ok in checks.items():
            if not ok:
                raise ValueError(f"SampleConfig.{name} is out of range: {getattr(self, name)!r}")


class RepetitionPenalty:
    """CTRL's penalty: logits of tokens already present are divided (if > 0) or multiplied by it."""

    def __init__(self, penalty: float) -> None:
        self.penalty = penalty

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        seen = logits.gather(-1, ids)
        seen = torch.where(seen > 0, seen / self.penalty, seen * self.penalty)
        return logits.scatter(-1, ids, seen)


class Temperature:
    def __init__(self, temperature: float) -> None:
        self.temperature = temperature

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        return logits / self.temperature


class TopK:
    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        kth = logits.topk(min(self.k, logits.shape[-1]), dim=-1).values[..., -1:]
        return logits.masked_fill(logits < kth, float("-inf"))


class TopP:
    """Nucleus: keep the smallest set of tokens whose probability mass reaches p (the top one always)."""

    def __init__(self, p: float) -> None:
        self.p = p

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        sorted_logits, order = logits.sort(dim=-1, descending=True)
        mass_before = sorted_logits.softmax(-1).cumsum(-1) - sorted_logits.softmax(-1)
        drop_sorted = mass_before >= self.p
        drop = drop_sorted.scatter(-1, order, drop_sorted)
        return logits.masked_fill(drop, float("-inf"))


class MinP:
    """Keep tokens whose probability is at least min_p times the top token's."""

    def __init__(self, min_p: float) -> None:
        self.min_p = min_p

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        probs = logits.softmax(-1)
        threshold = self.min_p * probs.max(-1, keepdim=True).values
        return logits.masked_fill(probs < threshold, float("-inf"))


def make_processors(cfg: SampleConfig) -> list[LogitsProcessor]:
    """The standard chain for a config: penalty, temperature, top-k, top-p, min-p (off ones left out)."""
    chain: list[LogitsProcessor] = []
    if cfg.repetition_penalty != 1.0:
        chain.append(RepetitionPenalty(cfg.repetition_penalty))
    if cfg.temperature not in (0.0, 1.0):
        chain.append(Temperature(cfg.temperature))
    if cfg.top_k:
        chain.append(TopK(cfg.top_k))
    if cfg.top_p < 1.0:
        chain.append(TopP(cfg.top_p))
    if cfg.min_p:
        chain.append(MinP(cfg.min_p))
    return chain


def next_token(ids: Tensor, logits: Tensor, chain: Sequence[LogitsProcessor], *, greedy: bool,
               generator: torch.Generator | None) -> Tensor:
    """One token per row [B] from logits [B, V] after the processors."""
    for process in chain:
        logits = process(ids, logits)
    if greedy:
        return logits.argmax(-1)
    probs = logits.float().softmax(-1)
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)


@dataclass(frozen=True)
class Step:
    tokens: Tensor  # [B] the token each row produced at this step
    finished: Tensor  # [B] bool: the row has produced a stop token (at this step or before)


def left_pad(prompts: Sequence[Sequence[int]], pad_id: int) -> tuple[Tensor, Tensor | None]:
    """Prompts of different lengths -> ids [B, P] and a mask [B, P] (None when none is padded)."""
    if not prompts or any(len(p) == 0 for p in prompts):
        raise ValueError("every prompt needs at least one token")
    P = max(len(p) for p in prompts)
    ids = torch.full((len(prompts), P), pad_id, dtype=torch.long)
    mask = torch.zeros((len(prompts), P), dtype=torch.long)
    for i, p in enumerate(prompts):
        ids[i, P - len(p):] = torch.as_tensor(list(p), dtype=torch.long)
        mask[i, P - len(p):] = 1
    return ids, (None if bool(mask.all()) else mask)


@torch.inference_mode()
def stream_generate(model: nn.Module, prompts: Sequence[Sequence[int]], cfg: SampleConfig, *,
                    generator: torch.Generator | None = None,
                    processors: Sequence[LogitsProcessor] = (), pad_id: int = 0) -> Iterator[Step]:
    """Yield one `Step` per new token until every row has stopped or max_new_tokens is reached.

    `processors` run before the standard chain of `cfg`. Rows that have stopped keep being fed
    (their tokens are `pad_id`) so the batch stays rectangular.
    """
    ids, mask = left_pad(prompts, pad_id)
    device = next(model.parameters()).device
    cache = KVCache.for_model(model.config, batch_size=ids.shape[0], max_len=ids.shape[1] + cfg.max_new_tokens,
                              dtype=next(model.parameters()).dtype, device=device)

    def forward(new: Tensor, positions: Tensor, mask: Tensor | None) -> Tensor:
        return model(new, cache=cache, attention_mask=mask, positions=positions, logits_to_keep=1)[:, -1]

    yield from sample_loop(forward, ids.to(device), None if mask is None else mask.to(device), cfg,
                           generator=generator, processors=processors, pad_id=pad_id)


def sample_loop(forward: Callable[[Tensor, Tensor, Tensor | None], Tensor], ids: Tensor, mask: Tensor | None,
                cfg: SampleConfig, *, generator: torch.Generator | None = None,
                processors: Sequence[LogitsProcessor] = (), pad_id: int = 0) -> Iterator[Step]:
    """The one decoding loop, over any `forward(new ids [B, T], positions [B, T], attention mask [B, S+T] or
    None) -> logits [B, V] of the last position` that keeps its own cache: one process
    (`stream_generate`) or prima's ring (`RingHead.stream`). ids [B, P] are left-padded prompts.
    Every `LockstepProcessor` among `processors` is fed the same inputs as `forward`."""
    B, P = ids.shape
    chain = [*processors, *make_processors(cfg)]
    lockstep = [p for p in processors if isinstance(p, LockstepProcessor)]
    stop = torch.tensor(cfg.stop_ids, dtype=torch.long, device=ids.device)
    finished = torch.zeros(B, dtype=torch.bool, device=ids.device)
    positions = default_positions(B, P, 0, mask, ids.device)
    logits = forward(ids, positions, mask)
    for p in lockstep:
        p.begin(ids, positions, mask, P + cfg.max_new_tokens)
    # What processors see: padding replaced by the row's last prompt token (a token it really has), so
    # a repetition penalty never counts padding and a row's output does not depend on its batch-mates.
    history = ids if mask is None else torch.where(mask.bool(), ids, ids[:, -1:])
    # Without stop ids no row finishes, and without processors nothing reads the history: their bookkeeping is
    # skipped (after a decode step has streamed the weights through the caches, each small op costs ~20 µs).
    stops = stop.numel() > 0
    for i in range(cfg.max_new_tokens):
        token = next_token(history, logits, chain, greedy=cfg.temperature == 0, generator=generator)
        if stops:
            token = torch.where(finished, torch.full_like(token, pad_id), token)
            finished = finished | torch.isin(token, stop)
        yield Step(tokens=token, finished=finished.clone() if stops else finished)
        if (stops and bool(finished.all())) or i == cfg.max_new_tokens - 1:  # no forward for a token never sampled
            return
        if chain:
            history = torch.cat([history, torch.where(finished, history[:, -1], token)[:, None]], dim=1)
        positions = positions[:, -1:] + 1
        if mask is not None:
            mask = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=1)
        logits = forward(token[:, None], positions, mask)
        for p in lockstep:
            p.feed(token[:, None], positions, mask)


def generate(model: nn.Module, prompts: Sequence[Sequence[int]], cfg: SampleConfig, *,
             generator: torch.Generator | None = None, processors: Sequence[LogitsProcessor] = (),
             pad_id: int = 0, on_step: Callable[[Step], None] | None = None) -> list[list[int]]:
    """New tokens per prompt, stop token included when one was produced, padding after it dropped."""
    out: list[list[int]] = [[] for _ in prompts]
    done = [False] * len(prompts)
    for step in stream_generate(model, prompts, cfg, generator=generator, processors=processors,
                                pad_id=pad_id):
        if on_step is not None:
            on_step(step)
        for i, (token, fin) in enumerate(zip(step.tokens.tolist(), step.finished.tolist(), strict=False)):
            if not done[i]:
                out[i].append(token)
            done[i] = fin
    return out
