"""The math family: all templates in schedule order, and ``compose_math``, which writes the output for one
(item, trap, label)."""

from __future__ import annotations

import random

from .math_algebra import m_lin_ineq, m_line, m_lineq, m_matrix, m_quad_ineq, m_quadroots, m_system
from .math_counting import m_binom, m_circle, m_dice, m_hyp, m_mod, m_series
from .math_word import (
    NAMES_F,
    NAMES_M,
    NAMES_ZH,
    m_ages,
    m_bottles,
    m_buses,
    m_discount,
    m_eggs,
    m_glasses,
    m_percent,
    m_pipes,
    m_savings,
    m_shop,
    m_train,
)
from .math_zh import z_chicken, z_drive, z_equation, z_ineq, z_percent, z_population, z_rope, z_shop, z_trees, z_work
from .number_forms import commas, mth
from .render import (
    Note,
    after_intro,
    cut_before,
    dress,
    final,
    hedge,
    long_think,
    refusal,
    render,
    repeat_until,
    think_version,
    wait_en,
    wait_zh,
)

MATH_TEMPLATES = [m_shop, m_train, m_discount, m_savings, m_eggs, m_glasses, m_ages, m_pipes, m_lineq, m_quadroots,
                  m_series, m_dice, m_lin_ineq, m_quad_ineq, m_matrix, m_line, m_bottles, m_binom, m_circle, m_hyp,
                  m_system, m_percent, m_mod, m_buses, z_shop, z_drive, z_chicken, z_population, z_rope, z_percent,
                  z_equation, z_ineq, z_work, z_trees]


def followup_block(rng: random.Random, lang: str, target: int) -> str:
    x = rng.randint(1, max(1, target - 1))
    y = target - x
    name = rng.choice(NAMES_M + NAMES_F) if lang == "en" else rng.choice(NAMES_ZH)
    kind = rng.randrange(3)
    if lang == "en":
        if kind == 0:
            return (f"**Follow-up question:** {name} has {x} stickers and buys {y} more. How many stickers does "
                    f"{name} have now?\n\n**Answer:** {x} + {y} = {target}. The answer is {target}.")
        if kind == 1:
            return (f"Question 2: A box holds {target + x} pencils. {name} takes out {x}. How many pencils are left?\n"
                    f"Solution: {target + x} - {x} = {target}.\nThe answer is {target}.")
        return (f"### Bonus problem\nWhat is {x} + {y}?\n\n{x} + {y} = {target}, so the final answer is "
                f"$\\boxed{{{target}}}$.")
    if kind == 0:
        return (f"**问题2：**{name}有{x}张贴纸，又买了{y}张，现在一共有多少张？\n\n"
                f"**解答：**{x}+{y}={target}（张），答案是{target}。")
    if kind == 1:
        return (f"【拓展练习】一箱铅笔有{target + x}支，{name}拿走了{x}支，还剩多少支？\n"
                f"解：{target + x}-{x}={target}（支）\n答案是{target}。")
    return f"下一题：计算 {x}+{y}。\n\n{x}+{y}={target}，所以答案为 $\\boxed{{{target}}}$。"


def fewshot_block(rng: random.Random, lang: str, target: int) -> str:
    x = rng.randint(2, 9)
    y = target * x
    name = rng.choice(NAMES_F) if lang == "en" else rng.choice(NAMES_ZH)
    if lang == "en":
        return (f"Question: {name} shares {y} marbles equally among {x} friends. How many marbles does each friend "
                f"get?\nAnswer: Let's think step by step. {y} / {x} = {target}. The answer is {target}.")
    return (f"问题：{name}把{y}颗糖平均分给{x}个小朋友，每人分到几颗？\n"
            f"回答：让我们一步一步思考。{y}÷{x}={target}。答案是{target}。")


def answer_forms(it: dict) -> list[str]:
    forms = [it["ok_ans"], it["ref"]]
    if it["ival"] is not None:
        forms += [str(it["ival"]), commas(it["ival"])]
    return [f for f in forms if f]


def first_hit(text: str, forms: list[str], lo: int) -> str:
    best, hit = len(text), ""
    for f in forms:
        i = text.find(f, lo)
        if i != -1 and i < best:
            best, hit = i, f
    return hit


def compose_math(rng: random.Random, it: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    ok, bad = list(it["ok"]), list(it["bad"])
    oka, bada = it["ok_ans"], it["bad_ans"]
    okd, badd = dress(rng, lang, it["q"], ok), dress(rng, lang, it["q"], bad)

    def fin(a: str, kind: str = "any") -> str:
        if kind == "any":
            kind = rng.choice(["boxed", "plain"])
        return final(rng, lang, a, kind)

    def concl(a: str) -> str:
        return (f"So the answer is {mth(a)}." if en else f"所以答案是{mth(a)}。")

    think = rng.random() < 0.45
    passes = rng.choice([0, 1, 1, 2, 3])
    very_long = rng.random() < 0.5

    def think_block(rng_, lang_, paras_, passes_):
        if very_long:
            return long_think(rng_, lang_, it["q"], paras_, rng_.randint(3, 8))
        return think_version(rng_, lang_, paras_, passes_)
    alt = [a for a in it["alts"] if a[0] == trap and a[1] == label]
    if alt:
        line = rng.choice(alt)[2]
        if think:
            return render(rng, lang, ok, line, think=think_block(rng, lang, okd, passes) + [concl(oka)])
        return render(rng, lang, okd, line)
    if trap in ("plain", "boxed"):
        paras, a = (okd, oka) if label == "Correct" else (badd, bada)
        if trap == "boxed":
            box = rng.choice(["\\boxed{%s}", "\\boxed{\\boxed{%s}}", "\\fbox{%s}", "\\boxed{%s}"])
            if len(a) == 1 and rng.random() < 0.5:
                box = "\\boxed %s"
            tail = rng.choice(["Final answer: $%s$" if en else "最终答案：$%s$", "$$%s$$",
                               "So the answer is $%s$." if en else "所以答案为 $%s$。"])
            line = tail % (box % a)
        else:
            line = fin(a, rng.choice(["any", "plain"]))
        if think:
            return render(rng, lang, paras, line, think=think_block(rng, lang, paras, passes) + [concl(a)])
        return render(rng, lang, paras, line, style=rng.choice([None, "plain", "prose"]))
    if trap == "self_correction":
        w = wait_en(rng) if en else wait_zh(rng)
        if label == "Correct":
            note1 = Note(rng.choice([f"So the answer is {mth(bada)}.", f"That gives $\\boxed{{{bada}}}$."] if en else
                                    [f"所以答案是{mth(bada)}。", f"得到 $\\boxed{{{bada}}}$。"]))
            note2 = Note(f"{w}{'I made a mistake: ' if en else '我刚才错了：'}{it['why']}"
                         f"{'. Let me redo this.' if en else '。重新计算。'}")
            paras, a = badd + [note1, note2] + ok, oka
        else:
            note1 = Note(rng.choice([f"So the answer is {mth(oka)}.", f"This gives $\\boxed{{{oka}}}$."] if en else
                                    [f"所以答案是{mth(oka)}。", f"得到 $\\boxed{{{oka}}}$。"]))
            note2 = Note(w + rng.choice(["I think I misread the problem. Let me reconsider.",
                                         "that doesn't look right. Let me try it another way.",
                                         "I should double-check the setup; I think it's different."] if en else
                                        ["好像理解错了题意，重新考虑。", "这样做不对，换一种方法。"]))
            paras, a = okd + [note1, note2] + bad, bada
        if think:
            return render(rng, lang, ok if label == "Correct" else bad, fin(a), think=[str(p) for p in paras])
        return render(rng, lang, paras, fin(a), style=rng.choice(["plain", "prose", "md"]))
    if trap == "hedged":
        paras = okd if rng.random() < 0.6 else ok[: max(1, len(ok) // 2)] + [Note(
            "But the problem could also be read differently." if en else "不过题目也可以有另一种理解。")] + bad
        return render(rng, lang, paras, hedge(rng, lang, mth(oka), mth(bada)))
    if trap == "truncated":
        if think:
            text = render(rng, lang, [], "", think=think_block(rng, lang, okd, passes), think_closed=False)
        else:
            text = render(rng, lang, okd, "")
        lo = int(len(text) * 0.45)
        return cut_before(text, first_hit(text, answer_forms(it), lo), rng)
    if trap == "no_answer":
        if rng.random() < 0.5:
            return refusal(rng, lang)
        return render(rng, lang, ok[: max(1, len(ok) // 2)], refusal(rng, lang))
    if trap == "rejected_value":
        if label == "Incorrect":
            note = Note(rng.choice([f"A quick first guess would be {mth(oka)}, but that can't be right, so let me "
                                    "compute it properly.",
                                    f"It is tempting to answer {mth(oka)}, but that ignores part of the problem."]
                                   if en else [f"直觉上答案是{mth(oka)}，但这样不对，下面认真计算。"]))
            return render(rng, lang, after_intro(badd, [note]), fin(bada))
        note = Note(rng.choice([f"A common mistake here is to get {mth(bada)}; let's avoid that.",
                                f"One might be tempted to answer {mth(bada)}, but that would be wrong."]
                               if en else [f"容易错算成{mth(bada)}，要注意。"]))
        return render(rng, lang, after_intro(okd, [note]), fin(oka))
    if trap == "followup_question":
        if label == "Correct":
            other = (it["ival"] or 7) + rng.choice([3, 5, 11, 17])
            return render(rng, lang, okd, fin(oka)) + "\n\n" + followup_block(rng, lang, other)
        return render(rng, lang, badd, fin(bada)) + "\n\n" + followup_block(rng, lang, it["ival"])
    if trap == "fewshot_recital":
        qa = ("Question: " if en else "问题：") + it["q"] + ("\nAnswer: Let's think step by step. " if en else
                                                            "\n回答：让我们一步一步思考。")
        if label == "Correct":
            ex = fewshot_block(rng, lang, (it["ival"] or 6) + rng.choice([2, 4, 9]))
            return ex + "\n\n" + qa + "\n\n" + render(rng, lang, ok, fin(oka), style="prose", opener=False)
        ex = fewshot_block(rng, lang, it["ival"])
        return ex + "\n\n" + qa.rstrip()
    if trap == "question_echo":
        if label == "Correct":
            return it["q"] + "\n\n" + render(rng, lang, ok, fin(oka))
        return rng.choice([it["q"], it["q"] + "\n\n" + it["q"], ("Question: " if en else "问题：") + it["q"]
                           + ("\nLet's think step by step." if en else "\n让我们一步一步思考。")])
    if trap == "repetition_truncation":
        n = rng.randint(3200, 6500)
        if label == "Correct":
            head = render(rng, lang, okd, fin(oka, "plain"))
            loop = "\n\n" + (f"The answer is {mth(oka)}." if en else f"答案是{mth(oka)}。")
            return head + loop * max(1, n // len(loop)) + ("\n\nThe answer" if en else "\n\n答案")
        head = render(rng, lang, ok[:-1], "")
        rep = rng.choice([f"\n\nLet me check this again. {ok[0]}", f"\n\n{ok[-2] if len(ok) > 1 else ok[0]}",
                          "\n\nWait, let me re-read the problem." if en else "\n\n再检查一遍。"])
        return head + repeat_until(rep, n)
    if trap == "think_mismatch":
        if label == "Correct":
            tb = think_block(rng, lang, bad, 0) + [concl(bada), Note(
                "Hmm, let me write up the solution carefully." if en else "好，下面整理解题过程。")]
            return render(rng, lang, okd, fin(oka), think=tb)
        tb = think_block(rng, lang, okd, passes) + [concl(oka)]
        return render(rng, lang, bad, fin(bada), think=tb)
    raise ValueError(f"unknown math trap {trap}/{label}")
