"""`nanofrontier lm train | generate | eval`: the core decoder from the command line.

    nanofrontier lm train --preset small --out runs/lm            # synthetic corpus, ~3 min on 2 cores
    nanofrontier lm train --data my.jsonl --steps 2000 --out runs/mine
    torchrun --nproc_per_node 4 -m nanofrontier lm train --preset small --device cuda --out runs/ddp   # 4 GPUs
    nanofrontier lm generate --model runs/lm --prompt "Once upon a time" --max-new-tokens 64
    nanofrontier lm eval --model runs/lm --data held_out.txt     # loss and perplexity as JSON
    nanofrontier lm serve --model runs/lm --port 8000 --api-key KEY   # OpenAI-compatible API (core.serve)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import takewhile
from pathlib import Path

import torch

from nanofrontier.core import sysinfo
from nanofrontier.core.chat import BUILTIN_TEMPLATES, chat_prompt
from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.data import eval_batches, load_texts, pack_tokens
from nanofrontier.core.lm import evaluate_loss, lm_preset, perplexity, train_lm
from nanofrontier.core.sample import SampleConfig, stream_generate
from nanofrontier.core.textstream import echo_tokens
from nanofrontier.core.tokenizer import load_tokenizer


def train_overrides(args: argparse.Namespace) -> dict:
    """TrainConfig fields the flags set (--steps, --lr, --seed); the rest stay the preset's."""
    return {k: v for k, v in {"max_steps": args.steps, "lr": args.lr, "seed": args.seed}.items() if v is not None}


def add_sampling_arguments(parser: argparse.ArgumentParser) -> None:
    """The sampling flags of every `generate` action; `sampling_config` reads them back."""
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--temperature", type=float, default=0.8)
    parser.add_argument("--top-k", type=int, default=0)
    parser.add_argument("--top-p", type=float, default=1.0)
    parser.add_argument("--min-p", type=float, default=0.0)
    parser.add_argument("--repetition-penalty", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)


def sampling_config(args: argparse.Namespace, stop_ids: tuple[int, ...]) -> SampleConfig:
    return SampleConfig(max_new_tokens=args.max_new_tokens, temperature=args.temperature, top_k=args.top_k,
                        top_p=args.top_p, min_p=args.min_p, repetition_penalty=args.repetition_penalty,
                        stop_ids=tuple(dict.fromkeys(stop_ids)))


def _train(args: argparse.Namespace) -> int:
    preset = lm_preset(args.preset)
    preset = dataclasses.replace(
        preset, train=dataclasses.replace(preset.train, **train_overrides(args)),
        batch_size=args.batch_size or preset.batch_size, seq_len=args.seq_len or preset.seq_len,
        tokenizer=args.tokenizer or preset.tokenizer, vocab_size=args.vocab_size or preset.vocab_size,
        synthetic_docs=args.docs or preset.synthetic_docs)
    texts = load_texts(args.data, text_field=args.text_field) if args.data else None
    run = train_lm(preset, out_dir=args.out, texts=texts, resume=not args.no_resume,
                   progress=False if args.quiet else None, run_info={"argv": ["nanofrontier", "lm", *args.argv]},
                   device=sysinfo.local_device(args.device))
    print(json.dumps({"out": str(args.out), "steps": run.state.step, "val_loss": round(run.val_loss, 4),
                      "val_perplexity": round(perplexity(run.val_loss), 3),
                      "unigram_loss": round(run.unigram_loss, 4)}))
    return 0


def _generate(args: argparse.Namespace) -> int:
    model = load_pretrained(args.model)
    tokenizer = load_tokenizer(args.model)
    prompt = args.prompt
    if args.chat:
        prompt = chat_prompt(tokenizer, model.config.model_type, prompt, args.chat)
    ids = tokenizer.encode(prompt, add_bos=not args.chat)
    stop = tuple(tokenizer.stop_ids) + tuple(model.config.eos_ids)
    cfg = sampling_config(args, stop)
    new, elapsed = stream_to_stdout(model, tokenizer, ids, cfg, seed=args.seed)
    print(f"[{len(new)} tokens, {len(new) / max(elapsed, 1e-9):.1f} tok/s]", file=sys.stderr)
    return 0


def stream_to_stdout(model, tokenizer, ids: list[int], cfg: SampleConfig, *, seed: int) -> tuple[list[int], float]:
    """Print a continuation of `ids` as it is generated; returns (new tokens, seconds). Stop tokens are not
    printed, and a half-decoded multi-byte character is held back until it completes."""
    with torch.inference_mode():
        return echo_steps(stream_generate(model, [ids], cfg, generator=torch.Generator().manual_seed(seed),
                                          pad_id=tokenizer.pad_id or 0), tokenizer, cfg.stop_ids)


def echo_steps(steps: Iterable, tokenizer, stop_ids: Sequence[int]) -> tuple[list[int], float]:
    """Print batch row 0 of a stream of sampling `Step`s as it comes (any engine's: a decoder, a VLM); returns
    (new tokens, seconds). A stop token ends it unprinted; a half-decoded character waits for its end."""
    unstopped = takewhile(lambda step: not (bool(step.finished[0]) and int(step.tokens[0]) in stop_ids), steps)
    return echo_tokens((int(step.tokens[0]) for step in unstopped), tokenizer)


def _eval(args: argparse.Namespace) -> int:
    model = load_pretrained(args.model)
    tokenizer = load_tokenizer(args.model)
    texts = load_texts(args.data, text_field=args.text_field)
    tokens = pack_tokens((tokenizer.encode(t) for t in texts), eos_id=tokenizer.eos_id)
    seq_len = min(args.seq_len, len(tokens) - 1)
    if seq_len < 1:
        raise ValueError(f"{args.data}: too little text to evaluate ({len(tokens)} tokens)")
    loss = evaluate_loss(model, eval_batches(tokens, batch_size=args.batch_size, seq_len=seq_len))
    print(json.dumps({"loss": round(loss, 5), "perplexity": round(perplexity(loss), 4), "tokens": len(tokens)}))
    return 0


def serve_action(args: argparse.Namespace) -> int:
    """`lm serve` (and `prima serve`): the model of --model behind core.serve until interrupted."""
    from nanofrontier.core.serve import LocalEngine, serve

    engine = LocalEngine(args.model, name=args.name, chat_template=args.chat_template)
    serve(engine, args.host, args.port, api_key=args.api_key or os.environ.get("NANOFRONTIER_API_KEY") or None,
          max_body_bytes=args.max_body_bytes)
    return 0


def add_serve_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The flags of `nanofrontier lm serve` (and its alias `prima serve`)."""
    from nanofrontier.core.serve import MAX_BODY_BYTES

    parser.add_argument("--model", type=Path, required=True, help="Hugging Face model directory")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--name", help="model name in the API (default: the directory's name)")
    parser.add_argument("--chat-template", choices=BUILTIN_TEMPLATES,
                        help="a built-in chat format instead of the model's own template")
    parser.add_argument("--api-key", help="require 'Authorization: Bearer KEY' (default: $NANOFRONTIER_API_KEY; "
                                          "unset: no check)")
    parser.add_argument("--max-body-bytes", type=int, default=MAX_BODY_BYTES, help="larger requests answer 413")
    parser.add_argument("--quiet", action="store_true")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier lm", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    t = sub.add_parser("train", help="train a decoder (synthetic corpus unless --data is given)")
    t.add_argument("--preset", choices=("tiny", "small"), default="small")
    t.add_argument("--data", type=Path, help=".txt (blank-line separated) or .jsonl with a text field")
    t.add_argument("--text-field", default="text")
    t.add_argument("--out", type=Path, default=Path("runs/lm"))
    t.add_argument("--steps", type=int)
    t.add_argument("--lr", type=float)
    t.add_argument("--seed", type=int)
    t.add_argument("--batch-size", type=int)
    t.add_argument("--seq-len", type=int)
    t.add_argument("--tokenizer", help="bpe (trained on the data), byte, or a directory with tokenizer.json")
    t.add_argument("--vocab-size", type=int)
    t.add_argument("--docs", type=int, help="synthetic documents to generate")
    t.add_argument("--no-resume", action="store_true", help="start over even if --out has checkpoints")
    t.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                   help="cuda: this process's GPU, cuda:$LOCAL_RANK (under torchrun: one process per GPU, NCCL)")
    t.add_argument("--quiet", action="store_true")
    g = sub.add_parser("generate", help="stream a continuation of a prompt")
    g.add_argument("--model", type=Path, required=True)
    g.add_argument("--prompt", required=True)
    g.add_argument("--chat", nargs="?", const="model", choices=("model", *BUILTIN_TEMPLATES),
                   help="wrap the prompt in a chat turn: the model's own template (tokenizer_config.json), "
                        "or a built-in one by name")
    add_sampling_arguments(g)
    e = sub.add_parser("eval", help="loss and perplexity of a model on a text file")
    e.add_argument("--model", type=Path, required=True)
    e.add_argument("--data", type=Path, required=True)
    e.add_argument("--text-field", default="text")
    e.add_argument("--seq-len", type=int, default=256)
    e.add_argument("--batch-size", type=int, default=8)
    add_serve_arguments(sub.add_parser("serve", help="an OpenAI-compatible API over a model in this process"))
    return parser


def run_action(prog: str, parser: argparse.ArgumentParser, argv: list[str] | None,
               actions: dict[str, Callable[[argparse.Namespace], int]]) -> int:
    """Parse, set up logging, run `actions[args.action]`; a bad input is a one-line error and exit 1.

    Every technique's CLI ends in this, so errors and logging read the same everywhere.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parser.parse_args(argv)
    args.argv = argv
    logging.basicConfig(level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO,
                        format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    try:
        return actions[args.action](args)
    except (ValueError, FileNotFoundError, KeyError) as e:
        print(f"{prog} {args.action}: error: {e}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    return run_action("nanofrontier lm", build_parser(), argv, {"train": _train, "generate": _generate, "eval": _eval,
                                                                   "serve": serve_action})
