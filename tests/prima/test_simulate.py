"""Home-cluster simulator (prima/simulate.py): the spec, teardown after a failed rank, the loopback fallback."""

import dataclasses
import json
import logging
import subprocess
from pathlib import Path

import pytest
import torch

from nanofrontier.core.checkpoint import save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.prima import cluster
from nanofrontier.prima import simulate as sim
from nanofrontier.prima.cluster import SimulationError
from nanofrontier.prima.sim_spec import SimSpec, SpecError


def _spec(**overrides) -> list[dict]:
    return [{"name": "head", "memory_bytes": 600 << 20, "link_delay_ms": 1, "link_mbit": 50, "threads": 1, **overrides},
            {"name": "phone", "memory_bytes": 500 << 20}]


# -- the spec ------------------------------------------------------------------------------------------
def test_spec_reads_a_list_or_a_devices_object_with_defaults(tmp_path):
    path = tmp_path / "spec.json"
    path.write_text(json.dumps({"devices": _spec()}))
    spec = SimSpec.load(path)
    assert [d.name for d in spec.devices] == ["head", "phone"]
    assert spec.devices[0].link_mbit == 50 and spec.devices[1].link_mbit is None
    assert (spec.devices[1].link_delay_ms, spec.devices[1].threads) == (0.0, 1)
    assert SimSpec.from_json(_spec()) == spec


@pytest.mark.parametrize("bad, message", [
    ({"memory_bytes": -1}, r"devices\[0\]: device 'head'.memory_bytes: expected an integer >= 16 MiB, got -1"),
    ({"memory_bytes": 1.5e9}, r"memory_bytes: expected an integer"),
    ({"link_delay_ms": -2}, r"link_delay_ms: expected a number >= 0, got -2"),
    ({"link_mbit": 0}, r"link_mbit: expected a number > 0 or null, got 0"),
    ({"threads": 0}, r"threads: expected an integer >= 1, got 0"),
    ({"disk_mbps": 0}, r"disk_mbps: expected a number > 0 or null, got 0"),
    ({"ram": 1}, r"devices\[0\].ram: unknown field"),
    ({"name": ""}, r"name: expected a non-empty string"),
])
def test_spec_errors_name_the_device_and_field(bad, message):
    with pytest.raises(SpecError, match=message):
        SimSpec.from_json(_spec(**bad))


def test_spec_refuses_missing_fields_duplicates_empty_and_bad_json(tmp_path):
    with pytest.raises(SpecError, match=r"devices\[1\].memory_bytes: missing"):
        SimSpec.from_json([_spec()[0], {"name": "x"}])
    with pytest.raises(SpecError, match="names must be unique, head repeats"):
        SimSpec.from_json([_spec()[0], _spec()[0]])
    with pytest.raises(SpecError, match="at least one device"):
        SimSpec.from_json([])
    with pytest.raises(SpecError, match="expected a list of devices"):
        SimSpec.from_json({"device": []})
    (tmp_path / "bad.json").write_text("[{")
    with pytest.raises(SpecError, match="bad.json: not valid JSON"):
        SimSpec.load(tmp_path / "bad.json")


def test_simulate_refuses_windows_for_the_wrong_number_of_devices(tmp_path):
    with pytest.raises(SimulationError, match=r"w=\(1, 1, 1\) names 3 devices, the spec has 2"):
        sim.simulate(SimSpec.from_json(_spec()), _tiny(tmp_path), w=(1, 1, 1))
    with pytest.raises(SimulationError, match=r"budgets=\[100\]: one per device \(2\), and only with explicit w"):
        sim.simulate(SimSpec.from_json(_spec()), _tiny(tmp_path), w=(2, 2), budgets=[100])


def test_a_relaunched_ring_keeps_the_budgets_the_plan_counted():
    device = dict(os="linux", cpu_flops=1e11, mem_bw=1e10, disk_bw=1e9, link_rtt_s=1e-3, link_bw=1e8)
    plan = {"devices": [dict(name="d0", is_head=True, mem_bytes=200e6, **device),
                        dict(name="d2", mem_bytes=100e6, **device)]}
    # latency.memory_budget: free memory less its reserve (5%, at least 16 MiB)
    assert sim.planned_budgets(plan) == [200_000_000 - 2**24, 100_000_000 - 2**24]


# -- running it ----------------------------------------------------------------------------------------
def _tiny(directory: Path) -> Path:
    torch.manual_seed(0)
    return save_pretrained(CausalLM(ModelConfig.tiny(num_hidden_layers=4)), directory / "tiny")


def _leftovers(tag: str) -> list[str]:
    names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout.split()
    cgroups = [str(p) for p in cluster.own_memory_cgroup().glob(f"nfsim-{tag}-*")]
    links = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True).stdout
    return [n for n in names if tag in n] + cgroups + (["a link in the host namespace"] if tag in links else [])


def test_teardown_removes_namespaces_cgroups_and_veths_when_a_rank_fails(tmp_path, monkeypatch):
    ok, why = cluster.can_isolate()
    if not ok:
        pytest.skip(f"needs namespaces and v1 memory cgroups: {why}")
    spec = SimSpec.from_json(_spec())
    built: list[cluster.Cluster] = []
    init = cluster.Cluster.__init__

    def spy(self, *args, **kwargs):
        init(self, *args, **kwargs)
        built.append(self)
        # while the ranks run, the cluster exists: two device namespaces + a switch, two capped cgroups
        assert len(self.netns) == 3 and len(self.cgroups) == 2
        assert (self.cgroups[1] / "memory.limit_in_bytes").read_text().strip() == str(500 << 20)

    monkeypatch.setattr(cluster.Cluster, "__init__", spy)
    # no checkpoint there: every rank joins the group over the bridge, then fails the handshake
    with pytest.raises(SimulationError, match=r"device '(head|phone)' \(rank \d\) exited with -?[1-9]"):
        sim.simulate(spec, tmp_path / "missing", w=(1, 1), tag="c0ffee", timeout_s=60)
    assert built and built[0].closed
    assert _leftovers("c0ffee") == []


def test_a_device_disk_is_a_blkio_throttle_on_the_checkpoint_disk_removed_at_close(tmp_path):
    ok, why = cluster.can_isolate()
    if not ok or not cluster.BLKIO_V1.is_dir():
        pytest.skip(f"needs namespaces and v1 memory and blkio cgroups: {why or 'no blkio'}")
    spec = SimSpec.from_json(_spec())
    spec = SimSpec(devices=(spec.devices[0], dataclasses.replace(spec.devices[1], disk_mbps=150)))
    with cluster.Cluster(spec, isolate=True, tag="d15c00", data_path=tmp_path) as built:
        assert list(built.blkio) == [1]
        rule = (built.blkio[1] / "blkio.throttle.read_bps_device").read_text().split()
        assert rule == [cluster.block_device(tmp_path), "150000000"]
        assert "blkio.throttle" not in " ".join(built.command(0, ["true"]))
        assert str(built.blkio[1] / "cgroup.procs") in " ".join(built.command(1, ["true"]))
        throttled = built.blkio[1]
    assert not throttled.exists() and _leftovers("d15c00") == []


def test_loopback_fallback_without_root_runs_a_two_rank_ring(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(cluster.os, "geteuid", lambda: 1000)
    spec = SimSpec.from_json(_spec(link_delay_ms=3))
    with caplog.at_level(logging.WARNING, logger="nanofrontier.prima.simulate"):
        result = sim.simulate(spec, _tiny(tmp_path), w=(1, 1), k=2, new_tokens=4, warmup_tokens=1)
    assert "not root; running every device on 127.0.0.1 with no memory caps" in caplog.text
    assert not result.isolated
    assert len(result.tokens) == 4
    # k = 2 rounds x 2 ranks: two hops leave the head, each held back 3 ms
    assert result.ms_per_token > 2 * 3
    assert result.ttft_ms > 0
    assert [d.name for d in result.devices] == ["head", "phone"]
    for d in result.devices:
        assert d.busy_ms_per_token > 0
        assert 0 <= d.memory_pressure < 0.06  # a tiny model adds almost no anonymous memory
