# -*- coding: utf-8 -*-
"""Generator for dev20 (math-heavy xverify development set).

Written by an independent author who did not read the verifier.
Rebuild:  python3 gen_dev20.py   (deterministic, seed fixed; writes dev20.jsonl atomically)
"""
import json, os, random, math
from fractions import Fraction as Fr

SEED = 20261207
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev20.jsonl")
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa: F403,E402
from common import _re  # noqa: F401,E402
from fams_algebra import *  # noqa: F403,E402
from fams_more import *  # noqa: F403,E402


NLI = [
    ("en", "A function f is differentiable on all of R.", "f is continuous on all of R.", "entailment",
     "Differentiability at a point implies continuity at that point: if the difference quotient has a limit, then f(x+h) - f(x) = h·(difference quotient) tends to 0·f'(x) = 0. Since the premise gives differentiability everywhere, continuity everywhere follows. Nothing about the hypothesis goes beyond what the premise guarantees."),
    ("en", "The matrix A has determinant 0.", "A is invertible.", "contradiction",
     "A square matrix is invertible exactly when its determinant is nonzero. det A = 0 therefore means A is singular. The hypothesis asserts the opposite, so the two statements cannot both be true."),
    ("en", "The student scored 48 out of 50 on the calculus final.", "The student scored above 90 percent on the calculus final.", "entailment",
     "48/50 = 0.96, i.e. 96%. 96% is above 90%, so whenever the premise is true the hypothesis is also true."),
    ("en", "The bakery sold all of its croissants before noon on Saturday.", "The bakery opened late on Saturday.", "neutral",
     "Selling out before noon tells us about demand or stock, not about opening time. The bakery could have opened at 6 am or at 10 am; both are consistent with selling out before noon. The hypothesis is neither implied nor ruled out."),
    ("en", "Sequence a_n = 1/n converges to 0.", "The sequence a_n = 1/n is unbounded.", "contradiction",
     "Every convergent sequence of real numbers is bounded. So if a_n = 1/n converges (to 0), it must be bounded, which directly contradicts the claim that it is unbounded."),
    ("en", "The train left Boston at 3 pm and arrived in New York at 7 pm the same day.", "The trip took four hours.", "entailment",
     "From 3 pm to 7 pm on the same day is exactly four hours. Time zones don't interfere because Boston and New York are in the same zone. The hypothesis follows."),
    ("en", "Maria has two children.", "Maria has a daughter.", "neutral",
     "Two children could be two sons, two daughters, or one of each. The premise gives no information about their sexes, so the hypothesis can't be decided from the premise."),
    ("zh", "这个三角形的三个内角分别是 30°、60° 和 90°。", "这是一个直角三角形。", "蕴含",
     "有一个内角为 90° 的三角形就是直角三角形。前提明确给出了 90° 的内角，所以假设一定成立。三个角之和 30+60+90=180 也符合三角形内角和，前提本身没有矛盾。"),
    ("zh", "小王昨天整天都在北京开会。", "小王昨天下午在上海逛街。", "矛盾",
     "前提说小王昨天整天都在北京，而假设说他昨天下午在上海。一个人不可能同一时间既在北京又在上海，所以二者不能同时为真，是矛盾关系。"),
    ("zh", "函数 f(x) 在区间 [0,1] 上连续。", "f(x) 在 [0,1] 上可导。", "中立",
     "连续不一定可导，例如 |x-1/2| 在 [0,1] 上连续但在 x=1/2 处不可导；当然也有既连续又可导的函数。仅凭前提无法判断 f 是否可导，所以是中立关系。"),
    ("zh", "这家公司今年的营业额比去年增长了 20%。", "这家公司今年的营业额比去年高。", "蕴含",
     "增长了 20% 意味着今年营业额 = 去年 × 1.2，只要去年营业额为正，今年就更高。营业额一般为正数，所以假设可以由前提推出。"),
    ("zh", "所有参加比赛的同学都拿到了纪念品。", "小李没有拿到纪念品，但他参加了比赛。", "矛盾",
     "前提说所有参赛同学都拿到了纪念品。如果小李参加了比赛，他就必然拿到了纪念品；假设却说他没拿到，与前提直接冲突。"),
    ("zh", "方程 x² = 4 的解是 x = 2 或 x = -2。", "方程 x² = 4 有两个不同的实数解。", "蕴含",
     "前提给出两个解 2 和 -2，它们互不相同且都是实数，所以“有两个不同的实数解”必然成立。"),
    ("zh", "张老师今天没有来上课。", "张老师生病了。", "中立",
     "没来上课的原因可能很多：生病、出差、请事假、调课等等。前提没有说明原因，所以既不能推出张老师生病，也不能排除这种可能，属于中立。"),
    ("zh", "这次考试的平均分是 75 分。", "这次考试至少有一个人的分数不低于 75 分。", "蕴含",
     "如果所有人的分数都低于 75 分，那么平均分也一定低于 75 分，与前提矛盾。所以至少有一个人的分数不低于 75 分，假设可以由前提推出。"),
]

NLI_FORMS = {
    "entailment": {"en": ["entailment", "Entailment", "the hypothesis is entailed", "ENTAILMENT", "entails"],
                   "zh": ["蕴含", "蕴涵", "entailment"]},
    "contradiction": {"en": ["contradiction", "Contradiction", "the two statements contradict each other", "CONTRADICTION"],
                      "zh": ["矛盾", "contradiction", "两者矛盾"]},
    "neutral": {"en": ["neutral", "Neutral", "neither entailment nor contradiction (neutral)", "NEUTRAL"],
                "zh": ["中立", "中性", "neutral", "无法判断（中立）"]},
}
ZH2EN = {"蕴含": "entailment", "矛盾": "contradiction", "中立": "neutral"}


def nli_cases(rng):
    out = []
    for idx, (lang, prem, hyp, gold, reason) in enumerate(NLI):
        zh = lang == "zh"
        g = ZH2EN.get(gold, gold)
        if zh:
            q = f"阅读以下两句话，判断它们之间的关系（蕴含、矛盾或中立）。\n前提：{prem}\n假设：{hyp}"
        else:
            q = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis, contradict it, or is it neutral? Answer with entailment, neutral, or contradiction."
        ref = gold
        bad = rng.random() < 0.45
        if bad:
            choices = [k for k in NLI_FORMS if k != g]
            lab_key = pick(rng, choices)
            trap = "wrong_label"
        else:
            lab_key = g
            trap = "label_phrasing"
        form = pick(rng, NLI_FORMS[lab_key][lang])
        if zh:
            head = pick(rng, ["我们来逐句分析。", "先看前提说了什么，再看假设。", "判断的关键是：前提为真时，假设是否一定为真。"])
            wrongnote = ""
            if bad:
                wrongnote = "\n\n不过再想一想，" + {"entailment": "前提其实已经足以保证假设成立。", "contradiction": "二者似乎不能同时成立。",
                                                "neutral": "也许还存在前提没有覆盖的情况，所以不能下定论。"}[lab_key]
            body = f"{head}\n\n{reason}{wrongnote}\n\n" + pick(rng, [f"答案是{form}。", f"**答案：{form}**", f"最终判断：{form}", f"所以两句话的关系为：{form}"])
        else:
            head = pick(rng, ["Let me check whether the hypothesis must hold whenever the premise holds.", "Key question: does the premise force the hypothesis, rule it out, or neither?", "Reading carefully:"])
            wrongnote = ""
            if bad:
                wrongnote = "\n\nOn reflection though, " + {"entailment": "I think the premise does effectively guarantee the hypothesis in any normal reading.",
                                                            "contradiction": "the two statements really can't both be true in practice.",
                                                            "neutral": "there might be readings of the premise where the hypothesis fails, so I'll be cautious."}[lab_key]
            body = f"{head}\n\n{reason}{wrongnote}\n\n" + pick(rng, [f"Answer: {form}", f"**Label:** {form}", f"The relationship is {form}.", f"Final answer: {form}", "```json\n{\"label\": \"" + form + "\"}\n```"])
        if rng.random() < 0.5:
            body = "<think>\n" + (f"前提：{prem} 假设：{hyp} 嗯……" if zh else f"premise: {prem} / hypothesis: {hyp}. hmm.") + "\n</think>\n\n" + body
        out.append(case("cmnli_like" if zh else "mnli_like", "categorical_label", q, ref, body, "Incorrect" if bad else "Correct", trap, lang))
    return out


# F18: science / general multiple choice, hand-written
SCI = [
    ("en", "gpqa_like", "A ball is thrown straight up at 19.6 m/s. Ignoring air resistance and taking g = 9.8 m/s², how long until it returns to the thrower's hand?\nA. 2.0 s\nB. 4.0 s\nC. 1.0 s\nD. 3.0 s", "B",
     "The ball decelerates at 9.8 m/s², so it reaches the top after 19.6/9.8 = 2.0 s. By symmetry the descent also takes 2.0 s, so the total flight is 4.0 s. Check with kinematics: y(t) = 19.6t − 4.9t² = 4.9t(4 − t) = 0 at t = 0 and t = 4. Option A (2.0 s) is only the time to the apex.", "2.0 s"),
    ("en", "mmlu_like", "Which of the following is the derivative of ln(x² + 1)?\nA. 1/(x² + 1)\nB. 2x/(x² + 1)\nC. 2x ln(x² + 1)\nD. x/(x² + 1)", "B",
     "Chain rule: d/dx ln(u) = u'/u with u = x² + 1 and u' = 2x, giving 2x/(x² + 1). Option A forgets the inner derivative, and D drops the factor 2. Option C looks like a product-rule confusion.", "2x/(x^2+1)"),
    ("en", "mmlu_like", "The pH of a 0.001 M HCl solution at 25 °C is closest to\n(A) 1\n(B) 2\n(C) 3\n(D) 11", "C",
     "HCl is a strong acid, fully dissociated, so [H⁺] = 1.0 × 10⁻³ M. pH = −log₁₀(10⁻³) = 3. Option D would be the pH of 0.001 M NaOH (pOH 3, pH 11).", "3"),
    ("zh", "ceval_like", "下列函数中，在区间 (0, +∞) 上单调递减的是\nA. y = x²\nB. y = ln x\nC. y = 1/x\nD. y = e^x", "C",
     "逐一分析：y = x² 在 (0,+∞) 上递增；y = ln x 递增；y = e^x 递增；y = 1/x 的导数为 −1/x² < 0，所以在 (0,+∞) 上递减。", "y = 1/x"),
    ("zh", "ceval_like", "若 sin α = 3/5，且 α 为第二象限角，则 cos α 等于\nA. 4/5\nB. −4/5\nC. 3/4\nD. −3/4", "B",
     "由 sin²α + cos²α = 1 得 cos²α = 1 − 9/25 = 16/25，|cos α| = 4/5。第二象限余弦为负，所以 cos α = −4/5。A 忽略了符号，C、D 是把正切与余弦混淆。", "−4/5"),
    ("en", "gpqa_like", "An ideal gas is compressed isothermally to half its volume. What happens to its pressure?\nA. It halves\nB. It stays the same\nC. It doubles\nD. It quadruples", "C",
     "Isothermal means T is constant, so by Boyle's law PV = const. Halving V therefore doubles P. Quadrupling would require V to drop to a quarter.", "It doubles"),
    ("zh", "ceval_like", "已知集合 A = {1, 2, 3}，B = {2, 3, 4}，则 A ∩ B =\nA. {2, 3}\nB. {1, 2, 3, 4}\nC. {1, 4}\nD. ∅", "A",
     "交集是两个集合共有的元素：2 和 3 同时属于 A 和 B，1 只在 A 中，4 只在 B 中。所以 A ∩ B = {2, 3}。B 选项是并集，C 是对称差。", "{2, 3}"),
    ("en", "mmlu_like", "How many edges does a complete graph on 7 vertices have?\nA. 14\nB. 21\nC. 42\nD. 49", "B",
     "Each edge is an unordered pair of distinct vertices, so the count is C(7,2) = 7·6/2 = 21. Option C (42) counts ordered pairs, and 49 would include loops and order.", "21"),
]


def sci_cases(rng):
    out = []
    for lang, ds, q, L, reason, text in SCI:
        zh = lang == "zh"
        others = [x for x in "ABCD" if x != L]
        r = rng.random()
        if r < 0.5:
            form = pick(rng, ([f"答案是{L}", f"选 {L}", f"{L}（{text}）"] if zh else [f"({L})", f"option {L}", f"{L}. {text}", f"{L.lower()}"]))
            label, trap = "Correct", "letter_form"
        elif r < 0.75:
            W = pick(rng, others)
            form = (f"{W}（{text}）" if zh else f"{W}. {text}")
            label, trap = "Incorrect", "text_right_letter_wrong"
        else:
            W = pick(rng, others)
            form = (f"答案是{W}" if zh else f"option {W}")
            label, trap = "Incorrect", "wrong_letter"
        body = reason + "\n\n" + (pick(rng, [f"**答案：{form}**", f"综上，{form}。"]) if zh else pick(rng, [f"**Answer:** {form}", f"Final answer: {form}", f"The answer is {form}."]))
        out.append(case(ds, "alphabet_option", q, L, body, label, trap, lang))
    return out


WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 9: "nine"}


# F19: exponential growth, scientific notation answers
def fam_sci(rng, lang):
    m0 = pick(rng, [2, 3, 4, 5, 6, 8, 9])
    e0 = rng.randint(3, 6)
    k = rng.randint(5, 12)
    N = m0 * 10 ** e0 * 2 ** k
    zh = lang == "zh"
    q = (f"某细菌培养物初始有 ${m0} \\times 10^{{{e0}}}$ 个细菌，每小时数量翻一番。{k} 小时后共有多少个细菌？" if zh else
         f"A bacterial culture starts with ${m0} \\times 10^{{{e0}}}$ cells and doubles every hour. How many cells are there after {k} hours?")
    ex = len(str(N)) - 1
    mant = Fr(N, 10 ** ex)
    mant_s = f"{float(mant):g}"
    sci = f"{mant_s} \\times 10^{{{ex}}}"
    ref = pick(rng, [sci, f"{N:,}", f"{mant_s}e{ex}"])
    steps = (f"After $t$ hours the population is $N(t) = N_0\\cdot 2^t$. Here $N_0 = {m0}\\times 10^{{{e0}}}$ and $2^{{{k}}} = {2**k}$.\n\n"
             f"$$N({k}) = {m0}\\times 10^{{{e0}}} \\times {2**k} = {m0*2**k}\\times 10^{{{e0}}} = {N:,}.$$\n\n"
             f"Moving the decimal point: ${m0*2**k} = {mant_s}\\times 10^{{{ex-e0}}}$, so $N = {mant_s}\\times 10^{{{ex-e0}+{e0}}} = {sci}$.") if not zh else (
             f"$N(t) = N_0 \\cdot 2^t$，$2^{{{k}}} = {2**k}$，所以 $N({k}) = {m0}\\times{2**k}\\times 10^{{{e0}}} = {m0*2**k}\\times 10^{{{e0}}} = {sci}$。")
    scratch = f"2^{k} = {2**k}. times {m0} = {m0*2**k}. times 10^{e0} → {N}. that's {len(str(N))} digits so exponent {ex}. mantissa {mant_s}."
    verify = (f"Order-of-magnitude check: $2^{{10}} \\approx 10^3$, so $2^{{{k}}} \\approx 10^{{{k*0.301:.1f}}}$ and $N \\approx {m0}\\times 10^{{{e0 + k*0.301:.1f}}}$, consistent with $10^{{{ex}}}$.")
    alt = f"Doubling step by step from {m0*10**e0:,}: " + ", ".join(f"{m0*10**e0*2**i:,}" for i in range(1, min(k, 6) + 1)) + (", ... and so on." if k > 6 else ".")
    words = f"{mant_s} × 10^{ex}"
    oks = [(sci, sci, "scientific_notation"), (f"{N:,}".replace(",", "{,}"), f"{N:,}", "full_integer_with_commas"),
           (f"{mant_s}\\text{{e}}{ex}", f"{mant_s}e{ex}", "e_notation"),
           (f"{float(mant)*10:g} \\times 10^{{{ex-1}}}", f"{float(mant)*10:g} × 10^{ex-1}", "non_normalised_mantissa")]
    bads = [(f"{mant_s} \\times 10^{{{ex-1}}}", f"{mant_s} × 10^{ex-1}", "exponent_off_by_one"),
            (f"{mant_s} \\times 10^{{{ex+1}}}", f"{mant_s} × 10^{ex+1}", "exponent_off_by_one_up"),
            (f"{float(Fr(m0 * 2 ** (k - 1) * 10 ** e0, 10 ** ex)):g} \\times 10^{{{ex}}}", "x", "one_doubling_too_few")]
    bads[2] = (bads[2][0], bads[2][0], bads[2][2])
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (sci, words), v, (bads[0][0], bads[0][1]),
                              (f"{m0*2**k}", f"{m0*2**k}"), alt, q)
    return case(pick(rng, ["gsm8k_like", "math_like"]), "math", q, ref, out, label, trap, lang)


# F20: angle between vectors (unit not fixed -> degrees or radians both fine)
ANG = [((1, 0), (1, 1), 45, "\\frac{\\pi}{4}"), ((1, 0), (1, 3 ** 0.5), 60, "\\frac{\\pi}{3}"), ((1, 0), (-1, 1), 135, "\\frac{3\\pi}{4}"),
       ((1, 0), (-1, 3 ** 0.5), 120, "\\frac{2\\pi}{3}"), ((1, 0), (3 ** 0.5, 1), 30, "\\frac{\\pi}{6}"), ((1, 0), (-(3 ** 0.5), 1), 150, "\\frac{5\\pi}{6}")]


def fam_angle(rng, lang):
    i = rng.randrange(len(ANG))
    _, _, deg, rad = ANG[i]
    # integer vectors realising the angle, scaled
    s1 = rng.randint(1, 4)
    vecs = {45: ((s1, 0), (2, 2)), 135: ((0, s1), (3, -3)), 60: ((s1, s1), (0, 2)) if False else None}
    u = (s1 * 2, 0)
    w = {45: (3, 3), 135: (-2, 2), 60: (1, "\\sqrt{3}"), 120: (-1, "\\sqrt{3}"), 30: ("\\sqrt{3}", 1), 150: ("-\\sqrt{3}", 1)}[deg]
    wn = {45: (3, 3), 135: (-2, 2), 60: (1, 3 ** 0.5), 120: (-1, 3 ** 0.5), 30: (3 ** 0.5, 1), 150: (-(3 ** 0.5), 1)}[deg]
    dot = u[0] * wn[0]
    nu = u[0]
    nw = math.hypot(*wn)
    cosv = dot / (nu * nw)
    cos_tex = {45: "\\frac{\\sqrt2}{2}", 135: "-\\frac{\\sqrt2}{2}", 60: "\\frac12", 120: "-\\frac12", 30: "\\frac{\\sqrt3}{2}", 150: "-\\frac{\\sqrt3}{2}"}[deg]
    zh = lang == "zh"
    wt = f"({w[0]}, {w[1]})"
    q = (f"求向量 $\\mathbf u = ({u[0]}, 0)$ 与 $\\mathbf v = {wt}$ 的夹角。" if zh else f"Find the angle between $\\mathbf{{u}} = ({u[0]}, 0)$ and $\\mathbf{{v}} = {wt}$.")
    ref = pick(rng, [rad, f"{deg}^\\circ", f"{deg} degrees"])
    steps = (f"Use $\\cos\\theta = \\frac{{\\mathbf u\\cdot\\mathbf v}}{{|\\mathbf u||\\mathbf v|}}$.\n\n"
             f"- $\\mathbf u\\cdot\\mathbf v = {u[0]}\\cdot {w[0]} + 0\\cdot {w[1]} = {dot:g}$" + (f" (that is ${u[0]}{w[0]}$)" if isinstance(w[0], str) else "") + "\n"
             f"- $|\\mathbf u| = {u[0]}$, $|\\mathbf v| = {nw:g}$" + ("" if deg in (45, 135) else " (since $1 + 3 = 4$)") + "\n\n"
             f"So $\\cos\\theta = {cos_tex}$, and with $\\theta\\in[0,\\pi]$ this gives $\\theta = {rad}$, i.e. ${deg}^\\circ$.") if not zh else (
             f"$\\cos\\theta = \\frac{{\\mathbf u\\cdot\\mathbf v}}{{|\\mathbf u||\\mathbf v|}} = {cos_tex}$，夹角范围为 $[0,\\pi]$，所以 $\\theta = {rad}$（即 ${deg}^\\circ$）。")
    scratch = f"cos = {cosv:.4f}. arccos of that is {deg} degrees = {rad.replace(chr(92), '')}. angle between vectors in [0, pi], so no ambiguity."
    verify = f"Numerically $\\arccos({cosv:.4f}) \\approx {math.degrees(math.acos(cosv)):.2f}^\\circ$ ✓"
    supp = 180 - deg
    comp = 90 - deg if deg < 90 else deg - 90
    supp_rad = {45: "\\frac{3\\pi}{4}", 135: "\\frac{\\pi}{4}", 60: "\\frac{2\\pi}{3}", 120: "\\frac{\\pi}{3}", 30: "\\frac{5\\pi}{6}", 150: "\\frac{\\pi}{6}"}[deg]
    oks = [(rad, rad, "radians"), (f"{deg}^\\circ", f"{deg}°", "degrees_when_unit_not_fixed"), (f"{deg}\\text{{ degrees}}", f"{deg} degrees", "degrees_words")]
    bads = [(supp_rad, supp_rad, "supplementary_angle"), (f"{supp}^\\circ", f"{supp}°", "supplementary_degrees"),
            (f"\\frac{{{deg}\\pi}}{{360}}", "x", "wrong_degree_to_radian_conversion")]
    if deg == 90:
        bads = bads[2:]
    bads = [(a_, a_ if b_ == "x" else b_, t) for a_, b_, t in bads]
    v = choose_variant(rng, oks, bads)
    out, label, trap = finish(rng, lang, steps, verify, scratch, None, (rad, rad), v, (supp_rad, supp_rad), (cos_tex, cos_tex), None, q)
    return case("math_like", "math", q, ref, out, label, trap, lang)


FAMS = [(fam_sci, 2), (fam_angle, 2), (fam_quad_int, 3), (fam_quad_irr, 2), (fam_line, 2), (fam_dice, 2), (fam_repeat, 2), (fam_complex, 2),
        (fam_interval, 3), (fam_matinv, 2), (fam_eigen, 2), (fam_cross, 1), (fam_integral, 2), (fam_ode, 2),
        (fam_gsm, 3), (fam_aime, 2), (fam_system, 2)]


def build(n_math=285, n_mc=46):
    rng = random.Random(SEED)
    cases, seen = [], set()
    pool = [f for f, w in FAMS for _ in range(w)]
    while len(cases) < n_math:
        f = pick(rng, pool)
        lang = "zh" if rng.random() < 0.19 else "en"
        c = f(rng, lang)
        if c["question"] in seen:
            continue
        seen.add(c["question"])
        cases.append(c)
    k = 0
    while k < n_mc:
        c = fam_mc_math(rng, "zh" if rng.random() < 0.25 else "en")
        if c["question"] in seen:
            continue
        seen.add(c["question"])
        cases.append(c)
        k += 1
    cases += nli_cases(rng) + sci_cases(rng)
    rng.shuffle(cases)
    recs = []
    for i, c in enumerate(cases, 1):
        rec = {"id": f"d20-{i:04d}"}
        rec.update(c)
        recs.append(rec)
    return recs


def main():
    recs = build()
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(len(recs), "cases written to", OUT)


if __name__ == "__main__":
    main()
