"""Shared helpers: output composer with varied styles (standard library only)."""
from fractions import Fraction
import math

EN_OPEN = [
    "Okay, let me work through this carefully.",
    "Alright, so the problem asks: {q}",
    "Let me start by restating what is being asked. {q}",
    "Hmm, let's see. I need to figure this out step by step.",
    "First, I'll parse the question. {q}",
    "So I want to be careful here, because this kind of problem has easy mistakes.",
]
ZH_OPEN = [
    "好的，我来仔细分析一下这道题。",
    "嗯，题目是这样的：{q}",
    "首先把题意理清楚：{q}",
    "让我一步一步来做。",
    "先读题。{q}",
    "这类题容易出错，我要慢一点。",
]
EN_REFLECT = [
    "Wait, let me double-check that step before moving on.",
    "Hold on — did I read the numbers right? Let me look again... yes, they match the statement.",
    "Hmm, actually, let me verify this another way to be safe.",
    "Wait, is there a trick? Re-reading the problem, I don't think so.",
    "Let me sanity-check the magnitude: the result should be reasonable given the inputs, and it is.",
    "Actually, I should be careful about signs and units here. Going over it once more.",
]
ZH_REFLECT = [
    "等等，我再核对一下这一步。",
    "等一下，数字有没有看错？回头再看题目……没错，和题干一致。",
    "嗯，换一种方法验证一下比较稳妥。",
    "等等，这里有没有陷阱？重新读题，应该没有。",
    "检查一下数量级：结果和已知条件相符，合理。",
    "其实这里要注意符号和单位，再过一遍。",
]
EN_FILL = [
    "Breaking this into parts makes it easier to track each quantity separately, so I'll write every intermediate value down.",
    "I'll keep exact values as long as possible and only simplify at the end, which avoids rounding errors creeping in.",
    "Let me also consider whether any condition in the problem restricts the answer, such as a domain or a requirement to be positive.",
    "Re-reading the question one more time to make sure I'm answering exactly what is asked, not some intermediate quantity.",
    "It's worth listing what is known and what is unknown, and checking that every given piece of information gets used.",
    "A common pitfall here would be mixing up which quantity is being asked for, so I'll label everything clearly.",
]
ZH_FILL = [
    "把问题拆成几部分，每个量分别记录下来，这样不容易混淆，每个中间结果我都写出来。",
    "尽量保留精确值，到最后再化简，避免中途四舍五入带来误差。",
    "还要考虑题目里有没有限制条件，比如定义域或者要求结果为正数。",
    "再读一遍题，确保回答的正是题目所问的量，而不是某个中间量。",
    "列出已知量和未知量，检查每个条件是否都用上了。",
    "这里常见的错误是把所求的量弄混，所以我把每个量都标清楚。",
]


EN_LONG = [
    "Before finalising, I want to approach it from a slightly different angle. If I had made an arithmetic slip, the most likely place would be in combining the intermediate results, so I'll recompute that combination slowly, digit by digit, rather than trusting the first pass. Doing that, the numbers line up with what I had.",
    "Let me think about whether the answer format matters. The question does not ask for a decimal approximation unless the context makes it natural, so I'll keep the exact form and mention an equivalent form only if it helps the reader. I also want to make sure I am not accidentally answering a neighbouring question.",
    "One more consideration: sometimes these problems include a detail that looks irrelevant but actually changes the result. Going through the statement sentence by sentence, every number and condition has been accounted for in the work above, and nothing has been used twice.",
    "I could also estimate roughly to catch gross errors. A quick mental estimate gives something in the same ballpark as my computed value, so at least the order of magnitude is right, and the exact computation above then pins it down precisely.",
    "Actually, let me reconsider the whole approach once more. Is there a simpler method that would confirm this? Working backwards from the result to the given data reproduces the conditions in the problem, which is a good sign that nothing was lost along the way.",
]
ZH_LONG = [
    "在下结论之前，我想换一个角度再看一遍。如果有计算失误，最可能出在把中间结果合并的那一步，所以我把这一步一位一位地重新算，而不是相信第一遍的结果。重新算下来，数字和之前一致，没有问题。",
    "再想想答案的形式是否有要求。题目没有要求给出近似小数，所以保留精确形式就可以；如果有等价的写法，只在有助于理解时顺带一提。同时我也要确认自己没有回答成一个相邻的、相似但不同的问题。",
    "还有一点需要考虑：这类题有时会包含一个看似无关、实则影响结果的细节。我逐句重读题干，上面的推导已经用到了每一个数据和条件，而且没有哪个条件被重复使用，这说明思路是完整的。",
    "也可以先粗略估算一下，排除明显的错误。心算估计出的结果和精确计算的结果在同一个量级，说明大方向没错，而上面的精确计算则把结果确定了下来，两者互相印证。",
    "其实我还想把整体思路再审视一遍。有没有更简单的方法可以验证？从结果出发倒推回已知条件，能够还原题目中给出的各个数据，这说明推导过程中没有遗漏或者多算的地方。",
    "另外，从题目的背景来看，这个结果也是合理的，没有出现负数、超出范围或者与常识不符的情况。为了稳妥起见，我把关键的一步在草稿上重新写了一遍，得到的中间量与前面完全相同。",
    "我再从头梳理一遍题目给出的信息：每一个数字代表什么、单位是什么、它们之间是什么关系。把这些写清楚之后，再对照上面的计算过程，可以看到每一步都有依据，并不是凭感觉得出的。",
    "有时候题目会故意设置一些干扰信息，让人误以为需要用到某个条件。我检查了一下，上面用到的条件都是必要的，没有被干扰项带偏，也没有漏掉真正需要的条件。",
    "为了避免粗心，我把最后一步的计算用另一种顺序重新做了一次：先算后面的部分，再和前面的部分合并。两种顺序得到的结果相同，这进一步说明计算是可靠的。",
    "考试中这类题的评分通常看最后的结论是否准确，所以结论一定要写清楚、写完整。我会在最后明确给出答案，并确保它和推导过程中得到的结果一致，不出现前后矛盾。",
    "回顾一下整个解题过程：先明确所求，再列出已知条件，然后按步骤计算，最后检验。每一步之间的衔接都是清楚的，没有跳步，也没有把单位或符号弄错，可以比较放心地给出结论。",
]


def think(rng, lang, q, steps, n_fill=2, recheck=None):
    """Build a <think> trace from steps with reflection and filler."""
    op = EN_OPEN if lang == "en" else ZH_OPEN
    rf = EN_REFLECT if lang == "en" else ZH_REFLECT
    fl = EN_FILL if lang == "en" else ZH_FILL
    qs = q if len(q) < 400 else q[:400] + "..."
    parts = [rng.choice(op).format(q=qs)]
    fills = rng.sample(fl, min(n_fill, len(fl)))
    lg = EN_LONG if lang == "en" else ZH_LONG
    fills += rng.sample(lg, rng.randint(2, 3) if lang == "en" else rng.randint(9, 10))
    rng.shuffle(fills)
    refl = rng.sample(rf, 3)
    for i, s in enumerate(steps):
        parts.append(s)
        if i == 0 and fills:
            parts.append(fills.pop())
        if i == len(steps) // 2:
            parts.append(refl[0])
    parts.extend(fills)
    parts.append(refl[1])
    for s in (recheck or steps)[-2:]:
        parts.append(("Re-checking: " if lang == "en" else "复核：") + s)
    parts.append(refl[2])
    sep = "\n\n" if rng.random() < 0.6 else "\n"
    return sep.join(parts)


def present(rng, lang, ans, style=None, mc=False):
    """Final-answer sentence in one of many styles; returns (style, text)."""
    en = [
        "box", "bold", "final", "start", "middle", "table", "list", "therefore"]
    zh = ["box", "bold", "daan", "start", "middle", "table", "list", "guxuan" if mc else "suoyi"]
    st = style or rng.choice(en if lang == "en" else zh)
    if lang == "en":
        t = {
            "box": "The answer is $\\boxed{%s}$." % ans,
            "bold": "So the answer is **%s**." % ans,
            "final": "Final answer: %s" % ans,
            "start": "%s is the answer, based on the work above." % ans,
            "middle": "Putting everything together, the result comes out to %s, which is what the question asks for." % ans,
            "table": "| Quantity | Value |\n|---|---|\n| Final answer | %s |" % ans,
            "list": "- Method: as shown above\n- Checked: yes\n- **Answer: %s**" % ans,
            "therefore": "Therefore, the answer is %s." % ans,
        }[st]
    else:
        t = {
            "box": "答案为 $\\boxed{%s}$。" % ans,
            "bold": "所以答案是 **%s**。" % ans,
            "daan": "答案：%s" % ans,
            "start": "%s 就是本题的答案，依据见上面的推导。" % ans,
            "middle": "综合以上各步，结果为 %s，这正是题目所求。" % ans,
            "table": "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % ans,
            "list": "- 方法：见上\n- 已检验：是\n- **答案：%s**" % ans,
            "guxuan": "故选 %s。" % ans,
            "suoyi": "所以，最终结果是 %s。" % ans,
        }[st]
    return st, t


def recap(rng, lang, ans):
    if lang == "en":
        return rng.choice([
            "\n\nTo recap: the answer is %s.",
            "\n\nIn short, %s.",
            "\n\n(Restating for clarity: %s.)",
            "\n\nSummary: after checking every step, I'm confident the result is %s.",
        ]) % ans
    return rng.choice([
        "\n\n总结一下：答案是 %s。",
        "\n\n简而言之，%s。",
        "\n\n（再强调一次：%s。）",
        "\n\n小结：每一步都检查过，结果为 %s。",
    ]) % ans


def summary_head(rng, lang):
    if lang == "en":
        return rng.choice(["**Solution**\n\n", "Here is the solution.\n\n", "", "### Answer\n\n", "Summary of the reasoning:\n\n"])
    return rng.choice(["**解答**\n\n", "下面给出解答。\n\n", "", "### 解\n\n", "推理过程小结：\n\n"])


def frac_tex(f, style="frac"):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    n, d = abs(f.numerator), f.denominator
    if style == "slash":
        return "%s%d/%d" % (s, n, d)
    if style == "dfrac":
        return "%s\\dfrac{%d}{%d}" % (s, n, d)
    return "%s\\frac{%d}{%d}" % (s, n, d)


def dec_str(f):
    """Exact terminating decimal string of a Fraction, or None."""
    f = Fraction(f)
    d = f.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return None
    k = 0
    while (f * 10 ** k).denominator != 1:
        k += 1
    v = f * 10 ** k
    neg = v < 0
    digits = str(abs(v.numerator)).rjust(k + 1, "0")
    s = digits if k == 0 else digits[:-k] + "." + digits[-k:]
    return ("-" if neg else "") + s


def money(x):
    return "$%s" % format(Fraction(x).numerator / Fraction(x).denominator, ",.2f")
