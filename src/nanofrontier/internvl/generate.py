"""Generation with images: one prefill over spliced embeddings at V2PE positions, then core's decoding loop.

The prompt (left-padded, images spliced in) is run once through core's `CausalLM` with its KV cache; every new
token then advances the position by 1 from the prompt's last position (text tokens, V2PE). Sampling,
stopping and the logits processors are `core.sample.sample_loop`'s.

    for step in stream_vl(model, [ids], tiles, SampleConfig(max_new_tokens=32, temperature=0), delta=1 / 16):
        print(step.tokens)
    answers = generate_vl(model, prompts, tiles, cfg, generator=torch.Generator().manual_seed(0))

Legend: B prompts, P padded prompt length, D LLM width.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import torch
from torch import Tensor

from nanofrontier.core.cache import KVCache
from nanofrontier.core.sample import SampleConfig, Step, left_pad, sample_loop
from nanofrontier.internvl.model import InternVLChatModel
from nanofrontier.internvl.positions import v2pe_positions


@torch.inference_mode()
def stream_vl(model: InternVLChatModel, prompts: Sequence[Sequence[int]], pixel_values: Tensor | None,
              cfg: SampleConfig, *, delta: float = 1.0, generator: torch.Generator | None = None,
              pad_id: int = 0) -> Iterator[Step]:
    """Yield one `Step` per new token. `pixel_values` holds every prompt's tiles, in prompt order."""
    param = next(model.parameters())
    ids, mask = left_pad(prompts, pad_id)
    ids = ids.to(param.device)
    mask = None if mask is None else mask.to(param.device)
    embeds = model.embed(ids, pixel_values=None if pixel_values is None else pixel_values.to(param.device))
    positions = v2pe_positions(ids, image_token_id=model.config.img_context_token_id, delta=delta,
                               attention_mask=mask)  # [B, P]
    llm = model.language_model
    cache = KVCache.for_model(llm.config, batch_size=ids.shape[0], max_len=ids.shape[1] + cfg.max_new_tokens,
                              dtype=param.dtype, device=param.device)
    state = {"next": None}

    def forward(new: Tensor, _positions: Tensor, attention_mask: Tensor | None) -> Tensor:
        if state["next"] is None:  # the prefill: embeddings with images, V2PE positions
            logits = llm(inputs_embeds=embeds, positions=positions, cache=cache, attention_mask=attention_mask,
                         logits_to_keep=1)
            state["next"] = positions[:, -1:] + 1
        else:
            logits = llm(new, positions=state["next"], cache=cache, attention_mask=attention_mask,
                         logits_to_keep=1)
            state["next"] = state["next"] + 1
        return logits[:, -1]

    yield from sample_loop(forward, ids, mask, cfg, generator=generator, pad_id=pad_id)


def generate_vl(model: InternVLChatModel, prompts: Sequence[Sequence[int]], pixel_values: Tensor | None,
                cfg: SampleConfig, *, delta: float = 1.0, generator: torch.Generator | None = None,
                pad_id: int = 0) -> list[list[int]]:
    """New tokens per prompt (a stop token included when produced; nothing after it)."""
    out: list[list[int]] = [[] for _ in prompts]
    done = [False] * len(prompts)
    for step in stream_vl(model, prompts, pixel_values, cfg, delta=delta, generator=generator, pad_id=pad_id):
        for i, (token, fin) in enumerate(zip(step.tokens.tolist(), step.finished.tolist(), strict=True)):
            if not done[i]:
                out[i].append(token)
            done[i] = fin
    return out
