"""Stepwise foresight re-sampling (Genius §3.1): M beams x N candidate steps, one foresight rollout per
candidate scored by its mean log-prob, re-sampling by softmax(f / tau), one preference pair per timestep.

    cfg = ForesightConfig(beams=2, candidates=4, timesteps=3)
    results, generated = foresight_search(model, tokenizer, prompts, cfg, seed=0)
    for result in results:                  # one per prompt
        result.pairs                        # [Pair]: (T_w, A_w, T_l, A_l) per timestep
        result.pools                        # [[Candidate]]: every scored candidate, per timestep

A step is one line. At timestep k every live beam (prefix a_<k, value Q_k-1) gets N candidate steps a_k,
sampled at `step_temperature` until a newline; each is continued to the end at `rollout_temperature` (the
foresight rollout a'_>k), and f_k = the mean log-prob of that rollout under the policy (Eq. 1). With
F = softmax(f / tau) over the pool (Eq. 2):
- exploration: M candidates drawn from F without replacement become the next beams, Q_k := f_k (Eqs. 3-4);
- exploitation: the winner T_w is the highest-f trajectory; the loser T_l is re-sampled from F without the
  winner (Eq. 5; negative="paper") or drawn uniformly from the rest (negative="uniform", the released code);
- advantages A = f - Q of the candidate's own parent beam (Eq. 6; Q_0 = 0).

Trajectories are whole responses (prefix + step + rollout). A candidate whose step ends the response has no
rollout and is scored by its step's own mean log-prob; it is not expanded further. Identical trajectories
cannot form a pair, so the loser is drawn among the candidates whose text differs from the winner's; an empty
response (the stop token alone) takes no part in pairs.

Batching (`batching.py`): every candidate of every query is a row of one continuous batch of
`max_batch_rows` slots through the KV cache (0: as many as the first timestep's rows; 1: one sequence at a
time). A row decodes its step and its rollout in one go, at the step temperature until its first newline and
at the rollout temperature after, recording each token's log-prob under the untempered policy, so f costs no
second forward. A finished row's slot goes at once to the next waiting row; a query's next timestep is queued
as soon as its own pool is complete, so the queries of a search are at different timesteps at once. Every
row draws from its own random stream (seeded from the search's seed, the query, the timestep and the row) and
every query re-samples with its own generator, so the pairs do not depend on the batching: continuous,
static (`batching="static"`: a slot is refilled only once the whole batch has finished) and one at a time give
the same pairs, up to the float rounding of different batch shapes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

import torch
from torch import Tensor, nn

from nanofrontier.core.tokenizer import Tokenizer
from nanofrontier.genius.batching import OnDone, Row, decode_rows, row_seed
from nanofrontier.genius.evaluation import stop_ids

NEGATIVES = ("paper", "uniform")
BATCHING = ("continuous", "static")


@dataclass(frozen=True, kw_only=True)
class ForesightConfig:
    beams: int = 2  # M (Genius: 2)
    candidates: int = 4  # N per beam (Genius: 4)
    timesteps: int = 4  # K (Genius: 4)
    tau: float = 0.1  # softmax temperature of the re-sampling distribution (the released code: 0.1)
    step_temperature: float = 0.6
    rollout_temperature: float = 1.0
    max_new_tokens: int = 1024  # per candidate: its step and rollout together
    negative: str = "paper"
    queries_per_round: int = 32
    max_batch_rows: int = 0  # rows decoded together (slots); 0: a round's first-timestep rows; 1: one at a time
    batching: str = "continuous"  # refill a finished row's slot at once; "static": only when all have finished

    def __post_init__(self) -> None:
        checks = [("beams", self.beams >= 1), ("candidates", self.candidates >= 1), ("timesteps", self.timesteps >= 1),
                  ("tau", self.tau > 0), ("step_temperature", self.step_temperature > 0),
                  ("rollout_temperature", self.rollout_temperature > 0), ("max_new_tokens", self.max_new_tokens >= 1),
                  ("negative", self.negative in NEGATIVES), ("queries_per_round", self.queries_per_round >= 1),
                  ("max_batch_rows", self.max_batch_rows >= 0), ("batching", self.batching in BATCHING)]
        for name, ok in checks:
            if not ok:
                raise ValueError(f"ForesightConfig.{name} is out of range: {getattr(self, name)!r}")
        if self.beams * self.candidates < 2:
            raise ValueError("ForesightConfig: beams x candidates must be >= 2 to form a pair")


@dataclass(frozen=True, kw_only=True)
class Candidate:
    prefix: tuple[int, ...]  # the parent beam's steps
    step: tuple[int, ...]  # this candidate step, its newline (or stop token) included
    rollout: tuple[int, ...]  # the foresight continuation, its stop token included when produced
    score: float  # f: mean log-prob of the rollout (of the step when there is no rollout)
    parent_value: float  # Q of the parent beam
    finished: bool  # the step itself ended the response

    @property
    def trajectory(self) -> tuple[int, ...]:
        return self.prefix + self.step + self.rollout

    @property
    def advantage(self) -> float:
        return self.score - self.parent_value


@dataclass(frozen=True, kw_only=True)
class Pair:
    prompt: str
    chosen: str
    rejected: str
    chosen_score: float
    rejected_score: float
    chosen_advantage: float
    rejected_advantage: float
    timestep: int = 0  # 1-based; 0 when unknown
    query: int = -1  # the query's index in its file; -1 when unknown


@dataclass
class ForesightResult:
    prompt: str
    pairs: list[Pair] = field(default_factory=list)
    pools: list[list[Candidate]] = field(default_factory=list)  # per timestep


@dataclass(frozen=True)
class _Beam:
    prefix: tuple[int, ...]
    value: float


def newline_token_ids(tokenizer: Tokenizer) -> list[int]:
    """Every token whose text contains a newline: a step ends at the first of them."""
    ids = [i for i in range(tokenizer.vocab_size) if "\n" in tokenizer.decode([i])]
    if not ids:
        raise ValueError("the tokenizer has no token containing a newline: steps (lines) cannot be cut")
    return ids


@dataclass(frozen=True)
class Continuations:
    steps: list[tuple[int, ...]]
    rollouts: list[tuple[int, ...]]
    scores: list[float]
    finished: list[bool]  # the step itself ended the response
    generated_tokens: int


def _split(tokens: Tensor, logps: Tensor, valid: Tensor, newline_ids: Tensor, stop: Tensor) -> Continuations:
    """Rows of one generate call -> (step, rollout, f). tokens, logps, valid [B, L]."""
    B, L = tokens.shape
    col = torch.arange(L).expand(B, L)
    ends = (torch.isin(tokens, newline_ids) | torch.isin(tokens, stop)) & valid
    step_len = torch.where(ends.any(1), (col.masked_fill(~ends, L)).min(1).values + 1, valid.sum(1))  # [B]
    n = valid.sum(1)  # [B]
    in_rollout = (col >= step_len[:, None]) & valid
    in_step = (col < step_len[:, None]) & valid
    rollout_count = in_rollout.sum(1)
    rollout_mean = (logps * in_rollout).sum(1) / rollout_count.clamp(min=1)
    step_mean = (logps * in_step).sum(1) / step_len.clamp(min=1)
    score = torch.where(rollout_count > 0, rollout_mean, step_mean)
    finished = torch.isin(tokens.gather(1, (step_len - 1).clamp(min=0)[:, None]).squeeze(1), stop)
    rows = tokens.tolist()
    return Continuations(steps=[tuple(r[:s]) for r, s in zip(rows, step_len.tolist(), strict=True)],
                         rollouts=[tuple(r[s:m]) for r, s, m in zip(rows, step_len.tolist(), n.tolist(), strict=True)],
                         scores=score.tolist(), finished=finished.tolist(), generated_tokens=int(n.sum()))


def _decode(model: nn.Module, queue: deque[Row], on_done: OnDone, cfg: ForesightConfig, newline_ids: Sequence[int],
            stop: Sequence[int], pad_id: int, slots: int) -> int:
    return decode_rows(model, queue, on_done, slots=slots, max_new_tokens=cfg.max_new_tokens,
                       temperatures=(cfg.step_temperature, cfg.rollout_temperature), switch_ids=newline_ids,
                       stop_ids=stop, refill=cfg.batching == "continuous", pad_id=pad_id)


def _split_rows(tokens: Tensor, logps: Tensor, lengths: Tensor, newline_ids: Sequence[int],
                stop: Sequence[int]) -> Continuations:
    valid = torch.arange(tokens.shape[1])[None] < lengths[:, None]
    return _split(tokens, logps, valid, torch.tensor(list(newline_ids)), torch.tensor(list(stop)))


def sample_continuations(model: nn.Module, prompts: Sequence[Sequence[int]], *, newline_ids: Sequence[int],
                         stop: Sequence[int], cfg: ForesightConfig, seeds: Sequence[int],
                         pad_id: int) -> Continuations:
    """One step and its foresight rollout per prompt, row i drawn from its own stream `seeds[i]` (row_seed),
    in `cfg.max_batch_rows` slots (0: one per prompt)."""
    if len(seeds) != len(prompts):
        raise ValueError(f"sample_continuations: {len(seeds)} seeds for {len(prompts)} prompts")
    done: dict[int, tuple] = {}

    def on_done(rows: list[Row], tokens: Tensor, logps: Tensor, lengths: Tensor) -> None:
        out = _split_rows(tokens, logps, lengths, newline_ids, stop)
        for i, row in enumerate(rows):
            done[row.key] = (out.steps[i], out.rollouts[i], out.scores[i], out.finished[i])

    queue = deque(Row(prompt=list(p), seed=s, key=i) for i, (p, s) in enumerate(zip(prompts, seeds, strict=True)))
    generated = _decode(model, queue, on_done, cfg, newline_ids, stop, pad_id, cfg.max_batch_rows or len(prompts))
    steps, rollouts, scores, finished = zip(*(done[i] for i in range(len(prompts))), strict=True)
    return Continuations(steps=list(steps), rollouts=list(rollouts), scores=list(scores), finished=list(finished),
                         generated_tokens=generated)


def _resample_softmax(scores: Sequence[float], tau: float, k: int, generator: torch.Generator) -> list[int]:
    """k indices drawn without replacement from softmax(scores / tau) (float64, so tiny masses survive)."""
    logits = torch.tensor(scores, dtype=torch.float64) / tau
    probs = (logits - logits.max()).exp()
    k = min(k, int((probs > 0).sum()))
    return torch.multinomial(probs, k, replacement=False, generator=generator).tolist()


def build_pair(pool: Sequence[Candidate], *, negative: str, tau: float,
               generator: torch.Generator) -> tuple[Candidate, Candidate] | None:
    """(winner, loser) of one timestep's pool, or None when every trajectory equals the winner's."""
    winner = max(pool, key=lambda c: c.score)
    rest = [c for c in pool if c.trajectory != winner.trajectory]
    if not rest:
        return None
    if negative == "uniform":
        pick = int(torch.randint(len(rest), (1,), generator=generator))
    else:
        pick = _resample_softmax([c.score for c in rest], tau, 1, generator)[0]
    return winner, rest[pick]


def next_beams(pool: Sequence[Candidate], *, beams: int, tau: float, generator: torch.Generator) -> list[_Beam]:
    """M candidates re-sampled from softmax(f / tau) without replacement, among those not yet finished."""
    open_ = [c for c in pool if not c.finished]
    if not open_:
        return []
    chosen = _resample_softmax([c.score for c in open_], tau, beams, generator)
    return [_Beam(open_[i].prefix + open_[i].step, open_[i].score) for i in chosen]


@dataclass(eq=False)
class _Query:
    index: int  # among the prompts of this search
    ids: list[int]
    generator: torch.Generator  # the query's own: re-sampling and pairs do not depend on other queries
    beams: list[_Beam]
    timestep: int = 0
    pool: list[Candidate | None] = field(default_factory=list)
    waiting: int = 0  # candidates of the current timestep not yet decoded


class _Search:
    """The queries of one search as a queue of rows: a query's next timestep is queued once its pool is full."""

    def __init__(self, tokenizer: Tokenizer, prompts: Sequence[str], encoded: list[list[int]], cfg: ForesightConfig,
                 *, seed: int, first_query: int, newline_ids: list[int], stop: list[int]) -> None:
        self.tokenizer, self.prompts, self.cfg, self.seed = tokenizer, prompts, cfg, seed
        self.first_query, self.newline_ids, self.stop = first_query, newline_ids, stop
        self.results = [ForesightResult(prompt=p) for p in prompts]
        self.queue: deque[Row] = deque()
        for i, ids in enumerate(encoded):
            generator = torch.Generator().manual_seed(row_seed(seed, first_query + i) % 2**63)
            self.launch(_Query(i, ids, generator, [_Beam((), 0.0)] * cfg.beams))  # k = 1: M bare prompts

    def launch(self, q: _Query) -> None:
        q.timestep += 1
        parents = [b for b in q.beams for _ in range(self.cfg.candidates)]
        q.pool, q.waiting = [None] * len(parents), len(parents)
        for j, beam in enumerate(parents):
            seed = row_seed(self.seed, self.first_query + q.index, q.timestep, j)
            self.queue.append(Row(prompt=q.ids + list(beam.prefix), seed=seed, key=(q, j, beam)))

    def on_done(self, rows: list[Row], tokens: Tensor, logps: Tensor, lengths: Tensor) -> None:
        out = _split_rows(tokens, logps, lengths, self.newline_ids, self.stop)
        for i, row in enumerate(rows):
            q, j, beam = row.key
            q.pool[j] = Candidate(prefix=beam.prefix, step=out.steps[i], rollout=out.rollouts[i],
                                  score=out.scores[i], parent_value=beam.value, finished=out.finished[i])
            q.waiting -= 1
            if q.waiting == 0:
                self.close(q)

    def close(self, q: _Query) -> None:
        """A full pool: its pair, the next beams and, unless it was the last timestep, their candidates."""
        cfg, stop, pool = self.cfg, self.stop, q.pool
        self.results[q.index].pools.append(pool)
        # an empty response (the stop token alone) has no text to write as a pair
        pairable = [c for c in pool if any(t not in stop for t in c.trajectory)]
        pair = build_pair(pairable, negative=cfg.negative, tau=cfg.tau, generator=q.generator) if pairable else None
        if pair is not None:
            self.results[q.index].pairs.append(_to_pair(self.prompts[q.index], *pair, self.tokenizer, stop,
                                                        q.timestep, self.first_query + q.index))
        q.beams = next_beams(pool, beams=cfg.beams, tau=cfg.tau, generator=q.generator)
        if q.timestep < cfg.timesteps and q.beams:
            self.launch(q)


def foresight_search(model: nn.Module, tokenizer: Tokenizer, prompts: Sequence[str], cfg: ForesightConfig, *,
                     seed: int, newline_ids: Sequence[int] | None = None,
                     first_query: int = 0) -> tuple[list[ForesightResult], int]:
    """Foresight re-sampling for every prompt, all of them decoded together (see the module docstring).

    Returns one `ForesightResult` per prompt and the number of tokens generated. Query `first_query + i`
    draws from streams of its own, seeded from (seed, its index), so its pairs do not depend on the other
    prompts, on how rows are batched, nor on how a long query list is split (`synthesize`)."""
    newline_ids = list(newline_ids) if newline_ids is not None else newline_token_ids(tokenizer)
    stop = list(stop_ids(model, tokenizer))
    if not stop:
        raise ValueError("the tokenizer and model config name no stop token: rollouts could not end")
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else 0
    encoded = [tokenizer.encode(p) for p in prompts]
    for i, ids in enumerate(encoded):
        if not ids:
            raise ValueError(f"query {first_query + i} is empty")
    search = _Search(tokenizer, prompts, encoded, cfg, seed=seed, first_query=first_query,
                     newline_ids=newline_ids, stop=stop)
    slots = cfg.max_batch_rows or len(search.queue)
    generated = _decode(model, search.queue, search.on_done, cfg, newline_ids, stop, pad, slots)
    return search.results, generated


def _to_pair(prompt: str, winner: Candidate, loser: Candidate, tokenizer: Tokenizer, stop: Sequence[int],
             timestep: int, query: int) -> Pair:
    def text(c: Candidate) -> str:
        return tokenizer.decode([t for t in c.trajectory if t not in stop])

    return Pair(prompt=prompt, chosen=text(winner), rejected=text(loser), chosen_score=winner.score,
                rejected_score=loser.score, chosen_advantage=winner.advantage, rejected_advantage=loser.advantage,
                timestep=timestep, query=query)
