"""Piped ring (prima/ring.py, prima/stage.py): windows, stages, and M ranks that equal one process.

The multi-process tests start one `ring_worker.py` per rank over gloo on 127.0.0.1 and compare with
`load_pretrained` + `core.sample.generate` run here."""

import json
import os
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from nanofrontier.core.checkpoint import Checkpoint, load_pretrained, save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.safetensors_io import SafetensorsFile
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.prima.halda import HaldaPlan
from nanofrontier.prima.layout import LayoutError, RingLayout, ring_rounds
from nanofrontier.prima.profile_types import DeviceProfile
from nanofrontier.prima.ring import RingHead
from nanofrontier.prima.stage import RingStage
from nanofrontier.prima.wire import Control

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import ring_worker  # noqa: E402  (the head's script and its prompts, shared with the workers)


@pytest.fixture(autouse=True)
def _one_thread():
    """Workers run one thread each; so does the reference, so both round alike (and 2 cores are not oversubscribed)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _save_tiny(directory: Path, *, seed: int = 0, dtype: torch.dtype | None = None, **overrides) -> Path:
    torch.manual_seed(seed)
    model = CausalLM(ModelConfig.tiny(num_hidden_layers=6, **overrides))
    model.reset_parameters(std=0.15)  # wider than HF's 0.02 so greedy argmaxes are well separated
    return save_pretrained(model, directory, dtype=dtype)


@pytest.fixture(scope="module")
def ckpt(tmp_path_factory) -> Path:
    return _save_tiny(tmp_path_factory.mktemp("ring") / "tiny6")


# -- layout ----------------------------------------------------------------------------------------
def test_ring_rounds_run_ranks_from_one_and_close_each_round_with_the_head():
    assert ring_rounds((1, 2), 2) == [[(2, 3), (5, 6)], [(0, 2), (3, 5)]]
    assert ring_rounds((1, 1, 1), 2) == [[(2, 3), (5, 6)], [(0, 1), (3, 4)], [(1, 2), (4, 5)]]
    assert ring_rounds((0, 3), 2) == [[(3, 3), (6, 6)], [(0, 3), (3, 6)]]  # an empty head only forwards


def test_layout_windows_equal_halda_plan_windows():
    device = dict(os="linux", cpu_flops=1e11, mem_bytes=1e9, mem_bw=1e10, disk_bw=1e9, link_rtt_s=1e-3, link_bw=1e8)
    devices = tuple(DeviceProfile(name=f"d{m}", is_head=m == 0, **device) for m in range(3))
    for w, k in [((2, 1, 3), 2), ((0, 2, 2), 3), ((4, 4, 4), 1)]:
        plan = HaldaPlan(devices=devices, w=w, n=(0, 0, 0), k=k, predicted_ms=1.0)
        layout = RingLayout.from_plan(plan)
        assert layout.windows() == plan.windows()
        assert sorted(i for rank in layout.windows() for s, e in rank for i in range(s, e)) == list(range(sum(w) * k))


def test_layout_names_windows_that_do_not_tile_the_model_or_the_ring():
    with pytest.raises(LayoutError, match=r"covers sum\(w\)\*k = 4 layers, but the model has 6"):
        RingLayout(w=(1, 1), k=2).check(6, 2)
    with pytest.raises(LayoutError, match="names 3 ranks, but the ring has 2"):
        RingLayout(w=(1, 1, 1), k=2).check(6, 2)
    for bad in [dict(w=(1, -1), k=1), dict(w=(0, 0), k=1), dict(w=(), k=1), dict(w=(2,), k=0)]:
        with pytest.raises(LayoutError):
            RingLayout(**bad)


def test_layout_carries_each_ranks_planned_budget_and_names_bad_ones():
    layout = RingLayout(w=(2, 1), k=2, budgets=(300, 200))
    assert (layout.budget_of(0), layout.budget_of(1)) == (300, 200)
    assert RingLayout(w=(2, 1), k=2).budget_of(1) is None
    for bad in [(300,), (300, -1), (300, 2.5)]:
        with pytest.raises(LayoutError, match="budgets must be bytes >= 0, one per rank"):
            RingLayout(w=(2, 1), k=2, budgets=bad)


def test_stage_keeps_no_more_resident_than_the_plan_counted(ckpt):
    # "auto" budgets from the memory free now (gigabytes here), capped by the plan's budget: a rank that finds
    # more free than its profile saw streams what the plan predicted
    free = RingStage(ckpt, [(0, 2), (3, 4)], memory_budget="auto")
    capped = RingStage(ckpt, [(0, 2), (3, 4)], memory_budget="auto", budget_cap=1000)
    assert free.budget > 10**6 and free.streamed_bytes() == 0
    assert capped.budget == 1000 and capped.streamed_bytes() > 0
    fixed = RingStage(ckpt, [(0, 2), (3, 4)], memory_budget=5000, budget_cap=1000)  # a fixed budget is the user's
    assert fixed.budget == 5000


def test_control_round_trips_through_its_tensor():
    c = Control(op=1, batch=2, new=3, keep=0, max_len=40, mask_len=7)
    assert Control.decode(c.encode(torch.device("cpu"))) == c
    assert c.payload_size() == 2 * (3 + 7)


# -- checkpoint identity ------------------------------------------------------------------------------
def test_fingerprint_covers_config_and_tensor_layout_but_not_key_order(ckpt, tmp_path):
    same = _save_tiny(tmp_path / "same", seed=1)  # other weights, same architecture and layout
    assert Checkpoint(same).fingerprint == Checkpoint(ckpt).fingerprint
    config = json.loads((same / "config.json").read_text())
    (same / "config.json").write_text(json.dumps(dict(reversed(list(config.items())))))
    assert Checkpoint(same).fingerprint == Checkpoint(ckpt).fingerprint
    assert Checkpoint(_save_tiny(tmp_path / "bf16", dtype=torch.bfloat16)).fingerprint != Checkpoint(ckpt).fingerprint
    assert Checkpoint(_save_tiny(tmp_path / "wide", intermediate_size=96)).fingerprint != Checkpoint(ckpt).fingerprint


# -- one rank's stage ---------------------------------------------------------------------------------
def test_stage_maps_only_its_layers_as_views_of_the_file(ckpt):
    stage = RingStage(ckpt, [(1, 2), (4, 5)])
    for name, p in stage.model.named_parameters():
        mine = name.startswith(("model.layers.1.", "model.layers.4."))
        assert p.is_meta != mine, name
        if mine:  # zero-copy: the parameter is the mmap'd tensor itself
            assert p.data_ptr() == stage.weights.tensor(name).data_ptr(), name
    head = RingStage(ckpt, [(2, 3)], ends=True)
    assert not head.model.model.embed_tokens.weight.is_meta and not head.model.lm_head.weight.is_meta
    assert head.model.model.layers[1].mlp.up_proj.weight.is_meta


def test_stage_ties_the_lm_head_to_the_embedding_when_the_config_says_so(tmp_path):
    stage = RingStage(_save_tiny(tmp_path / "tied", tie_word_embeddings=True), [(0, 6)], ends=True)
    assert stage.model.lm_head.weight is stage.model.model.embed_tokens.weight


def test_stage_prefetch_reads_ahead_exactly_the_windows_tensors(ckpt, monkeypatch):
    advised: list[str] = []
    monkeypatch.setattr(SafetensorsFile, "readahead", lambda self, name, lo=0, hi=None: advised.append(name))
    stage = RingStage(ckpt, [(0, 2), (3, 4)])
    stage.prefetch(1)
    stage.streamer.read_ahead([]).result()  # reads run in order: everything before it has been read
    assert sorted(advised) == sorted(n for n in stage.weights.keys() if n.startswith("model.layers.3."))


def test_stage_with_a_budget_streams_a_share_of_each_window_and_releases_it(ckpt, monkeypatch):
    plain = RingStage(ckpt, [(0, 2), (2, 4)])
    layer = sum(e - s for n in plain.weights.keys() if n.startswith("model.layers.0.")
                for s, e in [plain.weights.file_of(n).byte_range(n)])
    # 4 layers in 3 layers' room, two rounds: each window streams a layer's worth, prefetched into 1 of room
    managed = RingStage(ckpt, [(0, 2), (2, 4)], memory_budget=3 * layer)
    assert [{i for i, _ in window} <= {0, 1} for window in managed.streamer.windows] == [True, False]
    assert all({i for i, _ in window} <= {2, 3} for window in managed.streamer.windows[1:])
    assert 2 * layer <= managed.streamed_bytes() < 3 * layer
    released: list[str] = []
    real_release = SafetensorsFile.release
    monkeypatch.setattr(SafetensorsFile, "release",
                        lambda self, name, lo=0, hi=None: (released.append(name), real_release(self, name, lo, hi)))
    h, pos = torch.randn(1, 3, 64), torch.arange(3)[None]
    for stage in (plain, managed):
        stage.prepare(batch=1, max_len=8, keep=0)
    expected = plain.run(1, plain.run(0, h, pos, None), pos, None)
    got = managed.run(1, managed.run(0, h, pos, None), pos, None)
    streamed = [name for window in managed.streamer.windows for _, spans in window for name, _, _ in spans]
    assert sorted(released) == sorted(streamed)
    torch.testing.assert_close(got, expected, rtol=0, atol=0)
    managed.prefetch(0)  # read back in after the release: the same weights
    for stage in (plain, managed):
        stage.prepare(batch=1, max_len=8, keep=0)
    torch.testing.assert_close(managed.run(0, h, pos, None), plain.run(0, h, pos, None), rtol=0, atol=0)


@pytest.mark.parametrize("budget", [-1, "lots", 1.5])
def test_stage_refuses_a_bad_memory_budget(ckpt, budget):
    with pytest.raises(ValueError, match="memory_budget"):
        RingStage(ckpt, [(0, 2)], memory_budget=budget)


def test_stage_cache_holds_only_its_layers_and_applies_the_heads_operations(ckpt):
    stage = RingStage(ckpt, [(1, 2), (4, 5)])
    with pytest.raises(RuntimeError, match="must reset"):
        stage.prepare(batch=1, max_len=8, keep=-1)
    stage.prepare(batch=1, max_len=8, keep=0)
    assert stage.cache.layers == [1, 4] and stage.cache.max_len == 8
    h, pos = torch.randn(1, 3, 64), torch.arange(3)[None]
    stage.run(0, h, pos, None)
    stage.run(1, h, pos, None)
    stage.prepare(batch=1, max_len=8, keep=2)
    assert stage.cache.length(1) == stage.cache.length(4) == 2
    cache = stage.cache
    stage.prepare(batch=1, max_len=8, keep=0)
    assert stage.cache is cache and stage.cache.length(4) == 0  # same shape: reset in place
    stage.prepare(batch=2, max_len=8, keep=0)
    assert stage.cache.batch_size == 2


# -- the head alone (no process group): the ring's loop against core.sample ---------------------------
def test_head_alone_over_three_rounds_matches_core_generate(ckpt):
    ref = load_pretrained(ckpt)
    prompt = ring_worker.PROMPT
    with RingHead(ckpt, w=(2,), k=3) as head:
        assert head.generate(prompt, 6) == generate(ref, [prompt], SampleConfig(max_new_tokens=6, temperature=0))[0]
        cfg = replace(ring_worker.SAMPLE, max_new_tokens=6)
        sampled = head.generate(prompt, 6, sample=cfg, generator=torch.Generator().manual_seed(3))
        assert sampled == generate(ref, [prompt], cfg, generator=torch.Generator().manual_seed(3))[0]
        stop = sampled[2]
        stopped = head.generate(prompt, 6, sample=replace(cfg, stop_ids=(stop,)),
                                generator=torch.Generator().manual_seed(3))
        assert stopped == sampled[:sampled.index(stop) + 1]


def test_head_refuses_a_bad_step_before_it_reaches_the_ring(ckpt):
    with RingHead(ckpt, w=(6,)) as head:
        with pytest.raises(Exception, match="reset"):
            head.forward(torch.tensor([[1, 2]]))
        head.reset(1, 4)
        with pytest.raises(ValueError, match="exceed max_len=4"):
            head.forward(torch.tensor([[1, 2, 3, 4, 5]]))
        with pytest.raises(ValueError, match="cannot truncate"):
            head.truncate(1)
    with pytest.raises(LayoutError, match="model has 6"):
        RingHead(ckpt, w=(4,), k=1)


# -- M processes --------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_ring(out: Path, ckpts: list[Path], w: tuple[int, ...], k: int, timeout: float = 90) -> list[dict]:
    """One process per rank (rank r reads ckpts[r]); returns what each saved."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(_free_port()),
           "WORLD_SIZE": str(len(ckpts)), "OMP_NUM_THREADS": "1", "PYTHONPATH": str(HERE.parents[1] / "src")}
    procs = [subprocess.Popen([sys.executable, str(HERE / "ring_worker.py"), str(out), str(c), ",".join(map(str, w)),
                               str(k)], env={**env, "RANK": str(r)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True) for r, c in enumerate(ckpts)]
    logs = []
    try:
        for p in procs:
            logs.append(p.communicate(timeout=timeout)[0])
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    failed = [f"rank {r} exited with {p.returncode}:\n{text[-2000:]}"
              for r, (p, text) in enumerate(zip(procs, logs, strict=True)) if p.returncode != 0]
    assert not failed, "\n".join(failed)
    return [torch.load(out / f"rank{r}.pt", weights_only=False) for r in range(len(ckpts))]


def reference(ckpt: Path) -> dict:
    model, prompt = load_pretrained(ckpt), ring_worker.PROMPT
    greedy = SampleConfig(max_new_tokens=ring_worker.NEW, temperature=0)
    seen: list[torch.Tensor] = []
    record = [lambda ids, logits: seen.append(logits) or logits]
    out = {"greedy": generate(model, [prompt], greedy, processors=record)[0]}
    out["greedy_logits"] = torch.stack(seen)
    with torch.inference_mode():
        out["prefill"] = model(torch.tensor([prompt]))
        out["next"] = model(torch.tensor([prompt + [int(out["prefill"][0, -1].argmax())]]))[:, -1:]
    sample = replace(ring_worker.SAMPLE, max_new_tokens=ring_worker.NEW)
    out["sampled"] = generate(model, [prompt], sample, generator=torch.Generator().manual_seed(1))[0]
    out["batch"] = generate(model, [prompt, ring_worker.SHORT], greedy)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("w, k", [((1, 2), 2), ((1, 1, 1), 2), ((3, 3), 1)])
def test_ring_tokens_and_logits_equal_one_process(ckpt, tmp_path, w, k):
    head, *workers = run_ring(tmp_path, [ckpt] * len(w), w, k)
    ref = reference(ckpt)
    close = dict(rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(head["prefill"], ref["prefill"], **close)
    torch.testing.assert_close(head["next"], ref["next"], **close)
    torch.testing.assert_close(head["redo"], head["next"], rtol=0, atol=0)
    assert head["greedy"] == head["streamed"] == ref["greedy"]
    torch.testing.assert_close(head["greedy_logits"], ref["greedy_logits"], **close)
    assert head["sampled"] == ref["sampled"]
    assert head["batch"] == ref["batch"]
    rounds = ring_rounds(w, k)
    for rank, got in enumerate(workers, 1):
        assert got["windows"] == rounds[rank]
        assert got["cache_layers"] == [i for s, e in rounds[rank] for i in range(s, e)]
        # after sending window j's output a rank advises window j+1 (the next token's first after the last)
        assert got["prefetched"] == [(j + 1) % k for _ in range(got["steps"]) for j in range(k)]


@pytest.mark.slow
def test_ring_refuses_a_rank_with_a_different_checkpoint_and_names_it(ckpt, tmp_path):
    other = _save_tiny(tmp_path / "bf16", dtype=torch.bfloat16)
    head, good, bad = run_ring(tmp_path / "run", [ckpt, ckpt, other], (1, 1, 1), 2)
    assert "rank 2 holds a different checkpoint" in head["error"] and "rank 1" not in head["error"]
    assert good["error"] == "rank 1: the head refused to start the ring (its error says why)"
    assert bad["error"].startswith("rank 2: checkpoint") and "differs from the head's" in bad["error"]


@pytest.mark.slow
def test_auto_plan_profiles_along_the_ring_and_still_equals_one_process(ckpt, tmp_path):
    head, *_ = run_ring(tmp_path, [ckpt] * 3, ("auto",), 1)
    ref = reference(ckpt)
    assert head["greedy"] == ref["greedy"]
    plan = head["plan"]
    assert sum(plan["w"]) * plan["k"] == 6 and len(plan["w"]) == 3 and plan["predicted_ms"] > 0
    assert all(0 < rtt < 1 and bw > 0 for rtt, bw in plan["links"])  # measured over gloo, not the defaults


def test_a_stage_on_cuda_without_a_gpu_is_refused_by_name(ckpt, monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ValueError, match="stage device cuda:0: torch sees no CUDA device"):
        RingStage(ckpt, [(0, 1)], device="cuda:0")
