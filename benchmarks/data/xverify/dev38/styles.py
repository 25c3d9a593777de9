"""Render a derivation into one of eleven model output styles."""
import re

STYLES = ["r1", "think_gpt4o", "think_qwen", "think_claude", "think_llama", "think_textbook",
          "gpt4o", "qwen", "claude", "llama", "textbook"]

INLINE = [("\\(", "\\)"), ("$", "$"), ("\\( ", " \\)")]
DISPLAY = [("\\[", "\\]"), ("$$", "$$"), ("$$\n", "\n$$"), ("\\[\n", "\n\\]")]

FILL_EN = ["Let me double-check that arithmetic before moving on.", "That seems consistent so far.",
           "Hmm, I want to be careful with the signs here.", "Okay, so far so good.",
           "Let me slow down and write this out explicitly.", "Nothing unusual yet; keep going.",
           "I should make sure I am answering exactly what is asked."]
FILL_ZH = ["先把这一步的计算再核对一遍。", "到这里都没有问题。", "这里的符号要特别小心。", "好，继续。",
           "把过程写清楚一些。", "要确认回答的正是题目所问。"]


PLAN_EN = ["The question gives concrete numbers, so the plan is to write down the relevant formula, substitute carefully, and simplify, keeping track of signs at every stage and making sure the final form matches what is being asked.",
           "This is a standard computation, but small slips are easy: a dropped sign, a misread coefficient, an off-by-one. I will write each intermediate quantity explicitly so that every step can be checked on its own.",
           "First I identify what is given and what is wanted; then I choose the method that needs the fewest opportunities for arithmetic error, carry it out line by line, and finally interpret the result in the terms of the question."]
PLAN_ZH = ["题目给出了具体数据，思路是先写出相应的公式，再仔细代入化简，每一步都注意符号，最后确认结果的形式符合题目要求。",
           "这是一道常规计算题，但很容易在符号、系数或者计数上出小错，所以把每个中间量都明确写出来，便于逐步检查。",
           "先弄清已知条件和所求，再选择最不容易出错的方法，一步一步计算，最后把结果放回题目的语境中解释。"]
LINK_EN = ["Next, ", "Now, ", "From this, ", "Then ", "With that in hand, "]
LINK_ZH = ["接着，", "然后，", "由此，", "再看，", "于是，"]


class R:
    """Per-output renderer holding the chosen delimiters."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.il = rng.choice(INLINE)
        self.dl = rng.choice(DISPLAY)

    def m(self, expr):
        return f"{self.il[0]}{expr}{self.il[1]}"

    def d(self, expr):
        return f"{self.dl[0]}{expr}{self.dl[1]}"

    def txt(self, s):
        s = re.sub("«(.*?)»", lambda mo: self.m(mo.group(1)), s)
        return s

    def step(self, st):
        s = st[1] if self.lang == "zh" else st[0]
        if s.startswith("=="):
            return self.d(s[2:])
        return self.txt(s)

    def box(self, x):
        return self.rng.choice([self.d(f"\\boxed{{{x}}}"), self.m(f"\\boxed{{{x}}}")])


def low(s):
    if len(s) > 1 and "A" <= s[0] <= "Z" and s[1].islower():
        return s[0].lower() + s[1:]
    return s


def _steps(rr, steps, fill):
    out = []
    for st in steps:
        out.append(rr.step(st))
        if fill and rr.rng.random() < 0.8:
            out.append(rr.rng.choice(FILL_ZH if rr.lang == "zh" else FILL_EN))
    return out


def think_block(rr, c, plan):
    zh = rr.lang == "zh"
    lines = ["嗯，先读题。" + c["q"] if zh else "Okay, let me read the problem again. " + c["q"]]
    lines.append(("我来想想该用什么方法。" if zh else "Let me think about which approach is cleanest here. ") + " ".join(rr.rng.sample(PLAN_ZH if zh else PLAN_EN, 2)))
    if plan.get("pit"):
        lines.append(("需要注意：" if zh else "One thing to watch out for: ") + rr.txt(plan["pit"]))
    if zh:
        lines.append("回顾一下题目条件：" + c["q"] + " 明确要求之后再动笔计算，避免答非所问。")
    if plan.get("pre"):
        lines += [rr.txt(x) for x in plan["pre"]]
    lines += _steps(rr, plan["steps"], True)
    if plan.get("cut"):
        lines.append(rr.txt(plan["cut"]))
        return "<think>\n" + "\n\n".join(lines)
    if rr.rng.random() < 0.92:
        lines.append("为保险起见，再从头快速过一遍：" if zh else "Let me go through it once more from the top, just to be safe.")
        lines += _steps(rr, plan["steps"], False)
        lines.append("两次计算一致。" if zh else "Both passes agree.")
    lines += [rr.txt(x) for x in plan.get("post_think", [])]
    lines.append(rr.txt(plan["think_end"]))
    return "<think>\n" + "\n\n".join(lines) + "\n</think>\n\n"


def final_lines(rr, layout, plan):
    zh = rr.lang == "zh"
    f = plan.get("final")
    if f is None:
        return []
    if plan.get("hedge"):
        a, b = f
        if zh:
            return [f"答案可能是 {rr.m(a)}，也可能是 {rr.m(b)}，我无法确定是哪一个。"]
        return [f"So the answer is either {rr.m(a)} or {rr.m(b)}; I can't settle which one is right."]
    if layout == "claude":
        return [f"**答案：** {rr.m(f)}" if zh else f"**Answer:** {rr.m(f)}"]
    if layout == "textbook":
        return [f"答：{rr.m(f)}。" if zh else f"Answer: {rr.m(f)}."]
    if layout == "llama":
        return [f"最终答案是：{rr.m(chr(92) + 'boxed{' + f + '}')}" if zh else f"The final answer is: {rr.m(chr(92) + 'boxed{' + f + '}')}"]
    if layout == "gpt4o":
        h = rr.rng.choice(["### Final Answer", "**Final Answer**", "### Conclusion"])
        return [h, (f"因此答案为 " if zh else "The answer is ") + rr.box(f)]
    if layout == "r1":
        return ["**Final Answer**" if not zh else "**最终答案**", rr.box(f)]
    return [("因此，答案是：" if zh else "Thus, the answer is:"), rr.box(f)]


def body(rr, layout, c, plan, with_think):
    zh = rr.lang == "zh"
    rng = rr.rng
    steps = _steps(rr, plan["steps"], False)
    pre = [rr.txt(x) for x in plan.get("pre_body", [])]
    out = []
    planp = " ".join(rng.sample(PLAN_ZH if zh else PLAN_EN, 2 if (zh or rng.random() < 0.5) else 1))
    links = LINK_ZH if zh else LINK_EN
    steps = [steps[0]] + [(rng.choice(links) + low(s)) if not s.startswith(("\\[", "$$")) else s for s in steps[1:]]
    if layout in ("gpt4o", "qwen", "r1", "claude"):
        out.append(("**理解题意**\n" if zh else "**Understanding the problem**\n") + planp + (" 题目：" + c["q"] if zh else ""))
    elif layout == "llama":
        out.append(("## 步骤 0：理解题意\n" if zh else "## Step 0: Understand the problem\n") + planp + (" 题目：" + c["q"] if zh else ""))
    else:
        out.append(("分析：" if zh else "Analysis: ") + planp + (" 已知：" + c["q"] if zh else ""))
    if layout in ("gpt4o", "r1"):
        out.append(("我们一步一步来解这道题。" if zh else "To solve this problem, we proceed step by step.") +
                   ("" if rng.random() < 0.5 else (" 题目：" + c["q"] if zh else " Restating: " + c["q"])))
        out += pre
        for i, s in enumerate(steps):
            out.append(f"### 第 {i + 1} 步\n{s}" if zh and layout == "gpt4o" else (f"### Step {i + 1}\n{s}" if layout == "gpt4o" else s))
    elif layout == "qwen":
        out.append("为了求解，我们按以下步骤进行：" if zh else "To solve the problem, we will follow these steps:")
        out += pre
        for i, s in enumerate(steps):
            out.append(f"{i + 1}. **{'步骤' if zh else 'Step'} {i + 1}**: {s}")
    elif layout == "claude":
        out.append("我来逐步分析这道题。" if zh else "I'll work through this carefully.")
        out.append(("题目要求：" if zh else "We're asked: ") + c["q"])
        out += pre
        out += steps
    elif layout == "llama":
        out += pre
        for i, s in enumerate(steps):
            out.append(f"## {'步骤' if zh else 'Step'} {i + 1}: {'计算' if zh else 'Work out the next quantity'}\n{s}")
    else:
        out.append("解：" if zh else "Solution:")
        out += pre
        out += [("∴ " if i == len(steps) - 1 else "") + s for i, s in enumerate(steps)]
    if plan.get("cut") and not with_think:
        out.append(rr.txt(plan["cut"]))
        return out
    if rng.random() < (0.9 if zh else 0.7):
        out.append("**复核计算**" if zh else "**Double-checking the computation**")
        out += _steps(rr, plan["steps"], False)
        out.append("复核结果与上面一致。" if zh else "The second pass reproduces the same intermediate values.")
    if plan.get("pit") and rng.random() < 0.8:
        out.append(("**易错点：** " if zh else "**Pitfall:** ") + rr.txt(plan["pit"]))
    out += [rr.txt(x) for x in plan.get("post_body", [])]
    fl = final_lines(rr, layout, plan)
    out += fl
    if plan.get("check") and fl:
        out.append(("**验证：** " if zh else "**Verification:** ") + rr.txt(plan["check"]))
    if plan.get("recap") and fl:
        out.append(rr.txt(plan["recap"]))
    return out


def render(rng, style, lang, c, plan):
    """c: dict with q (question text). plan: steps, final, pre/post, cut, etc."""
    rr = R(rng, lang)
    with_think = style == "r1" or style.startswith("think_")
    layout = "r1" if style == "r1" else style.replace("think_", "")
    parts = ""
    if with_think:
        parts = think_block(rr, c, plan)
        if plan.get("cut"):
            return parts
    return parts + "\n\n".join(body(rr, layout, c, plan, with_think))
