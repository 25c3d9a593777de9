"""InternViT, pixel unshuffle and the MLP projector: tiles in, LLM-width visual tokens out.

Parameter names follow the remote-code release (`embeddings.class_embedding`, `encoder.layers.3.attn.qkv`,
`ls1`, `norm1`, ...), so `vision_model.*` of an `OpenGVLab/InternVL3-*` checkpoint loads with no renaming;
formats.py maps the HF-native names onto these.

    vit = InternVisionModel(VisionConfig(...))
    feats = vit(pixel_values, layers=L)              # [N, 1 + P, C] after the first L blocks (CLS first)
    grid = pixel_unshuffle(feats[:, 1:].view(N, g, g, C), 2)   # [N, g/2, g/2, 4C]
    tokens = Projector(4 * C, D)(grid.flatten(1, 2))           # [N, g²/4, D]

Legend: N tiles, P patches per tile (g x g), C ViT width, H heads, Dh head dim, D LLM width.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.core.model import RMSNorm
from nanofrontier.internvl.config import VisionConfig


def _norm(config: VisionConfig, dim: int) -> nn.Module:
    if config.norm_type == "rms_norm":
        return RMSNorm(dim, config.layer_norm_eps)
    return nn.LayerNorm(dim, eps=config.layer_norm_eps)


class VisionEmbeddings(nn.Module):
    """Conv patch embedding, a class token, learned absolute positions (bicubic-resized for other grids)."""

    def __init__(self, config: VisionConfig) -> None:
        super().__init__()
        C, p = config.hidden_size, config.patch_size
        self.grid = config.grid
        self.class_embedding = nn.Parameter(torch.zeros(1, 1, C))
        self.patch_embedding = nn.Conv2d(config.num_channels, C, kernel_size=p, stride=p)
        self.position_embedding = nn.Parameter(torch.zeros(1, self.grid ** 2 + 1, C))

    def positions_for(self, h: int, w: int) -> Tensor:
        """Position embeddings [1, 1 + h*w, C] for an h x w patch grid."""
        if (h, w) == (self.grid, self.grid):
            return self.position_embedding
        cls, patches = self.position_embedding[:, :1], self.position_embedding[:, 1:]
        C = patches.shape[-1]
        patches = patches.reshape(1, self.grid, self.grid, C).permute(0, 3, 1, 2).float()
        patches = F.interpolate(patches, size=(h, w), mode="bicubic", align_corners=False)
        patches = patches.to(cls.dtype).permute(0, 2, 3, 1).reshape(1, h * w, C)
        return torch.cat([cls, patches], dim=1)

    def forward(self, pixel_values: Tensor) -> Tensor:
        x = self.patch_embedding(pixel_values.to(self.patch_embedding.weight.dtype))  # [N, C, h, w]
        N, C, h, w = x.shape
        x = x.flatten(2).transpose(1, 2)  # [N, P, C]
        x = torch.cat([self.class_embedding.expand(N, 1, C).to(x.dtype), x], dim=1)  # [N, 1 + P, C]
        return x + self.positions_for(h, w).to(x.dtype)


class VisionAttention(nn.Module):
    """Bidirectional multi-head attention with a fused qkv projection (rows q, k, v), optional QK-norm."""

    def __init__(self, config: VisionConfig) -> None:
        super().__init__()
        C = config.hidden_size
        self.n_heads = config.num_attention_heads
        self.qkv = nn.Linear(C, 3 * C, bias=config.qkv_bias)
        self.proj = nn.Linear(C, C)
        if config.qk_normalization:  # InternViT-6B: RMSNorm over all heads together
            self.q_norm = RMSNorm(C, config.layer_norm_eps)
            self.k_norm = RMSNorm(C, config.layer_norm_eps)

    def forward(self, x: Tensor) -> Tensor:
        N, T, C = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)  # each [N, T, C]
        if hasattr(self, "q_norm"):
            q, k = self.q_norm(q), self.k_norm(k)
        q, k, v = (t.view(N, T, self.n_heads, C // self.n_heads).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v)  # [N, H, T, Dh]
        return self.proj(y.transpose(1, 2).reshape(N, T, C))


class VisionMLP(nn.Module):
    def __init__(self, config: VisionConfig) -> None:
        super().__init__()
        self.fc1 = nn.Linear(config.hidden_size, config.intermediate_size)
        self.fc2 = nn.Linear(config.intermediate_size, config.hidden_size)

    def forward(self, x: Tensor) -> Tensor:
        return self.fc2(F.gelu(self.fc1(x)))


class VisionLayer(nn.Module):
    """Pre-norm block with layer scale: x + ls1 * attn(norm1(x)), then x + ls2 * mlp(norm2(x))."""

    def __init__(self, config: VisionConfig) -> None:
        super().__init__()
        C = config.hidden_size
        self.norm1 = _norm(config, C)
        self.attn = VisionAttention(config)
        self.ls1 = nn.Parameter(config.initializer_factor * torch.ones(C))
        self.norm2 = _norm(config, C)
        self.mlp = VisionMLP(config)
        self.ls2 = nn.Parameter(config.initializer_factor * torch.ones(C))

    def forward(self, x: Tensor) -> Tensor:
        x = x + self.attn(self.norm1(x)) * self.ls1
        return x + self.mlp(self.norm2(x)) * self.ls2


class VisionEncoder(nn.Module):
    def __init__(self, config: VisionConfig) -> None:
        super().__init__()
        self.layers = nn.ModuleList(VisionLayer(config) for _ in range(config.num_hidden_layers))


class InternVisionModel(nn.Module):
    """The ViT; `forward(pixel_values, layers=L)` stops after block L (InternVL's `select_layer`)."""

    def __init__(self, config: VisionConfig) -> None:
        super().__init__()
        self.config = config
        self.embeddings = VisionEmbeddings(config)
        self.encoder = VisionEncoder(config)

    def forward(self, pixel_values: Tensor, *, layers: int | None = None) -> Tensor:
        """pixel_values [N, 3, S, S] -> hidden states [N, 1 + P, C] (class token first)."""
        if pixel_values.dim() != 4 or pixel_values.shape[1] != self.config.num_channels:
            raise ValueError(f"pixel_values must be [tiles, {self.config.num_channels}, H, W], "
                             f"got {list(pixel_values.shape)}")
        x = self.embeddings(pixel_values)
        for layer in self.encoder.layers[:layers]:
            x = layer(x)
        return x


def pixel_unshuffle(x: Tensor, factor: int, *, version: str = "v2") -> Tensor:
    """[N, h, w, C] -> [N, h/f, w/f, C*f*f]: each f x f block of patches becomes one token.

    The exact reshapes of InternVL's `pixel_shuffle(scale_factor=1/f)`: fold pairs along w into channels,
    transpose, fold along h, and (ps_version "v2") transpose back so the grid is not left transposed.
    """
    N, h, w, C = x.shape
    if h % factor or w % factor:
        raise ValueError(f"pixel_unshuffle: a {h}x{w} grid is not divisible by {factor}")
    x = x.reshape(N, h, w // factor, C * factor)  # [N, h, w/f, fC]
    x = x.permute(0, 2, 1, 3).reshape(N, w // factor, h // factor, C * factor * factor)  # [N, w/f, h/f, f²C]
    return x.permute(0, 2, 1, 3) if version == "v2" else x


class Projector(nn.Sequential):
    """`mlp1`: LayerNorm(f²C) -> Linear(f²C, D) -> GELU -> Linear(D, D); keys 0, 1, 3 as released."""

    def __init__(self, in_features: int, out_features: int) -> None:
        super().__init__(nn.LayerNorm(in_features), nn.Linear(in_features, out_features), nn.GELU(),
                         nn.Linear(out_features, out_features))
