"""Generated math cases for heldout3 (deterministic; fixed seed)."""
import random
from lib import render_math, plain
import fams_a as A
import fams_b as B
import fams_c as C

FAMS = [  # (function, can be Chinese)
    (A.f_shop, True), (A.f_sys, True), (A.f_quad, True), (A.f_prob, True), (A.f_ineq, True),
    (A.f_series, True), (B.f_pct, True), (B.f_comb, False), (B.f_circle, True), (B.f_work, True),
    (B.f_chick, True), (B.f_speed, True), (C.f_mod, False), (C.f_vec, False), (C.f_angle, False),
    (C.f_sci, True), (C.f_integral, False), (C.f_sticker, False),
]
OK_MODES = [("plain", 28), ("equiv", 34), ("fix", 12), ("early", 10), ("recheck", 16)]
BAD_MODES = [("slip", 32), ("hedge", 12), ("trunc", 13), ("flip", 16), ("near", 27)]
EN_STYLES = [("think", 200), ("md", 8), ("latex", 6), ("terse", 3), ("gsm", 4), ("table", 3), ("code", 3),
             ("last", 3), ("first", 2)]
VERB_EN = [(1, 15), (2, 38), (3, 30), (4, 17)]
VERB_ZH = [(3, 40), (4, 40), (5, 20)]
ZH_STYLES = [("zh_think", 90), ("zh_sol", 4), ("zh_md", 5), ("zh_terse", 1)]


# Short description of what each rendering mode does, written to the `trap` field.
TRAP = {"plain": "none", "equiv": "equivalent_form", "fix": "self_corrected", "early": "answer_stated_first",
        "recheck": "verified", "slip": "reasoning_error", "hedge": "hedged_two_answers", "trunc": "truncated_no_answer",
        "flip": "switched_to_wrong", "near": "near_miss"}


def wpick(rng, table):
    tot = sum(w for _, w in table)
    x = rng.uniform(0, tot)
    for k, w in table:
        x -= w
        if x <= 0:
            return k
    return table[-1][0]


def make_ref(p, rng):
    r = rng.choice(p.refs)
    u = rng.random()
    if u < .62:
        return r
    if u < .75:
        return "$%s$" % r if "$" not in r and "\\" in r else r
    if u < .86:
        return ("答案：%s" if p.lang == "zh" else "The answer is %s.") % plain(r)
    head = "解：" if p.lang == "zh" else "Solution: "
    return head + " ".join(p.work) + ("\n答案：" if p.lang == "zh" else "\nAnswer: ") + plain(r)


def generate(n_ok, n_bad, n_zh, seed=3301):
    rng = random.Random(seed)
    n = n_ok + n_bad
    labels = ["Correct"] * n_ok + ["Incorrect"] * n_bad
    rng.shuffle(labels)
    zh_slots = [i for i in range(n) if FAMS[i % len(FAMS)][1]]
    zh_set = set(rng.sample(zh_slots, n_zh))
    out = []
    for i in range(n):
        fam = FAMS[i % len(FAMS)][0]
        lang = "zh" if i in zh_set else "en"
        label = labels[i]
        p = fam(rng, lang)
        if label == "Correct":
            mode = wpick(rng, OK_MODES)
        else:
            mode = wpick(rng, BAD_MODES)
            if mode == "near" and p.near is None:
                mode = "slip"
        style = wpick(rng, ZH_STYLES if lang == "zh" else EN_STYLES)
        if mode == "trunc" and style not in ("think", "zh_think", "md", "zh_md"):
            style = "zh_think" if lang == "zh" else "think"
        if mode == "early" and style in ("gsm", "first"):
            style = "md"
        verb = wpick(rng, VERB_ZH if lang == "zh" else VERB_EN) if style in ("think", "zh_think") else 0
        if mode == "trunc":
            verb = 2
        text = render_math(p, mode, style, rng, verb=verb)
        out.append(dict(dataset=p.dataset, key_answer_type="math", question=p.q, llm_output=text,
                        correct_answer=make_ref(p, rng), label=label, lang=lang,
                        trap=TRAP[mode], _meta="%s/%s/%s" % (fam.__name__, mode, style)))
    return out


if __name__ == "__main__":
    import sys
    cs = generate(65, 65, 24)
    for c in cs[: int(sys.argv[1]) if len(sys.argv) > 1 else 4]:
        print("=" * 70, c["_meta"], c["label"])
        print(c["question"])
        print("-" * 30)
        print(c["llm_output"])
        print("-" * 30, "REF:", c["correct_answer"])
    ls = sorted(len(c["llm_output"]) for c in cs)
    print("median", ls[len(ls) // 2], "min", ls[0], "max", ls[-1])
