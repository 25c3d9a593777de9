"""`nanofrontier genius chains | sft | synthesize | train | eval`: self-training from unlabelled queries.

    nanofrontier genius chains --n 600 --out queries.jsonl                 # unlabelled variable chains
    nanofrontier genius chains --n 500 --seed 9 --labelled --out test.jsonl
    nanofrontier genius sft --out runs/policy                              # the char-level starting policy
    nanofrontier genius synthesize --model runs/policy --queries queries.jsonl --out pairs.jsonl --timesteps 3
    nanofrontier genius train --model runs/policy --pairs pairs.jsonl --loss aco --lr 1e-4 --out runs/aco
    nanofrontier genius eval --model runs/aco --data test.jsonl            # greedy accuracy as JSON

`synthesize` resumes an interrupted run into the same --out (unless --no-resume). For a chat model, --chat
renders each query as a user turn (the model's template, or a built-in one) and --response-prefix seeds
the assistant turn (the paper uses "The reasoning steps are:\\n\\n"). `train --loss` is one of aco (the
paper's ACO), aco-repo (the released code's weight), dpo, simpo, ipo, sft; the reference is a frozen copy
of --model unless --ref names another directory. Exit codes: 0 ok, 1 a bad input (the message names the
file, line or field), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from nanofrontier.core import sysinfo
from nanofrontier.core.chat import chat_prompt
from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.cli import run_action
from nanofrontier.core.jsonio import JSONLineError, iter_jsonl
from nanofrontier.core.tokenizer import load_tokenizer
from nanofrontier.genius.chains import chain_tasks, render_prompt, write_queries
from nanofrontier.genius.evaluation import accuracy
from nanofrontier.genius.foresight import BATCHING, NEGATIVES, ForesightConfig
from nanofrontier.genius.policy import policy_preset, train_policy
from nanofrontier.genius.synthesis import read_pairs, read_queries, synthesize
from nanofrontier.genius.train import LOSSES, PreferenceConfig, train_preference


def _hops(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    try:
        return int(low), int(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected N or LOW-HIGH, got {text!r}") from None


def _progress(args: argparse.Namespace) -> bool | None:
    return False if args.quiet else None


def _chains(args: argparse.Namespace) -> int:
    tasks = chain_tasks(args.n, seed=args.seed, hops=args.hops, max_value=args.max_value or None)
    write_queries(args.out, tasks, labelled=args.labelled)
    print(json.dumps({"out": str(args.out), "queries": len(tasks), "labelled": args.labelled}))
    return 0


def _sft(args: argparse.Namespace) -> int:
    run = train_policy(policy_preset(args.preset), out_dir=args.out, progress=_progress(args))
    print(json.dumps({"out": str(args.out), "steps": run.steps, "dev_accuracy": round(run.dev_accuracy, 4),
                      "checks": run.checks}))
    return 0


def _load(args: argparse.Namespace):
    model = load_pretrained(args.model, device=sysinfo.local_device(args.device))
    return model, load_tokenizer(args.model)


def _synthesize(args: argparse.Namespace) -> int:
    model, tokenizer = _load(args)
    queries = read_queries(args.queries, field=args.field)
    if args.chat:
        queries = [chat_prompt(tokenizer, model.config.model_type, q, args.chat) for q in queries]
    queries = [q + args.response_prefix for q in queries]
    cfg = ForesightConfig(beams=args.beams, candidates=args.candidates, timesteps=args.timesteps, tau=args.tau,
                          step_temperature=args.step_temperature, rollout_temperature=args.rollout_temperature,
                          max_new_tokens=args.max_new_tokens, negative=args.negative,
                          queries_per_round=args.queries_per_round, max_batch_rows=args.max_batch_rows,
                          batching=args.batching)
    stats = synthesize(model, tokenizer, queries, args.out, cfg, seed=args.seed, resume=not args.no_resume,
                       progress=_progress(args))
    print(json.dumps({"out": str(args.out), "queries": stats.queries, "pairs": stats.pairs,
                      "new_pairs": stats.new_pairs, "seconds": round(stats.seconds, 2),
                      "pairs_per_minute": round(stats.pairs_per_minute, 1),
                      "generated_tokens_per_second": round(stats.tokens_per_second, 1)}))
    return 0


def _train(args: argparse.Namespace) -> int:
    model, tokenizer = _load(args)
    reference = load_pretrained(args.ref, device=model.lm_head.weight.device) if args.ref else None
    pairs = read_pairs(args.pairs, require_advantages=args.loss.startswith("aco"))
    cfg = PreferenceConfig(loss=args.loss, beta=args.beta, alpha=args.alpha, lr=args.lr, epochs=args.epochs,
                           batch_size=args.batch_size, grad_accum=args.grad_accum, max_length=args.max_length,
                           seed=args.seed, warmup_ratio=args.warmup_ratio)
    state = train_preference(model, tokenizer, pairs, cfg, reference=reference, out_dir=args.out,
                             resume=not args.no_resume, progress=_progress(args),
                             run_info={"argv": ["nanofrontier", "genius", *args.argv]})
    last = state.log_history[-1] if state.log_history else {}
    print(json.dumps({"out": str(args.out), "loss": args.loss, "pairs": len(pairs), "steps": state.step,
                      **{f"final_{k}": round(last[k], 4) for k in ("loss", "reward_accuracy", "margin", "aco_weight")
                         if k in last}}))
    return 0


def _labelled(path: Path) -> list[tuple[str, str]]:
    items = []
    for line, row in iter_jsonl(path):
        if not isinstance(row.get("prompt"), str) or not row["prompt"]:
            raise JSONLineError(path, line, "no non-empty string field 'prompt'")
        if "answer" not in row:
            raise JSONLineError(path, line, "no field 'answer' (eval needs labelled queries)")
        items.append((row["prompt"], str(row["answer"])))
    if not items:
        raise ValueError(f"{path}: no queries (the file is empty)")
    return items


def _eval(args: argparse.Namespace) -> int:
    model, tokenizer = _load(args)
    if args.data is not None:
        items = _labelled(args.data)
    else:
        tasks = chain_tasks(args.n, seed=args.seed, hops=args.hops, max_value=args.max_value or None)
        items = [(render_prompt(t), t.answer) for t in tasks]
    acc = accuracy(model, tokenizer, items, max_new_tokens=args.max_new_tokens, batch_size=args.batch_size,
                   progress=not args.quiet and sys.stderr.isatty())
    print(json.dumps({"model": str(args.model), "items": len(items), "accuracy": round(acc, 4)}))
    return 0


def _add_common(p: argparse.ArgumentParser, *, model: bool = True) -> None:
    if model:
        p.add_argument("--model", type=Path, required=True, help="Hugging Face model directory (with tokenizer)")
        p.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    p.add_argument("--quiet", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier genius", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    c = sub.add_parser("chains", help="write variable-chain queries (core.tasks) as JSONL")
    c.add_argument("--n", type=int, default=600)
    c.add_argument("--hops", type=_hops, default=(1, 3), help="N or LOW-HIGH (default 1-3, the policy's)")
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--max-value", type=int, default=20, help="every number in a chain at most this (0: any)")
    c.add_argument("--labelled", action="store_true", help="add each chain's answer (for eval)")
    c.add_argument("--out", type=Path, required=True)
    _add_common(c, model=False)
    s = sub.add_parser("sft", help="fine-tune the char-level chain policy until its accuracy reaches 40-60%%")
    s.add_argument("--preset", choices=("tiny", "quick"), default="quick")
    s.add_argument("--out", type=Path, default=Path("runs/genius-policy"))
    _add_common(s, model=False)
    y = sub.add_parser("synthesize", help="foresight re-sampling: preference pairs from unlabelled queries")
    _add_common(y)
    y.add_argument("--queries", type=Path, required=True, help="JSONL, one query per line")
    y.add_argument("--field", default="prompt", help="the query's field in each line")
    y.add_argument("--out", type=Path, required=True, help="pairs JSONL (resumed when it exists)")
    y.add_argument("--chat", nargs="?", const="model", choices=("model", "llama3", "chatml"),
                   help="render each query as a chat user turn")
    y.add_argument("--response-prefix", default="", help="text that starts every response")
    y.add_argument("--beams", type=int, default=2)
    y.add_argument("--candidates", type=int, default=4)
    y.add_argument("--timesteps", type=int, default=4)
    y.add_argument("--tau", type=float, default=0.1)
    y.add_argument("--step-temperature", type=float, default=0.6)
    y.add_argument("--rollout-temperature", type=float, default=1.0)
    y.add_argument("--max-new-tokens", type=int, default=1024)
    y.add_argument("--negative", choices=NEGATIVES, default="paper")
    y.add_argument("--queries-per-round", type=int, default=32)
    y.add_argument("--max-batch-rows", type=int, default=0,
                   help="rows decoded together (0: a round's first-timestep rows; 1: one at a time)")
    y.add_argument("--batching", choices=BATCHING, default="continuous",
                   help="refill a finished row's slot at once (continuous) or once the batch is done (static)")
    y.add_argument("--seed", type=int, default=0)
    y.add_argument("--no-resume", action="store_true", help="start the output over")
    t = sub.add_parser("train", help="preference training on synthesized pairs (frozen reference)")
    _add_common(t)
    t.add_argument("--pairs", type=Path, required=True)
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--loss", choices=LOSSES, default="aco")
    t.add_argument("--ref", type=Path, help="reference model directory (default: a frozen copy of --model)")
    t.add_argument("--beta", type=float, default=0.1)
    t.add_argument("--alpha", type=float, default=1.0)
    t.add_argument("--lr", type=float, default=5e-7)
    t.add_argument("--warmup-ratio", type=float, default=0.1)
    t.add_argument("--epochs", type=float, default=1.0)
    t.add_argument("--batch-size", type=int, default=16, help="pairs per micro-batch")
    t.add_argument("--grad-accum", type=int, default=1)
    t.add_argument("--max-length", type=int, default=0, help="prompt + response tokens (0: no cut)")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--no-resume", action="store_true", help="start over even if --out has checkpoints")
    e = sub.add_parser("eval", help="greedy exact-match accuracy on labelled queries")
    _add_common(e)
    e.add_argument("--data", type=Path, help="JSONL with prompt and answer (default: fresh variable chains)")
    e.add_argument("--n", type=int, default=500)
    e.add_argument("--hops", type=_hops, default=(1, 3))
    e.add_argument("--seed", type=int, default=9)
    e.add_argument("--max-value", type=int, default=20, help="every number in a chain at most this (0: any)")
    e.add_argument("--max-new-tokens", type=int, default=160)
    e.add_argument("--batch-size", type=int, default=256)
    return parser


def main(argv: list[str] | None = None) -> int:
    actions = {"chains": _chains, "sft": _sft, "synthesize": _synthesize, "train": _train, "eval": _eval}
    return run_action("nanofrontier genius", build_parser(), argv, actions)
