"""Continuous batching on a tiny random decoder: refilled rows match a fresh single-row forward, a row's tokens do
not depend on its slot or batch-mates, greedy rows equal core.generate, and the per-row sampler draws each token
with its probability."""

from collections import deque

import pytest
import torch

from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.sample import SampleConfig, generate
from nanofrontier.genius.batching import Row, _mix64, decode_rows, row_seed, sample_rows, uniforms

V, STOP, SWITCH = 64, [3, 5], [7, 11, 13]
PROMPT_LENGTHS = [1, 3, 20, 2, 35, 5, 1, 12, 9]  # rows later in the queue are longer: the cache shifts right


pytestmark = pytest.mark.usefixtures("one_thread")  # conftest.py


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return CausalLM(ModelConfig.tiny(vocab_size=V, eos_token_id=STOP[0])).eval()


def _rows(lengths=PROMPT_LENGTHS):
    g = torch.Generator().manual_seed(1)
    return [Row(prompt=torch.randint(20, V, (n,), generator=g).tolist(), seed=row_seed(7, i), key=i)
            for i, n in enumerate(lengths)]


def _decode(model, rows, *, slots, temperatures=(0.8, 1.3), refill=True, follow_up=None, max_new_tokens=12):
    """{key: (tokens, logps)} of every row, with one follow-up row queued when the first row finishes."""
    out, queue = {}, deque(rows)

    def on_done(done, tokens, logps, lengths):
        for row, t, lp, n in zip(done, tokens, logps, lengths.tolist(), strict=True):
            out[row.key] = (t[:n].tolist(), lp[:n])
            if follow_up is not None and row.key == rows[0].key:
                queue.append(follow_up)

    decode_rows(model, queue, on_done, slots=slots, max_new_tokens=max_new_tokens, temperatures=temperatures,
                switch_ids=SWITCH, stop_ids=STOP, refill=refill, admit_at=1)
    return out


def test_uniforms_are_the_splitmix64_stream_of_each_row():
    seeds, counters = [row_seed(0), row_seed(1, 2), -5, 2**62], [0, 7, 2, 100]
    got = uniforms(torch.tensor(seeds), torch.tensor(counters)).tolist()
    mask = 2**64 - 1
    expected = [(_mix64(((s & mask) + (c + 1) * 0x9E3779B97F4A7C15) & mask) >> 11) * 2.0**-53
                for s, c in zip(seeds, counters, strict=True)]
    assert got == expected and all(0 <= u < 1 for u in got)
    assert row_seed(1, 2) != row_seed(2, 1) and row_seed(0) == row_seed(0)


def test_sample_rows_draws_each_token_with_its_tempered_probability():
    logits = torch.tensor([2.0, 1.0, 0.0, float("-inf"), -1.0])
    n = 40000
    for temperature in (1.0, 0.5):
        draws = uniforms(torch.arange(n) * 977, torch.zeros(n, dtype=torch.long))
        tokens = sample_rows(logits.expand(n, 5), torch.full((n,), temperature), draws)
        freq = torch.bincount(tokens, minlength=5).double() / n
        assert freq.tolist() == pytest.approx((logits / temperature).softmax(-1).tolist(), abs=0.01)
        assert freq[3] == 0
    scores = torch.randn(6, 5, generator=torch.Generator().manual_seed(0))
    greedy = sample_rows(scores, torch.tensor([0.0, 0.0, 0.0, 1.0, 1.0, 1.0]), torch.rand(6))
    assert greedy[:3].tolist() == scores[:3].argmax(-1).tolist()


def test_greedy_rows_equal_core_generate_whatever_the_slots(model):
    rows = _rows()
    out = _decode(model, rows, slots=3, temperatures=(0.0, 0.0))
    cfg = SampleConfig(max_new_tokens=12, temperature=0.0, stop_ids=tuple(STOP))
    for row in rows:
        assert out[row.key][0] == generate(model, [row.prompt], cfg)[0]


def test_refilled_rows_log_probs_and_tokens_equal_a_fresh_single_row_forward(model):
    rows = _rows()
    long_follow_up = Row(prompt=list(range(20, 60)) * 2, seed=row_seed(7, 99), key=99)  # the cache must grow
    out = _decode(model, rows, slots=3, follow_up=long_follow_up)
    assert set(out) == {r.key for r in rows} | {99}
    for row in [*rows, long_follow_up]:
        tokens, logps = out[row.key]
        ids = torch.tensor([list(row.prompt) + tokens])
        with torch.no_grad():
            logits = model(ids)[0, len(row.prompt) - 1:-1]  # [n, V]: the logits each new token was drawn from
        fresh = logits.log_softmax(-1).gather(1, torch.tensor(tokens)[:, None]).squeeze(1)
        assert torch.allclose(logps, fresh, atol=1e-5), row.key
        # the same draw from the same logits: the row's tokens are its own, not its slot's
        in_step = torch.tensor([not any(t in SWITCH for t in tokens[:i]) for i in range(len(tokens))])
        temperature = torch.where(in_step, 0.8, 1.3)
        n = len(tokens)
        redrawn = sample_rows(logits, temperature, uniforms(torch.full((n,), row.seed), torch.arange(n)))
        assert redrawn.tolist() == tokens, row.key
        assert tokens[-1] in STOP or n == 12
        assert not any(t in STOP for t in tokens[:-1])


def test_a_rows_tokens_do_not_depend_on_its_slot_its_batch_mates_or_the_batching(model):
    rows = _rows()
    reference = {k: v[0] for k, v in _decode(model, rows, slots=1).items()}
    for slots, refill, order in ((2, True, rows), (5, True, rows[::-1]), (4, False, rows), (16, True, rows[3:])):
        out = _decode(model, order, slots=slots, refill=refill)
        assert {k: v[0] for k, v in out.items()} == {r.key: reference[r.key] for r in order}


def test_the_step_is_sampled_at_the_step_temperature_and_the_rollout_at_the_rollout_temperature(model):
    prompt = _rows([6])[0].prompt
    rows = [Row(prompt=prompt, seed=row_seed(3, i), key=i) for i in range(12)]
    out = _decode(model, rows, slots=4, temperatures=(0.0, 50.0), max_new_tokens=16)
    greedy = generate(model, [prompt], SampleConfig(max_new_tokens=16, temperature=0.0,
                                                     stop_ids=tuple(STOP + SWITCH)))[0]
    steps = {tuple(t[:len(greedy)]) for t, _ in out.values()}
    assert steps == {tuple(greedy)}  # greedy up to the first newline, the same for every seed
    if greedy[-1] in SWITCH:
        assert len({tuple(t[len(greedy):]) for t, _ in out.values()}) > 1  # a hot rollout differs by seed


def test_bad_decoding_settings_and_an_empty_prompt_are_named(model):
    with pytest.raises(ValueError, match="slots 0"):
        decode_rows(model, deque(_rows([2])), lambda *a: None, slots=0, max_new_tokens=4, temperatures=(1.0, 1.0),
                    switch_ids=SWITCH, stop_ids=STOP)
    with pytest.raises(ValueError, match="empty prompt"):
        decode_rows(model, deque([Row(prompt=[], seed=0)]), lambda *a: None, slots=2, max_new_tokens=4,
                    temperatures=(1.0, 1.0), switch_ids=SWITCH, stop_ids=STOP)
