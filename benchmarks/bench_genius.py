"""Genius's costs on the CPU: foresight synthesis with continuous batching, static batching and one sequence at
a time, and ACO training throughput.

A policy shaped like the reproduction's (byte vocabulary, 4 layers, d=128; random weights unless --model
names a trained directory, and a sixth of the bytes counted as line ends so random steps stay short) runs
foresight re-sampling (M=2 x N=4) on `--queries` variable-chain queries, in one round, three ways in this run,
interleaved `--repeats` times: `--slots` rows decoded together with a finished row's slot refilled at once
(continuous), the same slots refilled only once every row has finished (static), and one row at a time
(`max_batch_rows=1`). The three give the same pairs (each row samples from its own seeded stream), so their
tokens per second compare the same work. A reference one-at-a-time figure through `core.sample.generate`
checks that the one-at-a-time baseline is not slowed by the batching machinery. Then ACO trains on the pairs.

    python benchmarks/bench_genius.py                     # prints one JSON object
    python benchmarks/bench_genius.py --model /tmp/genius-policy

batching_speedup = the median over repeats of continuous tokens/s over one-at-a-time tokens/s (target >= 4
at 32 sequences).
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
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.tokenizer import ByteTokenizer, load_tokenizer
from nanofrontier.genius.chains import chain_tasks, render_prompt
from nanofrontier.genius.evaluation import stop_ids
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


def _core_generate_single(model, tok, queries, max_new_tokens: int) -> float:
    """Tokens per second of core.sample.generate, one prompt at a time (two samples per query)."""
    cfg = SampleConfig(max_new_tokens=max_new_tokens, temperature=1.0, stop_ids=stop_ids(model, tok))
    generator, tokens, start = torch.Generator().manual_seed(0), 0, time.perf_counter()
    for q in queries:
        for _ in range(2):
            tokens += len(generate(model, [tok.encode(q)], cfg, generator=generator, pad_id=tok.pad_id or 0)[0])
    return tokens / (time.perf_counter() - start)


def _same_pairs(a: Path, b: Path) -> bool:
    """The same texts, and scores equal up to the float rounding of different batch shapes."""
    def key(p):
        return p.query, p.timestep, p.chosen, p.rejected

    pa, pb = read_pairs(a), read_pairs(b)
    return len(pa) == len(pb) and all(key(x) == key(y) and abs(x.chosen_score - y.chosen_score) < 1e-4
                                      for x, y in zip(pa, pb, strict=False))


def _median(values: list[float]) -> float:
    return float(torch.tensor(values).median())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, help="a trained policy directory (default: random weights)")
    parser.add_argument("--queries", type=int, default=16, help="queries, all in one round")
    parser.add_argument("--slots", type=int, default=32, help="sequences decoded together")
    parser.add_argument("--timesteps", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--train-steps", type=int, default=20)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    model, tok, newline_ids = _policy(args.model)
    queries = [render_prompt(t) for t in chain_tasks(args.queries, seed=5, hops=(2, 4))]
    base = dict(beams=2, candidates=4, timesteps=args.timesteps, max_new_tokens=args.max_new_tokens,
                queries_per_round=args.queries)
    configs = {"continuous": ForesightConfig(**base, max_batch_rows=args.slots),
               "static": ForesightConfig(**base, max_batch_rows=args.slots, batching="static"),
               "single": ForesightConfig(**base, max_batch_rows=1)}
    runs: dict[str, list[dict]] = {name: [] for name in configs}
    reference = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.repeats):  # interleaved, so every mode sees the same machine load
            for name, cfg in configs.items():
                runs[name].append(_synthesis(model, tok, newline_ids, queries, cfg, Path(tmp) / f"{name}{r}.jsonl"))
            reference.append(_core_generate_single(model, tok, queries, args.max_new_tokens))
        same = all(_same_pairs(Path(tmp) / f"{name}0.jsonl", Path(tmp) / "single0.jsonl") for name in configs)
        pairs = read_pairs(Path(tmp) / "continuous0.jsonl")
        train_tok_s = _train_throughput(model, tok, pairs, args.train_steps, Path(tmp) / "aco")
    print(json.dumps(_summary(args, model, runs, reference, same, train_tok_s)))


def _summary(args, model, runs: dict[str, list[dict]], reference: list[float], same: bool,
             train_tok_s: float) -> dict:
    def ratios(mode: str) -> list[float]:
        return [round(b["tokens_per_second"] / s["tokens_per_second"], 2)
                for b, s in zip(runs[mode], runs["single"], strict=True)]

    out = {"benchmark": "genius", "policy": str(args.model) if args.model else "random, reproduction shape",
           "parameters": sum(p.numel() for p in model.parameters()), "threads": torch.get_num_threads(),
           "queries": args.queries, "sequences_per_batch": args.slots, "timesteps": args.timesteps,
           "max_new_tokens": args.max_new_tokens, "repeats": args.repeats,
           "generated_tokens": runs["single"][0]["tokens"], "pairs": runs["single"][0]["pairs"],
           "same_pairs_in_every_mode": same}
    for mode, items in runs.items():
        out[f"{mode}_pairs_per_minute"] = round(_median([s["pairs_per_minute"] for s in items]), 1)
        out[f"{mode}_generated_tokens_per_second"] = round(_median([s["tokens_per_second"] for s in items]), 1)
    out["core_generate_single_tokens_per_second"] = round(_median(reference), 1)
    out["batching_speedup_over_core_generate"] = round(out["continuous_generated_tokens_per_second"]
                                                       / out["core_generate_single_tokens_per_second"], 2)
    out["batching_speedup"] = round(_median(ratios("continuous")), 2)
    out["batching_speedup_each_repeat"] = ratios("continuous")
    out["static_batching_speedup"] = round(_median(ratios("static")), 2)
    out["static_batching_speedup_each_repeat"] = ratios("static")
    out["aco_train_tokens_per_second"] = round(train_tok_s, 1)
    out["targets"] = {"batching_speedup": 4.0}
    return out


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
