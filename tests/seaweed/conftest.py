"""Tiny seaweed models shared by the tests: a narrow causal VAE, a small DiT and a pipeline of both."""

import pytest
import torch

from nanofrontier.seaweed.dit import HybridStreamDiT, dit_tiny
from nanofrontier.seaweed.pipeline import SeaweedPipeline
from nanofrontier.seaweed.prompt import LabelVocab
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler, SchedulerConfig
from nanofrontier.seaweed.vae import CausalVideoVAE, vae_48x

SMALL_DIT = dict(hidden_size=32, num_attention_heads=2, rope_axes_dim=(4, 6, 6), intermediate_size=64,
                 hybrid_intermediate_size=96, timestep_embedding_dim=32)


def tiny_vae(**overrides) -> CausalVideoVAE:
    torch.manual_seed(0)
    return CausalVideoVAE(vae_48x(**{"block_out_channels": (8, 8, 8), **overrides})).eval()


@pytest.fixture
def pipeline() -> SeaweedPipeline:
    vae = tiny_vae()
    torch.manual_seed(1)
    dit = HybridStreamDiT(dit_tiny(**SMALL_DIT))
    torch.nn.init.normal_(dit.proj_out.weight, std=0.05)  # zero at init: give the sampler something to do
    return SeaweedPipeline(vae=vae, transformer=dit.eval(), scheduler=FlowMatchEulerScheduler(SchedulerConfig()),
                           vocab=LabelVocab(), frames=5, size=16)
