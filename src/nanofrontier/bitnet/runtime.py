"""BitNet decode without torch: the packed model's C kernels (`clib`) called on numpy arrays, in a process that
holds the weights and little else.

    nanofrontier bitnet image --model bitnet-b1.58-2B-4T --out 2b4t.image    # once, with torch (image.py)
    nanofrontier bitnet run --image 2b4t.image --prompt "The capital of"     # this module: torch never imported

    rt = Runtime.load("2b4t.image")
    for token in rt.generate(prompt_ids, max_new_tokens=32): ...

Why a second process shape: `import torch` alone keeps ~190 MiB resident (its Python modules and its C++
registries), a fifth of the packed 2B4T model; this runtime holds the 0.85 GB of weights, the KV cache and
~40 MiB more. It computes what the packed torch model (`infer.pack_model(..., int8_head=True,
int8_embedding=True)`) computes, through the same C entry points: a prompt runs four `nf_ternary_decode_f32`
calls a layer (each with its RMSNorm, gating and residual add), RoPE and the attention (`nf_prompt_attention`); a
decode step runs every layer in one `nf_bitnet_decode_layers` call, then the final norm and the int8 head. Its
logits match the torch model's to float rounding (tests/bitnet/test_runtime.py); it needs the C kernel (no
torch fallback, by design) and runs one sequence at a time.

The image (`image.py` writes it): a directory with the model's `config.json` and `image.safetensors` holding,
for each layer i, `layers.i.<p>.packed` (uint8, the kernel's layout: `clib.packed_shape`) and `layers.i.<p>.scale`
(fp32 [N], the dividing scale) for p in PROJECTIONS, `layers.i.<n>` (fp32) for n in NORMS, `norm`, `inv_freq`,
and the int8 table `table.q` [V, D] with `table.scale` [V] that serves the lookup and, tied, the head (untied:
`head.q`, `head.scale` too). Weights are read with plain reads into memory advised for huge pages, in the order
a decode step reads them.

Legend: T new positions, D hidden size, I intermediate size, H query heads, Hkv key/value heads, Dh head dim,
V vocabulary, S cached positions.
"""

from __future__ import annotations

import ctypes
import json
import mmap
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from nanofrontier.bitnet import clib
from nanofrontier.core import sysinfo
from nanofrontier.core.cbuild import StepArgs
from nanofrontier.core.safetensors_io import CorruptCheckpointError, SafetensorsFile

IMAGE_FILE = "image.safetensors"
IMAGE_VERSION = 1
PROJECTIONS = ("qkv", "o", "gate_up", "down")
NORMS = ("input_layernorm", "attn_sub_norm", "post_attention_layernorm", "ffn_sub_norm")
_NUMPY = {"U8": np.uint8, "I8": np.int8, "F32": np.float32}
_HUGE = 2 << 20


class ImageError(ValueError):
    """A runtime image is missing, malformed or disagrees with its config; the message names file and tensor."""


class Runtime:
    """A packed BitNet model in numpy arrays, a KV cache of `max_len` positions and the C library."""

    def __init__(self, config: dict, tensors: SafetensorsFile, *, max_len: int | None = None,
                 threads: int | None = None) -> None:
        c = config
        self.D, self.I, self.V = c["hidden_size"], c["intermediate_size"], c["vocab_size"]
        self.L, self.H, self.Hkv = c["num_hidden_layers"], c["num_attention_heads"], c["num_key_value_heads"]
        self.Dh = c.get("head_dim") or self.D // self.H
        self.eps = float(c["rms_norm_eps"])
        self.max_len = int(max_len or c.get("max_position_embeddings", 4096))
        self.threads = threads or int(os.environ.get("OMP_NUM_THREADS", 0)) or sysinfo.cpu_count()
        self.lib = clib.bind(ctypes.CDLL(str(clib.build())))
        H, Hkv, Dh, D, I = self.H, self.Hkv, self.Dh, self.D, self.I  # noqa: E741
        self.shapes = {"qkv": (D, (H + 2 * Hkv) * Dh), "o": (H * Dh, D), "gate_up": (D, 2 * I), "down": (I, D)}
        widths = {"input_layernorm": D, "attn_sub_norm": H * Dh, "post_attention_layernorm": D, "ffn_sub_norm": I}
        tied = "head.q" not in tensors
        wanted = {}
        for i in range(self.L):  # decode order: one arena, read front to back each step
            for p in PROJECTIONS:
                k, n = self.shapes[p]
                wanted[f"layers.{i}.{p}.packed"] = ("U8", clib.packed_shape(n, k))
                wanted[f"layers.{i}.{p}.scale"] = ("F32", (n,))
            wanted.update({f"layers.{i}.{name}": ("F32", (w,)) for name, w in widths.items()})
        wanted.update({"norm": ("F32", (D,)), "inv_freq": ("F32", (Dh // 2,)),
                       "table.q": ("I8", (self.V, D)), "table.scale": ("F32", (self.V,))})
        if not tied:
            wanted.update({"head.q": ("I8", (self.V, D)), "head.scale": ("F32", (self.V,))})
        self.w = _read_all(tensors, wanted)
        self.head_q, self.head_scale = (self.w["table.q"], self.w["table.scale"]) if tied else \
            (self.w["head.q"], self.w["head.scale"])
        self.k_cache = np.zeros((self.L, Hkv, self.max_len, Dh), np.float32)
        self.v_cache = np.zeros_like(self.k_cache)
        self.length = 0
        self.layer_args = (clib.LayerArgs * self.L)()
        for i, args in enumerate(self.layer_args):
            args.D, args.H, args.Hkv, args.Dh, args.I = D, H, Hkv, Dh, I
            for j, (p, name) in enumerate(zip(PROJECTIONS, NORMS, strict=True)):
                args.w[j] = self.w[f"layers.{i}.{p}.packed"].ctypes.data
                args.w_scale[j] = self.w[f"layers.{i}.{p}.scale"].ctypes.data
                args.norm[j] = self.w[f"layers.{i}.{name}"].ctypes.data
                args.eps[j] = self.eps
        scratch = self.lib.nf_bitnet_layer_scratch_bytes(D, H, Hkv, Dh, I, self.max_len)
        self.scratch = np.empty(scratch // 4 + 16, np.float32)

    @classmethod
    def load(cls, directory: str | os.PathLike, **kwargs) -> Runtime:
        """A runtime from an image directory (`image.save_image`); `max_len` and `threads` as in `__init__`."""
        directory = Path(directory)
        config_path, image_path = directory / "config.json", directory / IMAGE_FILE
        for path in (config_path, image_path):
            if not path.is_file():
                raise ImageError(f"{path}: missing (a runtime image is config.json + {IMAGE_FILE}; "
                                 "write one with `nanofrontier bitnet image`)")
        try:
            config = json.loads(config_path.read_text())
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ImageError(f"{config_path}: not valid JSON ({error})") from error
        if config.get("nanofrontier_image") != IMAGE_VERSION:
            raise ImageError(f"{config_path}: nanofrontier_image is {config.get('nanofrontier_image')!r}, this "
                             f"runtime reads version {IMAGE_VERSION} (rewrite it with `nanofrontier bitnet image`)")
        try:
            return cls(config, SafetensorsFile(image_path), **kwargs)
        except CorruptCheckpointError as error:
            raise ImageError(str(error)) from error
        except KeyError as error:
            raise ImageError(f"{config_path}: missing field {error}") from error

    def reset(self) -> None:
        """Forget the sequence: the next `prefill` starts at position 0."""
        self.length = 0

    def prefill(self, ids: Sequence[int]) -> np.ndarray:
        """Append the tokens ids (positions length..length+T-1) and return the logits after the last, fp32 [V]."""
        ids = self._check_ids(ids)
        T, start = len(ids), self.length
        h = self._embed(ids)  # [T, D]
        cos, sin = self._rope(np.arange(start, start + T))
        H, Hkv, Dh = self.H, self.Hkv, self.Dh
        for i in range(self.L):
            qkv = self._project(h, i, "qkv", norm="input_layernorm")  # [T, (H + 2 Hkv) Dh]
            for offset, heads in ((0, H), (H * Dh, Hkv)):  # RoPE on the q and k columns, in place
                self.lib.nf_rope(qkv.ctypes.data + 4 * offset, 1, T, heads, Dh, T * qkv.shape[1], qkv.shape[1], Dh,
                                 cos.ctypes.data, sin.ctypes.data, self.threads)
            self.k_cache[i, :, start:start + T] = qkv[:, H * Dh:(H + Hkv) * Dh].reshape(T, Hkv, Dh).transpose(1, 0, 2)
            self.v_cache[i, :, start:start + T] = qkv[:, (H + Hkv) * Dh:].reshape(T, Hkv, Dh).transpose(1, 0, 2)
            y = self._attention(qkv, i, start)
            h = self._project(y, i, "o", norm="attn_sub_norm", residual=h)
            gate_up = self._project(h, i, "gate_up", norm="post_attention_layernorm")
            h = self._project(gate_up, i, "down", norm="ffn_sub_norm", residual=h, gated=True)
        self.length = start + T
        return self._logits(h[-1])

    def step(self, token: int) -> np.ndarray:
        """One decode step: append `token` and return the logits after it, fp32 [V]."""
        (token,) = self._check_ids([token])
        h = self._embed([token])[0]
        cos, sin = self._rope(np.array([self.length]))
        step = StepArgs(cos=cos.ctypes.data, sin=sin.ctypes.data, k_cache=self.k_cache.ctypes.data,
                        v_cache=self.v_cache.ctypes.data, layer_stride=self.k_cache[0].size, max_len=self.max_len,
                        pos=self.length, scratch=self.scratch.ctypes.data)
        rc = self.lib.nf_bitnet_decode_layers(ctypes.byref(self.layer_args), self.L, ctypes.byref(step),
                                              h.ctypes.data, self.threads, 0)
        if rc == -1:
            raise MemoryError("nf_bitnet_decode_layers: out of memory for the threads' prepared inputs")
        if rc != 0:
            raise RuntimeError(f"nf_bitnet_decode_layers refused position {self.length} of {self.max_len}")
        self.length += 1
        return self._logits(h)

    def generate(self, ids: Sequence[int], max_new_tokens: int, *, temperature: float = 0.0, top_p: float = 1.0,
                 seed: int = 0, stop_ids: Sequence[int] = ()) -> Iterator[int]:
        """New tokens after the prompt `ids`, one at a time (greedy at temperature 0, else sampled with top-p),
        until `max_new_tokens` or a token in `stop_ids` (yielded, then the end)."""
        if max_new_tokens < 0 or temperature < 0 or not 0 < top_p <= 1:
            raise ValueError(f"generate: max_new_tokens {max_new_tokens} and temperature {temperature} must be >= 0 "
                             f"and top_p {top_p} in (0, 1]")
        self.reset()
        rng = np.random.default_rng(seed)
        logits = self.prefill(ids)
        for n in range(max_new_tokens):
            token = _choose(logits, temperature, top_p, rng)
            yield token
            if token in stop_ids or n == max_new_tokens - 1:
                return
            logits = self.step(token)

    def resident_bytes(self) -> int:
        """Bytes of weights this runtime holds (each table once)."""
        return sum(a.nbytes for a in self.w.values())

    def _check_ids(self, ids: Sequence[int]) -> list[int]:
        ids = [int(t) for t in ids]
        if not ids:
            raise ValueError("no tokens to run")
        bad = [t for t in ids if not 0 <= t < self.V]
        if bad:
            raise ValueError(f"token id {bad[0]} is outside the vocabulary [0, {self.V})")
        if self.length + len(ids) > self.max_len:
            raise ValueError(f"{len(ids)} more positions after {self.length} exceed the cache's {self.max_len} "
                             "(Runtime.load(..., max_len=N) allocates more)")
        return ids

    def _embed(self, ids: list[int]) -> np.ndarray:
        table, scale = self.w["table.q"], self.w["table.scale"]
        return np.ascontiguousarray(table[ids].astype(np.float32) * scale[ids, None])

    def _rope(self, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """cos, sin [T, Dh] in the rotate-half layout (core's `rope_cos_sin`)."""
        angles = positions.astype(np.float32)[:, None] * self.w["inv_freq"]
        angles = np.concatenate([angles, angles], axis=1)
        return np.ascontiguousarray(np.cos(angles)), np.ascontiguousarray(np.sin(angles))

    def _project(self, x: np.ndarray, layer: int, part: str, *, norm: str, residual: np.ndarray | None = None,
                 gated: bool = False) -> np.ndarray:
        """residual + part(rms_norm(relu(gate)² * up if gated else x)) in one C call; x fp32 [T, K or 2K]."""
        K, N = self.shapes[part]
        x = np.ascontiguousarray(x, np.float32)
        out = np.empty((x.shape[0], N), np.float32)
        prefix = f"layers.{layer}."
        if self.lib.nf_ternary_decode_f32(
                x.ctypes.data, x.shape[0], K, x.shape[1], int(gated), self.w[prefix + norm].ctypes.data, self.eps,
                self.w[f"{prefix}{part}.packed"].ctypes.data, N, self.w[f"{prefix}{part}.scale"].ctypes.data,
                None if residual is None else residual.ctypes.data, out.ctypes.data, N, self.threads, 0) != 0:
            raise MemoryError(f"nf_ternary_decode_f32: out of memory for {prefix}{part} at [{x.shape[0]}, {K}]")
        return out

    def _attention(self, qkv: np.ndarray, layer: int, start: int) -> np.ndarray:
        """Causal attention of the prompt's queries (the first H*Dh columns of qkv [T, (H + 2 Hkv) Dh], RoPE applied;
        positions start..start+T-1) over the layer's cache -> [T, H*Dh]: one C call, the decode step's attention
        once per query and head, in the kernel's threads."""
        T = qkv.shape[0]
        out = np.empty((T, self.H * self.Dh), np.float32)
        if self.lib.nf_prompt_attention(qkv.ctypes.data, T, self.H, self.Hkv, self.Dh, qkv.shape[1],
                                        self.k_cache[layer].ctypes.data, self.v_cache[layer].ctypes.data,
                                        self.max_len, start, out.ctypes.data, self.threads, 0) != 0:
            raise MemoryError(f"nf_prompt_attention: out of memory for {T} queries after {start}")
        return out

    def _logits(self, h: np.ndarray) -> np.ndarray:
        x = h.astype(np.float32)
        x = np.ascontiguousarray((x / np.sqrt(np.mean(x * x) + np.float32(self.eps))) * self.w["norm"])
        out = np.empty(self.V, np.float32)
        if self.lib.nf_int8_matmul_f32(x.ctypes.data, 1, self.D, self.D, self.head_q.ctypes.data, self.V,
                                       self.head_scale.ctypes.data, out.ctypes.data, self.V, None, self.threads,
                                       0) != 0:
            raise MemoryError("nf_int8_matmul_f32: out of memory for the head")
        return out


def _read_all(tensors: SafetensorsFile, wanted: dict[str, tuple[str, tuple[int, ...]]]) -> dict[str, np.ndarray]:
    """Every wanted tensor, checked by name, dtype and shape, read into one huge-page arena in that order."""
    where = tensors.path
    for name, (dtype, shape) in wanted.items():
        if name not in tensors:
            raise ImageError(f"{where}: missing tensor {name!r}")
        if tensors.dtype_name(name) != dtype or tensors.shape(name) != shape:
            raise ImageError(f"{where}: {name}: expected {dtype}{list(shape)}, found "
                             f"{tensors.dtype_name(name)}{list(tensors.shape(name))}")
    sizes = [int(np.prod(shape)) * np.dtype(_NUMPY[dtype]).itemsize for dtype, shape in wanted.values()]
    arena = _arena(sum(-(-s // 64) * 64 for s in sizes))
    out, offset = {}, 0
    for (name, (dtype, shape)), size in zip(wanted.items(), sizes, strict=True):
        array = np.frombuffer(arena, dtype=_NUMPY[dtype], count=size // np.dtype(_NUMPY[dtype]).itemsize,
                              offset=offset).reshape(shape)
        tensors.read_into(name, array)
        out[name] = array
        offset += -(-size // 64) * 64
    return out


def _arena(nbytes: int) -> memoryview:
    """nbytes of fresh anonymous memory starting on a 2 MB boundary, advised MADV_HUGEPAGE before it is touched
    (as `memory.Arena` does for the torch model; plain pages where the kernel refuses)."""
    region = mmap.mmap(-1, nbytes + _HUGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)  # shared: no THP
    address = ctypes.addressof(ctypes.c_char.from_buffer(region))
    start = -address % _HUGE
    whole = (nbytes // _HUGE) * _HUGE
    if whole and hasattr(mmap, "MADV_HUGEPAGE"):
        try:
            region.madvise(mmap.MADV_HUGEPAGE, start, whole)
        except OSError:
            pass
    return memoryview(region)[start:start + nbytes]


def _choose(logits: np.ndarray, temperature: float, top_p: float, rng: np.random.Generator) -> int:
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits.astype(np.float64) / temperature
    p = np.exp(z - z.max())
    p /= p.sum()
    if top_p < 1:
        order = np.argsort(-p)
        keep = order[:int(np.searchsorted(np.cumsum(p[order]), top_p)) + 1]
        mask = np.zeros_like(p)
        mask[keep] = p[keep]
        p = mask / mask.sum()
    return int(rng.choice(len(p), p=p))



def main(argv: list[str] | None = None) -> int:
    """`nanofrontier bitnet run`: stream a continuation from a runtime image; tokens/s and RSS on stderr."""
    import argparse
    from itertools import takewhile

    from nanofrontier.core.chat import BUILTIN_TEMPLATES, chat_prompt
    from nanofrontier.core.textstream import echo_tokens
    from nanofrontier.core.tokenizer import load_tokenizer

    parser = argparse.ArgumentParser(prog="nanofrontier bitnet run", description=main.__doc__.split(":")[1].strip())
    parser.add_argument("--image", type=Path, required=True, help="a directory written by `nanofrontier bitnet image`")
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--chat", nargs="?", const="model", choices=("model", *BUILTIN_TEMPLATES),
                        help="wrap the prompt in a chat turn: the model's own template (tokenizer_config.json), "
                             "or a built-in one by name")
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--temperature", type=float, default=0.8, help="0 = greedy")
    parser.add_argument("--top-p", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, help="OpenMP threads (default: OMP_NUM_THREADS, else every CPU)")
    args = parser.parse_args(argv)
    try:
        tokenizer = load_tokenizer(args.image)
        config = json.loads((args.image / "config.json").read_text()) if (args.image / "config.json").is_file() else {}
        prompt = chat_prompt(tokenizer, config.get("model_type"), args.prompt, args.chat) if args.chat else args.prompt
        ids = tokenizer.encode(prompt, add_bos=not args.chat)
        runtime = Runtime.load(args.image, max_len=len(ids) + max(args.max_new_tokens, 1), threads=args.threads)
        eos = config.get("eos_token_id")
        stop = {*tokenizer.stop_ids, *([] if eos is None else [eos] if isinstance(eos, int) else eos)}
        tokens = runtime.generate(ids, args.max_new_tokens, temperature=args.temperature, top_p=args.top_p,
                                  seed=args.seed, stop_ids=tuple(stop))
        new, elapsed = echo_tokens(takewhile(lambda token: token not in stop, tokens), tokenizer)
    except (ValueError, FileNotFoundError) as error:
        print(f"nanofrontier bitnet run: error: {error}", file=sys.stderr)
        return 1
    rss = sysinfo.rss_bytes("VmHWM")
    print(f"[{len(new)} tokens, {len(new) / max(elapsed, 1e-9):.1f} tok/s, peak RSS "
          f"{'?' if rss is None else f'{rss / 2**20:.0f}'} MiB, runtime image, no torch]", file=sys.stderr)
    return 0
