"""AntidistillProcessor against the formula recomputed naively, λ = 0 parity, lock-step caches, FD vs JVP."""

import dataclasses

import pytest
import torch

from nanofrontier.antidistill.gradient import sign_check
from nanofrontier.antidistill.processor import (
    AntidistillConfig,
    AntidistillProcessor,
    PerturbedPair,
    check_vocab,
    exact_delta,
    finite_difference,
    relative_error,
)
from nanofrontier.core.sample import SampleConfig, TopK, generate

from .conftest import TOK, tiny_model

PROMPTS = [[51, 52, 43, 53, 54, 58, 10], [57, 43, 50, 58, 10], [49, 50, 51, 43, 52, 53, 54, 58, 10]]
EPS = 1e-2


class Recording(AntidistillProcessor):
    """Remembers the logits it was given and what it returned, step by step."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.steps = []

    def __call__(self, ids, logits):
        out = super().__call__(ids, logits)
        self.steps.append((logits.clone(), out.clone()))
        return out


def naive_perturbed(proxy, grad, sign):
    """θ_P ± εg written out here, on a fresh copy (the tied LM head moves with the embedding)."""
    moved = tiny_model(proxy.config.num_hidden_layers, proxy.config.hidden_size, seed=0)
    tied = {"lm_head.weight": "model.embed_tokens.weight"}
    moved.load_state_dict({n: p + sign * EPS * grad.tensors[tied.get(n, n)] for n, p in proxy.state_dict().items()})
    return moved


@pytest.fixture(scope="module")
def pair(proxy, grad):
    return PerturbedPair(proxy, grad, EPS, name="tiny-proxy")


@pytest.mark.parametrize("mode", ["paper", "hf"])
def test_tilted_logits_equal_the_formula_recomputed_without_caches_over_padding_and_a_finished_row(
        teacher, proxy, grad, pair, mode):
    tau, lam = 0.8, 0.7
    free = generate(teacher, PROMPTS, SampleConfig(max_new_tokens=10, temperature=tau),
                    processors=[AntidistillProcessor(pair, lam=lam, tau=tau, mode=mode)],
                    generator=torch.Generator().manual_seed(5))
    stop = free[0][3]  # row 0 stops at its fourth token; the others go on (or stop later)
    processor = Recording(pair, lam=lam, tau=tau, mode=mode)
    cfg = SampleConfig(max_new_tokens=10, temperature=tau, stop_ids=(stop,))
    out = generate(teacher, PROMPTS, cfg, processors=[processor], generator=torch.Generator().manual_seed(5))
    assert len(out[0]) == 4 and max(len(row) for row in out) > 4
    plus, minus = naive_perturbed(proxy, grad, +1), naive_perturbed(proxy, grad, -1)
    scale = lam * tau if mode == "paper" else lam
    checked = 0
    with torch.no_grad():
        for t, (given, returned) in enumerate(processor.steps):
            for b, prompt in enumerate(PROMPTS):
                if t >= len(out[b]):
                    continue  # the row had finished: what it is fed no longer matters
                seq = torch.tensor([prompt + out[b][:t]])
                z = teacher(seq)[0, -1]
                delta = (plus(seq)[0, -1].log_softmax(-1) - minus(seq)[0, -1].log_softmax(-1)) / (2 * EPS)
                torch.testing.assert_close(given[b], z, atol=1e-4, rtol=1e-4)
                torch.testing.assert_close(returned[b].log_softmax(-1), (z + scale * delta).log_softmax(-1),
                                           atol=2e-3, rtol=1e-3)
                checked += 1
    assert checked == sum(len(row) for row in out)
    fed = len(processor.steps) - 1  # no forward for the last token drawn
    assert [c.length() for c in processor.caches] == [len(PROMPTS[2]) + fed] * 2


def test_the_tilt_changes_samples_and_lambda_zero_gives_plain_sampling_token_for_token(teacher, pair):
    cfg = SampleConfig(max_new_tokens=16, temperature=1.0, top_p=0.95)

    def run(processors):
        return generate(teacher, PROMPTS, cfg, processors=processors, generator=torch.Generator().manual_seed(11))

    plain = run([])
    assert run([AntidistillProcessor(pair, lam=0.0, tau=1.0)]) == plain
    assert run([AntidistillProcessor(pair, lam=0.0, tau=1.0, mode="hf")]) == plain
    assert run([AntidistillProcessor(pair, lam=2.0, tau=1.0)]) != plain


def test_finite_difference_agrees_with_the_exact_jvp_at_the_chosen_epsilon_and_not_at_a_huge_one(proxy, grad):
    ids = torch.tensor(PROMPTS[2])[None]
    exact = exact_delta(proxy, grad, ids)
    good = relative_error(finite_difference(PerturbedPair(proxy, grad, EPS), ids), exact)
    bad = relative_error(finite_difference(PerturbedPair(proxy, grad, 30.0), ids), exact)
    assert good < 1e-2 < bad


def test_loss_rises_along_g_and_falls_against_it(proxy, grad, examples):
    losses = sign_check(proxy, grad, examples, eps=EPS, pad_id=TOK.pad_id)
    assert losses["plus"] > losses["center"] > losses["minus"]


def test_masked_logits_stay_minus_inf_and_nothing_becomes_nan(teacher, pair):
    processor = AntidistillProcessor(pair, lam=50.0, tau=1.0)
    ids, _ = torch.tensor(PROMPTS[0])[None], None
    processor.begin(ids, torch.arange(ids.shape[1])[None], None, 32)
    logits = teacher(ids)[:, -1]
    masked = TopK(3)(ids, logits)
    masked[0, 0] = float("-inf")
    out = processor(ids, masked)
    assert not out.isnan().any()
    assert torch.equal(torch.isneginf(out), torch.isneginf(masked))
    assert int(torch.isfinite(out).sum()) == 3
    texts = generate(teacher, PROMPTS, SampleConfig(max_new_tokens=6, temperature=1.0, top_k=2),
                     processors=[TopK(2), AntidistillProcessor(pair, lam=50.0, tau=1.0)],
                     generator=torch.Generator().manual_seed(0))
    assert all(len(row) == 6 for row in texts)  # no NaN reached multinomial


def test_a_proxy_with_another_vocabulary_is_rejected_with_both_sizes(teacher, examples):
    from nanofrontier.antidistill.gradient import proxy_grad

    other = tiny_model(1, 32, seed=5, vocab=300)
    pair = PerturbedPair(other, proxy_grad(other, examples, proxy_name="wide"), EPS, name="wide")
    with pytest.raises(ValueError, match="259 entries but proxy 'wide' has a vocabulary of 300"):
        generate(teacher, PROMPTS, SampleConfig(max_new_tokens=2), processors=[AntidistillProcessor(pair, lam=0.1)])
    with pytest.raises(ValueError, match="vocabulary of 300 tokens but the teacher has 259"):
        check_vocab(teacher.config.vocab_size, other.config.vocab_size, "wide")


@pytest.mark.parametrize("kwargs, message", [
    (dict(lam=-0.1), "AntidistillConfig.lam is out of range: -0.1"),
    (dict(lam=float("nan")), "AntidistillConfig.lam"),
    (dict(lam=0.1, tau=-1.0), "AntidistillConfig.tau is out of range"),
    (dict(lam=0.1, mode="vllm"), "AntidistillConfig.mode is out of range: 'vllm' \\(modes: paper, hf\\)"),
])
def test_bad_settings_are_refused_naming_the_field(kwargs, message):
    with pytest.raises(ValueError, match=message):
        AntidistillConfig(**kwargs)


def test_a_bad_epsilon_and_a_gradient_of_another_proxy_are_refused_by_name(proxy, grad):
    with pytest.raises(ValueError, match="epsilon must be a finite number > 0, got 0"):
        PerturbedPair(proxy, grad, 0)
    changed = tiny_model(1, 32, seed=9)
    with pytest.raises(ValueError, match="computed for proxy 'tiny-proxy' .* not for proxy 'other'"):
        PerturbedPair(changed, grad, EPS, name="other")
    stranger = dataclasses.replace(grad, tensors={k: v for k, v in list(grad.tensors.items())[1:]})
    with pytest.raises(ValueError, match="do not match proxy"):
        PerturbedPair(proxy, stranger, EPS)


def test_processor_refuses_to_run_outside_the_sampling_loop(pair):
    processor = AntidistillProcessor(pair, lam=0.1)
    with pytest.raises(RuntimeError, match="before begin"):
        processor.feed(torch.tensor([[1]]), torch.tensor([[0]]), None)
    with pytest.raises(RuntimeError, match="has seen no tokens"):
        processor(torch.tensor([[1]]), torch.zeros(1, TOK.vocab_size))
