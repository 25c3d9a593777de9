#!/usr/bin/env python3
"""dev18: How answers are written: fractions in LaTeX and plain text, final-answer phrasings, the output wrapper. Part of gen_dev18.py (see README.md)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb


def fr_tex(f):
    f = F(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return f"{s}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def fr_plain(f):
    f = F(f)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def term_dec(f):
    """decimal string if terminating else None"""
    f = F(f)
    d = f.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return None
    s = f"{float(f):.10f}".rstrip("0").rstrip(".")
    return s


# ---------------- final answer styles ----------------
EN_FINAL = [
    lambda a: f"\n\n**Final Answer:** $\\boxed{{{a}}}$",
    lambda a: f"\n\nFinal answer: {a}",
    lambda a: f"\n\nSo the answer is **{a}**.",
    lambda a: f"\n\n\\[\n\\boxed{{{a}}}\n\\]",
    lambda a: f"\n\n$$ {a} $$",
    lambda a: f"\n\n{a}",
    lambda a: f"\n\nTherefore, the required value is {a}.",
    lambda a: f"\n\n### Answer\n{a}",
    lambda a: f"\n\nThe final answer is $\\boxed{{{a}}}$. I hope it is correct.",
    lambda a: f"\n\nAnswer: {a}",
    lambda a: f"\n\nPutting it all together we get {a}, and that is what I'll commit to.",
]
ZH_FINAL = [
    lambda a: f"\n\n**答案**：${a}$",
    lambda a: f"\n\n综上所述，答案为 $\\boxed{{{a}}}$。",
    lambda a: f"\n\n最终答案：{a}",
    lambda a: f"\n\n故所求结果是 {a}。",
    lambda a: f"\n\n\\[\n\\boxed{{{a}}}\n\\]",
    lambda a: f"\n\n{a}",
]


def wrap(body, final, zh, rng):
    """assemble output with a habit chosen per case"""
    fin = rng.choice(ZH_FINAL if zh else EN_FINAL)(final)
    if rng.random() < 0.35:
        think_end = rng.randint(int(len(body) * 0.5), len(body))
        # put whole working in think block, then a short recap
        recap = ("\n\n整理一下上面的推导。" if zh else "\n\nCleaning up the reasoning above for the write-up.")
        return "<think>\n" + body + "\n</think>" + recap + fin
    return body + fin
