"""Build dev33.jsonl deterministically: python3 build.py"""
import json
import os
import random
import re
import statistics

import gen_alg
import gen_geo
import gen_prob
import gen_word
import gen_zh
from common import SEED
from compose import compose
from gen_mc import to_mc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev33.jsonl")
EN = [gen_alg.quad_roots, gen_alg.quad_ineq, gen_alg.lin_sys, gen_alg.func_vertex, gen_alg.func_interval,
      gen_prob.prob_draw, gen_prob.count_committee, gen_prob.seq_arith, gen_prob.seq_geom,
      gen_geo.dist, gen_geo.circle_area, gen_geo.line_eq, gen_geo.tri_area,
      gen_word.percent_profit, gen_word.work_rate, gen_word.mixture, gen_word.ages, gen_word.weekday,
      gen_word.base_conv, gen_word.modular]
ZH = [gen_zh.chicken_rabbit, gen_zh.engineering, gen_zh.meeting, gen_zh.discount, gen_zh.arith_seq, gen_zh.balls]
BASE = ["ok"] * 5 + ["alt"] * 5 + ["recover"] * 5 + ["slip", "near", "abandon", "hedge", "trunc"] * 3
CORRECT = {"ok", "alt", "recover"}
GROUPS = [(EN, False, 200), (ZH, False, 50), (EN, True, 56), (ZH, True, 14)]


def modes(rng, n):
    out = []
    while len(out) < n:
        b = BASE[:]
        rng.shuffle(b)
        out += b
    return out[:n]


def trunc_ok(f, text):
    ans = f["answer"]
    if f["work"][-1] in text:
        return False
    return not re.search(r"=\s*\$?\s*" + re.escape(ans) + r"(?![\d.])", text)


def make(rng, f, mode):
    tag = {"ok": "ok_usual_form", "hedge": "hedge_two_candidates", "trunc": "trunc_before_final"}.get(mode)
    final = f["answer"]
    if mode == "alt":
        final, tag = rng.choice(f["alts"])
    elif mode == "recover":
        tag = "recover_after_" + f["slip"]["tag"].split("slip_", 1)[1]
    elif mode in ("slip", "near"):
        final, tag = f[mode]["ans"], f[mode]["tag"]
    elif mode == "abandon":
        final, tag = f["slip"]["ans"], "abandon_for_" + f["slip"]["tag"].split("slip_", 1)[1]
    if f["kat"] == "alphabet_option" and not tag.startswith("mc_"):
        tag = "mc_" + tag
    if mode in ("slip", "near", "abandon", "hedge"):
        assert f["slip"]["ans"] != f["answer"] and f["near"]["ans"] != f["answer"], f["question"]
    if mode == "trunc":
        while f["trunc"] and not trunc_ok(f, "\n".join(f["trunc"])):
            f["trunc"] = f["trunc"][:-1]
    out = compose(rng, f, mode, final if mode not in ("hedge", "trunc") else None)
    return out, tag


def build():
    rng = random.Random(SEED)
    recs = []
    for fams, mc, n in GROUPS:
        order = []
        for mode in modes(rng, n):
            if not order:
                order = fams[:]
                rng.shuffle(order)
            gen = order.pop()
            while True:
                f = gen(rng)
                if f["answer"] in (f["slip"]["ans"], f["near"]["ans"]) or f["slip"]["ans"] == f["near"]["ans"]:
                    continue
                if mc:
                    f = to_mc(rng, f)
                    if f is None:
                        continue
                break
            out, tag = make(rng, f, mode)
            recs.append(dict(dataset=f["dataset"], key_answer_type=f["kat"], question=f["question"], llm_output=out,
                             correct_answer=f["answer"], label="Correct" if mode in CORRECT else "Incorrect",
                             lang=f["lang"], trap=tag))
    rng.shuffle(recs)
    lines = []
    for i, r in enumerate(recs, 1):
        r = dict([("id", "d33-%04d" % i)] + list(r.items()))
        lines.append(json.dumps(r, ensure_ascii=False))
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, OUT)
    lens = [len(json.loads(x)["llm_output"]) for x in lines]
    print("records", len(lines), "median llm_output length", statistics.median(lens))


if __name__ == "__main__":
    build()
