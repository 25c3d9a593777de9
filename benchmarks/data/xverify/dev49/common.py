"""Shared helpers: reasoning-trace composer, answer presenters, case assembly."""
from fractions import Fraction
import math

EN_OPEN = [
    "Okay, let me work through this carefully.",
    "Alright, so the problem is asking for something specific; let me parse it first.",
    "Let me start by restating what we know.",
    "Hmm, okay. Let me think about how to set this up.",
    "First, I want to be sure I understand the question before computing anything.",
    "So I need to figure this out step by step.",
    "Let me read the problem again slowly.",
]
ZH_OPEN = [
    "好的，我先仔细读一遍题目，弄清楚要求的是什么。",
    "嗯，这道题需要一步一步来，先把已知条件整理一下。",
    "我先把题意梳理清楚，再开始计算。",
    "首先明确题目问的是什么，然后找出已知量之间的关系。",
    "让我先读题，确认每一个条件都没有遗漏。",
]
EN_PAD = [
    "I'll keep track of every quantity explicitly so I don't lose a factor somewhere.",
    "It's easy to misread which quantity is being asked for, so let me be careful about that.",
    "Let me not rush this; a small slip early on would propagate to the end.",
    "I should double-check the given numbers against the statement once more.",
    "There might be a shortcut, but the direct approach is safer here.",
    "Let me write down the intermediate results so they are easy to verify later.",
    "Units and signs are the usual sources of error in problems like this, so I'll watch both.",
    "Before going further, I want to make sure the setup actually matches the wording.",
    "Okay, that part seems fine. Moving on to the next piece.",
    "I could also try plugging values back in at the end as a sanity check.",
    "Let me think about whether any condition in the problem restricts the answer further.",
    "Nothing in the statement suggests a trick here, but I'll stay alert.",
    "This is a standard type of problem, so the method should be routine.",
    "I want the final form to be simplified as much as reasonable.",
    "Let me reconsider the structure of the problem from a slightly different angle to be sure.",
    "One more pass over the arithmetic won't hurt.",
    "The key relationship is clear now; the rest is bookkeeping.",
    "If I had made an error, the check at the end should reveal it.",
    "Let me also estimate roughly what size the answer should be, so an absurd result would stand out immediately.",
    "I'll be explicit about which formula I'm using and why its conditions hold here.",
    "Problems like this often hide a trap in the wording, such as whether an endpoint is included or which quantity is asked for.",
    "Rather than trusting a single pass, I'll verify the key step with an independent method if I can.",
    "So far so good; the pieces fit together the way I expected.",
    "I want to present the answer in the form the question asks for, not just any equivalent expression.",
]
ZH_PAD = [
    "这里要特别注意单位和符号，这类题最容易在这些地方出错。",
    "我把中间结果都写下来，方便后面逐一核对。",
    "先不要急着下结论，把每个条件都用上再说。",
    "这一步看起来没问题，继续往下做。",
    "题目中的每个数字我再对照一遍，确认没有抄错。",
    "也许有更简便的方法，但直接计算更稳妥一些。",
    "做完之后可以把结果代回去检验一下。",
    "这是一类比较常见的题型，按部就班地做就可以。",
    "需要注意题目问的到底是哪个量，不要答非所问。",
    "再从另一个角度想一想，看看思路是否一致。",
    "关键的关系式已经找到了，剩下的就是计算。",
    "如果前面哪里算错了，最后的检验应该能发现。",
    "把结果化成最简形式，避免留下可以约分的部分。",
    "我再把整个推理过程从头到尾过一遍。",
    "回过头来看，题目给出的条件之间有一定的联系，我需要先弄清楚哪些是已知的、哪些是要求的，然后再决定用什么方法，这样不容易走弯路。",
    "这种题目在考试中很常见，但往往会在细节上设置陷阱，比如端点能不能取到、符号是正还是负、单位有没有换算，所以每一步都要写清楚。",
    "我先按照最直接的思路算一遍，得到结果之后，再换一种方法验证，如果两种方法结果一致，就比较有把握了。",
    "刚才的推导中用到了一个常用的结论，我确认一下它在这里的使用条件是满足的，没有超出适用范围。",
    "有时候题目的表述会让人误以为问的是另一个量，所以我再把题干读一遍，确认最终要给出的到底是什么。",
    "计算过程中数字比较多，我把每一步的中间结果都保留下来，这样即使后面发现错误，也能很快定位到是哪一步出的问题。",
    "从整体上看，这个结果的大小是合理的，没有出现明显偏大或者偏小的情况，和直觉上的估计也比较吻合。",
    "我想一想有没有特殊情况需要单独讨论，比如分母为零、取值范围受限等等，目前看来这道题不涉及这些情况。",
    "写答案的时候要注意格式，按照题目要求的形式给出，不要只写一个数字而漏掉必要的单位或者说明。",
    "现在思路已经比较清晰了，接下来只需要把前面的几个关系式联立起来，细心地把结果算出来即可。",
]
EN_WAIT = [
    "Wait, let me double-check that.", "Hmm, wait. Let me verify this before moving on.",
    "Wait — is that right? Let me recompute.", "Actually, hold on, let me re-check the last step.",
    "Let me verify by going through it once more.",
]
ZH_WAIT = ["等等，我再检查一下。", "等一下，这一步要再核对一遍。", "嗯，等等，这里好像要再算一次。", "稍等，我验证一下刚才的结果。"]
EN_RESULT = ["So the result is {a}.", "That gives {a}.", "Therefore I get {a}.", "So we end up with {a}.",
             "This yields {a}."]
ZH_RESULT = ["所以结果是 {a}。", "于是得到 {a}。", "因此答案为 {a}。", "这样算出来是 {a}。"]
EN_CONFIRM = ["Yes, {a} checks out.", "Good, {a} is consistent with everything.", "Confirmed: {a}.",
              "Everything lines up, so {a} it is."]
ZH_CONFIRM = ["没错，{a} 是对的。", "检验通过，结果 {a} 没有问题。", "确认无误，就是 {a}。"]
EN_OOPS = ["Hmm, wait, I think I slipped in that step. Let me redo it.",
           "Wait, that doesn't look right. I made an arithmetic mistake — let me recompute.",
           "Hold on, I misapplied something there. Going back over it.",
           "Wait, on reflection I should reconsider; I think I need to revise that."]
ZH_OOPS = ["等等，刚才那一步好像算错了，我重新算一遍。", "嗯，不对，这里有个疏忽，需要修正。",
           "等等，我再想想，刚才的结论可能有问题，重新考虑一下。"]
EN_SUM = ["**Summary.**", "To summarize the solution:", "Here is the reasoning in brief:", "Solution outline:",
          "Putting it all together:"]
ZH_SUM = ["**解答过程概要：**", "综上所述：", "整理一下思路：", "解题步骤如下："]


def present(rng, lang, a, kind, restate=None):
    """Return closing text showing committed answer a in one of many layouts."""
    if lang == "en":
        styles = [
            "\\boxed{%s}" % a,
            "**Final answer:** %s" % a,
            "The answer is **%s**." % a,
            "%s is the final answer, as every check above confirms." % a,
            "Putting all of this together, the answer we are looking for is %s, which is consistent with the "
            "verification." % a,
            "| Item | Value |\n|---|---|\n| Final answer | %s |" % a,
            "- Method: direct computation\n- Check: passed\n- **Answer: %s**" % a,
            "Final answer: %s" % a,
            "Therefore, the answer is $\\boxed{%s}$." % a,
        ]
        if kind == "mc":
            styles += ["The correct option is %s." % a, "**Answer: %s**" % a]
        if kind in ("label", "short"):
            styles += ["My answer: **%s**." % a, "So the answer is %s." % a]
    else:
        styles = [
            "答案：%s" % a,
            "\\boxed{%s}" % a,
            "故答案为 %s。" % a,
            "综上，所求结果为 **%s**。" % a,
            "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % a,
            "- 方法：直接计算\n- 检验：通过\n- **答案：%s**" % a,
            "%s 就是最终答案，前面的检验都支持这一点。" % a,
            "最终答案：$\\boxed{%s}$" % a,
        ]
        if kind == "mc":
            styles += ["故选 %s。" % a, "故选%s" % a]
    s = rng.choice(styles)
    if restate and kind in ("math", "short"):
        tmpl = rng.choice([" (equivalently, %s)", "\n\nEquivalently: %s.", " — that is, %s."] if lang == "en"
                          else ["（也可写作 %s）", "\n\n即 %s。", "，也就是 %s。"])
        s += tmpl % restate
    return s


def _padded(rng, lang, lines, target):
    pad = EN_PAD if lang == "en" else ZH_PAD
    pool = list(pad)
    rng.shuffle(pool)
    out = list(lines)
    i = 0
    while sum(len(x) for x in out) < target and i < len(pool):
        pos = rng.randint(min(2, len(out)), max(2, len(out) - 1))
        out.insert(pos, pool[i])
        i += 1
    steps = [x for x in lines[2:] if len(x) > 12]
    j = 0
    pre = ["复核一下：", "再验算：", "回看这一步："] if lang == "zh" else ["Re-checking: ", "Going over it again: ", "Verify: "]
    while sum(len(x) for x in out) < target and steps and j < min(6, len(steps)):
        out.insert(len(out) - 1 if len(out) > 3 else len(out), pre[j % len(pre)] + steps[j % len(steps)])
        j += 1
    return out


def compose(rng, lang, question, setup, mode, ans=None, alt=None, kind="math", restate=None):
    """Build an R1-style output.  mode: commit | flip | hedge | cut | abandon."""
    en = lang == "en"
    target = rng.randint(1100, 2600) if en else rng.randint(1600, 2700)
    qshort = question.split("\n")[0]
    if len(qshort) > 160:
        qshort = qshort[:160].rsplit(" ", 1)[0] + " ..."
    head = [rng.choice(EN_OPEN if en else ZH_OPEN),
            ("The question: \"%s\"" % qshort) if en else ("题目是：“%s”" % qshort)]
    R = EN_RESULT if en else ZH_RESULT
    C = EN_CONFIRM if en else ZH_CONFIRM
    W = EN_WAIT if en else ZH_WAIT
    O = EN_OOPS if en else ZH_OOPS
    body = head + list(setup)
    if not en:
        body.insert(2, "我再把题目完整地读一遍：" + question.replace("\n", " ")[:260] + " 读完之后，我确认题目的要求没有理解错。")
    if mode == "cut":
        keep = head + list(setup[: max(1, len(setup) // 2)])
        keep = _padded(rng, lang, keep, target)
        last = keep[-1]
        cut = last[: max(10, int(len(last) * rng.uniform(0.4, 0.8)))]
        return "<think>\n" + "\n\n".join(keep[:-1] + [cut])
    if mode == "commit":
        body += [rng.choice(R).format(a=ans), rng.choice(W)] + list(rng.sample(setup, min(2, len(setup)))) + \
            [rng.choice(C).format(a=ans)]
    elif mode == "flip":
        body += [rng.choice(R).format(a=alt), rng.choice(O)] + list(setup[-2:]) + \
            [rng.choice(R).format(a=ans), rng.choice(C).format(a=ans)]
    elif mode == "hedge":
        body += [rng.choice(R).format(a=ans), rng.choice(W),
                 ("But another reading of the problem gives %s, and I can't rule that out." % alt) if en else
                 ("但换一种理解方式又得到 %s，我无法排除这种可能。" % alt)]
    elif mode == "abandon":
        body += [("I keep getting inconsistent values here: first %s, then %s." % (ans, alt)) if en else
                 ("这里算出来的结果前后不一致：先得到 %s，后来又得到 %s。" % (ans, alt)),
                 rng.choice(W)]
    body = _padded(rng, lang, body, target)
    think = "<think>\n" + "\n\n".join(body) + "\n</think>\n\n"
    summ = rng.choice(EN_SUM if en else ZH_SUM) + "\n\n" + "\n".join(
        ("%d. %s" % (i + 1, s)) for i, s in enumerate(setup[: rng.randint(2, max(2, len(setup)))]))
    if mode in ("commit", "flip"):
        return think + summ + "\n\n" + present(rng, lang, ans, kind, restate)
    if mode == "hedge":
        a, b = (ans, alt) if rng.random() < 0.5 else (alt, ans)
        h = rng.choice([
            "The answer is either %s or %s; both interpretations seem defensible." % (a, b),
            "**Final answer:** %s (or possibly %s, depending on the interpretation)" % (a, b),
            "I would say %s, although %s is also plausible." % (a, b),
        ] if en else [
            "答案可能是 %s，也可能是 %s，两种理解都说得通。" % (a, b),
            "**答案：** %s 或 %s（取决于题意的理解）" % (a, b),
        ])
        return think + summ + "\n\n" + h
    return think + summ + "\n\n" + (rng.choice([
        "I'm not able to settle on a single value with confidence, so I'll stop here without a definitive answer.",
        "Given the inconsistency, I can't commit to a final answer.",
    ]) if en else rng.choice(["由于结果前后矛盾，我无法给出确定的最终答案。", "这道题我暂时无法确定答案，先到这里。"]))


def make_case(rng, lang, ds, kat, q, setup, forms, wrongs, ref=None, kind="math"):
    """forms: [(display, tag)] equal to reference; wrongs: [(display, tag)] not equal."""
    ref = ref if ref is not None else forms[0][0]
    correct = rng.random() < 0.5
    restate = None
    if correct:
        if rng.random() < 0.75:
            ans, tag = rng.choice(forms)
            mode, alt = "commit", None
            others = [f for f in forms if f[0] != ans]
            if others and rng.random() < 0.3:
                restate = rng.choice(others)[0]
                tag = tag + "+restated"
        else:
            ans, alt, mode, tag = rng.choice(forms)[0], rng.choice(wrongs)[0], "flip", "self_corrected_to_right"
        label = "Correct"
    else:
        r = rng.random()
        label = "Incorrect"
        if r < 0.5:
            ans, tag = rng.choice(wrongs)
            mode, alt = "commit", None
        elif r < 0.65:
            ans, alt, mode, tag = rng.choice(forms)[0], rng.choice(wrongs)[0], "hedge", "hedge_between_answers"
        elif r < 0.82:
            ans, alt, mode, tag = rng.choice(wrongs)[0], rng.choice(forms)[0], "flip", "final_contradicts_earlier_right"
        elif r < 0.92:
            ans, alt, mode, tag = None, None, "cut", "truncated_no_final"
        else:
            ans, alt, mode, tag = rng.choice(forms)[0], rng.choice(wrongs)[0], "abandon", "abandoned_no_answer"
    out = compose(rng, lang, q, setup, mode, ans, alt, kind, restate)
    return {"dataset": ds, "key_answer_type": kat, "question": q, "llm_output": out, "correct_answer": ref,
            "label": label, "lang": lang, "trap": tag}


def frac_tex(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)


def frac_slash(f):
    f = Fraction(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def terminating(f):
    d = Fraction(f).denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1


def dec(f):
    f = Fraction(f)
    s = "%.6f" % (f.numerator / f.denominator)
    return s.rstrip("0").rstrip(".")


def frac_forms(f, lang="en"):
    forms = [(frac_tex(f), "canonical_form"), (frac_slash(f), "slash_fraction")]
    if terminating(f) and Fraction(f).denominator != 1:
        forms.append((dec(f), "decimal_for_fraction"))
    if Fraction(f).denominator != 1:
        forms.append(("\\dfrac{%d}{%d}" % (Fraction(f).numerator, Fraction(f).denominator), "dfrac_form")
                     if f > 0 else (frac_slash(f), "slash_fraction"))
    return forms


def simp_sqrt(n):
    k, m = 1, n
    for p in range(2, int(math.isqrt(n)) + 1):
        while m % (p * p) == 0:
            m //= p * p
            k *= p
    return k, m


def rad_tex(k, m):
    if m == 1:
        return str(k)
    return ("\\sqrt{%d}" % m) if k == 1 else ("%d\\sqrt{%d}" % (k, m))


def poly_str(coefs, var="x"):
    """coefs highest-first -> string like 3x^2 - 2x + 1."""
    n = len(coefs) - 1
    parts = []
    for i, c in enumerate(coefs):
        e = n - i
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        a = abs(c)
        core = (("" if a == 1 and e > 0 else str(a)) + (var if e >= 1 else "") + ("^%d" % e if e > 1 else ""))
        parts.append((sign, core))
    if not parts:
        return "0"
    s = ("-" if parts[0][0] == "-" else "") + parts[0][1]
    for sign, core in parts[1:]:
        s += " %s %s" % (sign, core)
    return s
