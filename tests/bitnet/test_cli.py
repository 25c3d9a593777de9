"""`nanofrontier bitnet` in-process on the tiny preset: train -> convert -> load packed -> generate."""

import json

import pytest
import torch

from nanofrontier.bitnet.cli import main
from nanofrontier.bitnet.formats import load_bitnet


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("bitnet") / "run"
    assert main(["train", "--preset", "tiny", "--steps", "6", "--docs", "60", "--out", str(out), "--quiet"]) == 0
    return out


def test_train_writes_a_bitnet_directory_with_master_weights(trained, capsys):
    config = json.loads((trained / "config.json").read_text())
    assert config["model_type"] == "bitnet"
    assert config["quantization_config"]["quantization_mode"] == "online"
    assert (trained / "model.safetensors").is_file() and (trained / "metrics.jsonl").is_file()
    assert load_bitnet(trained).config.mode == "online"


def test_convert_writes_the_packed_layout_that_loads_to_the_same_logits(trained, tmp_path, capsys):
    out = tmp_path / "packed"
    assert main(["convert", "--model", str(trained), "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["projections"] == 14
    packed, master = load_bitnet(out), load_bitnet(trained)
    assert packed.config.mode == "offline"
    assert packed.model.layers[0].mlp.up_proj.weight.unique().tolist() == [-1.0, 0.0, 1.0]
    ids = torch.tensor([[1, 72, 101, 108, 108, 111]])
    with torch.no_grad():
        # bf16 norms/embedding in the packed file: close, not equal
        assert torch.allclose(packed(ids), master(ids), atol=0.1)


def test_generate_streams_text_and_reports_speed_and_memory(trained, tmp_path, capsys):
    out = tmp_path / "packed"
    assert main(["convert", "--model", str(trained), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["generate", "--model", str(out), "--prompt", "Once", "--max-new-tokens", "5"]) == 0
    err = capsys.readouterr().err
    assert "tok/s" in err and "MiB" in err


def test_generate_with_one_int8_table_reports_it(trained, tmp_path, capsys):
    out = tmp_path / "packed"
    assert main(["convert", "--model", str(trained), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["generate", "--model", str(out), "--prompt", "Once", "--max-new-tokens", "3", "--int8-table",
                 "--temperature", "0"]) == 0
    assert "one int8 table for the lookup and the head" in capsys.readouterr().err


def test_image_then_run_decodes_without_torch_with_the_same_greedy_text(trained, tmp_path, capsys):
    packed, image = tmp_path / "packed", tmp_path / "image"
    assert main(["convert", "--model", str(trained), "--out", str(packed)]) == 0
    assert main(["image", "--model", str(packed), "--out", str(image)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["tokenizer"] is True
    flags = ["--prompt", "Once", "--max-new-tokens", "6", "--temperature", "0"]
    assert main(["generate", "--model", str(packed), "--int8-table", *flags]) == 0
    expected = capsys.readouterr().out
    assert main(["run", "--image", str(image), *flags]) == 0
    out = capsys.readouterr()
    assert out.out == expected and "no torch" in out.err


def test_convert_refuses_an_already_packed_directory(trained, tmp_path, capsys):
    out = tmp_path / "packed"
    main(["convert", "--model", str(trained), "--out", str(out)])
    capsys.readouterr()
    assert main(["convert", "--model", str(out), "--out", str(tmp_path / "again")]) == 1
    assert "config.json: quantization_mode is 'offline'" in capsys.readouterr().err


def test_errors_name_the_missing_file_or_tensor(trained, tmp_path, capsys):
    assert main(["convert", "--model", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x")]) == 1
    assert "missing config.json" in capsys.readouterr().err
    assert main(["image", "--model", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x")]) == 1
    assert "missing config.json" in capsys.readouterr().err
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text((trained / "config.json").read_text())
    assert main(["generate", "--model", str(broken), "--prompt", "a"]) == 1
    assert str(broken) in capsys.readouterr().err


def test_unknown_preset_exits_2():
    with pytest.raises(SystemExit) as exc:
        main(["train", "--preset", "huge"])
    assert exc.value.code == 2
