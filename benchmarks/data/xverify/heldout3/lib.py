"""Shared helpers and the math-output renderer for the heldout3 generators.

Standard library only.  Every random choice goes through the `rng` passed in,
so a rebuild with the same seeds writes the same bytes.
"""
from fractions import Fraction as Fr


class P:
    """One generated problem (all text already in its language)."""

    def __init__(self, **kw):
        self.near = None          # a look-alike wrong final answer (unit, partial, bracket ...)
        self.near_why = None      # the sentence that leads to it
        self.check = []           # verification sentences for the correct answer
        self.slip_note = None     # why the slip was wrong (used when the output fixes itself)
        self.__dict__.update(kw)


# ---------------------------------------------------------------- numbers
def frp(f):
    f = Fr(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def frt(f):
    f = Fr(f)
    if f.denominator == 1:
        return str(f.numerator)
    return "%s\\frac{%d}{%d}" % ("-" if f < 0 else "", abs(f.numerator), f.denominator)


def term(f):
    d = Fr(f).denominator
    for q in (2, 5):
        while d % q == 0:
            d //= q
    return d == 1


def frd(f):
    """Exact decimal string of a terminating fraction."""
    f = Fr(f)
    assert term(f)
    s = "-" if f < 0 else ""
    f = abs(f)
    k = 0
    while (f * 10 ** k).denominator != 1:
        k += 1
    n = int(f * 10 ** k)
    if k == 0:
        return s + str(n)
    t = str(n).rjust(k + 1, "0")
    return s + t[:-k] + "." + t[-k:]


def mixed_tex(f):
    f = Fr(f)
    w = f.numerator // f.denominator
    r = f - w
    if w == 0 or r == 0:
        return frt(f)
    return "%d\\frac{%d}{%d}" % (w, r.numerator, r.denominator)


def commas(n):
    return "{:,}".format(n)


ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 0:
        return "negative " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    if n < 10 ** 6:
        return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))
    raise ValueError(n)


ZD = "零一二三四五六七八九"


def zh_int(n, top=True):
    """Chinese numerals for 0 <= n < 10**8."""
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = zh_int(hi, top) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + zh_int(lo, False)
        return s
    s, zero, started = "", False, False
    for d, u in zip((n // 1000, n // 100 % 10, n // 10 % 10, n % 10), "千百十 "):
        if d == 0:
            zero = started
            continue
        if zero:
            s += "零"
            zero = False
        s += ZD[d] + u.strip()
        started = True
    if top and s.startswith("一十"):
        s = s[1:]
    return s


def cx(c, v, first=False):
    """One term of a linear expression: cx(-1,'y') -> ' - y'."""
    a = abs(c)
    coef = "" if (a == 1 and v) else str(a)
    if first:
        return ("-" if c < 0 else "") + coef + v
    return " %s %s%s" % ("-" if c < 0 else "+", coef, v)


def lin(pairs):
    out = [cx(c, v, i == 0) for i, (c, v) in enumerate([p for p in pairs if p[0] != 0])]
    return "".join(out) or "0"


def fac(r):
    return "(x - %d)" % r if r > 0 else "(x + %d)" % (-r)


# ---------------------------------------------------------------- phrases
PH = {
    "en": dict(
        open=["Okay, let's see.", "Alright, let me work through this.", "Hmm, okay.",
              "Let me think about this carefully.", "Okay, so here's the problem.",
              "Alright.", "Let me start by reading the problem again."],
        plan=["Let me set this up step by step.", "I'll just compute it directly, carefully.",
              "First I need to pin down exactly what is being asked.",
              "This looks routine, but I'll be careful with the arithmetic.",
              "Let me organise the information first."],
        fix=["Wait, that doesn't look right. Let me re-check.", "Hold on, I think I made a mistake there.",
             "Hmm, wait. Let me verify that step again before I commit."],
        flip=["Hmm, wait. Let me redo this more carefully; I'm not sure about the step above.",
              "Actually, hold on. I think I rushed that. Let me recompute.",
              "Wait, let me reconsider. Something feels off with what I just did."],
        check=["Let me double-check.", "Quick sanity check:", "Verifying:", "Let me verify this another way."],
        sofar=["So the answer should be {a}.", "That gives {a}.", "So I get {a}.", "Okay, so it's {a}."],
        redo=["Let me redo the whole thing from scratch to be safe.",
              "Just to be thorough, let me go through it once more, line by line.",
              "I keep second-guessing myself, so one more full pass."],
        muse=["Is there any other way to read the question? I don't think so; the wording is fairly direct.",
              "I should also make sure I'm answering the quantity that was actually asked for, not an intermediate value.",
              "Let me make sure I didn't drop a sign or mix up which number goes where.",
              "Units: the question's units and mine should match. I think they do.",
              "Sometimes these problems have a trick, like a hidden condition. Let me reread... no, nothing hidden here.",
              "Okay, the numbers are small enough that I can redo the arithmetic in my head to confirm."],
        hedge=["Hmm, I'm getting two different values depending on how I read it. It's either {a} or {b}.",
               "I'm not completely sure whether it's {a} or {b}; both seem defensible to me."],
        hedgefin=["{a} or {b}", "{a} (or possibly {b})", "either {a} or {b}"],
        head=["**Solution**", "### Solution", "Here's the solution:", "**Step-by-step:**", "## Worked solution"],
        step="**Step {k}.** ",
    ),
    "zh": dict(
        open=["嗯，我来看一下这道题。", "好的，先理清题意。", "首先读题。", "让我想想这道题怎么做。", "好，我们来分析一下。"],
        plan=["一步一步来算。", "直接计算即可，但要注意计算细节。", "先把已知条件整理一下。", "这题不难，关键是别算错。"],
        fix=["等等，这里好像不对，我再检查一下。", "不对，刚才算错了。", "嗯，等一下，这一步需要重新核对。"],
        flip=["等等，我再仔细想想，上面那一步可能有问题。", "嗯……好像哪里不太对，重新算一遍。", "不对，我刚才可能太快了，重算一下。"],
        check=["验算一下：", "检验：", "再用另一种方法核对一下："],
        sofar=["所以答案应该是{a}。", "得到{a}。", "所以结果是{a}。"],
        redo=["为了保险，从头再算一遍。", "我再完整地核对一次。"],
        muse=["题目有没有别的理解方式？应该没有，表述很直接。", "要注意题目问的是哪个量，不要把中间结果当成答案。",
              "单位要和题目一致。", "再看看有没有漏掉的条件……没有。"],
        hedge=["嗯，按不同理解会得到两个结果：{a} 或 {b}。", "我不太确定是{a}还是{b}，两种都有可能。"],
        hedgefin=["{a} 或 {b}", "{a}（也可能是{b}）"],
        head=["**解答过程**", "### 解题步骤", "**详细解答：**"],
        step="**第{k}步：** ",
    ),
}


def tex_safe(a):
    return a.replace("$", "\\$").replace("%", "\\%")


def plain(a):
    """Show an answer in running text: wrap LaTeX in $...$."""
    if "\\" in a and "$" not in a:
        return "$%s$" % a
    return a


FIN_EN = {
    "think": ["**Final Answer**\n\n$\\boxed{{{b}}}$", "The answer is $\\boxed{{{b}}}$.", "**Answer:** {p}",
              "So the final answer is **{p}**."],
    "md": ["## Final Answer\n\n**{p}**", "### Answer\n\n**{p}**", "---\n\n**Answer:** {p}"],
    "latex": ["\\[\n\\boxed{{{b}}}\n\\]", "$$\\boxed{{{b}}}$$", "Hence the answer is $\\boxed{{{b}}}$."],
    "terse": ["{p}", "Answer: {p}", "Final: {p}"],
    "gsm": ["#### {p}"],
    "table": ["| Item | Value |\n|---|---|\n| Final answer | {p} |", "| Quantity asked | Result |\n|:--|:--|\n| answer | **{p}** |"],
    "code": ["```\nanswer: {p}\n```", "```text\nFINAL ANSWER = {p}\n```"],
    "last": ["Therefore, the answer is {p}.", "So, in the end, we get {p}.", "That gives {p} as the final result."],
    "first": ["**Answer: {p}**", "Answer: {p}", "**{p}**"],
}
FIN_ZH = {
    "zh_think": ["**最终答案：{p}**", "答案为 $\\boxed{{{b}}}$。", "综上，答案是 {p}。"],
    "zh_sol": ["答：{s}", "答：{p}。", "综上所述，答案为 {p}。"],
    "zh_md": ["### 答案\n\n**{p}**", "**最终答案：** {p}", "## 结论\n\n$\\boxed{{{b}}}$"],
    "zh_terse": ["{p}", "答案：{p}", "答：{p}"],
}


def final_line(p, style, fin, rng, say=True, box=None):
    tab = FIN_ZH if p.lang == "zh" else FIN_EN
    t = rng.choice(tab[style])
    s = p.say.format(a=plain(fin)) if say else plain(fin)
    return t.format(p=plain(fin), b=tex_safe(box if box is not None else fin), s=s)


def steps_md(steps, lang, rng, numbered):
    if not numbered:
        return "\n\n".join(steps)
    form = rng.randint(0, 2)
    out = []
    for k, s in enumerate(steps, 1):
        if form == 0:
            out.append(PH[lang]["step"].format(k=k) + s)
        elif form == 1:
            out.append("%d. %s" % (k, s))
        else:
            out.append("- " + s)
    return ("\n\n" if form == 0 else "\n").join(out)


INTERJ = {"en": ["Okay.", "Right.", "Good.", "That seems fine.", "Let me keep going.", "Makes sense."],
          "zh": ["嗯。", "好。", "对。", "没问题。", "继续。"]}
ALTQ = {"en": ["Hmm, but what if I approached it differently? For instance:", "Let me consider another way someone might do this:",
               "Wait, one could also argue like this:"],
        "zh": ["嗯，会不会是另一种做法？比如：", "换个思路试试：", "有人可能会这样算："]}
STAY = {"en": ["Hmm, that gives something different. I trust my first approach more, so I'll go with {a}.",
                "That doesn't match. I think the first method is the correct reading; sticking with {a}."],
        "zh": ["嗯，结果不一样。我觉得第一种做法才对，还是{a}。", "这个结果不一致，应该是第二种思路有问题，坚持{a}。"]}
REJ = {"en": "But that's not right: {n} So I'll stay with {a}.", "zh": "但这样不对：{n}所以还是{a}。"}
PRE = {"en": ["Again: ", "Re-deriving: ", "Once more, ", "", "Carefully: "], "zh": ["再算：", "", "重新来：", "复核："]}


def givens_text(p, rng, bullets):
    if not getattr(p, "givens", None):
        return ""
    if bullets:
        h = "**已知：**" if p.lang == "zh" else rng.choice(["**Given:**", "**What we know:**", "### Given"])
        return h + "\n" + "\n".join("- " + g for g in p.givens)
    return ("已知：" if p.lang == "zh" else "What I'm given: ") + ("；" if p.lang == "zh" else "; ").join(p.givens) + \
        ("。" if p.lang == "zh" else ".")


def with_interj(steps, lang, rng):
    out = []
    for s in steps:
        out.append(s)
        if rng.random() < .3:
            out.append(rng.choice(INTERJ[lang]))
    return out


def render_math(p, mode, style, rng, verb=0):
    """Build an llm_output.  mode: plain equiv early recheck fix | slip flip hedge near trunc."""
    ph = PH[p.lang]
    lg = p.lang
    X, W = p.ans, p.slip_ans
    alt = p.alt if mode == "equiv" else X
    fin = {"slip": W, "flip": W, "near": p.near}.get(mode, alt)
    box = None
    if mode == "hedge":
        a, b = (X, W) if rng.random() < .5 else (W, X)
        tpl = rng.choice(ph["hedgefin"])
        fin = tpl.format(a=plain(a), b=plain(b))
        box = tpl.format(a=a, b=b)  # inside \boxed{} the answers need no $...$
    if mode == "slip":
        core, clean = list(p.slip_work), list(p.slip_work)
    elif mode == "fix":
        note = rng.choice(ph["fix"]) + (" " + p.slip_note if p.slip_note else "")
        core, clean = p.slip_work + [note] + p.work, list(p.work)
    elif mode == "flip":
        core, clean = p.work + [rng.choice(ph["flip"])] + p.slip_work, list(p.slip_work)
    elif mode == "near":
        core, clean = p.work + [p.near_why], p.work + [p.near_why]
    elif mode == "hedge":
        h = rng.choice(ph["hedge"]).format(a=plain(X), b=plain(W))
        core = p.work + [rng.choice(ALTQ[lg])] + p.slip_work + [h]
        clean = p.work + [h]
    else:
        core, clean = list(p.work), list(p.work)
    good = mode in ("plain", "equiv", "early", "recheck", "fix")
    chk = [rng.choice(ph["check"])] + p.check if (p.check and mode not in ("slip", "flip", "hedge")) else []
    explore = [rng.choice(ALTQ[lg])] + p.slip_work + [REJ[lg].format(n=p.slip_note or "", a=plain(X))] \
        if good and p.slip_note else []
    if mode == "slip" and rng.random() < .6:
        explore = [rng.choice(ALTQ[lg])] + p.work + [rng.choice(STAY[lg]).format(a=plain(W))]
    think_style = style in ("think", "zh_think")
    parts = []
    quote = ("题目是：“%s”" if lg == "zh" else 'The problem says: "%s"') % p.q
    pit = ("**易错点：** " if lg == "zh" else rng.choice(["**Common pitfall:** ", "⚠️ Note: ", "**Watch out:** "])) + \
        (p.slip_note or "") if good and p.slip_note and rng.random() < .5 else ""
    recap = [rng.choice(ph["check"]), p.slip_work[-1]] if mode in ("slip", "flip") and rng.random() < .5 else []
    if think_style:
        t = [rng.choice(ph["open"]) + " " + p.restate, quote if rng.random() < .75 else "", givens_text(p, rng, False),
             p.method, rng.choice(ph["plan"])]
        t += with_interj(narrated(core, lg, rng), lg, rng)
        t += chk + recap
        if explore and (verb or rng.random() < .7):
            t += explore
        if rng.random() < .6:
            t.append(rng.choice(ph["muse"]))
        if verb:
            for _ in range(verb):
                pre = rng.choice(PRE[lg])
                rc = clean if mode in ("fix", "flip") else core
                t += [rng.choice(ph["redo"])] + narrated([pre + rc[0]] + rc[1:], lg, rng, .6) + rng.sample(ph["muse"], 2)
                if chk:
                    t += [rng.choice(ph["check"])] + p.check
                if explore and rng.random() < .5:
                    t += explore
        t = [x for x in t if x]
        if mode != "trunc":
            t.append(rng.choice(ph["sofar"]).format(a=plain(fin)))
        body = "\n\n".join(t)
        if mode == "trunc":
            return truncate(body, p, rng, think=True)
        parts.append("<think>\n" + body + "\n</think>")
        if rng.random() < .85:
            parts.append(givens_text(p, rng, True))
        if rng.random() < .75:
            parts.append(("**思路：** " if lg == "zh" else "**Approach:** ") + p.method)
        parts.append(rng.choice(ph["head"]) + "\n\n" + steps_md(clean, lg, rng, True))
        if chk and (mode == "recheck" or rng.random() < .75):
            parts.append(("**验证：**\n" if lg == "zh" else "**Verification:**\n") + "\n".join(p.check))
        parts.append(pit)
        parts.append(final_line(p, style, fin, rng, box=box))
    elif style == "zh_sol":
        parts.append("解：" + "\n".join(core))
        if chk:
            parts.append("\n".join(chk))
        parts.append(final_line(p, style, fin, rng, box=box))
    elif style in ("terse", "zh_terse"):
        short = core[-2:] if len(core) > 2 and mode not in ("fix", "flip") else core
        parts.append("\n".join(short))
        parts.append(final_line(p, style, fin, rng, box=box))
    else:
        if style in ("md", "zh_md"):
            parts.append(("### 题目分析\n\n" if lg == "zh" else "## Understanding the problem\n\n") +
                         ("> " + p.q + "\n\n" if rng.random() < .5 else "") + p.restate +
                         ("\n\n" + givens_text(p, rng, True) if rng.random() < .8 else ""))
            parts.append(("### 思路\n\n" if lg == "zh" else "## Approach\n\n") + p.method)
            parts.append(rng.choice(ph["head"]) + "\n\n" + steps_md(core, lg, rng, True))
        else:
            if rng.random() < .5:
                parts.append(p.restate + " " + p.method)
            parts.append("\n\n".join(core))
        if chk and (mode in ("recheck", "trunc") or rng.random() < .75):
            parts.append(("### 验证\n\n" if lg == "zh" else "### Verification\n\n") * (style in ("md", "zh_md")) + "\n".join(chk))
        if style in ("md", "zh_md", "latex"):
            parts.append(pit)
        if mode == "trunc":
            return truncate("\n\n".join(parts), p, rng, think=False)
        parts.append(final_line(p, style if style != "first" else "last", fin, rng, box=box))
    if style == "first" or mode == "early":
        tab = FIN_ZH["zh_terse"] if lg == "zh" else FIN_EN["first"]
        parts.insert(0, rng.choice(tab).format(p=plain(fin), b=tex_safe(fin)))
        if style == "first":
            parts.pop()
    return "\n\n".join(x for x in parts if x)


def truncate(body, p, rng, think):
    """Cut an output off mid-sentence, somewhere after the first work step (no final answer)."""
    first = body.find(p.work[0])
    assert first > 0
    lo = first + len(p.work[0]) // 2
    cut = max(lo, int(len(body) * rng.uniform(.6, .97)))
    if p.lang == "en":
        while cut < len(body) - 1 and body[cut] != " ":
            cut += 1
    return ("<think>\n" if think else "") + body[:cut].rstrip(" ，,")


# ---------------------------------------------------------------- arithmetic narration
import re
from decimal import Decimal as _D

_NUM = r"\(?(-?\$?\d+(?:\.\d+)?)\)?"
_ARITH = re.compile(_NUM + r"\s*([×·+−÷])\s*" + _NUM + r"\s*=\s*" + _NUM)


def _num(s):
    return _D(s.replace("$", ""))


def _fmt(d):
    s = format(d.normalize(), "f")
    return s


def narrate(step, lang, rng):
    """Think-aloud re-verification of the (correct) arithmetic found in one step."""
    out = []
    for m in _ARITH.finditer(step):
        a, op, b, c = _num(m.group(1)), m.group(2), _num(m.group(3)), _num(m.group(4))
        true = {"×": a * b, "·": a * b, "+": a + b, "−": a - b, "÷": a / b if b else None}[op]
        if true is None or true != c:
            continue
        A, B, C = _fmt(a), _fmt(b), _fmt(c)
        if op in "×·":
            bi = int(b)
            if b != bi and bi != 0:
                x, y = a * bi, a * (b - bi)
                t = ("%s × %s：先算 %s × %d = %s，再算 %s × %s = %s，合起来 %s。" if lang == "zh" else
                     "%s times %s: %s times %d is %s, and %s times %s is %s, so %s in total.") % (
                    A, B, A, bi, _fmt(x), A, _fmt(b - bi), _fmt(y), C)
            elif abs(bi) >= 10 and b == bi:
                tens, units = bi // 10 * 10, bi % 10
                t = ("%s × %s = %s × %d + %s × %d = %s + %s = %s。" if lang == "zh" else
                     "%s × %s: that's %s × %d + %s × %d = %s + %s = %s.") % (
                    A, B, A, tens, A, units, _fmt(a * tens), _fmt(a * units), C)
            else:
                t = ("%s 乘 %s 得 %s，没错。" if lang == "zh" else "%s times %s is %s, yes.") % (A, B, C)
        elif op == "+":
            t = ("%s 加 %s 等于 %s。" if lang == "zh" else "%s plus %s: %s. Right.") % (A, B, C)
        elif op == "−":
            t = ("反过来 %s + %s = %s，所以 %s − %s = %s 没错。" if lang == "zh" else
                 "Checking the subtraction backwards: %s + %s = %s, so %s − %s = %s is right.") % (C, B, A, A, B, C)
        else:
            t = ("反过来 %s × %s = %s ✓" if lang == "zh" else "Multiplying back, %s × %s = %s ✓") % (C, B, A)
        out.append(t)
    return out


def narrated(steps, lang, rng, prob=.8):
    res = []
    for s in steps:
        res.append(s)
        if rng.random() < prob:
            res += narrate(s, lang, rng)
    return res
