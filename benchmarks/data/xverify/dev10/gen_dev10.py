#!/usr/bin/env python3
"""Generator for dev10 (independent author; did not read the verifier). Run: python3 gen_dev10.py"""
import json, os, random, statistics

R = random.Random(20261207)
from bank import P, EN_MATH, MC, NLI, ZH_LAB, EN_LAB, SQ  # noqa: F401, E402


# ---------------- text pieces ----------------
EN_OPEN = ["Let me work through this carefully.","Okay, so the problem asks for the following. Let me restate it to make sure I understand.","We need to be careful here because it's easy to slip on a detail.","Alright. First I'll set up the problem, then solve, then check.","This is a standard exercise but let's not rush it.","Let's think step by step.","Hmm, let me see. I'll start from the definitions.","**Approach.** I'll identify the key relation, compute, and verify."]
EN_FILL = ["Before going on, it is worth noting what kind of answer is expected, since the form matters: the problem statement fixes the quantity, and any equivalent form of it should be acceptable as long as the value is the same.",
 "One common mistake here is to drop a factor or mix up a sign when simplifying, so I'll write each intermediate step explicitly rather than doing it in my head.",
 "Let me also think about whether there's an alternative approach. An alternative route would be to set up the computation differently, but it should lead to the same place; I'll use the direct method and then sanity-check the magnitude.",
 "I want to double-check the setup: the conditions given are all used, nothing extra is assumed, and the domain restrictions (if any) are respected.",
 "Quick sanity check on the size of the result: it should be in a reasonable range given the numbers in the problem, not off by an order of magnitude.",
 "As a side remark, problems like this one often appear in contest practice sets precisely because the arithmetic is light but the bookkeeping is easy to get wrong.",
 "Now let me organize the computation cleanly so it can be followed line by line.",
 "I'll keep exact values (fractions, radicals) rather than decimals until the very end to avoid rounding issues.",
 "## Understanding the problem\nRestating in my own words: we are given a small amount of data and asked for a single quantity. The main risk is misreading what is asked (for instance, giving an intermediate quantity instead of the requested one), so I'll keep the target in mind throughout.",
 "Hmm, hold on. Let me re-read the question to make sure I'm answering what is actually being asked and not a closely related quantity. Yes, okay, the target is clear.",
 "**Key idea.** Reduce the problem to a standard formula or identity, apply it carefully, and only then simplify. Most of the difficulty is in not losing track of constants along the way.",
 "I recall that there are a couple of standard pitfalls here: forgetting a boundary case, and confusing a quantity with its reciprocal or its negative. I'll watch for both.",
 "Let me write down what I know:\n- the given data as stated in the problem;\n- the standard relation that connects them;\n- any constraint (domain, sign, integrality) that the final answer has to respect."]
ZH_OPEN = ["解：","我们一步一步来分析。","首先读题，明确要求的是什么。","【分析】本题考查基础知识与基本运算能力。","好的，我来仔细算一下这道题。"]
ZH_FILL = ["这里需要注意定义域和符号问题，很多同学在这一步容易出错，所以我们把每一步都写清楚。",
 "先回顾一下相关公式，确保代入时不会漏掉系数。",
 "我们再检查一下题目条件是否全部用上，有没有遗漏的限制条件。",
 "这类题目在高考中属于基础题，但计算时要细心，避免因为粗心丢分。",
 "为了稳妥，我们保留精确值（分数、根式），最后再化简。",
 "另外也可以用另一种方法验证，结果应该一致。",
 "## 思路分析\n本题的关键是把已知条件转化为方程或公式，再进行求解。求解过程中要注意题目问的究竟是什么量，不要把中间量当成最终答案，也不要忽略题目中隐含的限制条件，例如定义域、象限、取值范围等。",
 "**易错点提醒：**\n- 符号容易弄错，尤其是移项和开方时；\n- 公式中的系数（比如 $\\frac12$、$2$）容易漏掉；\n- 求出结果后要检验是否满足题目的所有条件。",
 "嗯，让我再读一遍题目……好的，题目的条件和要求都清楚了。接下来按部就班地计算，每一步都写出依据，这样即使出错也便于回头检查。",
 "回顾相关知识点：这类问题在课本中有标准的解法，考试中常以选择题或填空题的形式出现，要求在较短时间内准确作答，因此熟练掌握公式非常重要。",
 "我们先不急着代入数字，而是先把一般形式写出来，看清楚结构，再代入具体数值，这样不容易出错，也方便最后检验。"]
EN_FINAL = ["**Final answer:** {a}","Final answer: {a}","Therefore, the answer is {a}.","So the answer is $\\boxed{{{a}}}$.","\\[\\boxed{{{a}}}\\]","The answer is: {a}","$$\\boxed{{{a}}}$$","**Answer:** $ {a} $","Hence the required value is ${a}$.","Thus we get ${a}$ as the final result.","ANSWER: {a}","So, putting it all together: **{a}**"]
ZH_FINAL = ["故答案为：{a}。","所以答案是 {a}。","综上，{a}。","最终答案：$\\boxed{{{a}}}$","答：{a}","因此所求为 {a}。","【答案】{a}"]
EN_VERIFY = ["## Verification\nLet me plug back in / recheck each step. The setup uses all the given data, the arithmetic in each line is consistent, and the magnitude is reasonable. Everything checks out.",
 "**Check:** Re-deriving quickly with the same relations gives the same value, and the units/form match what was asked.",
 "---\nDouble-checking: I redid the key step on scratch paper and got the same intermediate results, so I'm fairly confident.",
 "Verification: substituting back satisfies all the conditions in the problem. No extraneous cases arise."]
ZH_VERIFY = ["【检验】将结果代回原题，条件均满足，计算无误。","验证：按照上面的步骤重新计算一遍，结果一致。","检查：各步推导均符合公式，符号和定义域都没有问题。"]
THINK_EN = ["Hmm, what is this asking. Let me recall the relevant facts. ", "ok so first thing, ", "Let me be careful. Actually, let me reconsider the setup once more. ", "Wait, I should double check the definition. "]
THINK_ZH = ["嗯，这题考的是什么呢？先回忆一下公式。", "让我想想……先把条件列出来。", "等一下，我再确认一遍题意。"]

def mangle_latex(a):
    """Broken-but-readable LaTeX, meaning kept."""
    b = a.replace("\\frac{1}{4}", "\\frac14").replace("\\sqrt{2}", "\\sqrt2").replace("\\sqrt{3}", "\\sqrt3")
    b = b.replace("^\\circ", "^\\circ")
    return b

def pad(parts, lang, target):
    fill = EN_FILL if lang == "en" else ZH_FILL
    pool = fill[:]
    R.shuffle(pool)
    while sum(len(x) for x in parts) < target and pool:
        parts.insert(R.randint(1, max(1, len(parts) - 1)), pool.pop())
    return parts

def target_len(lang):
    return R.choice([1200, 1500, 1800, 2100, 2500, 3000, 3600]) if lang == "en" else R.choice([800, 1000, 1300, 1600, 2000])

def final_line(lang, a, math=True):
    t = R.choice(EN_FINAL if lang == "en" else ZH_FINAL)
    if not math:
        t = t.replace("$\\boxed{{{a}}}$", "{a}").replace("\\[\\boxed{{{a}}}\\]", "{a}").replace("$$\\boxed{{{a}}}$$", "{a}").replace("${a}$", "{a}").replace("$ {a} $", "{a}")
    return t.format(a=a)

def wrap_math(a):
    # answers containing $ already (Chinese multi-part) are kept as-is
    return a

def strip_dollar(a):
    return a.replace("$", "")

def body(p, lang, extra_mid=None):
    parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN)]
    if R.random() < 0.5:
        parts.append(("### Step 1: Setup\n" if lang == "en" else "**第一步：分析条件**\n") + "The question: " + p["q"] if lang == "en" else "题目：" + p["q"])
    steps = p["steps"]
    if R.random() < 0.4:
        steps = "- " + steps.replace(". ", ".\n- ") if lang == "en" else steps
    parts.append(("### Solution\n" if (lang == "en" and R.random() < 0.5) else "") + steps)
    if extra_mid:
        parts.append(extra_mid)
    return parts

def render_math(p, kind, ans, alt=None):
    """kind: plain | think | verify | selfcorrect_good | selfcorrect_bad | contradict | two | truncated | broken | mid_restate"""
    lang = p["lang"]
    A = ans
    Ad = strip_dollar(A) if "$" in A else A
    parts = body(p, lang)
    if kind == "think":
        th = R.choice(THINK_EN if lang == "en" else THINK_ZH) + p["steps"].replace("$", "")
        parts.insert(0, "<think>\n" + th + "\n" + (EN_FILL[R.randrange(len(EN_FILL))] if lang == "en" else ZH_FILL[R.randrange(len(ZH_FILL))]) + "\n</think>\n")
    if kind == "selfcorrect_good":
        parts.append((f"So I get ${strip_dollar(alt)}$. Wait, that's wrong — I slipped in the last step. Let me redo it carefully." if lang == "en" else f"得到 ${strip_dollar(alt)}$。等等，这一步算错了，重新计算一下。") + "\n" + p["steps"])
    if kind == "selfcorrect_bad":
        parts.append((f"This gives ${Ad_good(p)}$. Hmm, wait, actually I think I mis-applied a rule there. Redoing it, I now get a different value." if lang == "en" else f"这样得到 ${Ad_good(p)}$。不对，好像哪里用错了，重新算一下，结果应该不一样。"))
    if kind == "mid_restate":
        parts.append((f"So the result is ${Ad}$. Let me restate: the value we want is ${Ad}$." if lang == "en" else f"所以结果为 ${Ad}$，即所求为 ${Ad}$。"))
    if kind == "truncated":
        st = p["steps"]
        cut_at = max(20, int(len(st) * R.uniform(0.35, 0.6)))
        head = [parts[0]] + ([parts[1]] if len(parts) > 2 else [])
        head = pad(head + ["(placeholder)"], lang, target_len(lang))[:-1]
        tail = R.choice(["Now substituting, we get $", "Then \\[ \\frac{", "So next we compute "]) if lang == "en" else R.choice(["代入得 $", "于是 $\\frac{", "接下来计算"])
        return "\n\n".join(head) + "\n\n" + st[:cut_at] + " " + tail
    parts = pad(parts, lang, target_len(lang))
    if kind == "contradict":
        # text says one thing, final box says another
        parts.append((f"Therefore the answer is ${strip_dollar(alt)}$." if lang == "en" else f"因此答案为 ${strip_dollar(alt)}$。"))
        parts.append(f"\\[\\boxed{{{Ad}}}\\]")
        return "\n\n".join(parts)
    if kind == "two":
        parts.append((f"So the answer is either ${Ad}$ or ${strip_dollar(alt)}$; I'm not completely sure which interpretation is intended." if lang == "en" else f"所以答案是 ${Ad}$ 或 ${strip_dollar(alt)}$，不太确定是哪一个。"))
        return "\n\n".join(parts)
    if kind == "broken":
        bb = R.choice(["$\\boxed{%s" % Ad, "\\boxed{%s" % Ad, "答案 $%s" % Ad if lang == "zh" else "Final: $%s" % Ad])
        parts.append(bb)
        return "\n\n".join(parts)
    if kind == "varname":
        parts.append(final_line(lang, A))
        return "\n\n".join(parts)
    fl = final_line(lang, Ad if "boxed" in "".join(EN_FINAL + ZH_FINAL) and "$" in A else A)
    if "$" in A and ("boxed" in fl or fl.count("$") % 2 == 1):
        fl = final_line(lang, Ad).replace("$\\boxed", "$\\boxed")
    parts.append(fl)
    if kind == "verify" or R.random() < 0.3:
        parts.append(R.choice(EN_VERIFY if lang == "en" else ZH_VERIFY))
    return "\n\n".join(parts)

def Ad_good(p):
    return strip_dollar(p["good"][0])

out = []
def emit(ds, kt, q, llm, ref, label, trap, lang):
    out.append(dict(dataset=ds, key_answer_type=kt, question=q, llm_output=llm, correct_answer=ref, label=label, trap=trap, lang=lang))

for p in P:
    g, b = p["good"], p["bad"]
    # correct variants
    for i, form in enumerate(g):
        kind = R.choice(["plain", "think", "verify", "mid_restate", "plain"])
        emit(p["ds"], "math", p["q"], render_math(p, kind, form), p["ref"], "Correct", "equiv_form" if i else "canonical_form", p["lang"])
    # broken latex correct
    emit(p["ds"], "math", p["q"], render_math(p, "broken", g[0]), p["ref"], "Correct", "broken_latex_unclosed", p["lang"])
    # self-correction ending right
    emit(p["ds"], "math", p["q"], render_math(p, "selfcorrect_good", g[R.randrange(len(g))], alt=b[0][0]), p["ref"], "Correct", "self_correction_to_right", p["lang"])
    # answer repeated in two equivalent forms / hedged but single commitment
    if len(g) > 1 and R.random() < 0.6:
        f1, f2 = R.sample(g, 2)
        mid = (f"Intermediate conclusion: ${strip_dollar(f1)}$." if p["lang"] == "en" else f"初步得到：${strip_dollar(f1)}$。")
        txt = render_math(p, "plain", f2).rsplit("\n\n", 1)
        txt = txt[0] + "\n\n" + mid + "\n\n" + txt[1] if len(txt) == 2 else txt[0]
        emit(p["ds"], "math", p["q"], txt, p["ref"], "Correct", "repeated_equivalent_forms", p["lang"])
    if R.random() < 0.5:
        hedge = (f"I'm fairly (not 100%) confident in this, but my answer is ${strip_dollar(g[0])}$." if p["lang"] == "en" else f"不太确定，但我认为答案应该是 ${strip_dollar(g[0])}$。")
        emit(p["ds"], "math", p["q"], "\n\n".join(pad(body(p, p["lang"]) + [hedge], p["lang"], target_len(p["lang"]))), p["ref"], "Correct", "hedged_single_answer", p["lang"])
    # wrong near misses
    for form, trap in b:
        kind = R.choice(["plain", "think", "verify", "plain"])
        emit(p["ds"], "math", p["q"], render_math(p, kind, form), p["ref"], "Incorrect", trap, p["lang"])
    # structural incorrect (one per problem, rotating)
    s = R.choice(["contradict", "two", "truncated", "selfcorrect_bad"])
    if s == "contradict":
        if R.random() < 0.5:
            emit(p["ds"], "math", p["q"], render_math(p, "contradict", b[0][0], alt=g[0]), p["ref"], "Incorrect", "box_contradicts_text", p["lang"])
        else:
            emit(p["ds"], "math", p["q"], render_math(p, "contradict", g[0], alt=b[0][0]), p["ref"], "Incorrect", "box_contradicts_text", p["lang"])
    elif s == "two":
        emit(p["ds"], "math", p["q"], render_math(p, "two", g[0], alt=b[-1][0]), p["ref"], "Incorrect", "two_answers_hedged", p["lang"])
    elif s == "truncated":
        emit(p["ds"], "math", p["q"], render_math(p, "truncated", g[0]), p["ref"], "Incorrect", "truncated_no_final", p["lang"])
    else:
        emit(p["ds"], "math", p["q"], render_math(p, "selfcorrect_bad", b[0][0]), p["ref"], "Incorrect", "right_in_reasoning_wrong_final", p["lang"])

# multiple choice
LET = "ABCD"
def mcq(m):
    if m["style"] == "paren":
        return m["q"] + " Answer Choices: " + " ".join(f"({LET[i]}) {o}" for i, o in enumerate(m["opts"]))
    return m["q"] + "\n" + "\n".join(f"{LET[i]}. {o}" for i, o in enumerate(m["opts"]))
def mc_text(m, letter, text_idx, mode):
    lang = m["lang"]
    parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN)]
    parts.append(("Going through the options one at a time.\n" if lang == "en" else "逐项分析：\n") + "\n".join(f"- {LET[i]}: {o}" + (" — let me check this one." if lang == "en" else " —— 看一下是否符合。") for i, o in enumerate(m["opts"])))
    parts.append(m["expl"])
    parts = pad(parts, lang, target_len(lang))
    t = m["opts"][text_idx]
    if lang == "en":
        forms = {"letter": f"The answer is {letter}.", "paren": f"**Answer: ({letter})**", "opt": f"So the correct choice is option {letter}: {t}.", "textonly": f"Final answer: {t}", "boxed": f"$\\boxed{{{letter}}}$", "lower": f"I'd go with ({letter.lower()}) {t}."}
    else:
        forms = {"letter": f"答案是{letter}。", "paren": f"故选（{letter}）。", "opt": f"所以正确选项为 {letter}：{t}。", "textonly": f"答案：{t}", "boxed": f"$\\boxed{{{letter}}}$", "lower": f"选{letter}项，{t}。"}
    parts.append(forms[mode])
    return "\n\n".join(parts)

for m in MC:
    ai = LET.index(m["ans"])
    wi = (ai + 1 + R.randrange(3)) % 4
    q = mcq(m)
    for mode in ["letter", "paren", "opt", "textonly", "boxed", "lower"]:
        emit(m["ds"], "alphabet_option", q, mc_text(m, m["ans"], ai, mode), m["ans"], "Correct", "mc_" + mode, m["lang"])
    emit(m["ds"], "alphabet_option", q, mc_text(m, LET[wi], wi, "opt"), m["ans"], "Incorrect", "mc_wrong_option", m["lang"])
    emit(m["ds"], "alphabet_option", q, mc_text(m, m["ans"], wi, "opt"), m["ans"], "Incorrect", "mc_letter_right_text_wrong", m["lang"])
    emit(m["ds"], "alphabet_option", q, mc_text(m, LET[wi], ai, "opt"), m["ans"], "Incorrect", "mc_text_right_letter_wrong", m["lang"])
    two = mc_text(m, m["ans"], ai, "letter").rsplit("\n\n", 1)[0] + ("\n\nIt's either " + m["ans"] + " or " + LET[wi] + "; both seem defensible." if m["lang"] == "en" else f"\n\n答案可能是{m['ans']}，也可能是{LET[wi]}。")
    emit(m["ds"], "alphabet_option", q, two, m["ans"], "Incorrect", "mc_two_letters", m["lang"])
    _tp = [R.choice(EN_OPEN if m["lang"] == "en" else ZH_OPEN), ("Going through the options one at a time.\n" if m["lang"] == "en" else "逐项分析：\n") + "\n".join(f"- {LET[i]}: {o}" for i, o in enumerate(m["opts"]))]
    trunc = "\n\n".join(pad(_tp + ["x"], m["lang"], target_len(m["lang"]))[:-1]) + ("\n\nComparing the remaining candidates, the key difference is" if m["lang"] == "en" else "\n\n比较剩下的选项，关键区别在于")
    emit(m["ds"], "alphabet_option", q, trunc, m["ans"], "Incorrect", "mc_truncated", m["lang"])

# NLI
for n in NLI:
    lang = n["lang"]
    labs = ZH_LAB if lang == "zh" else EN_LAB
    if lang == "zh":
        q = f"前提：{n['prem']}\n假设：{n['hyp']}\n请判断前提与假设的关系：蕴含、矛盾还是中立？"
        ref = labs[n["lab"]][0]
    else:
        q = f"Premise: {n['prem']}\nHypothesis: {n['hyp']}\nDoes the premise entail the hypothesis? Answer entailment, neutral, or contradiction."
        ref = n["lab"]
    others = [k for k in labs if k != n["lab"]]
    def nli_text(lab_str, extra=""):
        parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN), n["expl"]]
        parts = pad(parts, lang, target_len(lang))
        if extra: parts.append(extra)
        parts.append(final_line(lang, lab_str, math=False))
        return "\n\n".join(parts)
    for s in labs[n["lab"]]:
        emit(n["ds"], "categorical_label", q, nli_text(s), ref, "Correct", "label_phrasing", lang)
    if lang == "zh":
        emit(n["ds"], "categorical_label", q, nli_text({"entailment": "entailment", "contradiction": "contradiction", "neutral": "neutral"}[n["lab"]]), ref, "Correct", "english_label_for_zh_ref", lang)
    for o in others:
        emit(n["ds"], "categorical_label", q, nli_text(labs[o][0]), ref, "Incorrect", "wrong_label", lang)
    first = labs[others[0]][0]
    emit(n["ds"], "categorical_label", q, nli_text(labs[n["lab"]][0], (f"At first glance this looks like {first}, but that's too hasty." if lang == "en" else f"乍一看像是{first}，但这样判断太草率了。")), ref, "Correct", "rejected_label_mentioned", lang)

# short text
for s in SQ:
    lang = s["lang"]
    def sq_text(a, extra=""):
        parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN), s["expl"]]
        parts = pad(parts, lang, target_len(lang))
        if extra: parts.append(extra)
        parts.append(final_line(lang, a, math=False))
        return "\n\n".join(parts)
    for a in s["good"]:
        emit(s["ds"], "short_text", s["q"], sq_text(a), s["ref"], "Correct", "alias_or_phrasing", lang)
    for a, trap in s["bad"]:
        emit(s["ds"], "short_text", s["q"], sq_text(a), s["ref"], "Incorrect", trap, lang)
    b0 = s["bad"][0][0]
    emit(s["ds"], "short_text", s["q"], sq_text(s["good"][0], (f"Some people say {b0}, but that is a common misconception." if lang == "en" else f"有人会误以为是{b0}，但这是常见误解。")), s["ref"], "Correct", "distractor_mentioned", lang)
    emit(s["ds"], "short_text", s["q"], sq_text(f"{s['good'][0]} or {b0}" if lang == "en" else f"{s['good'][0]}或{b0}"), s["ref"], "Incorrect", "two_answers", lang)

R.shuffle(out)
for i, r in enumerate(out, 1):
    r["id"] = f"d10-{i:04d}"
keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
here = os.path.dirname(os.path.abspath(__file__))
tmp = os.path.join(here, "dev10.jsonl.tmp")
with open(tmp, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
os.replace(tmp, os.path.join(here, "dev10.jsonl"))
from collections import Counter
print(len(out), Counter(r["key_answer_type"] for r in out), Counter(r["lang"] for r in out), Counter(r["label"] for r in out))
print("median len", statistics.median(len(r["llm_output"]) for r in out))
