"""InternVL3's reproduction: four of the report's claims on a ~0.7M-parameter InternVL, 3 seeds each.

1. V2PE: a model trained with δ drawn per image and run with a small δ keeps its accuracy on multi-image contexts
   longer than any it was trained on, where plain positions (δ = 1) degrade; within the trained length the two
   arms are compared as the control. Accuracy against the number of images (1..4 trained; 8, 16 not in quick).
2. Native multimodal pre-training (one joint stage) against the staged pipeline (text LM, frozen-LLM
   alignment, unfreeze) on the same samples: VQA accuracy and held-out text loss.
3. MPO (0.8 DPO + 0.2 BCO + 1.0 NLL, frozen reference) against continued SFT from the same start, same steps
   and batches: greedy accuracy on held-out two-step questions.
4. Best-of-N with a critic head against greedy decoding, with the oracle bound (any of the N correct).

Jobs run in worker processes, one thread each (`experiments.py`); every job stores its result, so an
interrupted run resumes where it stopped.

    nanofrontier reproduce --only internvl            # quick
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import statistics
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from nanofrontier.core.report import Claim, Result, bar_plot, line_plot
from nanofrontier.internvl.experiments import ARMS, TEST_DELTA, Budget, posttrain_job, pretrain_job

log = logging.getLogger(__name__)

BUDGETS = {"quick": Budget(steps=300),
           "full": Budget(steps=1000, image_counts=(1, 2, 3, 4, 8, 16, 24), eval_n=192, text_docs=128,
                          mpo_questions=256, mpo_steps=100, test_questions=256, critic_steps=400)}
SEEDS = (0, 1, 2)


def run(preset: str, out_dir: Path) -> Result:
    if preset not in BUDGETS:
        raise ValueError(f"unknown preset {preset!r} (known: {', '.join(BUDGETS)})")
    return run_budget(BUDGETS[preset], Path(out_dir))


def run_budget(budget: Budget, out_dir: Path, *, seeds: Sequence[int] = SEEDS) -> Result:
    """The whole reproduction at one `Budget` (the presets, or a smaller one in tests)."""
    out = str(out_dir)
    pre = _parallel([(pretrain_job, (arm, seed, budget, out)) for seed in seeds for arm in ARMS])
    by_arm = {arm: [r for r in pre if r["arm"] == arm] for arm in ARMS}
    post = _parallel([(posttrain_job, (seed, budget, out)) for seed in seeds])
    plots = [_accuracy_plot(by_arm, out_dir / "v2pe.png"), _post_plot(post, out_dir / "post_training.png")]
    claims = [*_v2pe_claims(by_arm, budget), *_pretraining_claims(by_arm), _mpo_claim(post), _best_of_n_claim(post)]
    metrics = _metrics(by_arm, post)
    return Result(name="internvl", title="InternVL3: V2PE, native pre-training, MPO and Best-of-N at tiny scale",
                  metrics=metrics, claims=claims, plots=plots, notes=_notes(budget, by_arm, post, seeds))


def _parallel(jobs: Sequence[tuple[Callable, tuple]]) -> list[dict]:
    """Run the jobs in spawned single-threaded workers (as many as cores, at most the job count), in order."""
    workers = max(1, min(len(jobs), os.cpu_count() or 1))
    if workers == 1:
        return [fn(*args) for fn, args in jobs]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(fn, *args) for fn, args in jobs]
        return [f.result() for f in futures]


def _stats(values: Sequence[float]) -> tuple[float, float]:
    return statistics.mean(values), statistics.stdev(values) if len(values) > 1 else 0.0


def _pm(values: Sequence[float], scale: float = 100.0, unit: str = "%") -> str:
    mean, std = _stats(values)
    return f"{mean * scale:.1f} ± {std * scale:.1f}{unit}"


def _mean_over(result: dict, keys: Sequence[str]) -> float:
    return statistics.mean(result["accuracy_by_images"][k] for k in keys)


def _v2pe_claims(by_arm: dict[str, list[dict]], budget: Budget) -> list[Claim]:
    v2pe, plain = by_arm["v2pe"], by_arm["delta1"]
    long = tuple(str(n) for n in budget.image_counts if n > budget.train_images)
    short = tuple(str(n) for n in budget.image_counts if n <= budget.train_images)
    long_gain = [_mean_over(a, long) - _mean_over(b, long) for a, b in zip(v2pe, plain, strict=True)]
    short_gap = [_mean_over(a, short) - _mean_over(b, short) for a, b in zip(v2pe, plain, strict=True)]
    mean, std = _stats(long_gain)
    return [
        Claim(claim=f"V2PE (δ drawn per image in training, δ = 1/{round(1 / TEST_DELTA)} at test) holds accuracy on "
                    "multi-image contexts longer than trained better than plain positions (δ = 1)",
              paper="V2PE improves long-context multimodal tasks (InternVL3 report, V2PE)",
              measured=(f"{'/'.join(long)} images: {_pm([_mean_over(r, long) for r in v2pe])} vs "
                        f"{_pm([_mean_over(r, long) for r in plain])} (gain {mean * 100:+.1f} ± {std * 100:.1f} "
                        f"points, {len(v2pe)} seeds)"),
              holds=mean > 0 and mean > std),
        Claim(claim=f"control: within the trained length (1-{budget.train_images} images) the two arms are alike",
              paper="—", measured=(f"{_pm([_mean_over(r, short) for r in v2pe])} vs "
                                   f"{_pm([_mean_over(r, short) for r in plain])} "
                                   f"(difference {statistics.mean(short_gap) * 100:+.1f} points)"),
              holds=abs(statistics.mean(short_gap)) <= 0.05),
    ]


def _pretraining_claims(by_arm: dict[str, list[dict]]) -> list[Claim]:
    joint, staged = by_arm["v2pe"], by_arm["staged"]
    vqa_gap = [a["vqa_mean"] - b["vqa_mean"] for a, b in zip(joint, staged, strict=True)]
    text_gap = [a["text_loss"] - b["text_loss"] for a, b in zip(joint, staged, strict=True)]
    vqa_mean, vqa_std = _stats(vqa_gap)
    text_mean, text_std = _stats(text_gap)
    tokens = (f"{statistics.mean(r['tokens'] for r in joint):,.0f} vs "
              f"{statistics.mean(r['tokens'] for r in staged):,.0f}")
    return [
        Claim(claim="native (joint) multimodal pre-training matches or beats the staged pipeline on VQA at equal "
                    "tokens",
              paper="native pre-training matches the multi-stage pipeline on most benchmarks (InternVL2-8B ablation)",
              measured=(f"VQA {_pm([r['vqa_mean'] for r in joint])} vs {_pm([r['vqa_mean'] for r in staged])} "
                        f"(gap {vqa_mean * 100:+.1f} ± {vqa_std * 100:.1f}); tokens {tokens}"),
              holds=vqa_mean >= -vqa_std),
        Claim(claim="joint pre-training keeps the language skill (held-out text loss no worse than staged)",
              paper="InternVL3's text scores above the matching Qwen2.5-Chat models",
              measured=(f"text loss {_pm([r['text_loss'] for r in joint], 1, '')} vs "
                        f"{_pm([r['text_loss'] for r in staged], 1, '')} nats (gap {text_mean:+.3f} ± {text_std:.3f})"),
              holds=text_mean <= text_std),
    ]


def _mpo_claim(post: list[dict]) -> Claim:
    if any(r["mpo_accuracy"] is None for r in post):
        return Claim(claim="MPO beats continued SFT from the same start (same steps, same batches)",
                     paper="MPO: +4.1 overall reasoning at 78B (InternVL3 report)",
                     measured=f"no preference pairs for some seeds (pairs {[r['pairs'] for r in post]})", holds=None)
    gain = [r["mpo_accuracy"] - r["sft_accuracy"] for r in post]
    mean, std = _stats(gain)
    return Claim(claim="MPO beats continued SFT from the same start (same steps, same batches)",
                 paper="MPO: +4.1 overall reasoning at 78B (InternVL3 report)",
                 measured=(f"held-out two-step {_pm([r['mpo_accuracy'] for r in post])} vs "
                           f"{_pm([r['sft_accuracy'] for r in post])} "
                           f"(start {_pm([r['start_accuracy'] for r in post])}; "
                           f"gain {mean * 100:+.1f} ± {std * 100:.1f} points)"),
                 holds=mean > 0 and mean > std)


def _best_of_n_claim(post: list[dict]) -> Claim:
    gain = [r["best_of_n"] - r["greedy_accuracy"] for r in post]
    mean, std = _stats(gain)
    return Claim(claim="Best-of-8 with a critic head beats greedy decoding",
                 paper="Best-of-8 with VisualPRM: +5.9 to +8.4 reasoning (InternVL3 report)",
                 measured=(f"{_pm([r['best_of_n'] for r in post])} vs "
                           f"greedy {_pm([r['greedy_accuracy'] for r in post])} "
                           f"(best-of-4 {_pm([r['best_of_4'] for r in post])}; oracle-8 "
                           f"{_pm([r['oracle_n'] for r in post])}; gain {mean * 100:+.1f} ± {std * 100:.1f})"),
                 holds=mean > 0 and mean > std)


def _metrics(by_arm: dict[str, list[dict]], post: list[dict]) -> dict:
    metrics: dict = {}
    for arm, results in by_arm.items():
        for n in results[0]["accuracy_by_images"]:
            metrics[f"{arm}_accuracy_{n}_images"] = round(_stats([r["accuracy_by_images"][n] for r in results])[0], 4)
        metrics[f"{arm}_vqa"] = round(_stats([r["vqa_mean"] for r in results])[0], 4)
        metrics[f"{arm}_text_loss"] = round(_stats([r["text_loss"] for r in results])[0], 4)
        metrics[f"{arm}_tokens"] = round(_stats([r["tokens"] for r in results])[0])
        metrics[f"{arm}_cpu_seconds"] = round(_stats([r["cpu_seconds"] for r in results])[0], 1)
    for n, pos in by_arm["v2pe"][0]["max_position"].items():
        metrics[f"max_position_{n}_images"] = {"v2pe": pos, "delta1": by_arm["delta1"][0]["max_position"][n]}
    for n in by_arm["v2pe"][0]["accuracy_at_delta1"]:
        metrics[f"v2pe_model_at_delta1_{n}_images"] = round(
            _stats([r["accuracy_at_delta1"][n] for r in by_arm["v2pe"]])[0], 4)
    for key in ("pairs", "sampled_accuracy", "start_accuracy", "mpo_accuracy", "sft_accuracy", "greedy_accuracy",
                "best_of_4", "best_of_n", "oracle_4", "oracle_n", "cpu_seconds"):
        values = [r[key] for r in post if r[key] is not None]
        metrics[f"post_{key}"] = round(_stats(values)[0], 4) if values else None
    return metrics


def _accuracy_plot(by_arm: dict[str, list[dict]], path: Path) -> Path:
    series = {}
    for arm, label in (("v2pe", f"V2PE (δ = {TEST_DELTA:g} at test)"), ("delta1", "δ = 1")):
        counts = list(by_arm[arm][0]["accuracy_by_images"])
        means = [_stats([r["accuracy_by_images"][n] for r in by_arm[arm]])[0] for n in counts]
        series[label] = ([int(n) for n in counts], means)
    return line_plot(path, series, title="accuracy vs images in the context (trained on 1-4)",
                     xlabel="images in the prompt", ylabel="exact-match accuracy (mean of 3 seeds)")


def _post_plot(post: list[dict], path: Path) -> Path:
    keys = {"start (SFT)": "start_accuracy", "continued SFT": "sft_accuracy", "MPO": "mpo_accuracy",
            "greedy": "greedy_accuracy", "best-of-4": "best_of_4", "best-of-8": "best_of_n", "oracle-8": "oracle_n"}
    values = {label: statistics.mean(r[key] for r in post) for label, key in keys.items()
              if all(r[key] is not None for r in post)}
    return bar_plot(path, values, title="held-out two-step questions (mean of 3 seeds)", ylabel="accuracy")


def _notes(budget: Budget, by_arm: dict[str, list[dict]], post: list[dict], seeds: Sequence[int]) -> str:
    return (f"Model: the `small` preset (ViT width 64 x 2 layers on 32 px tiles, 16 visual tokens per image after "
            f"pixel unshuffle; Qwen2-shaped LLM width 128 x 4 layers; word-level vocabulary). Pre-training: "
            f"{budget.steps} steps of 16 samples, 1:3 text : image-text (galleries of 1-{budget.train_images} "
            "one-shape images: described, asked \"what colour is the first one ?\", counted then added), loss on "
            "text tokens with 1/sqrt(N) weighting. The staged arm spends the same samples as text-only steps, then "
            "image-text steps with the LLM frozen, then unfrozen. Accuracy is greedy exact match on held-out "
            f"(kind, colour, cell) combinations, {budget.eval_n} questions per point. Post-training starts from the "
            f"V2PE arm: {budget.samples_per_question} samples per training question at temperature 1 give the "
            f"preference pairs ({statistics.mean(r['pairs'] for r in post):.0f} per seed) and the critic's labels; "
            f"MPO and continued SFT run {budget.mpo_steps} steps of 16 pairs at lr {budget.mpo_lr:g}; "
            f"{budget.test_questions} held-out questions. Means ± standard deviations over seeds {tuple(seeds)}.")
