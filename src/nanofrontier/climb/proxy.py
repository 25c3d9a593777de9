"""Proxy runs: continue one shared warm-start checkpoint on a mixture of the shards with `core.train`,
then score the target items. A proxy is a `ProxyJob` (plain data, picklable) and `run_proxy(job)`
(a top-level function), so a process pool or a Ray task runs exactly what an inline call runs.

    warm = train_warm_start("work/warm_start", shards, proxy_model(), ProxyConfig(steps=600))
    job = ProxyJob(mixture={"c0": 0.5, "c4": 0.5}, seed=0, shards="work/shards", warm_start=str(warm),
                   items="val.jsonl", config=ProxyConfig())
    result = run_proxy(job)      # {"score", "metrics", "tokens", "train_loss", "wall_s", "cpu_s"}

The warm start is trained from scratch on the natural mixture (token shares), as CLIMB's proxies
continue from one phase-1 checkpoint (section 4.1 of the paper); every proxy then trains the same
number of tokens on its own mixture, with its own pinned seed. A proxy on one CPU thread is
deterministic: the same job gives the same score in any process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from nanofrontier.climb.sampler import MixtureBatches
from nanofrontier.climb.shards import ShardSet
from nanofrontier.climb.target import Item, evaluate_items, load_items, score_of
from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.checkpoint import load_pretrained, load_weights_into, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.jsonio import read_json
from nanofrontier.core.lm import lm_loss
from nanofrontier.core.model import CausalLM
from nanofrontier.core.train import TrainConfig, train

WARM_START_INFO = "warm_start.json"


def proxy_model(**overrides) -> ModelConfig:
    """The proxy: 1 layer, width 48, 4 heads (~40k parameters with a byte vocabulary)."""
    base = dict(vocab_size=259, hidden_size=48, intermediate_size=128, num_hidden_layers=1, num_attention_heads=4,
                max_position_embeddings=128, tie_word_embeddings=True)
    return ModelConfig(**{**base, **overrides})


def target_model(**overrides) -> ModelConfig:
    """The final target: 2 layers, width 96 (~250k parameters with a byte vocabulary)."""
    return proxy_model(**{"hidden_size": 96, "intermediate_size": 256, "num_hidden_layers": 2, **overrides})


@dataclass(frozen=True, kw_only=True)
class ProxyConfig:
    steps: int = 150
    batch_size: int = 8
    seq_len: int = 128
    lr: float = 2e-3
    warmup_steps: int = 10
    min_lr_ratio: float = 0.1
    weight_decay: float = 0.1
    metric: str = "nll"  # the score the search maximises: "nll" (negated), "acc_norm" or "acc"
    threads: int = 1  # torch threads inside one proxy
    device: str = "cpu"

    def train_config(self, seed: int) -> TrainConfig:
        return TrainConfig(max_steps=self.steps, lr=self.lr, warmup_steps=min(self.warmup_steps, self.steps),
                           min_lr_ratio=self.min_lr_ratio, weight_decay=self.weight_decay, log_every=self.steps,
                           seed=seed)

    @property
    def tokens(self) -> int:
        """Training tokens of one run."""
        return self.steps * self.batch_size * self.seq_len


@dataclass(frozen=True, kw_only=True)
class ProxyJob:
    mixture: dict[str, float]
    seed: int
    shards: str  # shards folder
    warm_start: str  # Hugging Face model folder every proxy starts from
    items: str  # JSONL of target items to score (the validation set during a search)
    config: ProxyConfig
    out_dir: str | None = None  # keep the trained model here (None: discard it)


def weights_digest(folder: str | Path) -> str:
    """sha256 of the folder's safetensors files: two warm starts are the same only if their weights are."""
    h = hashlib.sha256()
    files = sorted(Path(folder).glob("*.safetensors"))
    if not files:
        raise FileNotFoundError(f"{folder}: no *.safetensors weights")
    for path in files:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


_CACHE: dict[tuple, object] = {}  # per process: shards and items are read once, not once per proxy


def _cached(kind: str, path: str, load):
    p = Path(path)
    key = (kind, str(p.resolve()), p.stat().st_mtime_ns if p.exists() else 0)
    if key not in _CACHE:
        _CACHE[key] = load(p)
    return _CACHE[key]


def _open_shards(path: str) -> ShardSet:
    return _cached("shards", str(Path(path) / "index.json"), lambda p: ShardSet.open(p.parent))


def _open_items(path: str) -> list[Item]:
    return _cached("items", path, load_items)


def run_proxy(job: ProxyJob) -> dict:
    """Train the warm start on job.mixture for job.config.steps steps; score job.items."""
    start, cpu = time.perf_counter(), time.process_time()
    cfg = job.config
    threads = torch.get_num_threads()
    torch.set_num_threads(cfg.threads)
    try:
        shards = _open_shards(job.shards)
        items = _open_items(job.items)
        model = load_pretrained(job.warm_start, device=cfg.device)
        batches = MixtureBatches(shards, job.mixture, batch_size=cfg.batch_size, seq_len=cfg.seq_len, seed=job.seed)
        save = {}
        if job.out_dir is not None:
            save = dict(out_dir=job.out_dir, save_fn=lambda m, d: save_pretrained(m, d, tokenizer=shards.tokenizer),
                        load_fn=load_weights_into)
        state = train(model, lm_loss, batches, cfg.train_config(job.seed), progress=False, **save)
        metrics = evaluate_items(model, shards.tokenizer, items, max_len=model.config.max_position_embeddings)
    finally:
        torch.set_num_threads(threads)
    return {"score": score_of(metrics, cfg.metric), "metrics": metrics, "tokens": state.tokens,
            "train_loss": state.log_history[-1]["loss"], "wall_s": time.perf_counter() - start,
            "cpu_s": time.process_time() - cpu}


def train_warm_start(out_dir: str | Path, shards: ShardSet, model: ModelConfig, cfg: ProxyConfig, *,
                     seed: int = 0, progress: bool | None = None) -> Path:
    """A model trained from scratch on the natural mixture, saved in out_dir as a Hugging Face folder.
    An interrupted run resumes from its checkpoints; a finished one is reused while its recipe is unchanged."""
    out = Path(out_dir)
    tokenizer = shards.tokenizer
    config = dataclasses.replace(model, vocab_size=tokenizer.vocab_size, bos_token_id=tokenizer.bos_id,
                                 eos_token_id=tokenizer.eos_id, pad_token_id=tokenizer.pad_id,
                                 max_position_embeddings=max(model.max_position_embeddings, cfg.seq_len))
    recipe = {"shards": shards.digest, "model": config.to_dict(), "config": dataclasses.asdict(cfg), "seed": seed}
    info = out / WARM_START_INFO
    if info.is_file():
        if read_json(info).get("recipe") == recipe:
            return out
        raise ValueError(f"{info}: this warm start was trained with another recipe (shards, model or steps); "
                         "delete the folder or use a new work folder")
    torch.manual_seed(seed)
    net = CausalLM(config)
    batches = MixtureBatches(shards, shards.natural_shares(), batch_size=cfg.batch_size, seq_len=cfg.seq_len,
                             seed=seed)
    threads = torch.get_num_threads()
    torch.set_num_threads(cfg.threads)
    try:
        train(net, lm_loss, batches, dataclasses.replace(cfg.train_config(seed), log_every=max(1, cfg.steps // 10),
                                                         save_every=max(1, cfg.steps // 4)),
              out_dir=out, progress=progress, load_fn=load_weights_into,
              save_fn=lambda m, d: save_pretrained(m, d, tokenizer=tokenizer))
    finally:
        torch.set_num_threads(threads)
    write_json_atomic(info, {"recipe": recipe, "weights": weights_digest(out)})
    return out
