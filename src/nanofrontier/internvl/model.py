"""InternVL: ViT -> pixel unshuffle -> MLP projector -> core's decoder, through its `inputs_embeds` and
float `positions` seams.

The LLM is `core.model.CausalLM` itself (`language_model`), so its KV cache, sampling and checkpoint code
are core's. Visual tokens enter as embeddings: the prompt holds `<img>`, n x `<IMG_CONTEXT>`, `</img>` per
image, and the embeddings at the `<IMG_CONTEXT>` positions are overwritten by the projector's outputs, in
order (the same scatter as the released `InternVLChatModel` and transformers' `InternVLModel`).

    model = InternVLChatModel(tiny())
    logits = model(input_ids, pixel_values=tiles)                   # [B, T, V]; tiles [N, 3, S, S]
    logits = model(input_ids, pixel_values=tiles, positions=v2pe)   # V2PE: float positions [B, T]

Legend: B batch, T tokens, N tiles in the batch, n visual tokens per tile, D LLM width, V vocabulary.
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

from nanofrontier.core.cache import KVCache
from nanofrontier.core.model import CausalLM, LinearFactory, dense_linear
from nanofrontier.internvl.config import InternVLConfig
from nanofrontier.internvl.vision import InternVisionModel, Projector, pixel_unshuffle


class InternVLChatModel(nn.Module):
    """`vision_model`, `mlp1`, `language_model`: the remote-code layout's three top-level modules."""

    def __init__(self, config: InternVLConfig, *, linear: LinearFactory = dense_linear) -> None:
        super().__init__()
        self.config = config
        self.vision_model = InternVisionModel(config.vision)
        self.mlp1 = Projector(config.projector_width, config.llm.hidden_size)
        self.language_model = CausalLM(config.llm, linear=linear)
        if not any(p.is_meta for p in self.parameters()):
            self.reset_vision_parameters()

    def reset_vision_parameters(self, std: float = 0.02) -> None:
        """Truncated-normal ViT and projector weights, zero biases, unit norms, layer scale at its init."""
        for module in [*self.vision_model.modules(), *self.mlp1.modules()]:
            if isinstance(module, (nn.Linear, nn.Conv2d)):
                nn.init.trunc_normal_(module.weight, std=std)
                if module.bias is not None:
                    nn.init.zeros_(module.bias)
            elif isinstance(module, nn.LayerNorm):
                nn.init.ones_(module.weight)
                nn.init.zeros_(module.bias)
        emb = self.vision_model.embeddings
        nn.init.trunc_normal_(emb.position_embedding, std=std)
        nn.init.trunc_normal_(emb.class_embedding, std=std)

    @property
    def llm(self) -> CausalLM:
        return self.language_model

    def extract_feature(self, pixel_values: Tensor) -> Tensor:
        """Tiles [N, 3, S, S] -> visual tokens [N, n, D] (CLS dropped, unshuffled, projected)."""
        cfg = self.config
        layers = cfg.vision.num_hidden_layers + 1 + cfg.select_layer
        x = self.vision_model(pixel_values, layers=layers)[:, 1:]  # [N, P, C]
        N, P, C = x.shape
        g = round(P ** 0.5)
        if g * g != P:
            raise ValueError(f"pixel_values give a non-square patch grid ({P} patches)")
        x = pixel_unshuffle(x.reshape(N, g, g, C), cfg.unshuffle, version=cfg.ps_version)
        return self.mlp1(x.reshape(N, -1, x.shape[-1]))  # [N, n, D]

    def embed(self, input_ids: Tensor, *, pixel_values: Tensor | None = None,
              image_embeds: Tensor | None = None) -> Tensor:
        """Token embeddings [B, T, D] with every `<IMG_CONTEXT>` slot replaced by a visual token, in order.

        Pass the tiles (`pixel_values`) or their already-projected tokens (`image_embeds` [N, n, D])."""
        h = self.language_model.embed(input_ids)
        slots = input_ids == self.config.img_context_token_id  # [B, T]
        if pixel_values is not None and image_embeds is not None:
            raise ValueError("pass pixel_values or image_embeds, not both")
        if pixel_values is not None:
            image_embeds = self.extract_feature(pixel_values)
        n_slots = int(slots.sum())
        n_feats = 0 if image_embeds is None else image_embeds.shape[0] * image_embeds.shape[1]
        if n_slots != n_feats:
            tiles = 0 if image_embeds is None else image_embeds.shape[0]
            raise ValueError(f"input_ids hold {n_slots} <IMG_CONTEXT> tokens (id {self.config.img_context_token_id}) "
                             f"but the images give {n_feats} visual tokens ({tiles} tiles x "
                             f"{self.config.num_image_token})")
        if n_slots:
            h = h.masked_scatter(slots[..., None], image_embeds.to(h.dtype).reshape(-1, h.shape[-1]))
        return h

    def forward(self, input_ids: Tensor, *, pixel_values: Tensor | None = None,
                image_embeds: Tensor | None = None, positions: Tensor | None = None,
                cache: KVCache | None = None, attention_mask: Tensor | None = None,
                logits_to_keep: int = 0) -> Tensor:
        """Logits [B, T, V]. `positions` [B, T] may be fractional (V2PE); None means 0, 1, 2, ..."""
        h = self.embed(input_ids, pixel_values=pixel_values, image_embeds=image_embeds)
        return self.language_model(inputs_embeds=h, positions=positions, cache=cache,
                                   attention_mask=attention_mask, logits_to_keep=logits_to_keep)

    def hidden_states(self, input_ids: Tensor, *, pixel_values: Tensor | None = None,
                      positions: Tensor | None = None, attention_mask: Tensor | None = None) -> Tensor:
        """The final-norm hidden states [B, T, D] (what a critic head reads)."""
        llm = self.language_model
        h = self.embed(input_ids, pixel_values=pixel_values)
        if positions is None:
            positions = torch.arange(h.shape[1], device=h.device).expand(h.shape[0], -1)
        h = llm.forward_layers(h, 0, llm.config.num_hidden_layers, positions=positions,
                               attention_mask=attention_mask)
        return llm.model.norm(h)

    def num_parameters(self) -> dict[str, int]:
        count = lambda m: sum(p.numel() for p in m.parameters())  # noqa: E731
        return {"vision": count(self.vision_model), "projector": count(self.mlp1),
                "llm": count(self.language_model)}
