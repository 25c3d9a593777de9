"""One rank of test_ring's multi-process checks. Run once per rank with RANK, WORLD_SIZE, MASTER_ADDR and
MASTER_PORT set:  python tests/prima/ring_worker.py OUT_DIR CKPT_DIR W K

The head runs a fixed script (prefill logits, a truncate-and-redo step, greedy and sampled generation,
a batch of two prompts) and saves what it saw to OUT_DIR/rank0.pt; a worker saves the windows it
prefetched, in order. A `RingError` at start-up is saved as {"error": message} by every rank.
test_ring builds the single-process reference and compares."""

import os
import sys
from datetime import timedelta

import torch
import torch.distributed as dist

from nanofrontier.core.sample import SampleConfig
from nanofrontier.prima.ring import RingError, RingHead, RingWorker

PROMPT = [5, 17, 42, 9, 100]
SHORT = [7, 3]
NEW = 5
SAMPLE = SampleConfig(temperature=0.8, top_k=40, top_p=0.9)


def head_script(head: RingHead) -> dict:
    out: dict = {}
    head.reset(1, 16)
    out["prefill"] = head.forward(torch.tensor([PROMPT]))  # [1, P, V]
    token = out["prefill"][:, -1:].argmax(-1)
    out["next"] = head.forward(token)
    head.truncate(len(PROMPT))  # every rank drops the step above, so redoing it must give the same logits
    out["redo"] = head.forward(token)
    seen: list[torch.Tensor] = []
    out["streamed"] = []
    out["greedy"] = head.generate(PROMPT, NEW, processors=[lambda ids, logits: seen.append(logits) or logits],
                                  on_token=out["streamed"].append)
    out["greedy_logits"] = torch.stack(seen)
    out["sampled"] = head.generate(PROMPT, NEW, sample=SAMPLE, generator=torch.Generator().manual_seed(1))
    steps = head.stream([PROMPT, SHORT], SampleConfig(max_new_tokens=NEW, temperature=0))
    out["batch"] = torch.stack([s.tokens for s in steps], dim=1).tolist()
    return out


def main(out_dir: str, ckpt: str, w: str, k: str) -> None:
    torch.set_num_threads(1)
    rank = int(os.environ["RANK"])
    dist.init_process_group("gloo", timeout=timedelta(seconds=60))
    try:
        if rank == 0:
            layout = {"plan": "auto"} if w == "auto" else {"w": [int(x) for x in w.split(",")], "k": int(k)}
            with RingHead(ckpt, **layout) as head:
                result = head_script(head)
                if head.plan is not None:
                    result["plan"] = {"w": head.layout.w, "k": head.layout.k, "predicted_ms": head.plan.predicted_ms,
                                      "links": [(d.link_rtt_s, d.link_bw) for d in head.plan.devices]}
        else:
            worker = RingWorker(ckpt)
            prefetched: list[int] = []
            prefetch = worker.stage.prefetch
            worker.stage.prefetch = lambda j: (prefetched.append(j), prefetch(j))
            result = {"steps": worker.serve(), "prefetched": prefetched, "windows": worker.stage.windows,
                      "cache_layers": worker.stage.cache.layers}
    except RingError as e:
        result = {"error": str(e)}
    torch.save(result, os.path.join(out_dir, f"rank{rank}.pt"))
    dist.destroy_process_group()


if __name__ == "__main__":
    main(*sys.argv[1:])
