"""Label-to-video and image-to-video generation, and the pipeline folder in the diffusers layout.

    pipe = SeaweedPipeline.from_pretrained("runs/seaweed")          # model_index.json, vae/, transformer/, ...
    video = pipe.generate(["red circle moving left"], steps=25, guidance_scale=4.0, seed=0)
    # video [1, 3, 9, 32, 32] in [-1, 1]; media.to_uint8(video[0]) -> frames for write_video
    video = pipe.generate(["blue square moving up"], first_frame=image)   # image [1, 3, 32, 32]: I2V
    pipe.save_pretrained("out/")

Sampling (`denoise`): start from Gaussian latents at sigma = 1, run the scheduler's Euler steps, and at
each step evaluate the transformer on the conditional and the null labels in one batch and combine the
velocities with classifier-free guidance, v = v_null + g (v_cond - v_null). For image-to-video the first
frame is encoded by the causal VAE as a one-frame video; its latent and the mask go into the condition
channels of both halves, so guidance acts on the labels alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor

from nanofrontier.core.checkpoint import CheckpointError
from nanofrontier.seaweed.dit import DiTConfig, HybridStreamDiT
from nanofrontier.seaweed.flow import first_frame_condition
from nanofrontier.seaweed.layout import load_weights, read_config, read_model_index, save_component, write_model_index
from nanofrontier.seaweed.prompt import Label, LabelVocab
from nanofrontier.seaweed.scheduler import FlowMatchEulerScheduler
from nanofrontier.seaweed.vae import CausalVideoVAE, VAEConfig

COMPONENTS = ("vae", "transformer", "scheduler", "tokenizer")
LIBRARY = "nanofrontier.seaweed"
# velocity = model(latents, timestep [B], labels, condition)
VelocityFn = Callable[[Tensor, Tensor, Tensor, Tensor | None], Tensor]


@torch.no_grad()
def denoise(model: VelocityFn, scheduler: FlowMatchEulerScheduler, noise: Tensor, labels: Tensor, *,
            null_labels: Tensor, steps: int, guidance_scale: float = 1.0, condition: Tensor | None = None) -> Tensor:
    """Euler sampling from noise [B, C, T, H, W] (sigma = 1) to latents, with classifier-free guidance."""
    scheduler.set_timesteps(steps)
    x = noise
    guided = guidance_scale != 1.0
    for i, timestep in enumerate(scheduler.timesteps):
        if guided:
            both = model(torch.cat([x, x]), timestep.expand(2 * len(x)), torch.cat([labels, null_labels]),
                         None if condition is None else torch.cat([condition, condition]))
            v_cond, v_null = both.chunk(2)
            velocity = v_null + guidance_scale * (v_cond - v_null)
        else:
            velocity = model(x, timestep.expand(len(x)), labels, condition)
        x = scheduler.step(velocity, i, x)
    return x


@dataclass
class SeaweedPipeline:
    vae: CausalVideoVAE
    transformer: HybridStreamDiT
    scheduler: FlowMatchEulerScheduler
    vocab: LabelVocab
    frames: int = 9  # the clip length the transformer was trained on (default for generate)
    size: int = 32

    def labels(self, prompts: Sequence[str | Label]) -> list[Label]:
        return [p if isinstance(p, Label) else self.vocab.parse(p) for p in prompts]

    @torch.no_grad()
    def encode_first_frame(self, image: Tensor) -> Tensor:
        """[B, 3, H, W] in [-1, 1] -> normalised first-frame latents [B, C, 1, h, w]."""
        if image.dim() != 4 or image.shape[1] != 3:
            raise ValueError(f"first frame: expected [B, 3, H, W], got {list(image.shape)}")
        return self.vae.normalize(self.vae.encode(image[:, :, None]).mean)

    @torch.no_grad()
    def generate(self, prompts: Sequence[str | Label], *, steps: int = 25, guidance_scale: float = 4.0,
                 seed: int = 0, frames: int | None = None, size: int | None = None,
                 first_frame: Tensor | None = None) -> Tensor:
        """Videos [B, 3, frames, size, size] in [-1, 1], one per prompt."""
        frames, size = frames or self.frames, size or self.size
        labels = self.labels(prompts)
        ids = self.vocab.token_ids(labels)
        self.vae.check_video(torch.empty(1, 3, frames, size, size), name=f"requested {frames}x{size}x{size} video")
        if first_frame is not None and first_frame.shape != (len(labels), 3, size, size):
            raise ValueError(f"first frame: expected {[len(labels), 3, size, size]}, got {list(first_frame.shape)}")
        shape = (len(labels), *self.vae.latent_shape(frames, size, size))
        generator = torch.Generator().manual_seed(seed)
        noise = torch.randn(shape, generator=generator)
        condition = None
        if first_frame is not None:
            condition = first_frame_condition(self.encode_first_frame(first_frame), shape[2])
        self.transformer.eval()
        null = torch.full_like(ids, self.vocab.null_id)
        latents = denoise(self.transformer, self.scheduler, noise, ids, null_labels=null, steps=steps,
                          guidance_scale=guidance_scale, condition=condition)
        return self.vae.decode(self.vae.denormalize(latents)).clamp(-1, 1)

    def save_pretrained(self, folder: str | os.PathLike) -> Path:
        folder = Path(folder)
        save_component(folder / "vae", self.vae, self.vae.config.to_dict())
        save_component(folder / "transformer", self.transformer,
                       {**self.transformer.config.to_dict(), "sample_frames": self.frames, "sample_size": self.size})
        self.scheduler.save_pretrained(folder / "scheduler")
        self.vocab.save(folder / "tokenizer")
        write_model_index(folder, "SeaweedPipeline", {
            "vae": (LIBRARY, "CausalVideoVAE"), "transformer": (LIBRARY, "HybridStreamDiT"),
            "scheduler": ("diffusers", "FlowMatchEulerDiscreteScheduler"), "tokenizer": (LIBRARY, "LabelVocab")})
        return folder

    @classmethod
    def from_pretrained(cls, folder: str | os.PathLike) -> SeaweedPipeline:
        folder = Path(folder)
        read_model_index(folder, required=COMPONENTS)
        vae = CausalVideoVAE(_config(VAEConfig, folder / "vae"))
        load_weights(vae, folder / "vae")
        dit_config = read_config(folder / "transformer")
        transformer = HybridStreamDiT(_config(DiTConfig, folder / "transformer"))
        load_weights(transformer, folder / "transformer")
        vocab = LabelVocab.load(folder / "tokenizer")
        if vocab.size != transformer.config.vocab_size:
            raise CheckpointError(f"{folder / 'tokenizer'}: {vocab.size} label tokens, but the transformer embeds "
                                  f"{transformer.config.vocab_size}")
        return cls(vae=vae.eval(), transformer=transformer.eval(),
                   scheduler=FlowMatchEulerScheduler.from_pretrained(folder / "scheduler"), vocab=vocab,
                   frames=int(dit_config.get("sample_frames", 9)), size=int(dit_config.get("sample_size", 32)))


def _config(cls: type[VAEConfig] | type[DiTConfig], folder: Path):
    try:
        return cls.from_dict(read_config(folder))
    except (TypeError, ValueError) as e:
        if isinstance(e, CheckpointError):
            raise
        raise CheckpointError(f"{folder / 'config.json'}: {e}") from e
