import importlib.util
import json
import logging
import math
import os
import re
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import safetensors.torch
import torch
import torch.nn.functional as F
from torch import nn
from torch.optim.optimizer import register_optimizer_step_post_hook

from nanofrontier.core.data import TokenBatches
from nanofrontier.core.train import TrainConfig, decay_param_groups, lr_at, train

TESTS = Path(__file__).parent
VOCAB, B, T = 24, 4, 8
TOKENS = torch.randint(0, VOCAB, (400,), generator=torch.Generator().manual_seed(0))


class TinyLM(nn.Module):
    def __init__(self, dropout: float = 0.0):
        super().__init__()
        torch.manual_seed(0)
        self.emb = nn.Embedding(VOCAB, 16)
        self.drop = nn.Dropout(dropout)
        self.norm = nn.LayerNorm(16)
        self.head = nn.Linear(16, VOCAB)

    def forward(self, ids):  # [B, T] -> [B, T, VOCAB]
        return self.head(self.norm(self.drop(self.emb(ids))))


def lm_loss(model, batch):
    logits = model(batch["input_ids"])
    loss = F.cross_entropy(logits.flatten(0, 1), batch["labels"].flatten())
    return loss, {"acc": (logits.argmax(-1) == batch["labels"]).float().mean().item()}


def cfg(**kw) -> TrainConfig:
    return TrainConfig(**{"max_steps": 12, "lr": 1e-2, "warmup_steps": 2, "log_every": 1, **kw})


def read_metrics(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]


def weights(model: nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


class Interrupted(Exception):
    pass


def interrupt_at(call: int):
    """lm_loss that raises on its `call`-th call (1-based), like Ctrl-C in the middle of a step."""
    calls = 0

    def loss_fn(model, batch):
        nonlocal calls
        calls += 1
        if calls == call:
            raise Interrupted
        return lm_loss(model, batch)

    return loss_fn


def test_lr_schedule_warms_up_linearly_then_cosine_decays_to_min():
    c = TrainConfig(max_steps=100, warmup_steps=10, lr=1.0, min_lr_ratio=0.1)
    assert [lr_at(s, c) for s in (0, 5, 10)] == pytest.approx([0.0, 0.5, 1.0])
    assert lr_at(55, c) == pytest.approx(0.55)  # cosine midpoint: (peak + min) / 2
    assert lr_at(100, c) == pytest.approx(0.1) and lr_at(150, c) == pytest.approx(0.1)
    decay = [lr_at(s, c) for s in range(10, 101)]
    assert all(a > b for a, b in zip(decay, decay[1:], strict=False))
    assert lr_at(0, replace(c, warmup_steps=0)) == 1.0


@pytest.mark.parametrize("field, value, rule", [
    ("lr", -1, "> 0"), ("grad_accum", 0, ">= 1"), ("min_lr_ratio", 2.0, "in [0, 1]"),
    ("betas", (0.9, 1.0), "two values in [0, 1)"), ("keep_checkpoints", 0, ">= 1"), ("log_every", 0, ">= 1"),
])
def test_config_validation_error_names_the_field(field, value, rule):
    with pytest.raises(ValueError, match=re.escape(f"TrainConfig.{field} must be {rule}, got {value!r}")):
        TrainConfig(**{field: value})


def test_default_param_groups_decay_matrices_only():
    decay, no_decay = decay_param_groups(TinyLM())
    assert [p.ndim for p in decay["params"]] == [2, 2] and "weight_decay" not in decay
    assert all(p.ndim == 1 for p in no_decay["params"]) and no_decay["weight_decay"] == 0.0


def test_overfitting_one_batch_lowers_loss_and_changes_every_trainable_parameter():
    model = TinyLM()
    frozen = nn.Parameter(torch.ones(3), requires_grad=False)
    model.register_parameter("frozen", frozen)
    before = weights(model)
    batch = TokenBatches(TOKENS, batch_size=B, seq_len=T)(0)
    state = train(model, lm_loss, lambda i: batch, cfg(max_steps=40, lr=3e-2), progress=False)
    losses = [r["loss"] for r in state.log_history]
    assert losses[-1] < 0.3 * losses[0]
    for name, p in model.named_parameters():
        assert torch.equal(p, before[name]) != p.requires_grad, name
    assert state.step == 40 and state.tokens == 40 * B * T


def test_grad_accumulation_of_two_halves_equals_one_full_batch():
    data = TokenBatches(TOKENS, batch_size=4, seq_len=T)

    def half(i):  # micro-batch i is half (i % 2) of full batch i // 2
        full = data(i // 2)
        return {k: v[2 * (i % 2): 2 * (i % 2) + 2] for k, v in full.items()}

    one, two = TinyLM(), TinyLM()
    s1 = train(one, lm_loss, data, cfg(max_steps=6), progress=False)
    s2 = train(two, lm_loss, half, cfg(max_steps=6, grad_accum=2), progress=False)
    for key in ("loss", "grad_norm", "acc"):
        assert [r[key] for r in s2.log_history] == pytest.approx([r[key] for r in s1.log_history], abs=1e-6)
    for name, p in one.state_dict().items():
        torch.testing.assert_close(two.state_dict()[name], p, atol=1e-6, rtol=0)
    assert s1.tokens == s2.tokens == 6 * 4 * T


def test_interrupted_run_resumes_exactly_without_duplicate_log_steps(tmp_path):
    data = TokenBatches(TOKENS, batch_size=B, seq_len=T)
    config = cfg(save_every=4, grad_accum=2)
    full = TinyLM(dropout=0.2)  # dropout: resume must restore the RNG too
    train(full, lm_loss, data, config, out_dir=tmp_path / "full", progress=False)

    out = tmp_path / "cut"
    with pytest.raises(Interrupted):  # second micro-batch of step 10: checkpoint-000008 is the newest
        train(TinyLM(dropout=0.2), interrupt_at(2 * 10), data, config, out_dir=out, progress=False)
    assert [r["step"] for r in read_metrics(out)] == list(range(1, 10))
    resumed = TinyLM(dropout=0.2)
    state = train(resumed, lm_loss, data, config, out_dir=out, progress=False)

    assert json.loads((out / "run.json").read_text())["resumed_from_step"] == 8
    want, got = read_metrics(tmp_path / "full"), read_metrics(out)
    assert [r["step"] for r in got] == list(range(1, 13))
    assert [r["loss"] for r in got] == [r["loss"] for r in want]  # bit-exact
    assert [r["step"] for r in state.log_history] == list(range(1, 13))
    for name, p in full.state_dict().items():
        assert torch.equal(resumed.state_dict()[name], p), name


def test_leftover_tmp_checkpoint_is_ignored_and_a_run_leaves_no_tmp(tmp_path):
    data = TokenBatches(TOKENS, batch_size=B, seq_len=T)
    with pytest.raises(Interrupted):
        train(TinyLM(), interrupt_at(7), data, cfg(max_steps=8, save_every=4), out_dir=tmp_path, progress=False)
    for name in ("checkpoint-000008.tmp-999", ".checkpoint-000008.tmp-999"):  # a crashed save's debris
        (tmp_path / name).mkdir()
        (tmp_path / name / "trainer_state.json").write_text("{not json")
    state = train(TinyLM(), lm_loss, data, cfg(max_steps=8, save_every=4), out_dir=tmp_path, progress=False)
    assert json.loads((tmp_path / "run.json").read_text())["resumed_from_step"] == 4
    assert state.step == 8
    leftovers = {p.name for p in tmp_path.iterdir() if ".tmp" in p.name}
    assert leftovers == {"checkpoint-000008.tmp-999", ".checkpoint-000008.tmp-999"}
    assert sorted(p.name for p in tmp_path.glob("checkpoint-*") if ".tmp" not in p.name) == [
        "checkpoint-000004", "checkpoint-000008"]


def test_failed_checkpoint_save_leaves_no_checkpoint_folder(tmp_path):
    def save_then_fail(model, folder):
        (folder / "model.safetensors").write_bytes(b"partial")
        raise OSError("disk full")

    data = TokenBatches(TOKENS, batch_size=B, seq_len=T)
    with pytest.raises(OSError, match="disk full"):
        train(TinyLM(), lm_loss, data, cfg(max_steps=2), out_dir=tmp_path, save_fn=save_then_fail, progress=False)
    assert not [p.name for p in tmp_path.iterdir() if "checkpoint" in p.name]


def test_keep_checkpoints_prunes_to_the_newest(tmp_path):
    data = TokenBatches(TOKENS, batch_size=B, seq_len=T)
    train(TinyLM(), lm_loss, data, cfg(max_steps=5, save_every=1, keep_checkpoints=2), out_dir=tmp_path,
          progress=False)
    assert sorted(p.name for p in tmp_path.glob("checkpoint-*")) == ["checkpoint-000004", "checkpoint-000005"]
    ckpt = tmp_path / "checkpoint-000005"
    assert {p.name for p in ckpt.iterdir()} == {"model.safetensors", "optimizer.pt", "rng.pt",
                                                "trainer_state.json"}
    assert json.loads((ckpt / "trainer_state.json").read_text())["step"] == 5
    with safetensors.safe_open(tmp_path / "model.safetensors", "pt") as f:  # out_dir is a model folder
        assert f.metadata() == {"format": "pt"}
    reloaded = TinyLM()
    safetensors.torch.load_model(reloaded, tmp_path / "model.safetensors")
    assert not torch.equal(reloaded.head.weight, TinyLM().head.weight)


def test_metrics_jsonl_and_run_json_record_the_run(tmp_path, caplog):
    data = TokenBatches(TOKENS, batch_size=B, seq_len=T)
    val = TokenBatches(TOKENS, batch_size=B, seq_len=T, seed=1)(0)
    seen_modes = []

    def eval_fn(model):
        seen_modes.append((model.training, torch.is_grad_enabled()))
        return {"loss": lm_loss(model, val)[0].item()}

    def loss_fn(model, batch):
        assert model.training
        return lm_loss(model, batch)

    config = cfg(max_steps=7, log_every=3, eval_every=2, seed=5)
    with caplog.at_level(logging.INFO, logger="nanofrontier.core.train"):
        state = train(TinyLM(), loss_fn, data, config, out_dir=tmp_path, eval_fn=eval_fn,
                      run_info={"argv": ["nanofrontier", "x"], "note": "hi"}, progress=False)
    records = read_metrics(tmp_path)
    assert [r["step"] for r in records] == [2, 3, 4, 6, 7]  # log steps, eval steps and the last step
    for r in records:
        assert {"step", "loss", "lr", "grad_norm", "tok_s", "tokens", "elapsed", "acc"} <= r.keys()
        assert r["lr"] == pytest.approx(lr_at(r["step"], config)) and r["tokens"] == r["step"] * B * T
        assert math.isfinite(r["loss"]) and r["grad_norm"] > 0 and r["tok_s"] > 0
    assert [("eval_loss" in r) for r in records] == [True, False, True, True, True]
    assert seen_modes == [(False, False)] * 4
    assert state.best_eval == min(r["eval_loss"] for r in records if "eval_loss" in r)
    assert records == state.log_history

    info = json.loads((tmp_path / "run.json").read_text())
    assert info["argv"] == ["nanofrontier", "x"] and info["note"] == "hi" and info["seed"] == 5
    assert info["config"]["max_steps"] == 7 and info["config"]["betas"] == [0.9, 0.95]
    assert info["torch"] == torch.__version__ and info["world_size"] == 1
    assert {"python", "git_sha", "hostname"} <= info.keys()
    assert any(m.startswith("step 3 | loss ") and " | lr " in m and m.endswith(" tok/s")
               for m in caplog.messages)


def test_resume_false_starts_over_and_drops_old_checkpoints(tmp_path):
    data = TokenBatches(TOKENS, batch_size=B, seq_len=T)
    train(TinyLM(), lm_loss, data, cfg(max_steps=6, save_every=3), out_dir=tmp_path, progress=False)
    state = train(TinyLM(), lm_loss, data, cfg(max_steps=2), out_dir=tmp_path, resume=False, progress=False)
    assert state.step == 2 and [r["step"] for r in read_metrics(tmp_path)] == [1, 2]
    assert sorted(p.name for p in tmp_path.glob("checkpoint-*")) == ["checkpoint-000002"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_torchrun_two_processes_match_one_process_with_double_accumulation(tmp_path):
    spec = importlib.util.spec_from_file_location("ddp_worker", TESTS / "ddp_worker.py")
    worker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(worker)
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent / "src"), "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_addr", "127.0.0.1",
           "--master_port", str(_free_port()), str(TESTS / "ddp_worker.py"), str(tmp_path / "ddp")]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]

    single = worker.make_model()
    state = train(single, worker.loss_fn, worker.batches, worker.config(grad_accum=4), progress=False)
    ddp = read_metrics(tmp_path / "ddp")
    for key in ("loss", "mae", "grad_norm", "tokens"):
        assert [r[key] for r in ddp] == pytest.approx([r[key] for r in state.log_history], abs=1e-5), key
    ddp_model = worker.make_model()
    safetensors.torch.load_model(ddp_model, tmp_path / "ddp" / "model.safetensors")
    for name, p in single.state_dict().items():
        torch.testing.assert_close(ddp_model.state_dict()[name], p, atol=1e-5, rtol=0)
    assert json.loads((tmp_path / "ddp" / "run.json").read_text())["world_size"] == 2


def test_a_schedule_replaces_the_learning_rate_and_weight_decay_and_is_logged(tmp_path):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4))
    seen = []

    def record(opt, args, kwargs):
        seen.append([(g["lr"], g["weight_decay"]) for g in opt.param_groups])

    handle = register_optimizer_step_post_hook(record)
    try:
        train(model, lambda m, b: (m(b).square().mean(), {}), lambda i: torch.randn(2, 4),
              TrainConfig(max_steps=4, lr=1.0, warmup_steps=0, weight_decay=0.5, log_every=1),
              out_dir=tmp_path, progress=False, schedule=lambda s: (0.01 * s, 0.2 if s < 3 else 0.0))
    finally:
        handle.remove()
    assert [step[0][0] for step in seen] == pytest.approx([0.01, 0.02, 0.03, 0.04])  # lr per step
    assert [step[0][1] for step in seen] == pytest.approx([0.2, 0.2, 0.0, 0.0])  # weight decay per step
    assert all(step[1][1] == 0.0 for step in seen)  # the group built without decay keeps none
    logged = [json.loads(line)["lr"] for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert logged == pytest.approx([0.01, 0.02, 0.03, 0.04])
