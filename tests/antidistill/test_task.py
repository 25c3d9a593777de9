"""The addition task: every trace style is correct and checkable; splits are disjoint; the free choices happen."""

import random
import re

import pytest

from nanofrontier.antidistill.task import (
    Problem,
    TraceStyle,
    addition_problems,
    check,
    columns,
    extract,
    generic_arithmetic,
    shown_fraction,
    split_problems,
    write_trace,
)


@pytest.mark.parametrize("style", [TraceStyle(), TraceStyle(shown=1.0, comment=0.0), TraceStyle(shown=0.0, comment=1.0),
                                   TraceStyle(swapped=1.0, carry_notes=(0, 0, 1), answer_words=(0, 1))])
def test_every_trace_ends_with_the_right_answer_and_its_column_sums_add_up(style):
    rng = random.Random(0)
    for p in addition_problems(300, seed=1):
        trace = write_trace(p, rng, style)
        assert check(p, trace) and trace.endswith("\n")
        column_lines = [line for line in trace.splitlines() if line[0].isdigit()]
        sums = [int(line.split("=")[-1].split()[0]) for line in column_lines]
        assert sums == [c[3] for c in columns(p)]


def test_columns_carry_into_the_next_digit():
    assert columns(Problem(a=347, b=586)) == [(7, 6, 0, 13), (4, 8, 1, 13), (3, 5, 1, 9)]
    assert columns(Problem(a=999, b=1)) == [(9, 1, 0, 10), (9, 0, 1, 10), (9, 0, 1, 10)]
    assert write_trace(Problem(a=12, b=30), random.Random(0), TraceStyle(shown=1.0, swapped=0.0, comment=0.0,
                                                                       answer_words=(1, 0))) == "2+0=2\n1+3=4\nA 42\n"


def test_the_free_choices_are_drawn_at_their_rates():
    rng = random.Random(0)
    texts = [write_trace(p, rng) for p in addition_problems(2000, seed=2)]
    assert shown_fraction(texts) == pytest.approx(0.75, abs=0.02)
    assert 0.05 < sum("# " in t for t in texts) / len(texts) < 0.4
    assert {t.splitlines()[-1].split()[0] for t in texts} == {"A", "ans"}
    assert shown_fraction([write_trace(p, rng, TraceStyle(shown=0.0)) for p in addition_problems(50, seed=3)]) == 0


def test_the_checker_reads_only_the_last_answer_line():
    p = Problem(a=5, b=7)
    assert check(p, "5+7=12 c1\nA 12\n") and check(p, "ans 12")
    assert not check(p, "5+7=12 c1\nA 13\n") and not check(p, "12") and not check(p, "A 12x")
    assert extract("A 3\nans 12\n") == 12 and extract("nothing") is None


def test_splits_are_disjoint_and_reproducible():
    train, holdout, test = split_problems(500, 100, 100, seed=0)
    keys = [{(p.a, p.b) for p in s} for s in (train, holdout, test)]
    assert sum(map(len, keys)) == 700 and not (keys[0] & keys[1] or keys[0] & keys[2] or keys[1] & keys[2])
    assert split_problems(500, 100, 100, seed=0) == (train, holdout, test)
    with pytest.raises(ValueError, match=r"only \d+ distinct problems with 1 digits; asked for 110"):
        split_problems(90, 10, 10, seed=0, max_digits=1)


def test_bad_problems_and_styles_are_refused_naming_the_field():
    with pytest.raises(ValueError, match="Problem.a must be a non-negative integer"):
        Problem(a=-1, b=2)
    with pytest.raises(ValueError, match="TraceStyle.shown must be in"):
        TraceStyle(shown=1.5)
    with pytest.raises(ValueError, match="TraceStyle.carry_notes needs 3"):
        TraceStyle(carry_notes=(1.0,))


def test_generic_arithmetic_has_right_sums_but_never_the_task_format():
    texts = generic_arithmetic(200, seed=0)
    assert len(set(texts)) == 200
    sums = [m for t in texts for m in re.findall(r"(\d+)\+(\d+)(\+1)?=(\d+)", t)]
    assert len(sums) > 500 and all(int(x) + int(y) + bool(one) == int(z) for x, y, one, z in sums)
    assert not any(":\n" in t or extract(t) is not None for t in texts)  # no prompt, no answer line
