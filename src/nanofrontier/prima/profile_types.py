"""What Halda knows about each device and about the model (the symbols of the prima.cpp paper's Table 5).

Units everywhere: bytes, bytes/s, FLOP/s, seconds. A profiles file is a JSON list of `DeviceProfile`
objects in ring order (rank 0, the head, first); a model profile is one JSON object.

    devices = load_profiles("profiles.json")
    model = ModelProfile.from_config(ModelConfig.load("ckpt/"), dtype_bytes=2)
    save_profiles("profiles.json", devices); model.save("model_profile.json")

Every problem is a `ProfileError` naming the field: "profiles[1].mem_bw: expected a number > 0, got -1".
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.jsonio import read_json

OS_KINDS = ("linux", "mac", "android")


class ProfileError(ValueError):
    """A profile value is missing, unknown or out of range; the message names the field.

    `owner.field: detail`; `field` may be dotted ("gpu.flops") and is kept so a loader can re-anchor
    the message to the file position ("profiles.json: profiles[2].gpu.flops: ...")."""

    def __init__(self, owner: str, field: str = "", detail: str = "") -> None:
        # ProfileError(message) alone is a whole-file problem, as `read_json` raises it
        super().__init__(f"{owner}{'.' + field if field else ''}{': ' + detail if detail else ''}")
        self.field, self.detail = field, detail


def _number(owner: str, field: str, value: Any, *, positive: bool) -> None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value == value
    if not ok or (value <= 0 if positive else value < 0):
        raise ProfileError(owner, field, f"expected a number {'> 0' if positive else '>= 0'}, got {value!r}")


def _check_fields(obj: Any, owner: str, positive: tuple[str, ...], nonnegative: tuple[str, ...]) -> None:
    for name in positive:
        _number(owner, name, getattr(obj, name), positive=True)
    for name in nonnegative:
        _number(owner, name, getattr(obj, name), positive=False)


def _from_dict(cls: type, d: Any, where: str) -> Any:
    """Build a frozen dataclass from a JSON object, refusing unknown or missing keys by name."""
    if not isinstance(d, dict):
        raise ProfileError(where, "", f"expected a JSON object, got {type(d).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(d) - set(fields))
    if unknown:
        raise ProfileError(where, unknown[0], f"unknown field (known: {', '.join(fields)})")
    missing = [n for n, f in fields.items() if n not in d
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ProfileError(where, missing[0], "missing")
    try:
        return cls(**d)
    except ProfileError as e:  # re-anchor "DeviceProfile 'x'.field" to the file position
        raise ProfileError(where, e.field, e.detail) from e
    except TypeError as e:  # a wrongly typed nested value that the checks above did not name
        raise ProfileError(where, "", str(e)) from e


@dataclass(frozen=True, kw_only=True)
class GpuProfile:
    """A CUDA GPU, or Metal on a Mac (unified memory: then `vram_bytes` is Metal's working-set cap)."""

    vram_bytes: float   # free VRAM the weights may use
    flops: float        # fp32 matmul throughput at decode shapes
    mem_bw: float       # VRAM read bandwidth

    def __post_init__(self) -> None:
        _check_fields(self, "GpuProfile", ("flops", "mem_bw"), ("vram_bytes",))


@dataclass(frozen=True, kw_only=True)
class DeviceProfile:
    """One ring member. `link_*` describe the link to the next rank (the last rank's goes to the head)."""

    name: str
    os: str                      # "linux" | "mac" | "android": picks the page-cache model
    cpu_flops: float             # fp32 matmul FLOP/s at decode shapes
    mem_bytes: float             # available RAM; cgroup-aware on Linux (MemAvailable-style)
    mem_bw: float                # RAM read bandwidth
    disk_bw: float               # cold read speed of the page-fault path: sequential on Linux, random elsewhere
    link_rtt_s: float            # round-trip time to the next rank
    link_bw: float               # bandwidth to the next rank
    gpu: GpuProfile | None = None
    is_head: bool = False
    swap_bytes: float = 0.0      # Android: anon pages the kernel swaps out before dropping mmap pages
    layer_s: float | None = None  # one decoder layer of the profiled model, one token, timed (profile --model)
    disk_burst_bytes: float = 0.0  # a read this short after an idle spell runs at disk_burst_bw (0: no burst)
    disk_burst_bw: float = 0.0     # the burst's rate: a rate-limited disk's credit, a drive's cache

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise ProfileError("DeviceProfile", "name", f"expected a non-empty string, got {self.name!r}")
        where = f"DeviceProfile {self.name!r}"
        if self.os not in OS_KINDS:
            raise ProfileError(where, "os", f"expected one of {', '.join(OS_KINDS)}, got {self.os!r}")
        _check_fields(self, where, ("cpu_flops", "mem_bw", "disk_bw", "link_bw"),
                      ("mem_bytes", "link_rtt_s", "swap_bytes", "disk_burst_bytes", "disk_burst_bw"))
        if self.disk_burst_bytes and self.disk_burst_bw < self.disk_bw:
            raise ProfileError(where, "disk_burst_bw", f"a burst of {self.disk_burst_bytes:.0f} bytes needs a rate "
                               f">= disk_bw ({self.disk_bw:.0f} B/s), got {self.disk_burst_bw!r}")
        if self.layer_s is not None:
            _number(where, "layer_s", self.layer_s, positive=True)
        if not isinstance(self.is_head, bool):
            raise ProfileError(where, "is_head", f"expected true or false, got {self.is_head!r}")
        if isinstance(self.gpu, dict):
            try:
                object.__setattr__(self, "gpu", _from_dict(GpuProfile, self.gpu, "gpu"))
            except ProfileError as e:
                raise ProfileError(where, f"gpu.{e.field}", e.detail) from e
        elif self.gpu is not None and not isinstance(self.gpu, GpuProfile):
            raise ProfileError(where, "gpu", f"expected an object or null, got {self.gpu!r}")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: Any, where: str = "device") -> DeviceProfile:
        return _from_dict(cls, d, where)


@dataclass(frozen=True, kw_only=True)
class ModelProfile:
    """Per-layer costs of a decoder at decode time (one token, context `n_ctx`): the paper's b, b_i, b_o, f."""

    n_layers: int            # L
    layer_bytes: float       # b: one decoder layer's weights
    embed_bytes: float       # b_i: the input embedding matrix (one row is read per token)
    output_bytes: float      # b_o: final norm + lm_head, read in full every token on the head
    layer_flops: float       # one layer, one token, attention over n_ctx included
    output_flops: float      # lm_head, one token
    kv_bytes_per_token: float  # one layer's K and V for one token
    n_ctx: int               # context the KV cache is sized for
    hidden_size: int
    vocab_size: int
    activation_bytes: int = 4  # hidden states travel the ring in fp32

    def __post_init__(self) -> None:
        for name in ("n_layers", "n_ctx", "hidden_size", "vocab_size", "activation_bytes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ProfileError("ModelProfile", name, f"expected a positive integer, got {value!r}")
        _check_fields(self, "ModelProfile", ("layer_bytes", "layer_flops"),
                      ("embed_bytes", "output_bytes", "output_flops", "kv_bytes_per_token"))

    @property
    def layer_footprint(self) -> float:
        """b′ = b + that layer's KV cache at n_ctx: what one resident layer costs in memory."""
        return self.layer_bytes + self.kv_bytes_per_token * self.n_ctx

    @property
    def hidden_bytes(self) -> int:
        """One decode token's hidden state, the payload of every ring hop."""
        return self.hidden_size * self.activation_bytes

    @classmethod
    def from_config(cls, cfg: ModelConfig, dtype_bytes: float, *, n_ctx: int | None = None,
                    kv_dtype_bytes: float = 2) -> ModelProfile:
        """Costs of `cfg` with weights stored at `dtype_bytes` per parameter and an f16 KV cache (prima's)."""
        if n_ctx is None:
            n_ctx = min(cfg.max_position_embeddings, 4096)
        V, D, L = cfg.vocab_size, cfg.hidden_size, cfg.num_hidden_layers
        head = 0 if cfg.tie_word_embeddings else V * D
        layer_params = (cfg.num_parameters() - V * D - head - D) // L
        kv_width = cfg.num_key_value_heads * cfg.head_dim
        attn_flops = 4 * cfg.num_attention_heads * cfg.head_dim * n_ctx  # q·K and p·V over the context
        return cls(n_layers=L, layer_bytes=layer_params * dtype_bytes, embed_bytes=V * D * dtype_bytes,
                   output_bytes=(V * D + D) * dtype_bytes, layer_flops=2 * layer_params + attn_flops,
                   output_flops=2 * V * D, kv_bytes_per_token=2 * kv_width * kv_dtype_bytes, n_ctx=n_ctx,
                   hidden_size=D, vocab_size=V)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: Any, where: str = "model") -> ModelProfile:
        return _from_dict(cls, d, where)

    def save(self, path: str | Path) -> None:
        write_json_atomic(path, self.to_dict())

    @classmethod
    def load(cls, path: str | Path) -> ModelProfile:
        return cls.from_dict(read_json(path, error=ProfileError), where=str(path))


def save_profiles(path: str | Path, devices: list[DeviceProfile]) -> None:
    write_json_atomic(path, [d.to_dict() for d in devices])


def load_profiles(path: str | Path) -> list[DeviceProfile]:
    data = read_json(path, error=ProfileError)
    if not isinstance(data, list):
        raise ProfileError(str(path), "", f"expected a JSON list of device profiles, got {type(data).__name__}")
    return [DeviceProfile.from_dict(d, where=f"{path}: profiles[{i}]") for i, d in enumerate(data)]
