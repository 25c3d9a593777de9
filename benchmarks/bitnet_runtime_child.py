"""The torch-free process of `bench_bitnet_decode.py`'s memory figure: on a runtime image it loads the model with
`nanofrontier.bitnet.runtime`, prefills a prompt, decodes `--new-tokens` greedily and prints one JSON line with
the process's peak resident memory (VmHWM). It never imports torch (checked). The runtime's timings are taken
in the benchmark's own process, interleaved with the torch model's rounds, where the host's drift hits both.

    python benchmarks/bitnet_runtime_child.py IMAGE_DIR --prompt 128 --new-tokens 16
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from nanofrontier.bitnet.runtime import Runtime
from nanofrontier.core import sysinfo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("image")
    parser.add_argument("--prompt", type=int, default=128)
    parser.add_argument("--new-tokens", type=int, default=16)
    parser.add_argument("--threads", type=int)
    args = parser.parse_args()
    rt = Runtime.load(args.image, max_len=args.prompt + args.new_tokens, threads=args.threads)
    ids = np.random.default_rng(0).integers(3, rt.V, args.prompt).tolist()
    tokens = list(rt.generate(ids, args.new_tokens))
    if "torch" in sys.modules:
        raise SystemExit("torch was imported: the runtime's memory figure would include it")
    print(json.dumps({"vm_hwm": sysinfo.rss_bytes("VmHWM"), "vm_rss": sysinfo.rss_bytes("VmRSS"),
                      "resident_bytes": rt.resident_bytes(), "threads": rt.threads, "new_tokens": len(tokens)}))


if __name__ == "__main__":
    main()
