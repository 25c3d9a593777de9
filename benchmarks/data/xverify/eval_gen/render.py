"""Output rendering: a solution is a list of paragraphs; ``Note`` marks a paragraph that is not a numbered step.

``render`` lays the paragraphs out (numbered, markdown, headed, prose) with an opener or a ``<think>`` block and a
final-answer sentence; ``dress``, ``think_version`` and ``long_think`` add restatements and re-checks; the rest are
the phrasings of hedges, refusals, "wait, actually" and truncation.
"""

from __future__ import annotations

import random

from .number_forms import mth


class Note(str):
    """A paragraph that is commentary (a second thought, a recited example), never numbered as a step."""


class Intro(Note):
    """A restatement of the question placed at the top of a solution."""


def after_intro(paras: list[str], extra: list[str]) -> list[str]:
    """Insert ``extra`` right after a leading Intro (or at the top)."""
    k = 1 if paras and isinstance(paras[0], Intro) else 0
    return list(paras[:k]) + list(extra) + list(paras[k:])


OPEN_EN = [
    "Let's solve this step by step.",
    "Let me work through this carefully.",
    "To solve this problem, I'll break it into parts.",
    "Let's think step by step.",
    "We need to find the requested quantity. Here is the reasoning.",
    "Alright, let's figure this out.",
    "",
]
OPEN_ZH = ["解：", "我们一步一步来分析。", "让我们逐步思考。", "分析：", "下面分步求解。", ""]
THINK_OPEN_EN = [
    "Okay, so I need to solve this problem. Let me read it again carefully.",
    "Alright, let me see. The question is asking for a specific value, so let me set things up.",
    "Hmm, let me think about this one.",
    "Okay, let's tackle this problem step by step.",
]
THINK_OPEN_ZH = ["嗯，我需要仔细读一下这道题。", "好的，我来想一想这道题该怎么做。", "首先，我要理解题目的意思。",
                 "嗯，让我先理清题目给出的条件。"]
THINK_CHECK_EN = [
    "Let me double-check that. ",
    "Wait, let me verify the arithmetic once more. ",
    "Let me recompute to be sure. ",
    "Just to be safe, going through it again: ",
]
THINK_CHECK_ZH = ["我再验算一遍。", "等一下，我再检查一下计算。", "为了保险起见，再核对一次：", "再算一遍确认："]
SUMMARY_EN = ["**Solution:**", "Here is the solution.", "**Step-by-step solution**", "To summarize:", ""]
SUMMARY_ZH = ["**解答：**", "整理一下解题过程：", "解题步骤如下：", ""]


def style_steps(rng: random.Random, lang: str, paras: list[str], style: str) -> str:
    """Lay out paragraphs as numbered steps, markdown steps, headed sections or prose."""
    out = []
    k = 0
    for p in paras:
        if isinstance(p, Note) or style == "prose":
            out.append(str(p))
            continue
        k += 1
        if style == "numbered":
            out.append(f"{k}. {p}")
        elif style == "md":
            out.append((f"**Step {k}:** " if lang == "en" else f"**第{k}步：** ") + p)
        elif style == "hdr":
            out.append((f"### Step {k}\n" if lang == "en" else f"### 第{k}步\n") + p)
        else:
            out.append(p)
    return "\n\n".join(out)


def render(rng: random.Random, lang: str, paras: list[str], final: str, *, style: str | None = None,
           think: list[str] | None = None, think_closed: bool = True, opener: bool = True) -> str:
    """Assemble an output. ``think`` (when given) becomes a <think> block before the visible solution."""
    style = style or rng.choice(["numbered", "md", "prose", "hdr", "plain"])
    parts = []
    if think is not None:
        tb = [rng.choice(THINK_OPEN_EN if lang == "en" else THINK_OPEN_ZH)]
        tb += [str(t) for t in think]
        block = "<think>\n" + "\n\n".join(tb)
        if not think_closed:
            return block
        parts.append(block + "\n</think>")
        head = rng.choice(SUMMARY_EN if lang == "en" else SUMMARY_ZH)
        if head:
            parts.append(head)
    elif opener:
        head = rng.choice(OPEN_EN if lang == "en" else OPEN_ZH)
        if head:
            parts.append(head)
    body = style_steps(rng, lang, paras, style)
    if body:
        parts.append(body)
    if final:
        parts.append(final)
    return "\n\n".join(parts)


LOWERABLE = {"The", "In", "Each", "Number", "Girls", "Per", "Over", "Total", "Distance", "Together", "Time", "Move",
             "Collect", "Simplify", "Divide", "Setting", "So", "Using", "Entry", "Multiply", "Substitute", "Subtract",
             "Factor", "Including", "Powers", "We", "They", "Then", "Her", "His", "She", "He", "Multiplying",
             "Eliminating", "On", "Saving", "After", "Let", "There", "Area", "Sorted", "Dividing", "Pipe"}


def think_version(rng: random.Random, lang: str, paras: list[str], passes: int = 1) -> list[str]:
    """A rambling <think> rendering of the same paragraphs, optionally re-checked ``passes`` extra times."""
    conn_en = ["So ", "Then ", "Okay, ", "Next, ", "Now, ", "Right, ", ""]
    conn_zh = ["那么，", "接着，", "然后，", "好，", "所以，", ""]
    out = []
    for p in paras:
        if isinstance(p, Note):
            out.append(str(p))
        else:
            c = rng.choice(conn_en if lang == "en" else conn_zh)
            low = lang == "en" and c and p.split(" ", 1)[0] in LOWERABLE
            out.append(c + (p[0].lower() + p[1:] if low else p))
    for _ in range(passes):
        chk = rng.choice(THINK_CHECK_EN if lang == "en" else THINK_CHECK_ZH)
        out.append(chk + " ".join(str(p) for p in paras if not isinstance(p, Note)))
        out.append(rng.choice(["Yes, that checks out.", "Okay, same result.", "Good, consistent."]
                              if lang == "en" else ["没错，结果一致。", "对，验算无误。", "好，结果相同。"]))
    return out


INTRO_EN = ["We are told: {q}", "Let me restate the problem. {q}",
            "Problem: {q}\n\nLet me identify what is given and what is being asked.",
            "Understanding the question: {q}", "Let me first make sure I understand the question.\n\n> {q}"]
INTRO_ZH = ["题目：{q}", "先理解题意：{q}", "已知：{q}\n\n下面分析题目中的数量关系。", "审题：{q}"]
VERIFY_EN = ["**Verification.** {s}", "Let me double-check each step. {s}", "Check: {s} Everything is consistent.",
             "Recomputing to be safe: {s}"]
VERIFY_ZH = ["**验算：**{s}", "检验：{s}计算无误。", "再核对一遍：{s}"]


def dress(rng: random.Random, lang: str, q: str, paras: list[str], p_intro: float = 0.85,
          p_verify: float = 0.6) -> list[str]:
    """Add a restatement of the question in front and a re-check of the steps at the end (each optional)."""
    out = list(paras)
    steps = [str(p) for p in paras if not isinstance(p, Note)]
    if q and rng.random() < p_intro:
        out.insert(0, Intro(rng.choice(INTRO_EN if lang == "en" else INTRO_ZH).format(q=q.strip())))
    if steps and rng.random() < p_verify:
        out.append(Note(rng.choice(VERIFY_EN if lang == "en" else VERIFY_ZH).format(s=" ".join(steps))))
    return out


REFLECT_EN = [
    "Hmm, but is there another way to read the question? Let me re-read it: \"{q}\" No, I think my reading is right.",
    "Wait, did I use the right numbers from the problem? Going back to the statement, yes, those are the given values.",
    "Let me make sure I'm answering what is actually asked and not some intermediate quantity.",
    "Okay, I think that's right, but I've made silly arithmetic mistakes before, so once more, slowly.",
    "Is there any trick hidden in the wording? I don't see one.",
    "Let me also think about whether the result is reasonable in size. It seems plausible.",
]
REFLECT_ZH = [
    "嗯，题目会不会有别的理解？再读一遍：“{q}” 不会，我的理解是对的。",
    "等一下，我用的数据是不是题目给的？回头看了一下，是的。",
    "要确认一下求的是题目问的量，而不是中间结果。",
    "应该没问题，不过我以前犯过粗心的计算错误，再慢慢算一遍。",
    "题目里有没有陷阱？好像没有。",
    "再估算一下结果的大小，看起来是合理的。",
]


def long_think(rng: random.Random, lang: str, q: str, paras: list[str], passes: int) -> list[str]:
    """An over-long R1-style think block: the solution, then several rounds of reflection and re-checking."""
    out = think_version(rng, lang, paras, 0)
    steps = " ".join(str(p) for p in paras if not isinstance(p, Note))
    pool = list(REFLECT_EN if lang == "en" else REFLECT_ZH)
    rng.shuffle(pool)
    for i in range(passes):
        out.append(pool[i % len(pool)].format(q=q.strip()))
        out.append(rng.choice(THINK_CHECK_EN if lang == "en" else THINK_CHECK_ZH) + steps)
        out.append(rng.choice(["Same result.", "Consistent again.", "Yes, it matches."] if lang == "en" else
                              ["结果一样。", "还是一致的。", "对，没错。"]))
    return out


def final_en(rng: random.Random, a: str, kind: str = "any") -> str:
    """A final-answer sentence for a math/short answer ``a`` (already formatted)."""
    ma = mth(a)
    boxed = [
        f"Therefore, the final answer is $\\boxed{{{a}}}$.",
        f"**Final Answer**\n\n$$\\boxed{{{a}}}$$",
        f"So the answer is $\\boxed{{{a}}}$.",
        f"\\[\n\\boxed{{{a}}}\n\\]",
        f"The final answer is $\\boxed{{{a}}}$. I hope it is correct.",
    ]
    plain = [
        f"The answer is {ma}.",
        f"The answer is ${a}$.",
        f"**Final Answer:** {ma}",
        f"So the answer is **{ma}**.",
        f"Final answer: {ma}",
        f"Hence, the result is ${a}$.",
        f"Thus, the answer should be {ma}.",
        f"Therefore, the answer is {ma}.",
        f"#### {a}",
    ]
    pool = boxed if kind == "boxed" else plain if kind == "plain" else boxed + plain
    return rng.choice(pool)


def final_zh(rng: random.Random, a: str, kind: str = "any") -> str:
    ma = mth(a)
    boxed = [
        f"综上所述，最终答案为 $\\boxed{{{a}}}$。",
        f"所以答案是 $\\boxed{{{a}}}$。",
        f"**最终答案**\n\n$\\boxed{{{a}}}$",
    ]
    plain = [
        f"答案是{ma}。",
        f"所以答案为{ma}。",
        f"因此，结果是{ma}。",
        f"故答案为：{ma}",
        f"最终答案：{ma}",
        f"The answer is {ma}.",
    ]
    pool = boxed if kind == "boxed" else plain if kind == "plain" else boxed + plain
    return rng.choice(pool)


def final(rng: random.Random, lang: str, a: str, kind: str = "any") -> str:
    return final_en(rng, a, kind) if lang == "en" else final_zh(rng, a, kind)


def hedge(rng: random.Random, lang: str, a: str, b: str) -> str:
    if rng.random() < 0.5:
        a, b = b, a
    if lang == "en":
        return rng.choice([
            f"So the answer is either {a} or {b}; I can't fully decide between them.",
            f"The answer is {a} or {b}.",
            f"I get {a} with one reading of the problem and {b} with the other, so the answer is {a} or {b}.",
            f"It could be {a}, but it might also be {b}. Both seem plausible.",
            f"Final answer: {a} (or possibly {b}).",
        ])
    return rng.choice([
        f"所以答案可能是{a}，也可能是{b}。",
        f"答案是{a}或{b}。",
        f"按一种理解得{a}，按另一种理解得{b}，两者都有可能。",
    ])


def refusal(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice([
            "I'm sorry, but I can't determine the answer from the information given.",
            "This problem seems to be missing some information, so it cannot be solved uniquely. "
            "Could you clarify the question?",
            "I am not able to answer this question with confidence.",
            "I don't know.",
            "Without more context I cannot give a definitive answer here.",
        ])
    return rng.choice(["抱歉，题目条件不足，无法求出答案。", "这道题我无法确定答案。", "我不知道。",
                       "题目信息不完整，无法作答，请补充条件。"])


def wait_en(rng: random.Random) -> str:
    return rng.choice(["Wait, actually, ", "Hmm, wait, ", "Wait — ", "Hold on, ", "Hmm, actually, "])


def wait_zh(rng: random.Random) -> str:
    return rng.choice(["等等，", "不对，", "嗯，等一下，", "再想一想，"])


def repeat_until(text: str, n_chars: int) -> str:
    out = ""
    while len(out) < n_chars:
        out += text
    return out[:n_chars]


def cut_before(text: str, avoid: str, rng: random.Random) -> str:
    """Truncate mid-text, at a word boundary, before the first occurrence of ``avoid`` in the last 60%."""
    lo = int(len(text) * 0.45)
    hi = len(text) - 5
    i = text.find(avoid, lo) if avoid else -1
    if i != -1:
        hi = min(hi, i)
    if hi <= lo:
        hi = lo + 1
    pos = rng.randint(lo, hi)
    while pos > lo and text[pos - 1] not in " \n":
        pos -= 1
    return text[:pos].rstrip()
