# -*- coding: utf-8 -*-
"""Build dev15.jsonl from the hand-written items in items_math.py / items_other.py.
Usage: python3 gen_dev15.py   (deterministic; writes dev15.jsonl atomically)"""
import json, os, random, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items_math import MATH, MATH_ZH
from items_other import MCQ, MCQ_ZH, CLS, LABEL_FORMS, LABEL_CANON, SHORT
from items_ideas import IDEAS
from items_alt import ALT
from items_bg import MC_BG, CLS_BG, SHORT_BG, MC_READ, CLS_READ, SHORT_READ
for _i, _it in enumerate(MCQ + MCQ_ZH):
    _it['bg'] = MC_BG[_i]
    _it['read'] = MC_READ[_i]
for _i, _it in enumerate(CLS):
    _it['bg'] = CLS_BG[_i]
    _it['read'] = CLS_READ[_i]
for _i, _it in enumerate(SHORT):
    _it['bg'] = SHORT_BG[_i]
    _it['read'] = SHORT_READ[_i]
for _i, _it in enumerate(MATH + MATH_ZH):
    _it['idea'] = IDEAS[_i]
    _it['alt'] = ALT[_i]

R = random.Random(15015)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev15.jsonl")
cases = []


def add(ds, kat, q, out, ref, label, trap, lang):
    cases.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out.strip(),
                      correct_answer=ref, label=label, trap=trap, lang=lang))


def is_tex(a):
    return any(c in a for c in "\\^_{}")


def inl(a):
    return f"${a}$" if is_tex(a) else a


def boxed(a):
    import re as _re
    if is_tex(a) or (all(ord(c) < 128 for c in a) and not _re.search(r"[A-Za-z]{2,}", a)):
        return f"\\boxed{{{a}}}"
    return f"\\boxed{{\\text{{{a}}}}}"


ZH_TRAP = {"averaged_days": "把两人天数取平均", "arithmetic_slip": "计算粗心", "multiplied_instead_of_divided": "该除却乘了",
 "echoed_given": "直接照抄已知数", "inverted_chinese_fraction": "分子分母颠倒", "remaining_part": "算成了剩下的部分",
 "swapped_pair": "把 x 和 y 弄反", "sign_error": "符号出错", "used_n_not_n_minus_1": "用了 n 而不是 n-1",
 "off_by_one": "差一", "open_vs_closed_endpoint": "端点开闭弄错", "missing_lower_bound": "漏掉下界",
 "multiplied_instead": "该除却乘了", "wrong_unit": "单位写错", "applied_discount_again": "又打了一次折",
 "added_20_percent": "误以为加两成", "added_radicands": "把被开方数直接相加", "coefficient_error": "系数相加出错",
 "imaginary_sign": "虚部符号错", "forgot_i_squared": "忘了 i² = -1", "clock_notation_as_decimal": "把钟点写法当成小数",
 "quarter_as_half": "把一刻钟当半小时", "intercept_sign": "截距符号错", "swapped_parameters": "斜率和截距对调"}


def trap_words(t, zh=False):
    if zh:
        return ZH_TRAP.get(t, "计算出错")
    return t.replace("_", " ")


# ---------------------------------------------------------------- math
EN_FINAL = [
    lambda a: f"Final answer: {inl(a)}",
    lambda a: f"**Final Answer**\n\n$$ {boxed(a)[0:]} $$" if True else "",
    lambda a: f"Answer: {inl(a)}",
    lambda a: f"So the result is {inl(a)}.",
    lambda a: f"Thus, the answer is **{inl(a)}**.",
    lambda a: f"\\[ {boxed(a)} \\]",
    lambda a: f"The final result: {inl(a)}",
    lambda a: f"My answer: {inl(a)}",
    lambda a: f"Hence the required answer is {inl(a)}.",
    lambda a: f"**Answer:** {inl(a)}",
    lambda a: f"Therefore: $\\boxed{{{a}}}$" if is_tex(a) else f"Therefore: {a}",
    lambda a: f"=> {inl(a)}",
    lambda a: f"I'm fairly confident the answer is {inl(a)}.",
    lambda a: f"ANSWER = {a}",
]
ZH_FINAL = [
    lambda a: f"答案：{inl(a)}",
    lambda a: f"所以答案是 {inl(a)}。",
    lambda a: f"最终答案为 ${boxed(a)}$",
    lambda a: f"故所求为 {inl(a)}。",
    lambda a: f"综上，结果是 {inl(a)}。",
    lambda a: f"**答案**：{inl(a)}",
    lambda a: f"因此，{inl(a)}。",
    lambda a: f"【答】{inl(a)}",
]
EN_OPEN = ["Let's work through this.", "Okay.", "We need to be careful with the setup here.", "Straightforward, but let me be systematic.",
           "Here's my approach.", "", "", "Sure!", "Let me think step by step.", "Good question — a couple of steps."]
ZH_OPEN = ["我们一步一步来。", "解：", "分析：", "", "好的，来算一下。", "思路如下。"]
EN_WAIT = ["Wait, that's wrong — {w} would come from {t}. Redo it.", "Hmm, at first I got {w}, but that's the {t} mistake. Let me recheck.",
           "Hold on. {w}? No — that is what you get with {t}.", "Actually, scratch that: {w} is a {t} slip."]
ZH_WAIT = ["等等，刚才得到 {w} 是不对的（{t}），重新算。", "嗯，第一反应是 {w}，但这是 {t} 的错误，再检查一下。", "不对，{w} 是因为 {t}，改正。"]
EN_CHECK_HDR = ["### Verification", "**Check:**", "Sanity check:", "## Double-check", "Verification —"]
ZH_CHECK_HDR = ["### 验证", "**检验：**", "验算：", "检查一下："]


def steps_block(steps, lang, fmt):
    if fmt == "num":
        return "\n".join(f"{i+1}. {s}" for i, s in enumerate(steps))
    if fmt == "bullet":
        return "\n".join(f"- {s}" for s in steps)
    if fmt == "step":
        w = "第{}步" if lang == "zh" else "**Step {}.**"
        return "\n\n".join(f"{w.format(i+1)} {s}" for i, s in enumerate(steps))
    return ("" if lang == "zh" else " ").join(steps) if lang == "zh" else " ".join(steps)


def pitfalls(it, skip=None):
    zh = it["lang"] == "zh"
    hdr = R.choice(["**易错点**", "### 常见错误", "注意："] if zh else ["**Common pitfalls**", "### What could go wrong", "Things to avoid:", "#### Traps"])
    rows = [(f"- 得到 {inl(w)}：{trap_words(t, True)}" if zh else f"- Getting {inl(w)} signals: {trap_words(t)}.") for w, t in it["bad"] if w != skip]
    return hdr + "\n" + "\n".join(rows)


def math_output(it, ans, length, mode, wrong=None, alt=None):
    """mode: ok | bad | two | trunc | commit"""
    zh = it["lang"] == "zh"
    FIN = ZH_FINAL if zh else EN_FINAL
    fin = R.choice(FIN)(ans) if mode not in ("trunc", "two") else ""
    if mode == "two":
        fin = (f"答案可能是 {inl(ans)}，也可能是 {inl(alt)}，两者都有道理。" if zh else
               R.choice([f"The answer is either {inl(ans)} or {inl(alt)}; I can't decide between them.",
                         f"Final answer: {inl(ans)} (or possibly {inl(alt)})",
                         f"Two candidates remain: {inl(alt)} and {inl(ans)}. I'll list both."]))
    steps = list(it["steps"])
    if mode in ("bad", "two") and len(steps) > 1:
        w0 = ans if mode == "bad" else alt
        steps = steps[:-1] + [R.choice([f"由此得到 {inl(w0)}。", f"算得结果为 {inl(w0)}。"] if zh else
                                        [f"Carrying this through gives {inl(w0)}.", f"Finishing the computation: {inl(w0)}.", f"That leads to {inl(w0)}."])]
    if length == "short":
        lead = steps[-1] if R.random() < 0.6 else steps[0]
        if mode == "trunc":
            return lead.rstrip("。.") + (" 接下来" if zh else ", and then")
        if mode == "commit":
            return f"{lead}\n\n" + (f"（中间得到 {inl(it['ok'][0][0])}，再整理一下）\n" if zh else f"(this gives {inl(it['ok'][0][0])} — but rewriting it)\n") + fin
        return f"{lead}\n\n{fin}" if R.random() < 0.7 else fin
    parts = []
    op = R.choice(ZH_OPEN if zh else EN_OPEN)
    if op:
        parts.append(op)
    if length == "medium":
        fmt = R.choice(["num", "bullet", "step", "prose"])
        parts.append(R.choice(["题目要求：", "已知：", "问题："] if zh else ["We are asked:", "**Problem.**", "Restating:"]) + " " + it["q"])
        body = steps_block(steps, it["lang"], fmt)
        if mode == "trunc":
            cut = max(1, len(steps) // 2)
            parts.append(steps_block(steps[:cut], it["lang"], fmt))
            parts.append(("接下来代入" if zh else "Now substituting this into"))
            return "\n\n".join(parts)
        if mode == "ok" and R.random() < 0.35:
            # answer first, then justification, then restated
            parts.insert(0, (f"答案是 {inl(ans)}。理由如下：" if zh else f"Short answer: {inl(ans)}. Here is why."))
        if R.random() < 0.5:
            parts.append(body); parts.append(it["idea"])
        else:
            parts.append(it["idea"]); parts.append(body)
        if mode == "commit":
            parts.append(f"这样得到 {inl(it['ok'][0][0])}。" if zh else f"That works out to {inl(it['ok'][0][0])}.")
        if mode == "ok":
            parts.append(R.choice(ZH_CHECK_HDR if zh else EN_CHECK_HDR) + "\n" + it["check"])
            if R.random() < 0.9:
                parts.append(pitfalls(it))
        elif mode in ("bad", "two") and len(it["bad"]) > 1:
            parts.append(pitfalls(it, skip=ans if mode == "bad" else alt))
        if mode != "trunc":
            parts.insert(0, "<think>\n" + it["q"] + "\n" + it["alt"] + "\n" + "\n".join(steps) + "\n</think>")
        parts.append(fin)
        return "\n\n".join(parts)
    # long
    think = []
    think.append(("题目：" if zh else "The problem: ") + it["q"])
    cand0 = [b for b in it["bad"] if b[0] not in (ans, alt)]
    if mode != "trunc" and cand0 and len(it["steps"]) > 1 and R.random() < 0.65:
        w, t = R.choice(cand0)
        think.append("先试一下：" if zh else R.choice(["First attempt:", "Quick first pass:", "Let me just try it."]))
        think.extend(it["steps"][:-1])
        think.append((f"……得到 {inl(w)}？不对，这是{trap_words(t, True)}。" if zh else f"...so {inl(w)}? No, wait. That's a {trap_words(t)} problem."))
        think.append(("回到基本思路：" if zh else "Back to basics. ") + it["idea"])
        think.append("重新来：" if zh else "Starting over properly:")
    else:
        think.append(it["idea"])
    for i, s in enumerate(steps):
        think.append(s)
        cand = [b for b in it["bad"] if b[0] not in (ans, alt)]
        if i == len(steps) // 2 and cand and R.random() < 0.7:
            w, t = R.choice(cand)
            think.append(R.choice(ZH_WAIT if zh else EN_WAIT).format(w=inl(w), t=trap_words(t, zh)))
    if mode == "trunc":
        think = [think[0], it["idea"]] + steps[: max(1, len(steps) // 2)]
        return "<think>\n" + "\n".join(think) + ("\n嗯，再看一下最后一步，" if zh else "\nOk so the last step should be")
    for w, t in it["bad"]:
        if mode != "ok" and w in (ans, alt):
            continue
        think.append((f"会不会是 {inl(w)}？不会——那是“{trap_words(t, True)}”造成的。" if zh else
                      R.choice([f"Could the answer be {inl(w)}? That would need a mistake ({trap_words(t)}), so no.",
                                f"Ruling out {inl(w)}: that is the {trap_words(t)} trap.",
                                f"Note to self: {inl(w)} would be wrong ({trap_words(t)})."])))
    if mode == "ok":
        think.append(it["check"])
    think.append(it["alt"])
    if R.random() < 0.85:
        think.append("再从头快速过一遍：" if zh else R.choice(["Let me redo it quickly from scratch to be safe.", "Re-deriving once more, slowly:", "One more pass over the whole computation."]))
        think.extend(steps)
    use_think = R.random() < 0.7
    if use_think:
        parts = ["<think>\n" + "\n".join(think) + "\n</think>"]
    else:
        parts = [R.choice(["## 草稿", "# 解答"] if zh else ["## Scratch work", "## Working", "### Setting up"])]
        parts.append("\n".join(think))
        parts.append(R.choice(["## 整理", "---"] if zh else ["## Clean solution", "---", "### Write-up"]))
    fmt = R.choice(["num", "step", "bullet"])
    if not use_think or mode != "ok" or R.random() < 0.85:
        parts.append(R.choice(["### 思路", "**分析**", "思路："] if zh else ["### Key idea", "**Approach.**", "Idea:", "## Why this works"]) + "\n" + it["idea"])
    parts.append(steps_block(steps, it["lang"], fmt))
    if R.random() < 0.8:
        parts.append(R.choice(["**另解 / 审题**", "补充："] if zh else ["**Another angle.**", "Side note:", "#### Cross-check route"]) + "\n" + it["alt"])
    if mode == "commit":
        parts.append((f"因此结果是 {inl(it['ok'][0][0])}。" if zh else f"This gives {inl(it['ok'][0][0])}."))
        parts.append(R.choice(ZH_CHECK_HDR if zh else EN_CHECK_HDR) + "\n" + it["check"])
        parts.append(("不过题目要的形式不同，我最后写成：" if zh else "Rewriting in the form I want to commit to:") + "\n" + fin)
        return "\n\n".join(parts)
    if mode == "ok":
        parts.append(R.choice(ZH_CHECK_HDR if zh else EN_CHECK_HDR) + "\n" + it["check"])
        parts.append(pitfalls(it))
    elif len(it["bad"]) > 1:
        parts.append(pitfalls(it, skip=ans if mode == "bad" else alt))
    parts.append(fin)
    if mode == "ok" and R.random() < 0.4:
        parts.append((f"（再次确认：{inl(ans)}）" if zh else f"(Restating: {inl(ans)}.)"))
    return "\n\n".join(parts)


LENS = ["short", "medium", "long", "long", "medium", "long", "long", "medium", "long", "medium", "long", "long", "short", "medium", "long", "long", "short", "long", "medium", "long"]
li = 0
MLENS = ["short", "long", "medium", "long", "long", "medium", "long", "long", "medium", "long", "medium", "long", "long", "medium", "long", "long", "short", "long", "medium", "long"]
for idx, it in enumerate(MATH + MATH_ZH):
    ref = it["ref"]
    if idx % 7 == 3:  # reference given as a worked solution
        sep = "" if it["lang"] == "zh" else " "
        ref = sep.join(it["steps"]) + (f" 所以答案为 {inl(it['ref'])}。" if it["lang"] == "zh" else f" Therefore the answer is {inl(it['ref'])}.")
    variants = [("ok", a, t) for a, t in it["ok"]] + [("bad", a, t) for a, t in it["bad"]]
    variants.append(("ok", it["ref"], "same_form_as_reference"))
    if idx % 3 == 0:
        variants.append(("two", it["ok"][0][0], "two_answers"))
    if idx % 4 == 1:
        variants.append(("trunc", None, "truncated_no_final_answer"))
    if idx % 5 == 2:
        variants.append(("commit", it["bad"][0][0], "right_value_in_reasoning_final_differs:" + it["bad"][0][1]))
    for mode, a, t in variants:
        length = MLENS[li % 20]
        li += 1
        if mode == "trunc" and length == "short":
            length = "medium"
        alt = it["bad"][-1][0] if mode == "two" else None
        out = math_output(it, a if a else "", length, mode, alt=alt)
        label = "Correct" if mode == "ok" else "Incorrect"
        add(it["ds"], "math", it["q"], out, ref, label, t if mode != "ok" else "equiv:" + t, it["lang"])

# ---------------------------------------------------------------- multiple choice
L = "ABCD"
EN_LETTER = [lambda l, t: f"The answer is ({l}).", lambda l, t: f"**{l}. {t}**", lambda l, t: f"Option {l}", lambda l, t: f"Answer: {l.lower()}",
             lambda l, t: f"$\\boxed{{{l}}}$", lambda l, t: f"I'll go with {l} — {t}.", lambda l, t: f"Correct choice: [{l}]",
             lambda l, t: f"final: {l})", lambda l, t: f"So it's {t}, i.e. choice {l}."]
ZH_LETTER = [lambda l, t: f"答案是{l}", lambda l, t: f"故选{l}。", lambda l, t: f"正确答案：{l}（{t}）", lambda l, t: f"选 {l} 项", lambda l, t: f"答案：【{l}】",
             lambda l, t: f"应选{t}，即{l}。"]
ORD_EN = ["first", "second", "third", "fourth"]
ORD_ZH = ["第一", "第二", "第三", "第四"]


def fmt_q(it, k):
    if k % 3 == 0:
        return it["q"] + "\n" + "\n".join(f"{L[i]}. {o}" for i, o in enumerate(it["opts"]))
    if k % 3 == 1:
        return it["q"] + (" 选项：" if it["lang"] == "zh" else " Answer Choices: ") + " ".join(f"({L[i]}) {o}" for i, o in enumerate(it["opts"]))
    return it["q"] + "\n" + "\n".join(f"({L[i]}) {o}" for i, o in enumerate(it["opts"]))


def mc_reason(it, length, pick_lure=False):
    zh = it["lang"] == "zh"
    lines = []
    if length != "short":
        lines.append(it["read"])
        lines.append(it["bg"])
    if pick_lure:
        lines.append(it["lure_arg"])
        if length != "short":
            for i in R.sample(range(4), 4):
                if i != it["lure"] and i != it["ans"]:
                    lines.append((f"{L[i]}（{it['opts'][i]}）：{it['notes'][i]}。" if zh else f"{L[i]} ({it['opts'][i]}): {it['notes'][i]}."))
        return lines
    order = list(range(4))
    if length != "short":
        for i in order:
            lines.append((f"{L[i]}（{it['opts'][i]}）：{it['notes'][i]}。" if zh else f"- {L[i]}) {it['opts'][i]} — {it['notes'][i]}."))
    else:
        a = it["ans"]
        lines.append(f"{it['opts'][a]}：{it['notes'][a]}。" if zh else f"{it['opts'][a]}: {it['notes'][a]}.")
    if length != "short":
        lines.append((f"题目问的是：{it['q']}" if zh else f"Restating what is asked: {it['q']}"))
        for i in range(4):
            if i != it["ans"]:
                lines.append((f"排除{L[i]}：{it['opts'][i]}——{it['notes'][i]}。" if zh else f"Eliminate {L[i]} ({it['opts'][i]}): {it['notes'][i]}."))
        lines.append((f"剩下的{L[it['ans']]}（{it['opts'][it['ans']]}）符合：{it['notes'][it['ans']]}。" if zh else f"That leaves {L[it['ans']]}, {it['opts'][it['ans']]}, which fits: {it['notes'][it['ans']]}."))
    if length == "long":
        lines.append((f"注意一个常见误区：{it['lure_arg']} 这个说法站不住，因为{L[it['lure']]}项{it['notes'][it['lure']]}。" if zh else
                       f"A tempting line of thought is: \"{it['lure_arg']}\" That doesn't hold up, since option {L[it['lure']]} is {it['notes'][it['lure']]}."))
    return lines


def mc_table(it):
    zh = it["lang"] == "zh"
    head = "| 选项 | 内容 | 分析 |\n|---|---|---|" if zh else "| Option | Text | Verdict |\n|---|---|---|"
    return head + "\n" + "\n".join(f"| {L[i]} | {it['opts'][i]} | {it['notes'][i]} |" for i in range(4))


def mc_wrap(it, lines, fin, length, table=True):
    zh = it["lang"] == "zh"
    body = "\n".join(lines)
    if length == "long":
        reread = ("重新读题，选项有：" if zh else "Re-reading the options: ") + "; ".join(f"{L[i]} = {o}" for i, o in enumerate(it["opts"]))
        intro = ("<think>\n" + reread + "\n" + ("先逐项分析。" if zh else "Let me go through every option before committing.") + "\n" + body + "\n</think>\n\n") if R.random() < 0.6 else ("## 分析\n\n" if zh else "## Analysis\n\n") + reread + "\n\n" + body + "\n\n"
        lv = [x for x in lines if x.startswith("That leaves") or x.startswith("剩下的")]
        summary = ("综合以上分析，" if zh else "Putting it together: ") + (lv[0] if lv else " ".join(lines[2:4]))
        if table:
            summary = mc_table(it) + "\n\n" + summary
        return intro + summary + "\n\n" + fin
    if length == "medium" and table and R.random() < 0.9:
        return body + "\n\n" + mc_table(it) + "\n\n" + fin
    return body + "\n\n" + fin


k = 0
for idx, it in enumerate(MCQ + MCQ_ZH):
    zh = it["lang"] == "zh"
    a, lu = it["ans"], it["lure"]
    LET = ZH_LETTER if zh else EN_LETTER
    q = fmt_q(it, idx)
    ref = L[a] if idx % 5 else f"{L[a]}. {it['opts'][a]}"
    plans = [("ok", "letter_form"), ("ok", "text_or_ordinal"), ("lure", "chose_distractor"),
             (["mismatch_letter", "mismatch_text", "two_letters", "commit_differs", "trunc"][idx % 5], None)]
    if idx % 2 == 0:
        plans.append(("ok", "letter_form_2"))
    for mode, t in plans:
        length = LENS[k % 20]; k += 1
        if mode == "trunc" and length == "short":
            length = "medium"
        if mode == "ok":
            if t == "text_or_ordinal":
                fin = R.choice([f"答案：{it['opts'][a]}", f"应该选{ORD_ZH[a]}个选项。"] if zh else
                               [f"The answer is {it['opts'][a]}.", f"It's the {ORD_EN[a]} option.", f"Final answer: {it['opts'][a]}"])
            else:
                if t == "letter_form":
                    prev = R.randrange(len(LET)); j = prev
                else:
                    j = (prev + 1 + R.randrange(len(LET) - 1)) % len(LET)
                fin = LET[j](L[a], it["opts"][a])
            out = mc_wrap(it, mc_reason(it, length), fin, length)
            add(it["ds"], "alphabet_option", q, out, ref, "Correct", "mc_" + t, it["lang"])
        elif mode == "lure":
            fin = R.choice(LET)(L[lu], it["opts"][lu])
            out = mc_wrap(it, mc_reason(it, length, pick_lure=True), fin, length, table=False)
            add(it["ds"], "alphabet_option", q, out, ref, "Incorrect", "mc_chose_distractor", it["lang"])
        else:
            lines = mc_reason(it, length)
            if mode == "mismatch_letter":  # right letter, wrong text
                fin = f"答案：{L[a]}. {it['opts'][lu]}" if zh else f"Answer: {L[a]}. {it['opts'][lu]}"
            elif mode == "mismatch_text":  # right text, wrong letter
                fin = f"故选{L[lu]}（{it['opts'][a]}）。" if zh else f"Final answer: ({L[lu]}) {it['opts'][a]}"
            elif mode == "two_letters":
                fin = f"答案是{L[a]}或{L[lu]}。" if zh else f"The answer is {L[a]} or {L[lu]} — both seem defensible."
            elif mode == "commit_differs":
                fin = (f"不过再想想，还是选{L[lu]}吧。" if zh else f"Hmm, on reflection I'll switch my answer to {L[lu]}.")
            else:
                lines = lines[: max(1, len(lines) // 2)]
                fin = "所以答案应该是" if zh else "So the answer should be"
            out = mc_wrap(it, lines, fin, length, table=(mode != "trunc"))
            add(it["ds"], "alphabet_option", q, out, ref, "Incorrect", "mc_" + mode, it["lang"])

# ---------------------------------------------------------------- classification
for idx, it in enumerate(CLS):
    zh = it["lang"] == "zh"
    gold = it["gold"]
    canon = LABEL_CANON.get(gold, gold)
    ref = gold if idx % 3 else (canon if zh else gold.upper() if idx % 2 else gold)
    forms = LABEL_FORMS[gold]
    others = [g for g in (["蕴含", "矛盾", "中立"] if gold in LABEL_CANON else ["entailment", "contradiction", "neutral"] if gold in ("entailment", "contradiction", "neutral") else ["positive", "negative"]) if g != gold]
    picks = [("ok", forms[idx % len(forms)]), ("ok", forms[(idx + 2) % len(forms)]), ("bad", LABEL_FORMS[others[0]][idx % 4])]
    if idx % 2 == 0:
        picks.append(("two", None))
    for mode, form in picks:
        length = LENS[k % 20]; k += 1
        if mode == "bad":
            reason = ("语句二提到的信息在语句一中找不到直接依据，" if zh else "The hypothesis adds detail the premise doesn't clearly settle, " if it["ds"] != "sst_like" else "The tone is mixed and I read the overall stance the other way, ") + \
                     ("所以我判断为：" if zh else "so my label is: ")
            out = reason + form
            if length != "short":
                out = it["read"] + "\n\n" + it["bg"] + "\n\n" + out
                out = (("<think>\n" + it["q"].split("\n")[0] + "\n先看关键词。\n</think>\n\n") if zh else ("Reading the pair carefully.\n\n" + it["q"].split("\n")[0] + "\n\n")) + out
            add(it["ds"], "categorical_label", it["q"], out, ref, "Incorrect", "label_wrong_class", it["lang"])
            continue
        if mode == "two":
            o = LABEL_FORMS[others[-1]][0]
            out = it["reason"] + ("\n\n可能是" if zh else "\n\nIt could be ") + f"{forms[0]}" + ("，也可能是" if zh else " or ") + o + ("。" if zh else ", depending on interpretation.")
            add(it["ds"], "categorical_label", it["q"], out, ref, "Incorrect", "label_two_answers", it["lang"])
            continue
        if length == "short":
            out = it["reason"] + "\n\n" + ((f"结论：{form}" if zh else f"→ {form}"))
        else:
            qlines = it["q"].split("\n")
            pre = ("逐句分析：\n" + "\n".join("> " + x for x in qlines[:2]) + "\n\n") if zh else ("Let me look at both sentences.\n\n" + "\n".join("> " + x for x in qlines[:2]) + "\n\n")
            out = pre + it["read"] + "\n\n" + it["bg"] + "\n\n" + it["reason"]
            if length == "long":
                out = "<think>\n" + out + ("\n有没有其他理解？我再检查一下边界情况，结论不变。\n</think>\n\n" if zh else "\nIs there any reading where this flips? I checked the obvious alternatives and the label stays.\n</think>\n\n") + it["reason"]
            if length == "long":
                out += "\n\n" + "\n".join(("**" + x.split("：")[0] + "**：" + x.split("：", 1)[1]) if "：" in x else ("**" + x.split(":")[0] + ":** " + x.split(":", 1)[1].strip()) if ":" in x else x for x in qlines[:2])
            out += "\n\n" + (f"**判断**：{form}" if zh else f"**Label:** {form}")
        add(it["ds"], "categorical_label", it["q"], out, ref, "Correct", "label_form", it["lang"])

# ---------------------------------------------------------------- short factual
for idx, it in enumerate(SHORT):
    zh = it["lang"] == "zh"
    plans = [("ok", a) for a in it["ok"]] + [("bad", b) for b in it["bad"]]
    if idx % 4 == 0:
        plans.append(("two", None))
    for mode, a in plans:
        length = LENS[k % 20]; k += 1
        if mode == "two":
            fin = (f"答案是 {it['ref']} 或 {it['bad'][0]}。" if zh else f"Either {it['ref']} or {it['bad'][0]} — I'm not certain which.")
            out = it["q"].split("\n")[-1] + "\n\n" + fin
            add(it["ds"], "short_text", it["q"], out, it["ref"], "Incorrect", "two_answers", it["lang"])
            continue
        if mode == "ok":
            body = it["why"] if length == "short" else it["read"] + "\n\n" + it["bg"] + "\n\n" + it["why"]
        elif length != "short":
            tail = (("从段落里找出相关数字直接算。" if zh else "Taking the relevant number(s) straight from the passage.") if it["ds"] == "drop_like"
                    else ("我记得是这个，但不太确定细节。" if zh else "From memory, without double-checking the details."))
            body = it["read"] + "\n\n" + it["bg"] + "\n\n" + tail
        else:
            body = ("我记得是这个，但不太确定细节。" if zh else "From memory, without double-checking the details.")
        fin = R.choice([f"答案：{a}", f"是{a}。", f"**{a}**"] if zh else [f"Answer: {a}", f"**{a}**", f"The answer is {a}.", f"Final answer — {a}"])
        if length == "short":
            out = fin if mode == "bad" or R.random() < 0.5 else body + "\n\n" + fin
        elif length == "medium":
            out = (fin + "\n\n" + body) if R.random() < 0.5 else (body + "\n\n" + fin)
        else:
            alts = "\n".join((f"会不会是{b}？需要排除。" if zh else f"Could it be {b}? That's a common mix-up; checking against what I know.") for b in it["bad"] if b != a)
            out = "<think>\n" + it["q"] + "\n" + alts + "\n" + body + "\n</think>\n\n" + ("**问题**：" if zh else "**Question:** ") + it["q"] + "\n\n" + body + "\n\n" + fin
        add(it["ds"], "short_text", it["q"], out, it["ref"], "Correct" if mode == "ok" else "Incorrect",
            "alias" if mode == "ok" else "near_miss", it["lang"])

# ---------------------------------------------------------------- shuffle, id, write
R.shuffle(cases)
tmp = OUT + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for i, c in enumerate(cases):
        rec = {"id": f"d15-{i+1:04d}"}
        rec.update(c)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
os.replace(tmp, OUT)
from collections import Counter
print(len(cases), Counter(c["key_answer_type"] for c in cases), Counter(c["lang"] for c in cases), Counter(c["label"] for c in cases))
print("median len", statistics.median(len(c["llm_output"]) for c in cases))
