"""The diffusers folder layout, read and written by our code (no diffusers import needed).

    my-model/
      model_index.json                     {"_class_name": ..., "vae": [library, class], ...}
      vae/config.json                      + vae/diffusion_pytorch_model.safetensors
      transformer/config.json              + transformer/diffusion_pytorch_model.safetensors
      scheduler/scheduler_config.json      (diffusers' FlowMatchEulerDiscreteScheduler loads it as is)
      tokenizer/vocab.json                 (the label vocabulary)

    save_component(folder / "vae", vae, vae.config.to_dict())
    config = read_config(folder / "vae")              # dict; errors name the file
    load_weights(vae, folder / "vae")                 # names a missing, unexpected or mis-shaped tensor
    index = read_model_index(folder, required=("vae", "transformer", "scheduler", "tokenizer"))

Every problem is a `CheckpointError` (core) whose message names the file, the component or the tensor.
Weights are safetensors with metadata {"format": "pt"}, written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from safetensors.torch import save_file
from torch import nn

from nanofrontier.core.atomic import atomic_path, write_json_atomic
from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.safetensors_io import CorruptCheckpointError, SafetensorsFile

MODEL_INDEX = "model_index.json"
CONFIG = "config.json"
WEIGHTS = "diffusion_pytorch_model.safetensors"
DIFFUSERS_VERSION = "0.42.1"  # the diffusers release whose layout (and scheduler) this is tested against


def write_model_index(folder: str | os.PathLike, class_name: str, components: dict[str, tuple[str, str]]) -> None:
    """model_index.json: the pipeline class and, per component folder, [library, class]."""
    index: dict[str, Any] = {"_class_name": class_name, "_diffusers_version": DIFFUSERS_VERSION}
    index.update({name: list(pair) for name, pair in components.items()})
    write_json_atomic(Path(folder) / MODEL_INDEX, index)


def read_model_index(folder: str | os.PathLike, *, required: Sequence[str]) -> dict[str, Any]:
    folder = Path(folder)
    if not folder.is_dir():
        raise CheckpointError(f"{folder}: no such pipeline folder")
    path = folder / MODEL_INDEX
    if not path.is_file():
        raise CheckpointError(f"{path}: missing; a diffusers pipeline folder starts with {MODEL_INDEX}")
    index = read_json(path, error=CheckpointError, expect=dict)
    missing = [name for name in required if name not in index]
    if missing:
        raise CheckpointError(f"{path}: no entry for component(s) {', '.join(missing)}")
    for name in required:
        if not (folder / name).is_dir():
            raise CheckpointError(f"{folder / name}: missing component folder (listed in {MODEL_INDEX})")
    return index


def read_config(folder: str | os.PathLike, name: str = CONFIG) -> dict[str, Any]:
    path = Path(folder) / name
    if not path.is_file():
        raise CheckpointError(f"{path}: missing")
    return read_json(path, error=CheckpointError, expect=dict)


def save_component(folder: str | os.PathLike, module: nn.Module, config: dict[str, Any],
                   weights: str = WEIGHTS) -> None:
    """config.json + diffusion_pytorch_model.safetensors (or `weights`) of one model component."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().contiguous() for k, v in module.state_dict().items()}
    with atomic_path(folder / weights) as tmp:
        save_file(tensors, str(tmp), metadata={"format": "pt"})
    write_json_atomic(folder / CONFIG, config)


def load_weights(module: nn.Module, folder: str | os.PathLike, weights: str = WEIGHTS) -> None:
    """Copy every tensor of folder/weights into `module`; names and shapes must match exactly."""
    path = Path(folder) / weights
    if not path.is_file():
        raise CheckpointError(f"{path}: missing")
    try:
        file = SafetensorsFile(path)
    except CorruptCheckpointError as e:
        raise CheckpointError(str(e)) from e
    expected = module.state_dict()
    missing = [k for k in expected if k not in file]
    unexpected = [k for k in file.keys() if k not in expected]
    if missing or unexpected:
        raise CheckpointError(f"{path}: " + "; ".join(
            part for part in (f"missing tensors {missing[:5]}" if missing else "",
                              f"unexpected tensors {unexpected[:5]}" if unexpected else "") if part))
    state = {}
    for name, target in expected.items():
        if file.shape(name) != tuple(target.shape):
            raise CheckpointError(f"{path}: tensor {name!r}: expected {list(target.shape)}, "
                                  f"found {list(file.shape(name))}")
        state[name] = file.tensor(name).to(target.dtype)
    module.load_state_dict(state)
