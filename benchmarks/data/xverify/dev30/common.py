"""Shared helpers: exact formatting and long reasoning-trace assembly (stdlib only)."""
import math
from fractions import Fraction as F


def L(lang, en, zh):
    return zh if lang == "zh" else en


def sqrt_simplify(n):
    """Return (k, m) with sqrt(n) = k*sqrt(m), m squarefree."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def ftex(fr, style="frac"):
    fr = F(fr)
    if fr.denominator == 1:
        return str(fr.numerator)
    sign = "-" if fr < 0 else ""
    a, b = abs(fr.numerator), fr.denominator
    if style == "slash":
        return f"{sign}{a}/{b}"
    if style == "mixed" and a > b:
        return f"{sign}{a // b}\\frac{{{a % b}}}{{{b}}}"
    if style == "decimal":
        return sign + dec(F(a, b))
    return f"{sign}\\{style}{{{a}}}{{{b}}}"


def terminating(fr):
    d = F(fr).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec(fr):
    fr = F(fr)
    s = "-" if fr < 0 else ""
    fr = abs(fr)
    ip = fr.numerator // fr.denominator
    rem = fr - ip
    digits = ""
    while rem and len(digits) < 8:
        rem *= 10
        d = rem.numerator // rem.denominator
        digits += str(d)
        rem -= d
    return s + str(ip) + ("." + digits if digits else "")


def rad_tex(k, m, unicode=False):
    """k*sqrt(m) in tex (k integer, may be negative)."""
    if m == 1:
        return str(k)
    sign = "-" if k < 0 else ""
    k = abs(k)
    r = f"√{m}" if unicode else f"\\sqrt{{{m}}}"
    return f"{sign}{'' if k == 1 else k}{r}"


def poly_tex(coeffs, var="x"):
    """coeffs high->low integers."""
    n = len(coeffs) - 1
    out = ""
    for i, c in enumerate(coeffs):
        p = n - i
        if c == 0:
            continue
        sgn = "-" if c < 0 else "+"
        a = abs(c)
        if p == 0:
            body = str(a)
        else:
            body = ("" if a == 1 else str(a)) + var + ("" if p == 1 else f"^{p}")
        if not out:
            out = ("-" if c < 0 else "") + body
        else:
            out += f" {sgn} {body}"
    return out or "0"


def signed(v):
    v = F(v)
    return f"+ {ftex(v)}" if v >= 0 else f"- {ftex(-v)}"


# ---------------------------------------------------------------- trace text pools
FILL_EN = [
    "Hmm, let me slow down here, because this is exactly the kind of step where a sign slips.",
    "Let me re-check that computation term by term before moving on.",
    "Wait, I should make sure I am answering the question that was actually asked, not a nearby one.",
    "Okay, that seems consistent. Still, I want to verify it a second way.",
    "Actually, let me redo this part more carefully; I went a bit fast.",
    "Hmm, is there any condition in the problem that I have not used yet? Let me reread it.",
    "Let me sanity-check the magnitude: the result should not be wildly larger than the inputs.",
    "Another way to think about it is to plug the result back in and see whether everything matches.",
    "I recall that problems like this often hide a trap with the endpoints or with the sign, so let me look again.",
    "Let me write the intermediate values down explicitly so I do not lose track of them.",
    "Wait, did I simplify fully? It is easy to leave a common factor in there.",
    "Hmm, fine. The arithmetic checks out when I redo it in a different order.",
    "So far so good. Let me also consider whether there is a cleaner closed form.",
    "I think the setup is right. Now the remaining work is mostly careful algebra.",
    "Let me double check by estimating numerically; the decimal approximation should agree.",
    "Hmm, maybe there is a slicker approach, but the direct computation is safer here.",
    "Let me recount the terms; I do not want an off-by-one error to sneak in.",
    "Wait, the problem says exact value, so I should keep radicals and fractions rather than decimals in the final form.",
    "Let me think about whether any special case breaks this argument. I do not think so.",
    "Okay, let me organize what I have so far before going further.",
]
FILL_ZH = [
    "嗯，这一步很容易出现符号错误，我放慢一点再算一遍。",
    "等等，我要确认自己回答的是题目真正问的量。",
    "让我再检查一下刚才的计算，逐项核对。",
    "好，结果看起来是一致的，不过我想换一种方法再验证一下。",
    "其实这里我算得有点快，重新仔细推一遍。",
    "题目里还有没有没用到的条件？我再读一遍题。",
    "把结果代回原式检验一下，看是否完全吻合。",
    "这类题常常在端点或者正负号上设陷阱，要特别小心。",
    "把中间结果都写清楚，免得后面弄混。",
    "化简彻底了吗？有时候会漏掉公因式。",
    "用数值近似估算一下，应该和精确值一致。",
    "思路应该没问题，剩下的主要是仔细的代数运算。",
    "嗯，也许有更巧妙的方法，但直接计算更稳妥。",
    "再数一遍各项，避免多算或少算一项。",
    "题目要求精确值，最后结果要保留根号和分数形式。",
    "想想有没有特殊情况会让这个推理失效，应该没有。",
    "先把目前得到的结果整理一下，再往下做。",
    "等一下，定义域或者取值范围有没有限制？看一下，没有额外限制。",
]
OPEN_EN = [
    "Okay, let me try to figure out this problem step by step.",
    "Alright, so I need to solve this. Let me first restate what is given.",
    "Let me start by understanding what the problem is asking.",
    "Okay, so the problem is asking me to compute something specific. Let me read it carefully.",
]
OPEN_ZH = [
    "好的，我来一步一步分析这道题。",
    "嗯，先把题目条件整理一下。",
    "我先理解一下题目要求的是什么。",
]
RECHECK_EN = [
    "Wait, that doesn't look right. Let me re-check the last step.",
    "Hmm, hold on. I think I made an arithmetic slip somewhere. Let me go back.",
    "Wait, let me re-check. Something is off with that value.",
]
RECHECK_ZH = ["等等，这个结果好像不对，我再检查一下最后一步。", "嗯，不对，前面可能算错了，回头看看。"]
DOUBT_EN = [
    "Hmm, wait. Let me reconsider. Maybe I misapplied the formula at the very end.",
    "Hmm, actually, wait. I am not sure about that final step. Let me redo it.",
]
DOUBT_ZH = ["嗯，等一下，最后一步公式可能用错了，我重新想想。", "不对，再想想最后这一步。"]


def _fill(rng, lang, n):
    pool = FILL_ZH if lang == "zh" else FILL_EN
    return rng.sample(pool, min(n, len(pool)))


def box_final(rng, lang, ans):
    if lang == "zh":
        return rng.choice([
            f"综上所述，答案为 $\\boxed{{{ans}}}$。",
            f"故答案为 $\\boxed{{{ans}}}$。",
            f"所以最终答案是 $\\boxed{{{ans}}}$。",
        ])
    return rng.choice([
        f"**Final Answer**\n\\[\n\\boxed{{{ans}}}\n\\]",
        f"So the final answer is $\\boxed{{{ans}}}$.",
        f"</think>\n\nTherefore, the answer is $\\boxed{{{ans}}}$.",
    ])


def words_final(rng, lang, ans):
    if lang == "zh":
        return rng.choice([f"所以答案为 ${ans}$。", f"综上所述，答案是 ${ans}$。"])
    return rng.choice([f"Therefore, the answer is ${ans}$.", f"So the answer is ${ans}$, and I am confident in it now."])


def build_trace(rng, lang, steps, mode, right, wrong, target=None):
    """Assemble a long reasoning trace ending according to `mode`.

    right/wrong are answer strings (tex, no $). Modes:
    plain, words, self_correct, two_box_right, flip_wrong, two_box_wrong, hedge, no_final, plain_wrong
    """
    zh = lang == "zh"
    target = target or rng.randint(1150, 2600 if not zh else 1300)
    parts = [rng.choice(OPEN_ZH if zh else OPEN_EN)]
    fills = _fill(rng, lang, 12)
    for i, s in enumerate(steps):
        parts.append(s)
        if i % 2 == 1 and fills:
            parts.append(fills.pop())
    body_len = sum(len(p) for p in parts)
    while body_len < target * 0.7 and fills:
        f = fills.pop()
        parts.insert(rng.randint(1, len(parts)), f)
        body_len += len(f)
    recheck = rng.choice(RECHECK_ZH if zh else RECHECK_EN)
    doubt = rng.choice(DOUBT_ZH if zh else DOUBT_EN)
    if mode == "plain":
        parts.append(L(lang, f"So the result is ${right}$. Let me verify once more... yes, that holds.", f"所以结果是 ${right}$。再验证一遍……没问题。"))
        parts.append(box_final(rng, lang, right))
    elif mode == "plain_wrong":
        parts.append(L(lang, f"So the result is ${wrong}$. Let me verify once more... yes, I am fairly sure.", f"所以结果是 ${wrong}$。再验证一遍……应该没问题。"))
        parts.append(box_final(rng, lang, wrong))
    elif mode == "words":
        parts.append(L(lang, "Let me verify by substituting back. Everything is consistent.", "代回检验，全部吻合。"))
        parts.append(words_final(rng, lang, right))
    elif mode == "self_correct":
        parts.append(L(lang, f"So I get ${wrong}$.", f"于是得到 ${wrong}$。"))
        parts.append(recheck)
        parts.append(L(lang, "Yes, I dropped something in the simplification. Redoing it carefully with every term written out:",
                       "对，化简时漏掉了东西。把每一项写出来重新算："))
        parts.append(L(lang, f"Now it comes out to ${right}$, which also passes the check.", f"这次得到 ${right}$，检验也通过了。"))
        parts.append(box_final(rng, lang, right))
    elif mode == "two_box_right":
        parts.append(L(lang, f"So the answer would be $\\boxed{{{wrong}}}$.", f"所以答案是 $\\boxed{{{wrong}}}$。"))
        parts.append(recheck)
        parts.append(L(lang, "I see, the earlier line had an error. Correcting it:", "原来前面有一处错误，更正如下："))
        parts.append(L(lang, f"The corrected final answer is $\\boxed{{{right}}}$.", f"更正后的最终答案为 $\\boxed{{{right}}}$。"))
    elif mode == "flip_wrong":
        parts.append(L(lang, f"So it looks like the answer is ${right}$.", f"看起来答案是 ${right}$。"))
        parts.append(doubt)
        parts.append(L(lang, "Yes, I think I should adjust the last step.", "对，最后一步应该调整一下。"))
        parts.append(L(lang, f"After adjusting, I get ${wrong}$.", f"调整后得到 ${wrong}$。"))
        parts.append(box_final(rng, lang, wrong))
    elif mode == "two_box_wrong":
        parts.append(L(lang, f"So the answer is $\\boxed{{{right}}}$.", f"所以答案是 $\\boxed{{{right}}}$。"))
        parts.append(doubt)
        parts.append(L(lang, f"On reflection, the final answer should be $\\boxed{{{wrong}}}$.", f"重新考虑后，最终答案应为 $\\boxed{{{wrong}}}$。"))
    elif mode == "hedge":
        a, b = (right, wrong) if rng.random() < 0.5 else (wrong, right)
        parts.append(L(lang, f"I keep getting two candidates, ${a}$ and ${b}$, depending on how I read the last step.",
                       f"根据最后一步的不同理解，我得到两个候选：${a}$ 和 ${b}$。"))
        parts.append(L(lang, f"I cannot fully decide, so the answer is either ${a}$ or ${b}$.",
                       f"无法完全确定，答案是 ${a}$ 或 ${b}$。"))
    elif mode == "no_final":
        parts.append(L(lang, f"At one point I had ${right}$, but then another route gave ${wrong}$.",
                       f"一开始我得到 ${right}$，但另一种做法得到 ${wrong}$。"))
        parts.append(L(lang, "Hmm, these cannot both be right. Let me set the whole thing up again from scratch and track every term... "
                       "Let me define the quantities again and",
                       "这两个不可能同时成立。我从头重新设定，逐项追踪……先重新定义各个量，然后"))
    else:
        raise ValueError(mode)
    return "\n\n".join(parts)


CORRECT_MODES = [("plain", 0.55), ("words", 0.12), ("self_correct", 0.18), ("two_box_right", 0.15)]
WRONG_MODES = [("plain_wrong", 0.55), ("flip_wrong", 0.15), ("two_box_wrong", 0.12), ("hedge", 0.1), ("no_final", 0.08)]
MODE_TAG = {"self_correct": "self_correct_to_right", "two_box_right": "two_boxes_last_right",
            "flip_wrong": "flip_right_to_wrong", "two_box_wrong": "two_boxes_last_wrong",
            "hedge": "hedge_two_answers", "no_final": "no_final_answer"}


def pick_mode(rng, correct):
    modes = CORRECT_MODES if correct else WRONG_MODES
    x = rng.random()
    acc = 0
    for m, w in modes:
        acc += w
        if x < acc:
            return m
    return modes[0][0]


def close(a, b):
    return a is not None and b is not None and abs(a - b) < 1e-9 * max(1, abs(a), abs(b))
