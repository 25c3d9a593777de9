"""Stepwise foresight re-sampling (Genius §3.1): M beams x N candidate steps, one foresight rollout per
candidate scored by its mean log-prob, re-sampling by softmax(f / tau), one preference pair per timestep.

    cfg = ForesightConfig(beams=2, candidates=4, timesteps=3)
    results = foresight_search(model, tokenizer, prompts, cfg, generator=torch.Generator().manual_seed(0))
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

Batching: a round is one timestep of `queries_per_round` queries. Its M x N candidates per query are
sampled as one batch through the KV cache (left padding, `core.sample`), the step and its rollout in the
same pass: a logits processor switches each row from the step temperature to the rollout temperature after
the row's first newline, and another records each drawn token's log-prob under the untempered policy.
`max_batch_rows` caps the rows of one generate call (1 = one sequence at a time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import torch
from torch import Tensor, nn

from nanofrontier.core.sample import SampleConfig, stream_generate
from nanofrontier.core.tokenizer import Tokenizer
from nanofrontier.genius.evaluation import stop_ids

NEGATIVES = ("paper", "uniform")


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
    max_batch_rows: int = 0  # 0: a whole round per generate call

    def __post_init__(self) -> None:
        checks = [("beams", self.beams >= 1), ("candidates", self.candidates >= 1), ("timesteps", self.timesteps >= 1),
                  ("tau", self.tau > 0), ("step_temperature", self.step_temperature > 0),
                  ("rollout_temperature", self.rollout_temperature > 0), ("max_new_tokens", self.max_new_tokens >= 1),
                  ("negative", self.negative in NEGATIVES), ("queries_per_round", self.queries_per_round >= 1),
                  ("max_batch_rows", self.max_batch_rows >= 0)]
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


class LogProbRecorder:
    """A logits processor that keeps log-softmax of the untempered logits [B, V] of the latest step."""

    def __init__(self) -> None:
        self.logps: Tensor | None = None

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        self.logps = logits.float().log_softmax(-1)
        return logits


class StepThenRolloutTemperature:
    """Per-row temperature: `step` until the row has produced a newline token, `rollout` after it."""

    def __init__(self, newline_ids: Tensor, step: float, rollout: float) -> None:
        self.newline_ids, self.step, self.rollout = newline_ids, step, rollout
        self.in_step: Tensor | None = None
        self.seen = 0

    def __call__(self, ids: Tensor, logits: Tensor) -> Tensor:
        if self.in_step is None:
            self.in_step = torch.ones(ids.shape[0], dtype=torch.bool, device=ids.device)
        elif ids.shape[1] > self.seen:  # ids ends with the token drawn at the previous call
            self.in_step &= ~torch.isin(ids[:, -1], self.newline_ids.to(ids.device))
        self.seen = ids.shape[1]
        temperature = torch.where(self.in_step, self.step, self.rollout).to(logits.dtype)
        return logits / temperature[:, None]


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


@torch.inference_mode()
def sample_continuations(model: nn.Module, prompts: Sequence[Sequence[int]], *, newline_ids: Sequence[int],
                         stop: Sequence[int], cfg: ForesightConfig, generator: torch.Generator | None,
                         pad_id: int) -> Continuations:
    """One step and its foresight rollout per prompt, all rows in batches of `cfg.max_batch_rows`."""
    size = cfg.max_batch_rows or len(prompts)
    parts = [_sample_batch(model, prompts[i:i + size], newline_ids, stop, cfg, generator, pad_id)
             for i in range(0, len(prompts), size)]
    return Continuations(steps=[s for p in parts for s in p.steps], rollouts=[r for p in parts for r in p.rollouts],
                         scores=[f for p in parts for f in p.scores], finished=[d for p in parts for d in p.finished],
                         generated_tokens=sum(p.generated_tokens for p in parts))


def _sample_batch(model: nn.Module, prompts: Sequence[Sequence[int]], newline_ids: Sequence[int],
                  stop: Sequence[int], cfg: ForesightConfig, generator: torch.Generator | None,
                  pad_id: int) -> Continuations:
    newline, stop_t = torch.tensor(list(newline_ids)), torch.tensor(list(stop))
    recorder = LogProbRecorder()
    temperature = StepThenRolloutTemperature(newline, cfg.step_temperature, cfg.rollout_temperature)
    sample_cfg = SampleConfig(max_new_tokens=cfg.max_new_tokens, temperature=1.0, stop_ids=tuple(stop))
    tokens, logps, valid = [], [], []
    done = torch.zeros(len(prompts), dtype=torch.bool)
    for step in stream_generate(model, prompts, sample_cfg, generator=generator,
                                processors=[recorder, temperature], pad_id=pad_id):
        token = step.tokens.cpu()
        tokens.append(token)
        logps.append(recorder.logps.cpu().gather(1, token[:, None]).squeeze(1))
        valid.append(~done)
        done = step.finished.cpu()
    return _split(torch.stack(tokens, 1), torch.stack(logps, 1), torch.stack(valid, 1), newline, stop_t)


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


def foresight_search(model: nn.Module, tokenizer: Tokenizer, prompts: Sequence[str], cfg: ForesightConfig, *,
                     generator: torch.Generator, newline_ids: Sequence[int] | None = None,
                     first_query: int = 0) -> tuple[list[ForesightResult], int]:
    """Foresight re-sampling for every prompt, `cfg.timesteps` rounds over all of them at once.

    Returns one `ForesightResult` per prompt and the number of tokens generated. Pairs carry the query index
    `first_query + i`. Callers split long query lists into rounds of `cfg.queries_per_round` (`synthesize`)."""
    newline_ids = list(newline_ids) if newline_ids is not None else newline_token_ids(tokenizer)
    stop = list(stop_ids(model, tokenizer))
    if not stop:
        raise ValueError("the tokenizer and model config name no stop token: rollouts could not end")
    pad = tokenizer.pad_id if tokenizer.pad_id is not None else 0
    encoded = [tokenizer.encode(p) for p in prompts]
    for i, ids in enumerate(encoded):
        if not ids:
            raise ValueError(f"query {first_query + i} is empty")
    results = [ForesightResult(prompt=p) for p in prompts]
    beams = [[_Beam((), 0.0)] * cfg.beams for _ in prompts]  # at k = 1 all M beams are the bare prompt
    generated = 0
    for k in range(1, cfg.timesteps + 1):
        rows = [(q, b) for q in range(len(prompts)) for b in beams[q] for _ in range(cfg.candidates)]
        if not rows:
            break
        out = sample_continuations(model, [encoded[q] + list(b.prefix) for q, b in rows], newline_ids=newline_ids,
                                   stop=stop, cfg=cfg, generator=generator, pad_id=pad)
        generated += out.generated_tokens
        pools: dict[int, list[Candidate]] = {}
        for i, (q, beam) in enumerate(rows):
            pools.setdefault(q, []).append(Candidate(
                prefix=beam.prefix, step=out.steps[i], rollout=out.rollouts[i], score=out.scores[i],
                parent_value=beam.value, finished=out.finished[i]))
        for q, pool in pools.items():
            results[q].pools.append(pool)
            # an empty response (the stop token alone) has no text to write as a pair
            pairable = [c for c in pool if any(t not in stop for t in c.trajectory)]
            pair = build_pair(pairable, negative=cfg.negative, tau=cfg.tau, generator=generator) if pairable else None
            if pair is not None:
                results[q].pairs.append(_to_pair(prompts[q], *pair, tokenizer, stop, k, first_query + q))
            beams[q] = next_beams(pool, beams=cfg.beams, tau=cfg.tau, generator=generator)
    return results, generated


def _to_pair(prompt: str, winner: Candidate, loser: Candidate, tokenizer: Tokenizer, stop: Sequence[int],
             timestep: int, query: int) -> Pair:
    def text(c: Candidate) -> str:
        return tokenizer.decode([t for t in c.trajectory if t not in stop])

    return Pair(prompt=prompt, chosen=text(winner), rejected=text(loser), chosen_score=winner.score,
                rejected_score=loser.score, chosen_advantage=winner.advantage, rejected_advantage=loser.advantage,
                timestep=timestep, query=query)
