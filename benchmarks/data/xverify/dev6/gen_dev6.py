#!/usr/bin/env python3
"""Generate dev6.jsonl (answer-verifier development set). Deterministic (seeded)."""
import json, os, random, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from problems import P, MCQ, CAT, SHORT

R = random.Random(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))

FILL_EN = [
 "Before committing, let me re-read the question to make sure I am answering exactly what is asked and not a neighbouring quantity. It is easy to compute an intermediate value correctly and then report it as the final result, so I'll keep track of what each number represents.",
 "Let me also think about whether there is any trick in the wording. Sometimes these problems hide a unit conversion or ask for a different form than the one that falls out of the computation, so I'll keep the units attached to every number so nothing slips.",
 "A quick way to catch arithmetic slips is to redo the computation in a different order, or to estimate the magnitude first. If the estimate and the exact value disagree wildly, something went wrong and I should go back.",
 "I considered an alternative approach as well — setting the problem up symbolically from the general formula rather than plugging numbers in right away — but it leads to the same expressions, so I'll stick with the direct route because it is easier to check.",
 "Hmm, let me slow down here. The numbers are simple, but the setup is where most mistakes happen: mixing up which quantity is given and which is asked for, or silently dropping a factor somewhere in the middle.",
 "One more consideration: the statement gives all the data we need, and no extra assumptions (like rounding intermediate results) should be introduced until the very end, otherwise the last digit can drift.",
 "Okay. Let me organize what I know, write each relation explicitly, and only then substitute values. This is a bit slower but it makes every step auditable, which matters when the final answer has to be in a particular form.",
 "Actually, let me double-check the definitions I'm using, since textbooks sometimes differ in conventions. After checking, the standard definition applies here and there is no ambiguity in the problem statement.",
]
FILL_ZH = [
 "在给出答案之前，我再读一遍题目，确认求的到底是哪一个量，避免把中间结果当成最终答案。",
 "这类题目常常在单位或者表达形式上设置陷阱，所以每一步我都把单位写上，最后再统一检查。",
 "先粗略估算一下数量级，再做精确计算，如果两者相差很大，说明中间某一步出了问题，需要回头检查。",
 "也可以先用字母推导出一般公式再代入数据，不过结果是一样的，这里直接代入更方便检验。",
 "嗯，这里要慢一点。数字本身不难，难的是题意的理解：哪个是已知量，哪个是所求量，不要漏掉系数。",
 "Let me double check：题目给出的条件已经足够，中间过程不要提前四舍五入，否则最后一位可能会有偏差。",
 "把已知条件逐条列出来，再写出对应的关系式，最后代入数值，这样每一步都可以核对。",
]
FILL_EN += [
 "Let me restate the given information in my own words so I do not misread anything. The problem is self-contained: every quantity needed appears in the statement, and the only thing I have to be careful about is the exact form in which the result is requested — units, exact versus decimal, and so on.",
 "There is a common mistake with problems like this one: people grab the first formula that looks relevant and plug numbers in without checking that the formula's assumptions hold. Here the assumptions do hold, so the standard approach is valid, but it is worth saying explicitly.",
 "I want to be careful about intermediate rounding. If I round too early, the final digits can be off; so I'll carry exact values (fractions, radicals, or full decimals) until the last line and only then simplify or round as the question requires.",
 "Let me think about the edge cases for a second. Is there any special value that would make the formula break down, like a division by zero or a negative under a square root? No — nothing like that occurs with these numbers, so we can proceed.",
 "Wait, let me reconsider the interpretation once more. Reading the sentence again, there is only one reasonable reading, and it matches what I set up above. Good, moving on.",
 "To keep myself honest, I'll write each intermediate result on its own line with a short justification. That way, if something looks off at the end, I can locate the exact step where it went wrong rather than redoing everything.",
]
FILL_ZH += [
 "我先用自己的话把题目复述一遍，确保没有读错：题目中给出的量已经足够，不需要额外的假设，唯一要注意的是答案要求的形式，比如单位、精确值还是近似值。",
 "这类问题有一个常见错误：看到一个公式就直接代入，而不检查公式的适用条件。本题中适用条件是满足的，所以可以用标准方法，不过值得明确说一下。",
 "中间过程我保留分数、根式或者完整的小数，直到最后一步再化简或者取近似，这样不会因为提前取整而产生误差。",
 "再考虑一下特殊情况：有没有可能出现分母为零、根号下为负之类的问题？检查后发现都没有，可以放心计算。",
 "Wait，再读一遍题目的表述，确认只有一种合理的理解方式，和上面的设定一致。好，继续。",
 "为了便于检查，我把每一个中间结果单独写一行，并附上简单的理由，这样如果最后结果不对，可以很快定位是哪一步出错。",
]
VER_EN = [
 "### Verification\nSubstituting the result back into the original conditions reproduces the given data, and a rough order-of-magnitude estimate agrees with it. Units are consistent throughout.",
 "**Check:** I redid the key step a second way and got the same value, so I'm fairly confident.",
 "Sanity check: the result has the right sign and the right size for the situation described, and every conversion factor was applied exactly once.",
 "Verification: plugging back in works out, and nothing was rounded before the last step.",
]
VER_ZH = [
 "### 验证\n把结果代回原题条件检验，符合题意；数量级估算也一致，单位前后统一。",
 "**检验：** 换一种方法重新计算关键一步，结果相同，可以确定。",
 "验算：符号和大小都合理，单位换算只用了一次，没有重复。",
]
FINAL_EN = ["Final answer: {A}", "**Answer:** {A}", "So the answer is {A}.", "Therefore, the answer is {A}.",
 "The final result is {A}.", "Answer → {A}", "∴ {A}", "Hence the required value is {A}.",
 "**Final Answer**\n\n{A}", "My final answer: {A}", "The answer: {A}", "Putting it all together, we get {A}."]
FINAL_ZH = ["最终答案：{A}", "答：{A}", "所以答案是 {A}。", "综上所述，{A}。", "故所求为 {A}。", "**答案：{A}**", "因此结果为 {A}。", "Final answer：{A}"]
INTRO_EN = ["Let me work through this carefully.", "Okay, let's figure this out step by step.",
 "We need to be careful with the setup here.", "Alright, so the question is: {Q}", "Let me restate the problem: {Q}",
 "This is a fairly standard problem, but let me be systematic.", "Let's see.", "First, identify what is given and what is asked."]
INTRO_ZH = ["我们一步一步来分析。", "先理清题意：{Q}", "好的，这道题需要仔细一点。", "题目问的是：{Q}", "嗯，先整理已知条件。", "下面分步求解。"]

def zh(lang): return lang == "zh"
def intro(lang, q):
    return R.choice(INTRO_ZH if zh(lang) else INTRO_EN).format(Q=q.split("\n")[0][:120])
USED = set()
CUR = {"text": False}
FILL_EN_TXT = [
 "Before committing, let me re-read the question to make sure I am answering exactly what is asked, not a closely related fact.",
 "Let me be careful here: questions like this often have a well-known near-miss answer, so I want to make sure I'm not mixing up two similar names, dates or terms.",
 "I'm fairly sure about this from memory, but let me cross-check it against related facts I know to be true, since that usually exposes a mix-up.",
 "There's a classic confusion around this topic, and it's worth spelling out the distinction explicitly so the final answer is unambiguous.",
 "Okay, let me think about which option or label is best supported, rather than which one merely sounds plausible.",
 "Let me reconsider the wording once more. There is only one reasonable reading of the question, so I'll go with it.",
 "To be thorough, I'll separate what is stated directly from what would require an extra assumption.",
]
FILL_ZH_TXT = [
 "在给出答案之前，我再读一遍题目，确认问的到底是什么，避免答成一个相近但不同的内容。",
 "这类题目经常有一个看起来很像的干扰项，所以要把相近的人名、年代或者概念区分清楚。",
 "我对这个知识点比较有把握，不过还是用几个相关的事实交叉验证一下，这样更容易发现混淆。",
 "先区分哪些是题干直接说明的，哪些需要额外的假设才能得出。",
 "嗯，要看的是哪一个选项（或标签）真正有依据，而不是哪一个听起来更顺耳。",
 "Wait，再读一遍题干，只有一种合理的理解，按这个理解作答。",
 "这里有一个常见的误区，值得明确说清楚，让最后的结论没有歧义。",
 "把关键信息逐条列出来，再逐一对照，这样判断更可靠。",
 "Let me think：题干中的限定词（比如“整天”“所有”“不包括”）往往决定了答案，要特别留意。",
]
def fill(lang, k):
    pool = (FILL_ZH_TXT if CUR["text"] else FILL_ZH) if zh(lang) else (FILL_EN_TXT if CUR["text"] else FILL_EN)
    pool = [p for p in pool if p not in USED] or pool
    k = 2 * k + 3 if zh(lang) else k + 1
    ch = R.sample(pool, min(k, len(pool)))
    USED.update(ch)
    return "\n\n".join(ch)
def ver(lang): return R.choice(VER_ZH if zh(lang) else VER_EN)
def final(lang, a): return R.choice(FINAL_ZH if zh(lang) else FINAL_EN).format(A=a)

def render_steps(steps, lang, mode=None):
    mode = mode or R.choice(["num", "bullet", "prose", "stephead"])
    if mode == "num": return "\n".join(f"{i+1}. {s}" for i, s in enumerate(steps))
    if mode == "bullet": return "\n".join(f"- {s}" for s in steps)
    if mode == "stephead":
        w = "步骤" if zh(lang) else "Step"
        return "\n\n".join(f"**{w} {i+1}.** {s}" for i, s in enumerate(steps))
    joiners = ["然后", "接着", "于是"] if zh(lang) else ["Then", "Next,", "Now", "So"]
    out = [steps[0]] + [f"{R.choice(joiners)} {s}" for s in steps[1:]]
    return " ".join(out) if R.random() < 0.5 else "\n\n".join(out)

def fmt_answer(a, kind):
    """Wrap an answer string in one of several presentations."""
    if "$" in a.replace("\\$", ""):
        c = R.choice(["bold", "plain", "code"])
    elif kind == "math":
        c = R.choice(["boxed_disp", "boxed_dd", "bold", "code", "plain", "boxed_inline", "plain"])
    else:
        c = R.choice(["bold", "plain", "plain", "code", "boxed_inline"])
    if c == "boxed_disp": return "\n\\[\n\\boxed{%s}\n\\]" % a
    if c == "boxed_dd": return "\n$$\\boxed{%s}$$" % a
    if c == "boxed_inline": return "$\\boxed{%s}$" % a
    if c == "bold": return f"**{a}**"
    if c == "code": return f"\n```\n{a}\n```"
    return a

def body(lang, q, steps, kind, ans, style):
    """Full output that commits to `ans` via the given steps."""
    out = _body(lang, q, steps, kind, ans, style)
    if R.random() < 0.65:
        head = R.choice(["**题目：** ", "原题：", "题目复述："] if zh(lang) else ["**Problem.** ", "Restating the problem: ", "> ", "Question recap: "])
        out = head + q.replace("\n", " ") + "\n\n" + out
    return out

def _body(lang, q, steps, kind, ans, style):
    A = fmt_answer(ans, kind)
    if style == "think":
        return (f"<think>\n{intro(lang, q)}\n\n{render_steps(steps, lang, 'prose')}\n\n{fill(lang, 5)}\n\n"
                + (f"好，结果应该是 {ans}。" if zh(lang) else f"Okay, I'm fairly confident it's {ans}.") + "\n</think>\n\n"
                + render_steps(steps, lang, R.choice(["num", "bullet"])) + "\n\n" + final(lang, A))
    if style == "markdown":
        h = ("## 题意分析", "## 解答", "## 最终答案") if zh(lang) else ("## Understanding the problem", "## Solution", "## Final answer")
        return (f"{h[0]}\n\n{intro(lang, q)} {fill(lang, 3)}\n\n{h[1]}\n\n{render_steps(steps, lang, 'stephead')}\n\n"
                f"{h[2]}\n\n{A}\n\n{ver(lang)}\n\n{fill(lang, 2)}")
    if style == "restate":
        first = (f"简要回答：{ans}。\n\n理由如下。" if zh(lang) else f"Short answer: {ans}.\n\nHere's the reasoning.")
        return f"{first}\n\n{render_steps(steps, lang)}\n\n{fill(lang, 4)}\n\n{ver(lang)}\n\n{final(lang, A)}"
    if style == "longchain":
        return (f"{intro(lang, q)}\n\n{fill(lang, 3)}\n\n{render_steps(steps, lang, 'num')}\n\n{fill(lang, 3)}\n\n"
                + (f"所以，最后的答案就是 {A}。" if zh(lang) else f"So after all of that, the answer comes out to {A}."))
    if style == "codeblock" and R.random() < 0.5:
        recap = "回顾一下：" if zh(lang) else "To recap: "
        lead = "答案（最终）：" if zh(lang) else "Final answer (boxed for clarity):"
        return f"{intro(lang, q)}\n\n{render_steps(steps, lang)}\n\n{fill(lang, 3)}\n\n{recap}{render_steps(steps, lang, 'prose')}\n\n{lead}\n```\n{ans}\n```"
    if style == "codeblock":
        lead = "最终答案：" if zh(lang) else "Final answer:"
        return f"{intro(lang, q)}\n\n{render_steps(steps, lang)}\n\n{fill(lang, 4)}\n\n{lead}\n```\n{ans}\n```\n\n{ver(lang)}"
    raise ValueError(style)

STYLES = ["think", "markdown", "restate", "longchain", "codeblock"]
cases = []
def emit(ds, kat, lang, q, out, ref, label, trap):
    USED.clear()
    cases.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref,
                      label=label, trap=trap, lang=lang))

def selfcorr(lang, q, steps, kind, bad, bad_step, good):
    if zh(lang):
        mid = f"等等，这一步不对。{R.choice(['重新算一下：', '我漏掉了条件，改正：', '检查后发现算错了，应当是：'])}"
    else:
        mid = "Wait, that's wrong. " + R.choice(["Let me redo that step: ", "I dropped something — correcting: ", "Hmm, no. Re-checking: "])
    s = steps[:-1] + [bad_step + (f"（即 {bad}）" if zh(lang) else f" (that would give {bad})"), mid + steps[-1]]
    return f"{intro(lang, q)}\n\n{fill(lang, 2)}\n\n{render_steps(s, lang, 'num')}\n\n{fill(lang, 2)}\n\n{final(lang, fmt_answer(good, kind))}"

def not_x_but_y(lang, q, steps, kind, bad, good):
    tail = (f"注意，答案不是 {bad}，而是 {good}。" if zh(lang) else f"So the answer is not {bad} but {good}.")
    return f"<think>\n{render_steps(steps, lang, 'prose')}\n{fill(lang, 3)}\n</think>\n\n{render_steps(steps, lang)}\n\n{fill(lang,2)}\n\n{tail}"

def two_answers(lang, q, steps, kind, good, bad):
    tail = R.choice([f"答案可能是 {good}，也可能是 {bad}。", f"最终答案：{good} 或 {bad}"] if zh(lang) else
                    [f"Final answer: {good} or {bad}", f"The answer is either {good} or {bad}, depending on interpretation.",
                     f"**Answer:** {good} (alternatively {bad})"])
    return f"{intro(lang, q)}\n\n{render_steps(steps[:-1], lang)}\n\n{fill(lang, 5)}\n\n{tail}"

def commit_wrong(lang, q, steps, kind, bad):
    tail = (f"不过我再想了想，感觉前面的推理可能有问题，我选择 {bad}。\n\n{final(lang, fmt_answer(bad, kind))}" if zh(lang) else
            f"Hmm, although the computation above suggests otherwise, I think the intended answer is {bad}.\n\n{final(lang, fmt_answer(bad, kind))}")
    return f"<think>\n{render_steps(steps, lang, 'prose')}\n\n{fill(lang, 5)}\n</think>\n\n{tail}"

def truncated(lang, q, steps):
    txt = f"{intro(lang, q)}\n\n{fill(lang, 2)}\n\n{render_steps(steps[:1], lang, 'num')}\n\n{fill(lang, 3)}"
    cut = int(len(txt) * R.uniform(0.8, 0.95))
    return "<think>\n" + txt[:cut]

def hedge_wrong(lang, q, steps, kind, good, bad, bad_step):
    s = steps[:-1] + [bad_step]
    if zh(lang):
        tail = f"也许是 {good}？但按上面的计算，我认为应该是 {bad}。\n\n{final(lang, fmt_answer(bad, kind))}"
    else:
        tail = f"It could be {good}, I suppose, but following the computation above I believe it is {bad}.\n\n{final(lang, fmt_answer(bad, kind))}"
    return f"{intro(lang, q)}\n\n{render_steps(s, lang)}\n\n{fill(lang, 5)}\n\n{tail}"

# ---------------- build: open math problems ----------------
for idx, (ds, kat, lang, q, ref, steps, goods, bads) in enumerate(P):
    kind = "math" if kat == "math" else "text"
    CUR["text"] = False
    if idx % 6 == 5:  # some references are short worked solutions ending in the answer
        ref = " ".join(steps) + ("\n答案：" if zh(lang) else "\nAnswer: ") + ref
    for i, g in enumerate(goods):
        st = STYLES[(idx + i) % len(STYLES)]
        emit(ds, kat, lang, q, body(lang, q, steps, kind, g, st), ref, "Correct", f"equiv_form/{st}")
    b0 = bads[0]
    if idx % 2 == 0:
        emit(ds, kat, lang, q, selfcorr(lang, q, steps, kind, b0[0], b0[2], goods[idx % len(goods)]), ref, "Correct", "self_correction")
    else:
        emit(ds, kat, lang, q, not_x_but_y(lang, q, steps, kind, b0[0], goods[idx % len(goods)]), ref, "Correct", "not_x_but_y")
    for j, (b, trap, bstep) in enumerate(bads):
        st = STYLES[(idx + j + 2) % len(STYLES)]
        emit(ds, kat, lang, q, body(lang, q, steps[:-1] + [bstep], kind, b, st), ref, "Incorrect", trap)
    r = idx % 4
    if r == 0:
        emit(ds, kat, lang, q, truncated(lang, q, steps), ref, "Incorrect", "truncated_no_final")
    elif r == 1:
        emit(ds, kat, lang, q, two_answers(lang, q, steps, kind, goods[0], b0[0]), ref, "Incorrect", "two_answers")
    elif r == 2:
        emit(ds, kat, lang, q, commit_wrong(lang, q, steps, kind, bads[-1][0]), ref, "Incorrect", "right_reasoning_wrong_commitment")
    else:
        emit(ds, kat, lang, q, hedge_wrong(lang, q, steps, kind, goods[0], b0[0], b0[2]), ref, "Incorrect", "hedge_then_wrong")

# ---------------- MCQ ----------------
def mcq_question(stem, opts, fmt):
    if fmt == "letters": return stem + "\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if fmt == "numbers": return stem + "\n" + "\n".join(f"{i+1}) {o}" for i, o in enumerate(opts))
    if fmt == "lower": return stem + "\n" + "\n".join(f"{'abcd'[i]}) {o}" for i, o in enumerate(opts))
    if fmt == "paren": return stem + "\n" + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return stem + " Answer Choices: " + " ".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
def lab(i, fmt):
    return str(i + 1) if fmt == "numbers" else ("abcd"[i] if fmt == "lower" else "ABCD"[i])

for idx, (ds, lang, stem, opts, ans, fmt, reasoning, wp, wreason) in enumerate(MCQ):
    q = mcq_question(stem, opts, fmt)
    CUR["text"] = True
    L, T, W, WT = lab(ans, fmt), opts[ans], lab(wp, fmt), opts[wp]
    ref = L
    analysis = [f"{'ABCD'[i] if fmt not in ('numbers','lower') else lab(i, fmt)}: {o[:70]}{'…' if len(o) > 70 else ''}" for i, o in enumerate(opts)]
    pre = ("逐项分析选项：\n" if zh(lang) else "Let me go through the options:\n") + "\n".join("- " + a for a in analysis)
    if zh(lang):
        goods = [f"答案是{L}", f"选{L}", f"{L}项：{T}", T, f"正确选项为 ({L})"]
        bads = [(f"答案是{W}", "wrong_option"), (f"{L}. {WT}", "letter_right_text_wrong"), (f"{W}. {T}", "letter_wrong_text_right"), (f"{L} 或 {W}", "two_options")]
    else:
        goods = [L, f"({L})", f"option {L}", f"{L}. {T}", T, f"The correct choice is {L} — {T.lower()[:60]}"]
        bads = [(W, "wrong_option"), (f"{L}. {WT}", "letter_right_text_wrong"), (f"({W}) {T}", "letter_wrong_text_right"), (f"{L} or {W}", "two_options")]
    for i, g in enumerate(goods):
        st = STYLES[(idx + i) % len(STYLES)]
        emit(ds, "alphabet_option", lang, q, pre + "\n\n" + body(lang, stem, reasoning, "text", g, st), ref, "Correct", f"mcq_form/{st}")
    for j, (b, trap) in enumerate(bads):
        st = STYLES[(idx + j + 1) % len(STYLES)]
        rs = reasoning if trap != "wrong_option" else reasoning[:-1] + [wreason]
        emit(ds, "alphabet_option", lang, q, pre + "\n\n" + body(lang, stem, rs, "text", b, st), ref, "Incorrect", trap)
    if idx % 3 == 0:
        emit(ds, "alphabet_option", lang, q, truncated(lang, stem, reasoning), ref, "Incorrect", "truncated_no_final")

# ---------------- categorical ----------------
for idx, (ds, lang, q, ref, goods, bads, reasoning) in enumerate(CAT):
    CUR["text"] = True
    for i, g in enumerate(goods):
        st = STYLES[(idx + i) % len(STYLES)]
        emit(ds, "categorical_label", lang, q, body(lang, q, reasoning, "text", g, st), ref, "Correct", f"label_phrasing/{st}")
    for j, (b, trap) in enumerate(bads):
        st = STYLES[(idx + j + 3) % len(STYLES)]
        emit(ds, "categorical_label", lang, q, body(lang, q, reasoning[:1], "text", b, st), ref, "Incorrect", trap)
    emit(ds, "categorical_label", lang, q, two_answers(lang, q, reasoning, "text", goods[0], bads[0][0]), ref, "Incorrect", "two_labels")

# ---------------- short text ----------------
for idx, (ds, lang, q, ref, goods, bads, reasoning) in enumerate(SHORT):
    kat = "short_text"
    CUR["text"] = True
    for i, g in enumerate(goods):
        st = STYLES[(idx + i) % len(STYLES)]
        emit(ds, kat, lang, q, body(lang, q, reasoning, "text", g, st), ref, "Correct", f"alias_or_extra_words/{st}")
    for j, (b, trap) in enumerate(bads):
        st = STYLES[(idx + j + 2) % len(STYLES)]
        emit(ds, kat, lang, q, body(lang, q, reasoning[:1], "text", b, st), ref, "Incorrect", trap)
    if idx % 2 == 0:
        emit(ds, kat, lang, q, two_answers(lang, q, reasoning, "text", min(goods, key=len), bads[0][0]), ref, "Incorrect", "two_answers")

R.shuffle(cases)
out = []
for i, c in enumerate(cases):
    out.append({"id": f"d6-{i+1:04d}", **c})
path = os.path.join(HERE, "dev6.jsonl")
tmp = path + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for c in out:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
os.replace(tmp, path)
from collections import Counter
print(len(out), Counter(c["label"] for c in out), Counter(c["key_answer_type"] for c in out), Counter(c["lang"] for c in out))
print("median len", statistics.median(len(c["llm_output"]) for c in out))
