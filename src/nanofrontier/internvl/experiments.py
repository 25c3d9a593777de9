"""The reproduction's jobs: each trains or post-trains one tiny InternVL and returns its measured numbers.

Every job is a top-level function of plain arguments, so `reproduce.py` can run them in worker processes (one
thread each); each writes its model folder and a `result.json` under its own directory and, when that file is
already there, returns it without training again (an interrupted reproduction resumes).

- `pretrain_job(arm, seed, ...)`: arm "v2pe" (joint native pre-training, δ drawn per image), "delta1" (joint,
  δ = 1) or "staged" (text -> frozen-LLM alignment -> unfreeze, V2PE on); then accuracy against the number of
  images, VQA accuracy and held-out text loss.
- `posttrain_job(seed, ...)`: from the "v2pe" model (the SFT start): sample 8 answers per training two-step
  question, MPO vs continued SFT on the resulting pairs (same steps, same batches), and Best-of-N with a critic
  head trained on the same samples.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.sample import SampleConfig
from nanofrontier.core.train import TrainConfig, train
from nanofrontier.internvl.critic import CriticHead, answer_features, best_of_n, train_critic
from nanofrontier.internvl.data import SampleEncoder, token_count
from nanofrontier.internvl.evaluate import answer_accuracy, text_loss
from nanofrontier.internvl.formats import load_internvl
from nanofrontier.internvl.generate import generate_vl
from nanofrontier.internvl.mpo import MPOConfig, MPOModel, PairBatches, SFTModel, preference_pairs, sample_answers
from nanofrontier.internvl.positions import v2pe_positions
from nanofrontier.internvl.pretrain import PretrainPreset, pretrain, pretrain_preset
from nanofrontier.internvl.scenes import TripleSplit
from nanofrontier.internvl.tasks import FAMILIES, Sample, check, first_image_sample, gallery_two_step, text_document
from nanofrontier.internvl.vocab import word_tokenizer

log = logging.getLogger(__name__)
ARMS = ("v2pe", "delta1", "staged")
VQA_FAMILIES = ("gallery_caption", "first_colour", "gallery_two_step")  # the pre-training mixture's tasks
TEST_DELTA = 1 / 16  # δ chosen at inference for the V2PE-trained arms: one position per 16-token image


@dataclass(frozen=True, kw_only=True)
class Budget:
    """The sizes of one preset of the reproduction."""

    steps: int  # pre-training optimizer steps per arm (batch 16)
    model: str = "small"  # pretrain preset ("tiny" for tests)
    train_images: int = 4  # training galleries hold 1..train_images images
    image_counts: tuple[int, ...] = (1, 2, 4, 8, 16)  # accuracy against the number of images
    eval_n: int = 64  # questions per point
    text_docs: int = 64  # held-out text documents
    mpo_questions: int = 128  # training two-step questions sampled 8 times each
    samples_per_question: int = 8
    mpo_steps: int = 40
    mpo_lr: float = 1e-3
    test_questions: int = 128  # held-out two-step questions (greedy and Best-of-N)
    critic_steps: int = 200


def _preset(budget: Budget, arm: str) -> PretrainPreset:
    base = pretrain_preset(budget.model)
    return dataclasses.replace(base, deltas=1.0 if arm == "delta1" else base.deltas,
                               train=dataclasses.replace(base.train, max_steps=budget.steps, save_every=100))


def _cached(path: Path) -> dict | None:
    return json.loads(path.read_text()) if path.is_file() else None


def pretrain_job(arm: str, seed: int, budget: Budget, out_dir: str) -> dict:
    """Train one arm and measure it; returns (and stores) its numbers."""
    torch.set_num_threads(1)
    folder = Path(out_dir) / f"{arm}-seed{seed}"
    if (done := _cached(folder / "result.json")) is not None:
        return done
    start, wall = time.process_time(), time.perf_counter()
    run = pretrain(_preset(budget, arm), out_dir=folder, seed=seed, staged=arm == "staged", progress=False)
    model, encoder, split = run.model.eval(), run.encoder, run.split
    rng = random.Random(10_000 + seed)
    delta = 1.0 if arm == "delta1" else TEST_DELTA
    accuracy, max_position = {}, {}
    for n in budget.image_counts:
        samples = [first_image_sample(rng, split.test, n_images=n) for _ in range(budget.eval_n)]
        accuracy[str(n)] = answer_accuracy(model, encoder, samples, delta=delta)
        max_position[str(n)] = _max_position(encoder, samples[0], delta)
    at_delta1 = {str(n): answer_accuracy(model, encoder, [first_image_sample(rng, split.test, n_images=n)
                                                     for _ in range(budget.eval_n)], delta=1.0)
                 for n in budget.image_counts if n > budget.train_images and arm != "delta1"}
    vqa = {family: answer_accuracy(model, encoder, [FAMILIES[family](rng, split.test) for _ in range(budget.eval_n)])
           for family in VQA_FAMILIES}
    docs = [text_document(random.Random(20_000 + seed * 1000 + i)) for i in range(budget.text_docs)]
    result = {"arm": arm, "seed": seed, "accuracy_by_images": accuracy, "max_position": max_position,
              "accuracy_at_delta1": at_delta1, "vqa": vqa, "vqa_mean": sum(vqa.values()) / len(vqa),
              "text_loss": text_loss(model, encoder, docs), "tokens": run.tokens,
              "steps": sum(s.step for s in run.states), "cpu_seconds": time.process_time() - start,
              "wall_seconds": time.perf_counter() - wall,
              "train_loss": run.states[-1].log_history[-1]["loss"] if run.states[-1].log_history else None}
    write_json_atomic(folder / "result.json", result)
    return result


def _max_position(encoder: SampleEncoder, sample: Sample, delta: float) -> float:
    ids = torch.tensor([encoder.encode(sample).ids])
    return float(v2pe_positions(ids, image_token_id=encoder.config.img_context_token_id, delta=delta).max())


def posttrain_job(seed: int, budget: Budget, out_dir: str) -> dict:
    """MPO vs continued SFT, and Best-of-N, from the seed's "v2pe" model."""
    torch.set_num_threads(1)
    folder = Path(out_dir) / f"post-seed{seed}"
    if (done := _cached(folder / "result.json")) is not None:
        return done
    start, wall = time.process_time(), time.perf_counter()
    tokenizer = word_tokenizer()
    sft_start = load_internvl(Path(out_dir) / f"v2pe-seed{seed}", tokenizer=tokenizer)
    encoder = SampleEncoder(tokenizer, sft_start.config)
    split = TripleSplit.make(seed=pretrain_preset(budget.model).split_seed)
    rng = random.Random(30_000 + seed)
    questions = [gallery_two_step(rng, split.train) for _ in range(budget.mpo_questions)]
    answers = sample_answers(sft_start, encoder, questions, n=budget.samples_per_question, seed=seed)
    pairs = preference_pairs(questions, answers, seed=seed)
    test = [gallery_two_step(rng, split.test) for _ in range(budget.test_questions)]
    result = {"seed": seed, "pairs": len(pairs), "sampled_accuracy": _mean([check(q, a) for q, texts in
                                                                            zip(questions, answers, strict=True)
                                                                            for a in texts]),
              "start_accuracy": greedy_accuracy(sft_start, encoder, test)}
    cfg = TrainConfig(max_steps=budget.mpo_steps, lr=budget.mpo_lr, warmup_steps=max(1, budget.mpo_steps // 10),
                      weight_decay=0.05, log_every=10, seed=seed)
    for name in ("mpo", "sft"):
        result[f"{name}_accuracy"] = None  # no pairs (every sample right, or every one wrong): nothing to train on
        if not pairs:
            continue
        policy = load_internvl(Path(out_dir) / f"v2pe-seed{seed}", tokenizer=tokenizer)
        wrapper = MPOModel(policy, MPOConfig()) if name == "mpo" else SFTModel(policy)
        state = train(wrapper, lambda m, b: m(b), PairBatches(pairs, encoder, batch_size=16, seed=seed), cfg,
                      tokens_in_batch=token_count, progress=False)
        result[f"{name}_accuracy"] = greedy_accuracy(policy.eval(), encoder, test)
        result[f"{name}_log"] = state.log_history[-1]
    result.update(_best_of_n(sft_start, encoder, questions, answers, test, budget, seed))
    result["greedy_accuracy"] = result["start_accuracy"]  # the same model decoding the same questions greedily
    result["cpu_seconds"] = time.process_time() - start
    result["wall_seconds"] = time.perf_counter() - wall
    write_json_atomic(folder / "result.json", result)
    return result


def _mean(values: Sequence[bool | float]) -> float:
    return sum(values) / max(1, len(values))


@torch.no_grad()
def greedy_accuracy(model, encoder: SampleEncoder, samples: Sequence[Sample]) -> float:
    """Fraction of samples whose greedy answer passes `check` (two-step: the final number)."""
    outs = _generate(model, encoder, samples, temperature=0.0, n=1, seed=0)
    return _mean([check(s, texts[0]) for s, texts in zip(samples, outs, strict=True)])


def _generate(model, encoder: SampleEncoder, samples: Sequence[Sample], *, temperature: float, n: int,
              seed: int) -> list[list[str]]:
    if temperature > 0:
        return sample_answers(model, encoder, samples, n=n, temperature=temperature, seed=seed)
    cfg = SampleConfig(max_new_tokens=8, temperature=0.0, stop_ids=(encoder.eos,))
    out = []
    for start in range(0, len(samples), 32):
        prompts = [encoder.encode_prompt(s) for s in samples[start:start + 32]]
        tiles = [p.tiles for p in prompts if p.tiles is not None]
        new = generate_vl(model, [p.ids for p in prompts], torch.cat(tiles) if tiles else None, cfg,
                          pad_id=encoder.tokenizer.pad_id)
        out += [[encoder.tokenizer.decode([t for t in row if t != encoder.eos])] for row in new]
    return out


def _best_of_n(policy, encoder: SampleEncoder, questions: Sequence[Sample], answers: Sequence[Sequence[str]],
               test: Sequence[Sample], budget: Budget, seed: int) -> dict:
    """Critic trained on the training questions' samples; greedy vs Best-of-{4, N} vs the oracle on held-out ones."""
    flat_q = [q for q, texts in zip(questions, answers, strict=True) for _ in texts]
    flat_a = [a for texts in answers for a in texts]
    labels = torch.tensor([check(q, a) for q, a in zip(flat_q, flat_a, strict=True)], dtype=torch.float32)
    head = CriticHead(policy.config.llm.hidden_size)
    torch.manual_seed(seed)
    train_critic(head, answer_features(policy, encoder, flat_q, flat_a), labels,
                 TrainConfig(max_steps=budget.critic_steps, lr=3e-3, warmup_steps=20, weight_decay=0.01, seed=seed,
                             log_every=100))
    n = budget.samples_per_question
    sampled = sample_answers(policy, encoder, test, n=n, seed=10_000 + seed)
    flat_t = [q for q in test for _ in range(n)]
    with torch.no_grad():
        scores = head(answer_features(policy, encoder, flat_t, [a for texts in sampled for a in texts])).view(-1, n)
    correct = torch.tensor([[check(q, a) for a in texts] for q, texts in zip(test, sampled, strict=True)])
    best_n, best_4 = best_of_n(scores, correct), best_of_n(scores[:, :4], correct[:, :4])
    return {"sample_accuracy": float(correct.float().mean()),
            "best_of_4": best_4["critic"], "best_of_n": best_n["critic"], "oracle_4": best_4["oracle"],
            "oracle_n": best_n["oracle"], "critic_train_positive": float(labels.mean())}
