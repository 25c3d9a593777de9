"""Shared helpers: output composition, answer styles, padding."""
EN_PAD = [
    "Let me restate what is being asked so I don't answer a different question.",
    "I should be careful with the arithmetic here; small slips are easy to make.",
    "Before going further, let me list the quantities I actually know.",
    "It helps to write each intermediate value down explicitly.",
    "Let me sanity-check the size of the result: it should be in a plausible range.",
    "One more pass over the wording: nothing seems to be a trick, but let me confirm the units.",
    "I'll try to verify using a second approach rather than repeating the same computation.",
    "Okay, the setup looks consistent with the question as stated.",
    "Hmm, let me not rush; re-reading the problem statement once more.",
    "If I plug the result back in, the conditions should all hold.",
    "The numbers involved are small enough to check by hand.",
    "I want to make sure I haven't dropped a sign anywhere.",
    "Let me organize this: first the given data, then the relation, then the solve.",
    "There is no hidden condition that I can see.",
    "Alright, that part is settled; moving on to the next piece.",
    "Let me also estimate roughly to make sure the order of magnitude is right.",
    "Double-checking the reading of the question: yes, that's what it wants.",
    "I recall that problems like this often try to catch rounding errors, so I'll keep exact values.",
]
ZH_PAD = [
    "先把题目条件整理一下，避免看错。",
    "这里的计算容易出错，我慢一点算。",
    "把已知量逐一列出来。",
    "每一步的中间结果都写清楚。",
    "估算一下量级，看看结果是否合理。",
    "再读一遍题目，确认问的是什么。",
    "换一种方法验证一下，而不是重复同样的计算。",
    "嗯，条件看起来是自洽的。",
    "把结果代回去，所有条件都应该满足。",
    "注意符号，不要漏掉负号。",
    "先列已知，再找关系，最后求解。",
    "题目里似乎没有隐藏条件。",
    "这一部分没有问题了，继续下一步。",
    "保留精确值，最后再化简，避免舍入误差。",
    "再确认一下单位是否一致。",
    "好，思路比较清楚了。",
]
EN_WAIT = ["Wait, let me double-check that.", "Hmm, wait a second.", "Actually, hold on.",
           "Wait, is that right?", "Let me re-verify this step.", "Hmm, let me reconsider."]
ZH_WAIT = ["等等，我再检查一下。", "等一下，这里对吗？", "嗯，再核对一遍。", "等等，重新想一下。"]


def pad(rng, lang, n):
    pool = list(EN_PAD if lang == "en" else ZH_PAD)
    rng.shuffle(pool)
    return pool[:n]


def fmt_ans(a):
    """a is a string or a list of (label, value) pairs."""
    if isinstance(a, str):
        return a
    return "; ".join("%s %s" % (k, v) for k, v in a)


def render_final(rng, lang, ans, style, unit=""):
    """Return a closing paragraph stating ans in the given style."""
    s = fmt_ans(ans) + unit
    en = lang == "en"
    if not en and s.strip("()") in ("A", "B", "C", "D") and style in ("lead", "middle", "final"):
        return "综上所述，故选%s。" % s.strip("()")
    if style == "boxed":
        return ("So the final answer is $\\boxed{%s}$." if en else "所以答案为 $\\boxed{%s}$。") % s
    if style == "bold":
        return ("Therefore the answer is **%s**." if en else "因此，答案是 **%s**。") % s
    if style == "final":
        return ("Final answer: %s" if en else "答案：%s") % s
    if style == "lead":
        return ("%s is what the problem is asking for, and every check above agrees with it." if en
                else "%s 就是所求的结果，上面的验证都与之一致。") % s
    if style == "middle":
        return ("Putting the pieces together, the result comes out to %s, which matches the verification I did." if en
                else "综合以上各步，结果为 %s，与验证一致。") % s
    if style == "list":
        if isinstance(ans, list):
            return ("Summary:\n" if en else "总结：\n") + "\n".join("- %s %s%s" % (k, v, unit) for k, v in ans)
        return ("Summary:\n- Method: direct computation\n- Result: %s\n- Check: passed" if en
                else "总结：\n- 方法：直接计算\n- 结果：%s\n- 检验：通过") % s
    if style == "table":
        if isinstance(ans, list):
            hdr = "| Part | Answer | Checked |\n|---|---|---|\n" if en else "| 小题 | 答案 | 已检验 |\n|---|---|---|\n"
            return hdr + "\n".join("| %s | %s%s | %s |" % (k, v, unit, "yes" if en else "是") for k, v in ans)
        if en:
            return "| Quantity | Value | Note |\n|---|---|---|\n| Result | %s | verified by substitution |" % s
        return "| 项目 | 数值 | 备注 |\n|---|---|---|\n| 结果 | %s | 已代入检验 |" % s
    raise ValueError(style)


STYLES = ["boxed", "bold", "final", "lead", "middle", "list", "table"]
ALLUDE_EN = ["So that's the one.", "The value found above is the answer.",
             "So the answer is the one I arrived at above.", "That settles it — the result from the last step stands."]
ALLUDE_ZH = ["所以就是上面求出的那个值。", "答案即上文所得。", "结论就是前面算出的结果。"]


def compose(rng, lang, q, steps_ok, ans_ok, steps_bad, ans_bad, mode, unit="", alt=None, think=None):
    """Build an llm_output. Returns (text, trap_suffix)."""
    en = lang == "en"
    if think is None:
        think = rng.random() < 0.8
    intro = ("Okay, let me work through this problem." if en else "好的，我来一步步做这道题。")
    body = [intro, ("The question asks: " if en else "题目是：") + q] + pad(rng, lang, rng.randint(2, 4))
    rc = lambda st: (("Let me redo the key steps once more to be safe. " if en else "为保险起见，再把关键步骤走一遍：") + " ".join(st))
    style = rng.choice(STYLES)
    closing = None
    W = EN_WAIT if en else ZH_WAIT
    if mode in ("direct", "restate", "allude"):
        body += steps_ok + pad(rng, lang, 2) + [rng.choice(W), rc(steps_ok)] + pad(rng, lang, 1)
        body.append(("Yes, I get %s again." if en else "没错，再算一次仍是 %s。") % (fmt_ans(ans_ok) + unit))
        if mode == "allude":
            closing = rng.choice(ALLUDE_EN if en else ALLUDE_ZH)
        elif mode == "restate" and alt:
            closing = render_final(rng, lang, ans_ok, style, unit) + (
                " (Equivalently, %s.)" % alt if en else "（也可写成 %s。）" % alt)
    elif mode == "self_correct":
        body += steps_bad + [rng.choice(W)] + [
            ("I think I slipped: %s can't be right. Redoing it carefully." if en else "我好像算错了，%s 不对，重新仔细算。") % fmt_ans(ans_bad)]
        body += steps_ok + [rc(steps_ok)]
        body.append(("So %s, not %s." if en else "所以应为 %s，而不是 %s。") % (fmt_ans(ans_ok) + unit, fmt_ans(ans_bad) + unit))
    elif mode == "slip":
        body += steps_bad + pad(rng, lang, 2) + [rc(steps_bad)]
        body.append(("That gives %s." if en else "得到 %s。") % (fmt_ans(ans_bad) + unit))
    elif mode == "allude_wrong":
        body += steps_bad + pad(rng, lang, 2) + [rc(steps_bad)]
        body.append(("That gives %s." if en else "得到 %s。") % (fmt_ans(ans_bad) + unit))
        closing = rng.choice(ALLUDE_EN if en else ALLUDE_ZH)
    elif mode == "flip":
        body += steps_ok + [rc(steps_ok), ("So the result is %s." if en else "所以结果是 %s。") % (fmt_ans(ans_ok) + unit), rng.choice(W)]
        body += [("Actually I think I misread part of the question. Reworking it:" if en else "我好像看错了题目的一部分，重新做：")]
        body += steps_bad
        body.append(("So the earlier value was wrong; it should be %s." if en else "所以之前的结果有误，应该是 %s。") % (fmt_ans(ans_bad) + unit))
    elif mode == "hedge":
        body += steps_ok + [rng.choice(W)] + steps_bad
        closing = (("I can't fully decide between the two readings, so the answer is either %s or %s." if en
                    else "两种理解我无法完全确定，答案可能是 %s，也可能是 %s。") % (fmt_ans(ans_ok) + unit, fmt_ans(ans_bad) + unit))
    elif mode == "cutoff":
        core = fmt_ans(ans_ok).replace("$", "").split(" ")[0]
        keep = [s for s in steps_ok[:len(steps_ok) // 2] if core not in s]
        body += keep
        text = "\n\n".join(body)
        tail = (" Now combining this with the remaining condition, we get" if en else " 接下来结合剩下的条件，可以得到")
        return ("<think>\n" if think else "") + text + tail
    else:
        raise ValueError(mode)
    extra = [x for x in pad(rng, lang, 20) if x not in body]
    target = rng.randint(1200, 2600) if en else rng.randint(700, 1300)
    while extra and len("\n\n".join(body)) < target:
        body.insert(rng.randint(2, len(body) - 1), extra.pop())
    text = "\n\n".join(body)
    if closing is None:
        final_ans = ans_bad if mode in ("slip", "flip") else ans_ok
        closing = render_final(rng, lang, final_ans, style, unit)
    if think:
        summ = ("**Summary.** " if en else "**总结：** ") + closing
        return "<think>\n" + text + "\n</think>\n\n" + summ
    return text + "\n\n" + closing


CORRECT_MODES = ["direct", "direct", "restate", "allude", "self_correct"]
WRONG_MODES = ["slip", "slip", "flip", "hedge", "cutoff", "allude_wrong"]
TRAP = {"direct": "plain_final", "restate": "restated_equal_form", "allude": "answer_alluded_at_end",
        "self_correct": "self_corrected_to_right", "slip": "wrong_value", "flip": "final_contradicts_earlier_right",
        "hedge": "hedge_two_answers", "cutoff": "truncated_no_answer", "allude_wrong": "alluded_wrong_value"}
