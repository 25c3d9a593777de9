"""Shared helpers: R1-style trace rendering for dev47."""
from fractions import Fraction
import math

OPEN_EN = [
    "Okay, let me work through this carefully.",
    "Alright, so the question is asking for something specific; let me restate it first.",
    "Let me start by writing down what is given.",
    "Hmm, let's parse the problem before computing anything.",
    "First, I want to be sure I understand what is being asked.",
    "Okay. I'll set this up step by step and check as I go.",
    "So we need to figure this out. Let me think.",
    "Let me read the problem again slowly.",
]
OPEN_ZH = [
    "好的，我先把题目读一遍。",
    "嗯，先理清题意再动笔。",
    "我来一步一步地分析这道题。",
    "首先整理一下已知条件。",
    "好，这道题需要仔细算，我先列出已知量。",
    "让我先重述一下题目要求。",
]
REFLECT_EN = [
    "Wait, let me double-check that step.",
    "Hold on, did I read the numbers correctly? Let me look again.",
    "Let me verify this a different way, just to be safe.",
    "Actually, I should make sure I didn't drop a sign somewhere.",
    "Hmm, before moving on, let me re-derive that.",
    "Wait. Is that consistent with the constraint in the question?",
    "Let me sanity-check the magnitude of this number.",
    "I sometimes slip on this kind of arithmetic, so let me redo it.",
]
REFLECT_ZH = [
    "等等，我再检查一下这一步。",
    "稍等，数字有没有看错？再核对一遍。",
    "换一种方法验证一下。",
    "嗯，符号会不会弄错了？再算一次。",
    "等等，这和题目条件一致吗？",
    "这类计算容易出错，我重新算一下。",
]
CHECK_EN = [
    "Re-reading the question: \"{q}\" Yes, that's exactly the setup I used.",
    "Going over the computation again: {s}",
    "Plugging the intermediate values back in gives the same thing, so the arithmetic is consistent.",
    "Another way to see it: {s} Nothing changes.",
    "Let me recount from the beginning. {s} Same as before.",
    "I was worried about a units mix-up, but every quantity here is in the same units, so that's fine.",
    "Checking the edge cases: nothing in \"{q}\" suggests an exception, so the general approach applies.",
    "OK so the key relation is this one: {s} I'm fairly comfortable with it.",
    "Just to be thorough, estimating roughly first and then exactly, the two agree in size.",
    "Let me think about whether there's a trick here. Sometimes these problems hide a condition in the wording, like "
    "'at least' versus 'exactly', or a quantity that is given per unit rather than in total. Reading it once more, "
    "I don't see anything like that, so the straightforward setup should be right.",
    "Actually, let me slow down. The step I'm least sure about is this one: {s} If that were wrong, everything after "
    "it would shift. But re-deriving it from scratch gives the same expression, so I'll keep it.",
    "I could also approach this by working backwards from a candidate answer and checking that it reproduces the "
    "given data. Doing that with the value I have, the numbers line up: {s}",
    "Hmm, one more concern: am I answering the question that was actually asked, or a nearby one? The question "
    "wants exactly what it says in \"{q}\", not an intermediate quantity, so I need to report the final quantity "
    "and not something like a subtotal or a coordinate.",
    "So far the chain is: read the data, set up the relation, compute. Each link seems solid. The only place an "
    "error could sneak in is arithmetic, and I've now done that part twice.",
    "Let me write the key line again in a slightly different form to make sure it's not a transcription slip: {s} "
    "Yes, identical.",
    "A quick plausibility check: the answer should be in a sensible range given the inputs. Nothing about the size "
    "of the result looks suspicious, and the sign is what I'd expect.",
]
CHECK_ZH = [
    "再读一遍题目：“{q}” 没错，我用的就是这个条件。",
    "重新过一遍计算：{s}",
    "把中间结果代回去，结果一致，计算没有问题。",
    "换个角度看：{s} 结论不变。",
    "从头再数一遍。{s} 和之前一样。",
    "单位方面也检查了，所有量单位一致，没有问题。",
    "关键关系式是：{s} 这一步应该是对的。",
    "先粗略估算，再精确计算，两者量级吻合。",
    "这里有没有什么陷阱？比如“至少”和“恰好”的区别，或者题目给的是单价而不是总量。我又读了一遍题目，没有发现这类问题，"
    "所以按常规思路列式应该是对的。",
    "我最不放心的是这一步：{s} 如果这里错了，后面全都要改。但我从头重新推了一遍，得到的表达式一样，所以保留。",
    "也可以倒过来验证：把求出的结果代回题目条件，看能不能还原已知数据。代入后各个数都对得上：{s}",
    "还要注意：我回答的是题目真正问的量吗？题目问的是“{q}”里要求的那个量，而不是某个中间量，所以最后要报告最终结果，"
    "不能把中间结果当答案。",
    "整理一下思路：读题、列关系式、计算，每一环都检查过。唯一可能出错的是计算部分，而我已经算了两遍。",
    "把关键的一行换种写法再写一遍，防止抄错：{s} 对，完全一致。",
    "合理性检查：结果的大小和符号都在预期范围内，没有异常。",
]
SUMMARY_EN = [
    "**Solution summary**", "Here is the solution.", "Summary of the reasoning:",
    "To summarize:", "### Solution", "Putting it all together:", "Let me lay out the result cleanly.",
]
SUMMARY_ZH = ["**解答过程**", "解：", "综上所述：", "整理如下：", "### 解析", "下面给出完整解答。"]


def frac_tex(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)


def frac_plain(f):
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
    s = s.rstrip("0").rstrip(".")
    return s


def money(x):
    return "%.2f" % x


def snip(q, n=90):
    q = q.replace("\n", " ")
    return q if len(q) <= n else q[:n].rsplit(" ", 1)[0] + " ..."


def closing(rng, lang, ans, kind="math"):
    """Format a committed final answer in one of many layouts; returns (text, tag)."""
    if lang == "zh":
        opts = [
            ("答案：%s" % ans, "zh_answer_colon"),
            ("故答案为 $\\boxed{%s}$。" % ans, "zh_boxed"),
            ("所以最终结果是 **%s**。" % ans, "zh_bold"),
            ("综上，所求结果为 %s，与前面的验证一致。" % ans, "zh_midsentence"),
            ("| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % ans, "zh_table"),
            ("- 计算过程：见上\n- 验证：通过\n- 答案：%s" % ans, "zh_list"),
            ("%s 即为所求。" % ans, "zh_start_sentence"),
        ]
        if kind == "mc":
            opts += [("故选 %s。" % ans, "zh_guxuan"), ("本题选 %s。" % ans, "zh_benti")]
    else:
        opts = [
            ("The answer is $\\boxed{%s}$." % ans, "boxed"),
            ("**Final Answer:** %s" % ans, "bold_final"),
            ("Therefore, the result is **%s**." % ans, "bold_inline"),
            ("Final answer: %s" % ans, "final_answer_line"),
            ("%s is the answer; it satisfies every condition stated in the problem." % ans, "start_sentence"),
            ("So, after checking it two ways, it comes out to %s, and I'm confident in that." % ans,
             "midsentence"),
            ("| Quantity | Value |\n|---|---|\n| Checked | yes |\n| **Answer** | %s |" % ans, "table"),
            ("Summary:\n1. Set up the relations.\n2. Solved and re-checked.\n3. Answer: %s" % ans, "list"),
            ("$$\\boxed{%s}$$" % ans, "display_boxed"),
            ("Answer: %s" % ans, "answer_colon"),
        ]
        if kind == "mc":
            opts += [("The correct option is (%s)." % ans, "option_paren"),
                     ("I'll go with %s." % ans, "go_with")]
    return opts[rng.randrange(len(opts))]


def pad(rng, lang, parts, q, steps, target):
    """Append reflection / check paragraphs until the joined text reaches target length."""
    refl = REFLECT_ZH if lang == "zh" else REFLECT_EN
    chk = CHECK_ZH if lang == "zh" else CHECK_EN
    used = set()
    guard = 0
    while len("\n\n".join(parts)) < target and guard < 30:
        guard += 1
        if len(used) == len(chk):
            used = set()
        free = [j for j in range(len(chk)) if j not in used]
        i = free[rng.randrange(len(free))]
        used.add(i)
        s = steps[rng.randrange(len(steps))] if steps else ""
        para = chk[i].format(q=snip(q, 60 if lang == "zh" else 90), s=s)
        if rng.random() < 0.5:
            para = refl[rng.randrange(len(refl))] + " " + para
        parts.append(para)
    return parts


def render(rng, lang, q, steps, result_line, right, mode, wrong=None, alt=None, kind="math",
           target=None):
    """Build an R1-style output. mode in: correct, equiv, restated, self_corrected, wrong,
    hedge, cutoff, contradicts, abandoned. Returns (text, layout_tag)."""
    zh = lang == "zh"
    if target is None:
        target = rng.randint(1700, 3400)
    use_think = rng.random() < 0.85
    parts = [(OPEN_ZH if zh else OPEN_EN)[rng.randrange(len(OPEN_ZH if zh else OPEN_EN))]]
    parts.append(("题目：" if zh else "The question: ") + snip(q, 160))
    body = list(steps)
    if mode == "self_corrected":
        k = max(1, len(body) - 1)
        body.insert(k, fill(result_line, wrong) + (" 嗯，这个结果看起来不太对。" if zh else
                                                     " Hmm, that looks off."))
        body.insert(k + 1, ("等等，我刚才有一步算错了，重新计算。" if zh else
                            "Wait, I made a slip there. Let me redo that last part carefully."))
    parts.extend(body)
    if mode == "cutoff":
        parts = pad(rng, lang, parts, q, steps, target)
        txt = "\n\n".join(parts)
        cut = txt[: max(200, len(txt) - rng.randint(5, 40))]
        tail = ["\n\n等等，我再算一下最后一步，" if zh else "\n\nWait, let me recompute the last step, so",
                "\n\n所以结果应该是" if zh else "\n\nSo the final value should be"]
        out = ("<think>\n" if use_think else "") + cut + tail[rng.randrange(2)]
        return out, "truncated"
    final_v = wrong if mode in ("wrong", "contradicts") else right
    if mode == "equiv":
        final_v = alt
    if mode == "abandoned":
        parts = pad(rng, lang, parts, q, steps, target - 200)
        parts.append("我试了几种方法，结果互相矛盾，暂时无法确定最终答案。" if zh else
                     "I've tried this a few ways and keep getting inconsistent results, so I can't "
                     "commit to a final value here.")
        txt = "\n\n".join(parts)
        end = ("\n\n抱歉，这道题我无法给出确定的答案。" if zh else
               "\n\nI'm not able to determine the answer with confidence.")
        if use_think:
            return "<think>\n" + txt + "\n</think>" + end, "no_final"
        return txt + end, "no_final"
    if mode == "contradicts":
        parts.append(fill(result_line, right))
        parts = pad(rng, lang, parts, q, steps, target - 350)
        parts.append("等等，我觉得还要再调整一下……嗯，应该改成 %s。" % wrong if zh else
                     "Wait, actually I think I need to adjust that... no, on reflection it should be %s."
                     % wrong)
    else:
        parts.append(fill(result_line, right if mode in ("self_corrected", "correct", "equiv",
                                                            "restated", "hedge") else final_v))
        parts = pad(rng, lang, parts, q, steps, target - 300)
    think = "\n\n".join(parts)
    summ = (SUMMARY_ZH if zh else SUMMARY_EN)
    summary = [summ[rng.randrange(len(summ))]]
    for s in steps[:3]:
        summary.append(("- " if rng.random() < 0.5 else "") + s)
    if mode == "hedge":
        a, b = (right, wrong) if rng.random() < 0.5 else (wrong, right)
        end = ("结果可能是 %s，也可能是 %s，两种理解都说得通，我无法确定是哪一个。" % (a, b) if zh else
               "The answer is either %s or %s; both readings seem defensible, so I'll list both." % (a, b))
        tag = "hedge"
    else:
        end, tag = closing(rng, lang, final_v, kind)
        if mode == "restated" and alt:
            end += ("（也可写成 %s）" % alt if zh else " (equivalently, %s)" % alt)
    summary.append(end)
    if use_think:
        return "<think>\n" + think + "\n</think>\n\n" + "\n\n".join(summary), tag
    return think + "\n\n" + "\n\n".join(summary), tag


def fill(rl, v):
    return rl.replace("{v}", str(v))


def pick_mode(rng, want_correct, options_correct=None, options_wrong=None):
    oc = options_correct or ["correct", "correct", "equiv", "restated", "self_corrected"]
    ow = options_wrong or ["wrong", "wrong", "hedge", "contradicts", "cutoff", "abandoned"]
    return oc[rng.randrange(len(oc))] if want_correct else ow[rng.randrange(len(ow))]


def is_sq_free(n):
    return all(n % (p * p) for p in range(2, int(math.isqrt(n)) + 1))
