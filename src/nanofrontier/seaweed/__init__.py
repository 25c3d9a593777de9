"""Seaweed-7B (arXiv 2504.08685) at toy scale: a temporally causal video VAE, a hybrid-stream DiT trained
with flow matching, label-to-video and image-to-video sampling, in the diffusers folder layout.

    from nanofrontier.seaweed import SeaweedPipeline
    pipe = SeaweedPipeline.from_pretrained("runs/seaweed")     # model_index.json, vae/, transformer/, ...
    video = pipe.generate(["red circle moving left"], steps=25)  # [1, 3, 9, 32, 32] in [-1, 1]

Modules: vae.py (CausalVideoVAE), dit.py (HybridStreamDiT), flow.py (the objective), scheduler.py (Euler,
diffusers-compatible), pipeline.py (sampling, save/load), vae_trainer.py and dit_trainer.py (training),
shapes.py / prompt.py (data), classifier.py / evaluation.py / metrics.py (judging), media.py (MP4/GIF/PNG).
"""

from nanofrontier.seaweed.dit import DiTConfig, HybridStreamDiT, dit_tiny, dual_tiny
from nanofrontier.seaweed.pipeline import SeaweedPipeline
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler, SchedulerConfig
from nanofrontier.seaweed.vae import CausalVideoVAE, VAEConfig, vae_48x, vae_64x

__all__ = ["CausalVideoVAE", "DiTConfig", "FlowMatchEulerScheduler", "HybridStreamDiT", "SchedulerConfig",
           "SeaweedPipeline", "VAEConfig", "dit_tiny", "dual_tiny", "vae_48x", "vae_64x"]
