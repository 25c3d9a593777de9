"""CLI smoke tests, run in-process through the real entry points on the tiny preset."""

import json

import pytest

from nanofrontier import cli
from nanofrontier.core import cli as lm_cli
from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.core.tokenizer import load_tokenizer


@pytest.fixture(scope="module")
def trained_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("lm")
    assert cli.main(["lm", "train", "--preset", "tiny", "--out", str(out), "--steps", "6", "--quiet"]) == 0
    return out


def test_root_help_lists_commands_and_unknown_command_fails(capsys):
    assert cli.main(["--help"]) == 0
    assert "lm" in capsys.readouterr().out
    assert cli.main(["nosuch"]) == 2
    assert "unknown command 'nosuch'" in capsys.readouterr().err


def test_lm_train_writes_a_loadable_hf_directory_with_run_files(trained_dir):
    for name in ("config.json", "model.safetensors", "tokenizer.json", "metrics.jsonl", "run.json"):
        assert (trained_dir / name).exists(), name
    model = load_pretrained(trained_dir)
    assert model.config.vocab_size == 259
    rows = [json.loads(line) for line in (trained_dir / "metrics.jsonl").read_text().splitlines()]
    assert rows[-1]["step"] == 6


def test_lm_generate_streams_text_and_reports_speed(trained_dir, capsys):
    argv = ["lm", "generate", "--model", str(trained_dir), "--prompt", "The capital of",
            "--max-new-tokens", "8", "--temperature", "0"]
    assert cli.main(argv) == 0
    captured = capsys.readouterr()
    tok = load_tokenizer(trained_dir)
    expected = generate(load_pretrained(trained_dir), [tok.encode("The capital of", add_bos=True)],
                        SampleConfig(max_new_tokens=8, temperature=0, stop_ids=tuple(tok.stop_ids)))[0]
    expected = [t for t in expected if t not in tok.stop_ids]
    assert captured.out == tok.decode(expected) + "\n"
    assert f"[{len(expected)} tokens" in captured.err and "tok/s" in captured.err


def test_lm_eval_prints_loss_and_perplexity(trained_dir, tmp_path, capsys):
    data = tmp_path / "held_out.txt"
    data.write_text("The capital of Zorbia is Kell.\n\nTom has 3 boxes of 12 apples.\n")
    assert lm_cli.main(["eval", "--model", str(trained_dir), "--data", str(data)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["perplexity"] == pytest.approx(2.718281828 ** result["loss"], rel=1e-3)


def test_lm_eval_names_the_bad_jsonl_line(trained_dir, tmp_path, capsys):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "ok"}\nnot json\n')
    assert lm_cli.main(["eval", "--model", str(trained_dir), "--data", str(data)]) == 1
    assert "bad.jsonl, line 2" in capsys.readouterr().err


def test_lm_generate_on_a_missing_model_directory_fails_cleanly(tmp_path, capsys):
    assert lm_cli.main(["generate", "--model", str(tmp_path / "none"), "--prompt", "hi"]) == 1
    assert "none" in capsys.readouterr().err


def test_lm_train_on_a_user_jsonl_file(tmp_path):
    data = tmp_path / "docs.jsonl"
    data.write_text("\n".join(json.dumps({"text": f"document {i} says hello to the world " * 8})
                              for i in range(40)) + "\n")
    out = tmp_path / "run"
    assert lm_cli.main(["train", "--preset", "tiny", "--data", str(data), "--out", str(out),
                        "--steps", "3", "--quiet"]) == 0
    assert (out / "model.safetensors").exists()


def test_lm_generate_chat_uses_the_model_template_or_a_named_builtin(trained_dir, capsys):
    base = ["generate", "--model", str(trained_dir), "--prompt", "hi", "--max-new-tokens", "2", "--temperature", "0"]
    assert lm_cli.main([*base, "--chat"]) == 0  # no template in the folder: llama's fallback (Llama 3)
    assert lm_cli.main([*base, "--chat", "chatml"]) == 0
    with pytest.raises(SystemExit):  # argparse refuses an unknown name
        lm_cli.main([*base, "--chat", "vicuna"])
    capsys.readouterr()


def test_lm_train_on_cuda_without_a_gpu_fails_naming_it(tmp_path, capsys):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    assert lm_cli.main(["train", "--preset", "tiny", "--out", str(tmp_path / "r"), "--device", "cuda"]) == 1
    assert "torch sees no CUDA device" in capsys.readouterr().err


@pytest.mark.slow
def test_lm_train_runs_data_parallel_under_torchrun_as_documented(tmp_path):
    """The documented GPU command with --device cpu: two gloo processes train one run directory."""
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "ddp"
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", str(port),
           "-m", "nanofrontier", "lm", "train", "--preset", "tiny", "--steps", "4", "--device", "cpu",
           "--out", str(out), "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=240, env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    state = json.loads((out / "run.json").read_text())
    assert state and (out / "model.safetensors").exists()
    lines = (out / "metrics.jsonl").read_text().splitlines()
    assert json.loads(lines[-1])["step"] == 4
