"""Target evaluation: log-likelihood scoring against a per-pair reference forward, acc_norm's length
normalisation, item files with errors named by line, disjoint splits, the testbed items."""

import json

import pytest
import torch
import torch.nn.functional as F

from nanofrontier.climb.target import (
    Item,
    check_disjoint,
    choice_logprobs,
    evaluate_items,
    load_items,
    save_items,
    score_of,
)
from nanofrontier.climb.testbed import target_items
from nanofrontier.core.config import ModelConfig
from nanofrontier.core.model import CausalLM
from nanofrontier.core.tokenizer import ByteTokenizer

ITEMS = [Item(context="The capital is", choices=(" Rome", " Paris", " X"), answer=1, kind="facts"),
         Item(context="2 + 2 =", choices=(" 4", " 22"), answer=0, kind="arithmetic"),
         Item(context="abc", choices=(" d", " dddd"), answer=1)]


@pytest.fixture
def model():
    torch.manual_seed(0)
    return CausalLM(ModelConfig.tiny(vocab_size=259, max_position_embeddings=64)).eval()


def _reference(model, tok, context, choice):
    """Sum of log p(choice tokens | context) from one unpadded forward over context + choice."""
    ctx, cont = tok.encode(context), tok.encode(choice)
    ids = torch.tensor([ctx + cont])
    with torch.no_grad():
        logp = F.log_softmax(model(ids[:, :-1]), dim=-1)[0]
    return sum(float(logp[len(ctx) - 1 + k, t]) for k, t in enumerate(cont))


def test_batched_padded_scores_equal_a_forward_per_choice(model):
    tok = ByteTokenizer()
    got = choice_logprobs(model, tok, ITEMS, max_len=64, batch_size=3)
    for item, per_choice in zip(ITEMS, got, strict=True):
        for choice, (logp, n) in zip(item.choices, per_choice, strict=True):
            assert n == len(tok.encode(choice))
            assert logp == pytest.approx(_reference(model, tok, item.context, choice), abs=1e-4)


def test_metrics_follow_the_definitions_of_acc_acc_norm_and_nll(model):
    tok = ByteTokenizer()
    scores = choice_logprobs(model, tok, ITEMS, max_len=64)
    out = evaluate_items(model, tok, ITEMS)
    acc = [max(range(len(s)), key=lambda k: s[k][0]) == it.answer for it, s in zip(ITEMS, scores, strict=True)]
    norm = [max(range(len(s)), key=lambda k: s[k][0] / len(it.choices[k])) == it.answer
            for it, s in zip(ITEMS, scores, strict=True)]
    nll = [-s[it.answer][0] / s[it.answer][1] for it, s in zip(ITEMS, scores, strict=True)]
    assert out["acc"] == pytest.approx(sum(acc) / 3) and out["acc_norm"] == pytest.approx(sum(norm) / 3)
    assert out["nll"] == pytest.approx(sum(nll) / 3)
    assert out["n"] == 3 and "acc_norm_facts" in out and "nll_arithmetic" in out
    assert score_of(out, "nll") == -out["nll"] and score_of(out, "acc_norm") == out["acc_norm"]


def test_a_long_context_is_cut_from_the_left_to_fit_the_window(model):
    tok = ByteTokenizer()
    long_item = Item(context="x" * 200 + "tail", choices=(" a", " b"), answer=0)
    (scores,) = choice_logprobs(model, tok, [long_item], max_len=16)
    # 16 input positions: 15 context tokens ("x" * 11 + "tail") and the choice's first token
    assert scores[0][0] == pytest.approx(_reference(model, tok, "x" * 11 + "tail", " a"), abs=1e-4)
    with pytest.raises(ValueError, match="leaves no context"):
        choice_logprobs(model, tok, [Item(context="c", choices=("y" * 20, "z"), answer=0)], max_len=16)


def test_items_round_trip_and_bad_lines_are_named(tmp_path):
    path = tmp_path / "items.jsonl"
    save_items(path, ITEMS)
    assert load_items(path) == ITEMS
    cases = {'{"context": "c", "choices": ["a"], "answer": 0}': "at least 2 choices",
             '{"context": "c", "choices": ["a", "b"], "answer": 2}': "answer 2 is not an index",
             '{"context": "c", "choices": ["a", "b"]}': "missing field\\(s\\) answer",
             '{"context": "c", "choices": "ab", "answer": 0}': "list of strings",
             '{"context": "c", "choices": ["a", "b"], "answer": 0': "invalid JSON"}
    for line, message in cases.items():
        path.write_text(json.dumps(ITEMS[0].__dict__ | {"choices": list(ITEMS[0].choices)}) + "\n" + line + "\n")
        with pytest.raises(ValueError, match=f"items.jsonl, line 2: .*{message}"):
            load_items(path)
    path.write_text("")
    with pytest.raises(ValueError, match="no items"):
        load_items(path)


def test_validation_and_test_sets_must_be_disjoint():
    check_disjoint(ITEMS[:2], ITEMS[2:])
    with pytest.raises(ValueError, match="share 1 item"):
        check_disjoint(ITEMS[:2], ITEMS[1:])


def test_testbed_items_have_the_answer_in_the_context_and_distractors_outside_it():
    items = target_items(40, seed=3)
    assert [i.kind for i in items[:2]] == ["facts", "arithmetic"]
    for item in items:
        assert len(item.choices) == 4 and len(set(item.choices)) == 4
        answer = item.choices[item.answer].strip(" \n.")
        assert answer in item.context
        assert all(c.strip(" \n.") not in item.context for k, c in enumerate(item.choices) if k != item.answer)
    check_disjoint(items, target_items(40, seed=4))
