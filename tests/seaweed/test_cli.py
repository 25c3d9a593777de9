"""`nanofrontier seaweed ...` end to end at toy size: train-vae, train, sample (MP4, GIF, PNG), eval, bad input."""

import json

import imageio.v3 as iio
import numpy as np
import pytest

from nanofrontier.seaweed import cli
from nanofrontier.seaweed.classifier import AttributeClassifier, _save
from nanofrontier.seaweed.media import write_image


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("seaweed-cli")
    assert cli.main(["train-vae", "--out", str(root / "vae"), "--steps", "2", "--sizes", "16", "--batch-size", "1",
                     "--quiet"]) == 0
    assert cli.main(["train", "--vae", str(root / "vae"), "--out", str(root / "model"), "--steps", "3", "--sizes",
                     "16", "--bank-clips", "8", "--quiet"]) == 0
    return root


@pytest.mark.slow
def test_train_then_sample_writes_mp4_gif_and_a_contact_sheet(model_dir, capsys):
    capsys.readouterr()
    out = model_dir / "clip.mp4"
    assert cli.main(["sample", "--model", str(model_dir / "model"), "--prompt", "red circle moving left", "--steps",
                     "2", "--out", str(out), "--scale", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["prompt"] == "red circle moving left" and report["frames"] == 9
    mp4, gif, png = iio.imread(report["mp4"]), iio.imread(report["gif"]), iio.imread(report["png"])
    assert mp4.shape == (9, 32, 32, 3) and gif.shape[:3] == (9, 32, 32)
    assert png.shape[0] == 32 and png.shape[1] == 9 * 32 + 8 * 2
    stages = sorted(p.name for p in (model_dir / "model" / "stages").iterdir())
    assert stages == ["0-images", "1-joint", "2-high-res"]


@pytest.mark.slow
def test_sample_from_a_first_frame(model_dir, capsys):
    image = model_dir / "first.png"
    write_image(image, np.full((16, 16, 3), 40, np.uint8))
    assert cli.main(["sample", "--model", str(model_dir / "model"), "--prompt", "blue square moving up", "--image",
                     str(image), "--steps", "2", "--out", str(model_dir / "i2v.gif")]) == 0
    assert (model_dir / "i2v.gif").is_file() and (model_dir / "i2v.mp4").is_file()


@pytest.mark.slow
def test_bad_prompt_and_wrong_image_size_are_clear_errors(model_dir, capsys):
    model = str(model_dir / "model")
    assert cli.main(["sample", "--model", model, "--prompt", "red circel moving left", "--out",
                     str(model_dir / "x.mp4")]) == 1
    assert "unknown word 'circel'" in capsys.readouterr().err
    big = model_dir / "big.png"
    write_image(big, np.zeros((32, 32, 3), np.uint8))
    assert cli.main(["sample", "--model", model, "--prompt", "red circle", "--image", str(big), "--out",
                     str(model_dir / "x.mp4")]) == 1
    assert "the image is 32x32 pixels; this model generates 16x16" in capsys.readouterr().err
    assert cli.main(["sample", "--model", str(model_dir / "nothing"), "--prompt", "red circle"]) == 1
    assert "no such pipeline folder" in capsys.readouterr().err


@pytest.mark.slow
def test_eval_prints_accuracy_per_step_count(model_dir, capsys):
    judge = AttributeClassifier(width=4, features=8)
    _save(judge, model_dir / "judge")
    capsys.readouterr()
    assert cli.main(["eval", "--model", str(model_dir / "model"), "--classifier", str(model_dir / "judge"),
                     "--steps", "1,2", "--per-label", "1", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"shape", "colour", "direction", "toy_fvd"} <= report["steps_1"].keys()
    assert "first_frame_psnr" in report["image_to_video"] and "psnr" in report["vae"]
