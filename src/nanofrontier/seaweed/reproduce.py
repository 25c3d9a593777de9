"""seaweed's reproduction: the Seaweed-7B report's VAE and DiT findings, at 32-pixel scale on a CPU.

    nanofrontier reproduce --only seaweed                 # quick preset (~5 min on 2 quiet cores)
    from nanofrontier.seaweed.reproduce import run
    result = run("quick", Path("report/seaweed"))

What runs, all on rendered bouncing-shape clips (shapes.py) and all measured in this run:
  1. three causal VAEs: 48x trained at 32 px only; 48x trained at 32 + 48 px (mixed resolution); 64x at
     32 + 48 px. Causality gap; PSNR/SSIM on held-out 32-px clips (48x vs 64x, report Table 5); PSNR at an
     unseen 64 px (single vs mixed resolution, report §3.1 finding 3);
  2. the judge: a 3-D CNN classifier trained on real clips only (its test accuracy is checked first);
  3. two DiTs of equal parameters through the same three stages (images; images + clips; + 48-px clips) on
     the mixed 48x VAE's latents: hybrid-stream and dual-stream, compared by held-out flow-matching loss;
  4. the hybrid pipeline sampled at 8 and 25 Euler steps (CFG 4): the judge's per-attribute accuracy and a
     toy FVD; image-to-video from real first frames: PSNR of generated frame 0 against the condition.
Spread: PSNR/SSIM are per-clip mean +- std; accuracies carry a binomial standard error; the DiT loss gap
is set against the spread of the held-out loss over noise seeds. A gap inside the spread is reported as
null. Contact sheets (PNG) are plots of the report; the GIFs sit beside them.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch

from nanofrontier.core.report import Claim, Result, bar_plot
from nanofrontier.core.train import TrainConfig
from nanofrontier.seaweed.classifier import ClassifierTrainConfig, train_classifier
from nanofrontier.seaweed.dit import dit_tiny, dual_tiny
from nanofrontier.seaweed.dit_trainer import DiTTrainConfig, build_banks, paper_stages, train_dit
from nanofrontier.seaweed.evaluation import image_to_video, prompt_following
from nanofrontier.seaweed.flow import held_out_loss
from nanofrontier.seaweed.media import to_uint8, write_contact_sheet, write_video
from nanofrontier.seaweed.prompt import Label, LabelVocab, all_labels
from nanofrontier.seaweed.shapes import ClipSpec, clip_batch
from nanofrontier.seaweed.vae import CausalVideoVAE, causality_gap, vae_48x, vae_64x
from nanofrontier.seaweed.vae_trainer import VAETrainConfig, reconstruction_quality, train_vae

log = logging.getLogger(__name__)

CAUSALITY_TOLERANCE = 1e-5
CLASSIFIER_TARGET = 0.98
I2V_MARGIN_DB = 3.0  # generated frame 0 within this many dB of the VAE's own reconstruction of it


@dataclass(frozen=True, kw_only=True)
class Preset:
    vae_steps: int
    vae_width: int
    classifier_steps: int
    dit_steps: int  # over the three stages
    bank_clips: int
    per_label: int  # generated clips per (shape, colour, direction) for the judge
    i2v_clips: int
    eval_clips: int  # held-out clips for PSNR / SSIM


PRESETS = {
    "quick": Preset(vae_steps=1000, vae_width=32, classifier_steps=600, dit_steps=500, bank_clips=384, per_label=1,
                    i2v_clips=24, eval_clips=24),
    "full": Preset(vae_steps=3000, vae_width=64, classifier_steps=1500, dit_steps=1500, bank_clips=768, per_label=2,
                   i2v_clips=48, eval_clips=64),
}


def _vae_config(preset: Preset, compression: str, sizes: tuple[int, ...]) -> VAETrainConfig:
    width = (preset.vae_width,) * 3
    vae = (vae_48x if compression == "48x" else vae_64x)(block_out_channels=width)
    # L1 settles on the flat background (its per-pixel median: the shapes cover < 10 % of the pixels) and stays
    # there for hundreds of steps; a squared error pulls the shapes in (measured: 19.3 dB with L1 + L2 vs 22.2 dB
    # with L2 alone after 400 steps on stills), so the tiny runs use L2 + KL
    train = TrainConfig(max_steps=preset.vae_steps, lr=3e-3, warmup_steps=10, weight_decay=0.0, log_every=25,
                        min_lr_ratio=0.3)
    return VAETrainConfig(vae=vae, sizes=sizes, batch_size=3, image_batch_size=8, l1_weight=0.0, l2_weight=1.0,
                          train=train)


def train_vaes(preset: Preset, out_dir: Path) -> tuple[dict[str, CausalVideoVAE], dict]:
    """The three VAEs and their held-out metrics (48x vs 64x at 32 px; single vs mixed at 64 px)."""
    runs = {"48x_single": ("48x", (32,)), "48x_mixed": ("48x", (32, 48)), "64x_mixed": ("64x", (32, 48))}
    vaes, metrics = {}, {}
    probe, _ = clip_batch(ClipSpec(frames=9, size=32), count=4, seed=5, index=0)
    for name, (compression, sizes) in runs.items():
        start = time.perf_counter()
        cfg = _vae_config(preset, compression, sizes)
        vae = train_vae(cfg, out_dir=out_dir / "vae" / name, resume=False, progress=False).vae
        vaes[name] = vae
        metrics[name] = {"compression": cfg.vae.compression_ratio, "train_sizes": list(sizes),
                         "causality_gap": causality_gap(vae, probe),
                         "at_32px": reconstruction_quality(vae, size=32, count=preset.eval_clips),
                         "at_64px": reconstruction_quality(vae, size=64, count=preset.eval_clips),
                         "seconds": time.perf_counter() - start}
        log.info("VAE %s: 32px %.2f dB, 64px %.2f dB", name, metrics[name]["at_32px"]["psnr"],
                 metrics[name]["at_64px"]["psnr"])
    return vaes, metrics


def _dit_config(preset: Preset, vae: CausalVideoVAE, *, dual: bool) -> DiTTrainConfig:
    dit = (dual_tiny if dual else dit_tiny)(latent_channels=vae.config.latent_channels)
    return DiTTrainConfig(dit=dit, stages=paper_stages(preset.dit_steps, low=32, high=48),
                          bank_clips=preset.bank_clips)


def _loss_spread(model, latents, labels) -> tuple[float, float]:
    losses = [held_out_loss(model, latents, labels, seed=s) for s in range(3)]
    return float(np.mean(losses)), float(np.std(losses))


def train_dits(preset: Preset, vae: CausalVideoVAE, out_dir: Path) -> tuple[dict, dict]:
    """Hybrid- and dual-stream DiTs on the same latents and stages; returns runs and the loss comparison."""
    hybrid_cfg = _dit_config(preset, vae, dual=False)
    banks = build_banks(vae, hybrid_cfg, {32, 48})
    runs = {}
    for name, dual in (("hybrid", False), ("dual", True)):
        cfg = hybrid_cfg if not dual else _dit_config(preset, vae, dual=True)
        runs[name] = train_dit(cfg, vae, out_dir=out_dir / "dit" / name, resume=False, progress=False, banks=banks)
    held, labels = clip_batch(ClipSpec(frames=9, size=32), count=64, seed=2718, index=0)
    with torch.no_grad():
        latents = vae.normalize(vae.encode(held).mean)
    ids = LabelVocab().token_ids(labels)
    losses = {name: _loss_spread(run.pipeline.transformer, latents, ids) for name, run in runs.items()}
    params = {name: sum(p.numel() for p in run.pipeline.transformer.parameters()) for name, run in runs.items()}
    return runs, {"held_out_loss": {k: v[0] for k, v in losses.items()},
                  "held_out_loss_std_over_noise": {k: v[1] for k, v in losses.items()}, "parameters": params}


def _stderr(p: float, n: int) -> float:
    return math.sqrt(max(p * (1 - p), 1e-12) / n)


def write_samples(out_dir: Path, name: str, videos: torch.Tensor, rows: int = 6) -> tuple[Path, Path]:
    """A contact sheet (PNG, rows clips) and a GIF of the first clip."""
    clips = [to_uint8(v) for v in videos[:rows]]
    sheet = write_contact_sheet(out_dir / f"{name}.png", clips, scale=3)
    gif = write_video(out_dir / f"{name}.gif", clips[0], fps=6, scale=4)
    return sheet, gif


def _claims(vae_m: dict, judge: dict, dit_m: dict, follow: dict, i2v: dict) -> list[Claim]:
    a48, a64 = vae_m["48x_mixed"]["at_32px"], vae_m["64x_mixed"]["at_32px"]
    single, mixed = vae_m["48x_single"]["at_64px"], vae_m["48x_mixed"]["at_64px"]
    gap = max(v["causality_gap"] for v in vae_m.values())
    mixed_gap = mixed["psnr"] - single["psnr"]
    mixed_noise = math.hypot(mixed["psnr_std"], single["psnr_std"]) / math.sqrt(judge["eval_clips"])
    f8, f25 = follow[8], follow[25]
    n = follow["count"]
    dir_se = math.hypot(_stderr(f8["direction"], n), _stderr(f25["direction"], n))
    loss, spread = dit_m["held_out_loss"], dit_m["held_out_loss_std_over_noise"]
    loss_noise = math.hypot(spread["hybrid"], spread["dual"])
    loss_gap = loss["dual"] - loss["hybrid"]
    judge_acc = min(judge["test"][k] for k in ("shape", "colour", "direction"))
    return [
        Claim(claim="causal VAE: encoding frame 0 alone gives the clip's first latent slice",
              paper="first frame encoded on its own (§3.1)", measured=f"max |gap| {gap:.1e} over 3 VAEs",
              holds=gap <= CAUSALITY_TOLERANCE),
        Claim(claim="64x VAE reconstructs at least as well as 48x (held-out clips)",
              paper="PSNR 35.23 vs 33.83, SSIM .9717 vs .9643 (Table 5)",
              measured=f"PSNR {a64['psnr']:.2f}±{a64['psnr_std']:.2f} vs {a48['psnr']:.2f}±{a48['psnr_std']:.2f} dB, "
                       f"SSIM {a64['ssim']:.3f} vs {a48['ssim']:.3f}",
              holds=a64["psnr"] >= a48["psnr"]),
        Claim(claim="mixed-resolution VAE training generalises to an unseen larger resolution better",
              paper="256² only degrades on 512²; 256²+512² keeps improving (§3.1)",
              measured=f"at 64 px: mixed {mixed['psnr']:.2f} vs single {single['psnr']:.2f} dB "
                       f"({mixed_gap:+.2f}, s.e. {mixed_noise:.2f})",
              holds=mixed_gap > 2 * mixed_noise),
        Claim(claim="judge: 3-D CNN classifier on real clips is accurate enough to score generations",
              paper="(a precondition, not the paper's) >= 98% per attribute", measured=", ".join(
                  f"{k} {judge['test'][k]:.3f}" for k in ("shape", "colour", "direction"))
              + f" on {judge['test_clips']} fresh clips",
              holds=judge_acc >= CLASSIFIER_TARGET),
        Claim(claim="generated clips follow the prompt (above chance on every attribute, 25 steps)",
              paper="top-2 T2V Elo (MagicArena)", measured=f"shape {f25['shape']:.2f} (chance .33), colour "
              f"{f25['colour']:.2f} (.25), direction {f25['direction']:.2f} (.25), n={n}",
              holds=f25["shape"] > 1 / 3 + 2 * _stderr(1 / 3, n) and f25["colour"] > 0.25 + 2 * _stderr(0.25, n)
              and f25["direction"] > 0.25 + 2 * _stderr(0.25, n)),
        Claim(claim="an undistilled sampler needs more steps: 25 Euler steps beat 8 on motion direction",
              paper="8 NFE only after distillation (§5)",
              measured=f"direction {f25['direction']:.2f} vs {f8['direction']:.2f} (s.e. {dir_se:.2f}); toy FVD "
                       f"{f25['toy_fvd']:.2f} vs {f8['toy_fvd']:.2f}",
              holds=f25["direction"] - f8["direction"] > 2 * dir_se),
        Claim(claim="image-to-video keeps the conditioning first frame (near the VAE's reconstruction of it, above "
                    "a flat frame of its mean colour)",
              paper="2nd in I2V Elo, first-frame conditioning by channel concat (§3.2)",
              measured=f"frame-0 PSNR {i2v['first_frame_psnr']:.2f} dB; VAE reconstruction "
                       f"{i2v['vae_first_frame_psnr']:.2f} dB; flat frame {i2v['flat_first_frame_psnr']:.2f} dB",
              holds=i2v["first_frame_psnr"] >= i2v["vae_first_frame_psnr"] - I2V_MARGIN_DB
              and i2v["first_frame_psnr"] > i2v["flat_first_frame_psnr"]),
        Claim(claim="hybrid-stream (shared FFN) beats dual-stream at equal parameters",
              paper="loss 0.542 vs 0.556 (§3.2)",
              measured=f"held-out loss {loss['hybrid']:.4f} vs {loss['dual']:.4f} ({loss_gap:+.4f}, noise "
                       f"{loss_noise:.4f})" + ("" if abs(loss_gap) > 2 * loss_noise else ": a null effect here"),
              holds=loss_gap > 2 * loss_noise),
    ]


def run(preset: str, out_dir: Path) -> Result:
    if preset not in PRESETS:
        raise ValueError(f"seaweed reproduction: unknown preset {preset!r}; choose from {', '.join(PRESETS)}")
    p = PRESETS[preset]
    out_dir = Path(out_dir)
    torch.manual_seed(0)
    timings = {}
    start = time.perf_counter()
    vaes, vae_m = train_vaes(p, out_dir)
    timings["vae_seconds"] = time.perf_counter() - start
    start = time.perf_counter()
    judge_cfg = ClassifierTrainConfig(batch_size=16, train=replace(ClassifierTrainConfig().train, lr=5e-3,
                                                                   max_steps=p.classifier_steps))
    judge_run = train_classifier(judge_cfg, out_dir=out_dir / "classifier", resume=False, progress=False)
    judge = {"test": judge_run.test, "eval_clips": p.eval_clips, "test_clips": judge_cfg.test_clips}
    timings["classifier_seconds"] = time.perf_counter() - start
    start = time.perf_counter()
    dits, dit_m = train_dits(p, vaes["48x_mixed"], out_dir)
    timings["dit_seconds"] = time.perf_counter() - start
    start = time.perf_counter()
    pipe = dits["hybrid"].pipeline
    follow: dict = {"count": 48 * p.per_label}
    plots = []
    for steps in (8, 25):
        scores = prompt_following(pipe, judge_run.classifier, steps=steps, per_label=p.per_label)
        follow[steps] = {k: v for k, v in scores.items() if isinstance(v, float)}
        plots.append(write_samples(out_dir, f"t2v_{steps}_steps", scores["videos"][::7])[0])
    i2v_all = image_to_video(pipe, judge_run.classifier, steps=25, count=p.i2v_clips)
    i2v = {k: v for k, v in i2v_all.items() if isinstance(v, float)}
    rows = torch.stack([i2v_all["real"][:3], i2v_all["videos"][:3]], 1).flatten(0, 1)  # real, generated, ...
    plots.append(write_samples(out_dir, "i2v_real_then_generated", rows)[0])
    timings["sampling_seconds"] = time.perf_counter() - start
    plots.append(bar_plot(out_dir / "vae_psnr.png", {
        "48x@32": vae_m["48x_mixed"]["at_32px"]["psnr"], "64x@32": vae_m["64x_mixed"]["at_32px"]["psnr"],
        "single@64": vae_m["48x_single"]["at_64px"]["psnr"], "mixed@64": vae_m["48x_mixed"]["at_64px"]["psnr"]},
        title="causal VAE PSNR on held-out clips (dB)", ylabel="PSNR (dB)"))
    claims = _claims(vae_m, judge, dit_m, follow, i2v)
    labels = [LabelVocab().describe(lab) for lab in all_sample_labels(follow["count"])]
    notes = (f"Preset `{preset}`: {p.vae_steps} VAE steps (width {p.vae_width}), {p.classifier_steps} classifier "
             f"steps, {p.dit_steps} DiT steps over 3 stages, {follow['count']} generated clips per step count. "
             "Rows of the T2V sheets: " + "; ".join(labels) + ". The I2V sheet alternates real clip, generated "
             "clip from its first frame. GIFs: [8 steps](t2v_8_steps.gif), [25 steps](t2v_25_steps.gif), "
             "[I2V](i2v_real_then_generated.gif). The toy FVD is a Fréchet distance on the judge's penultimate "
             "features, not I3D's FVD; compare it only within this run (real-vs-real floor "
             f"{follow[25]['real_toy_fvd_floor']:.2f}).\n\n![t2v 25](t2v_25_steps.gif)")
    val_shape = {f"step_{r['step']}": r["eval_acc_shape"] for r in judge_run.state.log_history if "eval_acc_shape" in r}
    metrics = flatten({"vae": vae_m, "classifier_test": judge_run.test, "classifier_validation_shape": val_shape,
                       "dit": dit_m,
                       "prompt_following": {f"{k}_steps" if isinstance(k, int) else k: v for k, v in follow.items()},
                       "image_to_video": i2v, **timings})
    return Result(name="seaweed", title="causal video VAE + hybrid-stream DiT with flow matching (Seaweed-7B)",
                  metrics=metrics, claims=claims, plots=plots, notes=notes)


def flatten(tree: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1.23456}} -> {"a.b": 1.235}: one table row per number in the report."""
    out = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}."))
        else:
            out[name] = round(value, 4) if isinstance(value, float) else value
    return out


def all_sample_labels(count: int) -> list[Label]:
    """The labels of the clips drawn into the T2V contact sheets (every 7th of prompt_following's order)."""
    return (all_labels() * (count // 48))[::7][:6]
