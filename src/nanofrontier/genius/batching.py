"""Continuous batching: `slots` rows decoded together through one KV cache, each row with its own positions, a
finished row's slot refilled by the next waiting row.

    queue = deque([Row(prompt=ids, seed=row_seed(0, query, timestep, j), key=anything), ...])
    def on_done(rows, tokens, logps, lengths): ...     # may append more rows to `queue`
    generated = decode_rows(model, queue, on_done, slots=32, max_new_tokens=64, temperatures=(0.8, 0.5),
                            switch_ids=newlines, stop_ids=stops)

A static batch decodes every row until its longest one stops. Foresight rows end at very different lengths (a
one-line answer beside a three-step rollout), so much of such a batch's work goes to rows already done. Here a
row that stops hands its slot to the next row of `queue` (as soon as `admit_at` slots are free, an eighth by
default: each admission is one prefill call); `on_done` may extend the queue (the next timestep of a query
whose pool is complete). With `refill=False` rows are admitted only into an empty
batch: the static batching this replaces, kept for comparison.

How a slot is reused. The cache's columns are shared, its rows are not: the row in slot i holds its tokens in
columns [start_i, S), S being the cache's fill, and the attention mask hides the columns before start_i. A new
row's prompt, all but its last token, is prefilled on its own (rows admitted together are left-padded among
themselves) and its keys and values are copied into columns [S - len, S) of its slot; its last prompt token is
fed with every other row's next token in the shared decode step. Positions (RoPE) are per row, 0 at the row's
first token whatever its column. Columns that no live row uses any more (those before the smallest start) are
dropped by shifting the cache left once they are half of it; the cache grows when a row needs more room.

Sampling. Each row draws from its own counter-based stream (SplitMix64 of the row's seed and the index of the
token in the row, inverted through the row's CDF), so a row's tokens depend on its seed and its logits only: not
on its slot, its batch-mates, nor whether it ran alone (up to the float rounding of different batch shapes).
Temperature is per row: `temperatures[0]` until the row's first `switch_ids` token (a step's newline),
`temperatures[1]` after it (the rollout); 0 is greedy. The log-probs handed to `on_done` are the untempered
policy's.

Legend: W slots, S cache columns, L max_new_tokens, V vocabulary, n rows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from nanofrontier.core.cache import KVCache
from nanofrontier.core.model import default_positions
from nanofrontier.core.sample import left_pad

_GOLDEN, _MIX1, _MIX2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_MASK64 = 2**64 - 1


@dataclass(frozen=True)
class Row:
    prompt: Sequence[int]  # at least one token
    seed: int  # a signed 64-bit integer (row_seed)
    key: Any = None  # the caller's handle, given back to on_done


OnDone = Callable[[list[Row], Tensor, Tensor, Tensor], None]  # rows, tokens [n, L], logps [n, L], lengths [n]


def _signed(x: int) -> int:
    return x - 2**64 if x >= 2**63 else x


def _mix64(z: int) -> int:
    """SplitMix64's finaliser on a Python int in [0, 2^64)."""
    z = ((z ^ (z >> 30)) * _MIX1) & _MASK64
    z = ((z ^ (z >> 27)) * _MIX2) & _MASK64
    return z ^ (z >> 31)


def row_seed(*parts: int) -> int:
    """A row's seed (signed int64) from any integers: the run's seed, the query, the timestep, the row."""
    h = 0
    for p in parts:
        h = _mix64(((h ^ (p & _MASK64)) + _GOLDEN) & _MASK64)
    return _signed(h)


def _shr(x: Tensor, n: int) -> Tensor:
    """Logical right shift of int64 (torch's >> is arithmetic); int64 products wrap modulo 2^64."""
    return (x >> n) & ((1 << (64 - n)) - 1)


def uniforms(seeds: Tensor, counters: Tensor) -> Tensor:
    """Draw number `counters` of the SplitMix64 stream `seeds` (int64, one shape), as float64 in [0, 1)."""
    z = seeds + (counters + 1) * _signed(_GOLDEN)
    z = (z ^ _shr(z, 30)) * _signed(_MIX1)
    z = (z ^ _shr(z, 27)) * _signed(_MIX2)
    z = z ^ _shr(z, 31)
    return _shr(z, 11).double() * 2.0**-53


def sample_rows(logits: Tensor, temperature: Tensor, draws: Tensor) -> Tensor:
    """One token [W] per row of logits [W, V] at its own temperature [W] (0: greedy), by inverting the row's
    CDF at its own uniform draw [W] (`uniforms`)."""
    greedy = temperature == 0
    scaled = logits.double() / torch.where(greedy, 1.0, temperature.double())[:, None]
    cdf = scaled.softmax(-1).cumsum(-1)  # [W, V]
    u = draws * cdf[:, -1]
    token = torch.searchsorted(cdf, u[:, None], right=True).squeeze(1).clamp(max=logits.shape[-1] - 1)
    return torch.where(greedy, logits.argmax(-1), token)


class SlotCache:
    """A KV cache whose W slots each hold a sequence of their own in columns [start, S) (module docstring)."""

    def __init__(self, model: nn.Module, slots: int, max_len: int) -> None:
        param = next(model.parameters())
        self.config, self.dtype, self.device = model.config, param.dtype, param.device
        self.cache = KVCache.for_model(self.config, batch_size=slots, max_len=max_len, dtype=self.dtype,
                                       device=self.device)
        self.start = torch.zeros(slots, dtype=torch.long, device=self.device)  # [W]
        self.key_start, self.padded = self.start.clone(), False  # set by refresh

    @property
    def fill(self) -> int:
        return self.cache.length()

    def reset(self) -> None:
        self.cache.truncate(0)
        self.start.zero_()

    def place(self, slots: Tensor, k: Tensor, v: Tensor, lengths: Tensor) -> None:
        """Copy prefilled keys and values k, v [layers, n, Hkv, P, Dh] of left-padded rows with `lengths` [n]
        real tokens into `slots` [n], ending at the fill (which moves right first when it is below P)."""
        P = k.shape[3]
        if self.fill < P:
            self._shift_right(P - self.fill)
        S = self.fill
        self.cache.k[:, slots, :, S - P:S] = k
        self.cache.v[:, slots, :, S - P:S] = v
        self.start[slots] = S - lengths

    def refresh(self, active: Tensor, *, force: bool = False) -> None:
        """After rows came or went: drop the columns before every live row's start once they are half the
        cache (or when `force`), and fix the key mask until the next change (a free slot sees the columns from
        the fill on: only what it was fed itself)."""
        S = self.fill
        first = int(torch.where(active, self.start, S).min()) if S else 0
        if first > 0 and (2 * first >= S or force):
            c = self.cache
            c.k[:, :, :, :S - first] = c.k[:, :, :, first:S].clone()
            c.v[:, :, :, :S - first] = c.v[:, :, :, first:S].clone()
            c.truncate(S - first)
            self.start = (self.start - first).clamp(min=0)
        self.key_start = torch.where(active, self.start, self.fill)  # [W]
        self.padded = bool(self.key_start.any())

    def make_room(self, active: Tensor) -> None:
        """Room for one more column: drop dead columns when the cache is full, grow when that is not enough."""
        if self.fill + 1 > self.cache.max_len:
            self.refresh(active, force=True)
        if self.fill + 1 > self.cache.max_len:
            self._grow(2 * self.cache.max_len)

    def mask(self) -> Tensor | None:
        """Key mask [W, S+1] for the next one-token step; None when every slot starts at column 0."""
        if not self.padded:
            return None
        return torch.arange(self.fill + 1, device=self.device)[None] >= self.key_start[:, None]

    def _shift_right(self, d: int) -> None:
        S = self.fill
        if S + d + 1 > self.cache.max_len:
            self._grow(max(S + d + 1, 2 * self.cache.max_len))
        c = self.cache
        c.k[:, :, :, d:d + S] = c.k[:, :, :, :S].clone()
        c.v[:, :, :, d:d + S] = c.v[:, :, :, :S].clone()
        for layer in c.layers:
            c.advance(layer, d)
        self.start += d

    def _grow(self, max_len: int) -> None:
        old, S = self.cache, self.fill
        self.cache = KVCache.for_model(self.config, batch_size=old.batch_size, max_len=max_len, dtype=self.dtype,
                                       device=self.device)
        self.cache.k[:, :, :, :S], self.cache.v[:, :, :, :S] = old.k[:, :, :, :S], old.v[:, :, :, :S]
        for layer in self.cache.layers:
            self.cache.advance(layer, S)


def prefill(model: nn.Module, prompts: Sequence[Sequence[int]], pad_id: int) -> tuple[Tensor, Tensor]:
    """Keys and values [layers, n, Hkv, P, Dh] of left-padded prompts, each row at positions 0, 1, ..."""
    ids, mask = left_pad(prompts, pad_id)
    param = next(model.parameters())
    n, P = ids.shape
    cache = KVCache.for_model(model.config, batch_size=n, max_len=P, dtype=param.dtype, device=param.device)
    ids = ids.to(param.device)
    mask = None if mask is None else mask.to(param.device)
    model(ids, cache=cache, attention_mask=mask, positions=default_positions(n, P, 0, mask, param.device),
          logits_to_keep=1)
    return cache.k, cache.v


class _Slots:
    """Per-slot decoding state, every field a tensor over the W slots (rows: the Row in each slot)."""

    def __init__(self, W: int, L: int, device: torch.device) -> None:
        self.rows: list[Row | None] = [None] * W
        self.active = torch.zeros(W, dtype=torch.bool, device=device)
        self.token = torch.zeros(W, dtype=torch.long, device=device)  # the token fed next
        self.position = torch.zeros(W, dtype=torch.long, device=device)  # its position
        self.count = torch.zeros(W, dtype=torch.long, device=device)  # tokens generated
        self.in_step = torch.ones(W, dtype=torch.bool, device=device)  # no switch token yet
        self.draws = torch.zeros(W, L, dtype=torch.float64, device=device)  # the row's uniforms, one per token
        self.tokens = torch.zeros(W, L, dtype=torch.long, device=device)
        self.logps = torch.zeros(W, L, dtype=torch.float32, device=device)


def _admit(model: nn.Module, state: _Slots, cache: SlotCache, queue: deque[Row], pad_id: int) -> None:
    """Move rows from the queue into free slots: prefill their prompts and set their state."""
    free = [i for i, row in enumerate(state.rows) if row is None][:len(queue)]
    if not free:
        return
    if not bool(state.active.any()):
        cache.reset()
    rows = [queue.popleft() for _ in free]
    device = state.active.device
    slots = torch.tensor(free, device=device)
    heads = [list(r.prompt[:-1]) for r in rows]
    if any(len(r.prompt) == 0 for r in rows):
        raise ValueError("decode_rows: a row has an empty prompt")
    filled = [i for i, h in enumerate(heads) if h]
    if filled:  # rows with the same prompt (a beam's N candidates) share one prefill
        unique = {h: j for j, h in enumerate(dict.fromkeys(tuple(heads[i]) for i in filled))}
        k, v = prefill(model, list(unique), pad_id)
        which = torch.tensor([unique[tuple(heads[i])] for i in filled], device=device)
        lengths = torch.tensor([len(heads[i]) for i in filled], device=device)
        cache.place(slots[filled], k[:, which], v[:, which], lengths)
    empty = [i for i, h in enumerate(heads) if not h]
    cache.start[slots[empty]] = cache.fill
    for i, row in zip(free, rows, strict=True):
        state.rows[i] = row
    state.active[slots] = True
    state.token[slots] = torch.tensor([r.prompt[-1] for r in rows], device=device)
    state.position[slots] = torch.tensor([len(r.prompt) - 1 for r in rows], device=device)
    seeds = torch.tensor([r.seed for r in rows], dtype=torch.long, device=device)
    L = state.draws.shape[1]
    state.draws[slots] = uniforms(seeds[:, None].expand(-1, L), torch.arange(L, device=device).expand(len(rows), L))
    state.count[slots] = 0
    state.in_step[slots] = True


def _retire(state: _Slots, done: Tensor, on_done: OnDone) -> int:
    """Hand finished rows to on_done and free their slots; returns their generated tokens."""
    idx = done.nonzero().flatten()
    rows = [state.rows[i] for i in idx.tolist()]
    lengths = state.count[idx].cpu()
    for i in idx.tolist():
        state.rows[i] = None
    state.active[idx] = False
    on_done(rows, state.tokens[idx].cpu(), state.logps[idx].cpu(), lengths)
    return int(lengths.sum())


@torch.inference_mode()
def decode_rows(model: nn.Module, queue: deque[Row], on_done: OnDone, *, slots: int, max_new_tokens: int,
                temperatures: tuple[float, float], switch_ids: Sequence[int], stop_ids: Sequence[int],
                refill: bool = True, admit_at: int = 0, pad_id: int = 0) -> int:
    """Decode every row of `queue` (and those on_done adds) in `slots` slots; returns the tokens generated.

    A row ends at its first stop token (included) or after max_new_tokens; on_done then gets its tokens and
    untempered log-probs, padded to L, with its length. Waiting rows are admitted once `admit_at` slots are
    free (0: an eighth of the slots), or every free slot can be filled: each admission costs a prefill call."""
    if slots < 1 or max_new_tokens < 1 or min(temperatures) < 0:
        raise ValueError(f"decode_rows: slots {slots}, max_new_tokens {max_new_tokens} and temperatures "
                         f"{temperatures} must be >= 1, >= 1 and >= 0")
    device = next(model.parameters()).device
    W, L = slots, max_new_tokens
    state = _Slots(W, L, device)
    cache = SlotCache(model, W, max_len=max((len(r.prompt) for r in queue), default=1) + L + 1)
    switch = torch.tensor(list(switch_ids), dtype=torch.long, device=device)
    stop = torch.tensor(list(stop_ids), dtype=torch.long, device=device)
    every = torch.arange(W, device=device)
    admit_at = admit_at or max(1, W // 8)
    generated, live = 0, 0
    while True:
        if queue and (live == 0 or (refill and W - live >= min(admit_at, len(queue)))):
            _admit(model, state, cache, queue, pad_id)
            live = int(state.active.sum())
            cache.refresh(state.active)
        if live == 0:
            return generated
        cache.make_room(state.active)
        logits = model(state.token[:, None], cache=cache.cache, attention_mask=cache.mask(),
                       positions=state.position[:, None], logits_to_keep=1)[:, -1]  # [W, V]
        temperature = torch.where(state.in_step, temperatures[0], temperatures[1])
        column = state.count.clamp(max=L - 1)
        token = sample_rows(logits, temperature, state.draws[every, column])
        state.tokens[every, column] = token
        state.logps[every, column] = logits.float().log_softmax(-1).gather(1, token[:, None]).squeeze(1)
        state.count += state.active.long()
        state.in_step &= ~torch.isin(token, switch)
        state.token, state.position = token, state.position + 1
        done = state.active & (torch.isin(token, stop) | (state.count >= L))
        if bool(done.any()):
            generated += _retire(state, done, on_done)
            live = int(state.active.sum())
            if live:
                cache.refresh(state.active)
