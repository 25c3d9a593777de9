"""`nanofrontier prima profile | plan`, in-process: a measured profile plans a tiny model; bad input is named."""

import json

import pytest

from nanofrontier.core.checkpoint import save_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.prima import cli


@pytest.fixture
def model_dir(tmp_path):
    return save_pretrained(CausalLM(ModelConfig.tiny(num_hidden_layers=4)), tmp_path / "tiny")


def device(name, **overrides):
    return {"name": name, "os": "linux", "cpu_flops": 1e11, "mem_bytes": 1e9, "mem_bw": 1e10, "disk_bw": 1e9,
            "link_rtt_s": 1e-3, "link_bw": 1e8, "is_head": name == "head", **overrides}


def test_profile_then_plan_assigns_every_layer(tmp_path, model_dir, capsys):
    out = tmp_path / "f.json"
    assert cli.main(["profile", "--quick", "--name", "box", "--out", str(out), "--disk-path", str(tmp_path),
                     "--quiet"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(out.read_text()) and printed[0]["name"] == "box" and printed[0]["is_head"]
    assert cli.main(["plan", "--profiles", str(out), "--model", str(model_dir)]) == 0
    text = capsys.readouterr().out
    assert "box" in text and "w=4" in text and "M4" in text and "ms/token" in text
    assert cli.main(["plan", "--profiles", str(out), "--model", str(model_dir), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["k"] == 1 and report["devices"][0]["windows"] == [[0, 4]] and report["predicted_ms"] > 0


def test_plan_json_splits_layers_over_two_devices_in_ring_order(tmp_path, model_dir, capsys):
    profiles = tmp_path / "ring.json"
    profiles.write_text(json.dumps([device("head"), device("worker")]))
    assert cli.main(["plan", "--profiles", str(profiles), "--model", str(model_dir), "--max-k", "1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    layers = sorted(layer for d in report["devices"] for a, b in d["windows"] for layer in range(a, b))
    assert layers == [0, 1, 2, 3] and report["k"] == 1
    assert [d["name"] for d in report["devices"]] + report["dropped"] == ["head", "worker"]


def test_missing_profiles_file_is_named(tmp_path, model_dir, capsys):
    assert cli.main(["plan", "--profiles", str(tmp_path / "absent.json"), "--model", str(model_dir)]) == 1
    assert "absent.json" in capsys.readouterr().err


def test_malformed_profile_names_file_and_field(tmp_path, model_dir, capsys):
    profiles = tmp_path / "bad.json"
    profiles.write_text(json.dumps([device("head", mem_bw=-1)]))
    assert cli.main(["plan", "--profiles", str(profiles), "--model", str(model_dir)]) == 1
    err = capsys.readouterr().err
    assert "bad.json: profiles[0].mem_bw" in err and "> 0" in err
    profiles.write_text("[{")
    assert cli.main(["plan", "--profiles", str(profiles), "--model", str(model_dir)]) == 1
    assert "bad.json: not valid JSON" in capsys.readouterr().err


def test_model_without_config_or_dtype_is_named(tmp_path, model_dir, capsys):
    profiles = tmp_path / "ring.json"
    profiles.write_text(json.dumps([device("head")]))
    assert cli.main(["plan", "--profiles", str(profiles), "--model", str(tmp_path)]) == 1
    assert "config.json" in capsys.readouterr().err
    config = json.loads((model_dir / "config.json").read_text())
    del config["dtype"], config["torch_dtype"]
    (model_dir / "config.json").write_text(json.dumps(config))
    assert cli.main(["plan", "--profiles", str(profiles), "--model", str(model_dir)]) == 1
    assert "torch_dtype missing" in capsys.readouterr().err
    assert cli.main(["plan", "--profiles", str(profiles), "--model", str(model_dir), "--dtype-bytes", "2"]) == 0


def test_worker_without_rank_world_or_master_names_what_is_missing(tmp_path, capsys, monkeypatch):
    for name in ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["worker", "--model", str(tmp_path)]) == 1
    assert "missing rank, world, master address, master port" in capsys.readouterr().err


def test_serve_on_a_missing_model_directory_fails_with_its_name(tmp_path, capsys):
    assert cli.main(["serve", "--model", str(tmp_path / "absent"), "--port", "0"]) == 1
    assert "absent" in capsys.readouterr().err
