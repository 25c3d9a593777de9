"""Batch-1 decode speed of the core decoder vs transformers, and against the memory-bandwidth floor.

A ~100M-parameter Llama-shaped model with random weights is built with transformers and saved twice, in fp32
and in bf16 (as released checkpoints are). Ours decodes 128 new tokens greedily from the same prompt:
- fp32: the fp32 checkpoint, the default path;
- bf16: the bf16 checkpoint with `linear_dtype=torch.bfloat16`: projections read as stored (2 bytes a weight),
  everything else in fp32. Checked against the fp32 computation of the same bf16 weights (same tokens, the
  logits' largest difference reported).
transformers gets each setting tried here and its best one is the baseline: the default dynamic cache, a
static cache, and a static cache under `torch.compile` (skip with --no-compile; it takes about a minute).
`ms_per_token` is a whole `generate` (the 16-token prompt's forward included) over the new tokens, for ours and
transformers alike; `decode_only_ms_per_token` is ours without the prompt (the steps after the first token), the
figure to hold against llama.cpp's llama-bench text-generation test. Every variant is timed in `--rounds`
interleaved rounds, and the read bandwidth is sampled in each round, so drift of the host hits all alike; figures
are medians over the rounds. The floor is the bytes one token must read (every projection and the LM head; one
embedding row) over the median read bandwidth (core.sysinfo's roof: the best of a C streaming read and torch's
reductions). A run whose bandwidth samples spread more than 10% is marked `roof_noisy`: its fraction of the
floor is not to be trusted.

    python benchmarks/bench_decode.py            # prints one JSON object
    python benchmarks/bench_decode.py --small    # a ~20M model, for a quick look
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import tempfile
import time

import torch

from nanofrontier.core import kernels, sysinfo
from nanofrontier.core.cache import KVCache
from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.sample import SampleConfig, generate, stream_generate


def bytes_per_token(model: torch.nn.Module) -> int:
    """Weight bytes read to produce one token: all parameters but the embedding table (one row)."""
    embed = model.model.embed_tokens.weight
    total = sum(p.nbytes for p in model.parameters() if p is not embed)
    tied = model.lm_head.weight is embed
    return total + (embed.nbytes if tied else embed[0].nbytes)


def seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_decode(model, prompt: list[int], cfg: SampleConfig, steps: list[float]):
    """A runner of our generate that also appends the seconds per token after the first one to `steps`: the
    decode steps alone, without the prompt's forward (what llama-bench's text-generation test times)."""
    def run():
        tokens, first = [], None
        for step in stream_generate(model, [prompt], cfg):
            tokens += step.tokens.tolist()
            first = first or time.perf_counter()
        steps.append((time.perf_counter() - first) / (len(tokens) - 1))
        return tokens
    return run


def hf_runners(hf, prompt, n: int, compile_: bool) -> dict:
    """transformers' generate under each setting tried: name -> callable returning the new tokens. The compiled
    setting runs on its own copy of the model, whose forward is compiled once (transformers' recipe: a static
    cache and torch.compile of the forward)."""
    def make(model, **kw):
        def run():
            with torch.inference_mode():
                return model.generate(prompt, max_new_tokens=n, min_new_tokens=n, do_sample=False, pad_token_id=0,
                                      **kw)[0, prompt.shape[1]:].tolist()
        return run

    runners = {"dynamic_cache": make(hf), "static_cache": make(hf, cache_implementation="static")}
    if compile_:
        compiled = copy.deepcopy(hf)
        compiled.forward = torch.compile(compiled.forward, mode="reduce-overhead", fullgraph=True)
        runners["static_cache_compiled"] = make(compiled, cache_implementation="static")
    return runners


def logits_gap(a, b, ids: list[int]) -> float:
    """Largest absolute logit difference between two models fed `ids` one token at a time (the decode path)."""
    caches = [KVCache.for_model(m.config, batch_size=1, max_len=len(ids)) for m in (a, b)]
    gap = 0.0
    with torch.inference_mode():
        for i in ids:
            x = torch.tensor([[i]])
            gap = max(gap, float((a(x, cache=caches[0]) - b(x, cache=caches[1])).abs().max()))
    return gap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--no-compile", action="store_true", help="do not try torch.compile for transformers")
    args = parser.parse_args()
    import transformers

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    shape = dict(hidden_size=768, intermediate_size=2048, num_hidden_layers=12, num_attention_heads=12,
                 num_key_value_heads=4, vocab_size=16384)
    if args.small:
        shape.update(hidden_size=384, intermediate_size=1024, num_hidden_layers=6, num_attention_heads=6,
                     num_key_value_heads=2)
    hf = transformers.LlamaForCausalLM(transformers.LlamaConfig(**shape, max_position_embeddings=1024)).eval()
    prompt = torch.randint(0, shape["vocab_size"], (1, 16))
    n = args.new_tokens
    cfg = SampleConfig(max_new_tokens=n, temperature=0)
    with tempfile.TemporaryDirectory() as fp32_dir, tempfile.TemporaryDirectory() as bf16_dir:
        hf.save_pretrained(fp32_dir)
        hf.to(torch.bfloat16).save_pretrained(bf16_dir)
        hf.float()
        ours = load_pretrained(fp32_dir)
        ours_bf16 = load_pretrained(bf16_dir, linear_dtype=torch.bfloat16)
        widened = load_pretrained(bf16_dir)  # the same bf16 weights, computed in fp32
        decode_steps: list[float] = []
        runs = {"ours": timed_decode(ours, prompt[0].tolist(), cfg, decode_steps),
                "ours_bf16": lambda: generate(ours_bf16, [prompt[0].tolist()], cfg)[0]}
        hf_runs = hf_runners(hf, prompt, n, not args.no_compile)
        tokens = {name: fn() for name, fn in {**runs, **hf_runs}.items()}  # warm-up (and compile)
        reference_bf16 = generate(widened, [prompt[0].tolist()], cfg)[0]
        bf16_gap = logits_gap(ours_bf16, widened, prompt[0].tolist() + tokens["ours_bf16"][:32])
        buffer = torch.rand(2**28)  # 1 GiB
        times: dict[str, list[float]] = {name: [] for name in {**runs, **hf_runs}}
        samples = []
        for _ in range(args.rounds):
            samples.append(sysinfo.read_bandwidth(buffer=buffer))
            for name, fn in {**runs, **hf_runs}.items():
                times[name].append(seconds(fn) / n)
        samples.append(sysinfo.read_bandwidth(buffer=buffer))
        roof = sysinfo.Roof(samples=tuple(samples))
        weight_bytes, bf16_bytes = bytes_per_token(ours), bytes_per_token(ours_bf16)
    ms = {name: 1e3 * statistics.median(t) for name, t in times.items()}
    hf_best = min(hf_runs, key=lambda name: ms[name])
    floor_ms, bf16_floor_ms = 1e3 * weight_bytes / roof.median, 1e3 * bf16_bytes / roof.median
    print(json.dumps({
        "benchmark": "decode", "parameters": sum(p.numel() for p in hf.parameters()), "new_tokens": n,
        "threads": args.threads, "rounds": args.rounds, "machine": sysinfo.machine_facts(),
        "kernel": kernels.best_isa(), "dtype": "float32",
        "same_tokens_as_transformers": tokens["ours"] == tokens[hf_best],
        "ms_per_token": round(ms["ours"], 3), "transformers_ms_per_token": round(ms[hf_best], 3),
        "decode_only_ms_per_token": round(1e3 * statistics.median(decode_steps[1:]), 3),
        "transformers_setting": hf_best,
        "transformers_ms_per_token_by_setting": {name: round(ms[name], 3) for name in hf_runs},
        "ratio_vs_transformers": round(ms[hf_best] / ms["ours"], 3),
        "weight_bytes_per_token": weight_bytes, **roof.to_dict(),
        "floor_ms_per_token": round(floor_ms, 3), "fraction_of_floor": round(floor_ms / ms["ours"], 3),
        "bf16_ms_per_token": round(ms["ours_bf16"], 3), "bf16_weight_bytes_per_token": bf16_bytes,
        "bf16_floor_ms_per_token": round(bf16_floor_ms, 3),
        "bf16_fraction_of_floor": round(bf16_floor_ms / ms["ours_bf16"], 3),
        "bf16_speedup_vs_fp32": round(ms["ours"] / ms["ours_bf16"], 3),
        "bf16_same_tokens_as_fp32_compute": tokens["ours_bf16"] == reference_bf16,
        "bf16_max_logit_difference": round(bf16_gap, 6),
        "targets": {"ratio_vs_transformers": 1.5, "fraction_of_floor": 0.6},
    }))


if __name__ == "__main__":
    main()
