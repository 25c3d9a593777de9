"""Scoring a trained pipeline: prompt following per attribute, a toy FVD and image-to-video fidelity.

    judge = train_classifier(ClassifierTrainConfig()).classifier
    scores = prompt_following(pipe, judge, steps=25)      # {"shape": .., "colour": .., "direction": ..,
                                                          #  "all": .., "toy_fvd": .., "videos": Tensor}
    i2v = image_to_video(pipe, judge, steps=25)           # {"first_frame_psnr": dB, ...}

`prompt_following` generates `per_label` clips for each of the 48 labels and asks the classifier (trained on
real clips only) which shape, colour and direction each shows. The toy FVD is the Fréchet distance between
the classifier's penultimate features of the generated clips and of real clips of the same labels (fresh
seed): lower is closer, and only comparable between runs scored with one classifier. `image_to_video` takes
the first frame of real held-out clips as the condition and reports the PSNR of the generated first frame
against it (beside two references: the VAE's own reconstruction of that frame, and a flat frame of its mean
colour), plus the classifier's accuracy on the generated clips (the label still says the direction).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import torch
from torch import Tensor

from nanofrontier.seaweed.classifier import AttributeClassifier, accuracy, features
from nanofrontier.seaweed.metrics import frechet_distance, psnr
from nanofrontier.seaweed.pipeline import SeaweedPipeline
from nanofrontier.seaweed.prompt import Label, all_labels
from nanofrontier.seaweed.shapes import ClipSpec, clip_batch, render_labels

log = logging.getLogger(__name__)


def generate_batched(pipe: SeaweedPipeline, labels: Sequence[Label], *, steps: int, guidance_scale: float, seed: int,
                     batch_size: int = 48, first_frames: Tensor | None = None) -> Tensor:
    """Videos [N, 3, T, H, W] for the labels, `batch_size` at a time (batch b uses seed + b)."""
    parts = []
    for b, start in enumerate(range(0, len(labels), batch_size)):
        chunk = list(labels[start:start + batch_size])
        first = None if first_frames is None else first_frames[start:start + len(chunk)]
        parts.append(pipe.generate(chunk, steps=steps, guidance_scale=guidance_scale, seed=seed + b, first_frame=first))
    return torch.cat(parts)


def prompt_following(pipe: SeaweedPipeline, classifier: AttributeClassifier, *, steps: int, guidance_scale: float = 4.0,
                     per_label: int = 2, seed: int = 0) -> dict:
    labels = all_labels() * per_label
    videos = generate_batched(pipe, labels, steps=steps, guidance_scale=guidance_scale, seed=seed)
    real = render_labels(labels, ClipSpec(frames=pipe.frames, size=pipe.size), seed=seed + 31337)
    scores = accuracy(classifier, videos, labels)
    scores["toy_fvd"] = frechet_distance(features(classifier, videos).numpy(), features(classifier, real).numpy())
    scores["real_toy_fvd_floor"] = _real_floor(classifier, labels, pipe, seed)
    log.info("%d steps: shape %.3f colour %.3f direction %.3f all %.3f, toy FVD %.2f", steps, scores["shape"],
             scores["colour"], scores["direction"], scores["all"], scores["toy_fvd"])
    return {**scores, "videos": videos, "labels": labels}


def _real_floor(classifier: AttributeClassifier, labels: list[Label], pipe: SeaweedPipeline, seed: int) -> float:
    """The toy FVD between two independent sets of real clips of the same labels: the sampling-noise floor."""
    spec = ClipSpec(frames=pipe.frames, size=pipe.size)
    a, b = render_labels(labels, spec, seed=seed + 1), render_labels(labels, spec, seed=seed + 2)
    return frechet_distance(features(classifier, a).numpy(), features(classifier, b).numpy())


def image_to_video(pipe: SeaweedPipeline, classifier: AttributeClassifier, *, steps: int, guidance_scale: float = 4.0,
                   count: int = 48, seed: int = 7) -> dict:
    """Condition on the first frame of real held-out clips; PSNR of generated frame 0 against it."""
    real, labels = clip_batch(ClipSpec(frames=pipe.frames, size=pipe.size), count=count, seed=seed, index=0)
    first = real[:, :, 0]  # [N, 3, H, W]
    videos = generate_batched(pipe, labels, steps=steps, guidance_scale=guidance_scale, seed=seed, first_frames=first)
    frame_psnr = psnr(videos[:, :, :1], real[:, :, :1])
    with torch.no_grad():
        vae_floor = psnr(pipe.vae.decode(pipe.vae.encode(real[:, :, :1]).mean).clamp(-1, 1), real[:, :, :1])
    flat = real[:, :, :1].mean((3, 4), keepdim=True).expand_as(real[:, :, :1])  # each frame's mean colour
    scores = accuracy(classifier, videos, labels)
    return {"first_frame_psnr": float(frame_psnr.mean()), "first_frame_psnr_std": float(frame_psnr.std()),
            "vae_first_frame_psnr": float(vae_floor.mean()),
            "flat_first_frame_psnr": float(psnr(flat, real[:, :, :1]).mean()),
            "later_frames_psnr": float(
                psnr(videos[:, :, 1:], real[:, :, 1:]).mean()),
            **{f"i2v_{k}": v for k, v in scores.items()}, "videos": videos, "real": real, "labels": labels}
