"""The `nanofrontier` command: `nanofrontier <technique> <action> [options]`.

    nanofrontier lm train --preset tiny --out runs/lm
    nanofrontier lm generate --model runs/lm --prompt "Once upon a time"
    nanofrontier reproduce --only core

Each technique's `cli.py` defines `main(argv) -> int` and is imported only when its name is used,
so `nanofrontier lm ...` never pays for importing the others.
"""

from __future__ import annotations

import importlib
import sys

# command -> (module with main(argv) -> int, one-line help). A technique adds one line here.
COMMANDS: dict[str, tuple[str, str]] = {
    "lm": ("nanofrontier.core.cli", "train, sample from and evaluate the core Llama/Qwen2 decoder"),
    "xverify": ("nanofrontier.xverify.cli", "verify reasoning outputs against references (xVerify)"),
    "bitnet": ("nanofrontier.bitnet.cli", "train, convert, sample from and benchmark BitNet b1.58 ternary models"),
    "prima": ("nanofrontier.prima.cli", "profile devices, plan a piped-ring split (Halda), serve (prima.cpp)"),
    "climb": ("nanofrontier.climb.cli", "find a pre-training data mixture: clusters + iterative proxy search (CLIMB)"),
    "antidistill": ("nanofrontier.antidistill.cli", "sample traces that poison distillation, and serve them"),
    "genius": ("nanofrontier.genius.cli", "self-train reasoning without labels: foresight pairs, ACO (Genius)"),
    "internvl": ("nanofrontier.internvl.cli", "train, chat with, evaluate, convert InternVL3 vision-language models"),
    "seaweed": ("nanofrontier.seaweed.cli", "train a causal video VAE + hybrid-stream DiT, sample clips (Seaweed-7B)"),
    "reproduce": ("nanofrontier.reproduce", "run every technique's tiny reproduction and write the report"),
}


# (command, action) -> a module whose main(argv) runs that action without importing torch, dispatched before
# the technique's CLI (which imports it): BitNet's lean runtime keeps ~190 MiB of torch out of its process.
LIGHT_ACTIONS: dict[tuple[str, str], str] = {("bitnet", "run"): "nanofrontier.bitnet.runtime"}


def usage() -> str:
    width = max(len(name) for name in COMMANDS)
    lines = ["usage: nanofrontier <command> [options]", "", "commands:"]
    lines += [f"  {name:<{width}}  {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "`nanofrontier <command> --help` describes each command."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    if argv[0] in ("-V", "--version"):
        from nanofrontier import __version__

        print(f"nanofrontier {__version__}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"nanofrontier: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    if (name, *rest[:1]) in LIGHT_ACTIONS:
        return int(importlib.import_module(LIGHT_ACTIONS[(name, rest[0])]).main(rest[1:]) or 0)
    module = importlib.import_module(COMMANDS[name][0])
    return int(module.main(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
