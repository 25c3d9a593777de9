"""One rank's share of the ring: its layers' weights (mmap'd, zero-copy), its KV cache, its prefetch.

A `RingStage` builds the whole `CausalLM` on the meta device and assigns real tensors only to the
parameters this rank runs: `model.layers.{i}.*` of its windows, plus
the embedding, final norm and `lm_head` on the head. Everything else stays on meta and costs nothing.
Tensors whose dtype is the compute dtype are views of the mapped safetensors file, so their pages
are page cache the kernel may reclaim, as prima.cpp's are. `prefetch(j)` advises the kernel to read
window j's bytes now, the call a rank makes right after sending its output; the reads run on a
background thread (posix_fadvise WILLNEED releases the GIL), so the send never waits for the disk.

Memory (`memory_budget`, see residency.py): None leaves eviction to the kernel, as llama.cpp and prima.cpp do;
"auto" (the ring's default) or a byte count makes the stage keep as many layers resident as the budget allows
and stream the rest: streamed tensors are read ahead by `prefetch` while the other devices compute and
dropped from the page cache right after their layer runs, so resident ones are never evicted. "auto" budgets
from the memory free when the stage starts, capped by `budget_cap` (the budget Halda's plan counted for this
rank, from its profile): a rank that finds a few MB more free than its profile saw keeps no more resident than
the plan priced, so it streams what the plan predicted.

    stage = RingStage("ckpt/", [(0, 2), (4, 6)], ends=True)    # the head, two rounds
    stage.prepare(batch=1, max_len=64, keep=0)                  # a fresh sequence
    h = stage.run(0, stage.embed(ids), positions, None)         # window 0 = layers [0, 2)

A BitNet checkpoint (config.json `model_type` "bitnet") is built through bitnet's public API instead, in
bitnet_stage.py (the one prima–bitnet seam, imported only for such a checkpoint). With `pack=True` the
stage's layers run on bitnet's 2-bit CPU kernel.

The stage takes an open `core.checkpoint.Checkpoint` (or a directory, opened here): the config, the weight
index and the fingerprint the ring's handshake compares are read once.

Legend: B batch, T new positions, D hidden size, V vocabulary.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import torch
from torch import Tensor

from nanofrontier.core import sysinfo
from nanofrontier.core.cache import KVCache
from nanofrontier.core.checkpoint import Checkpoint, compute_dtype, load_state, open_checkpoint
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM, rope_inv_freq
from nanofrontier.prima.residency import Layer, Streamer, budget_from_available, plan_streaming

log = logging.getLogger(__name__)

END_PREFIXES = ("model.embed_tokens.", "model.norm.", "lm_head.")  # what the head runs besides its layers


def stage_config(source: str | Path | Checkpoint) -> ModelConfig:
    """The checkpoint's config: core's for llama and qwen2, bitnet's `BitNetConfig` for model_type "bitnet"
    (bitnet is imported only then). Both answer `num_hidden_layers`, `hidden_size` and the other fields the
    ring and `KVCache` read."""
    ckpt = open_checkpoint(source)
    if ckpt.model_type == "bitnet":
        from nanofrontier.prima import bitnet_stage

        return bitnet_stage.config(ckpt)
    return ckpt.config()


def layer_prefixes(windows: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(f"model.layers.{i}." for start, end in windows for i in range(start, end))


class RingStage:
    """The layers of `windows` (one half-open range per round; empty ranges forward only), the ends
    (embedding, norm, lm_head) when `ends`, and a KV cache of these layers alone."""

    def __init__(self, source: str | Path | Checkpoint, windows: Sequence[tuple[int, int]], *, ends: bool = False,
                 dtype: torch.dtype | None = None, device: str | torch.device = "cpu", pack: bool = False,
                 memory_budget: int | str | None = None, budget_cap: int | None = None) -> None:
        self.checkpoint = ckpt = open_checkpoint(source)
        self.config = stage_config(ckpt)
        self.bitnet = ckpt.model_type == "bitnet"
        self.windows = [tuple(w) for w in windows]
        self.ends, self.device = ends, torch.device(device)
        if self.device.type == "cuda" and not torch.cuda.is_available():
            raise ValueError(f"stage device {self.device}: torch sees no CUDA device here")
        L = self.config.num_hidden_layers
        for start, end in self.windows:
            if not 0 <= start <= end <= L:
                raise ValueError(f"window [{start}, {end}) is outside the model's layers [0, {L})")
        if pack and not self.bitnet:
            raise ValueError(f"pack=True needs a bitnet checkpoint; {ckpt.directory} has model_type "
                             f"{self.config.model_type!r}")
        self.layers = [i for start, end in self.windows for i in range(start, end)]
        self.weights = ckpt.weights
        stored = ckpt.stored_dtype()
        self.dtype = compute_dtype(stored, dtype, self.device)
        prefixes = layer_prefixes(self.windows) + (END_PREFIXES if ends else ())
        if self.bitnet:
            from nanofrontier.prima import bitnet_stage

            self.model, self.config = bitnet_stage.load(self, prefixes)
        else:
            with torch.device("meta"):
                self.model = CausalLM(self.config)
            self.load_tensors(prefixes, frozenset())
        if ends and self.config.tie_word_embeddings:
            self.model.lm_head.weight = self.model.model.embed_tokens.weight
        if pack:
            bitnet_stage.pack(self.model, self.config, self.layers)
        self.model.inv_freq = rope_inv_freq(self.config).to(self.device)
        self.model.eval()
        self._window_tensors = [[n for n in self.weights.keys() if n.startswith(layer_prefixes([w]))]
                                for w in self.windows]
        self.budget: int | None = None  # bytes of weights this stage keeps resident (None: the kernel decides)
        mapped = stored == self.dtype and self.device.type == "cpu" and not self.bitnet
        streamed, depth = [[] for _ in self.windows], None
        if memory_budget is not None and not mapped:
            log.warning("stage %s: memory_budget ignored: the weights are converted (%s on disk, %s here) or not "
                        "on the CPU, so they are copies in anonymous memory, not pages that can be streamed",
                        self.windows, stored, self.dtype)
        elif memory_budget is not None:
            streamed, depth = self._plan_residency(memory_budget, budget_cap)
        self.streamer = Streamer(self.weights, streamed, depth=depth)
        self.cache: KVCache | None = None

    def _plan_residency(self, memory_budget: int | str, budget_cap: int | None = None
                        ) -> tuple[list[list[Layer]], int | None]:
        """Each window's streamed layers, (index, the spans of its tensors it streams), and the prefetch depth
        (residency.py); the rest stay resident."""
        if memory_budget == "auto":  # what it finds free, and no more than the plan counted (`budget_cap`)
            budget = budget_from_available(sysinfo.available_memory())
            budget = budget if budget_cap is None else min(budget, budget_cap)
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
        streamed = [[(i, [(t[k], lo, hi) for k, lo, hi in pieces]) for (i, t), pieces in zip(window, picks, strict=True)
                     if pieces] for window, picks in zip(layers, chosen, strict=True)]
        log.info("stage %s: budget %.0f MB, streamed MB per window %s", self.windows, budget / 1e6,
                 [round(sum(hi - lo for _, spans in w for _, lo, hi in spans) / 1e6) for w in streamed])
        return streamed, depth

    def streamed_layers(self) -> int:
        """Layers that read some of their tensors from disk every token (0: all resident, or the kernel decides)."""
        return sum(len(w) for w in self.streamer.windows)

    def streamed_bytes(self) -> int:
        """Bytes read from disk every token."""
        return sum(hi - lo for w in self.streamer.windows for _, spans in w for _, lo, hi in spans)

    def _file_bytes(self, names: Sequence[str]) -> int:
        return sum(end - start for n in names if n in self.weights
                   for start, end in [self.weights.file_of(n).byte_range(n)])

    # -- loading ---------------------------------------------------------------------------------------
    def load_tensors(self, prefixes: tuple[str, ...], skip: frozenset[str]) -> None:
        """Assign the checkpoint's tensors under `prefixes` to the (meta) model, except `skip`."""
        tied = frozenset({"lm_head.weight"}) if self.config.tie_word_embeddings else frozenset()
        load_state(self.model, self.weights, dtype=self.dtype, device=self.device, prefix_filter=prefixes,
                   skip=tied | skip)

    # -- the cache operations the head sends ----------------------------------------------------------
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

    # -- prefetch --------------------------------------------------------------------------------------
    def window_tensors(self, j: int) -> list[str]:
        return list(self._window_tensors[j])

    def prefetch(self, j: int) -> None:
        """Have window j's weights read ahead on the background thread (its first streamed layers when the
        stage manages its memory, else all of them); returns at once."""
        if any(self.streamer.windows):
            self.streamer.prefetch(j)
        else:
            self.streamer.read_ahead([(name, 0, None) for name in self._window_tensors[j]])
