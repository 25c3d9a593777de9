"""Math cases: many answer-object kinds, answer stated mid closing paragraph."""
from common import build_trace, think, record
from math_kinds_a import KINDS_A
from math_kinds_b import KINDS_B

KINDS = KINDS_A + KINDS_B
DS = {"k_distance": "gsm8k_like", "k_percent": "gsm8k_like", "k_money": "gsm8k_like", "k_time": "gsm8k_like",
      "k_series": "math_like", "k_divisors": "aime_like", "k_matrix": "college_math_like", "k_vector": "college_math_like",
      "k_derivative": "college_math_like", "k_complex": "olympiadbench_like"}

CLOSE_EN = [
    "Putting it all together, the result is {A}, and this agrees with the check I did by substituting back, so I'm fairly confident in it.",
    "After verifying each step twice, I find that {A} is the answer to the question as stated; no other case needs to be considered.",
    "So, collecting the pieces, we get {A} for the requested quantity, which also passes the rough estimate from earlier.",
    "Therefore the value asked for is $\\boxed{{{A}}}$, consistent with both methods used above.",
    "In summary, the computation gives **{A}** once everything is simplified, and the re-check confirms it.",
    "Having redone the key step, I'm settling on {A} as the final answer, and the format matches what the problem wants.",
    "Everything is consistent: the answer comes out to {A}, which is what I will report, since the alternative routes led to the same place.",
    "Thus we conclude that the requested answer is $${A}$$ and there are no further conditions to impose.",
]
CLOSE_ZH = [
    "综上所述，所求结果为 {A}，与代入检验的结果一致，因此可以确定。",
    "经过两遍验算，答案是 $\\boxed{{{A}}}$，这也符合题目的全部条件。",
    "所以最终得到 **{A}**，各步骤均已复核无误。",
    "故本题的答案为 {A}，前面的估算也支持这个结果。",
    "因此我确定最终答案是 {A}，用另一种方法也得到了相同的结论。",
    "整理可得结果为 $${A}$$，没有需要排除的情形。",
]
RESTATE_EN = [" Equivalently, this can be written as {B}.", " (In another form: {B}.)", " Written differently, that is {B}."]
RESTATE_ZH = ["也可以写成 {B}。", "（换一种写法即 {B}。）"]
FIX_EN = ["Wait, that doesn't look right. I think I slipped in the previous line; let me redo it.",
          "Hmm, wait. Checking again, I mis-handled one of the terms. Redoing it carefully:",
          "Hold on — substituting back does not work, so there is a mistake. Let me recompute."]
FIX_ZH = ["等等，这不对。上一步好像算错了，重新算一遍。", "等等，代回去不成立，说明有错，重新计算：", "嗯，再检查发现有一项处理错了，重做："]
HEDGE_EN = ["Honestly, I keep getting two candidates, so the answer is either {A} or {B}; I can't fully rule out one of them.",
            "The answer should be {A}, although {B} is also possible depending on how the question is read, so I'd go with {A} or {B}.",
            "Between {A} and {B} I'm split — both survived my checks, so I'll list both as possible answers."]
HEDGE_ZH = ["两种结果 {A} 和 {B} 都有可能，我无法确定是哪一个。", "答案可能是 {A}，也可能是 {B}，两者都说得通。"]
GIVEUP_EN = ["I've gone back and forth several times and can't pin down a reliable value, so I'm not able to give a definitive answer here.",
             "Given the time spent and the inconsistencies I keep hitting, I'll stop here without committing to a final answer."]
GIVEUP_ZH = ["反复计算结果都不一致，我无法给出确定的答案。", "这道题我没能算出可靠的结果，暂不给出最终答案。"]
CUT_EN = ["So now multiplying both sides by the", "Now combining this with the earlier expression, we get", "Let me redo the last part: the term becomes"]
CUT_ZH = ["于是两边同乘以", "再把这个结果代入前面的式子，得到", "重新计算最后一步：这一项变为"]

C_MODES = ["plain", "alt", "restate", "selffix"]
I_MODES = ["wrong", "hedge", "cutoff", "flip", "giveup", "wrong"]


def summary(rng, zh, steps, close):
    head = rng.choice(["**解答**\n\n", "解：\n\n", ""]) if zh else rng.choice(["**Solution**\n\n", "### Summary\n\n", "Here is the worked solution.\n\n", ""])
    style = rng.random()
    if style < 0.4:
        body = "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(steps))
    elif style < 0.7:
        body = "\n".join("- " + s for s in steps)
    else:
        body = " ".join(steps)
    lead = rng.choice(["", "这道题的关键是按步骤计算。" if zh else "The key is to keep track of each step. "])
    return head + body + "\n\n" + lead + close


def make(rng, zh, label, kind):
    d = kind(rng, zh)
    ref, alts, wrongs, steps = d["ref"], d["alts"], d["wrongs"], d["steps"]
    alts = [a for a in alts if a and a != ref] or [ref]
    wrongs = [w for w in wrongs if w and w != ref and w not in alts]
    closes = CLOSE_ZH if zh else CLOSE_EN
    target = rng.randint(1100, 2600)
    mode = rng.choice(C_MODES if label == "Correct" else I_MODES)
    fix = rng.choice(FIX_ZH if zh else FIX_EN)
    tail = None
    closed = True
    if mode == "plain":
        final = ref
    elif mode == "alt":
        final = rng.choice(alts)
    elif mode == "restate":
        final = ref
    elif mode == "selffix":
        final = rng.choice([ref] + alts)
        tail = (("所以结果是 %s。" % wrongs[0]) if zh else "So that gives %s." % wrongs[0]) + "\n\n" + fix + "\n\n" + steps[-1]
    elif mode == "wrong":
        final = wrongs[0]
        steps = steps[:-1] + [("最后一步：结果为 %s。" % final) if zh else "Final step: this gives %s." % final]
    elif mode == "flip":
        final = wrongs[-1]
        tail = fix + "\n\n" + (("重新整理后，结果应为 %s。" % final) if zh else "After reworking it, the result should be %s instead." % final)
    elif mode == "hedge":
        final = None
    elif mode == "cutoff":
        closed = False
        final = None
    else:
        final = None
    body = build_trace(rng, "zh" if zh else "en", steps, target, tail, (("题目是：" if zh else "The problem: ") + d["q"]))
    if mode == "cutoff":
        out = think(body + "\n\n" + rng.choice(CUT_ZH if zh else CUT_EN), "", closed=False)
        trap = "math_cutoff_no_answer"
    else:
        if mode == "hedge":
            a, b = (ref, wrongs[0]) if rng.random() < 0.5 else (wrongs[0], ref)
            close = rng.choice(HEDGE_ZH if zh else HEDGE_EN).format(A=a, B=b)
        elif mode == "giveup":
            close = rng.choice(GIVEUP_ZH if zh else GIVEUP_EN)
        else:
            close = rng.choice(closes).format(A=final)
            if mode == "restate":
                close += rng.choice(RESTATE_ZH if zh else RESTATE_EN).format(B=rng.choice(alts))
            more = rng.choice(["", " 如有疑问可再代入检验。" if zh else " Feel free to plug it back in to confirm."])
            close += more
        out = think(body, summary(rng, zh, d["steps"], close))
        trap = {"plain": "math_mid_sentence", "alt": "math_equal_other_form", "restate": "math_restated_other_form",
                "selffix": "math_self_corrected", "wrong": "math_wrong_value", "flip": "math_final_contradicts_earlier",
                "hedge": "math_hedge_two_values", "giveup": "math_no_final_answer"}[mode]
    kname = kind.__name__
    trap += ":" + kname[2:]
    ds = "gaokao_like" if zh and kname not in ("k_divisors",) else DS.get(kname, "math_like")
    return dict(dataset=ds, kat="math", q=d["q"], out=out, ref=ref, label=label, trap=trap)


def generate(rng, n, zh_n, labels):
    out = []
    kinds = list(KINDS)
    for i in range(n):
        if i % len(kinds) == 0:
            rng.shuffle(kinds)
        out.append(make(rng, i < zh_n, labels[i], kinds[i % len(kinds)]))
    return out
