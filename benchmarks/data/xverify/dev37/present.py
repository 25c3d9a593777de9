"""Turn a worked math problem into a long model output that ends in a chosen final-answer style.

A problem P is a dict with keys:
  lang, dataset, q, given (list of str), steps (list of str), final(vstr) -> sentence,
  val (Fraction), ref (str), disp(v) -> str, bare(v) -> str, unit (str or None),
  inter (display str of an intermediate quantity), wrong (Fraction, a different value),
  alts (list of equivalent display strings), bad_units (list of wrong-unit display strings),
  round_bad (display str whose rounding changes the answer, or None), words (bool),
  rows (optional list of (label, value str) for a table).
"""
from common import pad, words, zh_words, record

CORRECT = ["hash", "answer_is", "bold", "boxed_unit", "total_eq", "table_row", "in_words",
           "other_scale", "self_fix_to_right", "sentence_answer"]
INCORRECT = ["hedge_two_values", "truncated", "self_fix_to_wrong", "intermediate_as_final",
             "rounding_changes_answer", "wrong_unit", "arithmetic_slip"]


def applicable(P, trap):
    if trap == "table_row":
        return bool(P.get("rows"))
    if trap == "in_words":
        return P.get("words", False)
    if trap == "other_scale":
        return bool(P.get("alts"))
    if trap == "rounding_changes_answer":
        return bool(P.get("round_bad"))
    if trap == "wrong_unit":
        return bool(P.get("bad_units"))
    if trap == "intermediate_as_final":
        return bool(P.get("inter"))
    return True


def body(rng, P, final_v=None, cut=False):
    """Reasoning text. final_v: value-string stated in the last step (None: omit)."""
    zh = P["lang"] == "zh"
    parts = [" ".join(pad(rng, P["lang"], "open", rng.randint(1, 2)))]
    ask = P["q"].split("\n")[-1].replace("Question: ", "").replace("问题：", "")
    parts.append(("题目问的是：“%s”" % ask) if zh else ("The question asks: \"%s\"" % ask))
    parts.append(pad(rng, P["lang"], "plan", 1)[0])
    if zh:
        parts.append("我先分析一下数量关系：题目中给出的各个量之间存在直接的计算关系，只要找准每一步要用的量，"
                     "按顺序列式就可以求出结果。解题时要特别注意单位是否统一、是否需要换算，以及最后求的是哪一个量。"
                     "下面先把已知条件整理出来，再逐步计算。")
        parts.append("已知条件：\n" + "\n".join("- " + g for g in P["given"]))
    else:
        parts.append("**Given:**\n" + "\n".join("- " + g for g in P["given"]))
    mids = pad(rng, P["lang"], "mid", 3)
    steps = []
    for i, s in enumerate(P["steps"]):
        head = ("第%d步：" % (i + 1)) if zh else ("**Step %d:** " % (i + 1))
        steps.append(head + s)
        if i < len(mids):
            steps.append(mids[i])
    if cut:
        keep = max(2, len(steps) - 1)
        txt = "\n\n".join(parts + steps[:keep])
        tail = steps[keep - 1] if keep - 1 < len(steps) else ""
        return txt + ("\n\n接下来计算" if zh else "\n\nNow for the last part, we need to take")
    recap = ("小结一下计算过程：" if zh else "Recap of the calculation so far: ") + " ".join(P["steps"])
    steps.append(recap)
    if final_v is not None:
        steps.append(P["final"](final_v))
    return "\n\n".join(parts + steps)


def check(rng, P):
    return " ".join(pad(rng, P["lang"], "check", 2))


def table(P, total):
    zh = P["lang"] == "zh"
    hdr = "| 项目 | 数值 |\n|---|---|" if zh else "| Item | Amount |\n|---|---|"
    rows = "\n".join("| %s | %s |" % r for r in P["rows"])
    lab = P.get("row_label") or ("合计" if zh else "Total")
    return "%s\n%s\n| **%s** | **%s** |" % (hdr, rows, lab, total)


def final_line(rng, P, style, v):
    """A final-answer line in the given style, for value v (Fraction)."""
    zh = P["lang"] == "zh"
    d, b = P["disp"](v), P["bare"](v)
    if style == "hash":
        return "#### " + b
    if style == "answer_is":
        return ("所以答案是 %s。" % d) if zh else ("The answer is %s." % d)
    if style == "bold":
        return ("**答案：%s**" % d) if zh else ("**Answer: %s**" % d)
    if style == "boxed_unit":
        if P.get("unit"):
            return "$\\boxed{%s\\text{ %s}}$" % (b, P["unit"])
        return "$\\boxed{%s}$" % b
    if style == "total_eq":
        return ("总计 = %s" % d) if zh else ("Total = %s" % d)
    if style == "sentence_answer":
        return ("答：" + P["final"](d)) if zh else P["final"](d)
    raise ValueError(style)


def valid(P):
    """Distractor values must really differ from the answer."""
    d = P["disp"](P["val"])
    if P["wrong"] == P["val"] or P["disp"](P["wrong"]) == d or P["wrong"] < 0:
        return False
    if any(x == d for x in P.get("alts") or []):
        return False
    for x in (P.get("bad_units") or []) + [P.get("inter"), P.get("round_bad")]:
        if x is not None and x.replace(",", "") == d.replace(",", ""):
            return False
    return True


def make(rng, P, trap):
    zh, val, wrong = P["lang"] == "zh", P["val"], P["wrong"]
    d = P["disp"](val)
    assert valid(P), P["q"]
    correct = trap in CORRECT
    if trap in ("hash", "answer_is", "bold", "boxed_unit", "total_eq", "sentence_answer"):
        out = body(rng, P, d) + "\n\n" + check(rng, P) + "\n\n" + final_line(rng, P, trap, val)
    elif trap == "table_row":
        intro = "汇总如下：" if zh else "Summarising everything in a table:"
        out = body(rng, P, d) + "\n\n" + check(rng, P) + "\n\n" + intro + "\n\n" + table(P, d)
    elif trap == "in_words":
        w = zh_words(val) if zh else words(val)
        sent = P["final"](w + (" " + P["unit"] if P.get("unit") and not zh else (P.get("unit") or "")))
        out = body(rng, P, d) + "\n\n" + check(rng, P) + "\n\n" + (
            ("答：" + sent) if zh else ("In words: " + sent))
    elif trap == "other_scale":
        alt = rng.choice(P["alts"])
        conv = ("换算成另一种单位：%s = %s。" % (d, alt)) if zh else (
            "Expressing this in a more convenient unit: %s is the same as %s." % (d, alt))
        fin = ("**答案：%s**" % alt) if zh else rng.choice(["**Answer: %s**", "The answer is %s.",
                                                          "Final answer: %s"]) % alt
        out = body(rng, P) + "\n\n" + conv + "\n\n" + check(rng, P) + "\n\n" + fin
    elif trap == "self_fix_to_right":
        w = P["disp"](wrong)
        fix = ("等等，我再核对一下上一步的计算……刚才算错了，重新计算后应该是 %s，不是 %s。" % (d, w)) if zh else (
            "Wait, let me recheck that last computation... I made an arithmetic slip. Redoing it carefully, "
            "the correct value is %s, not %s." % (d, w))
        out = (body(rng, P, w) + "\n\n" + fix + "\n\n" + check(rng, P) + "\n\n" +
               final_line(rng, P, rng.choice(["answer_is", "bold", "sentence_answer"]), val))
    elif trap == "hedge_two_values":
        w = P["disp"](wrong)
        a, b2 = (d, w) if rng.random() < 0.5 else (w, d)
        hed = ("这道题的答案可能是 %s，也可能是 %s，取决于对题意的理解，两种都有道理。" % (a, b2)) if zh else rng.choice([
            "So the answer is either %s or %s, depending on how the problem is read; both seem defensible.",
            "**Answer:** probably %s, although %s is also possible if the wording means something slightly different.",
            "I'm torn between %s and %s here, so I'll give both as possible answers."]) % (a, b2)
        out = body(rng, P) + "\n\n" + hed
    elif trap == "truncated":
        out = body(rng, P, cut=True)
        assert P["final"](d) not in out
    elif trap == "self_fix_to_wrong":
        w = P["disp"](wrong)
        fix = ("嗯，等一下，我觉得刚才的理解可能有问题，重新考虑后结果应该是 %s。" % w) if zh else (
            "Hmm, wait. On second thought I think I mis-handled one of the quantities. Reconsidering, "
            "the result should be %s instead." % w)
        out = (body(rng, P, d) + "\n\n" + fix + "\n\n" +
               final_line(rng, P, rng.choice(["answer_is", "bold", "sentence_answer"]), wrong))
    elif trap == "intermediate_as_final":
        it = P["inter"]
        fin = ("**答案：%s**" % it) if zh else rng.choice(["**Answer: %s**", "The answer is %s.",
                                                         "Final answer: %s"]) % it
        out = body(rng, P) + "\n\n" + fin
    elif trap == "rounding_changes_answer":
        rb = P["round_bad"]
        pre = ("计算得 %s，取整后约为 %s。" % (d, rb)) if zh else (
            "That gives %s, which I'll round to a clean figure: %s." % (d, rb))
        fin = ("**答案：%s**" % rb) if zh else rng.choice(["**Answer: %s**", "The answer is %s.",
                                                         "Final answer: about %s"]) % rb
        out = body(rng, P) + "\n\n" + pre + "\n\n" + fin
    elif trap == "wrong_unit":
        bu = rng.choice(P["bad_units"])
        fin = ("**答案：%s**" % bu) if zh else rng.choice(["**Answer: %s**", "The answer is %s.",
                                                         "Final answer: %s"]) % bu
        out = body(rng, P) + "\n\n" + check(rng, P) + "\n\n" + fin
    elif trap == "arithmetic_slip":
        out = (body(rng, P, P["disp"](wrong)) + "\n\n" + check(rng, P) + "\n\n" +
               final_line(rng, P, rng.choice(["hash", "answer_is", "bold", "boxed_unit",
                                              "sentence_answer"]), wrong))
    else:
        raise ValueError(trap)
    kat = "math"
    return record(P["dataset"], kat, P["q"], out, P["ref"], "Correct" if correct else "Incorrect",
                  P["lang"], trap)


def pick_trap(rng, P, want_correct):
    pool = [t for t in (CORRECT if want_correct else INCORRECT) if applicable(P, t)]
    return rng.choice(pool)
