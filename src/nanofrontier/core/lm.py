"""Language-model training and evaluation: the glue between text, tokenizer, model and train loop.

    result = train_lm(lm_preset("small"), out_dir="runs/lm")          # synthetic corpus by default
    print(result.val_loss, result.unigram_loss)
    loss = evaluate_loss(model, eval_batches(tokens, batch_size=8, seq_len=128))

A run directory is a Hugging Face model folder (config.json, model.safetensors, tokenizer files)
plus metrics.jsonl, run.json and checkpoint-*/ for resuming.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nanofrontier.core import synthetic
from nanofrontier.core.checkpoint import load_weights_into, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.data import TokenBatches, eval_batches, pack_tokens, split_tokens
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer, Tokenizer, load_tokenizer, train_bpe
from nanofrontier.core.train import TrainConfig, TrainState, train

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class LMPreset:
    """Everything `train_lm` needs besides the data: model shape, loop, batch geometry, tokenizer."""

    model: ModelConfig  # vocab_size is replaced by the tokenizer's
    train: TrainConfig
    batch_size: int
    seq_len: int
    tokenizer: str = "bpe"  # "bpe" (trained on the data), "byte", or a directory with tokenizer.json
    vocab_size: int = 1024  # for "bpe"
    synthetic_docs: int = 4000  # corpus size when no data file is given
    val_fraction: float = 0.05


def lm_preset(name: str) -> LMPreset:
    """`tiny`: seconds, for tests. `small`: ~1.8M parameters, a few minutes on 2 cores."""
    if name == "tiny":
        return LMPreset(
            model=ModelConfig.tiny(tie_word_embeddings=True),
            train=TrainConfig(max_steps=20, lr=3e-3, warmup_steps=4, log_every=5, eval_every=10, eval_batches=2),
            batch_size=8, seq_len=64, tokenizer="byte", synthetic_docs=300)
    if name == "small":
        model = ModelConfig(vocab_size=1024, hidden_size=192, intermediate_size=512, num_hidden_layers=4,
                            num_attention_heads=6, num_key_value_heads=2, max_position_embeddings=512,
                            tie_word_embeddings=True, rope_theta=10000.0)
        return LMPreset(
            model=model,
            train=TrainConfig(max_steps=300, lr=3e-3, warmup_steps=30, log_every=10, eval_every=50,
                              eval_batches=8, save_every=100, weight_decay=0.1),
            batch_size=16, seq_len=128)
    raise ValueError(f"unknown LM preset {name!r} (known: tiny, small)")


def lm_loss(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
    """Mean next-token cross-entropy (nats); labels of -100 are ignored."""
    logits = model(batch["input_ids"])  # [B, T, V]
    loss = F.cross_entropy(logits.flatten(0, 1).float(), batch["labels"].flatten(), ignore_index=-100)
    return loss, {}


@torch.no_grad()
def evaluate_loss(model: nn.Module, batches: Sequence[dict[str, Tensor]]) -> float:
    """Token-weighted mean cross-entropy over the batches."""
    total, count = 0.0, 0
    device = next(model.parameters()).device
    for batch in batches:
        logits = model(batch["input_ids"].to(device))
        labels = batch["labels"].to(device)
        total += F.cross_entropy(logits.flatten(0, 1).float(), labels.flatten(), ignore_index=-100,
                                 reduction="sum").item()
        count += int((labels != -100).sum())
    if count == 0:
        raise ValueError("evaluate_loss: no tokens to evaluate")
    return total / count


def unigram_loss(train_tokens: Tensor, val_tokens: Tensor, vocab_size: int) -> float:
    """Cross-entropy of the validation tokens under the training unigram (add-one smoothed)."""
    counts = torch.bincount(train_tokens.long(), minlength=vocab_size).double() + 1.0
    logp = (counts / counts.sum()).log()
    return float(-logp[val_tokens.long()].mean())


def make_tokenizer(spec: str, texts: Sequence[str], vocab_size: int) -> Tokenizer:
    if spec == "byte":
        return ByteTokenizer()
    if spec == "bpe":
        return train_bpe(texts, vocab_size)
    return load_tokenizer(spec)


def synthetic_texts(n_docs: int, seed: int) -> list[str]:
    return [doc.text for doc in synthetic.corpus(n_docs, seed=seed)]


@dataclass(frozen=True)
class LMRun:
    model: CausalLM
    tokenizer: Tokenizer
    state: TrainState
    val_loss: float
    unigram_loss: float
    train_tokens: int


def train_lm(preset: LMPreset, *, out_dir: str | Path | None = None, texts: Sequence[str] | None = None,
             resume: bool = True, progress: bool | None = None, run_info: dict | None = None,
             device: str | torch.device = "cpu") -> LMRun:
    """Train a decoder on `texts` (default: the synthetic corpus) and measure held-out loss.

    Under torchrun every process trains data-parallel (core.train); on GPUs pass each its own device
    (`core.sysinfo.local_device("cuda")`: cuda:LOCAL_RANK)."""
    texts = list(texts) if texts is not None else synthetic_texts(preset.synthetic_docs, preset.train.seed)
    tokenizer = make_tokenizer(preset.tokenizer, texts, preset.vocab_size)
    tokens = pack_tokens((tokenizer.encode(t) for t in texts), eos_id=tokenizer.eos_id)
    train_tokens, val_tokens = split_tokens(tokens, val_fraction=preset.val_fraction)
    log.info("%d documents -> %d tokens (%d held out), vocabulary %d", len(texts), len(tokens),
             len(val_tokens), tokenizer.vocab_size)
    config = dataclasses.replace(preset.model, vocab_size=tokenizer.vocab_size,
                                 bos_token_id=tokenizer.bos_id, eos_token_id=tokenizer.eos_id,
                                 pad_token_id=tokenizer.pad_id)
    torch.manual_seed(preset.train.seed)
    model = CausalLM(config).to(device)
    log.info("model: %.2fM parameters", config.num_parameters() / 1e6)
    val = eval_batches(val_tokens, batch_size=preset.batch_size, seq_len=preset.seq_len,
                       max_batches=preset.train.eval_batches)
    state = train(
        model, lm_loss, TokenBatches(train_tokens, preset.batch_size, preset.seq_len, seed=preset.train.seed),
        preset.train, out_dir=out_dir, resume=resume, progress=progress, run_info=run_info,
        eval_fn=lambda m: {"loss": evaluate_loss(m, val)},
        save_fn=lambda m, folder: save_pretrained(m, folder, tokenizer=tokenizer),
        load_fn=load_weights_into)
    model.eval()
    val_loss = evaluate_loss(model, val)
    return LMRun(model=model, tokenizer=tokenizer, state=state, val_loss=val_loss,
                 unigram_loss=unigram_loss(train_tokens, val_tokens, tokenizer.vocab_size),
                 train_tokens=len(train_tokens))


def perplexity(loss: float) -> float:
    return math.exp(min(loss, 700.0))
