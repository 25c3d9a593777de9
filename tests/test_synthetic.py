"""Tests for the seeded multi-domain corpus in nanofrontier.core.synthetic."""

from __future__ import annotations

import ast
import hashlib
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from nanofrontier.core.synthetic import (
    DOMAINS,
    MAX_CHARS,
    MIN_CHARS,
    Document,
    corpus,
    generate_document,
    iter_corpus,
)

SRC = Path(__file__).resolve().parents[1] / "src"


def _digest(docs: list[Document]) -> str:
    return hashlib.sha256("\x00".join(f"{d.domain}\x01{d.text}" for d in docs).encode()).hexdigest()


def _by_domain(n_per_domain: int, seed: int) -> dict[str, list[str]]:
    return {d: [doc.text for doc in corpus(n_per_domain, seed=seed, domains=[d])] for d in DOMAINS}


def test_same_seed_gives_identical_corpus_and_different_seed_differs():
    assert corpus(40, seed=7) == corpus(40, seed=7)
    assert corpus(40, seed=7) != corpus(40, seed=8)


def test_corpus_is_identical_in_a_fresh_process_with_another_hash_seed():
    code = (
        "from nanofrontier.core.synthetic import corpus; import hashlib; docs = corpus(30, seed=3); "
        "print(hashlib.sha256('\\x00'.join(f'{d.domain}\\x01{d.text}' for d in docs).encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(corpus(30, seed=3))


def test_iter_corpus_streams_the_same_documents_in_the_same_order_as_corpus():
    stream = iter_corpus(seed=5, domains=["code", "spam", "facts"], weights=[1, 2, 3])
    expected = corpus(25, seed=5, domains=["code", "spam", "facts"], weights=[1, 2, 3])
    assert [next(stream) for _ in range(25)] == expected


def test_every_domain_appears_with_non_empty_documents_of_bounded_length():
    docs = corpus(400, seed=0)
    assert set(DOMAINS) == {d.domain for d in docs}
    assert len(DOMAINS) >= 8
    for domain, texts in _by_domain(30, seed=1).items():
        for text in texts:
            assert text.strip(), domain
            assert MIN_CHARS <= len(text) <= MAX_CHARS, (domain, len(text))


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[k] for k, v in a.items())
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


def test_nearest_domain_centroid_of_word_counts_recovers_held_out_domains():
    # Word-count centroids fit on seed 0 must label seed-1 documents by domain: this fails if two
    # domains share their vocabulary (what the clustering and mixture techniques rely on).
    train = _by_domain(20, 0)
    centroids = {d: Counter(t for text in train[d] for t in _tokens(text)) for d in DOMAINS}
    for domain, texts in _by_domain(20, 1).items():
        for text in texts:
            counts = Counter(_tokens(text))
            guess = max(DOMAINS, key=lambda d: _cosine(counts, centroids[d]))
            assert guess == domain, (domain, guess, text[:80])


def test_character_statistics_differ_between_domains():
    texts = {d: "".join(ts) for d, ts in _by_domain(20, 2).items()}

    def ratio(domain: str, predicate) -> float:
        return sum(map(predicate, texts[domain])) / len(texts[domain])

    for domain in ("stories", "multilingual", "facts"):
        assert ratio(domain, str.isdigit) == 0.0, domain
    assert ratio("code", str.isdigit) < 0.03
    for domain in ("arithmetic", "calendar", "lists"):
        assert ratio(domain, str.isdigit) > 0.05, domain
    assert ratio("multilingual", lambda c: ord(c) > 127) > 0.005
    assert all(ratio(d, lambda c: ord(c) > 127) == 0.0 for d in DOMAINS if d != "multilingual")
    assert ratio("spam", str.isupper) > 2 * max(ratio(d, str.isupper) for d in DOMAINS if d != "spam")
    assert ratio("code", lambda c: c == "\n") > 2 * ratio("facts", lambda c: c == "\n")


def test_zero_weight_domains_never_appear():
    docs = corpus(60, seed=0, domains=["stories", "code", "spam"], weights=[0, 1, 0])
    assert {d.domain for d in docs} == {"code"}


def test_weights_set_domain_frequencies():
    docs = corpus(600, seed=0, domains=["lists", "facts"], weights=[3, 1])
    share = sum(d.domain == "lists" for d in docs) / len(docs)
    assert 0.68 < share < 0.82


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"domains": ["stories", "poetry"]}, "unknown domain 'poetry'; valid domains: arithmetic"),
        ({"domains": []}, "at least one domain"),
        ({"domains": ["code", "code"]}, "once"),
        ({"weights": [1.0, 2.0]}, "expected 8"),
        ({"domains": ["code", "spam"], "weights": [1.0, -1.0]}, ">= 0"),
        ({"domains": ["code", "spam"], "weights": [1.0, float("nan")]}, ">= 0"),
        ({"domains": ["code", "spam"], "weights": [0, 0]}, "all zero"),
    ],
)
def test_bad_domains_or_weights_raise_value_error_naming_the_problem(kwargs, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        corpus(3, **kwargs)
    with pytest.raises(ValueError, match=re.escape(message)):
        iter_corpus(**kwargs)


def test_generate_document_rejects_unknown_domain_and_lists_valid_ones():
    with pytest.raises(ValueError, match="'recipes'.*spam"):
        generate_document("recipes", random.Random(0))


def test_negative_document_count_raises():
    with pytest.raises(ValueError, match="n_docs"):
        corpus(-1)


_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"{_MONTH} (\d+), (\d+)"


def _parse(text: str) -> date:
    return datetime.strptime(text, "%B %d, %Y").date()


def test_calendar_facts_agree_with_datetime():
    seen = Counter()
    for text in _by_domain(40, 4)["calendar"]:
        for m in re.finditer(rf"({_DATE}) is a (\w+)day\.", text):
            assert _parse(m[1]).strftime("%A") == m[5] + "day", m[0]
            seen["weekday"] += 1
        for m in re.finditer(rf"(\d+) days (after|before) ({_DATE}) is ({_DATE})\.", text):
            sign = 1 if m[2] == "after" else -1
            assert _parse(m[3]) + sign * timedelta(days=int(m[1])) == _parse(m[7]), m[0]
            seen["offset"] += 1
        for m in re.finditer(rf"From ({_DATE}) to ({_DATE}) there are (\d+) days\.", text):
            assert (_parse(m[5]) - _parse(m[1])).days == int(m[9]), m[0]
            seen["span"] += 1
        for m in re.finditer(rf"{_MONTH} (\d+) has (\d+) days, and \d+ is (a|not a) leap year\.", text):
            month = datetime.strptime(m[1], "%B").month
            year = int(m[2])
            following = date(year + month // 12, month % 12 + 1, 1)
            assert (following - date(year, month, 1)).days == int(m[3]), m[0]
            feb_days = (date(year, 3, 1) - date(year, 2, 1)).days
            assert (feb_days == 29) == (m[4] == "a"), m[0]
            seen["month"] += 1
    assert min(seen[k] for k in ("weekday", "offset", "span", "month")) >= 5, seen


def _reference_list_op(items: list, op: str):
    words = op.split()
    if op == "sort ascending":
        return sorted(items)
    if op == "sort descending":
        return sorted(items)[::-1]
    if op == "reverse":
        return list(reversed(items))
    if op == "remove duplicates":
        return [x for i, x in enumerate(items) if x not in items[:i]]
    if op in ("maximum", "minimum", "length"):
        return {"maximum": max, "minimum": min, "length": len}[op](items)
    n = int(words[1])
    return {"first": items[:n], "last": items[len(items) - n:], "append": items + [n],
            "remove": [x for x in items if x != n]}[words[0]]


def test_list_examples_show_the_correct_result():
    checked = 0
    for text in _by_domain(30, 5)["lists"]:
        for block in text.split("\n\n"):
            m = re.fullmatch(r"list: (.+)\noperation: (.+)\nresult: (.+)", block)
            assert m, block
            items = ast.literal_eval(m[1])
            assert ast.literal_eval(m[3]) == _reference_list_op(items, m[2]), block
            checked += 1
    assert checked >= 60


def test_code_documents_compile_as_python():
    for text in _by_domain(30, 6)["code"]:
        compile(text, "<synthetic>", "exec")


def test_fact_questions_are_answered_by_the_facts_in_the_same_document():
    questions = 0
    for text in _by_domain(30, 7)["facts"]:
        facts = {(a, c): v for a, c, v in re.findall(r"The ([a-z ]+) of (\w+) is ([^.]+)\.", text)}
        for attr, country, answer in re.findall(r"Q: What is the ([a-z ]+) of (\w+)\? A: (.+)", text):
            assert facts[(attr, country)] == answer
            questions += 1
    assert questions >= 30
