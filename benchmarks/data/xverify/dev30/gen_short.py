"""Short-answer questions about named theorems, special points and conic types."""
from common import L, build_trace, pick_mode, MODE_TAG
from gen_sets import _lin

# (en question, zh question, right forms en, right forms zh, near-miss wrong en, wrong zh, reasoning en, reasoning zh)
THEOREMS = [
    ("Which theorem states that in a right triangle the square of the hypotenuse equals the sum of the squares of the legs?",
     "直角三角形中，斜边的平方等于两直角边的平方和，这是哪个定理？",
     ["Pythagorean theorem", "Pythagoras' theorem", "the theorem of Pythagoras"], ["勾股定理", "毕达哥拉斯定理"],
     ["Law of Cosines", "Thales' theorem"], ["余弦定理", "射影定理"],
     "The statement $a^2 + b^2 = c^2$ for legs $a, b$ and hypotenuse $c$ is the classical right-triangle relation.",
     "$a^2+b^2=c^2$ 是直角三角形的经典关系。"),
    ("Which theorem states that if $p$ is prime and $p \\nmid a$, then $a^{p-1} \\equiv 1 \\pmod p$?",
     "若 $p$ 为素数且 $p \\nmid a$，则 $a^{p-1} \\equiv 1 \\pmod p$，这是什么定理？",
     ["Fermat's little theorem", "Fermat's Little Theorem"], ["费马小定理"],
     ["Fermat's last theorem", "Wilson's theorem"], ["费马大定理", "威尔逊定理"],
     "This congruence for prime moduli is the one used constantly for reducing exponents.", "这是素数模下约化指数常用的同余式。"),
    ("Which theorem states that $(p-1)! \\equiv -1 \\pmod p$ for every prime $p$?", "对任意素数 $p$，$(p-1)! \\equiv -1 \\pmod p$，这是什么定理？",
     ["Wilson's theorem", "Wilson theorem"], ["威尔逊定理"], ["Fermat's little theorem", "Euler's theorem"], ["费马小定理", "欧拉定理"],
     "The factorial congruence characterises primes.", "阶乘同余式刻画了素数。"),
    ("Which result relates the sum and product of the roots of a polynomial to its coefficients?", "多项式根的和与积与系数之间的关系称为什么？",
     ["Vieta's formulas", "Viète's formulas", "Vieta's theorem"], ["韦达定理", "根与系数的关系"], ["Descartes' rule of signs", "the Rational Root Theorem"],
     ["笛卡尔符号法则", "有理根定理"], "For $x^2+bx+c$, the roots satisfy $r_1+r_2=-b$ and $r_1r_2=c$.", "对 $x^2+bx+c$，有 $x_1+x_2=-b$，$x_1x_2=c$。"),
    ("Which inequality states that $(\\sum a_i b_i)^2 \\le (\\sum a_i^2)(\\sum b_i^2)$?", "不等式 $(\\sum a_i b_i)^2 \\le (\\sum a_i^2)(\\sum b_i^2)$ 叫什么？",
     ["Cauchy-Schwarz inequality", "the Cauchy–Schwarz inequality", "Cauchy inequality"], ["柯西不等式", "柯西-施瓦茨不等式"],
     ["AM-GM inequality", "Hölder's inequality", "triangle inequality"], ["均值不等式", "排序不等式"],
     "The inner product squared is bounded by the product of squared norms.", "内积的平方不超过模长平方之积。"),
    ("In triangle $ABC$ with cevians $AD, BE, CF$ concurrent, $\\frac{BD}{DC}\\cdot\\frac{CE}{EA}\\cdot\\frac{AF}{FB} = 1$. Which theorem is this?",
     "三角形 $ABC$ 中三条塞瓦线 $AD, BE, CF$ 共点，则 $\\frac{BD}{DC}\\cdot\\frac{CE}{EA}\\cdot\\frac{AF}{FB} = 1$。这是什么定理？",
     ["Ceva's theorem", "Ceva theorem"], ["塞瓦定理"], ["Menelaus' theorem", "Stewart's theorem"], ["梅涅劳斯定理", "斯特瓦尔特定理"],
     "Concurrent cevians and the product of ratios equal to one.", "三线共点、比值之积为 1。"),
    ("For a cyclic quadrilateral $ABCD$, $AC\\cdot BD = AB\\cdot CD + AD\\cdot BC$. Which theorem is this?",
     "圆内接四边形 $ABCD$ 满足 $AC\\cdot BD = AB\\cdot CD + AD\\cdot BC$，这是什么定理？",
     ["Ptolemy's theorem", "Ptolemy theorem"], ["托勒密定理"], ["Brahmagupta's formula", "the Power of a Point theorem"], ["婆罗摩笈多公式", "圆幂定理"],
     "Product of diagonals equals the sum of products of opposite sides.", "对角线之积等于两组对边乘积之和。"),
    ("Which principle says that if $n+1$ objects are placed in $n$ boxes, some box contains at least two objects?", "把 $n+1$ 个物体放入 $n$ 个盒子，必有一个盒子至少有两个物体，这是什么原理？",
     ["pigeonhole principle", "Dirichlet's box principle", "the pigeon-hole principle"], ["抽屉原理", "鸽巢原理"],
     ["inclusion-exclusion principle", "the extremal principle"], ["容斥原理", "极端原理"], "Counting objects against boxes.", "比较物体数与盒子数。"),
    ("If $f$ is continuous on $[a,b]$, differentiable on $(a,b)$ and $f(a) = f(b)$, there is $c$ with $f'(c) = 0$. Which theorem is this?",
     "若 $f$ 在 $[a,b]$ 上连续、在 $(a,b)$ 内可导且 $f(a)=f(b)$，则存在 $c$ 使 $f'(c)=0$。这是什么定理？",
     ["Rolle's theorem", "Rolle theorem"], ["罗尔定理"], ["Mean Value Theorem", "Intermediate Value Theorem"], ["拉格朗日中值定理", "介值定理"],
     "Equal endpoint values force a horizontal tangent.", "端点值相等推出存在水平切线。"),
    ("Which theorem states that $(\\cos\\theta + i\\sin\\theta)^n = \\cos n\\theta + i\\sin n\\theta$?", "$(\\cos\\theta + i\\sin\\theta)^n = \\cos n\\theta + i\\sin n\\theta$ 叫什么定理？",
     ["De Moivre's theorem", "de Moivre's formula"], ["棣莫弗定理", "棣莫弗公式"], ["Euler's identity", "the binomial theorem"], ["欧拉恒等式", "二项式定理"],
     "Raising a unit complex number to a power multiplies its argument.", "复数乘方时辐角相乘。"),
    ("In any triangle, $\\frac{a}{\\sin A} = \\frac{b}{\\sin B} = \\frac{c}{\\sin C}$. What is this result called?", "三角形中 $\\frac{a}{\\sin A} = \\frac{b}{\\sin B} = \\frac{c}{\\sin C}$，这叫什么定理？",
     ["Law of Sines", "the sine rule", "sine law"], ["正弦定理"], ["Law of Cosines", "Law of Tangents"], ["余弦定理", "正切定理"],
     "Side over the sine of the opposite angle is constant (equal to $2R$).", "边与对角正弦之比为常数 $2R$。"),
    ("Which formula gives the area of a triangle as $\\sqrt{s(s-a)(s-b)(s-c)}$ with $s$ the semiperimeter?", "用半周长 $s$ 表示三角形面积 $\\sqrt{s(s-a)(s-b)(s-c)}$ 的公式叫什么？",
     ["Heron's formula", "Hero's formula"], ["海伦公式", "海伦-秦九韶公式"], ["Brahmagupta's formula", "Pick's theorem"], ["婆罗摩笈多公式", "皮克定理"],
     "The area from three side lengths only.", "只用三边长求面积。"),
    ("What is the name of the point where the three medians of a triangle meet?", "三角形三条中线的交点叫什么？",
     ["centroid", "the centroid (center of mass)", "barycenter"], ["重心"], ["orthocenter", "circumcenter", "incenter"], ["垂心", "外心", "内心"],
     "Medians join vertices to midpoints of opposite sides; they meet at a point dividing each in ratio 2:1.", "中线交点把每条中线分成 2:1。"),
    ("What is the name of the point where the three altitudes of a triangle meet?", "三角形三条高所在直线的交点叫什么？",
     ["orthocenter", "the orthocentre"], ["垂心"], ["centroid", "circumcenter", "incenter"], ["重心", "外心", "内心"],
     "Altitudes are perpendicular from each vertex to the opposite side.", "高是从顶点向对边作的垂线。"),
    ("What is the name of the point where the three angle bisectors of a triangle meet?", "三角形三条角平分线的交点叫什么？",
     ["incenter", "the incentre", "center of the inscribed circle"], ["内心", "内切圆圆心"], ["circumcenter", "centroid", "excenter"], ["外心", "重心", "旁心"],
     "This point is equidistant from the three sides.", "该点到三边距离相等。"),
]


def conic(rng, lang):
    while True:
        A, B, C = rng.randint(-4, 5), rng.randint(-6, 6), rng.randint(-4, 5)
        D = B * B - 4 * A * C
        if A and C and D != 0:
            break
    kind = "ellipse" if D < 0 else "hyperbola"
    if D < 0 and A == C and B == 0:
        return None
    eq = _lin([A, B, C], ["x^2", "xy", "y^2"]) + f" = {rng.randint(3, 30)}"
    if D < 0 and A < 0:
        return None
    q = L(lang, f"Assuming the curve ${eq}$ is non-degenerate, what type of conic section is it?", f"假设曲线 ${eq}$ 非退化，它是哪一种圆锥曲线？")
    steps = [L(lang, f"Use the discriminant $B^2 - 4AC = ({B})^2 - 4({A})({C}) = {D}$.", f"计算判别式 $B^2-4AC = ({B})^2 - 4({A})({C}) = {D}$。"),
             L(lang, f"Since it is {'negative' if D < 0 else 'positive'}, the conic is of {kind} type.", f"判别式{'小于' if D < 0 else '大于'} 0。")]
    if lang == "en":
        right = ["an ellipse", "ellipse (possibly rotated)"] if D < 0 else ["a hyperbola", "hyperbola (rotated)"]
        wrong = ["a hyperbola", "a parabola"] if D < 0 else ["an ellipse", "a parabola"]
    else:
        right = ["椭圆"] if D < 0 else ["双曲线"]
        wrong = ["双曲线", "抛物线"] if D < 0 else ["椭圆", "抛物线"]
    ref = L(lang, kind, "椭圆" if D < 0 else "双曲线")
    return q, ref, right, wrong, steps


def make_short(rng, lang, want_correct):
    while True:
        if rng.random() < 0.25:
            r = conic(rng, lang)
            if r is None:
                continue
            q, ref, rights, wrongs, steps = r
            ds = "math_short_like"
            break
        t = rng.choice(THEOREMS)
        zh = lang == "zh"
        q = t[1] if zh else t[0]
        rights, wrongs = (t[3], t[5]) if zh else (t[2], t[4])
        ref = rights[0]
        rights = rights[1:] or rights
        steps = [t[7] if zh else t[6],
                 L(lang, "Let me recall the standard names of the related results so I do not mix them up.", "回忆一下相关结论的名称，避免混淆。"),
                 L(lang, f"The related results include {', '.join(wrongs)} and {ref}; they are often confused in exam settings.",
                   f"相关结论有{'、'.join(wrongs)}和{ref}，考试中常被混淆。")]
        ds = "theorem_qa_like"
        break
    if want_correct:
        mode = pick_mode(rng, True)
        ans = rng.choice(rights)
        tag = "alias_name" if ans != ref else "exact_name"
        tag = MODE_TAG.get(mode, tag)
        wrong = rng.choice(wrongs)
        text = build_trace(rng, lang, steps, mode, f"\\text{{{ans}}}", f"\\text{{{wrong}}}")
        label = "Correct"
    else:
        mode = pick_mode(rng, False)
        wrong = rng.choice(wrongs)
        tag = MODE_TAG.get(mode, "near_miss_name")
        text = build_trace(rng, lang, steps, mode, f"\\text{{{rng.choice(rights)}}}", f"\\text{{{wrong}}}")
        label = "Incorrect"
    return dict(dataset=ds, key_answer_type="short_text", question=q, llm_output=text, correct_answer=ref,
                label=label, lang=lang, trap=tag)
