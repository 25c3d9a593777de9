"""Load and save Hugging Face model directories: `config.json` + `model.safetensors` (or shards).

What we save, transformers loads; what transformers saves, we load. Weights are memory-mapped and
used in place when their dtype is the one computed in (zero-copy); bf16/fp16 checkpoints are
computed in fp32 on the CPU unless `dtype=` says otherwise (a bf16 matrix product is ~400x slower
there).

    model = load_pretrained("path/to/Qwen2.5-0.5B-Instruct")
    save_pretrained(model, "out/", tokenizer=tok, max_shard_bytes=2**30)
    ckpt = Checkpoint("path/to/dir")    # opened once: config.json, the weight index, the fingerprint
    model = load_pretrained(ckpt)       # every loader takes the handle or a path

Open a directory once at the entry point (`Checkpoint`) and hand the object down: config.json is read
once, the safetensors headers are read once (on first use of `weights`), and the fingerprint is
computed from them.

Every problem with a directory is raised as a `CheckpointError` that names the file or tensor:
missing config.json, unsupported model_type, missing or unexpected tensors, shape mismatches,
truncated or corrupt safetensors files.
"""

from __future__ import annotations

import hashlib
import json
import logging
from functools import cached_property
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file
from torch import Tensor, nn

from nanofrontier.core import kernels
from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.config import ARCHITECTURES, ModelConfig
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.model import CausalLM, Linear, LinearFactory, dense_linear, rope_inv_freq
from nanofrontier.core.safetensors_io import CorruptCheckpointError, SafetensorsFile

log = logging.getLogger(__name__)

SINGLE_FILE = "model.safetensors"
INDEX_FILE = "model.safetensors.index.json"


class CheckpointError(ValueError):
    """A model directory cannot be loaded; the message says which file or tensor and why."""


class WeightIndex:
    """Every tensor of a model directory, by name, across one file or many shards (all mmap'd)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        index_path = self.directory / INDEX_FILE
        if index_path.exists():
            weight_map = read_json(index_path, error=CheckpointError, expect=dict).get("weight_map")
            if not isinstance(weight_map, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in weight_map.items()):
                raise CheckpointError(f"{index_path}: weight_map must map tensor names to shard file names")
            shard_names = sorted(set(weight_map.values()))
        elif (self.directory / SINGLE_FILE).exists():
            weight_map, shard_names = None, [SINGLE_FILE]
        else:
            raise CheckpointError(f"{self.directory}: no {SINGLE_FILE} or {INDEX_FILE}")
        try:
            self.files = {s: SafetensorsFile(self.directory / s) for s in shard_names}
        except FileNotFoundError as e:
            raise CheckpointError(f"{index_path}: names a shard that does not exist ({e})") from e
        except CorruptCheckpointError as e:
            raise CheckpointError(str(e)) from e
        self._where: dict[str, SafetensorsFile] = {}
        for f in self.files.values():
            for name in f.keys():
                self._where[name] = f
        if weight_map is not None:
            for name, shard in weight_map.items():
                if name not in self.files[shard]:
                    raise CheckpointError(f"{index_path}: tensor {name!r} is mapped to {shard}, "
                                          "which does not contain it")

    def keys(self) -> list[str]:
        return list(self._where)

    def __contains__(self, name: str) -> bool:
        return name in self._where

    def file_of(self, name: str) -> SafetensorsFile:
        return self._where[name]

    def tensor(self, name: str) -> Tensor:
        return self._where[name].tensor(name)


class Checkpoint:
    """A Hugging Face model directory opened once: config.json as read, its weight index, its fingerprint.

    Raises `CheckpointError` naming the directory when it is not one or has no config.json. The weight
    index (every safetensors header) is read on first use of `weights`, so a config-only directory is fine
    for planning."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        if not self.directory.is_dir():
            raise CheckpointError(f"{self.directory}: not a directory")
        self.config_path = self.directory / "config.json"
        if not self.config_path.exists():
            raise CheckpointError(f"{self.directory}: missing config.json (is this a Hugging Face model directory?)")
        self.config_dict: dict[str, Any] = read_json(self.config_path, error=CheckpointError, expect=dict)

    @property
    def model_type(self) -> str | None:
        return self.config_dict.get("model_type")

    @cached_property
    def weights(self) -> WeightIndex:
        return WeightIndex(self.directory)

    def config(self, supported: tuple[str, ...] = tuple(ARCHITECTURES)) -> ModelConfig:
        """core's `ModelConfig` (Llama, Qwen2); another model_type is refused by name."""
        try:
            config = ModelConfig.from_dict(self.config_dict)
        except ValueError as e:
            raise CheckpointError(f"{self.config_path}: {e}") from e
        if config.model_type not in supported:
            raise CheckpointError(f"{self.config_path}: unsupported model_type {config.model_type!r} "
                                  f"(supported: {', '.join(supported)})")
        return config

    @cached_property
    def fingerprint(self) -> str:
        """sha256 hex of config.json (keys sorted) and every tensor's name, shape and dtype.

        Weights themselves are not read: the check is that two processes compute the same architecture
        from the same tensor layout, which is cheap for a 70B model (headers only)."""
        weights = self.weights
        index = sorted((name, list(weights.file_of(name).shape(name)), str(weights.file_of(name).dtype(name)))
                       for name in weights.keys())
        blob = json.dumps({"config": self.config_dict, "tensors": index}, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()

    def stored_dtype(self, name: str = "model.embed_tokens.weight") -> torch.dtype:
        """The dtype a tensor is stored in (the embedding's by default: the checkpoint's float type)."""
        if name not in self.weights:
            raise CheckpointError(f"{self.directory}: missing tensor {name}")
        return self.weights.file_of(name).dtype(name)


def open_checkpoint(source: str | Path | Checkpoint) -> Checkpoint:
    """A `Checkpoint` as is, or a directory opened as one."""
    return source if isinstance(source, Checkpoint) else Checkpoint(source)


def compute_dtype(stored: torch.dtype, requested: torch.dtype | None, device: torch.device) -> torch.dtype:
    """The dtype to compute in: the requested one, else the stored one (half types -> fp32 on CPU)."""
    if requested is not None:
        return requested
    if device.type == "cpu" and stored in (torch.bfloat16, torch.float16):
        return torch.float32
    return stored


def load_state(model: nn.Module, weights: WeightIndex, *, dtype: torch.dtype | None = None,
               device: str | torch.device = "cpu", skip: frozenset[str] = frozenset(),
               prefix_filter: tuple[str, ...] | None = None, assign: bool = True,
               dtype_overrides: dict[str, torch.dtype] | None = None) -> None:
    """Assign the directory's tensors to `model`'s parameters (a meta-device model is fine).

    With assign=False the values are copied into the existing parameters instead (an optimizer
    holding them stays valid: resuming training).
    Tensors whose dtype already matches are used in place (zero-copy views of the mmap). `skip`
    names parameters that are not expected in the file (a tied lm_head). `prefix_filter` loads only
    the parameters whose names start with one of the prefixes (a pipeline stage's layers).
    `dtype_overrides` gives some parameters a dtype of their own (bf16 projections in an fp32 model).
    """
    device = torch.device(device)
    expected = {k: v for k, v in model.state_dict(keep_vars=True).items() if k not in skip}
    if prefix_filter is not None:
        expected = {k: v for k, v in expected.items() if k.startswith(prefix_filter)}
    found = set(weights.keys())
    missing = sorted(set(expected) - found)
    where = weights.directory
    if missing:
        raise CheckpointError(f"{where}: missing tensor(s) {_names(missing)}")
    if prefix_filter is None:
        # Old HF exports carry the rotary inverse frequencies; they are derived, not weights.
        unexpected = sorted(n for n in found - set(expected) - skip if not n.endswith("rotary_emb.inv_freq"))
        if unexpected:
            raise CheckpointError(f"{where}: unexpected tensor(s) {_names(unexpected)}")
    state = {}
    for name, param in expected.items():
        f = weights.file_of(name)
        shape = f.shape(name)
        if tuple(param.shape) != shape:
            raise CheckpointError(f"{where}: {name}: expected {list(param.shape)}, found {list(shape)}")
        tensor = weights.tensor(name)
        target = compute_dtype(tensor.dtype, dtype, device) if tensor.is_floating_point() else tensor.dtype
        if dtype_overrides and name in dtype_overrides and tensor.is_floating_point():
            target = dtype_overrides[name]
        state[name] = tensor.to(device=device, dtype=target)
    model.load_state_dict(state, strict=False, assign=assign)


def _names(names: list[str], limit: int = 8) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def load_config(source: str | Path | Checkpoint, supported: tuple[str, ...] = tuple(ARCHITECTURES)) -> ModelConfig:
    """core's `ModelConfig` of a directory (or an open `Checkpoint`)."""
    return open_checkpoint(source).config(supported)


def load_pretrained(source: str | Path | Checkpoint, *, dtype: torch.dtype | None = None,
                    device: str | torch.device = "cpu", linear: LinearFactory = dense_linear,
                    linear_dtype: torch.dtype | None = None) -> CausalLM:
    """A `CausalLM` with the weights of a HF Llama/Qwen2 directory (or an open `Checkpoint`), in eval mode.

    `linear_dtype=torch.bfloat16` keeps the projection weights (and an untied lm_head) in bf16 while the
    rest computes in `dtype`: a bf16 checkpoint's projections stay zero-copy views of the file and a decode
    reads 2 bytes a weight (core/kernels.py widens them in registers). Where the C kernels are unavailable the
    projections are loaded in `dtype` instead, with a warning."""
    ckpt = open_checkpoint(source)
    config = ckpt.config()
    with torch.device("meta"):
        model = CausalLM(config, linear=linear)
    skip = frozenset({"lm_head.weight"}) if config.tie_word_embeddings else frozenset()
    overrides = None
    if linear_dtype is not None:
        if kernels.available() and kernels.best_isa() != "scalar":
            overrides = {f"{name}.weight": linear_dtype for name, module in model.named_modules()
                         if isinstance(module, Linear) and f"{name}.weight" not in skip}
        else:
            log.warning("linear_dtype=%s ignored: no C kernel with AVX2 here to read it; projections in fp32",
                        linear_dtype)
    load_state(model, ckpt.weights, dtype=dtype, device=device, skip=skip, dtype_overrides=overrides)
    if config.tie_word_embeddings:
        model.lm_head.weight = model.model.embed_tokens.weight
    model.inv_freq = rope_inv_freq(config).to(device)
    return model.eval()


def load_weights_into(model: CausalLM, directory: str | Path) -> None:
    """Copy a directory's weights into an existing model of the same config, in place."""
    skip = frozenset({"lm_head.weight"}) if model.config.tie_word_embeddings else frozenset()
    load_state(model, WeightIndex(directory), dtype=next(model.parameters()).dtype,
               device=next(model.parameters()).device, skip=skip, assign=False)


def save_pretrained(model: CausalLM, directory: str | Path, *, tokenizer=None,
                    max_shard_bytes: int | None = None, dtype: torch.dtype | None = None) -> Path:
    """Write `config.json` + `model.safetensors` (shards + index past `max_shard_bytes`), atomically."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    config = model.config
    state = {}
    for name, tensor in model.state_dict().items():
        if name == "lm_head.weight" and config.tie_word_embeddings:
            continue  # HF stores tied weights once, under the embedding's name
        tensor = tensor.detach().to("cpu", dtype=dtype or tensor.dtype).contiguous()
        state[name] = tensor.clone() if tensor.untyped_storage().nbytes() != tensor.nbytes else tensor
    stored = next(iter(state.values())).dtype
    config_dict = config.to_dict()
    config_dict["dtype"] = config_dict["torch_dtype"] = str(stored).removeprefix("torch.")
    shards = _split_shards(state, max_shard_bytes)
    if len(shards) == 1:
        _write_safetensors(directory / SINGLE_FILE, shards[0])
        (directory / INDEX_FILE).unlink(missing_ok=True)
    else:
        weight_map = {}
        for i, shard in enumerate(shards, 1):
            name = f"model-{i:05d}-of-{len(shards):05d}.safetensors"
            _write_safetensors(directory / name, shard)
            weight_map.update(dict.fromkeys(shard, name))
        total = sum(t.nbytes for t in state.values())
        write_json_atomic(directory / INDEX_FILE, {"metadata": {"total_size": total}, "weight_map": weight_map})
        (directory / SINGLE_FILE).unlink(missing_ok=True)
    write_json_atomic(directory / "config.json", config_dict)
    if tokenizer is not None:
        tokenizer.save(directory)
    return directory


def _split_shards(state: dict[str, Tensor], max_bytes: int | None) -> list[dict[str, Tensor]]:
    if not max_bytes:
        return [state]
    shards: list[dict[str, Tensor]] = [{}]
    size = 0
    for name, tensor in state.items():
        if shards[-1] and size + tensor.nbytes > max_bytes:
            shards.append({})
            size = 0
        shards[-1][name] = tensor
        size += tensor.nbytes
    return shards


def _write_safetensors(path: Path, tensors: dict[str, Tensor]) -> None:
    with atomic_path(path) as tmp:
        save_file(tensors, str(tmp), metadata={"format": "pt"})
