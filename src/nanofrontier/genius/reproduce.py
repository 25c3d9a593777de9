"""Genius's reproduction: self-training a reasoning policy with no labels, on `core.tasks`' variable chains.

1. The starting policy: a character-level decoder fine-tuned on a small labelled set until its greedy accuracy
   is 40-60% (policy.py).
2. Checked first: the AUROC of the foresight score f for predicting whether a candidate's trajectory ends in
   the right answer, on a labelled dev set (the labels are used for this check and for evaluation only).
3. Genius with no labels: foresight pairs from unlabelled chains; on identical pairs, self-SFT, DPO, ACO (the
   paper's weight) and ACO (the released code's weight) each train the starting policy against a frozen copy
   of it, for several seeds; greedy accuracy on held-out chains of the trained lengths and 1-2 hops longer.

Claims (Genius Tables 1 and 4, scaled down): an unsupervised gain over the base; self-SFT below preference
training; ACO vs DPO, with its spread over seeds. Each seed re-synthesizes its pairs (foresight sampling
seeded by it) and shuffles them by it, so the spread covers both sources of noise.

    nanofrontier reproduce --only genius          # quick preset
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from nanofrontier.core.report import Claim, Result, bar_plot
from nanofrontier.genius.chains import chain_tasks, render_prompt, write_queries
from nanofrontier.genius.evaluation import accuracy, auroc, is_correct
from nanofrontier.genius.foresight import ForesightConfig, foresight_search
from nanofrontier.genius.losses import aco_weight
from nanofrontier.genius.policy import PolicyRun, policy_preset, train_policy
from nanofrontier.genius.synthesis import read_pairs, read_queries, synthesize
from nanofrontier.genius.train import PreferenceConfig, train_preference

log = logging.getLogger(__name__)

AUROC_INFORMATIVE = 0.6  # below this the foresight score is called a weak signal; near 0.5, none
LABELS = {"sft": "self-SFT", "dpo": "DPO", "aco": "ACO", "aco-repo": "ACO (code's w)", "ipo": "IPO",
          "simpo": "SimPO"}


@dataclass(frozen=True, kw_only=True)
class GeniusPreset:
    policy: str = "quick"
    queries: int = 160  # unlabelled queries per seed
    dev: int = 48  # labelled queries for the AUROC check
    test: int = 400
    longer: int = 200
    hops: tuple[int, int] = (1, 3)  # the policy's (policy.py)
    longer_hops: tuple[int, int] = (4, 5)
    max_value: int | None = 20  # the policy's small integers, in every chain here too
    seeds: tuple[int, ...] = (0, 1, 2)
    losses: tuple[str, ...] = ("sft", "dpo", "aco", "aco-repo")
    # rollout temperature 0.5, not the paper's 1.0: at 1.0 a 0.8M-parameter policy's rollouts are so noisy that
    # f barely ranks candidates (AUROC ~0.58 against ~0.65 at 0.5 on the same policy and dev chains)
    foresight: ForesightConfig = ForesightConfig(beams=2, candidates=4, timesteps=3, tau=0.1, step_temperature=0.8,
                                                 rollout_temperature=0.5, max_new_tokens=64, queries_per_round=80)
    # lr 3e-5, not the paper's 5e-7 (an 8B model) nor 1e-4: at 1e-4 one epoch of DPO on foresight pairs cost a
    # 30%-accurate policy ~8 points of greedy accuracy, at 2e-5 about one
    preference: PreferenceConfig = PreferenceConfig(lr=3e-5, beta=0.1, alpha=1.0, batch_size=16, log_every=20)


def genius_preset(name: str) -> GeniusPreset:
    """`quick` and `full` for the report; `tiny` (seconds, nothing learned) for tests."""
    if name == "tiny":
        return GeniusPreset(policy="tiny", queries=6, dev=4, test=6, longer=4, hops=(1, 2), longer_hops=(3, 3),
                            seeds=(0, 1), foresight=ForesightConfig(beams=2, candidates=2, timesteps=2,
                                                                    max_new_tokens=24, queries_per_round=4),
                            preference=PreferenceConfig(lr=1e-3, batch_size=4, log_every=5))
    if name == "quick":
        return GeniusPreset()
    if name == "full":
        return GeniusPreset(queries=600, dev=128, losses=("sft", "dpo", "aco", "aco-repo", "ipo", "simpo"))
    raise ValueError(f"unknown genius preset {name!r} (known: tiny, quick, full)")


def run(preset: str, out_dir: Path) -> Result:
    """The reproduction on one thread: a 0.8M-parameter model's matmuls are too small to gain from a second
    one, and on a loaded machine the threads' spin-waits cost far more than they save."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _run(genius_preset(preset), Path(out_dir))
    finally:
        torch.set_num_threads(threads)


def _run(p: GeniusPreset, out_dir: Path) -> Result:
    start, cpu_start = time.perf_counter(), time.process_time()
    policy = train_policy(policy_preset(p.policy), out_dir=out_dir / "policy", progress=False)
    tok = policy.tokenizer
    test = [(render_prompt(t), t.answer) for t in chain_tasks(p.test, seed=9001, hops=p.hops, max_value=p.max_value)]
    longer = [(render_prompt(t), t.answer) for t in chain_tasks(p.longer, seed=9002, hops=p.longer_hops,
                                                                   max_value=p.max_value)]
    check = foresight_check(policy, p, generator_seed=77)
    base = {"test": accuracy(policy.model, tok, test), "longer": accuracy(policy.model, tok, longer)}
    log.info("base policy: %.1f%% held-out, %.1f%% longer", 100 * base["test"], 100 * base["longer"])
    scores: dict[str, dict[str, list[float]]] = {loss: {"test": [], "longer": []} for loss in p.losses}
    synthesis = []
    for seed in p.seeds:
        pairs_path, stats = _synthesize(policy, p, seed, out_dir)
        synthesis.append(stats)
        pairs = read_pairs(pairs_path)
        for loss in p.losses:
            model = copy.deepcopy(policy.model)
            cfg = dataclasses.replace(p.preference, loss=loss, seed=seed)
            train_preference(model, tok, pairs, cfg, out_dir=out_dir / f"seed{seed}" / loss, resume=False,
                             progress=False)
            for split, items in (("test", test), ("longer", longer)):
                scores[loss][split].append(accuracy(model, tok, items))
            log.info("seed %d %s: %.1f%% held-out, %.1f%% longer", seed, loss, 100 * scores[loss]["test"][-1],
                     100 * scores[loss]["longer"][-1])
    plots = [_plot(out_dir / f"accuracy_{split}.png", base, scores, split, p) for split in ("test", "longer")]
    metrics = _metrics(policy, check, base, scores, synthesis, p)
    metrics["seconds"] = round(time.perf_counter() - start, 1)
    metrics["cpu_seconds"] = round(time.process_time() - cpu_start, 1)  # ~ the wall time on a quiet machine
    return Result(name="genius", title="Genius: self-training from unlabelled chains (foresight pairs, ACO)",
                  metrics=metrics, claims=_claims(policy, check, base, scores, p), plots=plots,
                  notes=_notes(policy, check, synthesis, p))


def foresight_check(policy: PolicyRun, p: GeniusPreset, *, generator_seed: int) -> dict[str, float]:
    """AUROC of f for a candidate trajectory being right, and how often each side of a pair is right."""
    tasks = chain_tasks(p.dev, seed=9003, hops=p.hops, max_value=p.max_value)
    results, _ = foresight_search(policy.model, policy.tokenizer, [render_prompt(t) for t in tasks], p.foresight,
                                  seed=generator_seed)
    stop = set(policy.tokenizer.stop_ids)
    scores, right = [], []
    chosen_right, rejected_right = [], []
    for task, result in zip(tasks, results, strict=True):
        for pool in result.pools:
            for c in pool:
                scores.append(c.score)
                right.append(is_correct(policy.tokenizer.decode([t for t in c.trajectory if t not in stop]),
                                        task.answer))
        for pair in result.pairs:
            chosen_right.append(is_correct(pair.chosen, task.answer))
            rejected_right.append(is_correct(pair.rejected, task.answer))
    return {"auroc": auroc(scores, right), "candidates": len(scores), "candidates_right": statistics.mean(right),
            "pairs": len(chosen_right), "chosen_right": statistics.mean(chosen_right or [0.0]),
            "rejected_right": statistics.mean(rejected_right or [0.0])}


def _synthesize(policy: PolicyRun, p: GeniusPreset, seed: int, out_dir: Path) -> tuple[Path, dict]:
    tasks = chain_tasks(p.queries, seed=100 + seed, hops=p.hops, max_value=p.max_value)
    queries_path = write_queries(out_dir / f"seed{seed}" / "queries.jsonl", tasks, labelled=False)
    pairs_path = out_dir / f"seed{seed}" / "pairs.jsonl"
    stats = synthesize(policy.model, policy.tokenizer, read_queries(queries_path), pairs_path, p.foresight,
                       seed=seed, resume=False, progress=False)
    pairs = read_pairs(pairs_path)
    calibration = statistics.mean(pair.rejected_advantage > pair.chosen_advantage for pair in pairs)
    a_w = torch.tensor([pair.chosen_advantage for pair in pairs])
    a_l = torch.tensor([pair.rejected_advantage for pair in pairs])
    weights = {variant: float(aco_weight(a_w, a_l, alpha=p.preference.alpha, variant=variant).mean())
               for variant in ("paper", "repo")}
    log.info("seed %d: %d pairs from %d queries in %.0f s (%.0f pairs/min, %.0f tok/s)", seed, stats.pairs,
             stats.queries, stats.seconds, stats.pairs_per_minute, stats.tokens_per_second)
    return pairs_path, {"pairs": stats.pairs, "seconds": stats.seconds, "pairs_per_minute": stats.pairs_per_minute,
                        "tokens_per_second": stats.tokens_per_second, "calibration_region": calibration,
                        "aco_weight_paper": weights["paper"], "aco_weight_repo": weights["repo"]}


def _mean_sd(values: list[float]) -> tuple[float, float]:
    return statistics.mean(values), statistics.stdev(values) if len(values) > 1 else 0.0


def _pct(values: list[float]) -> str:
    mean, sd = _mean_sd(values)
    return f"{100 * mean:.1f} ± {100 * sd:.1f}%"


def _claims(policy: PolicyRun, check: dict, base: dict, scores: dict, p: GeniusPreset) -> list[Claim]:
    low, high = policy_preset(p.policy).band
    claims = [
        Claim(claim="the starting policy is decent but imperfect (set-up, not a paper claim)",
              paper=f"greedy accuracy {100 * low:.0f}-{100 * high:.0f}%",
              measured=f"{100 * policy.dev_accuracy:.1f}% on dev after {policy.steps} SFT steps; "
                       f"{100 * base['test']:.1f}% on the test chains",
              holds=low <= policy.dev_accuracy <= high),
        Claim(claim="the foresight score predicts a trajectory's correctness",
              paper="f is the value estimate behind re-sampling (§3.1)",
              measured=f"AUROC {check['auroc']:.3f} over {check['candidates']} candidates; chosen right "
                       f"{100 * check['chosen_right']:.0f}%, rejected right {100 * check['rejected_right']:.0f}%",
              holds=check["auroc"] >= AUROC_INFORMATIVE),
    ]
    if "aco" in scores:
        gains = [a - base["test"] for a in scores["aco"]["test"]]
        mean, sd = _mean_sd(gains)
        claims.append(Claim(
            claim="Genius (ACO on foresight pairs) improves the policy with no labels, by more than the seeds' spread",
            paper="+7.43 average over 7 reasoning tasks (LLaMA3.1-8B, Table 1)",
            measured=f"held-out {100 * base['test']:.1f}% -> {_pct(scores['aco']['test'])} "
                     f"(gain {100 * mean:+.1f} ± {100 * sd:.1f} points, {len(gains)} seeds)",
            holds=mean > sd))
        mean, sd = _mean_sd([a - base["longer"] for a in scores["aco"]["longer"]])
        claims.append(Claim(
            claim="Genius's gain carries to longer chains (1-2 hops beyond training), by more than the seeds' spread",
            paper="gains on out-of-domain reasoning tasks (Table 1)",
            measured=f"longer {100 * base['longer']:.1f}% -> {_pct(scores['aco']['longer'])} "
                     f"(gain {100 * mean:+.1f} ± {100 * sd:.1f} points)",
            holds=mean > sd))
    if {"sft", "dpo", "aco"} <= set(scores):
        sft, dpo, aco = (statistics.mean(scores[k]["test"]) for k in ("sft", "dpo", "aco"))
        claims.append(Claim(
            claim="self-SFT on the chosen trajectories gains less than preference training",
            paper="SFT 44.63 vs DPO 55.51, ACO 57.08 (Table 4, Magpie)",
            measured=f"self-SFT {_pct(scores['sft']['test'])}, DPO {_pct(scores['dpo']['test'])}, "
                     f"ACO {_pct(scores['aco']['test'])}",
            holds=sft < dpo and sft < aco))
    if {"dpo", "aco"} <= set(scores):
        diffs = [a - d for a, d in zip(scores["aco"]["test"], scores["dpo"]["test"], strict=True)]
        mean, sd = _mean_sd(diffs)
        repo = (f"; code's w {_pct(scores['aco-repo']['test'])}" if "aco-repo" in scores else "")
        claims.append(Claim(
            claim="ACO beats DPO on identical pairs, by more than the seeds' spread",
            paper="+1.57 / +1.17 average (Table 4, Magpie / OpenHermes)",
            measured=f"ACO - DPO {100 * mean:+.1f} ± {100 * sd:.1f} points over {len(diffs)} seeds"
                     f"{' (within noise)' if abs(mean) <= sd else ''}{repo}",
            holds=mean > sd))
    return claims


def _metrics(policy: PolicyRun, check: dict, base: dict, scores: dict, synthesis: list[dict],
             p: GeniusPreset) -> dict:
    metrics: dict = {"parameters": policy.model.config.num_parameters(), "sft_steps": policy.steps,
                     "sft_dev_accuracy": policy.dev_accuracy, "base_test_accuracy": base["test"],
                     "base_longer_accuracy": base["longer"],
                     **{f"foresight_{k}": v for k, v in check.items()}}
    for loss, by_split in scores.items():
        for split, values in by_split.items():
            metrics[f"{loss}_{split}_accuracy_mean"], metrics[f"{loss}_{split}_accuracy_sd"] = _mean_sd(values)
            metrics[f"{loss}_{split}_accuracy_seeds"] = values
    for key in ("pairs", "seconds", "pairs_per_minute", "tokens_per_second", "calibration_region",
                "aco_weight_paper", "aco_weight_repo"):
        metrics[f"synthesis_{key}_mean"] = statistics.mean(s[key] for s in synthesis)
    return metrics


def _plot(path: Path, base: dict, scores: dict, split: str, p: GeniusPreset) -> Path:
    values = {"base": 100 * base[split], **{LABELS[k]: 100 * statistics.mean(v[split]) for k, v in scores.items()}}
    hops = p.hops if split == "test" else p.longer_hops
    return bar_plot(path, values, title=f"genius: greedy accuracy, {hops[0]}-{hops[1]} hops "
                                        f"(mean of {len(p.seeds)} seeds)", ylabel="accuracy (%)")


def _notes(policy: PolicyRun, check: dict, synthesis: list[dict], p: GeniusPreset) -> str:
    f = p.foresight
    verdict = ("no better than chance: foresight self-rewarding has no signal to work with at this scale"
               if abs(check["auroc"] - 0.5) < 0.05 else
               "a weak signal" if check["auroc"] < AUROC_INFORMATIVE else "an informative signal")
    return (f"Policy: {policy.model.config.num_parameters() / 1e6:.2f}M-parameter byte-level decoder, SFT on "
            f"{policy_preset(p.policy).labelled} labelled chains of {p.hops[0]}-{p.hops[1]} hops for {policy.steps} "
            f"steps. Foresight: M={f.beams}, N={f.candidates}, K={f.timesteps}, tau={f.tau}, step temperature "
            f"{f.step_temperature}, rollout temperature {f.rollout_temperature}, negative '{f.negative}'. "
            f"AUROC {check['auroc']:.3f}: {verdict}. Per seed: {p.queries} unlabelled queries -> "
            f"{statistics.mean(s['pairs'] for s in synthesis):.0f} pairs "
            f"({100 * statistics.mean(s['calibration_region'] for s in synthesis):.0f}% in ACO's calibration "
            f"region, A_l > A_w; mean ACO weight {statistics.mean(s['aco_weight_paper'] for s in synthesis):.3f} "
            f"in the paper's form, {statistics.mean(s['aco_weight_repo'] for s in synthesis):.3f} in the code's), "
            f"{statistics.mean(s['pairs_per_minute'] for s in synthesis):.0f} "
            "pairs/min. "
            f"Training: 1 epoch, lr {p.preference.lr}, beta {p.preference.beta}, alpha {p.preference.alpha}, "
            f"{p.preference.batch_size} pairs per step, reference = the SFT policy. Accuracy: greedy exact match on "
            f"{p.test} held-out chains ({p.hops[0]}-{p.hops[1]} hops) and {p.longer} longer ones "
            f"({p.longer_hops[0]}-{p.longer_hops[1]} hops).")
