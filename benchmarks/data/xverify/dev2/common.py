"""Shared helpers for the dev2 generator (standard library only)."""
import re
from fractions import Fraction

UM = "\u2212"  # Unicode minus sign, as some models print it

# relation name -> (unicode symbol, LaTeX symbol)
SYM = {"le": ("≤", r"\le"), "lt": ("<", "<"), "ge": ("≥", r"\ge"), "gt": (">", ">")}
FLIP = {"le": "ge", "ge": "le", "lt": "gt", "gt": "lt"}
TOGGLE = {"le": "lt", "lt": "le", "ge": "gt", "gt": "ge"}
ZH_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]


def umin(s):
    """Replace ASCII minus signs in front of digits/infinity by U+2212."""
    return re.sub(r"-(?=[0-9∞])", UM, s)


def paren(v):
    s = str(v)
    return "(%s)" % s if s.startswith("-") else s


def signed(v):
    """'+ 3' / '- 3' for use after another term."""
    return "+ %s" % v if v >= 0 else "- %s" % (-v)


def poly(coeffs, var="x"):
    """Polynomial text from coefficients (highest degree first): 2x^2 - 2x - 12."""
    deg = len(coeffs) - 1
    out = []
    for i, c in enumerate(coeffs):
        p = deg - i
        if c == 0:
            continue
        ac = abs(c)
        if p == 0:
            body = str(ac)
        else:
            body = ("" if ac == 1 else str(ac)) + var + ("" if p == 1 else "^%d" % p)
        if not out:
            out.append(("-" if c < 0 else "") + body)
        else:
            out.append(" %s %s" % ("-" if c < 0 else "+", body))
    return "".join(out) if out else "0"


def factor(r, var="x"):
    """(x - r) as text."""
    if r == 0:
        return var
    return "(%s - %d)" % (var, r) if r > 0 else "(%s + %d)" % (var, -r)


def plug(r, t):
    """(t - r) with t substituted, as text."""
    return "(%s - %d)" % (t, r) if r >= 0 else "(%s + %d)" % (t, -r)


def tfrac(v):
    """LaTeX for a Fraction (or int)."""
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    sign = "-" if v < 0 else ""
    return "%s\\frac{%d}{%d}" % (sign, abs(v.numerator), v.denominator)


def pfrac(v):
    """Plain a/b text for a Fraction (or int)."""
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    return "%d/%d" % (v.numerator, v.denominator)


def seg(a, ca, b, cb):
    return "%s%s, %s%s" % ("[" if ca else "(", a, b, "]" if cb else ")")


def rays(a, ca, b, cb, inf=r"\infty"):
    return "(-\\infty, %s%s \\cup %s%s, %s)" % (a, "]" if ca else ")", "[" if cb else "(", b, inf)


def commas(n):
    return "{:,}".format(n)


def dec(x, places=6):
    """Trimmed decimal text for a float/Fraction."""
    s = ("%." + str(places) + "f") % float(x)
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def zh_frac(num, den):
    return "%s分之%s" % (ZH_NUM[den], ZH_NUM[num])


def think(parts):
    return "<think>\n" + "\n\n".join(p for p in parts if p) + "\n</think>\n\n"


EN_OPEN = [
    "Let's work through this step by step.",
    "I'll solve this carefully, one step at a time.",
    "Let me set this up systematically.",
    "We proceed step by step.",
    "Here is a careful solution.",
    "",
]
THINK_OPEN = [
    "Okay, let me look at this problem.",
    "Alright, let me see what the question is asking.",
    "Let me start by understanding what is being asked.",
    "Hmm, okay. Let me read this carefully.",
    "So I need to figure this out.",
]
ZH_OPEN = ["解：", "我们一步一步来分析。", "下面逐步求解。", "分析：", ""]
ZH_THINK_OPEN = ["好的，我先看一下题目。", "嗯，这道题要求", "先理解题意。", "让我仔细读一下题目。"]


def balanced(n, zh, errs):
    """Plan of (lang, correct, err): labels alternate, zh cases come in
    Correct/Incorrect pairs spread over the run, error kinds cycle."""
    npairs = (n + 1) // 2
    zp = zh // 2
    zpairs = set(int(j * npairs / zp) for j in range(zp)) if zp else set()
    plan, ei = [], 0
    for i in range(n):
        lang = "zh" if (i // 2) in zpairs else "en"
        correct = (i % 2 == 0)
        err = None
        if not correct:
            err = errs[ei % len(errs)]
            ei += 1
        plan.append((lang, correct, err))
    return plan


PLAN_EN = [("inequalit", "This is an inequality, so I have to be careful with the endpoints and with the direction of the inequality sign whenever I divide."),
           ("ordered pair", "Two equations and two unknowns; elimination should be quickest."),
           ("intersection", "Two lines, so I need the pair (x, y) satisfying both equations."),
           ("system", "Two equations, two unknowns. Elimination or substitution."),
           ("roots", "I need all of the roots, so I must not lose one along the way (or keep a fake one)."),
           ("solutions", "I need every solution, and I should check each candidate."),
           ("probability", "Probability means favorable outcomes over total outcomes."),
           ("percent", "Percent: part over whole, times 100. The key is choosing the right base."),
           ("matri", "Matrix arithmetic, entry by entry; I'll keep track of rows and columns."),
           ("cross product", "Cross product via the determinant with i, j, k in the first row. The j term carries a minus sign."),
           ("vector", "Vector from A to B is B minus A, component by component."),
           ("many hours", "Time is distance over speed, and then I need the right units."),
           ("many minutes", "Time is distance over speed, and then I need the right units."),
           ("decimal", "The fraction may not terminate, so I should watch for a repeating block."),
           ("passage", "The answer should be a span from the passage, so I'll look for the sentence that matches."),
           ("entail", "Entailment: the hypothesis must follow from the premise, not merely be plausible."),
           ("sentiment", "I should look at the evaluative words rather than the facts."),
           ("(A)", "Multiple choice; I'll check each option instead of jumping to the first one that sounds right.")]
PLAN_ZH = [("不等式", "这是不等式，要注意端点能不能取，以及除以负数时不等号要变向。"),
           ("方程组", "两个未知数两个方程，用消元法。"),
           ("方程", "解方程，最后要检查每个根。"),
           ("概率", "概率 = 有利结果数 ÷ 总结果数。"),
           ("百分", "百分数问题，要分清谁是单位“1”。"),
           ("向量", "向量运算，按分量计算。"),
           ("小时", "时间 = 路程 ÷ 速度，再注意单位换算。"),
           ("（  ）", "选择题，逐个分析选项。"),
           ("短文", "答案应该来自原文，找到对应的句子。"),
           ("评论", "看评论中的评价性词语。")]
HES_EN = ["Hmm, let me double-check that step.", "Wait, is that right? Let me redo it quickly.", "Let me verify this part again before moving on.",
          "Hold on, let me make sure I didn't slip here."]
CON_EN = ["", "So ", "Then ", "Next, ", "Okay, ", "Right, ", "Now "]
HES_ZH = ["等一下，再核对一遍。", "我再检查一下这一步。", "嗯，这一步要小心。"]
CON_ZH = ["", "所以", "然后", "接下来，", "嗯，", "好，"]


def _clean(p):
    p = p.replace("**", "").replace("$$", "$")
    p = re.sub(r"^#+\s*", "", p, flags=re.M)
    p = re.sub(r"^---\s*$", "", p, flags=re.M).strip()
    return p


def _casual(p, con):
    if not con or p.startswith(("So ", "Then ", "Therefore", "Now ", "Next", "Okay", "Wait", "Hmm", "所以", "然后", "因此")):
        return p
    if len(p) > 1 and p[0].isalpha() and p[0].isupper() and p[1].islower():
        p = p[0].lower() + p[1:]
    return con + p


def elaborate(rng, lang, question, output, fam=""):
    """A longer <think> trace that walks through the visible work again in a casual voice."""
    m = re.match(r"\s*<think>.*?</think>\s*", output, flags=re.S)
    visible = output[m.end():] if m else output
    paras = [p for p in (_clean(x) for x in visible.split("\n\n")) if p]
    work = paras[:-1] if len(paras) > 1 else paras
    zh = lang == "zh"
    qq = question if len(question) < 600 else question[:600] + "…"
    parts = [(rng.choice(ZH_THINK_OPEN) + "题目是：" + qq) if zh else (rng.choice(THINK_OPEN) + " The problem says:\n" + qq)]
    plan = None
    for key, txt in (PLAN_ZH if zh else PLAN_EN):
        if key in question:
            plan = txt
            break
    parts.append(plan or ("一步一步算，最后检查一下结果。" if zh else "Let me set up the computation carefully and check the result at the end."))
    sents = [x for x in re.split(r"(?<=[.?。？])\s*", question.strip()) if x.strip()]
    if len(sents) > 1 and rng.random() < 0.7:
        parts.append(("题目问的是：" + sents[-1] + " 先把已知条件列出来。") if zh else
                     ("What exactly is being asked? \"" + sents[-1] + "\" Let me keep that in mind so I answer the right quantity."))
    for i, p in enumerate(work):
        if p in ("解：", "分析：") or p in EN_OPEN:
            continue
        parts.append(_casual(p, rng.choice(CON_ZH if zh else CON_EN)))
        if any(ch.isdigit() for ch in p) and rng.random() < 0.35:
            parts.append(rng.choice(HES_ZH if zh else HES_EN) + ("\n" if zh else "\n") + (("对，" if zh else "Yes: ") + p.split("\n")[0]))
    nums = [p for p in work if any(ch.isdigit() for ch in p)]
    if nums and rng.random() < 0.6:
        parts.append(("回头再看一遍关键的一步：" if zh else "Let me go over the key step once more: ") + nums[-1].split("\n")[0])
    if len(nums) > 1 and rng.random() < 0.7:
        chain = [p.split("\n")[0] for p in nums[:5]]
        parts.append(("从头捋一遍：" if zh else "Let me retrace the whole chain from the start to be safe:\n") + ("；".join(chain) if zh else "\n".join("- " + c for c in chain)))
    if not fam.startswith("B") and len(paras) > 1 and rng.random() < 0.8:
        last = paras[-1].replace("\n", " ")
        parts.append(("最后的答案这样写：" if zh else "How should I present it? I'll end with: ") + last)
    parts.append(rng.choice(["好，整理一下写出答案。", "没有问题，下面写出完整解答。"]) if zh else
                 rng.choice(["Okay, that all seems consistent. Let me write it up.", "Alright, I'm fairly confident. Writing up the solution now.",
                             "Good. Now let me present this cleanly."]))
    return think(parts) + visible


def _plan(lang, question):
    for key, txt in (PLAN_ZH if lang == "zh" else PLAN_EN):
        if key in question:
            return txt
    return "一步一步算，最后检查一下结果。" if lang == "zh" else "Set up the computation carefully and check the result at the end."


def preamble(rng, lang, question, output):
    """No <think> block: a visible restatement and plan before the worked solution."""
    m = re.match(r"\s*<think>.*?</think>\s*", output, flags=re.S)
    visible = output[m.end():] if m else output
    qq = question if len(question) < 500 else question[:500] + "…"
    if lang == "zh":
        head = "**题意分析：** 题目给出：" + qq.replace("\n", " ") + "\n\n**思路：** " + _plan(lang, question)
        return head + "\n\n**解答：**\n\n" + visible
    head = rng.choice(["## Understanding the problem\n\n", "**Understanding the problem.** ", "**Restating the problem.** "])
    head += "We are told: " + qq.replace("\n", " ") + "\n\n" + rng.choice(["**Approach.** ", "## Plan\n\n", "**Plan:** "]) + _plan(lang, question)
    return head + "\n\n" + rng.choice(["## Solution\n\n", "**Solution.**\n\n", "---\n\n"]) + visible


class Builder:
    KAT = ("math", "alphabet_option", "short_text", "categorical_label")

    def __init__(self, rng=None):
        self.rows = []
        self.rng = rng

    def add(self, fam, sub, dataset, kat, lang, question, output, ref, label):
        assert kat in self.KAT, kat
        assert lang in ("en", "zh"), lang
        assert label in ("Correct", "Incorrect"), label
        assert question.strip() and output.strip() and str(ref).strip()
        output = output.strip()
        if self.rng is not None:
            r = self.rng.random()
            if r < 0.65:
                output = elaborate(self.rng, lang, question, output, fam)
            elif r < 0.87:
                output = preamble(self.rng, lang, question, output)
        self.rows.append({"fam": fam, "sub": sub, "dataset": dataset, "key_answer_type": kat,
                          "question": question, "llm_output": output.strip(),
                          "correct_answer": str(ref), "label": label, "lang": lang})


def lab(correct):
    return "Correct" if correct else "Incorrect"
