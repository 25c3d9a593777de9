"""The hybrid-stream diffusion transformer (Seaweed-7B report, §3.2).

    dit = HybridStreamDiT(dit_tiny())
    velocity = dit(latents, timestep, labels, condition)
    # latents [B, C, T, H, W] noisy; timestep [B] in [0, 1000] (sigma * 1000, diffusers' convention);
    # labels [B, L] condition token ids; condition [B, C + 1, T, H, W] = first-frame latent + mask, or None

Two token streams, video and condition, attend jointly over their concatenation in every block, as in
SD3's MMDiT. The first `num_dual_layers` blocks are dual-stream: each stream has its own norms, QKV, output
projection and SwiGLU FFN. The deeper blocks are hybrid-stream: attention weights stay separate, but the
FFN is one SwiGLU of `hybrid_intermediate_size` units of which a fraction (`shared_ffn_fraction`, the
report's two-thirds) is shared by both streams and the rest belongs to each stream (`HybridFFN`). With
`hybrid_intermediate_size = 2 * I / (2 - fraction)` a hybrid block has exactly the parameters of a dual
one, spent as a wider FFN per token (`dual_tiny()` is the same model with every block dual).

Timestep modulation is AdaLN-single (PixArt-alpha): one MLP maps the timestep to six shift/scale/gate
vectors, and each block adds its own learned table per stream. Positions are 3-D RoPE (t, h, w) for video
tokens; condition tokens get ids 0..L-1 on all three axes and video tokens start after them (MM-RoPE, as
Qwen2-VL's M-RoPE). Q and K are RMS-normalised per head. The output projection starts at zero.

Image-to-video: the input has 2C + 1 channels: the noisy latents, the conditioning latents (the clean
first-frame latent at frame 0, zeros elsewhere) and a binary mask marking conditioned frames (§3.2,
"multi-task"). Text-to-video passes zeros there (`condition=None`).

Legend: B batch, C latent channels, N video tokens, L condition tokens, D hidden size.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn


@dataclass(frozen=True, kw_only=True)
class DiTConfig:
    latent_channels: int = 16
    patch_size: tuple[int, int, int] = (1, 1, 1)  # (t, h, w) latent voxels per token
    hidden_size: int = 128
    num_layers: int = 4
    num_dual_layers: int = 2  # the first blocks are dual-stream, the rest hybrid-stream
    num_attention_heads: int = 4
    intermediate_size: int = 320  # SwiGLU units of a dual-stream FFN (per stream)
    hybrid_intermediate_size: int = 480  # SwiGLU units seen by one stream in a hybrid block
    shared_ffn_fraction: float = 2 / 3  # of the hybrid units, shared between the streams
    vocab_size: int = 12  # condition tokens; the last id is the null token
    condition_length: int = 3
    rope_axes_dim: tuple[int, int, int] = (8, 12, 12)  # head_dim split over (t, h, w)
    rope_theta: float = 10000.0
    timestep_embedding_dim: int = 256

    def __post_init__(self) -> None:
        head_dim, rem = divmod(self.hidden_size, self.num_attention_heads)
        if rem or sum(self.rope_axes_dim) != head_dim or any(d % 2 for d in self.rope_axes_dim):
            raise ValueError(f"DiTConfig: hidden_size {self.hidden_size} / {self.num_attention_heads} heads must "
                             f"give a head_dim equal to sum(rope_axes_dim) {self.rope_axes_dim}, each even")
        if not 0 <= self.num_dual_layers <= self.num_layers:
            raise ValueError(f"DiTConfig.num_dual_layers must be in [0, {self.num_layers}], got {self.num_dual_layers}")
        if not 0 <= self.shared_ffn_fraction < 1:
            raise ValueError(f"DiTConfig.shared_ffn_fraction must be in [0, 1), got {self.shared_ffn_fraction}")

    @property
    def in_channels(self) -> int:
        """Noisy latents + conditioning latents + mask."""
        return 2 * self.latent_channels + 1

    @property
    def shared_units(self) -> int:
        return round(self.hybrid_intermediate_size * self.shared_ffn_fraction)

    def to_dict(self) -> dict[str, Any]:
        return {"_class_name": "HybridStreamDiT", **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DiTConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known})

    def replace(self, **changes: Any) -> DiTConfig:
        return replace(self, **changes)


def equal_parameter_hybrid_size(intermediate_size: int, fraction: float) -> int:
    """Hybrid units per stream that give a hybrid FFN the parameters of two dual-stream FFNs."""
    return round(2 * intermediate_size / (2 - fraction))


def dit_tiny(**overrides: Any) -> DiTConfig:
    """d = 128, 2 dual-stream then 2 hybrid-stream blocks, 4 heads: the tiny DiT of the reproduction."""
    return DiTConfig(**overrides)


def dual_tiny(**overrides: Any) -> DiTConfig:
    """The same parameter count with every block dual-stream: the ablation baseline."""
    return DiTConfig(**{"num_dual_layers": DiTConfig().num_layers, **overrides})


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float = 1e-6) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x: Tensor) -> Tensor:
        return F.rms_norm(x, (x.shape[-1],), self.weight, self.eps)


class SwiGLU(nn.Module):
    def __init__(self, dim: int, units: int) -> None:
        super().__init__()
        self.gate_up = nn.Linear(dim, 2 * units, bias=False)
        self.down = nn.Linear(units, dim, bias=False)

    def forward(self, x: Tensor) -> Tensor:
        gate, up = self.gate_up(x).chunk(2, dim=-1)
        return self.down(F.silu(gate) * up)


class DualFFN(nn.Module):
    def __init__(self, dim: int, units: int) -> None:
        super().__init__()
        self.video, self.cond = SwiGLU(dim, units), SwiGLU(dim, units)

    def forward(self, v: Tensor, c: Tensor) -> tuple[Tensor, Tensor]:
        return self.video(v), self.cond(c)


class HybridFFN(nn.Module):
    """One SwiGLU per stream whose first `shared` units are the same weights for both streams: the shared
    part runs once over both streams' tokens (one matmul), the private parts per stream."""

    def __init__(self, dim: int, units: int, shared: int) -> None:
        super().__init__()
        self.shared = SwiGLU(dim, shared)
        self.video, self.cond = SwiGLU(dim, units - shared), SwiGLU(dim, units - shared)

    def forward(self, v: Tensor, c: Tensor) -> tuple[Tensor, Tensor]:
        both = self.shared(torch.cat([c, v], dim=1))
        return both[:, c.shape[1]:] + self.video(v), both[:, :c.shape[1]] + self.cond(c)


def rope_angles(positions: Tensor, axes_dim: tuple[int, ...], theta: float) -> Tensor:
    """positions [N, 3] -> angles [N, head_dim / 2]: each axis rotates its own slice of the head."""
    parts = []
    for axis, dim in enumerate(axes_dim):
        freqs = theta ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)
        parts.append(positions[:, axis, None].double() * freqs[None])
    return torch.cat(parts, dim=-1).float()


def apply_rope(x: Tensor, cos: Tensor, sin: Tensor) -> Tensor:
    """x [B, heads, N, head_dim] with consecutive pairs rotated by angles [N, head_dim / 2]."""
    x1, x2 = x.unflatten(-1, (-1, 2)).unbind(-1)
    return torch.stack([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1).flatten(-2)


def mm_rope_positions(condition_length: int, grid: tuple[int, int, int]) -> Tensor:
    """[L + N, 3]: condition token i at (i, i, i), then video tokens at (t, h, w) + L, in raster order."""
    t, h, w = grid
    cond = torch.arange(condition_length)[:, None].expand(-1, 3)
    video = torch.stack(torch.meshgrid(torch.arange(t), torch.arange(h), torch.arange(w), indexing="ij"), dim=-1)
    return torch.cat([cond, video.reshape(-1, 3) + condition_length])


class StreamProjections(nn.Module):
    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.qkv = nn.Linear(dim, 3 * dim)
        self.q_norm, self.k_norm = RMSNorm(dim // heads), RMSNorm(dim // heads)
        self.out = nn.Linear(dim, dim)
        self.heads = heads

    def qkv_heads(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        q, k, v = self.qkv(x).unflatten(-1, (3, self.heads, -1)).permute(2, 0, 3, 1, 4)  # 3 x [B, heads, n, hd]
        return self.q_norm(q), self.k_norm(k), v


def modulate(x: Tensor, shift: Tensor, scale: Tensor) -> Tensor:
    return x * (1 + scale[:, None]) + shift[:, None]


class Block(nn.Module):
    def __init__(self, cfg: DiTConfig, *, hybrid: bool) -> None:
        super().__init__()
        dim = cfg.hidden_size
        self.video_table = nn.Parameter(torch.randn(6, dim) / dim ** 0.5)  # AdaLN-single per-block offsets
        self.cond_table = nn.Parameter(torch.randn(6, dim) / dim ** 0.5)
        self.video_attn = StreamProjections(dim, cfg.num_attention_heads)
        self.cond_attn = StreamProjections(dim, cfg.num_attention_heads)
        self.ffn = (HybridFFN(dim, cfg.hybrid_intermediate_size, cfg.shared_units) if hybrid
                    else DualFFN(dim, cfg.intermediate_size))

    def forward(self, v: Tensor, c: Tensor, mod: Tensor, cos: Tensor, sin: Tensor) -> tuple[Tensor, Tensor]:
        # v [B, N, D], c [B, L, D], mod [B, 6, D] from the timestep
        vs = (mod + self.video_table).unbind(1)  # shift, scale, gate (attention); shift, scale, gate (FFN)
        cs = (mod + self.cond_table).unbind(1)
        norm = lambda x: F.layer_norm(x, (x.shape[-1],))  # noqa: E731
        qv, kv, vv = self.video_attn.qkv_heads(modulate(norm(v), vs[0], vs[1]))
        qc, kc, vc = self.cond_attn.qkv_heads(modulate(norm(c), cs[0], cs[1]))
        q, k = apply_rope(torch.cat([qc, qv], 2), cos, sin), apply_rope(torch.cat([kc, kv], 2), cos, sin)
        att = F.scaled_dot_product_attention(q, k, torch.cat([vc, vv], 2)).transpose(1, 2).flatten(2)  # [B, L+N, D]
        L = c.shape[1]
        v = v + vs[2][:, None] * self.video_attn.out(att[:, L:])
        c = c + cs[2][:, None] * self.cond_attn.out(att[:, :L])
        fv, fc = self.ffn(modulate(norm(v), vs[3], vs[4]), modulate(norm(c), cs[3], cs[4]))
        return v + vs[5][:, None] * fv, c + cs[5][:, None] * fc


def timestep_embedding(t: Tensor, dim: int, max_period: float = 10000.0) -> Tensor:
    """Sinusoidal features of timesteps [B] (in [0, 1000]) -> [B, dim]."""
    half = dim // 2
    freqs = torch.exp(-math.log(max_period) * torch.arange(half, dtype=torch.float32, device=t.device) / half)
    args = t.float()[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


class HybridStreamDiT(nn.Module):
    def __init__(self, config: DiTConfig) -> None:
        super().__init__()
        self.config = cfg = config
        dim, patch_volume = cfg.hidden_size, math.prod(cfg.patch_size)
        self.patch_embed = nn.Linear(cfg.in_channels * patch_volume, dim)
        self.label_embed = nn.Embedding(cfg.vocab_size, dim)
        self.time_mlp = nn.Sequential(nn.Linear(cfg.timestep_embedding_dim, dim), nn.SiLU(), nn.Linear(dim, dim))
        self.time_mod = nn.Sequential(nn.SiLU(), nn.Linear(dim, 6 * dim))  # AdaLN-single: shared by all blocks
        self.blocks = nn.ModuleList(Block(cfg, hybrid=i >= cfg.num_dual_layers) for i in range(cfg.num_layers))
        self.final_table = nn.Parameter(torch.randn(2, dim) / dim ** 0.5)
        self.proj_out = nn.Linear(dim, cfg.latent_channels * patch_volume)
        nn.init.zeros_(self.proj_out.weight)
        nn.init.zeros_(self.proj_out.bias)

    def grid(self, latent_thw: tuple[int, int, int]) -> tuple[int, int, int]:
        pt, ph, pw = self.config.patch_size
        t, h, w = latent_thw
        if t % pt or h % ph or w % pw:
            raise ValueError(f"latents of {t}x{h}x{w} (t x h x w) are not divisible by patch_size "
                             f"{self.config.patch_size}")
        return t // pt, h // ph, w // pw

    def patchify(self, x: Tensor) -> Tensor:
        """[B, C, T, H, W] -> [B, N, C * pt * ph * pw]."""
        pt, ph, pw = self.config.patch_size
        B, C, T, H, W = x.shape
        x = x.reshape(B, C, T // pt, pt, H // ph, ph, W // pw, pw).permute(0, 2, 4, 6, 1, 3, 5, 7)
        return x.reshape(B, (T // pt) * (H // ph) * (W // pw), C * pt * ph * pw)

    def unpatchify(self, x: Tensor, grid: tuple[int, int, int]) -> Tensor:
        pt, ph, pw = self.config.patch_size
        t, h, w = grid
        B = x.shape[0]
        x = x.reshape(B, t, h, w, -1, pt, ph, pw).permute(0, 4, 1, 5, 2, 6, 3, 7)
        return x.reshape(B, -1, t * pt, h * ph, w * pw)

    def check_inputs(self, latents: Tensor, timestep: Tensor, labels: Tensor, condition: Tensor | None) -> None:
        cfg = self.config
        B = latents.shape[0]
        if latents.dim() != 5 or latents.shape[1] != cfg.latent_channels:
            raise ValueError(f"latents: expected [B, {cfg.latent_channels}, T, H, W], got {list(latents.shape)}")
        if timestep.shape != (B,):
            raise ValueError(f"timestep: expected [{B}], got {list(timestep.shape)}")
        if labels.shape != (B, cfg.condition_length):
            raise ValueError(f"labels: expected [{B}, {cfg.condition_length}], got {list(labels.shape)}")
        if int(labels.min()) < 0 or int(labels.max()) >= cfg.vocab_size:
            raise ValueError(f"labels: ids must be in [0, {cfg.vocab_size}), got {labels.tolist()}")
        if condition is not None and condition.shape != (B, cfg.latent_channels + 1, *latents.shape[2:]):
            raise ValueError(f"condition: expected {[B, cfg.latent_channels + 1, *latents.shape[2:]]} (first-frame "
                             f"latents + mask), got {list(condition.shape)}")

    def forward(self, latents: Tensor, timestep: Tensor, labels: Tensor, condition: Tensor | None = None) -> Tensor:
        self.check_inputs(latents, timestep, labels, condition)
        B, C = latents.shape[:2]
        if condition is None:
            condition = latents.new_zeros(B, C + 1, *latents.shape[2:])
        grid = self.grid(tuple(latents.shape[2:]))
        v = self.patch_embed(self.patchify(torch.cat([latents, condition], dim=1)))  # [B, N, D]
        c = self.label_embed(labels)  # [B, L, D]
        t = self.time_mlp(timestep_embedding(timestep, self.config.timestep_embedding_dim))  # [B, D]
        mod = self.time_mod(t).unflatten(1, (6, -1))  # [B, 6, D]
        angles = rope_angles(mm_rope_positions(labels.shape[1], grid).to(latents.device), self.config.rope_axes_dim,
                             self.config.rope_theta)
        cos, sin = angles.cos().to(v.dtype), angles.sin().to(v.dtype)
        for block in self.blocks:
            v, c = block(v, c, mod, cos, sin)
        shift, scale = (self.final_table[None] + t[:, None]).unbind(1)
        out = self.proj_out(modulate(F.layer_norm(v, (v.shape[-1],)), shift, scale))
        return self.unpatchify(out, grid)
