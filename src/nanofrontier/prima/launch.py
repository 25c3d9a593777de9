"""Start one rank of the piped ring: `nanofrontier prima worker` and torchrun.

    # on each device (rank 0 is the head; it alone needs --w/--k, or gets an even split with k = 1)
    nanofrontier prima worker --rank 1 --world 3 --master 10.0.0.1:29500 --model ckpt/
    nanofrontier prima worker --rank 0 --world 3 --master 10.0.0.1:29500 --model ckpt/ --w 2,1,1 --k 2
    # or on one host; torchrun sets RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT
    torchrun --nproc-per-node 3 -m nanofrontier.prima.launch --model ckpt/ --w 2,1,1 --k 2
    # GPUs: each rank's windows and KV cache on its own GPU (cuda:LOCAL_RANK), hidden states over NCCL
    torchrun --nproc-per-node 2 -m nanofrontier.prima.launch --model ckpt/ --device cuda --w 16,16

Flags win over the environment. Rank 0 reads prompts from stdin, one a line (text when the model
directory has a tokenizer, else space-separated token ids), and prints the new tokens; a server calls
`start_head` and keeps the `RingHead`. `--timeout` bounds one round around the ring (see ring.py,
faults); `--idle-timeout` is the process-group timeout, which bounds start-up.

The head opens its checkpoint once (`core.checkpoint.Checkpoint`) and hands the object to the ring and the
server; a worker opens its own inside the handshake, so one that cannot is named by the head.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TextIO

import torch
import torch.distributed as dist

from nanofrontier.core import sysinfo
from nanofrontier.core.checkpoint import Checkpoint
from nanofrontier.prima.layout import even_windows
from nanofrontier.prima.ring import RingError, RingHead, RingWorker
from nanofrontier.prima.stage import stage_config

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class LaunchConfig:
    rank: int
    world: int
    master_addr: str
    master_port: int
    model: Path
    w: tuple[int, ...] | str | None = None  # the head's layout; "auto": Halda over profiles gathered along
    # the ring at start-up (gather.py); None: an even split with k = 1
    k: int = 1
    timeout_s: float = 60.0
    idle_timeout_s: float = 86400.0
    heartbeat_s: float = 0.5
    max_new_tokens: int = 64
    serve_port: int | None = None  # the head serves the OpenAI-compatible API instead of reading stdin
    serve_host: str = "127.0.0.1"
    api_key: str | None = None  # clients of the head's API must send "Authorization: Bearer <key>"
    link_delay_s: float = 0.0  # added before each hidden-state send to the next rank (simulate.py's link delay)
    memory_budget: int | str | None = "auto"  # bytes of weights kept resident (stage.py); None: the kernel decides
    pack: bool = False  # bitnet checkpoints: run this rank's layers on bitnet's 2-bit kernel (stage.py)
    device: str = "cpu"  # "cpu" (gloo) or "cuda": this rank's GPU, cuda:LOCAL_RANK (NCCL)
    local_rank: int = 0  # which GPU of this host, with device="cuda"


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The flags of `nanofrontier prima worker`; `config_from_args` reads them back."""
    parser.add_argument("--rank", type=int, help="this rank (default: $RANK)")
    parser.add_argument("--world", type=int, help="number of ranks (default: $WORLD_SIZE)")
    parser.add_argument("--master", help="HOST:PORT of rank 0 (default: $MASTER_ADDR:$MASTER_PORT)")
    parser.add_argument("--model", required=True, type=Path, help="checkpoint directory (the same on every rank)")
    parser.add_argument("--w", help="layers per window, by rank, head first, e.g. 2,1,1, or 'auto': every rank "
                                    "profiles itself and its link and the head plans with Halda (head only)")
    parser.add_argument("--k", type=int, default=1, help="rounds per token (head only)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds one round around the ring may take")
    parser.add_argument("--idle-timeout", type=float, default=86400.0, help="process-group timeout, seconds")
    parser.add_argument("--heartbeat", type=float, default=0.5, help="seconds between a worker's heartbeats")
    parser.add_argument("--max-new-tokens", type=int, default=64, help="tokens per prompt (head only)")
    parser.add_argument("--serve-port", type=int, help="head only: serve the OpenAI-compatible API on this port")
    parser.add_argument("--serve-host", default="127.0.0.1", help="address the API listens on (head only)")
    parser.add_argument("--api-key", help="head only: require 'Authorization: Bearer KEY' on the API "
                                          "(default: $NANOFRONTIER_API_KEY; unset: no check)")
    parser.add_argument("--memory-budget", default="auto", type=memory_budget_arg,
                        help="bytes of this rank's weights kept in RAM, the rest streamed from disk each token: "
                             "'auto' (available memory, cgroup-aware, less 5%%), a number, or 'none' (the "
                             "kernel's page reclaim decides, as llama.cpp)")
    parser.add_argument("--pack", action="store_true",
                        help="bitnet checkpoints: repack this rank's layers for bitnet's 2-bit CPU kernel")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="cuda: this rank's windows on its GPU (cuda:$LOCAL_RANK, else the rank modulo the "
                             "host's GPUs) and NCCL between ranks; cpu: gloo")
    return parser


def memory_budget_arg(text: str) -> int | str | None:
    if text in ("auto", "none"):
        return None if text == "none" else text
    if text.isdigit():
        return int(text)
    raise argparse.ArgumentTypeError(f"expected 'auto', 'none' or a byte count, got {text!r}")


def config_from_args(args: argparse.Namespace, environ: Mapping[str, str] = os.environ) -> LaunchConfig:
    """Flags first, then torchrun's variables; the error names whatever is missing."""
    if args.master:
        addr, sep, port = args.master.rpartition(":")
        if not sep or not addr or not port.isdigit():
            raise ValueError(f"--master must be HOST:PORT, got {args.master!r}")
    else:
        addr, port = environ.get("MASTER_ADDR", ""), environ.get("MASTER_PORT", "")
    found = {"rank": args.rank if args.rank is not None else environ.get("RANK"),
             "world": args.world if args.world is not None else environ.get("WORLD_SIZE"),
             "master address": addr or None, "master port": port or None}
    missing = [name for name, v in found.items() if v is None]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}: pass --rank/--world/--master HOST:PORT or set "
                         f"RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT (torchrun does)")
    rank, world = int(found["rank"]), int(found["world"])
    if not 0 <= rank < world:
        raise ValueError(f"rank {rank} is outside a world of {world}")
    if args.w == "auto":
        w: tuple[int, ...] | str | None = "auto"
    else:
        try:
            w = tuple(int(x) for x in args.w.split(",")) if args.w else None
        except ValueError:
            raise ValueError(f"--w must be integers separated by commas, or 'auto', got {args.w!r}") from None
    device = getattr(args, "device", "cpu")
    local_rank = int(environ.get("LOCAL_RANK", rank))
    return LaunchConfig(rank=rank, world=world, master_addr=addr, master_port=int(port), model=args.model, w=w,
                        k=args.k, timeout_s=args.timeout, idle_timeout_s=args.idle_timeout,
                        heartbeat_s=args.heartbeat, max_new_tokens=args.max_new_tokens,
                        serve_port=getattr(args, "serve_port", None),
                        serve_host=getattr(args, "serve_host", "127.0.0.1"),
                        memory_budget=getattr(args, "memory_budget", "auto"), pack=getattr(args, "pack", False),
                        device=device, local_rank=local_rank,
                        api_key=getattr(args, "api_key", None) or environ.get("NANOFRONTIER_API_KEY") or None)


def backend_for(device: str) -> str:
    """The process group's backend: NCCL between GPUs, gloo between CPUs."""
    return "nccl" if device == "cuda" else "gloo"


def rank_device(cfg: LaunchConfig) -> torch.device:
    """This rank's device: the CPU, or its GPU (LOCAL_RANK modulo the GPUs this host has)."""
    try:
        return sysinfo.local_device(cfg.device, cfg.local_rank)
    except ValueError as e:
        raise RingError(f"rank {cfg.rank}: {e}") from e


def init_group(cfg: LaunchConfig) -> torch.device:
    """Join the group over MASTER_ADDR:MASTER_PORT (rank 0 hosts the store unless torchrun's agent does);
    returns this rank's device."""
    device = rank_device(cfg)
    if device.type == "cuda":
        torch.cuda.set_device(device)  # NCCL's collectives and gather_object use the current device
    os.environ.update(MASTER_ADDR=cfg.master_addr, MASTER_PORT=str(cfg.master_port), RANK=str(cfg.rank),
                      WORLD_SIZE=str(cfg.world))
    if not dist.is_initialized():
        dist.init_process_group(backend_for(cfg.device), rank=cfg.rank, world_size=cfg.world,
                                timeout=timedelta(seconds=cfg.idle_timeout_s))
    return device


def start_head(cfg: LaunchConfig, *, plan=None, checkpoint: Checkpoint | None = None) -> RingHead:
    """Rank 0: join the group and return the head (for a server); `plan` (a HaldaPlan) overrides w/k."""
    if cfg.rank != 0:
        raise RingError(f"rank {cfg.rank} is a worker: start_head runs on rank 0")
    device = init_group(cfg)
    ckpt = checkpoint or Checkpoint(cfg.model)
    if plan is not None or cfg.w == "auto":
        layout = {"plan": plan if plan is not None else "auto"}
    else:
        layout = {"w": cfg.w or even_windows(stage_config(ckpt).num_hidden_layers, cfg.world), "k": cfg.k}
    return RingHead(ckpt, timeout_s=cfg.timeout_s, heartbeat_s=cfg.heartbeat_s, link_delay_s=cfg.link_delay_s,
                    memory_budget=cfg.memory_budget, pack=cfg.pack, device=device, **layout)


def run_worker(cfg: LaunchConfig) -> int:
    """Ranks 1..M-1: serve until the head closes the ring; returns the steps served."""
    device = init_group(cfg)
    return RingWorker(cfg.model, timeout_s=cfg.timeout_s, heartbeat_s=cfg.heartbeat_s, device=device,
                      link_delay_s=cfg.link_delay_s, memory_budget=cfg.memory_budget, pack=cfg.pack).serve()


def prompt_loop(head: RingHead, max_new_tokens: int, stdin: TextIO, stdout: TextIO) -> None:
    """One prompt a line until EOF: text with the model's tokenizer, else space-separated token ids."""
    model = head.stage.checkpoint.directory
    tok = None
    if (model / "tokenizer.json").exists():
        from nanofrontier.core.tokenizer import load_tokenizer

        tok = load_tokenizer(model)
    for line in stdin:
        if not line.strip():
            continue
        ids = tok.encode(line.rstrip("\n")) if tok else [int(x) for x in line.split()]
        new = head.generate(ids, max_new_tokens)
        print(tok.decode(new) if tok else " ".join(map(str, new)), file=stdout, flush=True)


def serve_ring(head: RingHead, cfg: LaunchConfig) -> None:
    """The head serves the OpenAI-compatible API (core.serve) over the ring until interrupted."""
    from nanofrontier.core.serve import serve
    from nanofrontier.core.tokenizer import load_tokenizer
    from nanofrontier.prima.engine import RingEngine

    engine = RingEngine(head, load_tokenizer(head.stage.checkpoint.directory), cfg.model.name)
    serve(engine, cfg.serve_host, cfg.serve_port, api_key=cfg.api_key)


def main(argv: Sequence[str] | None = None) -> int:
    """`nanofrontier prima worker` (and `python -m nanofrontier.prima.launch`); returns the exit status."""
    args = add_arguments(argparse.ArgumentParser(prog="nanofrontier prima worker")).parse_args(argv)
    return run(config_from_args(args))


def run(cfg: LaunchConfig, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    try:
        if cfg.rank == 0:
            with start_head(cfg) as head:
                if cfg.serve_port is not None:
                    serve_ring(head, cfg)
                else:
                    prompt_loop(head, cfg.max_new_tokens, stdin, stdout)
        else:
            run_worker(cfg)
    except RingError as e:
        print(f"prima worker: {e}", file=sys.stderr)
        return 1
    dist.destroy_process_group()
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
