"""`nanofrontier seaweed train-vae | train | sample | eval`: video generation from the command line.

    nanofrontier seaweed train-vae --out runs/seaweed-vae                  # causal VAE, 48x, 32+48 px, L2 + KL
    nanofrontier seaweed train --vae runs/seaweed-vae --out runs/seaweed   # 3-stage DiT -> a diffusers folder
    nanofrontier seaweed sample --model runs/seaweed --prompt "red circle moving left" --steps 25 --out clip.mp4
    nanofrontier seaweed sample --model runs/seaweed --prompt "blue square moving up" --image first.png --out i2v.gif
    nanofrontier seaweed eval --model runs/seaweed --steps 8,25            # classifier accuracy, toy FVD, I2V PSNR

`sample` writes the clip as MP4 and GIF (whichever suffix --out has, plus the other beside it) and a PNG
contact sheet of its frames, and prints their paths as JSON. `eval` trains the judging classifier on real
clips the first time (into --classifier) and prints one JSON object. Training resumes from the checkpoints
in --out unless --no-resume. Exit codes: 0 ok, 1 a bad input (the message names the word, file or size),
2 a usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from nanofrontier.core.cli import run_action
from nanofrontier.seaweed.classifier import ClassifierTrainConfig, load_classifier, train_classifier
from nanofrontier.seaweed.dit import dit_tiny, dual_tiny
from nanofrontier.seaweed.dit_trainer import DiTTrainConfig, paper_stages, train_dit
from nanofrontier.seaweed.evaluation import image_to_video, prompt_following
from nanofrontier.seaweed.media import contact_sheet, read_image, to_uint8, write_image, write_video
from nanofrontier.seaweed.pipeline import SeaweedPipeline
from nanofrontier.seaweed.vae import VAE_PRESETS
from nanofrontier.seaweed.vae_trainer import VAETrainConfig, load_vae, reconstruction_quality, train_vae


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(s) for s in text.split(",") if s.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None
    if not sizes:
        raise argparse.ArgumentTypeError("expected at least one value")
    return sizes


def _train_vae(args: argparse.Namespace) -> int:
    default = VAETrainConfig()
    # the reproduction's recipe: a high learning rate that decays only to 30 %
    train = dataclasses.replace(default.train, max_steps=args.steps, lr=args.lr, min_lr_ratio=0.3,
                                **({"seed": args.seed} if args.seed is not None else {}))
    cfg = VAETrainConfig(vae=VAE_PRESETS[args.compression](), train=train, sizes=args.sizes,
                         batch_size=args.batch_size, l1_weight=args.l1_weight, l2_weight=args.l2_weight,
                         kl_weight=args.kl_weight, gan_weight=args.gan_weight,
                         gan_start=args.gan_start, seed=args.seed or 0)
    run = train_vae(cfg, out_dir=args.out, resume=not args.no_resume, progress=False if args.quiet else None,
                    run_info={"argv": ["nanofrontier", "seaweed", *args.argv]})
    quality = {f"{size}px": reconstruction_quality(run.vae, size=size, count=16) for size in dict.fromkeys(
        (*args.sizes, max(args.sizes) + 16))}
    print(json.dumps({"out": str(args.out), "steps": run.state.step, "compression": cfg.vae.compression_ratio,
                      "reconstruction": {k: {m: round(v, 4) for m, v in q.items()} for k, q in quality.items()}}))
    return 0


def _train(args: argparse.Namespace) -> int:
    vae = load_vae(args.vae)
    dit = (dual_tiny if args.dual else dit_tiny)(latent_channels=vae.config.latent_channels)
    default = DiTTrainConfig()
    low, high = args.sizes if len(args.sizes) > 1 else (args.sizes[0], args.sizes[0])
    cfg = dataclasses.replace(default, dit=dit, stages=paper_stages(args.steps, low=low, high=high),
                              bank_clips=args.bank_clips, seed=args.seed)
    run = train_dit(cfg, vae, out_dir=args.out, resume=not args.no_resume, progress=False if args.quiet else None,
                    run_info={"argv": ["nanofrontier", "seaweed", *args.argv]})
    print(json.dumps({"out": str(args.out), "stages": [s.step for s in run.states],
                      "held_out_loss": round(run.held_out_loss, 5)}))
    return 0


def _sample(args: argparse.Namespace) -> int:
    pipe = SeaweedPipeline.from_pretrained(args.model)
    size = args.size or pipe.size
    labels = pipe.labels([args.prompt])  # an unknown word fails here, before any compute
    first = read_image(args.image, size=size)[None] if args.image else None
    video = pipe.generate(labels, steps=args.steps, guidance_scale=args.guidance, seed=args.seed,
                          frames=args.frames, size=size, first_frame=first)
    frames = to_uint8(video[0])
    out = Path(args.out)
    paths = {}
    for suffix in (".mp4", ".gif"):
        paths[suffix[1:]] = str(write_video(out.with_suffix(suffix), frames, fps=args.fps, scale=args.scale))
    paths["png"] = str(write_image(out.with_suffix(".png"), contact_sheet([frames], scale=args.scale)))
    print(json.dumps({"prompt": pipe.vocab.describe(labels[0]), "frames": int(frames.shape[0]),
                      "size": int(frames.shape[1]), "steps": args.steps, **paths}))
    return 0


def _eval(args: argparse.Namespace) -> int:
    pipe = SeaweedPipeline.from_pretrained(args.model)
    if (Path(args.classifier) / "config.json").is_file():
        judge = load_classifier(args.classifier)
        judge_test = None
    else:
        run = train_classifier(ClassifierTrainConfig(), out_dir=args.classifier, progress=False if args.quiet else None)
        judge, judge_test = run.classifier, run.test
    report: dict = {"model": str(args.model), "classifier": str(args.classifier)}
    if judge_test is not None:
        report["classifier_test_accuracy"] = judge_test
    for steps in args.steps:
        scores = prompt_following(pipe, judge, steps=steps, guidance_scale=args.guidance, per_label=args.per_label,
                                  seed=args.seed)
        report[f"steps_{steps}"] = {k: round(v, 4) for k, v in scores.items() if isinstance(v, float)}
    i2v = image_to_video(pipe, judge, steps=max(args.steps), guidance_scale=args.guidance, seed=args.seed + 7)
    report["image_to_video"] = {k: round(v, 4) for k, v in i2v.items() if isinstance(v, float)}
    report["vae"] = {k: round(v, 4) for k, v in reconstruction_quality(pipe.vae, size=pipe.size).items()}
    print(json.dumps(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier seaweed", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    v = sub.add_parser("train-vae", help="train the causal video VAE (mixed resolution by default)")
    v.add_argument("--out", type=Path, default=Path("runs/seaweed-vae"))
    v.add_argument("--compression", choices=sorted(VAE_PRESETS), default="48x")
    v.add_argument("--sizes", type=_sizes, default=(32, 48), help="frame sides trained on, e.g. 32,48")
    v.add_argument("--steps", type=int, default=1000)
    v.add_argument("--lr", type=float, default=3e-3)
    v.add_argument("--batch-size", type=int, default=VAETrainConfig().batch_size)
    v.add_argument("--l1-weight", type=float, default=0.0, help="the report's L1 (off by default: see --l2-weight)")
    v.add_argument("--l2-weight", type=float, default=1.0,
                   help="squared error; on mostly flat frames L1 alone first learns only the background")
    v.add_argument("--kl-weight", type=float, default=VAETrainConfig().kl_weight)
    v.add_argument("--gan-weight", type=float, default=0.0, help="> 0 adds the 3-D PatchGAN")
    v.add_argument("--gan-start", type=int, default=0, help="optimizer step from which the GAN terms apply")
    v.add_argument("--seed", type=int)
    v.add_argument("--no-resume", action="store_true")
    v.add_argument("--quiet", action="store_true")
    t = sub.add_parser("train", help="multi-stage DiT training on a trained VAE; writes a diffusers folder")
    t.add_argument("--vae", type=Path, required=True, help="a train-vae output folder")
    t.add_argument("--out", type=Path, default=Path("runs/seaweed"))
    t.add_argument("--steps", type=int, default=600, help="total optimizer steps over the three stages")
    t.add_argument("--sizes", type=_sizes, default=(32, 48), help="low,high frame sides of the stages")
    t.add_argument("--bank-clips", type=int, default=DiTTrainConfig().bank_clips, help="clips encoded per size")
    t.add_argument("--dual", action="store_true", help="every block dual-stream (the ablation baseline)")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--no-resume", action="store_true")
    t.add_argument("--quiet", action="store_true")
    s = sub.add_parser("sample", help="generate a clip from a prompt (and optionally a first frame)")
    s.add_argument("--model", type=Path, required=True, help="a pipeline folder (model_index.json)")
    s.add_argument("--prompt", required=True, help='e.g. "red circle moving left"')
    s.add_argument("--image", type=Path, help="first frame (PNG) for image-to-video; must be --size pixels square")
    s.add_argument("--steps", type=int, default=25)
    s.add_argument("--guidance", type=float, default=4.0, help="classifier-free guidance scale (1 = off)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--frames", type=int, help="default: the trained clip length")
    s.add_argument("--size", type=int, help="frame side; default: the trained size")
    s.add_argument("--fps", type=float, default=8.0)
    s.add_argument("--scale", type=int, default=4, help="integer upscaling of the written frames")
    s.add_argument("--out", type=Path, default=Path("clip.mp4"), help=".mp4 or .gif; the other and a .png beside it")
    e = sub.add_parser("eval", help="prompt following, toy FVD, image-to-video PSNR, VAE PSNR/SSIM")
    e.add_argument("--model", type=Path, required=True)
    e.add_argument("--classifier", type=Path, default=Path("runs/seaweed-classifier"),
                   help="judge folder; trained there on real clips if absent")
    e.add_argument("--steps", type=_sizes, default=(8, 25), help="Euler step counts to compare")
    e.add_argument("--guidance", type=float, default=4.0)
    e.add_argument("--per-label", type=int, default=2, help="clips per (shape, colour, direction)")
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--quiet", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    actions = {"train-vae": _train_vae, "train": _train, "sample": _sample, "eval": _eval}
    return run_action("nanofrontier seaweed", build_parser(), argv, actions)
