"""Shared helpers: voices, answer placements, output modes."""
from fractions import Fraction
import math

VOICES_EN = ["r1", "qwq", "o1", "llama", "kimi", "claude", "glm"]
VOICES_ZH = ["r1", "qwq", "glm", "kimi", "o1"]

INTRO_EN = {
    "r1": ["Okay, let's see. This is a problem about {g}. I need to be careful with each step.",
           "Alright, so I need to figure this out — it's about {g}. Let me start by writing down what is given."],
    "qwq": ["Okay, so I have this problem here, about {g}. Hmm, let me think about how to approach it.",
            "Let me try to understand the question first. It's about {g}. Hmm, okay."],
    "o1": ["**Understanding the task** — the question concerns {g}.", "**Goal.** Work out the answer to a question about {g}."],
    "llama": ["To solve this problem, we need to follow a few steps. The topic is {g}.",
              "Let's break this down step by step. This question is about {g}."],
    "kimi": ["Let me carefully analyze this. The task concerns {g}, and I'll work through it methodically.",
             "First, let me identify the type of problem: {g}."],
    "claude": ["I'll work through this carefully. The question is essentially about {g}.",
               "Let me think about what's being asked here — this comes down to {g}."],
    "glm": ["Let us analyse the problem, which concerns {g}.", "Analysis: this question is about {g}."],
}
INTRO_ZH = {
    "r1": ["嗯，我现在要解决这个问题，这是一道{g}的题。我得一步一步仔细来。", "好的，我来看一下这道题，考的是{g}。"],
    "qwq": ["嗯，这道题看起来不算难，考查的是{g}，不过还是要仔细。让我想想怎么入手。",
            "好，我先理解一下题意，这是关于{g}的问题。嗯，先把已知条件列出来。"],
    "glm": ["【分析】本题考查{g}。", "解题思路：本题属于{g}类问题，下面逐步求解。"],
    "kimi": ["我们来仔细分析这道题，它考的是{g}。我会有条理地一步步推导。", "首先判断题型：{g}。"],
    "o1": ["**题意理解**：本题考查{g}。", "**目标**：解决一道{g}的问题。"],
}
RECHECK_EN = ["Wait, let me double-check that.", "Hmm, let me verify this before moving on.",
              "Let me re-check the arithmetic to be safe.", "Actually, hold on — let me make sure I didn't slip.",
              "Before I commit, a quick sanity check.", "Let me go back over this once more."]
RECHECK_ZH = ["等等，我再检查一下。", "嗯，先验算一遍。", "稍等，我再核对一下计算。", "慢着，确认一下有没有算错。",
              "回头再看一遍，以免出错。"]
OK_EN = ["Yes, that holds up.", "Good, consistent.", "Okay, that checks out.", "Right, that's consistent with before.",
         "So nothing changes."]
OK_ZH = ["没错，结果一致。", "好，验证通过。", "对的，没有问题。", "嗯，和前面一致。"]
FLIP_EN = ["Wait, actually I think I misread something. Let me redo this differently.",
           "Hmm, wait. On reflection I don't trust that result. Let me reconsider.",
           "Hold on, I think the earlier step was wrong. Reconsidering..."]
FLIP_ZH = ["等等，我好像理解错了，换个思路重新算。", "不对，刚才那一步可能有问题，我重新考虑一下。",
           "嗯……再想想，前面的结果恐怕不对。"]


def present(rng, lang, ans, kind="math"):
    """Return (tag, text) placing the final answer in one of many ways."""
    if lang == "zh":
        opts = [("boxed", "故答案为 $\\boxed{%s}$。" % ans), ("daan", "答案：%s" % ans),
                ("bold", "最终答案是 **%s**。" % ans), ("sentence_mid", "综上所述，所求结果为 %s，与验算一致。" % ans),
                ("table", "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % ans),
                ("list", "- 已知条件整理完毕\n- 计算与验算均完成\n- 结论：%s" % ans),
                ("sentence_start", "%s 即为本题的答案。" % ans)]
        if kind == "mc":
            opts += [("guxuan", "故选 %s。" % ans), ("guxuan", "故选：%s" % ans)]
    else:
        opts = [("boxed", "$$\\boxed{%s}$$" % ans), ("bold", "**Final answer: %s**" % ans),
                ("final_line", "Final answer: %s" % ans), ("bold_inline", "The answer is **%s**." % ans),
                ("table", "| Item | Value |\n|---|---|\n| Final answer | %s |" % ans),
                ("list", "- Setup: done\n- Computation: verified\n- Answer: %s" % ans),
                ("sentence_start", "%s — that is what the question asks for, so that's my answer." % ans),
                ("sentence_mid", "Putting everything together, the result is %s, which agrees with the check above." % ans),
                ("boxed_inline", "So the answer is $\\boxed{%s}$." % ans)]
    return rng.choice(opts)


def hedge_text(rng, lang, a, b):
    if lang == "zh":
        return rng.choice(["答案可能是 %s，也可能是 %s，两者我无法完全确定。" % (a, b),
                           "结论：%s 或 %s（两种理解都说得通）。" % (a, b),
                           "我倾向于 %s，但 %s 也有可能，暂且两个都写上：%s / %s。" % (a, b, a, b)])
    return rng.choice(["So the answer is either %s or %s, depending on interpretation." % (a, b),
                       "**Final answer: %s or %s** — I can't fully decide between them." % (a, b),
                       "My best guess is %s, though %s is also plausible; I'll list both: %s / %s." % (a, b, a, b)])


def abandon_text(rng, lang):
    if lang == "zh":
        return rng.choice(["这道题的条件似乎不够，我无法给出确定的答案。", "算到这里我有些乱了，暂时无法确定最终答案，抱歉。"])
    return rng.choice(["I don't think I can determine a definitive answer from this; I'll stop here.",
                       "I keep getting inconsistent results, so I won't commit to a final answer."])


def wrap(rng, lang, voice, gist, body, summary, final, think=None):
    """Assemble a full output. body: list of reasoning paragraphs; summary: list; final: closing text or None."""
    intro = rng.choice((INTRO_ZH if lang == "zh" else INTRO_EN)[voice]).format(g=gist)
    if think is None:
        think = voice in ("r1", "qwq") or (voice in ("kimi", "glm") and rng.random() < 0.5)
    inner = "\n\n".join([intro] + body)
    parts = []
    if think:
        parts.append("<think>\n" + inner + "\n</think>")
        if final is None:
            return parts[0][: -len("\n</think>")]
        parts.append("\n\n".join(summary))
    else:
        if final is None:
            return inner
        parts.append(inner)
        if True:
            head = "**总结**" if lang == "zh" else rng.choice(["**Summary**", "### Result", "In short:"])
            parts.append(head + "\n" + "\n".join(summary))
    parts.append(final)
    return "\n\n".join(parts)


def frac_str(fr, latex=False):
    fr = Fraction(fr)
    if fr.denominator == 1:
        return str(fr.numerator)
    if latex:
        s = "-" if fr < 0 else ""
        return "%s\\frac{%d}{%d}" % (s, abs(fr.numerator), fr.denominator)
    return "%d/%d" % (fr.numerator, fr.denominator)


def dec_str(fr):
    """Exact decimal if the fraction terminates, else None."""
    fr = Fraction(fr)
    d = fr.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    s = "%.10f" % float(fr)
    return s.rstrip("0").rstrip(".")


def money(x):
    return "$%s" % format(Fraction(x).numerator * 100 // Fraction(x).denominator / 100, ",.2f")


def simp_sqrt(n):
    a, b = 1, n
    k = 2
    while k * k <= b:
        while b % (k * k) == 0:
            b //= k * k
            a *= k
        k += 1
    return a, b


def sqrt_str(a, b, latex=True):
    if b == 1:
        return str(a)
    r = "\\sqrt{%d}" % b if latex else "√%d" % b
    return r if a == 1 else "%d%s" % (a, r)


def is_prime(n):
    if n < 2:
        return False
    return all(n % p for p in range(2, int(math.isqrt(n)) + 1))
