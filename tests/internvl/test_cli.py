"""`nanofrontier internvl train | chat | eval | convert` through `cli.main`, and native pre-training's run folder."""

from __future__ import annotations

import json

import pytest
import torch
from PIL import Image

from nanofrontier.core.sample import SampleConfig
from nanofrontier.core.tokenizer import load_tokenizer
from nanofrontier.internvl import cli
from nanofrontier.internvl.formats import load_internvl, save_internvl
from nanofrontier.internvl.generate import generate_vl
from nanofrontier.internvl.prompt import chat_prompt, expand_images, image_query
from nanofrontier.internvl.tiling import ImageProcessor


def _images(tmp_path):
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    Image.new("RGB", (64, 32), (200, 30, 30)).save(a)  # 2 x 1 tiles + thumbnail
    Image.new("RGB", (32, 32), (30, 30, 200)).save(b)
    return a, b


def test_chat_streams_the_greedy_answer_of_an_hf_layout_folder(tiny_model, tokenizer, tmp_path, capsys):
    folder = save_internvl(tiny_model, tmp_path / "model", layout="hf", tokenizer=tokenizer)
    a, b = _images(tmp_path)
    rc = cli.main(["chat", "--model", str(folder), "--image", str(a), "--image", str(b), "--prompt",
                   "what shape is it ?", "--max-new-tokens", "6", "--v2pe-delta", "0.5"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    processor = ImageProcessor.for_config(tiny_model.config)
    tiles = [processor.load(a), processor.load(b)]
    assert [t.shape[0] for t in tiles] == [3, 1]
    text = expand_images(chat_prompt(image_query("what shape is it ?", 2, labelled=False), template="chatml"),
                         [3, 1], tiny_model.config.num_image_token)
    cfg = SampleConfig(max_new_tokens=6, temperature=0.0, stop_ids=(tokenizer.eos_id,))
    new = generate_vl(tiny_model, [tokenizer.encode(text)], torch.cat(tiles), cfg, delta=0.5)[0]
    want = tokenizer.decode([t for t in new if t != tokenizer.eos_id])
    assert out.out.strip() == want.strip()
    assert "4 tiles" in out.err and "v2pe delta 0.5" in out.err


def test_chat_names_an_unreadable_image(tiny_model, tokenizer, tmp_path, capsys):
    folder = save_internvl(tiny_model, tmp_path / "model", tokenizer=tokenizer)
    bad = tmp_path / "bad.png"
    bad.write_text("not a picture")
    rc = cli.main(["chat", "--model", str(folder), "--image", str(bad), "--prompt", "hi"])
    assert rc == 1
    assert "bad.png: not a readable image" in capsys.readouterr().err


def test_chat_refuses_a_v2pe_delta_outside_zero_one(tiny_model, tokenizer, tmp_path, capsys):
    folder = save_internvl(tiny_model, tmp_path / "model", tokenizer=tokenizer)
    try:
        cli.main(["chat", "--model", str(folder), "--prompt", "hi", "--v2pe-delta", "2"])
    except SystemExit as e:
        assert e.code == 2
    assert "must be in (0, 1]" in capsys.readouterr().err


@pytest.mark.slow
def test_train_then_eval_then_convert(tmp_path, capsys):
    out = tmp_path / "run"
    assert cli.main(["train", "--preset", "tiny", "--out", str(out), "--steps", "3", "--quiet"]) == 0
    trained = json.loads(capsys.readouterr().out)
    assert trained["steps"] == 3 and trained["tokens"] > 0
    assert (out / "config.json").is_file() and (out / "metrics.jsonl").is_file()
    assert json.loads((out / "config.json").read_text())["model_type"] == "internvl_chat"

    assert cli.main(["eval", "--model", str(out), "--n", "4", "--families", "gallery_colour,count",
                     "--images", "2", "--v2pe-delta", "0.25", "--quiet"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores["accuracy"]) == {"gallery_colour", "count", "first_colour_2_images"}
    assert all(0 <= v <= 1 for v in scores["accuracy"].values())

    assert cli.main(["convert", "--model", str(out), "--out", str(tmp_path / "hf"), "--layout", "hf", "--quiet"]) == 0
    ours, theirs = load_internvl(out), load_internvl(tmp_path / "hf")
    assert load_tokenizer(tmp_path / "hf").vocab_size == load_tokenizer(out).vocab_size
    ctx = ours.config.img_context_token_id
    ids, pixels = torch.tensor([[2, 3, *[ctx] * 16, 4]]), torch.randn(1, 3, 32, 32)
    with torch.no_grad():
        assert torch.equal(ours(ids, pixel_values=pixels), theirs(ids, pixel_values=pixels))


@pytest.mark.slow
def test_train_resumes_from_its_folder_instead_of_starting_over(tmp_path, capsys):
    out = tmp_path / "run"
    assert cli.main(["train", "--preset", "tiny", "--out", str(out), "--steps", "2", "--quiet"]) == 0
    first = load_internvl(out).state_dict()
    assert cli.main(["train", "--preset", "tiny", "--out", str(out), "--steps", "2", "--quiet"]) == 0
    again = load_internvl(out).state_dict()
    assert all(torch.equal(first[k], again[k]) for k in first)
    assert cli.main(["train", "--preset", "tiny", "--out", str(out), "--steps", "3", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["steps"] == 3
