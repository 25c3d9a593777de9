"""Serving with antidistillation: the per-request field through core's OpenAI server, driven by the openai client."""


import openai
import pytest
import torch

from nanofrontier.antidistill.engine import AntidistillEngine
from nanofrontier.antidistill.gradient import save_grad
from nanofrontier.antidistill.processor import AntidistillProcessor, PerturbedPair
from nanofrontier.core.checkpoint import load_pretrained, save_pretrained
from nanofrontier.core.sample import SampleConfig, generate

from ..serving import running
from .conftest import TOK, tiny_model

PROMPT = "347+586:\n"


@pytest.fixture(scope="module")
def dirs(tmp_path_factory, teacher, proxy, grad):
    root = tmp_path_factory.mktemp("served")
    save_pretrained(teacher, root / "teacher", tokenizer=TOK)
    save_pretrained(proxy, root / "proxy-1x32", tokenizer=TOK)
    save_grad(grad, root / "g.safetensors")
    return root


@pytest.fixture(scope="module")
def served(dirs):
    engine = AntidistillEngine(dirs / "teacher", proxies={"p1": (dirs / "proxy-1x32", dirs / "g.safetensors")},
                               epsilon=1e-2)
    with running(engine, timeout=60) as client:
        yield engine, client


def reference(dirs, lam: float, seed: int) -> str:
    """What core.sample gives in this process for the same request."""
    teacher = load_pretrained(dirs / "teacher")
    processors = []
    if lam:
        proxy = load_pretrained(dirs / "proxy-1x32")
        from nanofrontier.antidistill.gradient import load_grad

        pair = PerturbedPair(proxy, load_grad(dirs / "g.safetensors", proxy, proxy_name="p1"), 1e-2, name="p1")
        processors = [AntidistillProcessor(pair, lam=lam, tau=1.0)]
    cfg = SampleConfig(max_new_tokens=12, temperature=1.0, stop_ids=tuple(TOK.stop_ids))
    ids = generate(teacher, [TOK.encode(PROMPT)], cfg, processors=processors,
                   generator=torch.Generator().manual_seed(seed))[0]
    return TOK.decode([t for t in ids if t not in TOK.stop_ids])


def test_a_request_with_the_field_is_sampled_with_antidistillation_and_one_without_plainly(served, dirs):
    _, client = served
    args = dict(model="teacher", prompt=PROMPT, max_tokens=12, temperature=1.0, seed=3)
    plain = client.completions.create(**args).choices[0].text
    tilted = client.completions.create(**args, extra_body={"antidistill": {"proxy": "p1", "lambda": 3.0}})
    assert plain == reference(dirs, 0.0, 3)
    assert tilted.choices[0].text == reference(dirs, 3.0, 3) != plain
    zero = client.completions.create(**args, extra_body={"antidistill": {"lambda": 0}}).choices[0].text
    assert zero == plain  # the only proxy is the default one; λ = 0 samples plainly
    chat = client.chat.completions.create(model="teacher", messages=[{"role": "user", "content": "1+2:"}],
                                          max_tokens=4, extra_body={"antidistill": {"lambda": 1.0}})
    assert chat.choices[0].message.role == "assistant"


@pytest.mark.parametrize("field, param, message", [
    ({"proxy": "gpt-proxy", "lambda": 0.1}, "antidistill.proxy", "'antidistill.proxy' \"gpt-proxy\" is not served"),
    ({"lambda": -1}, "antidistill.lambda", "'antidistill.lambda' must be a finite number >= 0, got -1"),
    ({"lambda": "high"}, "antidistill.lambda", "must be a finite number"),
    ({"lambda": 0.1, "epsilon": 0}, "antidistill.epsilon", "'antidistill.epsilon' must be a finite number in (0, 1]"),
    ({"lambda": 0.1, "mode": "vllm"}, "antidistill.mode", "must be one of paper, hf"),
    ({"lambda": 0.1, "strength": 2}, "antidistill.strength", "not a known key"),
    ("on", "antidistill", "'antidistill' must be an object"),
])
def test_a_bad_field_answers_400_naming_it(served, field, param, message):
    _, client = served
    with pytest.raises(openai.BadRequestError) as e:
        client.completions.create(model="teacher", prompt=PROMPT, max_tokens=4, extra_body={"antidistill": field})
    assert e.value.status_code == 400 and e.value.body["param"] == param
    assert message in e.value.body["message"]


def test_pairs_are_built_once_per_epsilon_and_reused(served):
    engine, client = served
    for _ in range(2):
        client.completions.create(model="teacher", prompt=PROMPT, max_tokens=2,
                                  extra_body={"antidistill": {"lambda": 0.5, "epsilon": 0.02}})
    assert engine.bank.pair("p1", 0.02) is engine.bank.pair("p1", 0.02)
    assert sum(key == ("p1", 0.02) for key in engine.bank._pairs) == 1


def test_the_server_refuses_a_proxy_of_another_vocabulary_or_a_gradient_of_another_proxy(dirs, tmp_path):
    wide = tiny_model(1, 32, seed=3, vocab=300)
    save_pretrained(wide, tmp_path / "wide")
    with pytest.raises(ValueError, match="proxy 'w' has a vocabulary of 300 tokens but the teacher has 259"):
        AntidistillEngine(dirs / "teacher", proxies={"w": (tmp_path / "wide", dirs / "g.safetensors")})
    save_pretrained(tiny_model(1, 32, seed=4), tmp_path / "other")
    with pytest.raises(ValueError, match="computed for proxy 'tiny-proxy' .*not for proxy 'o'"):
        AntidistillEngine(dirs / "teacher", proxies={"o": (tmp_path / "other", dirs / "g.safetensors")})


def test_a_default_lambda_applies_to_requests_without_the_field(dirs):
    engine = AntidistillEngine(dirs / "teacher", proxies={"p1": (dirs / "proxy-1x32", dirs / "g.safetensors")},
                               epsilon=1e-2, default_lambda=3.0)
    with running(engine) as client:
        text = client.completions.create(model="teacher", prompt=PROMPT, max_tokens=12, temperature=1.0,
                                         seed=3).choices[0].text
    assert text == reference(dirs, 3.0, 3)
