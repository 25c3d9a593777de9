"""The three model roles of the experiment and how each is made: teacher, proxy student, attacker student.

All three share one tokenizer (core's byte tokenizer; the paper's proxy must share the teacher's) and are
core Llama-shaped decoders saved as Hugging Face directories.

- the **teacher** is trained on the addition task with traces drawn from `TraceStyle` (its free choices);
- the **proxy** (the defender's stand-in) and the **student** (the attacker's, of another shape) are
  pre-trained on generic arithmetic text (`task.generic_arithmetic`: numbers, words and one-line sums),
  never on the task, so both start knowing digit sums, as the paper's pretrained proxy and student know
  arithmetic, and distillation is what teaches them the task's traces.

    teacher = train_teacher("runs/ad/teacher", train_problems, ROLES["teacher"], TrainSpec(steps=1500))
    proxy = pretrain_base("runs/ad/proxy", ROLES["proxy"], TrainSpec(steps=150))

Both resume from their newest checkpoint (core.train).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from nanofrontier.antidistill.distill import DistillConfig, Example, distill
from nanofrontier.antidistill.task import Problem, TraceStyle, generic_arithmetic, write_trace
from nanofrontier.core.checkpoint import load_weights_into, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.data import TokenBatches, pack_tokens
from nanofrontier.core.lm import lm_loss
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer
from nanofrontier.core.train import TrainConfig, train

TOKENIZER = ByteTokenizer()


def role_config(layers: int, hidden: int, heads: int = 4) -> ModelConfig:
    tok = TOKENIZER
    return ModelConfig(vocab_size=tok.vocab_size, hidden_size=hidden, intermediate_size=3 * hidden,
                       num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=heads,
                       max_position_embeddings=128, tie_word_embeddings=True, rope_theta=10000.0,
                       bos_token_id=tok.bos_id, eos_token_id=tok.eos_id, pad_token_id=tok.pad_id)


# The shapes of the research plan: teacher 3 x 128 (~0.6M), proxy 2 x 64, attacker student 2 x 96.
ROLES: dict[str, ModelConfig] = {
    "teacher": role_config(3, 128),
    "proxy": role_config(2, 64),
    "student": role_config(2, 96),
}


@dataclass(frozen=True, kw_only=True)
class TrainSpec:
    steps: int
    batch_size: int = 64
    lr: float = 3e-3
    seed: int = 0


def teacher_examples(problems: Sequence[Problem], style: TraceStyle, *, seed: int) -> list[Example]:
    """One trace per problem, its free choices drawn from `style`."""
    rng, tok = random.Random(seed), TOKENIZER
    return [Example(prompt=tok.encode(p.prompt), completion=tok.encode(write_trace(p, rng, style)) + [tok.eos_id])
            for p in problems]


def train_teacher(out_dir: str | Path, problems: Sequence[Problem], config: ModelConfig, spec: TrainSpec, *,
                  style: TraceStyle | None = None, progress: bool | None = None) -> CausalLM:
    """The teacher: SFT from scratch on traces of `problems` written in `style`."""
    torch.manual_seed(spec.seed)
    model = CausalLM(config)
    cfg = DistillConfig(steps=spec.steps, batch_size=spec.batch_size, lr=spec.lr, seed=spec.seed,
                        warmup_steps=max(1, spec.steps // 20), save_every=max(1, spec.steps // 4))
    return distill(model, teacher_examples(problems, style or TraceStyle(), seed=spec.seed), cfg, out_dir=out_dir,
                   tokenizer=TOKENIZER, pad_id=TOKENIZER.pad_id, progress=progress)


def pretrain_base(out_dir: str | Path, config: ModelConfig, spec: TrainSpec, *, n_texts: int = 2000,
                  seq_len: int = 64, progress: bool | None = None) -> CausalLM:
    """A proxy or student base: next-token pre-training on generic arithmetic text (not the task)."""
    torch.manual_seed(spec.seed)
    model = CausalLM(config)
    tokens = pack_tokens((TOKENIZER.encode(t) for t in generic_arithmetic(n_texts, seed=spec.seed + 7)),
                         eos_id=TOKENIZER.eos_id)
    cfg = TrainConfig(max_steps=spec.steps, lr=spec.lr, warmup_steps=max(1, spec.steps // 10), seed=spec.seed,
                      log_every=max(1, spec.steps // 5), save_every=max(1, spec.steps // 2), keep_checkpoints=1)
    train(model, lm_loss, TokenBatches(tokens, spec.batch_size, seq_len, seed=spec.seed), cfg, out_dir=out_dir,
          progress=progress, save_fn=lambda m, folder: save_pretrained(m, folder, tokenizer=TOKENIZER),
          load_fn=load_weights_into)
    return model.eval()
