"""Shared helpers for the dev43 symbolic-answer set (standard library only)."""

FILL = {
    "en": {
        "physics": [
            "Let me check the units. Every factor in the expression must combine to give the dimension of the requested quantity, and writing out the base units (kg, m, s) confirms that they combine correctly here.",
            "A quick sanity check on the structure: making the driving quantity larger should make the result larger, and the expression has exactly that monotonic behaviour.",
            "The problem asks for the answer in terms of the given symbols, so I will not substitute numbers; I only need to keep track of the constants and the exponents.",
            "I am treating the situation as idealized: no air resistance, no friction losses beyond what is stated, and massless strings or rods where relevant.",
            "It is easy to drop a factor of 2 or a factor of pi in problems like this one, so I will re-derive the key relation from first principles instead of quoting it from memory.",
            "Energy conservation and Newton's second law should give the same relation here; I will use whichever one is shorter and keep the other as a check.",
            "Let me also think about a limiting case. If the restoring or driving parameter goes to zero, the result should blow up or vanish in the physically sensible direction, and it does.",
            "I need to be careful not to confuse the symbols given in the statement with similar-looking standard ones, so I will keep exactly the notation of the problem.",
        ],
        "calculus": [
            "I should be careful with the chain rule, because the inner function is not simply x, and forgetting the inner derivative is the most common slip here.",
            "Let me double check by differentiating my result back: the derivative should reproduce the integrand (or the original function should be recovered) term by term.",
            "Signs are the usual danger point in integration by parts, so I will write u, du, v and dv explicitly before combining anything.",
            "The expression can be written in several equivalent ways, for example by factoring out a common exponential or by combining fractions; any of those forms is the same function.",
            "For the limit, I can use a Taylor expansion around the point instead of L'Hopital's rule; both should give the same value, which is a good consistency check.",
            "I will keep exact values such as e, ln 2 and pi instead of decimals, because the problem expects an exact answer.",
            "Let me evaluate the boundary terms carefully: the upper limit minus the lower limit, with each term evaluated separately.",
            "Before finalizing I want to confirm that no absolute value or domain restriction changes the result for the values in question.",
        ],
        "algebra": [
            "Let me double check the sign of each term, because moving terms across the equals sign is where errors usually creep in.",
            "I can verify the simplification by plugging in a convenient test value for each letter and comparing both sides numerically.",
            "The problem states that all letters are positive, so the root and logarithm manipulations are valid without extra absolute values.",
            "Different but equivalent forms are possible (factored versus expanded, terms in another order), so I will simply present one clean form.",
            "I must remember the excluded values where a denominator would vanish; they do not change the simplified expression itself.",
            "Using exponent rules: multiplying powers adds exponents, a power of a power multiplies them, and a negative exponent means a reciprocal.",
            "Let me re-read the question once more to be sure which variable I am supposed to isolate.",
            "Trigonometric identities such as sin 2x = 2 sin x cos x and tan x = sin x / cos x can be used to rewrite the result without changing its value.",
        ],
        "recall": [
            "This is a terminology question rather than a computation, so the main risk is confusing two closely related names.",
            "Several neighbouring quantities have similar-sounding units or names, so I will go through the candidates one at a time.",
            "I can cross-check by recalling a defining equation: the quantity in question appears in a standard textbook formula, and the name attached to it there should match.",
            "It also helps to recall the historical context in which the name was introduced, since names are usually attached to the person or idea that motivated them.",
            "Let me make sure I am not mixing up the quantity with its unit, or the unit with the symbol used for it.",
        ],
        "general": [
            "Let me re-read the problem statement carefully to make sure I am answering exactly what is being asked, and not a related quantity.",
            "I'll organize the work step by step so that each transformation can be checked independently.",
            "Okay, let me slow down and recheck the previous line before moving on, since one small slip would propagate to the end.",
            "So far everything is consistent; now I just need to combine the pieces into the final expression.",
        ],
    },
    "zh": {
        "physics": [
            "先检查一下量纲：表达式中各个因子组合后必须得到所求物理量的量纲，把基本单位（千克、米、秒）逐一写出来，可以确认它们确实匹配。",
            "再做一个结构上的合理性检查：驱动量增大时结果应当增大，这个表达式正好具有这样的单调性。",
            "题目要求用给定的字母表示结果，所以不需要代入数值，只要注意常数因子和指数不要出错即可。",
            "这里按理想情况处理：不计空气阻力，不计题目没有提到的摩擦损失，绳子和杆视为轻质。",
            "这类题目很容易漏掉一个因子 2 或者一个因子 π，所以我从基本原理重新推导关键关系，而不是凭记忆直接套用公式。",
            "用能量守恒和牛顿第二定律应该得到同样的关系，我用较简洁的一种方法，另一种留作检验。",
            "再看一个极限情形：当相关参数趋于零时，结果应该朝着物理上合理的方向变化，这里确实如此。",
        ],
        "calculus": [
            "这里要注意链式法则，内层函数不是单纯的 x，漏掉内层函数的导数是最常见的错误。",
            "把结果再求导验算一下：导数应该逐项还原出被积函数，或者还原出原来的函数。",
            "分部积分时符号最容易出错，所以我先把 u、du、v、dv 分别写清楚，再进行组合。",
            "这个结果可以写成多种等价形式，比如提出公共的指数因子或者通分，这些形式表示的是同一个函数。",
            "求极限时也可以用泰勒展开代替洛必达法则，两种方法应当得到相同的值，这是很好的一致性检验。",
            "题目要求精确值，所以保留 e、ln 2、π 这些精确形式，而不用小数近似。",
            "代入上下限时要仔细：上限处的值减去下限处的值，每一项分别计算。",
        ],
        "algebra": [
            "逐项检查符号，因为把项移到等号另一边时最容易出错。",
            "可以给每个字母代入一个方便的检验值，比较两边的数值来验证化简是否正确。",
            "题目说明所有字母都是正数，所以根式和对数的变形都成立，不需要额外加绝对值。",
            "结果可以有不同但等价的写法（因式分解形式或展开形式、各项顺序不同），这里给出一种简洁的形式即可。",
            "指数运算法则：同底数幂相乘指数相加，幂的乘方指数相乘，负指数表示倒数。",
            "再读一遍题目，确认需要解出的是哪一个变量。",
            "三角恒等式如 sin 2x = 2 sin x cos x、tan x = sin x / cos x 可以用来改写结果而不改变其值。",
        ],
        "recall": [
            "这是一个概念性的问题而不是计算题，主要的风险是把两个相近的名称混淆。",
            "有几个相邻的物理量的单位或名称听起来很相似，所以我逐个排查候选项。",
            "可以通过回忆定义式来交叉验证：这个量出现在教材里的标准公式中，公式中对应的名称应当一致。",
            "回忆一下这个名称提出时的历史背景也有帮助，名称通常与提出它的人或思想有关。",
            "要确认没有把物理量和它的单位混淆，也没有把单位和它的符号混淆。",
        ],
        "general": [
            "先仔细重读题目，确保回答的正是题目所问的量，而不是与之相关的另一个量。",
            "我把过程分步写清楚，这样每一步变形都可以单独检查。",
            "好，先停下来检查上一行，因为一个小错误会一直传到最后。",
            "到目前为止一切都是一致的，现在只需要把各部分组合成最终表达式。",
            "在得出最终结论之前，我再把整个推导从头到尾快速检查一遍，确认每一步的变形都是等价的，没有遗漏条件。",
            "需要注意题目中给出的字母和记号，结果必须严格使用题目中的记号来表达，不能随意替换成别的符号。",
        ],
    },
}

INTRO = {
    "en": ["Let me work through this carefully.", "Okay, let's think about this problem step by step.",
           "We need to find the requested expression. Let me set up the problem first.",
           "Alright, I'll start by identifying what is given and what is asked."],
    "zh": ["我们来仔细分析这道题。", "好的，我们一步一步来思考这个问题。", "先整理题目中的已知条件和所求的量。",
           "首先明确已知量和待求量。"],
}


def _fill(rng, lang, domain, target, body_len):
    pool = list(FILL[lang][domain]) + list(FILL[lang]["general"])
    rng.shuffle(pool)
    out, total = [], body_len
    for s in pool:
        if total >= target:
            break
        out.append(s)
        total += len(s) + 2
    return out


def final_line(rng, lang, lhs, form, noun):
    """A closing line that states `form` as the final answer."""
    if lang == "en":
        opts = ["Therefore, the answer is $%s$." % form,
                "**Final answer:** $%s$" % form,
                "So the final result is\n\n$$\\boxed{%s}$$" % form]
        if lhs:
            opts.append("Hence $%s = %s$." % (lhs, form))
        if noun:
            opts.append("So %s is $%s$." % (noun[0], form))
    else:
        opts = ["因此，答案是 $%s$。" % form, "**最终答案：** $%s$" % form,
                "所以最终结果为\n\n$$\\boxed{%s}$$" % form]
        if lhs:
            opts.append("故 $%s = %s$。" % (lhs, form))
        if noun:
            opts.append("所以%s为 $%s$。" % (noun[1], form))
    return rng.choice(opts)


def build_output(rng, lang, domain, steps, ending, cut=False):
    """Assemble intro + interleaved steps/fillers + ending into a long reasoning text."""
    target = rng.randint(1250, 2300) if lang == "en" else rng.randint(750, 1300)
    body = [rng.choice(INTRO[lang])]
    steps = list(steps)
    base_len = sum(len(s) for s in steps) + len(ending) + len(body[0])
    fillers = _fill(rng, lang, domain, target, base_len)
    # interleave: fillers distributed between steps
    parts = body
    chunks = [[] for _ in range(len(steps) + 1)]
    for f in fillers:
        chunks[rng.randrange(len(steps) + 1)].append(f)
    for i, s in enumerate(steps):
        parts.extend(chunks[i])
        parts.append(s)
    parts.extend(chunks[-1])
    if cut:
        text = "\n\n".join(parts)
        # cut in the middle of the last sentence, no final answer
        cutpos = len(text) - rng.randint(15, 40)
        return text[:cutpos].rstrip()
    parts.append(ending)
    return "\n\n".join(parts)


def sig(x, n=3):
    """Format x with n significant figures, scientific notation for large/small values."""
    if x != 0 and (abs(x) >= 1000 or abs(x) < 0.01):
        m, e = ("%.*e" % (n - 1, x)).split("e")
        return "%s \\times 10^{%d}" % (m, int(e))
    s = "%.*g" % (n, x)
    digits = s.replace("-", "").replace(".", "").lstrip("0")
    if len(digits) < n:
        if "." not in s:
            s += "."
        s += "0" * (n - len(digits))
    return s


def record(dataset, kat, q, out, ref, label, lang, trap):
    return {"dataset": dataset, "key_answer_type": kat, "question": q, "llm_output": out,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


HEDGE = {
    "en": ["I think the result is $%s$, but it might instead be $%s$; I can't fully decide between the two.",
           "The answer is either $%s$ or $%s$, depending on how the factor is counted."],
    "zh": ["我认为结果是 $%s$，但也可能是 $%s$，两者之间我无法完全确定。",
           "答案要么是 $%s$，要么是 $%s$，取决于那个因子怎么算。"],
}
REVISE = {
    "en": "Wait, let me re-check that last step. I think I made a mistake, so let me redo it.",
    "zh": "等一下，再检查一下最后一步，我好像算错了，重新做一遍。",
}
ABANDON = {
    "en": "I'm going back and forth on this and cannot pin down the exact form of the result, so I will stop here without committing to a final answer.",
    "zh": "这里我反复推算也无法确定结果的准确形式，所以就到此为止，不给出最终答案。",
}


def T(domain, q_en, q_zh, ref, good, bad, st_en, st_zh, lhs=None, noun=None, dataset=None):
    return {"domain": domain, "q": {"en": q_en, "zh": q_zh}, "ref": ref, "good": good, "bad": bad,
            "steps": {"en": st_en, "zh": st_zh}, "lhs": lhs, "noun": noun,
            "dataset": dataset or ("physics_like" if domain == "physics" else "math_like")}


def expand(rng, t, zh_rate=0.22):
    """Turn one template into several labelled cases."""
    out = []

    def lang_pick():
        return "zh" if (t["q"]["zh"] and rng.random() < zh_rate) else "en"

    def mk(lang, ending, label, trap, cut=False, pre=None):
        steps = list(t["steps"][lang]) + (pre or [])
        text = build_output(rng, lang, t["domain"], steps, ending, cut=cut)
        return record(t["dataset"], "math", t["q"][lang], text, t["ref"], label, lang, trap)

    for form, tag in t["good"]:
        lang = lang_pick()
        out.append(mk(lang, final_line(rng, lang, t["lhs"], form, t["noun"]), "Correct", tag))
    for form, tag in t["bad"]:
        lang = lang_pick()
        out.append(mk(lang, final_line(rng, lang, t["lhs"], form, t["noun"]), "Incorrect", tag))
    g = rng.choice(t["good"])[0]
    b = rng.choice(t["bad"])[0]
    r = rng.random()
    lang = lang_pick()
    if r < 0.3:
        pair = (g, b) if rng.random() < 0.5 else (b, g)
        out.append(mk(lang, rng.choice(HEDGE[lang]) % pair, "Incorrect", "hedge_between_forms"))
    elif r < 0.5:
        out.append(mk(lang, "", "Incorrect", "cut_off_no_final", cut=True))
    elif r < 0.7:
        pre = [final_line(rng, lang, t["lhs"], b, None).replace("**Final answer:** ", "").replace("**最终答案：** ", ""),
               REVISE[lang]]
        out.append(mk(lang, final_line(rng, lang, t["lhs"], g, t["noun"]), "Correct", "self_corrected_to_right",
                      pre=pre))
    elif r < 0.85:
        pre = [final_line(rng, lang, t["lhs"], g, None).replace("**Final answer:** ", "").replace("**最终答案：** ", ""),
               REVISE[lang]]
        out.append(mk(lang, final_line(rng, lang, t["lhs"], b, t["noun"]), "Incorrect", "revised_to_wrong",
                      pre=pre))
    else:
        out.append(mk(lang, ABANDON[lang], "Incorrect", "abandoned_no_final"))
    return out
