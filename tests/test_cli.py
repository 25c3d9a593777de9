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
