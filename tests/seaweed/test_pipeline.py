"""The pipeline: sampling with guidance, image-to-video, and the diffusers folder layout round trip."""

import json

import pytest
import torch

from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.seaweed.layout import WEIGHTS
from nanofrontier.seaweed.pipeline import SeaweedPipeline, denoise
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler, SchedulerConfig

diffusers = pytest.importorskip("diffusers")


def test_generate_gives_one_clip_per_prompt_in_range(pipeline):
    video = pipeline.generate(["red circle moving left", "blue square moving up"], steps=2)
    assert video.shape == (2, 3, 5, 16, 16)
    assert video.min() >= -1 and video.max() <= 1
    assert torch.equal(video, pipeline.generate(["red circle moving left", "blue square moving up"], steps=2))
    assert not torch.equal(video, pipeline.generate(["red circle moving left", "blue square moving up"], steps=2,
                                                    seed=1))


def test_guidance_combines_conditional_and_null_velocities():
    calls = []

    def model(x, t, labels, condition):
        calls.append(labels.clone())
        return torch.where(labels[:, :1, None, None, None] == 11, 1.0, 3.0).expand_as(x)  # v_null 1, v_cond 3

    scheduler = FlowMatchEulerScheduler(SchedulerConfig(shift=1.0))
    noise = torch.zeros(1, 2, 1, 1, 1)
    out = denoise(model, scheduler, noise, torch.zeros(1, 3, dtype=torch.long), null_labels=torch.full((1, 3), 11),
                  steps=4, guidance_scale=2.5)
    # v = 1 + 2.5 * (3 - 1) = 6 at every step, integrated over sigma from 1 to 0: x = 0 - 6
    assert torch.allclose(out, torch.full_like(out, -6.0))
    assert len(calls) == 4 and calls[0].shape == (2, 3)  # conditional and null in one batch per step
    plain = denoise(model, scheduler, noise, torch.zeros(1, 3, dtype=torch.long), null_labels=torch.full((1, 3), 11),
                    steps=4, guidance_scale=1.0)
    assert torch.allclose(plain, torch.full_like(plain, -3.0))


def test_our_loop_equals_diffusers_scheduler_loop_around_our_transformer(pipeline):
    latents = torch.randn(1, 16, 2, 2, 2)
    labels = torch.tensor([[0, 3, 7]])
    ours = denoise(pipeline.transformer, FlowMatchEulerScheduler(SchedulerConfig(shift=3.0)), latents, labels,
                   null_labels=torch.full_like(labels, 11), steps=5)
    ref = diffusers.FlowMatchEulerDiscreteScheduler(shift=3.0)
    ref.set_timesteps(5)
    x = latents
    with torch.no_grad():
        for t in ref.timesteps:
            x = ref.step(pipeline.transformer(x, t.expand(1), labels), t, x).prev_sample
    assert torch.allclose(ours, x, atol=1e-5)


def test_image_to_video_conditions_on_the_encoded_first_frame(pipeline):
    first = torch.rand(1, 3, 16, 16) * 2 - 1
    a = pipeline.generate(["red circle moving left"], steps=2, first_frame=first)
    b = pipeline.generate(["red circle moving left"], steps=2)
    assert a.shape == b.shape == (1, 3, 5, 16, 16) and not torch.allclose(a, b)
    with pytest.raises(ValueError, match=r"first frame: expected \[1, 3, 16, 16\]"):
        pipeline.generate(["red circle moving left"], steps=2, first_frame=torch.zeros(1, 3, 32, 32))
    with pytest.raises(ValueError, match="unknown word 'purple'"):
        pipeline.generate(["purple circle"], steps=2)
    with pytest.raises(ValueError, match="6 frames"):
        pipeline.generate(["red circle"], steps=2, frames=6)


def test_pipeline_folder_round_trips_in_the_diffusers_layout(pipeline, tmp_path):
    pipeline.save_pretrained(tmp_path)
    for part in ("vae", "transformer"):
        assert (tmp_path / part / "config.json").is_file() and (tmp_path / part / WEIGHTS).is_file()
    index = json.loads((tmp_path / "model_index.json").read_text())
    assert index["scheduler"] == ["diffusers", "FlowMatchEulerDiscreteScheduler"]
    assert index["transformer"][1] == "HybridStreamDiT" and index["vae"][1] == "CausalVideoVAE"
    loaded = SeaweedPipeline.from_pretrained(tmp_path)
    assert (loaded.frames, loaded.size) == (5, 16)
    assert torch.equal(loaded.generate(["green triangle moving down"], steps=3),
                       pipeline.generate(["green triangle moving down"], steps=3))
    # diffusers reads the scheduler folder as it is
    ref = diffusers.FlowMatchEulerDiscreteScheduler.from_pretrained(tmp_path / "scheduler")
    assert ref.config.shift == pipeline.scheduler.config.shift


def test_a_missing_component_is_named(pipeline, tmp_path):
    pipeline.save_pretrained(tmp_path)
    (tmp_path / "transformer" / WEIGHTS).unlink()
    with pytest.raises(CheckpointError, match=r"transformer/diffusion_pytorch_model.safetensors: missing"):
        SeaweedPipeline.from_pretrained(tmp_path)
    (tmp_path / "model_index.json").unlink()
    with pytest.raises(CheckpointError, match="model_index.json: missing"):
        SeaweedPipeline.from_pretrained(tmp_path)


def test_a_corrupt_or_mismatched_weight_file_is_named(pipeline, tmp_path):
    pipeline.save_pretrained(tmp_path)
    weights = tmp_path / "vae" / WEIGHTS
    weights.write_bytes(weights.read_bytes()[:100])
    with pytest.raises(CheckpointError, match="vae/diffusion_pytorch_model.safetensors"):
        SeaweedPipeline.from_pretrained(tmp_path)
    pipeline.save_pretrained(tmp_path)
    config = json.loads((tmp_path / "transformer" / "config.json").read_text())
    config["hidden_size"], config["rope_axes_dim"] = 64, [8, 12, 12]
    (tmp_path / "transformer" / "config.json").write_text(json.dumps(config))
    mismatch = r"transformer/diffusion_pytorch_model.safetensors: tensor '[\w.]+': expected \[[\d, ]*64"
    with pytest.raises(CheckpointError, match=mismatch):
        SeaweedPipeline.from_pretrained(tmp_path)


def test_a_broken_config_is_named(pipeline, tmp_path):
    pipeline.save_pretrained(tmp_path)
    (tmp_path / "vae" / "config.json").write_text("{not json")
    with pytest.raises(CheckpointError, match="vae/config.json"):
        SeaweedPipeline.from_pretrained(tmp_path)
    pipeline.save_pretrained(tmp_path)
    config = json.loads((tmp_path / "vae" / "config.json").read_text())
    config["spatial_downsample"] = [True]
    (tmp_path / "vae" / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="vae/config.json: VAEConfig.spatial_downsample"):
        SeaweedPipeline.from_pretrained(tmp_path)
