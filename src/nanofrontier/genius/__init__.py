"""Genius (arXiv 2504.08672): improve a reasoning policy from unlabelled queries alone, by stepwise foresight
re-sampling (preference pairs scored by the policy's own rollouts) and the ACO loss.

    from nanofrontier.genius import ForesightConfig, PreferenceConfig, read_pairs, synthesize, train_preference
    synthesize(model, tokenizer, queries, "pairs.jsonl", ForesightConfig(timesteps=4))     # resumable JSONL
    train_preference(model, tokenizer, read_pairs("pairs.jsonl"), PreferenceConfig(loss="aco"), out_dir="runs/aco")

Modules: foresight.py (the re-sampling search), batching.py (continuous batching through one KV cache,
per-row random streams), synthesis.py (pairs to JSONL, resume, the query and pair readers), losses.py (ACO in
the paper's and the released code's form, self-SFT; DPO, IPO and SimPO are `core.preference`'s), train.py
(the losses through `core.train` with a frozen reference), evaluation.py (greedy accuracy, AUROC), chains.py
and policy.py (the reproduction's task and starting policy), cli.py, reproduce.py.
"""

from nanofrontier.genius.foresight import Candidate, ForesightConfig, ForesightResult, Pair, foresight_search
from nanofrontier.genius.losses import aco_loss, aco_weight, sft_loss
from nanofrontier.genius.synthesis import read_pairs, read_queries, synthesize
from nanofrontier.genius.train import LOSSES, PreferenceConfig, train_preference

__all__ = ["LOSSES", "Candidate", "ForesightConfig", "ForesightResult", "Pair", "PreferenceConfig", "aco_loss",
           "aco_weight", "foresight_search", "read_pairs", "read_queries", "sft_loss", "synthesize",
           "train_preference"]
