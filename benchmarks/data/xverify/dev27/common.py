"""Shared helpers for the dev27 generator (stdlib only)."""
from fractions import Fraction

EN_FILL = [
    "Before committing to anything, let me restate what is being asked so I do not answer a different question.",
    "I will keep track of units as I go, because that is where small slips usually happen.",
    "Let me re-read the problem statement once more to be sure I have every number right.",
    "It is worth pausing here to sanity-check the size of the intermediate result.",
    "I want to make sure none of the given conditions has been ignored.",
    "A quick mental estimate agrees with the order of magnitude of what I computed.",
    "I will now go over each step again, slowly, instead of trusting the first pass.",
    "Nothing in the statement suggests a trick, but I will still verify the arithmetic.",
    "At this point the main computation is done; what remains is presentation.",
    "Let me also make sure the format of the final answer matches what the question asks for.",
    "One common mistake on problems like this is to answer a closely related but different question, so I will compare my result against the exact wording.",
    "Another frequent slip is a sign or a misplaced decimal point; I will look for both explicitly rather than assume they are absent.",
    "If any intermediate number looked suspicious I would redo that step from scratch, but so far each one is consistent with the others.",
    "I also want the answer to be stated in a form that a reader can check quickly without redoing the whole derivation.",
]
ZH_FILL = [
    "在给出结论之前，我先把题目要求再复述一遍，避免答非所问。",
    "计算过程中我会注意单位，因为这里最容易出错。",
    "我再把题目中的每个数字核对一遍，确认没有抄错。",
    "这里先停一下，检查一下中间结果的数量级是否合理。",
    "我要确认题目中给出的每个条件都已经用上了。",
    "粗略估算一下，结果的大小与上面的计算一致。",
    "下面我把每一步再慢慢检查一遍，而不是只相信第一次的结果。",
    "题目看起来没有陷阱，但算术还是要再验证一次。",
    "到这里主要的计算已经完成，剩下的是整理答案的格式。",
    "这类题目常见的错误是回答了一个相近但不同的问题，所以我会把结果和题目原文逐字对照。",
    "另一个常见的失误是符号或小数点的位置，我会专门检查这两点，而不是默认它们没有问题。",
    "如果某个中间结果看起来可疑，我会从头重算那一步；目前每一步都和其他步骤相互吻合。",
    "我希望最终答案的写法能让读者不必重做整个推导就能快速核对。",
    "为了稳妥起见，下面我把关键的推理步骤按顺序重新梳理一遍，确保前后一致、没有遗漏任何条件。",
]


def pad(rng, lang, parts, final, lo=1200, hi=2400):
    """Join reasoning parts, insert neutral filler until a random target length, then append the final line."""
    fill = list(EN_FILL if lang == "en" else ZH_FILL)
    rng.shuffle(fill)
    sep = "\n\n"
    target = rng.randint(lo, hi)
    body = list(parts)
    i = 0
    while len(sep.join(body)) + len(final) < target and i < len(fill):
        pos = rng.randint(1, max(1, len(body) - 1))
        body.insert(pos, fill[i])
        i += 1
    if lang == "zh":
        target = target * 3 // 5
    if len(sep.join(body)) + len(final) < target:
        body.append("Let me recap the key steps once more:" if lang == "en" else "再把关键步骤复述一遍：")
        body.extend("- " + p for p in parts)
    return sep.join(body) + sep + final


def frac_str(f):
    f = Fraction(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def tex_frac(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)


def mixed(f):
    f = Fraction(f)
    s = "-" if f < 0 else ""
    a = abs(f)
    w, r = divmod(a.numerator, a.denominator)
    if w == 0:
        return s + "%d/%d" % (r, a.denominator)
    return "%s%d %d/%d" % (s, w, r, a.denominator)


def decimal_str(f):
    """Exact decimal; repeating part written as 0.1(6) style with an overline marker '...' too."""
    f = Fraction(f)
    s = "-" if f < 0 else ""
    n, d = abs(f.numerator), f.denominator
    ip, r = divmod(n, d)
    digits, seen = [], {}
    while r and r not in seen:
        seen[r] = len(digits)
        r *= 10
        digits.append(str(r // d))
        r %= d
    if not digits:
        return s + str(ip), False
    if not r:
        return s + "%d.%s" % (ip, "".join(digits)), False
    k = seen[r]
    return s + "%d.%s(%s)" % (ip, "".join(digits[:k]), "".join(digits[k:])), True


def repeating_forms(f):
    """Return (paren_form, expanded_form) for a repeating decimal."""
    p, _ = decimal_str(f)
    head, rep = p[:-1].split("(")
    return p, head + rep * 4 + "..."


def case(dataset, kat, question, output, ref, label, lang, trap):
    return {"dataset": dataset, "key_answer_type": kat, "question": question, "llm_output": output,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}
