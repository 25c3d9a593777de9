"""One rank's share of the ring: its layers' weights (mmap'd, zero-copy), its KV cache, its prefetch.

A `RingStage` builds the whole `CausalLM` on the meta device and assigns real tensors only to the
parameters this rank runs (research/prima.md §1.2, §5.3): `model.layers.{i}.*` of its windows, plus
the embedding, final norm and `lm_head` on the head. Everything else stays on meta and costs nothing.
Tensors whose dtype is the compute dtype are views of the mapped safetensors file, so their pages
are page cache the kernel may reclaim, as prima's are. `prefetch(j)` advises the kernel to read
window j's bytes now, the call a rank makes right after sending its output (§1.2); the reads run on a
background thread (posix_fadvise WILLNEED releases the GIL), so the send never waits for the disk.

Memory (`memory_budget`, see residency.py): None leaves eviction to the kernel, as llama.cpp and prima.cpp do;
"auto" (the ring's default) or a byte count makes the stage keep as many layers resident as the budget allows
and stream the rest: streamed tensors are read ahead by `prefetch` while the other devices compute and
dropped from the page cache right after their layer runs, so resident ones are never evicted.

    stage = RingStage("ckpt/", [(0, 2), (4, 6)], ends=True)    # the head, two rounds
    stage.prepare(batch=1, max_len=64, keep=0)                  # a fresh sequence
    h = stage.run(0, stage.embed(ids), positions, None)         # window 0 = layers [0, 2)

A BitNet checkpoint (config.json `model_type` "bitnet", research/bitnet.md §3) is built through bitnet's
public API instead (the one prima–bitnet seam, docs/prima.md): a meta `BitNetForCausalLM`, this rank's
tensors only, the packed uint8 projections expanded with `bitnet.formats.unpack`. With `pack=True` the
stage's layers are then repacked into bitnet's fused 2-bit kernel layers (`PackedAttention`, `PackedMLP`,
what `bitnet.infer.pack_model` does to a whole model).

`checkpoint_fingerprint(dir)` hashes config.json and the tensor index (names, shapes, dtypes) so the
ring can refuse ranks that hold a different checkpoint before any hidden state travels.

Legend: B batch, T new positions, D hidden size, V vocabulary.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

import torch
from torch import Tensor

from nanofrontier.bitnet.formats import load_config as load_bitnet_config
from nanofrontier.bitnet.formats import unpack
from nanofrontier.bitnet.infer import PackedAttention, PackedMLP
from nanofrontier.bitnet.model import OFFLINE, BitNetConfig, BitNetForCausalLM
from nanofrontier.core.cache import KVCache
from nanofrontier.core.checkpoint import CheckpointError, WeightIndex, compute_dtype, load_config, load_state
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.model import CausalLM, rope_inv_freq
from nanofrontier.prima.profiler import available_memory
from nanofrontier.prima.residency import Streamer, budget_from_available, plan_streaming

log = logging.getLogger(__name__)

END_PREFIXES = ("model.embed_tokens.", "model.norm.", "lm_head.")  # what the head runs besides its layers


def checkpoint_fingerprint(directory: str | Path) -> str:
    """sha256 hex of config.json (keys sorted) and every tensor's name, shape and dtype.

    Weights themselves are not read: the check is that every rank computes the same architecture
    from the same tensor layout, which is cheap for a 70B model (headers only).
    """
    directory = Path(directory)
    path = directory / "config.json"
    try:
        config = read_json(path, error=CheckpointError)
    except FileNotFoundError:
        raise CheckpointError(f"{directory}: missing config.json") from None
    weights = WeightIndex(directory)
    index = sorted((name, list(weights.file_of(name).shape(name)), str(weights.file_of(name).dtype(name)))
                   for name in weights.keys())
    blob = json.dumps({"config": config, "tensors": index}, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()


def load_stage_config(directory: str | Path) -> ModelConfig | BitNetConfig:
    """The checkpoint's config: bitnet's `BitNetConfig` for model_type "bitnet", else core's (llama, qwen2).

    Both answer `num_hidden_layers`, `hidden_size` and the other fields the ring and `KVCache` read."""
    try:
        model_type = read_json(Path(directory) / "config.json").get("model_type")
    except (OSError, ValueError, AttributeError):
        model_type = None  # core's loader names the problem
    return load_bitnet_config(directory) if model_type == "bitnet" else load_config(directory)


def layer_prefixes(windows: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(f"model.layers.{i}." for start, end in windows for i in range(start, end))


class RingStage:
    """The layers of `windows` (one half-open range per round; empty ranges forward only), the ends
    (embedding, norm, lm_head) when `ends`, and a KV cache of these layers alone."""

    def __init__(self, directory: str | Path, windows: Sequence[tuple[int, int]], *, ends: bool = False,
                 dtype: torch.dtype | None = None, device: str | torch.device = "cpu", pack: bool = False,
                 memory_budget: int | str | None = None) -> None:
        self.config = load_stage_config(directory)
        self.windows = [tuple(w) for w in windows]
        self.ends, self.device = ends, torch.device(device)
        L = self.config.num_hidden_layers
        for start, end in self.windows:
            if not 0 <= start <= end <= L:
                raise ValueError(f"window [{start}, {end}) is outside the model's layers [0, {L})")
        if pack and not isinstance(self.config, BitNetConfig):
            raise ValueError(f"pack=True needs a bitnet checkpoint; {directory} has model_type "
                             f"{self.config.model_type!r}")
        self.layers = [i for start, end in self.windows for i in range(start, end)]
        self.weights = WeightIndex(directory)
        stored = self.weights.file_of("model.embed_tokens.weight").dtype("model.embed_tokens.weight")
        self.dtype = compute_dtype(stored, dtype, self.device)
        prefixes = layer_prefixes(self.windows) + (END_PREFIXES if ends else ())
        if isinstance(self.config, BitNetConfig):
            self._load_bitnet(prefixes)
        else:
            with torch.device("meta"):
                self.model = CausalLM(self.config)
            self._load(prefixes, frozenset())
        if ends and self.config.tie_word_embeddings:
            self.model.lm_head.weight = self.model.model.embed_tokens.weight
        if pack:
            self._pack()
        self.model.inv_freq = rope_inv_freq(self.config).to(self.device)
        self.model.eval()
        self._window_tensors = [[n for n in self.weights.keys() if n.startswith(layer_prefixes([w]))]
                                for w in self.windows]
        self.budget: int | None = None  # bytes of weights this stage keeps resident (None: the kernel decides)
        mapped = stored == self.dtype and self.device.type == "cpu" and not isinstance(self.config, BitNetConfig)
        streamed, depth = [[] for _ in self.windows], None
        if memory_budget is not None and not mapped:
            log.warning("stage %s: memory_budget ignored: the weights are converted (%s on disk, %s here) or not "
                        "on the CPU, so they are copies in anonymous memory, not pages that can be streamed",
                        self.windows, stored, self.dtype)
        elif memory_budget is not None:
            streamed, depth = self._plan_residency(memory_budget)
        self.streamer = Streamer(self.weights, streamed, depth=depth)
        self.cache: KVCache | None = None

    def _plan_residency(self, memory_budget: int | str) -> tuple[list[list[tuple[int, list[str]]]], int | None]:
        """Each window's streamed layers, (index, tensor names), and the prefetch depth (residency.py); the
        rest stay resident."""
        if memory_budget == "auto":
            budget = budget_from_available(available_memory())
        elif isinstance(memory_budget, int) and memory_budget >= 0:
            budget = memory_budget
        else:
            raise ValueError(f"memory_budget must be None, 'auto' or bytes >= 0, got {memory_budget!r}")
        self.budget = budget
        nbytes = self._file_bytes
        if self.ends:  # the output layer is read in full every token; the embedding only a row
            head = "model.embed_tokens.weight" if self.config.tie_word_embeddings else "lm_head.weight"
            budget -= nbytes([head, "model.norm.weight"])
        names = self.weights.keys()
        layers = [[(i, [n for n in names if n.startswith(f"model.layers.{i}.")]) for i in range(start, end)]
                  for start, end in self.windows]
        chosen, depth = plan_streaming([[[nbytes([n]) for n in t] for _, t in window] for window in layers], budget)
        streamed = [[(i, [t[k] for k in ks]) for (i, t), ks in zip(window, picks, strict=True) if ks]
                    for window, picks in zip(layers, chosen, strict=True)]
        log.info("stage %s: budget %.0f MB, streamed MB per window %s", self.windows, budget / 1e6,
                 [round(nbytes([n for _, ns in w for n in ns]) / 1e6) for w in streamed])
        return streamed, depth

    def streamed_layers(self) -> int:
        """Layers that read some of their tensors from disk every token (0: all resident, or the kernel decides)."""
        return sum(len(w) for w in self.streamer.windows)

    def streamed_bytes(self) -> int:
        """Bytes read from disk every token."""
        return self._file_bytes([n for w in self.streamer.windows for _, names in w for n in names])

    def _file_bytes(self, names: Sequence[str]) -> int:
        return sum(end - start for n in names if n in self.weights
                   for start, end in [self.weights.file_of(n).byte_range(n)])

    # -- loading ---------------------------------------------------------------------------------------
    def _load(self, prefixes: tuple[str, ...], skip: frozenset[str]) -> None:
        tied = frozenset({"lm_head.weight"}) if self.config.tie_word_embeddings else frozenset()
        load_state(self.model, self.weights, dtype=self.dtype, device=self.device, prefix_filter=prefixes,
                   skip=tied | skip)

    def _load_bitnet(self, prefixes: tuple[str, ...]) -> None:
        """Packed layout: each projection's uint8 [out/4, in] codes -> ternary [out, in] with bitnet's
        `unpack`, its `weight_scale` made multiplying (legacy "bitlinear" stores 1 / mean|W|), as
        `load_bitnet` does for the whole model. Master layout: core's loader, as for Llama."""
        config = self.config
        offline = config.mode == "offline"
        legacy_divide = offline and config.quantization_config.get("linear_class", "bitlinear") == "bitlinear"
        if offline:
            config = self.config = config.replace(quantization_config=dict(OFFLINE))
        with torch.device("meta"):
            self.model = BitNetForCausalLM(config)
        mine = {p: layer for p, layer in self.model.bitlinears().items() if p.startswith(prefixes)} if offline else {}
        self._load(prefixes, frozenset(f"{p}.{leaf}" for p in mine for leaf in ("weight", "weight_scale")))
        state = {}
        for prefix, layer in mine.items():
            w_name, s_name = f"{prefix}.weight", f"{prefix}.weight_scale"
            for name in (w_name, s_name):
                if name not in self.weights:
                    raise CheckpointError(f"{self.weights.directory}: missing tensor {name} (a packed "
                                          "projection has a uint8 weight and a weight_scale)")
            ternary = unpack(self.weights.tensor(w_name), name=f"{self.weights.directory}: {w_name}")
            if tuple(ternary.shape) != tuple(layer.weight.shape):
                raise CheckpointError(f"{self.weights.directory}: {w_name}: expected unpacked "
                                      f"{list(layer.weight.shape)}, found {list(ternary.shape)}")
            scale = self.weights.tensor(s_name).float().reshape(1)
            state[w_name] = ternary.to(device=self.device, dtype=self.dtype)
            state[s_name] = (1.0 / scale if legacy_divide else scale).to(device=self.device, dtype=self.dtype)
        self.model.load_state_dict(state, strict=False, assign=True)

    @torch.no_grad()
    def _pack(self) -> None:
        """`bitnet.infer.pack_model` over this stage's layers only (the others are on meta)."""
        if self.config.mode == "dense":
            raise ValueError("pack=True: the checkpoint has dense projections (quantization_config is None)")
        for i in self.layers:
            layer = self.model.model.layers[i]
            layer.self_attn = PackedAttention.from_attention(layer.self_attn, self.config)
            layer.mlp = PackedMLP.from_mlp(layer.mlp, self.config)

    # -- the cache operations the head sends (research/prima.md §1.6) ------------------------------
    def prepare(self, *, batch: int, max_len: int, keep: int) -> None:
        """Apply one step's cache operation: keep < 0 appends, keep = 0 starts a fresh sequence
        (allocating for `batch` x `max_len` when the shape changed), keep > 0 truncates to `keep`."""
        if keep == 0 and (self.cache is None or (self.cache.batch_size, self.cache.max_len) != (batch, max_len)):
            self.cache = KVCache.for_model(self.config, batch_size=batch, max_len=max_len, layers=self.layers,
                                           dtype=self.dtype, device=self.device)
            return
        if self.cache is None:
            raise RuntimeError("no KV cache yet: the first step of a sequence must reset it (keep=0)")
        if self.cache.batch_size != batch:
            raise RuntimeError(f"the KV cache holds a batch of {self.cache.batch_size}; a step of {batch} "
                               "rows needs a reset (keep=0) first")
        if keep >= 0:
            self.cache.truncate(keep)

    # -- compute -----------------------------------------------------------------------------------
    @torch.inference_mode()
    def embed(self, ids: Tensor) -> Tensor:
        return self.model.embed(ids.to(self.device))  # [B, T, D]

    @torch.inference_mode()
    def run(self, j: int, h: Tensor, positions: Tensor, attention_mask: Tensor | None) -> Tensor:
        """Window j (this rank's j-th round) on h [B, T, D]."""
        start, end = self.windows[j]
        if not self.streamer.streams(j):
            return self.model.forward_layers(h, start, end, positions=positions, cache=self.cache,
                                             attention_mask=attention_mask)
        for i in range(start, end):  # layer by layer: each streamed one is read ahead, then dropped
            self.streamer.before(j, i)
            h = self.model.forward_layers(h, i, i + 1, positions=positions, cache=self.cache,
                                          attention_mask=attention_mask)
            self.streamer.after(i)
        return h

    @torch.inference_mode()
    def logits(self, h: Tensor) -> Tensor:
        return self.model.head(h)  # [B, T, V]

    # -- prefetch (research/prima.md §1.2) ---------------------------------------------------------
    def window_tensors(self, j: int) -> list[str]:
        return list(self._window_tensors[j])

    def prefetch(self, j: int) -> None:
        """Have window j's weights read ahead on the background thread (its first streamed layers when the
        stage manages its memory, else all of them); returns at once."""
        if any(self.streamer.windows):
            self.streamer.prefetch(j)
        else:
            self.streamer.read_ahead(self._window_tensors[j])
