"""How a generated math case is written out: the output styles (boxed, think, markdown, final line, Chinese
解/答案是), and the traps (self-correction, argued away, hedge, truncated, no final answer)."""


def L(x, lang):
    return x[0] if isinstance(x, tuple) and lang == "en" else x[1] if isinstance(x, tuple) else x

def render(lang, steps, final, rng):
    st = [L(s, lang) for s in steps]
    final = L(final, lang)
    if lang == "en":
        style = rng.choice(["boxed", "think", "md", "answer_is", "final_line", "terse_think"])
        if style == "boxed":
            return "\n".join(st) + "\n\nTherefore, the answer is $\\boxed{%s}$." % final
        if style == "think":
            return "<think>\nOkay, let me work through this.\n" + "\n".join(st) + "\nThat should be it.\n</think>\n\nThe answer is %s." % final
        if style == "md":
            return "\n".join("**Step %d:** %s" % (i + 1, s) for i, s in enumerate(st)) + "\n\n**Final Answer:** %s" % final
        if style == "answer_is":
            return "Let's think step by step.\n" + "\n".join(st) + "\nThe answer is %s." % final
        if style == "final_line":
            return "\n".join(st) + "\n\nFinal answer: %s" % final
        return "<think>\n" + "\n".join(st) + "\n</think>\n\\boxed{%s}" % final
    style = rng.choice(["jie", "think", "boxed", "zuizhong"])
    if style == "jie":
        return "解：" + "；\n".join(x.rstrip("。") for x in st) + "。\n所以答案是 %s。" % final
    if style == "think":
        return "<think>\n嗯，先理清题意。\n" + "\n".join(st) + "\n应该没问题了。\n</think>\n\n答案是 %s" % final
    if style == "boxed":
        return "我们一步一步来。\n" + "\n".join(st) + "\n\n综上，答案为 $\\boxed{%s}$。" % final
    return "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(st)) + "\n\n**最终答案**：%s" % final

WAIT = {"en": ["Wait, actually, I think I slipped. Let me redo this.", "Hmm, wait. That doesn't look right; let me recheck.",
               "Hold on, let me double-check that step."],
        "zh": ["等等，好像算错了，重新算一下。", "不对，再检查一遍。", "嗯，等一下，这一步有问题。"]}

def make_case(kind, d, lang, rng):
    """kind -> (output, final label, trap)."""
    good, bad = d["good"], d["bad"]
    if kind == "plain":
        return render(lang, d["steps"], d["plain"], rng), "Correct", "plain"
    if kind == "form":
        f, tag = rng.choice([g for g in good if lang == "zh" or not g[1].startswith("chinese")])
        return render(lang, d["steps"], f, rng), "Correct", tag
    b = rng.choice([x for x in bad if kind != "hedge" or x[1] != "partial_answer"])
    bval, btag, bsteps = b
    if kind == "self_fix":
        steps = list(bsteps) + [(f"So I get {bval}.", f"得到 {bval}。"), rng.choice(WAIT[lang])] + list(d["steps"])
        return render(lang, steps, d["plain"], rng), "Correct", "self_correction_to_right"
    if kind == "near_miss":
        return render(lang, bsteps, bval, rng), "Incorrect", btag
    if kind == "argued_away":
        steps = list(d["steps"]) + [(f"That gives {d['plain']}.", f"这样得到 {d['plain']}。"), rng.choice(WAIT[lang])] + list(bsteps)
        return render(lang, steps, bval, rng), "Incorrect", "right_then_argued_away"
    st = [L(s, lang) for s in d["steps"]]
    if kind == "hedge":
        body = "\n".join(st)
        if lang == "en":
            return body + f"\n\nDepending on how the question is read, the answer is either {d['plain']} or {bval}.", "Incorrect", "hedge_two_answers"
        return body + f"\n\n不过也可能是另一种理解，所以答案是 {d['plain']} 或 {bval}。", "Incorrect", "hedge_two_answers"
    if kind == "truncated":
        h = len(st) // 2
        body = "\n".join(st[:h])
        last = st[h]
        cut = last[: max(3, len(last) // 3)]
        pre = "<think>\n" if rng.random() < 0.5 else ""
        return pre + body + ("\n" if body else "") + cut, "Incorrect", "truncated"
    if kind == "no_final":
        body = st[0] if len(st) > 1 else st[0].split("=")[0].strip() + " = ..."
        tail = "\nI'm not sure how to finish this one; I'd need more information." if lang == "en" else "\n后面的步骤我不太确定，暂时无法给出答案。"
        return body + tail, "Incorrect", "no_final_answer"
    raise KeyError(kind)

KINDS = ["plain", "near_miss", "form", "argued_away", "self_fix", "hedge", "form", "near_miss",
         "plain", "truncated", "form", "near_miss", "self_fix", "no_final", "form", "argued_away"]
