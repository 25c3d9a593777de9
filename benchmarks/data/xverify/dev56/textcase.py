"""Shared assembly for MC, classification and short-answer cases (varied answer placement)."""
from common import build_trace, think

FMT_EN = [
    "\\boxed{{{A}}}", "**Final answer: {A}**", "Final answer: {A}", "The answer is **{A}**.",
    "{A} is the answer, as the reasoning above shows.",
    "| Item | Value |\n|---|---|\n| Answer | {A} |",
    "- Key evidence: see above\n- Answer: **{A}**",
    "Answer: {A}",
]
FMT_ZH = ["\\boxed{{{A}}}", "答案：{A}", "**最终答案：{A}**", "综上，答案是 {A}。", "{A}就是本题答案，理由见上。",
          "| 项目 | 结果 |\n|---|---|\n| 答案 | {A} |", "- 依据：见上\n- 答案：**{A}**"]
MCFMT_ZH = ["故选{A}。", "答案：{A}", "因此正确选项为 **{A}**。", "\\boxed{{{A}}}"]
HEDGE_EN = ["It's either {A} or {B}; I can't decide between them with confidence.", "I'd say {A}, but {B} is equally defensible, so: {A}/{B}."]
HEDGE_ZH = ["可能是{A}，也可能是{B}，难以确定。", "答案在{A}和{B}之间，我无法进一步判断。"]
FLIP_EN = "Wait, on reflection I want to change my answer. Re-reading the question, I now think it is {B} rather than {A}."
FLIP_ZH = "等等，再想一下，我要改答案：应该是{B}，而不是{A}。"
FIX_EN = "Wait, I misread that. Looking again, {A} is wrong; the right one is {B}."
FIX_ZH = "等等，我看错了。{A}不对，正确的应该是{B}。"
CUT_EN = "Now let me weigh the remaining possibility, which"
CUT_ZH = "现在再考虑剩下的那种可能，它"


def make_text_case(rng, zh, label, q, ref, alts, wrongs, steps, kat, dataset, base, mc=False):
    lang = "zh" if zh else "en"
    alts = [a for a in alts if a and a != ref] or [ref]
    wrongs = [w for w in wrongs if w and w != ref and w not in alts]
    target = rng.randint(1200, 2500)
    modes = ["plain", "alt", "selffix", "restate"] if label == "Correct" else ["wrong", "wrong", "hedge", "flip", "cutoff"]
    mode = rng.choice(modes)
    pool = (MCFMT_ZH + FMT_ZH) if (zh and mc) else (FMT_ZH if zh else FMT_EN)
    fmt = rng.choice(pool)
    tail = None
    final = ref
    if mode == "alt":
        final = rng.choice(alts)
    elif mode == "selffix":
        final = rng.choice([ref] + alts)
        tail = (FIX_ZH if zh else FIX_EN).format(A=wrongs[0], B=final)
    elif mode == "wrong":
        final = wrongs[0]
        tail = ("所以我倾向于%s。" if zh else "So I'm leaning towards %s.") % final
    elif mode == "flip":
        final = wrongs[-1]
        tail = (FLIP_ZH if zh else FLIP_EN).format(A=ref, B=final)
    body = build_trace(rng, lang, steps, target, tail, (("题目：" if zh else "Question recap: ") + q[:300]))
    if mode == "cutoff":
        return think(body + "\n\n" + (CUT_ZH if zh else CUT_EN), "", closed=False), base + "_cutoff"
    if mode == "hedge":
        a, b = (ref, wrongs[0]) if rng.random() < 0.5 else (wrongs[0], ref)
        ans = rng.choice(HEDGE_ZH if zh else HEDGE_EN).format(A=a, B=b)
    else:
        ans = fmt.format(A=final)
    summ = "\n".join("- " + s for s in steps[:3]) if rng.random() < 0.5 else " ".join(steps[:2])
    if mode == "restate" and alts[0] != ref:
        ans += ("（即 %s）" if zh else " (i.e. %s)") % alts[0]
    lead = rng.choice(["**总结**\n\n", ""]) if zh else rng.choice(["**Summary**\n\n", "To sum up:\n\n", ""])
    out = think(body, lead + summ + "\n\n" + ans)
    trap = {"plain": "_plain", "alt": "_equal_form", "selffix": "_self_corrected", "restate": "_restated",
            "wrong": "_wrong", "hedge": "_hedge", "flip": "_final_contradicts_earlier"}[mode]
    return out, base + trap
