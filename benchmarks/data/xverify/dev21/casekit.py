"""Turn a problem description + a mode into one llm_output."""
from styles import think_wrap, final_line, pick_style, opener

CORRECT_MODES = ["plain", "alt", "think", "self_correct", "repeat_ok", "restate", "weak_ramble", "broken_latex", "verify_after"]
WRONG_MODES = ["wrong_final", "final_diff", "repeat_bad", "closing_bad", "two_answers", "truncated", "other_part", "typed_wrong"]

RAMBLE_EN = [
    "This type of question often appears in exams because it checks whether you can keep track of several quantities. Another way to practice is to change the numbers and try again. Also remember units! Units are important in math and in science and engineering. In conclusion the problem is solved.",
    "Note: I used basic arithmetic here. Arithmetic is the branch of mathematics dealing with numbers. If the numbers were bigger we could also use a calculator, but it is good to do by hand to learn. Thank you for the question, it was a good question.",
    "Additional explanation: the key step was setting up the equation correctly. Many students make the mistake of rushing. Always read the question twice. Reading the question twice helps. And checking the answer helps too.",
]
RAMBLE_SWITCH = [
    "\n\n（补充说明：这道题主要考查基本运算，注意审题即可。）",
    "\n\nEn resumen, el resultado ya está calculado arriba. ¡Buena suerte!",
    "\n\n总之，按照上面的步骤就可以得到结果，谢谢。",
]


def _join(steps):
    return "\n\n".join(steps)


def build(p, mode, lang, rng, wrong=None):
    """p: problem dict. Returns (llm_output, trap)."""
    steps = p["steps"][lang]
    ans = p["ans"][0]
    style = pick_style(lang, rng)
    head = opener(lang, rng) + "\n\n"
    ver = p.get("verify", {}).get(lang, "")
    if mode == "plain":
        return head + _join(steps) + final_line(ans, style, lang, rng), "plain_" + style
    if mode == "alt":
        alt = rng.choice(p["ans"][1:]) if len(p["ans"]) > 1 else ans
        return head + _join(steps) + final_line(alt, style, lang, rng), "equivalent_form"
    if mode == "think":
        summ = ("**Summary.** " if lang == "en" else "**总结：**") + steps[-1]
        return think_wrap(_join(steps), rng, lang) + summ + final_line(ans, style, lang, rng), "think_then_summary"
    if mode == "self_correct":
        w = p["wrong"][0]
        bad = w.get("steps", {}).get(lang) or []
        if lang == "en":
            mid = "\n\nSo that gives %s.\n\nWait, that's wrong — %s Let me redo it properly.\n\n" % (w["val"], w.get("why_en", "I made a slip above."))
        else:
            mid = "\n\n这样得到 %s。\n\n等等，这里不对——%s 重新算一遍。\n\n" % (w["val"], w.get("why_zh", "上面算错了。"))
        return head + _join(bad or steps[:1]) + mid + _join(steps) + final_line(ans, style, lang, rng), "self_correction_to_right"
    if mode == "repeat_ok":
        rep = ("\n\nAgain, the answer is %s.\n\nFinal: %s" % (ans, ans)) if lang == "en" else ("\n\n再说一遍，答案是 %s。" % ans)
        return head + _join(steps) + final_line(ans, style, lang, rng) + rep, "repeated_consistent"
    if mode == "restate":
        rs = p["restate"][lang]
        return rs + "\n\n" + _join(steps) + final_line(ans, style, lang, rng), "restate_then_answer"
    if mode == "weak_ramble":
        tail = (" " + rng.choice(RAMBLE_EN)) if rng.random() < 0.6 else rng.choice(RAMBLE_SWITCH)
        return head + _join(steps) + final_line(ans, style, lang, rng) + "\n\n" + tail.strip(), "weak_model_ramble"
    if mode == "broken_latex":
        return head + _join(steps) + "\n\nThe final answer is $\\boxed{" + ans + "$" + ("" if lang == "en" else "\n\n（答案见上）"), "broken_latex"
    if mode == "verify_after":
        vh = "\n\n### Verification\n" if lang == "en" else "\n\n**验算：**\n"
        return head + _join(steps) + final_line(ans, style, lang, rng) + vh + ver, "verification_after_answer"
    # ---------------- incorrect modes ----------------
    w = wrong or p["wrong"][0]
    wv = w["val"]
    if mode == "wrong_final":
        bad = w.get("steps", {}).get(lang)
        if bad:
            return head + _join(bad) + final_line(wv, style, lang, rng), "wrong_" + w["tag"]
        mode = "final_diff"
    if mode == "final_diff":
        if lang == "en":
            mid = "\n\nHmm, but thinking about it again, I'm going to go with %s instead." % wv
        else:
            mid = "\n\n不过再想一想，我觉得应该取 %s。" % wv
        return head + _join(steps) + mid + final_line(wv, style, lang, rng), "right_in_reasoning_final_differs"
    if mode == "repeat_bad":
        rep = ("\n\nTo restate clearly: the final answer is %s." % wv) if lang == "en" else ("\n\n再确认一次，最终答案为 %s。" % wv)
        return head + _join(steps) + final_line(ans, style, lang, rng) + rep, "repeat_with_different_value"
    if mode == "closing_bad":
        cl = ("\n\nHope that helps! Just remember, the answer you want to write down is %s. 🙂" % wv) if lang == "en" else ("\n\n希望对你有帮助！记住最后填 %s 就可以了～" % wv)
        return head + _join(steps) + final_line(ans, "so_plain" if lang == "en" else "zh_sum", lang, rng) + cl, "friendly_closing_other_value"
    if mode == "two_answers":
        if lang == "en":
            t = rng.choice(["\n\nI'm torn between two results here, so: the answer is either %s or %s.",
                            "\n\nFinal answer: %s (or possibly %s, depending on interpretation)."]) % tuple(rng.sample([ans, wv], 2))
        else:
            t = "\n\n答案可能是 %s，也可能是 %s。" % tuple(rng.sample([ans, wv], 2))
        return head + _join(steps) + t, "two_answers_hedged"
    if mode == "truncated":
        k = max(1, len(steps) // 2)
        cut = steps[k]
        cut = cut[: max(10, len(cut) // 2)]
        txt = head + _join(steps[:k] + [cut])
        if any(a in txt for a in p["ans"]):
            return None, None
        return txt, "truncated_no_final"
    if mode == "other_part":
        op = p.get("other_part")
        if not op:
            return None, None
        osteps = p.get("other_steps", {}).get(lang, steps[:-1])
        return head + _join(osteps) + final_line(op, style, lang, rng), "answers_different_part"
    if mode == "typed_wrong":
        ws = [x for x in p["wrong"] if x["tag"] in ("unit", "sign", "scale", "order", "direction")]
        if not ws:
            return None, None
        w = rng.choice(ws)
        bad = w.get("steps", {}).get(lang) or steps
        return head + _join(bad) + final_line(w["val"], style, lang, rng), "wrong_" + w["tag"]
    raise ValueError(mode)
