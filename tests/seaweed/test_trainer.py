"""Training through core.train: the VAE, the multi-stage DiT and the classifier resume and write their folders."""

import dataclasses

import pytest
import torch

from nanofrontier.core.train import TrainConfig
from nanofrontier.seaweed.dit import dit_tiny
from nanofrontier.seaweed.dit_trainer import DiTTrainConfig, Stage, build_banks, paper_stages, train_dit
from nanofrontier.seaweed.vae import vae_48x
from nanofrontier.seaweed.vae_trainer import VAETrainConfig, load_vae, shapes, train_vae

from .conftest import SMALL_DIT, tiny_vae

FAST = TrainConfig(max_steps=2, lr=1e-3, warmup_steps=0, log_every=1)


def test_paper_stages_keep_the_reports_shares():
    stages = paper_stages(800)
    assert [s.steps for s in stages] == [300, 300, 200]  # 37.5 %, 37.5 % (25 + 12.5 folded), 25 %
    assert stages[0].video_sizes == () and stages[1].video_sizes == (32,) and 48 in stages[2].video_sizes


def test_mixed_resolution_cycles_clips_and_stills_of_every_size():
    cfg = VAETrainConfig(vae=vae_48x(), sizes=(32, 48), batch_size=2, image_batch_size=5)
    assert shapes(cfg) == [(2, 9, 32), (5, 1, 32), (2, 9, 48), (5, 1, 48)]
    with pytest.raises(ValueError, match="multiple of the VAE's spatial compression 8"):
        VAETrainConfig(vae=vae_48x(), sizes=(20,))


def test_vae_training_resumes_and_writes_a_vae_folder(tmp_path):
    cfg = VAETrainConfig(vae=vae_48x(block_out_channels=(8, 8, 8)), sizes=(16,), frames=5, batch_size=1,
                         image_batch_size=2, train=FAST)
    first = train_vae(cfg, out_dir=tmp_path, progress=False)
    assert (tmp_path / "config.json").is_file() and first.vae.config.scaling_factor != 1.0
    more = dataclasses.replace(cfg, train=dataclasses.replace(FAST, max_steps=3))
    resumed = train_vae(more, out_dir=tmp_path, progress=False)
    assert resumed.state.step == 3  # one more step from checkpoint 2
    loaded = load_vae(tmp_path)
    assert loaded.config == resumed.vae.config
    video = torch.rand(1, 3, 5, 16, 16)
    assert torch.equal(loaded.encode(video).mean, resumed.vae.encode(video).mean)


@pytest.mark.slow
def test_dit_trains_in_stages_and_resumes_each(tmp_path):
    vae = tiny_vae()
    stages = (Stage(name="images", steps=1, image_sizes=(16,)),
              Stage(name="joint", steps=1, image_sizes=(16,), video_sizes=(16,)))
    cfg = DiTTrainConfig(dit=dit_tiny(**SMALL_DIT), stages=stages, frames=5, batch_size=2, image_batch_size=2,
                         bank_clips=4, train=FAST)
    banks = build_banks(vae, cfg, {16})
    run = train_dit(cfg, vae, out_dir=tmp_path, progress=False, banks=banks)
    assert [s.step for s in run.states] == [1, 1]
    assert (tmp_path / "model_index.json").is_file() and (tmp_path / "stages" / "1-joint" / "metrics.jsonl").is_file()
    again = train_dit(cfg, vae, out_dir=tmp_path, progress=False, banks=banks)  # every stage is already done
    assert torch.equal(again.pipeline.transformer.proj_out.weight, run.pipeline.transformer.proj_out.weight)
