"""Worker for test_train's torchrun check: `python -m torch.distributed.run --nproc_per_node 2
tests/ddp_worker.py OUT_DIR`. test_train imports the same model, data and loss for its
single-process reference run."""

import sys

import torch
import torch.nn.functional as F
from torch import nn

from nanofrontier.core.train import TrainConfig, train

ROWS_PER_INDEX = 3
_gen = torch.Generator().manual_seed(0)
X = torch.randn(64, 5, generator=_gen)
Y = X @ torch.randn(5, 1, generator=_gen) + 0.1 * torch.randn(64, 1, generator=_gen)


def make_model() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))


def batches(i: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Global micro-batch i: a fixed slice of the dataset."""
    rows = (torch.arange(ROWS_PER_INDEX) + i * ROWS_PER_INDEX) % len(X)
    return X[rows], Y[rows]


def loss_fn(model: nn.Module, batch: tuple[torch.Tensor, torch.Tensor]) -> tuple[torch.Tensor, dict]:
    x, y = batch
    pred = model(x)
    return F.mse_loss(pred, y), {"mae": (pred - y).abs().mean().item()}


def config(grad_accum: int) -> TrainConfig:
    return TrainConfig(max_steps=5, lr=3e-2, warmup_steps=1, grad_accum=grad_accum, log_every=1, grad_clip=0.5)


if __name__ == "__main__":
    torch.set_num_threads(1)
    # 2 ranks x grad_accum 2 see the same 4 micro-batches per step as 1 process with grad_accum 4
    train(make_model(), loss_fn, batches, config(grad_accum=2), out_dir=sys.argv[1], progress=False)
