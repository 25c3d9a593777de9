"""What antidistillation sampling costs: tokens/s of plain vs antidistillation sampling on one teacher.

A Llama-shaped teacher (~25M parameters) and a proxy of a quarter of its width and half its depth, both
with random weights (speed does not depend on what they learnt); g is the proxy's real gradient on a few
random sequences, at unit norm. For batch 1 and batch 8, the same prompts are sampled (τ = 1, fixed
number of new tokens, no stop token) plainly and with antidistillation, and, in the same rounds, one
decoding step of the teacher alone and of the proxy alone is timed with a KV cache. Rounds interleave
all four so that a machine shared with other work slows each alike; the best round of each is kept.

    cost_ratio        = antidistillation time / plain time                       (per token)
    cost_vs_forwards  = antidistillation time / (teacher step + 2 x proxy step)   (target <= 1.3)

    python benchmarks/bench_antidistill.py            # prints one JSON object
    python benchmarks/bench_antidistill.py --small    # a smaller teacher, for a quick look
"""

from __future__ import annotations

import argparse
import json
import time

import torch

from nanofrontier.antidistill.distill import Example
from nanofrontier.antidistill.gradient import proxy_grad
from nanofrontier.antidistill.processor import AntidistillProcessor, PerturbedPair
from nanofrontier.core import sysinfo
from nanofrontier.core.cache import KVCache
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.sample import SampleConfig, generate


def model(vocab: int, hidden: int, layers: int, seed: int) -> CausalLM:
    torch.manual_seed(seed)
    config = ModelConfig(vocab_size=vocab, hidden_size=hidden, intermediate_size=3 * hidden, num_hidden_layers=layers,
                         num_attention_heads=hidden // 64, num_key_value_heads=max(1, hidden // 128),
                         max_position_embeddings=1024, tie_word_embeddings=True)
    return CausalLM(config).eval()


def timed(fn, repeats: list[float]) -> None:
    start = time.perf_counter()
    fn()
    repeats.append(time.perf_counter() - start)


@torch.inference_mode()
def step_time(net: CausalLM, prompts: torch.Tensor, steps: int) -> float:
    """Seconds for `steps` one-token decoding steps of `net` with a KV cache, after the prompt."""
    B, P = prompts.shape
    cache = KVCache.for_model(net.config, batch_size=B, max_len=P + steps + 1)
    net(prompts, cache=cache, logits_to_keep=1)
    token = prompts[:, -1:]
    start = time.perf_counter()
    for _ in range(steps):
        net(token, cache=cache, logits_to_keep=1)
    return time.perf_counter() - start


def measure(teacher: CausalLM, pair: PerturbedPair, batch: int, new_tokens: int, rounds: int) -> dict:
    prompts = torch.randint(0, teacher.config.vocab_size, (batch, 16), generator=torch.Generator().manual_seed(batch))
    cfg = SampleConfig(max_new_tokens=new_tokens, temperature=1.0)
    times: dict[str, list[float]] = {"plain": [], "ads": [], "teacher": [], "proxy": []}
    rows = prompts.tolist()
    for _ in range(rounds):
        timed(lambda: generate(teacher, rows, cfg, generator=torch.Generator().manual_seed(0)), times["plain"])
        timed(lambda: generate(teacher, rows, cfg, generator=torch.Generator().manual_seed(0),
                              processors=[AntidistillProcessor(pair, lam=0.1, tau=1.0)]), times["ads"])
        times["teacher"].append(step_time(teacher, prompts, new_tokens))
        times["proxy"].append(step_time(pair.models[0], prompts, new_tokens))
    plain, ads, t_step, p_step = (min(times[k]) for k in ("plain", "ads", "teacher", "proxy"))
    return {"plain_tokens_per_s": batch * new_tokens / plain, "ads_tokens_per_s": batch * new_tokens / ads,
            "cost_ratio": ads / plain, "cost_vs_forwards": ads / (t_step + 2 * p_step),
            "teacher_step_ms": 1e3 * t_step / new_tokens, "proxy_step_ms": 1e3 * p_step / new_tokens,
            "plain_ms_per_step": 1e3 * plain / new_tokens, "ads_ms_per_step": 1e3 * ads / new_tokens}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    vocab, hidden, layers = (4096, 256, 4) if args.small else (8192, 512, 8)
    teacher = model(vocab, hidden, layers, seed=0)
    proxy = model(vocab, hidden // 2, layers // 2, seed=1)
    gen = torch.Generator().manual_seed(2)
    examples = [Example(prompt=torch.randint(0, vocab, (8,), generator=gen).tolist(),
                        completion=torch.randint(0, vocab, (24,), generator=gen).tolist()) for _ in range(8)]
    pair = PerturbedPair(proxy, proxy_grad(proxy, examples), eps=1e-2)
    out = {"teacher_parameters": sum(p.numel() for p in teacher.parameters()),
           "proxy_parameters": sum(p.numel() for p in proxy.parameters()),
           "new_tokens": args.new_tokens, "threads": args.threads, "machine": sysinfo.machine_facts(),
           "torch": torch.__version__}
    for batch in (1, 8):
        out[f"batch{batch}"] = measure(teacher, pair, batch, args.new_tokens, args.rounds)
    out["tokens_per_s"] = {f"{kind}_batch{b}": out[f"batch{b}"][f"{kind}_tokens_per_s"]
                           for b in (1, 8) for kind in ("plain", "ads")}
    out["cost_ratio"] = {f"batch{b}": out[f"batch{b}"]["cost_ratio"] for b in (1, 8)}
    out["cost_vs_forwards"] = {f"batch{b}": out[f"batch{b}"]["cost_vs_forwards"] for b in (1, 8)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
