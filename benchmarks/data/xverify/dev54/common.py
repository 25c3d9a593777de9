"""Shared helpers for dev54: reasoning-trace assembly, summary formats, scenarios."""
import json
from fractions import Fraction


def T(lang, en, zh):
    return zh if lang == "zh" else en


def tex(x):
    """LaTeX for a Fraction/int."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(x.numerator), x.denominator)


def plain(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    return "%d/%d" % (x.numerator, x.denominator)


def dec(x):
    """Terminating decimal string or None."""
    x = Fraction(x)
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    s = "%.6f" % float(x)
    return s.rstrip("0").rstrip(".")


FILL_EN = [
    "Let me re-read the problem statement so I don't misread any of the given numbers.",
    "Before going further, I want to restate what is actually being asked.",
    "Hmm, let me slow down and lay out the known quantities one at a time.",
    "I'll double-check the setup: every condition in the statement should be used exactly once.",
    "Okay, so the key is to translate the words into something I can compute with.",
    "One common pitfall here is mixing up which quantity is the unknown, so let me be explicit.",
    "Let me think about whether there is a shortcut, or whether a direct computation is safer.",
    "A direct computation seems safest; the numbers are small enough to handle by hand.",
    "I should be careful with signs in this step.",
    "Let me sanity-check the magnitude: the result should be neither huge nor negative without reason.",
    "Actually, let me organize the work in a small list so nothing gets lost.",
    "Alright, I'm fairly confident in the approach; now the arithmetic.",
    "Let me verify the intermediate value by computing it a second way.",
    "Good, the two ways agree so far.",
    "I want to make sure the form of the answer matches what the question asks for.",
    "There might be an edge case, but the conditions in the problem rule it out.",
    "Re-reading once more: no extra constraints are hidden in the wording.",
    "So far so good. Moving on to the final step.",
    "Let me also consider whether the question expects a simplified form.",
    "I'll write each step carefully because a small slip would change everything.",
    "Let me recount to be sure I didn't drop a term.",
    "Plugging the candidate back into the original condition is the most reliable check.",
]
FILL_ZH = [
    "先把题目再读一遍，确认所有已知条件都没有看错。",
    "我先明确一下题目到底要求什么。",
    "嗯，把已知量一个一个列出来会更清楚。",
    "检查一下：题目中的每个条件都应该用到。",
    "这里容易出错的是符号，要小心。",
    "先想想有没有更简便的方法，不过直接计算应该更稳妥。",
    "数字不大，直接算就可以。",
    "我再用另一种方法验证一下中间结果。",
    "好，两种方法得到的结果一致。",
    "还要注意答案的形式是否符合题目要求。",
    "再读一遍题目，没有遗漏的隐含条件。",
    "到目前为止都没问题，继续下一步。",
    "把候选答案代回原条件检验是最可靠的。",
    "一步一步写清楚，避免计算失误。",
    "再数一遍，确认没有漏掉哪一项。",
    "这一步要特别注意定义域。",
]
WAIT_EN = ["Wait, let me double-check that last step.", "Hold on — something looks off.",
           "Wait. Let me recompute that more carefully.", "Hmm, wait, I should verify this.",
           "Actually, wait. Let me reconsider."]
WAIT_ZH = ["等等，我再检查一下最后一步。", "等一下，好像哪里不对。", "等等，再仔细算一遍。",
           "嗯，等等，我需要验证一下。", "不对，再想想。"]


def pad(rng, lang, paras, target):
    pool = FILL_ZH if lang == "zh" else FILL_EN
    out = list(paras)
    used = set()
    while sum(len(p) for p in out) < target:
        s = rng.choice(pool)
        if s in used and len(used) < len(pool):
            continue
        used.add(s)
        k = rng.randrange(0, max(1, len(out)))
        out.insert(k, s)
        if len(used) >= len(pool):
            # repeat the steps as an explicit re-verification pass
            out.extend([T(lang, "Re-verifying: ", "复核：") + p for p in paras[:3]])
            break
    return out


def summary(rng, lang, v, mc=False):
    """One final-answer summary in a random format; returns (text, fmt)."""
    en = [
        ("boxed", lambda: "**Final Answer**\n\n$\\boxed{%s}$" % v),
        ("boxed_sentence", lambda: "Therefore, the answer is $\\boxed{%s}$." % v),
        ("bold_line", lambda: "**Answer: %s**" % v),
        ("final_answer_colon", lambda: "Final answer: %s" % v),
        ("table", lambda: "| Item | Result |\n|---|---|\n| Final answer | %s |" % v),
        ("bullet", lambda: "Summary:\n- Method: direct computation, checked twice\n- Answer: %s" % v),
        ("json", lambda: "```json\n%s\n```" % json.dumps({"answer": v}, ensure_ascii=False)),
        ("sentence_start", lambda: "%s is the answer, and it satisfies every condition in the problem." % v),
        ("sentence_middle", lambda: "Putting everything together, we obtain %s, which is consistent with both checks above." % v),
    ]
    zh = [
        ("boxed", lambda: "**最终答案**\n\n$\\boxed{%s}$" % v),
        ("boxed_sentence", lambda: "故答案为 $\\boxed{%s}$。" % v),
        ("answer_colon", lambda: "答案：%s" % v),
        ("bold_line", lambda: "**最终答案：%s**" % v),
        ("table", lambda: "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % v),
        ("json", lambda: "```json\n%s\n```" % json.dumps({"答案": v}, ensure_ascii=False)),
        ("sentence_middle", lambda: "综上所述，所求结果为 %s，且已代入检验。" % v),
    ]
    pool = zh if lang == "zh" else en
    if mc:
        pool = pool + ([("guxuan", lambda: "故选 %s。" % v)] if lang == "zh" else
                       [("option_sentence", lambda: "The correct option is %s." % v)])
    fmt, f = rng.choice(pool)
    return f(), fmt


def hedge_summary(rng, lang, a, b):
    if rng.random() < 0.5:
        a, b = b, a
    if lang == "zh":
        return rng.choice(["答案可能是 %s，也可能是 %s，两者都说得通。" % (a, b),
                           "最终答案：%s 或 %s（无法进一步确定）" % (a, b)])
    return rng.choice(["The answer is either %s or %s; I can't fully decide between them." % (a, b),
                       "**Answer: %s (or possibly %s)**" % (a, b),
                       "| Candidate | Status |\n|---|---|\n| %s | plausible |\n| %s | plausible |\n\nBoth remain possible." % (a, b)])


SCEN = [("plain", "Correct", 18), ("alt_form", "Correct", 17), ("self_correct", "Correct", 8),
        ("restate", "Correct", 8), ("wrong", "Incorrect", 21), ("flip", "Incorrect", 10),
        ("hedge", "Incorrect", 9), ("cutoff", "Incorrect", 9)]


def pick_scenario(rng, item):
    while True:
        r = rng.randrange(sum(w for _, _, w in SCEN))
        for name, lab, w in SCEN:
            if r < w:
                break
            r -= w
        if name in ("alt_form", "restate") and len(item["good"]) < 2:
            continue
        return name, lab


def build_output(rng, item, lang):
    """item: steps(list), good(list), bad(list), concl(fn), mc(bool). Returns (text, label, trap)."""
    scen, label = pick_scenario(rng, item)
    good, bad, concl = item["good"], item["bad"], item["concl"]
    g0 = good[0] if scen not in ("alt_form",) else rng.choice(good[1:])
    b0 = rng.choice(bad)
    wait = WAIT_ZH if lang == "zh" else WAIT_EN
    steps = list(item["steps"])
    target = rng.randrange(1200, 2600)
    if scen == "cutoff":
        k = max(1, len(steps) // 2)
        body = pad(rng, lang, steps[:k], target)
        cut = steps[k] if k < len(steps) else steps[-1]
        tail = cut[: max(8, len(cut) // 2)]
        return "<think>\n" + "\n\n".join(body) + "\n\n" + tail, label, "cutoff_no_final"
    if scen in ("plain", "alt_form", "restate", "hedge"):
        trace = steps + [concl(g0 if scen != "hedge" else good[0])]
        if scen == "hedge":
            trace.append(rng.choice(wait) + " " + T(lang, "Another reading gives %s." % b0, "另一种理解得到 %s。" % b0))
    elif scen == "wrong":
        trace = steps + [concl(b0)]
    elif scen == "self_correct":
        trace = steps + [concl(b0), rng.choice(wait) + " " + T(lang, "I slipped in the arithmetic there; redoing it carefully.", "刚才计算出错了，重新仔细算。"), concl(good[0])]
    else:  # flip
        trace = steps + [concl(good[0]), rng.choice(wait) + " " + T(lang, "I think I mis-handled a step; changing it.", "我觉得前面有一步处理错了，改一下。"), concl(b0)]
    body = pad(rng, lang, trace[:len(steps)], target) + trace[len(steps):]
    think = "<think>\n" + "\n\n".join(body) + "\n</think>\n\n"
    recap = T(lang, "Here is a brief summary of the solution.", "下面简要总结解题过程。")
    if rng.random() < 0.5:
        recap += "\n\n" + steps[0]
    if scen == "hedge":
        s, fmt = hedge_summary(rng, lang, good[0], b0), "hedge"
    else:
        final = {"plain": g0, "alt_form": g0, "restate": g0, "self_correct": good[0], "wrong": b0, "flip": b0}[scen]
        s, fmt = summary(rng, lang, final, item.get("mc", False))
        if scen == "restate":
            s += "\n\n" + T(lang, "Equivalently, this can be written as %s." % rng.choice(good[1:]),
                            "也可以等价地写成 %s。" % rng.choice(good[1:]))
    trap = {"plain": "plain_correct", "alt_form": "equivalent_form", "restate": "restated_equal_form",
            "self_correct": "self_corrected_to_right", "wrong": "wrong_value", "flip": "final_contradicts_earlier_right",
            "hedge": "hedge_two_answers"}[scen]
    if item.get("mc") and scen == "wrong":
        trap = "wrong_option"
    return think + recap + "\n\n" + s, label, trap + "/" + fmt
