# Renders a math instance into a model-like output in one of several voices.
import random, re

SCR_EN = ["Draft line {i} for {t}: {s}", "({i}) {s}", "scratch {i}: {s}", "Try: {s}", "Piece {i} of {t} → {s}"]
NUM_EN = ["Numbers in play at stage {i} of {t}: {n}.", "keeping track: {n} (stage {i}, {t})", "So far the values are {n}, for {t} step {i}."]
SCR_ZH = ["草稿 {i}（{t}）：{s}", "第 {i} 步草算：{s}", "{i}) {s}"]
NUM_ZH = ["{t} 第 {i} 步涉及的数：{n}。", "记一下 {t} 第 {i} 步的数值：{n}。"]
SCRH_EN = ["### Scratch work on {t}", "Rough notes for {t} before writing it up:", "**Scratchpad ({t})**", "First a messy pass through {t}:"]
SCRH_ZH = ["### 草稿（{t}）", "先在草稿上把 {t} 算一遍："]
RECAP_EN = ["Recap of {t}, read backwards from the conclusion:", "Let me retrace {t} from the end to make sure nothing was skipped:", "### Recap ({t}, reverse order)"]
RECAP_ZH = ["倒过来回顾一遍 {t} 的推导：", "### 回顾（{t}）"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]


# Each opener/connector embeds the instance topic so no two cases share the sentence.
OPEN_EN = [
    "Okay, so the task is about {t}, and I want to get oriented before computing anything.",
    "We are asked to deal with {t}; I'll set things up carefully.",
    "First impression of {t}: this should be routine, but the details matter.",
    "Let me think about {t} step by step and not rush the arithmetic.",
    "Alright, {t}: I want to be sure which quantity the question actually wants.",
    "Reading the problem again: it concerns {t}, and the final answer should be in the requested form.",
    "So here we have {t}, a classic textbook setup.",
    "Hmm, {t} — let me recall the standard method first.",
]
THINK_MID_EN = [
    "wait, let me double-check that line for {t} before moving on",
    "ok that seems consistent so far with {t}",
    "hmm, is that right? redoing it slowly for {t}... yes",
    "let me not trust my first pass on {t}, recomputing",
    "fine, that part of {t} checks out",
    "careful with signs here, {t} is easy to botch",
]
HEAD_SOL = ["## Solution", "### Working", "**Solution.**", "## Step-by-step", "### Approach", "Solution:"]
HEAD_VER = ["## Verification", "### Check", "**Verification:**", "Quick check:", "### Sanity check", "Verification"]
FINAL_EN = [
    "**Final answer:** {a}",
    "Final answer: {a}",
    "So the answer to {t} is {a}.",
    "Therefore the answer is {a}.",
    "Answer: {a}",
    "⇒ {a}",
    "Putting everything together for {t}, I get {a}.",
    "The final result: {a}",
    "**Answer.** {a}",
    "Hence, {a}.",
    "In summary, {a} is what {t} comes out to.",
]
PITFALL_EN = [
    "A tempting slip with {t} would give {b} ({d}); that is not what we have here.",
    "Note that {b} would be the result if one {d_verb}, which is a common error with {t}.",
    "I briefly considered {b}, but that corresponds to a mistake ({d}).",
]
SWITCH_EN = [
    "Hmm, wait. Actually I don't trust that for {t}. Reconsidering, the answer should instead be {b}.",
    "On second thought, I think I mis-stepped somewhere in {t}; re-reading the question, I'll go with {b} instead.",
    "Hold on — for {t} I think the intended reading is different, which changes the result to {b}.",
]
SELFCORR_EN = [
    "My first pass on {t} gave {b}, but wait, that's wrong — I made an error ({d}), so I'm redoing it properly:",
    "Initially I wrote {b} for {t} — no, that can't be right, that was a slip ({d}) and I need to redo this.",
    "Scratch that: {b} came from a mistake ({d}), and the correct computation for {t} is below.",
]
HEDGE_EN = [
    "I'm torn between two readings of {t}, so the answer is either {a} or {b}.",
    "For {t} I get {a}, though {b} is also plausible depending on interpretation; both are reasonable answers.",
    "Possible answers for {t}: {a} or {b}, and I can't fully decide between them.",
]

OPEN_ZH = [
    "先理解题意：这道题是关于 {t} 的。",
    "好的，我们来看 {t} 这道题，一步一步来。",
    "嗯，{t}，先回忆一下标准方法。",
    "题目要求的是 {t}，注意答案的形式。",
    "这道关于 {t} 的题不难，但细节要小心。",
]
THINK_MID_ZH = ["等一下，{t} 这一步再核对一次", "好，{t} 目前为止都对", "嗯……{t} 这里符号容易错，重新算一遍，没问题"]
FINAL_ZH = ["**最终答案：** {a}", "答案：{a}", "所以 {t} 的答案是 {a}。", "综上，{a}。", "故答案为 {a}。", "因此最终结果为 {a}"]
SWITCH_ZH = ["等等，{t} 我好像理解错了题意，重新考虑后答案应改为 {b}。", "不对，再看一遍 {t}，我觉得最终应该是 {b}。"]
SELFCORR_ZH = ["一开始我算出 {t} 的结果是 {b}，不对，中间有一步算错了，重新计算：", "刚才得到 {b}？这有问题，{t} 重新算一下。"]
HEDGE_ZH = ["{t} 的答案可能是 {a}，也可能是 {b}，两种理解都说得通。", "我在 {a} 和 {b} 之间拿不准，{t} 两个都有可能。"]


def boxed(r, a):
    """Present a final answer string in some markup."""
    inner = a.strip('$') if a.count('$') == 2 and a.startswith('$') and a.endswith('$') else None
    m = r.random()
    if inner is not None and m < 0.35:
        return f"$\\boxed{{{inner}}}$"
    if inner is not None and m < 0.5:
        return f"\n\\[\n\\boxed{{\n  {inner}\n}}\n\\]\n"
    if inner is None and m < 0.25 and '\\' not in a:
        return f"$\\boxed{{\\text{{{a}}}}}$" if any(c.isalpha() for c in a.replace('x', '').replace('y', '')) else f"$\\boxed{{{a}}}$"
    return a


def render_math(r, inst, mode, lang):
    t = inst['topic']
    steps = inst['steps_zh'] if lang == 'zh' else inst['steps_en']
    check = inst['check_zh'] if lang == 'zh' else inst['check_en']
    good = pick(r, inst['good'])
    badv = pick(r, inst['bad'])
    trap_good, trap_bad = good[1], badv[1]
    a, b, d = good[0], badv[0], badv[2]
    parts = []
    style = pick(r, ['think', 'markdown', 'prose', 'student', 'lecturer', 'terse_verify']) if lang == 'en' else pick(r, ['think', 'markdown', 'prose'])
    O = OPEN_ZH if lang == 'zh' else OPEN_EN
    TM = THINK_MID_ZH if lang == 'zh' else THINK_MID_EN
    FN = FINAL_ZH if lang == 'zh' else FINAL_EN
    HS = ["## 解答", "### 解题过程", "**解：**"] if lang == 'zh' else HEAD_SOL
    HV = ["## 验证", "### 检验", "**验算：**"] if lang == 'zh' else HEAD_VER
    q = inst['q_zh'] if lang == 'zh' else inst['q_en']

    body_steps = list(steps)
    final_answer = a
    label = 'Correct'
    trap = trap_good
    pre = []
    post_final = []
    truncated = False
    if mode == 'selfcorrect':
        pre.append(pick(r, SELFCORR_ZH if lang == 'zh' else SELFCORR_EN).format(t=t, b=b, d=d))
        trap = 'selfcorrect_' + trap_good
    elif mode == 'pitfall':
        if lang == 'en':
            post_final.append(pick(r, PITFALL_EN).format(t=t, b=b, d=d, d_verb='made the slip: ' + d))
        else:
            post_final.append(f"注意：{t} 若中间某步出错，可能会得到 {b}，那是不对的。")
        trap = 'wrong_value_mentioned_' + trap_good
    elif mode == 'bad_final':
        final_answer = b
        label = 'Incorrect'
        trap = trap_bad
        # corrupt the last step: replace it by a conclusion that asserts b
        body_steps = body_steps[:-1] + [(f"把结果整理一下，得到 {b}。" if lang == 'zh' else f"Collecting the pieces of {t}, the result is {b}.")]
    elif mode == 'switch':
        final_answer = b
        label = 'Incorrect'
        trap = 'right_in_reasoning_final_differs_' + trap_bad
        post_final = []
    elif mode == 'hedge':
        label = 'Incorrect'
        trap = 'two_answers_' + trap_bad
    elif mode == 'truncated':
        body_steps = body_steps[:-1]
        label = 'Incorrect'
        trap = 'truncated_no_final'
        truncated = True
    elif mode == 'restate':
        trap = 'stated_midtext_and_restated_' + trap_good

    # intro
    parts.append(pick(r, O).format(t=t))
    parts.append((METHOD_ZH if lang == 'zh' else METHOD_EN[inst['fam']].replace('. ', '; ').replace('i.e.', 'that is')).format(t=t))
    if lang == 'zh':
        parts.append(f"题目原文：{q}")
        parts.append(pick(r, ZH_EXTRA).format(t=t))
    slips = [x[2] for x in inst['bad']]
    if lang == 'en' and r.random() < 0.75:
        parts.append((f"{t} 的易错点：" + '；'.join(slips) + '。') if lang == 'zh' else
                     (f"Ways {t} typically goes wrong, which I will keep in mind: " + '; '.join(slips) + '.'))
    qn = [x.rstrip(',') for x in re.findall(r'-?\d[\d,]*(?:\.\d+)?', q)]
    if qn and r.random() < 0.6:
        parts.append((f"题目给出的数据：{', '.join(dict.fromkeys(qn))}（{t}）。" if lang == 'zh' else
                      f"Data given for {t}: {', '.join(dict.fromkeys(qn))}; everything else has to be derived."))
    if len(parts) > 2 and r.random() < 0.5:
        head, rest = parts[:1], parts[1:]
        r.shuffle(rest)
        parts = head + rest
    # scratch pass: every step with the numbers it uses, as a rambling model would
    scratch = []
    for i, s in enumerate(body_steps, 1):
        nums = re.findall(r'-?\d+(?:\.\d+)?', s)
        scratch.append(pick(r, SCR_ZH if lang == 'zh' else SCR_EN).format(i=i, t=t, s=s))
        if nums:
            scratch.append(pick(r, NUM_ZH if lang == 'zh' else NUM_EN).format(i=i, t=t, n=', '.join(dict.fromkeys(nums))))
        if r.random() < 0.4:
            scratch.append(pick(r, TM).format(t=t + f' #{i}') + ('.' if lang == 'en' else '。'))
    if style == 'think':
        th = ["<think>"]
        th.extend(scratch)
        if mode == 'switch':
            th.append(pick(r, SWITCH_ZH if lang == 'zh' else SWITCH_EN).format(t=t, b=b))
        th.append("</think>")
        parts = [('\n'.join(th))] + parts
    else:
        parts.append(pick(r, SCRH_ZH if lang == 'zh' else SCRH_EN).format(t=t))
        parts.append('\n'.join(scratch))
    for p in pre:
        parts.append(p)
    parts.append(pick(r, HS))
    if style in ('markdown', 'lecturer'):
        for i, s in enumerate(body_steps, 1):
            parts.append((f"**第 {i} 步.** " if lang == 'zh' else f"**Step {i}.** ") + s)
    elif style == 'student':
        parts.append(f"Given: {t}; find what the question asks about {t}, in the requested form.")
        parts.append('\n'.join('- ' + s for s in body_steps))
    else:
        parts.append(' '.join(body_steps))
    if mode == 'restate':
        parts.append((f"所以答案是 {a}。" if lang == 'zh' else f"That already gives the answer for {t}: {a}, which I'll confirm below and restate at the end."))
        final_answer = pick(r, inst['good'])[0]
    if mode == 'switch' and style != 'think':
        parts.append(pick(r, SWITCH_ZH if lang == 'zh' else SWITCH_EN).format(t=t, b=b))
    if True:
        parts.append(pick(r, RECAP_ZH if lang == 'zh' else RECAP_EN).format(t=t))
        rs = list(body_steps)
        rs.reverse()
        parts.append('\n'.join('• ' + x for x in rs))
    if style == 'lecturer' and lang == 'en':
        parts.append(f"It is worth pausing on why the method works for {t}: each step above is reversible, so no solutions are gained or lost, and the only places an error can creep in are the arithmetic and the final bookkeeping.")
    if truncated:
        text = '\n\n'.join(parts)
        cut = int(len(text) * r.uniform(0.7, 0.92))
        text = text[:cut].rstrip()
        return text, label, trap, style
    # verification
    if True:
        parts.append(pick(r, HV))
        parts.append(' '.join(check))
        if lang == 'en' and mode not in ('bad_final', 'switch', 'hedge'):
            parts.append(f"Everything about {t} is consistent with the checks above.")
    if mode == 'hedge':
        parts.append(pick(r, HEDGE_ZH if lang == 'zh' else HEDGE_EN).format(t=t, a=a, b=b))
    else:
        parts.append(pick(r, FN).format(t=t, a=boxed(r, final_answer)))
    parts.extend(post_final)
    if mode in ('bad_final', 'switch') and r.random() < 0.4:
        parts.append(f"(That is my final answer for {t}.)" if lang == 'en' else "（以上为最终答案。）")
    sep = '\n\n' if style != 'prose' else '\n\n'
    return sep.join(parts), label, trap, style


METHOD_EN = {
 'fam_quad_ineq': "For {t} the cleanest route is to factor, locate the two zeros, and use the fact that an upward parabola is negative only between its zeros. Getting the direction of the inequality and the treatment of the endpoints right is where most of the risk lies, so I'll state those explicitly rather than leave them implicit.",
 'fam_cubic_roots': "With {t} and integer-looking coefficients, the rational root theorem is the natural first tool: find one root by trial, divide it out, and finish the remaining quadratic by factoring. Vieta's formulas then give a free consistency check on the sum and product of all three roots.",
 'fam_system': "For {t} I could eliminate a variable, but Cramer's rule is quicker to audit because every number comes from a 2×2 determinant. Whatever method I use, substituting back into both original equations is the real test.",
 'fam_arith_sum': "The terms in {t} increase by a fixed step, so this is an arithmetic series; the only delicate part is counting the terms correctly, since an off-by-one in the count changes the total by a whole term.",
 'fam_prob_balls': "For {t}, order does not matter in the event, so I can count unordered pairs, or multiply conditional probabilities in sequence; doing both is a good way to catch a slip. The draws are without replacement, which matters for the second factor.",
 'fam_committee': "The key modelling question in {t} is whether order matters; it doesn't, so this is a combination, and the permutation count overcounts each group by k!.",
 'fam_cylinder': "Volume questions like {t} only need the formula V = πr²h, but it's easy to plug in a diameter where a radius belongs, or to drop π when the answer is requested in terms of π.",
 'fam_distance_radical': "For {t} the distance formula is just Pythagoras on the coordinate differences; afterwards the radical has to be simplified by pulling out the largest square factor.",
 'fam_speed_units': "In {t} the data come in kilometres and minutes while the answer is wanted in km/h, so the main job is careful unit bookkeeping; converting through m/s is a handy cross-check.",
 'fam_triangle_angle': "Given all three sides in {t}, the law of cosines gives cos C directly; the answer then has to be reported in radians, so I need to convert from the familiar degree value.",
 'fam_complex': "Multiplying out {t} is distributive expansion plus the rule i² = -1; the imaginary cross terms must be collected carefully, and the modulus identity |z₁z₂| = |z₁||z₂| is a good independent check.",
 'fam_modpow': "For {t} the exponent is far too large to compute directly, so I'll look for the cycle of powers modulo the divisor and reduce the exponent modulo the cycle length.",
 'fam_integral': "{t} is a polynomial integral, so the fundamental theorem of calculus applies immediately: antiderivative, evaluate at both limits, subtract. Fractions with denominator 3 appear because of the x³/3 term.",
 'fam_matrix': "For {t}, each entry of AB is a row of A dotted with a column of B; matrix multiplication is not commutative, so the order A then B must be respected, and the determinant product rule makes a decent check.",
 'fam_cross': "For {t} I'll use the cofactor expansion of the symbolic determinant with i, j, k in the first row; the middle (j) component carries a minus sign that is easy to forget, and the result must be orthogonal to both inputs.",
 'fam_line': "{t}: compute the slope from the two points, then use point-slope form and simplify to y = mx + b; plugging in the second point checks both the slope and the intercept at once.",
 'fam_circle': "To read off centre and radius from {t} I complete the square in x and in y separately; the centre coordinates come out with the opposite sign of the numbers inside the squared brackets.",
 'fam_compound': "For {t} the balance grows by the same factor each year, so A = P(1 + r)^n; rounding should happen only at the very end, to the nearest cent.",
 'fam_clock': "The trap in {t} is the breaks: with several repairs there is one fewer break than repairs. After that it is just clock arithmetic, and I must keep track of morning versus afternoon",
 'fam_date': "Date arithmetic for {t} needs the month lengths (and leap years) handled correctly; the weekday follows from the number of days modulo 7.",
 'fam_percent': "For {t}, percent change is always relative to the original value, not the new one; mixing up the base is the classic error.",
 'fam_scinote': "For {t} I multiply the coefficients, add the exponents, and then renormalise so that the coefficient lies in [1, 10).",
 'fam_amgm': "For {t} the two terms have a constant product, which is exactly when AM–GM gives a clean lower bound; I also need to make sure that bound is actually attained for some positive x.",
 'fam_recurrence': "{t} is a first-order linear recurrence; subtracting the fixed point turns it into a pure geometric sequence, after which the closed form is immediate. Checking the formula against the first few terms is essential.",
 'fam_aime_digits': "For {t}, 'exactly one' means divisible by one of the numbers but not by both, so inclusion–exclusion has to subtract the common multiples twice, not once.",
 'fam_abs_ineq': "{t} describes the points within a fixed distance of a centre, so the solution is a symmetric open interval around that centre.",
 'fam_log': "For {t} I combine the logarithms, exponentiate, and solve the resulting quadratic, but the domain condition must be imposed at the end because combining logs can introduce extraneous roots.",
}
METHOD_ZH = "思路：{t} 这类题先明确已知量和所求量，按标准方法一步步计算，最后代回原题检验，特别注意符号、端点和单位。"

ZH_EXTRA = [
    "做 {t} 这类题时，我习惯先把每一步的中间结果写下来，最后统一检查，这样即使某一步出错也容易定位。",
    "{t} 看起来计算量不大，但题目对答案形式有要求，所以最后一步要按题目要求的形式写出结果，不能只给一个近似值。",
    "关于 {t}，我先不急着下结论，把草稿、正式解答和回顾三部分都写清楚，再给出最终答案。",
    "这道 {t} 的题如果直接凭感觉写答案很容易在细节上翻车，所以下面每一步都写出依据。",
]
