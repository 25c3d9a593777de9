"""`nanofrontier xverify judge | train`.

    nanofrontier xverify judge cases.jsonl --out verdicts.jsonl --workers 4          # rules only
    nanofrontier xverify judge cases.jsonl --judge-model path/to/xVerify-0.5B-I     # unsure verdicts to the judge
    nanofrontier xverify judge cases.jsonl --judge-url http://127.0.0.1:8000 --judge-name xVerify
    nanofrontier xverify judge cases.jsonl --summary summary.json                   # the summary as JSON too
    nanofrontier xverify train --data var_train.jsonl --model path/to/Qwen2.5-0.5B-Instruct --out runs/judge

Input lines: {"id", "question", "output", "reference"} plus optional "kind" and "label" (VAR's field
names work too). Output: exactly one line per input line, in input order:
{"id", "verdict", "extracted", "kind", "rule", "confidence", "reason"}, or {"id", "line", "error"} for a
malformed line. `confidence` is "sure" or "unsure" (verify.py says when); with a judge, the unsure ones are
the judge's (rule "judge"). A summary goes to stderr: counts, how many verdicts the rules were unsure of,
`decided_fraction`, and with labels accuracy and F1 per kind and the accuracy on the decided (sure) cases.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from contextlib import nullcontext
from pathlib import Path

from tqdm import tqdm

from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.xverify.cases import Case, CaseError, read_cases
from nanofrontier.xverify.score import routing, score_by_kind
from nanofrontier.xverify.verdict import Verdict
from nanofrontier.xverify.verify import verify_many


def make_judge(args: argparse.Namespace):
    if args.judge_model and args.judge_url:
        raise ValueError("give --judge-model or --judge-url, not both")
    if args.rules_only and (args.judge_model or args.judge_url):
        raise ValueError("--rules-only asks for no judge; drop --judge-model / --judge-url")
    if args.judge_model:
        from nanofrontier.xverify.judge import LocalJudge

        return LocalJudge(args.judge_model)
    if args.judge_url:
        from nanofrontier.xverify.judge import OpenAIJudge

        return OpenAIJudge(args.judge_url, model=args.judge_name)
    return None


def record(item: Case | CaseError, result: Verdict | str) -> dict:
    if isinstance(result, str):
        return {"id": item.id, "line": item.line, "error": result}
    return {"id": item.id, **result.to_dict()}


def summary_dict(rows: list[tuple[Case | CaseError, Verdict | str]]) -> dict:
    """Counts, routing (decided_fraction, decided_accuracy) and, with labels, scores per kind."""
    verdicts = [(c, v) for c, v in rows if isinstance(v, Verdict)]
    counts: dict[str, int] = {}
    for _, v in verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    sure = sum(v.sure for _, v in verdicts)
    out: dict = {"cases": len(rows), "errors": len(rows) - len(verdicts), "counts": counts,
                 "sure": sure, "unsure": len(verdicts) - sure, "judged": sum(v.rule == "judge" for _, v in verdicts),
                 "decided_fraction": sure / len(verdicts) if verdicts else 0.0}
    labelled = [(c, v) for c, v in verdicts if isinstance(c, Case) and c.label is not None]
    if labelled:
        predicted, labels = [v.verdict for _, v in labelled], [c.label for c, _ in labelled]
        scores = score_by_kind(predicted, labels, [v.kind for _, v in labelled])
        out["scores"] = {kind: s.to_dict() for kind, s in scores.items()}
        out["decided_accuracy"] = routing(predicted, labels, [v.sure for _, v in labelled]).decided_precision
    return out


def summary(rows: list[tuple[Case | CaseError, Verdict | str]]) -> str:
    s = summary_dict(rows)
    lines = [f"{s['cases']} cases: " + ", ".join(f"{n} {k}" for k, n in sorted(s["counts"].items()))
             + f", {s['errors']} errors; the rules were sure of {s['sure']} (decided_fraction "
             f"{s['decided_fraction']:.2%}) and unsure of {s['unsure']}"
             + (f", {s['judged']} of which the judge decided" if s["judged"] else "")]
    if "scores" in s:
        lines.append(f"  accuracy on the decided cases {s['decided_accuracy']:.2%}")
        for kind, sc in s["scores"].items():
            lines.append(f"  {kind:<16} n={sc['n']:<5} accuracy {sc['accuracy']:.2%}  F1 {sc['f1']:.2%}")
    return "\n".join(lines)


def _judge(args: argparse.Namespace) -> int:
    judge = make_judge(args)
    items = list(read_cases(args.input))
    bar = tqdm(total=len(items), desc="xverify", unit="case", file=sys.stderr,
               disable=args.quiet or not sys.stderr.isatty())
    rows = []
    with open(args.out, "w", encoding="utf-8") if args.out else nullcontext(sys.stdout) as out:
        for item, result in verify_many(items, judge=judge, workers=args.workers, on_done=bar.update):
            rows.append((item, result))
            out.write(json.dumps(record(item, result), ensure_ascii=False) + "\n")
    bar.close()
    print(summary(rows), file=sys.stderr)
    if args.summary:
        write_json_atomic(args.summary, summary_dict(rows))
    return 0


def _train(args: argparse.Namespace) -> int:
    import dataclasses

    from nanofrontier.core.train import TrainConfig
    from nanofrontier.xverify.finetune import finetune_judge

    cfg = TrainConfig(max_steps=args.steps, lr=args.lr, warmup_steps=max(1, args.steps // 10), grad_accum=8,
                      weight_decay=0.0, log_every=max(1, args.steps // 20))
    cfg = dataclasses.replace(cfg, seed=args.seed)
    out = finetune_judge(args.model, args.data, args.out, cfg=cfg, progress=False if args.quiet else None)
    print(json.dumps({"out": str(out)}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nanofrontier xverify", description="answer verification (xVerify)")
    sub = parser.add_subparsers(dest="action", required=True)
    j = sub.add_parser("judge", help="verify a JSONL file of cases")
    j.add_argument("input", type=Path)
    j.add_argument("--out", type=Path, help="output JSONL (default: stdout)")
    j.add_argument("--judge-model", type=Path, help="a HF judge checkpoint (e.g. xVerify-0.5B-I) for unsure verdicts")
    j.add_argument("--judge-url", help="an OpenAI-compatible endpoint for unsure verdicts")
    j.add_argument("--judge-name", default="xVerify", help="model name sent to --judge-url")
    j.add_argument("--rules-only", action="store_true",
                   help="no judge (the default without --judge-*): unsure verdicts stay the rules' and are counted")
    j.add_argument("--summary", type=Path, help="also write the summary as JSON to this file")
    j.add_argument("--workers", type=int, default=1)
    j.add_argument("--quiet", action="store_true")
    t = sub.add_parser("train", help="fine-tune a judge on VAR-format data")
    t.add_argument("--data", type=Path, required=True)
    t.add_argument("--model", type=Path, required=True, help="the base model directory (HF layout)")
    t.add_argument("--out", type=Path, required=True)
    t.add_argument("--steps", type=int, default=200)
    t.add_argument("--lr", type=float, default=1e-4)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--quiet", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    if getattr(args, "workers", 1) < 1:
        print("nanofrontier xverify: error: --workers must be >= 1", file=sys.stderr)
        return 2
    try:
        return {"judge": _judge, "train": _train}[args.action](args)
    except (ValueError, FileNotFoundError) as e:
        print(f"nanofrontier xverify {args.action}: error: {e}", file=sys.stderr)
        return 1
