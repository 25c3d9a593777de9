"""Foresight re-sampling on a tiny random decoder: f is the recomputed mean log-prob, continuous, static and
one-at-a-time batching give the same pairs, pairs are ordered by f, and re-sampling follows the paper's rules."""

import pytest
import torch

from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.preference import collate_responses, sequence_logps
from nanofrontier.core.tokenizer import ByteTokenizer
from nanofrontier.genius.batching import row_seed
from nanofrontier.genius.foresight import (
    Candidate,
    ForesightConfig,
    build_pair,
    foresight_search,
    newline_token_ids,
    next_beams,
    sample_continuations,
)

TOK = ByteTokenizer()
NEWLINES = list(range(0, 256, 6))  # a sixth of the bytes end a step: short steps from a random model
STOP = [257, 7, 19]  # eos and two bytes, so some rollouts end before max_new_tokens
PROMPTS = [[65, 66, 67, 10], [70, 10], [72, 73, 74, 75, 76, 10]]  # different lengths: left padding


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest.py


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return CausalLM(ModelConfig.tiny(vocab_size=TOK.vocab_size, eos_token_id=TOK.eos_id)).eval()


def _continuations(model, cfg, seed=0, prompts=PROMPTS):
    return sample_continuations(model, prompts * 3, newline_ids=NEWLINES, stop=STOP, cfg=cfg,
                                seeds=[row_seed(seed, i) for i in range(3 * len(prompts))], pad_id=TOK.pad_id)


def test_foresight_score_equals_the_recomputed_mean_log_prob(model):
    cfg = ForesightConfig(max_new_tokens=14, step_temperature=0.6, rollout_temperature=1.0)
    out = _continuations(model, cfg)
    # f scores the rollout after prompt + step; a candidate without rollout is scored by its own step
    prompts = [p + list(s) if r else p for p, s, r in zip(PROMPTS * 3, out.steps, out.rollouts, strict=True)]
    responses = [list(r) if r else list(s) for s, r in zip(out.steps, out.rollouts, strict=True)]
    batch = collate_responses(prompts, responses, pad_id=TOK.pad_id)
    with torch.no_grad():
        recomputed = sequence_logps(model, batch["input_ids"], batch["response_mask"], average=True)
    assert out.scores == pytest.approx(recomputed.tolist(), abs=1e-4)
    assert any(out.rollouts) and any(s[-1] in NEWLINES for s in out.steps)


def test_steps_end_at_their_first_newline_and_rollouts_at_a_stop_token(model):
    out = _continuations(model, ForesightConfig(max_new_tokens=14))
    for step, rollout, finished in zip(out.steps, out.rollouts, out.finished, strict=True):
        assert all(t not in NEWLINES and t not in STOP for t in step[:-1])
        assert finished == (step[-1] in STOP)
        assert not any(t in STOP for t in rollout[:-1])
        assert len(step) + len(rollout) <= 14
        if finished:
            assert rollout == ()
    assert out.generated_tokens == sum(len(s) + len(r) for s, r in zip(out.steps, out.rollouts, strict=True))


def test_continuations_are_the_same_batched_continuously_statically_or_one_at_a_time(model):
    runs = [_continuations(model, ForesightConfig(max_new_tokens=12, **kw))
            for kw in ({}, {"max_batch_rows": 4}, {"max_batch_rows": 4, "batching": "static"}, {"max_batch_rows": 1})]
    for other in runs[1:]:
        assert other.steps == runs[0].steps and other.rollouts == runs[0].rollouts
        assert other.scores == pytest.approx(runs[0].scores, abs=1e-5)
        assert other.generated_tokens == runs[0].generated_tokens
    assert _continuations(model, ForesightConfig(max_new_tokens=12), seed=5).steps != runs[0].steps


def test_pairs_are_ordered_by_foresight_score_and_advantages_use_the_parent_value(model):
    cfg = ForesightConfig(beams=2, candidates=3, timesteps=3, max_new_tokens=16)
    prompts = ["AB\n", "x;y\n", "hello\n", "q\n"]
    results, generated = foresight_search(model, TOK, prompts, cfg, seed=1, newline_ids=NEWLINES, first_query=10)
    pairs = [p for r in results for p in r.pairs]
    assert pairs and generated > 0
    for result in results:
        for k, (pool, pair) in enumerate(zip(result.pools, result.pairs, strict=False), start=1):
            assert pair.chosen_score >= pair.rejected_score and pair.chosen != pair.rejected
            assert pair.chosen_score == max(c.score for c in pool)
            if k == 1:  # Q_0 = 0
                assert pair.chosen_advantage == pair.chosen_score and len(pool) == cfg.beams * cfg.candidates
    assert {p.query for p in pairs} <= {10, 11, 12, 13}


def _pairs(results):
    return [[(p.chosen, p.rejected, p.timestep, p.query) for p in r.pairs] for r in results]


def test_foresight_pairs_are_the_same_with_continuous_static_and_one_at_a_time_batching(model):
    prompts = ["AB\n", "x;y\n", "a long query line\n"]
    runs = []
    for kw in ({}, {"max_batch_rows": 3}, {"max_batch_rows": 3, "batching": "static"}, {"max_batch_rows": 1}):
        cfg = ForesightConfig(beams=2, candidates=2, timesteps=3, max_new_tokens=10, **kw)
        runs.append(foresight_search(model, TOK, prompts, cfg, seed=4, newline_ids=NEWLINES))
    reference, generated = runs[0]
    assert sum(len(r.pairs) for r in reference) >= 3
    for results, tokens in runs[1:]:
        assert _pairs(results) == _pairs(reference) and tokens == generated
        for a, b in zip(results, reference, strict=True):
            assert [p.chosen_score for p in a.pairs] == pytest.approx([p.chosen_score for p in b.pairs], abs=1e-5)


def test_a_querys_pairs_do_not_depend_on_the_other_queries_of_its_search(model):
    cfg = ForesightConfig(beams=2, candidates=3, timesteps=2, max_new_tokens=12, max_batch_rows=4)
    together, _ = foresight_search(model, TOK, ["AB\n", "x;y\n", "hello\n"], cfg, seed=2, newline_ids=NEWLINES)
    alone, _ = foresight_search(model, TOK, ["hello\n"], cfg, seed=2, newline_ids=NEWLINES, first_query=2)
    assert _pairs(alone) == _pairs(together[2:]) and together[2].pairs


def _candidate(score, text, finished=False, parent=0.0):
    return Candidate(prefix=(), step=tuple(text), rollout=(), score=score, parent_value=parent, finished=finished)


def test_the_paper_negative_is_resampled_without_the_winner_and_uniform_draws_among_the_rest():
    pool = [_candidate(-0.1, [1]), _candidate(-0.2, [2]), _candidate(-9.0, [3]), _candidate(-0.1, [1])]
    seen_paper, seen_uniform = set(), set()
    for seed in range(40):
        g = torch.Generator().manual_seed(seed)
        winner, loser = build_pair(pool, negative="paper", tau=0.01, generator=g)
        assert winner.step == (1,) and loser.step != (1,)
        seen_paper.add(loser.step)
        seen_uniform.add(build_pair(pool, negative="uniform", tau=0.01, generator=g)[1].step)
    assert seen_paper == {(2,)}  # tau -> 0: the best of the rest
    assert seen_uniform == {(2,), (3,)}
    assert build_pair([_candidate(-1.0, [4]), _candidate(-2.0, [4])], negative="paper", tau=0.1,
                      generator=torch.Generator()) is None


def test_next_beams_are_distinct_unfinished_candidates_valued_by_their_score():
    pool = [_candidate(-0.1, [1], finished=True), _candidate(-0.5, [2]), _candidate(-0.6, [3])]
    beams = next_beams(pool, beams=2, tau=0.1, generator=torch.Generator().manual_seed(0))
    assert sorted(b.prefix for b in beams) == [(2,), (3,)]
    assert {b.value for b in beams} == {-0.5, -0.6}
    assert next_beams(pool[:1], beams=2, tau=0.1, generator=torch.Generator()) == []


def test_bad_settings_and_inputs_are_named(model):
    with pytest.raises(ValueError, match="ForesightConfig.tau"):
        ForesightConfig(tau=0.0)
    with pytest.raises(ValueError, match="ForesightConfig.negative"):
        ForesightConfig(negative="best")
    with pytest.raises(ValueError, match="query 3 is empty"):
        foresight_search(model, TOK, ["a\n", ""], ForesightConfig(max_new_tokens=4), seed=0, first_query=2)
    with pytest.raises(ValueError, match="ForesightConfig.batching"):
        ForesightConfig(batching="dynamic")
    with pytest.raises(ValueError, match="2 seeds for 3 prompts"):
        sample_continuations(model, PROMPTS, newline_ids=NEWLINES, stop=STOP, cfg=ForesightConfig(), seeds=[1, 2],
                             pad_id=0)
    assert newline_token_ids(TOK) == [10]
