"""seaweed's video-generation costs, measured in one run with ours and the reference interleaved:

- vae_*_frames_per_s: causal VAE (48x, the reproduction's widths) encode and decode throughput on 9-frame
  clips at 32 px, and diffusers' `AutoencoderKLWan` (also a causal 3-D conv VAE at 48x: (4, 8, 8), C = 16)
  built in-process at a similar width, on the same clips. The two are not the same network (Wan has
  residual blocks and a causal cache): the ratio says what our flatter design buys on a CPU, not a parity;
- sample_seconds_per_clip_{8,25}: sampling one 9-frame 32-px clip (CFG, 2 transformer calls per step) with
  our `denoise` loop and with diffusers' `FlowMatchEulerDiscreteScheduler` loop around the same transformer
  (the same computation: the ratio is the scheduler loop's overhead), plus the VAE decode;
- peak_rss_mb: this process's peak resident memory.

Weights are random (speed does not depend on them). Each timing is the median of `--repeats` interleaved
runs (ours, reference, ours, ...), after one warm-up each.

    python benchmarks/bench_seaweed.py              # prints one JSON object
    python benchmarks/bench_seaweed.py --repeats 3 --batch 4
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time

import torch

from nanofrontier.seaweed.dit import HybridStreamDiT, dit_tiny
from nanofrontier.seaweed.pipeline import denoise
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler, SchedulerConfig
from nanofrontier.seaweed.vae import CausalVideoVAE, vae_48x


def median_seconds(fns: dict, repeats: int) -> dict[str, float]:
    """Interleaved timings: each round runs every fn once, in order; one warm-up round first."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for round_ in range(repeats + 1):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            if round_:
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def diffusers_loop(model, noise: torch.Tensor, labels: torch.Tensor, null: torch.Tensor, steps: int, guidance: float):
    from diffusers import FlowMatchEulerDiscreteScheduler

    scheduler = FlowMatchEulerDiscreteScheduler(shift=3.0)
    scheduler.set_timesteps(steps)
    x = noise
    for t in scheduler.timesteps:
        both = model(torch.cat([x, x]), t.expand(2 * len(x)), torch.cat([labels, null]), None)
        v_cond, v_null = both.chunk(2)
        x = scheduler.step(v_null + guidance * (v_cond - v_null), t, x).prev_sample
    return x


def bench_vae(batch: int, repeats: int, width: int) -> dict:
    torch.manual_seed(0)
    ours = CausalVideoVAE(vae_48x(block_out_channels=(width,) * 3)).eval()
    video = torch.rand(batch, 3, 9, 32, 32) * 2 - 1
    frames = batch * 9
    with torch.no_grad():
        z = ours.encode(video).mean
        fns = {"ours_encode": lambda: ours.encode(video), "ours_decode": lambda: ours.decode(z)}
        try:
            from diffusers import AutoencoderKLWan

            wan = AutoencoderKLWan(base_dim=width, z_dim=16, dim_mult=[1, 1, 1, 1], num_res_blocks=1).eval()
            wz = wan.encode(video).latent_dist.mode()
            fns.update(wan_encode=lambda: wan.encode(video), wan_decode=lambda: wan.decode(wz))
        except ImportError:
            wan = None
        seconds = median_seconds(fns, repeats)
    out = {f"vae_{name}_frames_per_s": frames / s for name, s in seconds.items()}
    out["vae_parameters"] = sum(p.numel() for p in ours.parameters())
    if wan is not None:
        out["wan_vae_parameters"] = sum(p.numel() for p in wan.parameters())
        out["encode_speedup_vs_wan"] = seconds["wan_encode"] / seconds["ours_encode"]
        out["decode_speedup_vs_wan"] = seconds["wan_decode"] / seconds["ours_decode"]
    return out


def bench_sampling(repeats: int, width: int) -> dict:
    torch.manual_seed(0)
    dit = HybridStreamDiT(dit_tiny()).eval()
    torch.nn.init.normal_(dit.proj_out.weight, std=0.02)
    vae = CausalVideoVAE(vae_48x(block_out_channels=(width,) * 3)).eval()
    noise = torch.randn(1, 16, 3, 4, 4)
    labels, null = torch.tensor([[0, 3, 7]]), torch.full((1, 3), 11)
    out = {}
    with torch.no_grad():
        for steps in (8, 25):
            fns = {"ours": lambda s=steps: vae.decode(denoise(dit, FlowMatchEulerScheduler(SchedulerConfig()), noise,
                                                              labels, null_labels=null, steps=s, guidance_scale=4.0))}
            try:
                import diffusers  # noqa: F401

                fns["diffusers"] = lambda s=steps: vae.decode(diffusers_loop(dit, noise, labels, null, s, 4.0))
            except ImportError:
                pass
            seconds = median_seconds(fns, repeats)
            out[f"sample_seconds_per_clip_{steps}_ours"] = seconds["ours"]
            if "diffusers" in seconds:
                out[f"sample_seconds_per_clip_{steps}_diffusers"] = seconds["diffusers"]
                out[f"sample_speedup_vs_diffusers_{steps}"] = seconds["diffusers"] / seconds["ours"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--batch", type=int, default=4, help="clips per VAE call")
    parser.add_argument("--width", type=int, default=32, help="VAE channels (the quick reproduction's 32)")
    args = parser.parse_args()
    result = {"torch_threads": torch.get_num_threads(), "clip": "9 frames x 32 x 32",
              **bench_vae(args.batch, args.repeats, args.width), **bench_sampling(args.repeats, args.width),
              "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}))


if __name__ == "__main__":
    main()
