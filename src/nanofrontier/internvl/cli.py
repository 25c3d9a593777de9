"""`nanofrontier internvl train | chat | eval | convert`: InternVL from the command line.

    nanofrontier internvl train --preset small --out runs/internvl          # native pre-training, synthetic data
    nanofrontier internvl train --preset small --staged --out runs/staged   # the three-stage baseline
    nanofrontier internvl chat --model runs/internvl --image a.png --image b.png --prompt "what colour is image 2 ?"
    nanofrontier internvl chat --model InternVL3-1B --image photo.jpg --prompt "Describe the image." --device cuda
    nanofrontier internvl eval --model runs/internvl --n 200                 # held-out synthetic accuracy (JSON)
    nanofrontier internvl convert --model InternVL3-1B --out InternVL3-1B-hf --layout hf

`chat` reads either released layout (remote-code `InternVLChatModel` or transformers'
`InternVLForConditionalGeneration`) or a folder `train` wrote, tiles each image as the model was trained to
(aspect-ratio grid + thumbnail), renders the folder's chat template and streams the answer. `--v2pe-delta` sets the
position step of visual tokens (1 = plain positions, as the released models run).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from pathlib import Path

import torch

from nanofrontier.core.chat import ChatTemplate
from nanofrontier.core.cli import add_sampling_arguments, echo_steps, run_action, sampling_config, train_overrides
from nanofrontier.core.tokenizer import load_tokenizer
from nanofrontier.internvl.data import SampleEncoder
from nanofrontier.internvl.evaluate import answer_accuracy
from nanofrontier.internvl.formats import load_internvl, save_internvl
from nanofrontier.internvl.generate import stream_vl
from nanofrontier.internvl.pretrain import pretrain, pretrain_preset
from nanofrontier.internvl.prompt import chat_template, expand_images, image_query, labels_images
from nanofrontier.internvl.scenes import TripleSplit
from nanofrontier.internvl.tasks import FAMILIES, first_image_sample
from nanofrontier.internvl.tiling import ImageProcessor


def _train(args: argparse.Namespace) -> int:
    preset = pretrain_preset(args.preset)
    preset = dataclasses.replace(preset, train=dataclasses.replace(preset.train, **train_overrides(args)),
                                 deltas=1.0 if args.no_v2pe else preset.deltas)
    run = pretrain(preset, out_dir=args.out, seed=preset.train.seed, staged=args.staged, resume=not args.no_resume,
                   progress=False if args.quiet else None,
                   run_info={"argv": ["nanofrontier", "internvl", *args.argv]})
    print(json.dumps({"out": str(args.out), "steps": sum(s.step for s in run.states), "tokens": run.tokens,
                      "staged": args.staged, "v2pe": not args.no_v2pe}))
    return 0


DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


def _load(args: argparse.Namespace):
    tokenizer = load_tokenizer(args.model)
    dtype = DTYPES[args.dtype] if getattr(args, "dtype", None) else None
    model = load_internvl(args.model, tokenizer=tokenizer, device=getattr(args, "device", "cpu"), dtype=dtype)
    return model, tokenizer


def _chat(args: argparse.Namespace) -> int:
    model, tokenizer = _load(args)
    processor = ImageProcessor.for_config(model.config, **({"max_tiles": args.max_tiles} if args.max_tiles else {}))
    tiles = [processor.load(path) for path in args.image]
    query = image_query(args.prompt, len(tiles), labelled=labels_images(model.config.template))
    template = (ChatTemplate.for_tokenizer(tokenizer) if getattr(tokenizer, "chat_template", None)
                else chat_template(model.config.template))
    text = template.render([{"role": "user", "content": query}])
    text = expand_images(text, [t.shape[0] for t in tiles], model.config.num_image_token)
    ids = tokenizer.encode(text)
    pixel_values = torch.cat(tiles) if tiles else None
    stop = (*tokenizer.stop_ids, *model.config.llm.eos_ids)
    cfg = sampling_config(args, tuple(i for i in stop if i is not None))
    new, elapsed = _stream(model, tokenizer, ids, pixel_values, cfg, args)
    print(f"[{len(new)} tokens, {len(new) / max(elapsed, 1e-9):.1f} tok/s, {sum(t.shape[0] for t in tiles)} tiles, "
          f"prompt {len(ids)} tokens, v2pe delta {args.v2pe_delta}]", file=sys.stderr)
    return 0


def _stream(model, tokenizer, ids, pixel_values, cfg, args) -> tuple[list[int], float]:
    """Print the answer as it is generated; a half-decoded multi-byte character waits for its end."""
    steps = stream_vl(model, [ids], pixel_values, cfg, delta=args.v2pe_delta,
                      generator=torch.Generator().manual_seed(args.seed), pad_id=tokenizer.pad_id or 0)
    return echo_steps(steps, tokenizer, cfg.stop_ids)


def _eval(args: argparse.Namespace) -> int:
    model, tokenizer = _load(args)
    encoder = SampleEncoder(tokenizer, model.config)
    split = TripleSplit.make(seed=args.split_seed)
    rng = random.Random(args.seed)
    families = args.families.split(",") if args.families else list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        raise ValueError(f"--families: unknown {unknown}; known: {', '.join(FAMILIES)}")
    result = {}
    for family in families:
        samples = [FAMILIES[family](rng, split.test) for _ in range(args.n)]
        result[family] = round(answer_accuracy(model, encoder, samples, delta=args.v2pe_delta), 4)
    for n_images in args.images:
        samples = [first_image_sample(rng, split.test, n_images=n_images) for _ in range(args.n)]
        accuracy = answer_accuracy(model, encoder, samples, delta=args.v2pe_delta)
        result[f"first_colour_{n_images}_images"] = round(accuracy, 4)
    print(json.dumps({"model": str(args.model), "samples_per_task": args.n, "v2pe_delta": args.v2pe_delta,
                      "accuracy": result}))
    return 0


def _convert(args: argparse.Namespace) -> int:
    model, tokenizer = _load(args)
    save_internvl(model, args.out, layout=args.layout, tokenizer=tokenizer)
    print(json.dumps({"out": str(args.out), "layout": args.layout,
                      "parameters": sum(model.num_parameters().values())}))
    return 0


def _check_delta(value: str) -> float:
    delta = float(value)
    if not 0 < delta <= 1:
        raise argparse.ArgumentTypeError(f"must be in (0, 1], got {value}")
    return delta


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier internvl", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    t = sub.add_parser("train", help="native multimodal pre-training on the synthetic vision data")
    t.add_argument("--preset", choices=("tiny", "small"), default="small")
    t.add_argument("--out", type=Path, default=Path("runs/internvl"))
    t.add_argument("--steps", type=int)
    t.add_argument("--lr", type=float)
    t.add_argument("--seed", type=int)
    t.add_argument("--staged", action="store_true", help="text LM, then frozen-LLM alignment, then unfreeze")
    t.add_argument("--no-v2pe", action="store_true", help="delta 1 for every image (plain positions)")
    t.add_argument("--no-resume", action="store_true", help="start over even if --out has checkpoints")
    t.add_argument("--quiet", action="store_true")
    c = sub.add_parser("chat", help="answer a prompt about images, streaming")
    c.add_argument("--model", type=Path, required=True, help="either released layout, or a `train` folder")
    c.add_argument("--image", type=Path, action="append", default=[], help="an image file (repeat for several)")
    c.add_argument("--prompt", required=True)
    c.add_argument("--max-tiles", type=int, help="tiles per image (default: the model's max_dynamic_patch)")
    c.add_argument("--v2pe-delta", type=_check_delta, default=1.0, help="position step of a visual token")
    c.add_argument("--device", default="cpu", help="cpu, cuda, cuda:1, mps ...")
    c.add_argument("--dtype", choices=tuple(DTYPES), help="compute dtype (default: fp32 on CPU, as stored on GPU)")
    add_sampling_arguments(c)
    c.set_defaults(temperature=0.0)
    c.add_argument("--quiet", action="store_true")
    e = sub.add_parser("eval", help="greedy accuracy on held-out synthetic questions (JSON)")
    e.add_argument("--model", type=Path, required=True)
    e.add_argument("--n", type=int, default=200, help="questions per task")
    e.add_argument("--families", help=f"comma-separated subset of {','.join(FAMILIES)} (default: all)")
    e.add_argument("--images", type=int, nargs="*", default=[2, 8], help="multi-image contexts to score")
    e.add_argument("--v2pe-delta", type=_check_delta, default=1.0)
    e.add_argument("--seed", type=int, default=1)
    e.add_argument("--split-seed", type=int, default=0)
    e.add_argument("--quiet", action="store_true")
    v = sub.add_parser("convert", help="rewrite a model folder in the other released layout")
    v.add_argument("--model", type=Path, required=True)
    v.add_argument("--out", type=Path, required=True)
    v.add_argument("--layout", choices=("chat", "hf"), required=True)
    v.add_argument("--quiet", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    actions = {"train": _train, "chat": _chat, "eval": _eval, "convert": _convert}
    return run_action("nanofrontier internvl", build_parser(), argv, actions)
