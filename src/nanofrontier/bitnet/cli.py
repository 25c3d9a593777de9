"""`nanofrontier bitnet train | convert | generate | image | run`: BitNet b1.58 from the command line.

    nanofrontier bitnet train --preset small --out runs/bitnet        # QAT on the synthetic corpus, ~1 min
    nanofrontier bitnet convert --model runs/bitnet --out runs/bitnet-packed   # master -> packed uint8 layout
    nanofrontier bitnet generate --model runs/bitnet-packed --prompt "Once upon a time"
    nanofrontier bitnet image --model runs/bitnet-packed --out runs/bitnet.image   # for the torch-free runtime
    nanofrontier bitnet run --image runs/bitnet.image --prompt "Once upon a time"  # torch never imported

`train` writes a Hugging Face directory (config.json with model_type "bitnet" and the online
quantization_config, model.safetensors of latent weights, the tokenizer) plus metrics.jsonl and
checkpoints. `convert` takes such a run directory or a released `-bf16` master checkpoint. `generate`
reads either layout; it runs the packed C kernel when `nanofrontier.bitnet.infer` is present and reports
tokens/s and the resident memory (VmRSS) on stderr. `generate --int8-table` holds a tied embedding as one
int8 table that the lookup and the LM head share (about a quarter of an fp32 table's bytes). `image` writes
the packed model as `runtime.py` reads it, and `run` decodes it in a process that never imports torch
(`nanofrontier.cli` dispatches it before this module, which imports torch, loads).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from pathlib import Path

import torch

from nanofrontier.bitnet.formats import load_bitnet, load_config, save_packed
from nanofrontier.bitnet.runtime import IMAGE_FILE
from nanofrontier.bitnet.train import bitnet_preset, train_bitnet
from nanofrontier.core import sysinfo
from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.core.cli import add_sampling_arguments, run_action, sampling_config, stream_to_stdout, train_overrides
from nanofrontier.core.lm import perplexity
from nanofrontier.core.tokenizer import load_tokenizer

log = logging.getLogger(__name__)

def _train(args: argparse.Namespace) -> int:
    preset = bitnet_preset(args.preset)
    preset = dataclasses.replace(preset, train=dataclasses.replace(preset.train, **train_overrides(args)),
                                 synthetic_docs=args.docs or preset.synthetic_docs)
    run = train_bitnet(preset, out_dir=args.out, dense=args.dense, resume=not args.no_resume,
                       progress=False if args.quiet else None,
                       run_info={"argv": ["nanofrontier", "bitnet", *args.argv]})
    print(json.dumps({"out": str(args.out), "steps": run.state.step, "val_loss": round(run.val_loss, 4),
                      "val_perplexity": round(perplexity(run.val_loss), 3),
                      "unigram_loss": round(run.unigram_loss, 4)}))
    return 0


def pack_for_inference(model: torch.nn.Module, *, int8_table: bool = False) -> tuple[torch.nn.Module, str]:
    """`infer.pack_model(model)` when that module exists, else the model as loaded; and which it is.
    `int8_table`: the LM head as int8 rows, and for a tied model the lookup reading that same table."""
    try:
        from nanofrontier.bitnet.infer import pack_model
    except ImportError:
        return model, "BitLinear (nanofrontier.bitnet.infer not available: unpacked torch path)"
    if not int8_table:
        return pack_model(model), "packed C kernel"
    tied = bool(model.config.tie_word_embeddings)
    packed = pack_model(model, int8_head=True, int8_embedding=tied)
    return packed, "packed C kernel, " + ("one int8 table for the lookup and the head" if tied else "int8 head")


def _convert(args: argparse.Namespace) -> int:
    model = load_bitnet(args.model)
    if model.config.mode != "online":
        raise CheckpointError(f"{args.model}/config.json: quantization_mode is {model.config.mode!r}; convert "
                              "needs master weights (an online quantization_config, as `bitnet train` writes)")
    tokenizer = _tokenizer_or_none(args.model)
    save_packed(model, args.out, tokenizer=tokenizer)
    size = (Path(args.out) / "model.safetensors").stat().st_size
    print(json.dumps({"out": str(args.out), "projections": len(model.bitlinears()), "bytes": size,
                      "tokenizer": tokenizer is not None}))
    return 0


def _image(args: argparse.Namespace) -> int:
    from nanofrontier.bitnet.image import image_from_released, save_image

    released = load_config(args.model).mode == "offline"  # the packed release: converted a layer at a time
    tokenizer = _tokenizer_or_none(args.model)
    if released:
        image_from_released(args.model, args.out, tokenizer=tokenizer)
    else:
        save_image(load_bitnet(args.model), args.out, tokenizer=tokenizer)
    size = (Path(args.out) / IMAGE_FILE).stat().st_size
    print(json.dumps({"out": str(args.out), "bytes": size, "tokenizer": tokenizer is not None,
                      "run": f"nanofrontier bitnet run --image {args.out} --prompt ..."}))
    return 0


def _tokenizer_or_none(directory: Path):
    try:
        return load_tokenizer(directory)
    except (FileNotFoundError, ValueError):
        log.warning("%s: no tokenizer found; the converted directory will have none", directory)
        return None


def _generate(args: argparse.Namespace) -> int:
    model, path = pack_for_inference(load_bitnet(args.model), int8_table=args.int8_table)
    tokenizer = load_tokenizer(args.model)
    ids = tokenizer.encode(args.prompt, add_bos=True)
    cfg = sampling_config(args, (*tokenizer.stop_ids, *model.config.eos_ids))
    new, elapsed = stream_to_stdout(model, tokenizer, ids, cfg, seed=args.seed)
    rss = sysinfo.rss_bytes()
    print(f"[{len(new)} tokens, {len(new) / max(elapsed, 1e-9):.1f} tok/s, "
          f"RSS {'?' if rss is None else f'{rss / 2**20:.0f}'} MiB, {path}]", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier bitnet", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    t = sub.add_parser("train", help="quantisation-aware training on the synthetic corpus, two-stage schedule")
    t.add_argument("--preset", choices=("tiny", "small"), default="small")
    t.add_argument("--out", type=Path, default=Path("runs/bitnet"))
    t.add_argument("--steps", type=int)
    t.add_argument("--lr", type=float, help="stage-1 peak learning rate")
    t.add_argument("--seed", type=int)
    t.add_argument("--docs", type=int, help="synthetic documents to generate")
    t.add_argument("--dense", action="store_true", help="full-precision linears (the baseline), same shape")
    t.add_argument("--no-resume", action="store_true", help="start over even if --out has checkpoints")
    t.add_argument("--quiet", action="store_true")
    c = sub.add_parser("convert", help="a QAT run or -bf16 master directory -> the packed uint8 layout")
    c.add_argument("--model", type=Path, required=True)
    c.add_argument("--out", type=Path, required=True)
    g = sub.add_parser("generate", help="stream a continuation; tokens/s and RSS on stderr")
    g.add_argument("--model", type=Path, required=True)
    g.add_argument("--prompt", required=True)
    g.add_argument("--int8-table", action="store_true",
                   help="hold the tied embedding as one int8 table that the lookup and the head share (less memory)")
    add_sampling_arguments(g)
    i = sub.add_parser("image", help="any BitNet directory -> a runtime image that `run` decodes without torch")
    i.add_argument("--model", type=Path, required=True)
    i.add_argument("--out", type=Path, required=True)
    sub.add_parser("run", add_help=False, help="stream a continuation from a runtime image, in a process without "
                   "torch (~0.2 GB less memory); `nanofrontier bitnet run --help` lists its options")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["run"]:  # the torch-free runtime (nanofrontier.cli dispatches it before importing this module)
        from nanofrontier.bitnet import runtime

        return runtime.main(argv[1:])
    actions = {"train": _train, "convert": _convert, "generate": _generate, "image": _image}
    return run_action("nanofrontier bitnet", build_parser(), argv, actions)
