"""Ring faults (prima/ring.py) and rank launch (prima/launch.py).

The fault tests start one process per rank by running this file as a script; a worker given FAULT
exits (or sleeps) inside its N-th window, and the head must name it within its hop timeout:
    python tests/prima/test_faults.py OUT CKPT W K     # with RANK, WORLD_SIZE, MASTER_*, FAULT_* set
"""

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from nanofrontier.prima.faults import RingError  # noqa: E402
from nanofrontier.prima.launch import LaunchConfig, add_arguments, config_from_args  # noqa: E402
from nanofrontier.prima.layout import even_windows  # noqa: E402

TIMEOUT_S, HEARTBEAT_S = 2.0, 0.2
STALL_S = 60  # a stalled worker sleeps this long: detection must come first
PROMPT = [5, 17, 42, 9, 100]


# -- one rank (run as a script) ----------------------------------------------------------------------
def _rank_main(out: str, ckpt: str, w: str, k: str) -> None:
    import torch.distributed as dist

    from nanofrontier.prima.ring import RankFailure, RingError, RingHead, RingWorker

    torch.set_num_threads(1)
    rank = int(os.environ["RANK"])
    dist.init_process_group("gloo")
    opts = dict(timeout_s=TIMEOUT_S, heartbeat_s=HEARTBEAT_S)
    result: dict = {}
    if rank == 0:
        head = RingHead(ckpt, w=[int(x) for x in w.split(",")], k=int(k), **opts)
        stamps: list[float] = []
        try:
            head.generate(PROMPT, 40, on_token=lambda t: stamps.append(time.monotonic()))
        except RankFailure as e:
            result = dict(rank=e.rank, reason=e.reason, survivors=head.survivors, tokens=len(stamps),
                          detect_s=time.monotonic() - stamps[-1] if stamps else None)
        head.close()
    else:
        worker = RingWorker(ckpt, **opts)
        if os.environ.get("FAULT_RANK") == str(rank):
            _inject(worker, os.environ["FAULT"], int(os.environ["FAULT_AFTER"]))
        try:
            result = {"steps": worker.serve()}
        except RingError as e:
            result = {"error": str(e)}
    torch.save(result, os.path.join(out, f"rank{rank}.pt"))
    if rank == 0:
        dist.destroy_process_group()


def _inject(worker, fault: str, after: int) -> None:
    run, calls = worker.stage.run, [0]

    def faulty(*args):
        calls[0] += 1
        if calls[0] > after:
            if fault == "exit":
                os._exit(3)
            time.sleep(STALL_S)  # stall: alive (its heartbeat thread beats on), but stuck
        return run(*args)

    worker.stage.run = faulty


# -- the harness ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ckpt(tmp_path_factory) -> Path:
    from test_ring import _save_tiny  # the ring tests' tiny 6-layer checkpoint

    return _save_tiny(tmp_path_factory.mktemp("faults") / "tiny6")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(world: int, **extra: str) -> dict[str, str]:
    return {**os.environ, "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(_free_port()), "WORLD_SIZE": str(world),
            "OMP_NUM_THREADS": "1", "PYTHONPATH": str(HERE.parents[1] / "src"), **extra}


def _run_faulty(out: Path, ckpt: Path, w: tuple[int, ...], k: int, **fault: str) -> tuple[dict, float]:
    """Start the ranks; returns the head's result and its wall time. The head must exit by itself."""
    out.mkdir(parents=True, exist_ok=True)
    env = _env(len(w), **fault)
    args = [sys.executable, __file__, str(out), str(ckpt), ",".join(map(str, w)), str(k)]
    start = time.monotonic()
    procs = [subprocess.Popen(args, env={**env, "RANK": str(r)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True) for r in range(len(w))]
    try:
        log = procs[0].communicate(timeout=45)[0]
        wall = time.monotonic() - start
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
            p.communicate()
    assert procs[0].returncode == 0, log[-3000:]
    return torch.load(out / "rank0.pt", weights_only=False), wall


@pytest.mark.slow
@pytest.mark.parametrize("w, k, fault_rank, fault, after, why", [
    ((2, 2, 2), 1, 1, "exit", 4, "the process died"),
    ((1, 1, 1), 2, 2, "sleep", 4, "alive but stuck"),
    ((1, 1, 1), 2, 1, "sleep", 4, "alive but stuck"),  # rank 2 gives up on rank 1 first; the head still names rank 1
])
def test_head_names_the_rank_that_died_or_stalled_within_the_timeout(ckpt, tmp_path, w, k, fault_rank, fault,
                                                                      after, why):
    got, wall = _run_faulty(tmp_path, ckpt, w, k, FAULT_RANK=str(fault_rank), FAULT=fault, FAULT_AFTER=str(after))
    assert got["rank"] == fault_rank, got
    assert why in got["reason"], got["reason"]
    assert got["survivors"] == [r for r in range(len(w)) if r != fault_rank]
    assert got["tokens"] >= 1  # it failed mid-generation, not at start-up
    assert got["detect_s"] < STALL_S, got  # named while the stalled rank still stalls: no waiting it out


def test_replan_drops_the_failed_ranks_and_refuses_without_the_head():
    from nanofrontier.prima import halda
    from nanofrontier.prima.faults import RingError, replan
    from nanofrontier.prima.profile_types import DeviceProfile, ModelProfile

    model = ModelProfile(n_layers=8, layer_bytes=1e9, embed_bytes=0.0, output_bytes=0.0, layer_flops=1e9,
                         output_flops=1e6, kv_bytes_per_token=0, n_ctx=1, hidden_size=1000, vocab_size=50)
    base = dict(os="linux", cpu_flops=1e10, mem_bytes=16e9, mem_bw=2e10, disk_bw=1e9, link_rtt_s=1e-3, link_bw=1e8)
    devices = [DeviceProfile(name=f"d{m}", is_head=m == 0, **base) for m in range(3)]
    before = halda.HaldaPlan(devices=tuple(devices), w=(2, 1, 1), n=(0, 0, 0), k=2, predicted_ms=1.0)  # the ring's
    after = replan(before, [1], model)
    assert "d1" not in [d.name for d in after.devices] + list(after.dropped)  # not even considered
    assert after == halda.plan([devices[0], devices[2]], model)
    with pytest.raises(RingError, match="head"):
        replan(before, [0], model)


# -- launch ----------------------------------------------------------------------------------------
def _parse(argv: list[str], environ: dict[str, str]) -> LaunchConfig:
    return config_from_args(add_arguments(argparse.ArgumentParser()).parse_args(argv), environ)


def test_launch_flags_win_over_torchrun_environment():
    env = {"RANK": "1", "WORLD_SIZE": "4", "MASTER_ADDR": "10.0.0.9", "MASTER_PORT": "1234"}
    cfg = _parse(["--rank", "2", "--world", "3", "--master", "10.0.0.1:29500", "--model", "m", "--w", "2,1,1",
                  "--k", "2", "--timeout", "5"], env)
    assert (cfg.rank, cfg.world, cfg.master_addr, cfg.master_port) == (2, 3, "10.0.0.1", 29500)
    assert (cfg.model, cfg.w, cfg.k, cfg.timeout_s) == (Path("m"), (2, 1, 1), 2, 5.0)
    cfg = _parse(["--model", "m"], env)
    assert (cfg.rank, cfg.world, cfg.master_addr, cfg.master_port, cfg.w) == (1, 4, "10.0.0.9", 1234, None)


def test_launch_takes_auto_windows_a_memory_budget_and_pack():
    env = {"RANK": "0", "WORLD_SIZE": "3", "MASTER_ADDR": "h", "MASTER_PORT": "1"}
    cfg = _parse(["--model", "m", "--w", "auto", "--memory-budget", "123456", "--pack"], env)
    assert (cfg.w, cfg.memory_budget, cfg.pack) == ("auto", 123456, True)
    cfg = _parse(["--model", "m", "--memory-budget", "none"], env)
    assert (cfg.memory_budget, cfg.pack) == (None, False)
    with pytest.raises(ValueError, match="integers separated by commas, or 'auto'"):
        _parse(["--model", "m", "--w", "2,x"], env)


def test_launch_names_missing_or_bad_rendezvous_settings():
    with pytest.raises(ValueError, match="missing rank, master address, master port"):
        _parse(["--model", "m", "--world", "2"], {})
    with pytest.raises(ValueError, match="HOST:PORT"):
        _parse(["--model", "m", "--rank", "0", "--world", "2", "--master", "10.0.0.1"], {})
    with pytest.raises(ValueError, match="rank 2 is outside a world of 2"):
        _parse(["--model", "m", "--rank", "2", "--world", "2", "--master", "h:1"], {})


def test_even_windows_cover_the_layers_and_favour_workers():
    assert even_windows(6, 2) == (3, 3)
    assert even_windows(7, 3) == (2, 3, 2)
    assert sum(even_windows(36, 5)) == 36


@pytest.mark.slow
def test_env_launch_of_two_ranks_generates_the_tokens_of_one_process(ckpt):
    from nanofrontier.core.checkpoint import load_pretrained
    from nanofrontier.core.sample import SampleConfig, generate

    env = _env(2)
    cmd = [sys.executable, "-m", "nanofrontier.prima.launch", "--model", str(ckpt), "--max-new-tokens", "6"]
    procs = [subprocess.Popen(cmd + (["--w", "2,4", "--k", "1"] if r == 0 else []), env={**env, "RANK": str(r)},
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for r in range(2)]
    try:
        head_out, head_err = procs[0].communicate(" ".join(map(str, PROMPT)) + "\n", timeout=60)
        worker_err = procs[1].communicate(timeout=30)[1]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert procs[0].returncode == 0 and procs[1].returncode == 0, head_err[-2000:] + worker_err[-2000:]
    torch.set_num_threads(1)
    ref = generate(load_pretrained(ckpt), [PROMPT], SampleConfig(max_new_tokens=6, temperature=0))[0]
    assert [int(x) for x in head_out.split()] == ref


if __name__ == "__main__":
    _rank_main(*sys.argv[1:])


def test_device_cuda_picks_nccl_and_this_ranks_gpu_and_is_refused_without_one(monkeypatch):
    import torch

    from nanofrontier.prima import launch

    args = add_arguments(argparse.ArgumentParser()).parse_args(
        ["--rank", "1", "--world", "2", "--master", "h:1", "--model", "m", "--device", "cuda"])
    cfg = config_from_args(args, environ={"LOCAL_RANK": "3"})
    assert (cfg.device, cfg.local_rank) == ("cuda", 3)
    assert launch.backend_for("cuda") == "nccl" and launch.backend_for("cpu") == "gloo"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(RingError, match="rank 1: device 'cuda': torch sees no CUDA device"):
        launch.rank_device(cfg)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    assert launch.rank_device(cfg) == torch.device("cuda", 1)
    cpu = config_from_args(add_arguments(argparse.ArgumentParser()).parse_args(
        ["--rank", "0", "--world", "2", "--master", "h:1", "--model", "m"]), environ={})
    assert launch.rank_device(cpu) == torch.device("cpu")
