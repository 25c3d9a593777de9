"""Genius's costs on the CPU: foresight synthesis with batched generation vs one sequence at a time, and ACO
training throughput.

A policy shaped like the reproduction's (byte vocabulary, 4 layers, d=128; random weights unless --model
names a trained directory, and a sixth of the bytes counted as line ends so random steps stay short) runs
foresight re-sampling on `--queries` variable-chain queries twice in this run, interleaved `--repeats` times:
each round's M x N rows in one batched generate call through the KV cache (4 queries x 2 beams x 4 candidates
= 32 sequences), and the same rounds with `max_batch_rows=1`. Then ACO trains on the pairs just written.

    python benchmarks/bench_genius.py                     # prints one JSON object
    python benchmarks/bench_genius.py --model runs/genius-policy

batching_speedup = generated tokens/s batched over one at a time (target >= 4 at 32 sequences).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import torch

from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer, load_tokenizer
from nanofrontier.genius.chains import chain_tasks, render_prompt
from nanofrontier.genius.foresight import ForesightConfig
from nanofrontier.genius.policy import policy_preset
from nanofrontier.genius.synthesis import read_pairs, synthesize
from nanofrontier.genius.train import PreferenceConfig, train_preference


def _policy(model_dir: Path | None):
    """(model, tokenizer, the tokens that end a step): a random policy's steps end at a sixth of the bytes."""
    if model_dir is not None:
        return load_pretrained(model_dir), load_tokenizer(model_dir), None
    torch.manual_seed(0)
    return CausalLM(policy_preset("quick").model).eval(), ByteTokenizer(), list(range(0, 256, 6))


def _synthesis(model, tok, newline_ids, queries, cfg, out: Path) -> dict:
    stats = synthesize(model, tok, queries, out, cfg, seed=0, resume=False, progress=False,
                       newline_ids=newline_ids)
    return {"seconds": stats.seconds, "pairs": stats.pairs, "tokens": stats.generated_tokens,
            "pairs_per_minute": stats.pairs_per_minute, "tokens_per_second": stats.tokens_per_second}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="a trained policy directory (default: random weights)")
    parser.add_argument("--queries", type=int, default=4, help="queries per round (x M x N sequences)")
    parser.add_argument("--timesteps", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--train-steps", type=int, default=20)
    args = parser.parse_args()
    model, tok, newline_ids = _policy(args.model)
    queries = [render_prompt(t) for t in chain_tasks(args.queries, seed=5, hops=(2, 4))]
    base = dict(beams=2, candidates=4, timesteps=args.timesteps, max_new_tokens=args.max_new_tokens,
                queries_per_round=args.queries)
    batched_cfg, single_cfg = ForesightConfig(**base), ForesightConfig(**base, max_batch_rows=1)
    runs: dict[str, list[dict]] = {"batched": [], "single": []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeats):  # interleaved, so both see the same machine load
            runs["batched"].append(_synthesis(model, tok, newline_ids, queries, batched_cfg, Path(tmp) / f"b{r}.jsonl"))
            runs["single"].append(_synthesis(model, tok, newline_ids, queries, single_cfg, Path(tmp) / f"s{r}.jsonl"))
        pairs = read_pairs(Path(tmp) / "b0.jsonl")
        train_tok_s = _train_throughput(model, tok, pairs, args.train_steps, Path(tmp) / "aco")
    best = {k: max(v, key=lambda s: s["tokens_per_second"]) for k, v in runs.items()}
    print(json.dumps({
        "benchmark": "genius", "policy": str(args.model) if args.model else "random, reproduction shape",
        "parameters": sum(p.numel() for p in model.parameters()), "threads": torch.get_num_threads(),
        "sequences_per_generate_call": args.queries * batched_cfg.beams * batched_cfg.candidates,
        "timesteps": args.timesteps, "max_new_tokens": args.max_new_tokens, "repeats": args.repeats,
        "batched_pairs_per_minute": round(best["batched"]["pairs_per_minute"], 1),
        "batched_generated_tokens_per_second": round(best["batched"]["tokens_per_second"], 1),
        "single_pairs_per_minute": round(best["single"]["pairs_per_minute"], 1),
        "single_generated_tokens_per_second": round(best["single"]["tokens_per_second"], 1),
        "batching_speedup": round(best["batched"]["tokens_per_second"] / best["single"]["tokens_per_second"], 2),
        "batching_speedup_each_repeat": [round(b["tokens_per_second"] / s["tokens_per_second"], 2)
                                         for b, s in zip(runs["batched"], runs["single"], strict=True)],
        "aco_train_tokens_per_second": round(train_tok_s, 1),
        "targets": {"batching_speedup": 4.0},
    }))


def _train_throughput(model, tok, pairs, steps: int, out: Path) -> float:
    """Tokens (prompt + response, both sides of each pair, padding not counted) per second of ACO training."""
    cfg = PreferenceConfig(loss="aco", lr=1e-4, batch_size=16, epochs=steps * 16 / len(pairs) + 1e-9,
                           log_every=steps)
    policy = CausalLM(model.config)
    policy.load_state_dict(model.state_dict())
    start = time.perf_counter()
    state = train_preference(policy, tok, pairs, cfg, progress=False)
    return state.tokens / (time.perf_counter() - start)


if __name__ == "__main__":
    main()
