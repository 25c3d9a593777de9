import math

import pytest
import torch

from nanofrontier.core.cache import KVCache
from nanofrontier.core.checkpoint import load_pretrained
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.sample import (
    LockstepProcessor,
    MinP,
    RepetitionPenalty,
    SampleConfig,
    Temperature,
    TopK,
    TopP,
    generate,
    left_pad,
    make_processors,
    next_token,
    stream_generate,
)

PROMPTS = [[5, 17, 101, 42, 7, 250, 3], [64, 9], [199, 2, 77, 31]]


@pytest.fixture
def model():
    model = CausalLM(ModelConfig.tiny()).eval()
    model.reset_parameters(std=0.15)  # sharper than the default init: well-separated argmaxes
    return model


@torch.no_grad()
def naive_greedy(model, prompt, n):
    """Reference: recompute the whole sequence for every token, no cache, no padding."""
    ids = torch.tensor([prompt])
    for _ in range(n):
        ids = torch.cat([ids, model(ids)[:, -1].argmax(-1, keepdim=True)], dim=1)
    return ids[0, len(prompt):].tolist()


def test_greedy_generate_of_a_padded_batch_equals_naive_per_prompt_greedy(model):
    out = generate(model, PROMPTS, SampleConfig(max_new_tokens=8, temperature=0))
    assert out == [naive_greedy(model, p, 8) for p in PROMPTS]


@pytest.mark.parity
def test_greedy_generate_of_a_left_padded_batch_equals_transformers(hf_qwen2_dir):
    hf, directory = hf_qwen2_dir
    model = load_pretrained(directory)
    ids, mask = left_pad(PROMPTS, pad_id=0)
    want = hf.generate(ids, attention_mask=mask, max_new_tokens=20, do_sample=False)[:, ids.shape[1]:]
    got = generate(model, PROMPTS, SampleConfig(max_new_tokens=20, temperature=0))
    assert got == want.tolist()
    assert len({t for row in got for t in row}) > 3


def test_stop_token_ends_its_row_and_the_others_continue(model):
    full = generate(model, PROMPTS, SampleConfig(max_new_tokens=10, temperature=0))
    # a token row 0 produces (not first) that rows 1 and 2 never produce
    stop = next(t for t in full[0][2:] if all(t not in row for row in full[1:]))
    cut = full[0].index(stop) + 1
    out = generate(model, PROMPTS, SampleConfig(max_new_tokens=10, temperature=0, stop_ids=(stop,)))
    assert out[0] == full[0][:cut] and cut < 10
    assert out[1:] == full[1:]


def test_stream_stops_early_once_every_row_has_stopped(model):
    full = generate(model, PROMPTS[:2], SampleConfig(max_new_tokens=10, temperature=0))
    stops = (full[0][1], full[1][3])
    ends = [min(row.index(s) for s in stops if s in row) + 1 for row in full]
    steps = list(stream_generate(model, PROMPTS[:2], SampleConfig(max_new_tokens=10, temperature=0,
                                                                    stop_ids=stops), pad_id=0))
    assert len(steps) == max(ends) < 10
    assert steps[-1].finished.all()
    for i, end in enumerate(ends):
        assert [bool(s.finished[i]) for s in steps] == [t >= end - 1 for t in range(len(steps))]
        assert all(int(s.tokens[i]) == 0 for s in steps[end:])  # finished rows emit pad_id


def test_stream_generate_yields_max_new_tokens_steps(model):
    steps = list(stream_generate(model, PROMPTS, SampleConfig(max_new_tokens=6, temperature=0)))
    assert len(steps) == 6
    for s in steps:
        assert s.tokens.shape == (3,) and s.tokens.dtype == torch.long
        assert not s.finished.any()
    out = generate(model, PROMPTS, SampleConfig(max_new_tokens=6, temperature=0))
    assert [[int(s.tokens[i]) for s in steps] for i in range(3)] == out
    assert generate(model, PROMPTS, SampleConfig(max_new_tokens=0)) == [[], [], []]


def test_same_generator_seed_gives_same_samples_and_another_seed_differs(model):
    cfg = SampleConfig(max_new_tokens=8, temperature=1.0)

    def sample(seed):
        return generate(model, PROMPTS, cfg, generator=torch.Generator().manual_seed(seed))

    first = sample(0)
    assert sample(0) == first
    assert sample(1) != first


def test_extra_processors_run_before_the_standard_chain(model):
    def ban_all_but_seven(ids, logits):
        keep = torch.full_like(logits, float("-inf"))
        keep[:, 7] = 0
        return logits + keep

    out = generate(model, PROMPTS, SampleConfig(max_new_tokens=4, temperature=0.7, top_k=5),
                   processors=[ban_all_but_seven], generator=torch.Generator().manual_seed(0))
    assert out == [[7] * 4] * 3


class ShadowModel:
    """A lock-step processor that decodes a second copy of the model with its own cache and records, at each
    call, how far its logits are from the ones it is given (0 when the two stay in step)."""

    def __init__(self, model):
        self.model, self.gaps, self.begun, self.fed = model, [], 0, 0

    def begin(self, ids, positions, mask, max_len):
        self.begun += 1
        self.cache = KVCache.for_model(self.model.config, batch_size=ids.shape[0], max_len=max_len)
        self.logits = self.model(ids, cache=self.cache, attention_mask=mask, positions=positions)[:, -1]

    def feed(self, tokens, positions, mask):
        self.fed += 1
        self.logits = self.model(tokens, cache=self.cache, attention_mask=mask, positions=positions)[:, -1]

    def __call__(self, ids, logits):
        self.gaps.append(float((self.logits - logits).abs().max()))
        return logits


def test_a_lockstep_processor_is_fed_every_input_and_stays_in_step_over_padding_and_a_finished_row(model):
    shadow = ShadowModel(model)
    assert isinstance(shadow, LockstepProcessor) and not isinstance(lambda ids, logits: logits, LockstepProcessor)
    full = generate(model, PROMPTS, SampleConfig(max_new_tokens=8, temperature=0))
    stop = full[1][2]  # row 1 finishes at its third token; the others go on
    cfg = SampleConfig(max_new_tokens=8, temperature=0, stop_ids=(stop,))
    out = generate(model, PROMPTS, cfg, processors=[shadow])
    assert out == generate(model, PROMPTS, cfg)
    assert len(out[1]) < 8 and any(len(row) == 8 for row in out)
    assert (shadow.begun, shadow.fed, len(shadow.gaps)) == (1, 7, 8)  # no forward for a token never drawn
    assert max(shadow.gaps) < 1e-4
    generate(model, PROMPTS[:1], cfg, processors=[shadow])
    assert shadow.begun == 2  # every generation begins afresh


# -- processors against formulas written here ---------------------------------------------------
def random_logits(B=4, V=50, seed=3):
    return torch.randn(B, V, generator=torch.Generator().manual_seed(seed)) * 3


def kept(logits):
    return [set(torch.nonzero(torch.isfinite(row)).flatten().tolist()) for row in logits]


def test_temperature_divides_logits():
    logits = random_logits()
    out = Temperature(0.5)(None, logits)
    torch.testing.assert_close(out, logits * 2.0)
    torch.testing.assert_close(out.softmax(-1), (logits / 0.5).softmax(-1))


@pytest.mark.parametrize("k", [1, 3, 17, 50, 80])
def test_top_k_keeps_exactly_the_k_largest(k):
    logits = random_logits()
    out = TopK(k)(None, logits)
    want = [set(row.argsort(descending=True)[:k].tolist()) for row in logits]
    assert kept(out) == want
    assert all(len(s) == min(k, 50) for s in kept(out))
    finite = torch.isfinite(out)
    assert torch.equal(out[finite], logits[finite])


@pytest.mark.parametrize("p", [0.05, 0.3, 0.6, 0.9, 0.99])
def test_top_p_keeps_the_minimal_nucleus(p):
    logits = random_logits()
    out = TopP(p)(None, logits)
    for row, got in zip(logits, kept(out), strict=True):
        probs = sorted(enumerate(row.softmax(-1).tolist()), key=lambda kv: -kv[1])
        nucleus, mass = set(), 0.0
        for token, prob in probs:  # add tokens, most likely first, until the mass reaches p
            nucleus.add(token)
            mass += prob
            if mass >= p:
                break
        assert got == nucleus


def test_top_p_on_known_probabilities():
    logits = torch.tensor([[0.5, 0.3, 0.15, 0.05]]).log()
    assert kept(TopP(0.45)(None, logits)) == [{0}]
    assert kept(TopP(0.75)(None, logits)) == [{0, 1}]
    assert kept(TopP(0.85)(None, logits)) == [{0, 1, 2}]
    assert kept(TopP(1.0)(None, logits)) == [{0, 1, 2, 3}]


@pytest.mark.parametrize("min_p", [0.01, 0.1, 0.5, 0.9])
def test_min_p_keeps_tokens_at_least_min_p_times_the_top_probability(min_p):
    logits = random_logits()
    out = MinP(min_p)(None, logits)
    for row, got in zip(logits, kept(out), strict=True):
        probs = [math.exp(x) for x in row.tolist()]
        top = max(probs)
        assert got == {i for i, q in enumerate(probs) if q >= min_p * top}
    assert all(len(s) >= 1 for s in kept(out))


def test_repetition_penalty_divides_positive_and_multiplies_negative_seen_logits():
    logits = torch.tensor([[2.0, -1.0, 0.5, -3.0, 4.0], [1.0, 1.0, -2.0, 0.0, 3.0]])
    ids = torch.tensor([[0, 1, 1, 3], [2, 2, 3, 3]])  # repeats are penalised once
    out = RepetitionPenalty(2.0)(ids, logits)
    want = logits.clone()
    for b in range(2):
        for t in set(ids[b].tolist()):
            x = logits[b, t].item()
            want[b, t] = x / 2.0 if x > 0 else x * 2.0
    assert torch.equal(out, want)
    assert torch.equal(out, torch.tensor([[1.0, -2.0, 0.5, -6.0, 4.0], [1.0, 1.0, -4.0, 0.0, 3.0]]))


def test_make_processors_builds_the_chain_in_order_and_leaves_off_ones_out():
    chain = make_processors(SampleConfig(repetition_penalty=1.3, temperature=0.7, top_k=5, top_p=0.9,
                                         min_p=0.05))
    assert [type(p) for p in chain] == [RepetitionPenalty, Temperature, TopK, TopP, MinP]
    assert make_processors(SampleConfig()) == []
    assert make_processors(SampleConfig(temperature=0)) == []


def test_next_token_samples_only_from_what_the_processors_keep():
    logits = random_logits(B=2, V=30)
    gen = torch.Generator().manual_seed(0)
    draws = {tuple(next_token(None, logits, [TopK(2)], greedy=False, generator=gen).tolist())
             for _ in range(200)}
    allowed = [set(row.argsort(descending=True)[:2].tolist()) for row in logits]
    assert all(d[b] in allowed[b] for d in draws for b in range(2))
    assert len({d[0] for d in draws}) == 2  # both survivors do get drawn
    assert next_token(None, logits, [], greedy=True, generator=None).tolist() == logits.argmax(-1).tolist()


# -- validation -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "value"), [
    ("max_new_tokens", -1), ("temperature", -0.1), ("top_k", -1), ("top_p", 0.0), ("top_p", 1.5),
    ("min_p", 1.0), ("min_p", -0.1), ("repetition_penalty", 0.0),
])
def test_sample_config_rejects_out_of_range_values_by_name(field, value):
    with pytest.raises(ValueError, match=rf"SampleConfig\.{field} is out of range: {value!r}"):
        SampleConfig(**{field: value})


def test_empty_prompt_or_no_prompts_is_rejected(model):
    with pytest.raises(ValueError, match="every prompt needs at least one token"):
        generate(model, [[1, 2], []], SampleConfig(max_new_tokens=2))
    with pytest.raises(ValueError, match="at least one token"):
        generate(model, [], SampleConfig(max_new_tokens=2))


def test_left_pad_pads_on_the_left_and_masks_the_padding():
    ids, mask = left_pad([[1, 2, 3], [4]], pad_id=9)
    assert ids.tolist() == [[1, 2, 3], [9, 9, 4]]
    assert mask.tolist() == [[1, 1, 1], [0, 0, 1]]
    assert left_pad([[1], [2]], pad_id=0)[1] is None


@pytest.mark.parity
def test_processors_keep_the_same_tokens_as_transformers_warpers():
    generation = pytest.importorskip("transformers.generation.logits_process")
    logits = random_logits(B=4, V=60)
    ids = torch.tensor([[1, 5, 5, 9], [0, 2, 4, 6], [7, 7, 7, 7], [59, 3, 30, 1]])
    pairs = [
        (Temperature(0.6), generation.TemperatureLogitsWarper(0.6)),
        (TopK(7), generation.TopKLogitsWarper(7)),
        (TopP(0.8), generation.TopPLogitsWarper(0.8)),
        (MinP(0.2), generation.MinPLogitsWarper(0.2)),
        (RepetitionPenalty(1.7), generation.RepetitionPenaltyLogitsProcessor(1.7)),
    ]
    for ours, theirs in pairs:
        got, want = ours(ids, logits.clone()), theirs(ids, logits.clone())
        assert torch.equal(torch.isfinite(got), torch.isfinite(want)), type(ours).__name__
        finite = torch.isfinite(want)
        torch.testing.assert_close(got[finite], want[finite], atol=1e-6, rtol=0)


def test_repetition_penalty_ignores_padding_so_batch_mates_do_not_change_a_row():
    torch.manual_seed(0)
    model = CausalLM(ModelConfig.tiny()).eval()
    cfg = SampleConfig(max_new_tokens=6, temperature=0, repetition_penalty=1e6)
    alone = generate(model, [[5]], cfg)[0]
    padded = generate(model, [[5], [9, 9, 9, 9]], cfg, pad_id=alone[0])[0]  # padding = the row's first new token
    assert padded == alone
