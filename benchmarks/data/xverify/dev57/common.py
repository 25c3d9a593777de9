"""Shared helpers: output composers in many model styles."""
import math
from fractions import Fraction

EN_REFLECT = [
    "Wait, let me re-read the question to make sure I am answering what is actually asked, not a neighbouring quantity.",
    "Hmm, before I commit, let me sanity-check the size of this number against a rough estimate.",
    "Let me double-check each step, since an arithmetic slip here would propagate all the way to the end.",
    "Actually, I should verify the units are consistent throughout; mixing them is the classic mistake in problems like this.",
    "Let me try an alternative route to the same quantity and see whether it agrees.",
    "One more check: are there any conditions in the problem I have not used yet? Every given number should matter.",
    "Okay, re-reading the problem statement once more, nothing seems to be hidden in the wording.",
]
ZH_REFLECT = [
    "等等，我再读一遍题目，确认问的到底是什么，不要答成了别的量。",
    "嗯，先估算一下数量级，看看结果是否合理。",
    "让我再逐步检查一遍计算，避免中间哪一步算错。",
    "等等，单位要统一，这类题最容易在单位上出错。",
    "换一种方法再算一次，看看两种方法结果是否一致。",
    "再确认一下，题目中给的条件是不是都用上了。",
    "好，重新读题，题意没有歧义。",
]

def frac_tex(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)

def frac_plain(f):
    f = Fraction(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)

def money(x):
    return "$%s" % ("{:,.2f}".format(x) if abs(x - round(x)) > 1e-9 else "{:,}".format(int(round(x))))

EN_STYLES = ["r1", "gpt4o", "claude", "gemini", "llama"]
ZH_STYLES = ["r1zh", "qwen", "glm", "kimi"]

def en_final(rng, ans, kind):
    forms = [
        "**Final answer:** $\\boxed{%s}$" % ans,
        "Final answer: %s" % ans,
        "The answer is **%s**." % ans,
        "| Quantity | Value |\n|---|---|\n| Answer | %s |" % ans,
        "- Result: %s\n- Checked: yes" % ans,
        "So the answer we are looking for is %s, which matches both methods." % ans,
        "The final answer is: $\\boxed{%s}$" % ans,
        "Therefore, the answer is $%s$." % ans,
    ]
    return forms[kind % len(forms)]

def zh_final(rng, ans, kind):
    forms = [
        "所以最终答案是 $\\boxed{%s}$。" % ans,
        "故答案为：%s。" % ans,
        "综上，%s。" % ans,
        "【答案】%s" % ans,
        "答：%s。" % ans,
        "因此，答案是 **%s**。" % ans,
        "| 项目 | 结果 |\n|---|---|\n| 答案 | %s |" % ans,
    ]
    return forms[kind % len(forms)]

def compose(rng, lang, question, steps, final_ans, mode, wrong=None, right=None, fixed_line=None):
    """mode: plain | selfcorrect | contradict | hedge | cutoff | restate(alt in wrong slot)."""
    zh = lang == "zh"
    pool = ZH_REFLECT if zh else EN_REFLECT
    sep = "" if zh else " "
    refl = [sep.join(rng.sample(pool, 3)) for _ in range(3)]
    style = rng.choice(ZH_STYLES if zh else EN_STYLES)
    q1 = question.split("\n")[0]
    if len(q1) > 160:
        q1 = q1[:160] + "…"
    body = []
    if zh:
        body.append(rng.choice(["嗯，我来看一下这道题。题目是：", "好的，先理解题意。题目说：", "首先，读题：", "这道题问的是："]) + q1)
        body.append(rng.choice(["我需要理清已知条件，然后一步步计算。", "思路：先列出已知量，再逐步推导。", "让我按顺序来处理。"]))
    else:
        body.append(rng.choice(["Okay, so the problem says: ", "Let me start by restating the problem: ", "Alright, let's parse this. We are told: ", "First, what is being asked? "]) + q1)
        body.append(rng.choice(["I'll set up the known quantities and work step by step.", "My plan: identify what is given, compute carefully, then verify.", "Let me break this into small steps."]))
    steps = list(steps)
    if mode == "cutoff":
        steps = steps[:max(1, len(steps) - 2)]
    if mode == "selfcorrect" and wrong is not None:
        k = max(1, len(steps) // 2)
        steps.insert(k, ("那么结果应该是 %s……" % wrong) if zh else ("So that would give %s..." % wrong))
        steps.insert(k + 1, ("等等，这里不对，我刚才漏算了一步，重新算。" if zh else "Wait, that's not right — I skipped part of the computation. Let me redo it."))
    body.extend(steps[:len(steps) // 2 + 1])
    body.append(refl[0])
    body.extend(steps[len(steps) // 2 + 1:])
    body.append(refl[1])
    if mode != "cutoff":
        body.append(("让我把整个过程再核对一遍：" if zh else "Let me verify by going through the whole chain again, slowly:"))
        body.extend((("核对：" if zh else "Check: ") + x + (" ✓" if zh else " — consistent.")) for x in steps)
        body.append(sep.join(rng.sample(pool, 4)))
    if mode == "cutoff":
        body.append(sep.join(rng.sample(pool, 4)))
        body.extend((("核对：" if zh else "Check: ") + x) for x in steps)
        body.append(refl[2])
        body.append(("所以接下来要算的是" if zh else "So next I need to check whether the") )
        txt = "\n\n".join(body)
        if style in ("r1", "r1zh"):
            txt = "<think>\n" + txt
        return txt
    if mode == "contradict":
        body.append(("这样得到 %s。不过等等，我觉得题目可能是另一个意思，答案应取 %s。" % (right, final_ans)) if zh else
                    ("That gives %s. Hmm, but wait — I think the intended reading is different, so I'll go with %s instead." % (right, final_ans)))
    body.append(refl[2])
    think = "\n\n".join(body)
    kind = rng.randrange(8)
    if mode == "hedge":
        fin = ("答案可能是 %s，也可能是 %s，取决于对题意的理解。" % (final_ans, wrong)) if zh else \
              ("The answer is either %s or %s, depending on how the question is read." % (final_ans, wrong))
    else:
        fin = zh_final(rng, final_ans, kind) if zh else en_final(rng, final_ans, kind)
        if fixed_line:
            fin += "\n\n" + fixed_line
    summ_steps = "\n".join(("%d. %s" % (i + 1, s)) for i, s in enumerate(steps[-3:]))
    if style in ("r1", "r1zh"):
        head = "**总结**\n\n" if zh else "**Summary**\n\n"
        return "<think>\n" + think + "\n</think>\n\n" + head + summ_steps + "\n\n" + fin
    if style == "gpt4o":
        return "### Understanding the problem\n\n" + think + "\n\n### Key steps\n\n" + summ_steps + "\n\n---\n\n" + fin
    if style == "claude":
        return "I'll work through this carefully.\n\n" + think + "\n\nPutting it together:\n\n" + summ_steps + "\n\n" + fin
    if style == "gemini":
        return "Here's a step-by-step breakdown:\n\n" + think + "\n\n**Recap**\n" + summ_steps + "\n\n" + fin
    if style == "llama":
        return "## Step 1: Understand the problem\n" + think.replace("\n\n", "\n\n## Next step\n", 2) + "\n\n" + fin
    if style == "qwen":
        return "我们来逐步分析这个问题。\n\n" + think + "\n\n---\n\n### 关键步骤\n" + summ_steps + "\n\n" + fin
    if style == "glm":
        return "【解析】\n" + think + "\n\n【过程】\n" + summ_steps + "\n\n" + fin
    return "好的，我们一起来解这道题。\n\n" + think + "\n\n要点回顾：\n" + summ_steps + "\n\n" + fin

# modes with their labels
MODES = [("plain", "Correct"), ("alt", "Correct"), ("selfcorrect", "Correct"), ("restate", "Correct"),
         ("wrong", "Incorrect"), ("hedge", "Incorrect"), ("cutoff", "Incorrect"), ("contradict", "Incorrect")]

def realise(rng, lang, dataset, kat, item, mode, trap_prefix):
    """item: dict q, steps_ok, steps_bad, ref, alt(list), wrong."""
    q = item["q"]
    ref = item["ref"]
    alts = item.get("alt") or [ref]
    if mode == "plain":
        out = compose(rng, lang, q, item["steps_ok"], ref, "plain"); label = "Correct"
    elif mode == "alt":
        out = compose(rng, lang, q, item["steps_ok"], rng.choice(alts), "plain"); label = "Correct"
    elif mode == "selfcorrect":
        out = compose(rng, lang, q, item["steps_ok"], ref, "selfcorrect", wrong=item["wrong"]); label = "Correct"
    elif mode == "restate":
        a = rng.choice(alts)
        line = ("（也可以写成 %s）" % a) if lang == "zh" else ("(Equivalently: %s.)" % a)
        out = compose(rng, lang, q, item["steps_ok"], ref, "plain", fixed_line=line); label = "Correct"
    elif mode == "wrong":
        out = compose(rng, lang, q, item["steps_bad"], item["wrong"], "plain"); label = "Incorrect"
    elif mode == "hedge":
        out = compose(rng, lang, q, item["steps_ok"], ref, "hedge", wrong=item["wrong"]); label = "Incorrect"
    elif mode == "cutoff":
        out = compose(rng, lang, q, item["steps_ok"], ref, "cutoff"); label = "Incorrect"
    else:
        out = compose(rng, lang, q, item["steps_ok"], item["wrong"], "contradict", right=ref); label = "Incorrect"
    return {"dataset": dataset, "key_answer_type": kat, "question": q, "llm_output": out,
            "correct_answer": item.get("ref_record", ref), "label": label, "lang": lang,
            "trap": "%s_%s" % (trap_prefix, mode)}
