"""`nanofrontier antidistill train | grad | sample | distill | eval | sweep | serve`: antidistillation sampling.

    nanofrontier antidistill train --out runs/ad                 # teacher on the addition task; proxy and student bases
    nanofrontier antidistill grad --teacher runs/ad/teacher --proxy runs/ad/proxy --out runs/ad/g.safetensors
    nanofrontier antidistill sample --teacher runs/ad/teacher --proxy runs/ad/proxy --grad runs/ad/g.safetensors \\
        --lambda 0.1 --tau 1.0 --n 1000 --out runs/ad/ads.jsonl      # --lambda 0: plain temperature sampling
    nanofrontier antidistill distill --student runs/ad/student-base --traces runs/ad/ads.jsonl --out runs/ad/s1
    nanofrontier antidistill eval --model runs/ad/s1                  # greedy accuracy on the test problems
    nanofrontier antidistill sweep --out runs/ad --preset quick       # everything above over both families
    nanofrontier antidistill serve --model runs/ad/teacher --proxy runs/ad/proxy --grad runs/ad/g.safetensors

Every action writes its files and, run again, continues from them. Problems come from the synthetic
addition task (task.py), split into disjoint train / holdout / test sets by `--task-seed`.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from nanofrontier.antidistill.distill import DistillConfig
from nanofrontier.antidistill.gradient import load_grad
from nanofrontier.antidistill.processor import MODES, PerturbedPair, check_vocab
from nanofrontier.antidistill.task import split_problems
from nanofrontier.antidistill.traces import Sampler, read_traces
from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.cli import add_serve_arguments, run_action


def _problems(args: argparse.Namespace, split: str):
    preset = _preset(args)
    train, holdout, test = split_problems(preset.n_train, preset.n_holdout, preset.n_test, seed=args.task_seed,
                                          max_digits=preset.max_digits)
    chosen = {"train": train, "holdout": holdout, "test": test}[split]
    n = getattr(args, "n", None) or len(chosen)
    if n > len(chosen):
        raise ValueError(f"--n {n}: the {split} split holds {len(chosen)} problems (raise them with --preset full)")
    return chosen[:n]


def _preset(args: argparse.Namespace):
    from nanofrontier.antidistill.sweep import sweep_preset

    return sweep_preset(getattr(args, "preset", "quick"))


def _pair(args: argparse.Namespace, teacher) -> PerturbedPair | None:
    """The perturbed proxies of --proxy/--grad (None when λ is 0 or no proxy is given)."""
    if not args.proxy or args.lam == 0:
        if args.lam > 0:
            raise ValueError("--lambda > 0 needs --proxy and --grad")
        return None
    if not args.grad:
        raise ValueError("--proxy needs --grad (the proxy's gradient, from `nanofrontier antidistill grad`)")
    proxy = load_pretrained(args.proxy)
    name = Path(args.proxy).name
    check_vocab(teacher.config.vocab_size, proxy.config.vocab_size, name)
    g = load_grad(args.grad, proxy, proxy_name=name)
    return PerturbedPair(proxy, g, args.epsilon or g.epsilon or 1e-2, name=name)


def _sampler(args: argparse.Namespace, pair: PerturbedPair | None) -> Sampler:
    return Sampler(tau=args.tau, lam=args.lam, eps=pair.eps if pair is not None else 1e-2, mode=args.mode)


def _train(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.models import ROLES, pretrain_base, train_teacher

    preset = _preset(args)
    train, _, _ = split_problems(preset.n_train, preset.n_holdout, preset.n_test, seed=args.task_seed,
                                 max_digits=preset.max_digits)
    out = Path(args.out)
    train_teacher(out / "teacher", train, ROLES["teacher"], preset.teacher, progress=not args.quiet or None)
    for role, sub in (("proxy", "proxy"), ("student", "student-base")):
        pretrain_base(out / sub, ROLES[role], preset.base, progress=not args.quiet or None)
    print(json.dumps({"teacher": str(out / "teacher"), "proxy": str(out / "proxy"),
                      "student": str(out / "student-base")}))
    return 0


def _grad(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.pipeline import grad_step

    teacher, proxy = load_pretrained(args.teacher), load_pretrained(args.proxy)
    report = grad_step(teacher, proxy, _problems(args, "holdout"), args.out, proxy_name=Path(args.proxy).name,
                       normalize=not args.raw, eps_grid=_preset(args).eps_grid)
    print(json.dumps(report))
    return 0


def _sample(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.pipeline import sample_step

    teacher = load_pretrained(args.teacher)
    pair = _pair(args, teacher)
    path = sample_step(teacher, _problems(args, "train"), _sampler(args, pair), args.out, pair=pair, seed=args.seed,
                       progress=not args.quiet)
    records = read_traces(path)
    print(json.dumps({"out": str(path), "traces": len(records),
                      "correct": sum(r["correct"] for r in records) / len(records)}))
    return 0


def _distill(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.pipeline import distill_step

    cfg = DistillConfig(steps=args.steps, batch_size=args.batch_size, lr=args.lr, seed=args.seed)
    distill_step(args.student, args.traces, args.out, cfg, progress=not args.quiet or None)
    print(json.dumps({"out": str(args.out), "steps": args.steps}))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.pipeline import eval_step

    model = load_pretrained(args.model)
    pair = _pair(args, model)
    sampler = _sampler(args, pair)
    out = args.out or Path(args.model) / f"eval-{sampler.label}-seed{args.seed}.json"
    acc = eval_step(model, _problems(args, "test"), sampler, out, pair=pair, seed=args.seed)
    print(json.dumps({"model": str(args.model), "sampler": sampler.label, "accuracy": acc, "out": str(out)}))
    return 0


def _sweep(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.sweep import run_sweep, summary

    result = run_sweep(Path(args.out), _preset(args), progress=not args.quiet, workers=args.workers)
    print(json.dumps(summary(result)))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from nanofrontier.antidistill.engine import AntidistillEngine
    from nanofrontier.core.serve import serve

    if len(args.proxy) != len(args.grad):
        raise ValueError(f"give one --grad per --proxy ({len(args.proxy)} proxies, {len(args.grad)} gradients)")
    proxies = {}
    for spec, grad in zip(args.proxy, args.grad, strict=True):
        name, _, directory = spec.rpartition("=") if "=" in spec else (Path(spec).name, "", spec)
        proxies[name] = (directory, grad)
    engine = AntidistillEngine(args.model, proxies=proxies, epsilon=args.epsilon, default_lambda=args.default_lambda,
                               mode=args.mode, name=args.name, chat_template=args.chat_template)
    serve(engine, args.host, args.port, api_key=args.api_key or os.environ.get("NANOFRONTIER_API_KEY") or None,
          max_body_bytes=args.max_body_bytes)
    return 0


def _add_task(p: argparse.ArgumentParser, *, n: bool = True) -> None:
    p.add_argument("--preset", choices=("quick", "full", "test"), default="quick",
                   help="sizes of the problem splits (and, for train and sweep, of the models' training)")
    p.add_argument("--task-seed", type=int, default=0, help="seed of the train / holdout / test split")
    if n:
        p.add_argument("--n", type=int, help="use the first N problems of the split")


def _add_sampler(p: argparse.ArgumentParser) -> None:
    p.add_argument("--proxy", type=Path, help="the proxy's model directory (same tokenizer as the teacher)")
    p.add_argument("--grad", type=Path, help="the proxy's gradient (safetensors from `grad`)")
    p.add_argument("--lambda", dest="lam", type=float, default=0.0, help="λ; 0: plain temperature sampling")
    p.add_argument("--epsilon", type=float, help="finite-difference step (default: the one stored with --grad)")
    p.add_argument("--tau", type=float, default=1.0, help="temperature τ (0: greedy)")
    p.add_argument("--mode", choices=MODES, default="paper", help="paper: z/τ + λΔ; hf: (z + λΔ)/τ")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--quiet", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier antidistill", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    t = sub.add_parser("train", help="train the teacher on the task and pre-train proxy and student bases")
    t.add_argument("--out", type=Path, default=Path("runs/antidistill"))
    _add_task(t, n=False)
    t.add_argument("--quiet", action="store_true")
    g = sub.add_parser("grad", help="held-out greedy traces, the proxy's gradient, the ε and sign checks")
    g.add_argument("--teacher", type=Path, required=True)
    g.add_argument("--proxy", type=Path, required=True)
    g.add_argument("--out", type=Path, required=True, help="the gradient file (.safetensors); a .json report beside")
    g.add_argument("--raw", action="store_true", help="keep g at its raw norm (default: unit norm)")
    g.add_argument("--quiet", action="store_true")
    _add_task(g)
    s = sub.add_parser("sample", help="train traces from the teacher with one sampler (JSONL)")
    s.add_argument("--teacher", type=Path, required=True)
    s.add_argument("--out", type=Path, required=True)
    _add_sampler(s)
    _add_task(s)
    d = sub.add_parser("distill", help="fine-tune a student on a trace file")
    d.add_argument("--student", type=Path, required=True)
    d.add_argument("--traces", type=Path, required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--steps", type=int, default=500)
    d.add_argument("--batch-size", type=int, default=32)
    d.add_argument("--lr", type=float, default=3e-3)
    d.add_argument("--seed", type=int, default=0)
    d.add_argument("--quiet", action="store_true")
    e = sub.add_parser("eval", help="accuracy on the test problems, greedy or under a sampler")
    e.add_argument("--model", type=Path, required=True)
    e.add_argument("--out", type=Path, help="result JSON (default: inside the model directory)")
    _add_sampler(e)
    e.set_defaults(tau=0.0)
    _add_task(e)
    w = sub.add_parser("sweep", help="the whole experiment: both sampler families, students, table and plot")
    w.add_argument("--out", type=Path, default=Path("runs/antidistill"))
    _add_task(w, n=False)
    w.add_argument("--workers", type=int, help="processes distilling students (default: one per core, at most 2)")
    w.add_argument("--quiet", action="store_true")
    v = add_serve_arguments(sub.add_parser("serve", help="an OpenAI-compatible API whose requests may ask for "
                                                         "antidistillation sampling"))
    v.add_argument("--proxy", action="append", required=True, metavar="[NAME=]DIR",
                   help="a proxy model directory (repeatable; NAME defaults to the directory's name)")
    v.add_argument("--grad", action="append", required=True, type=Path, help="its gradient file, one per --proxy")
    v.add_argument("--epsilon", type=float, help="default ε (default: the one stored with the first gradient)")
    v.add_argument("--default-lambda", type=float, default=0.0,
                   help="λ for requests without an 'antidistill' field (default 0: they sample plainly)")
    v.add_argument("--mode", choices=MODES, default="paper")
    return parser


def main(argv: list[str] | None = None) -> int:
    actions = {"train": _train, "grad": _grad, "sample": _sample, "distill": _distill, "eval": _eval,
               "sweep": _sweep, "serve": _serve}
    return run_action("nanofrontier antidistill", build_parser(), argv, actions)
