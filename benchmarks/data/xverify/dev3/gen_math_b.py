"""Math problem families, part B: arithmetic series, percent change, matrix
products, derivatives, modular powers, fraction arithmetic, scientific
notation, LCM timetables, area/volume unit conversion.  Same dict interface
as gen_math_a."""
from fractions import Fraction as F
from math import gcd
from gen_common import pick, frac, dec, sep, words_en, int_zh


def _d(**kw):
    kw.setdefault("explore", [])
    kw.setdefault("restate", "")
    return kw


def series(rng, lang):
    a1, d, n = rng.randint(1, 20), rng.randint(2, 9), rng.randint(12, 60)
    an = a1 + (n - 1) * d
    S = n * (a1 + an) // 2
    S1 = (n - 1) * (a1 + an - d) // 2
    an_bad = a1 + n * d
    S2 = F(n * (a1 + an_bad), 2)
    terms = ", ".join(str(a1 + i * d) for i in range(5))
    if lang == "en":
        q = pick(rng, [f"Find the sum of the first {n} terms of the arithmetic sequence {terms}, ...",
                       f"An arithmetic sequence has first term {a1} and common difference {d}. What is the sum of its first {n} terms?",
                       f"A stack of cans has {a1} cans in the top row and each row below has {d} more cans than the row above. If there are {n} rows, how many cans are there in total?"])
        steps = [f"The first term is a₁ = {a1} and the common difference is d = {d}.",
                 f"The {n}th term is a₁ + (n − 1)d = {a1} + {n - 1} × {d} = {an}.",
                 f"Sum = n(a₁ + aₙ)/2 = {n} × ({a1} + {an}) / 2 = {n} × {a1 + an} / 2 = {S}."]
        forms = [str(S), sep(S), words_en(S), f"S_{{{n}}} = {S}", f"{sep(S, 'thin')}"]
        notes = [f"Gauss-style check: pair the first and last terms ({a1} + {an} = {a1 + an}), the second and second-to-last "
                 f"({a1 + d} + {an - d} = {a1 + an}), and so on. There are {n} terms, so {F(n, 2)} such pairs: {frac(F(n, 2), 'slash')} × {a1 + an} = {S}.",
                 f"Alternative formula: S = n·a₁ + n(n − 1)d/2 = {n}·{a1} + {n}·{n - 1}·{d}/2 = {n * a1} + {n * (n - 1) * d // 2} = {S}.",
                 "The first eight terms and their running totals:\n\n| k | a_k | S_k |\n|---|---|---|\n" +
                 "\n".join(f"| {j} | {a1 + (j - 1) * d} | {j * (2 * a1 + (j - 1) * d) // 2} |" for j in range(1, 9)) +
                 f"\n\nThe formula gives S_8 = 8({a1} + {a1 + 7 * d})/2 = {4 * (2 * a1 + 7 * d)}, matching the table, so it can be trusted for n = {n}.",
                 "Running partial sums of the first few terms: " + ", ".join(str(sum(a1 + i * d for i in range(j + 1))) for j in range(6)) + " — growing roughly quadratically, as expected."]
        wrong = [{"steps": steps[:1] + [f"The last term is {a1} + {n} × {d} = {an_bad}.", f"Sum = {n} × ({a1} + {an_bad}) / 2 = {frac(S2, 'slash')}."],
                  "forms": [frac(S2, "slash"), sep(int(S2)) if S2.denominator == 1 else frac(S2, "mixed")]},
                 {"steps": steps[:2] + [f"Sum of the terms before the last: {n - 1} × ({a1} + {an - d}) / 2 = {S1}."], "forms": [str(S1), sep(S1)]}]
        sentence = "the sum is {}"
        refs = [str(S), sep(S), f"S_{{{n}}} = {S}", f"a_{{{n}}} = {an}, so S = \\frac{{{n}({a1}+{an})}}{{2}} = {S}."]
        verify = [f"Check: average term × number of terms = {frac(F(a1 + an, 2), 'slash')} × {n} = {S}. ✓"]
        ds = "math_like"
    else:
        q = pick(rng, [f"已知等差数列{{aₙ}}的首项a₁={a1}，公差d={d}，求它的前{n}项和S_{n}。",
                       f"一个剧场第一排有{a1}个座位，往后每排比前一排多{d}个座位，共有{n}排。这个剧场一共有多少个座位？"])
        steps = [f"a_{n} = a₁ + ({n}−1)d = {a1} + {n - 1}×{d} = {an}；", f"S_{n} = {n}×(a₁ + a_{n})/2 = {n}×{a1 + an}/2 = {S}。"]
        forms = [str(S), int_zh(S), f"S_{n}={S}", sep(S)]
        notes = [f"另一种算法：S = na₁ + n(n−1)d/2 = {n * a1} + {n * (n - 1) * d // 2} = {S}。",
                 f"首尾配对：{a1}+{an}={a1 + an}，共{frac(F(n, 2), 'slash')}对，乘积为{S}。"]
        wrong = [{"steps": [f"a_{n} = {a1} + {n}×{d} = {an_bad}；", f"S_{n} = {n}×({a1}+{an_bad})/2 = {frac(S2, 'slash')}。"], "forms": [frac(S2, "slash")]},
                 {"steps": [steps[0], f"前{n - 1}项和：{n - 1}×({a1}+{an - d})/2 = {S1}。"], "forms": [str(S1)]}]
        sentence = "和为{}" if "S_" in q else "一共有{}个座位"
        refs = [str(S), f"S_{{{n}}}={S}", f"{S}个"]
        verify = [f"检验：平均每项 {frac(F(a1 + an, 2), 'slash')}，乘以项数{n}得{S}。"]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=verify, notes=notes)


def percent(rng, lang):
    while True:
        a = pick(rng, [20, 40, 48, 50, 64, 80, 120, 160, 200, 240, 250, 400, 500, 800])
        p = F(pick(rng, [5, 10, 25, 15, 20, 25, 30, 35, 40, 60, 75, 150, 125]), 1) if rng.random() < 0.85 else F(25, 2)
        b = F(a) * (1 + p / 100)
        if (b * 100).denominator == 1:
            break
    ps = dec(p)
    bs = dec(b) if b.denominator == 1 else dec(b, 2)
    wrongp = (b - a) / b * 100
    ratio = b / a * 100
    wdec = dec(wrongp) or f"{float(wrongp):.1f}"
    if lang == "en":
        item = pick(rng, ["a concert ticket", "a monthly bus pass", "a bag of coffee", "a gym membership", "a textbook"])
        q = pick(rng, [f"The price of {item} went up from ${a} to ${bs}. By what percent did the price increase?",
                       f"Last year {item} cost ${a}; this year it costs ${bs}. What is the percentage increase in price?"])
        steps = [f"Increase: ${bs} − ${a} = ${dec(b - a)}.", f"Relative to the original price: {dec(b - a)} / {a} = {dec(p / 100)}.",
                 f"As a percentage: {dec(p / 100)} × 100% = {ps}%."]
        forms = [f"{ps}%", f"{ps} percent", f"{ps} %", f"a {ps}% increase", f"{ps}\\%", f"increase of {ps} per cent"]
        notes = [f"Check in the other direction: ${a} × (1 + {dec(p / 100)}) = ${a} × {dec(1 + p / 100)} = ${bs}. ✓",
                 "The base of a percentage change is always the original value; dividing by the new value would give a different (and wrong) number.",
                 f"Note that the new price is {dec(ratio) or f'{float(ratio):.2f}'}% of the old price, but the question asks for the increase, so I subtract 100%."]
        wrong = [{"steps": steps[:1] + [f"Relative change: {dec(b - a)} / {bs} ≈ {wdec}%."], "forms": [f"{wdec}%", f"about {wdec}%"]},
                 {"steps": [f"Ratio of prices: {bs} / {a} = {dec(b / a) or f'{float(b / a):.3f}'}, i.e. {dec(ratio) or f'{float(ratio):.1f}'}%."],
                  "forms": [f"{dec(ratio) or f'{float(ratio):.1f}'}%"]}]
        sentence = "the price increased by {}"
        refs = [f"{ps}\\%", f"{ps}%", ps, f"The price increased by {ps}%."]
        verify = notes[:1]
        ds = "gsm8k_like"
    else:
        item = pick(rng, ["一种商品", "一本书", "一张电影票", "一箱水果"])
        q = f"{item}的价格从{a}元涨到了{bs}元，价格上涨了百分之几？"
        steps = [f"上涨的钱数：{bs} − {a} = {dec(b - a)}（元）；", f"上涨的百分比：{dec(b - a)} ÷ {a} × 100% = {ps}%。"]
        forms = [f"{ps}%", f"百分之{int_zh(int(p))}" if p.denominator == 1 else f"{ps}%", f"上涨了{ps}%", f"{ps}％"]
        notes = [f"验算：{a} × (1 + {ps}%) = {bs}（元），正确。", "注意：求增长率时要除以原价，而不是现价。"]
        wrong = [{"steps": [steps[0], f"{dec(b - a)} ÷ {bs} × 100% ≈ {wdec}%。"], "forms": [f"{wdec}%"]},
                 {"steps": [f"{bs} ÷ {a} × 100% = {dec(ratio) or f'{float(ratio):.1f}'}%。"], "forms": [f"{dec(ratio) or f'{float(ratio):.1f}'}%"]}]
        sentence = "价格上涨了{}"
        refs = [f"{ps}%", f"上涨了{ps}%"]
        verify = notes[:1]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=verify, notes=notes)


def mat(M, style):
    (a, b), (c, d) = M
    if style == "list":
        return f"[[{a}, {b}], [{c}, {d}]]"
    if style == "array":
        return f"\\left[\\begin{{array}}{{cc}} {a} & {b} \\\\ {c} & {d} \\end{{array}}\\right]"
    if style == "rows":
        return f"rows ({a}, {b}) and ({c}, {d})"
    return f"\\begin{{{style}}} {a} & {b} \\\\ {c} & {d} \\end{{{style}}}"


def mul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def matrix(rng, lang):
    while True:
        A = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-4, 5) for _ in range(2)] for _ in range(2)]
        AB, BA = mul(A, B), mul(B, A)
        T = [[AB[0][0], AB[1][0]], [AB[0][1], AB[1][1]]]
        if AB != BA and AB != T and 0 not in (A[0] + A[1] + B[0] + B[1]):
            break
    el = [[A[i][j] * B[i][j] for j in range(2)] for i in range(2)]
    ent = [f"(AB)_{{{i + 1}{j + 1}}} = ({A[i][0]})({B[0][j]}) + ({A[i][1]})({B[1][j]}) = {AB[i][j]}" for i in range(2) for j in range(2)]
    dA, dB = A[0][0] * A[1][1] - A[0][1] * A[1][0], B[0][0] * B[1][1] - B[0][1] * B[1][0]
    dAB = AB[0][0] * AB[1][1] - AB[0][1] * AB[1][0]
    forms = [mat(AB, s) for s in ("pmatrix", "bmatrix", "list", "array")]
    if lang == "en":
        q = f"Let $A = {mat(A, 'pmatrix')}$ and $B = {mat(B, 'pmatrix')}$. Compute $AB$."
        steps = ["Each entry of $AB$ is a row of $A$ dotted with a column of $B$:"] + [f"${e}$" for e in ent] + \
                [f"So $AB = {mat(AB, 'pmatrix')}$."]
        forms.append(mat(AB, "rows"))
        notes = [f"Determinant check: det(A) = {dA}, det(B) = {dB}, so det(AB) should be {dA * dB}. From the result: ({AB[0][0]})({AB[1][1]}) − ({AB[0][1]})({AB[1][0]}) = {dAB}. ✓",
                 f"Matrix multiplication is not commutative here: $BA = {mat(BA, 'pmatrix')}$, which is different, so the order matters."]
        wrong = [{"steps": [f"Multiplying, $BA = {mat(BA, 'pmatrix')}$."], "forms": [mat(BA, "pmatrix"), mat(BA, "bmatrix")]},
                 {"steps": ["Multiply corresponding entries: " + ", ".join(f"{A[i][j]}·{B[i][j]} = {el[i][j]}" for i in range(2) for j in range(2)) + "."],
                  "forms": [mat(el, "pmatrix"), mat(el, "list")]},
                 {"steps": steps[:-1] + [f"Writing the entries column by column: ${mat(T, 'pmatrix')}$."], "forms": [mat(T, "pmatrix")]}]
        sentence = "AB = {}"
        refs = [mat(AB, "pmatrix"), mat(AB, "bmatrix"), f"AB = {mat(AB, 'pmatrix')}"]
        ds = "math_like"
    else:
        q = f"已知矩阵 A = {mat(A, 'pmatrix')}，B = {mat(B, 'pmatrix')}，求 AB。"
        steps = ["按“行乘列”计算各元素："] + ent + [f"所以 AB = {mat(AB, 'pmatrix')}。"]
        notes = [f"验证：det(A) = {dA}，det(B) = {dB}，det(AB) = {dAB} = {dA}×{dB}，一致。"]
        wrong = [{"steps": [f"BA = {mat(BA, 'pmatrix')}。"], "forms": [mat(BA, "pmatrix")]},
                 {"steps": ["对应元素相乘得 " + mat(el, "pmatrix") + "。"], "forms": [mat(el, "pmatrix")]}]
        sentence = "AB = {}"
        refs = [mat(AB, "pmatrix"), mat(AB, "bmatrix")]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=notes[:1], notes=notes)


def poly(cs, var="x", rev=False):
    """cs: list of (coef, power).  Returns '3x^2 - 4x + 1'."""
    terms = [(c, p) for c, p in cs if c]
    if rev:
        terms = terms[::-1]
    out = ""
    for c, p in terms:
        mon = "" if p == 0 else (var if p == 1 else f"{var}^{p}")
        mag = abs(c)
        t = (str(mag) if mag != 1 or p == 0 else "") + mon
        out += ("-" + t if c < 0 else t) if not out else (f" - {t}" if c < 0 else f" + {t}")
    return out or "0"


def derivative(rng, lang):
    a, b, c, e = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-9, 9)
    b, c, e = b or 2, c or -3, e or 5
    f = poly([(a, 3), (b, 2), (c, 1), (e, 0)])
    d = [(3 * a, 2), (2 * b, 1), (c, 0)]
    ds = poly(d)
    g = gcd(gcd(3 * a, 2 * b), c)
    at_point = rng.random() < 0.45
    t = rng.randint(-3, 4)
    val = 3 * a * t * t + 2 * b * t + c
    fval = a * t ** 3 + b * t * t + c * t + e
    wval = 3 * a * t * t + 2 * b * t
    if lang == "en":
        q = (f"Let $f(x) = {f}$. Find $f'({t})$." if at_point else
             pick(rng, [f"Differentiate $f(x) = {f}$ with respect to $x$.", f"Find the derivative of $y = {f}$."]))
        steps = [f"Differentiate term by term with the power rule $(x^n)' = nx^{{n-1}}$:",
                 f"$({a}x^3)' = {3 * a}x^2$, $({b}x^2)' = {2 * b}x$, $({c}x)' = {c}$, and the constant {e} has derivative 0.",
                 f"So $f'(x) = {ds}$."]
        if at_point:
            steps.append(f"Then $f'({t}) = {3 * a}({t})^2 + ({2 * b})({t}) + ({c}) = {3 * a * t * t} + ({2 * b * t}) + ({c}) = {val}$.")
            forms = [str(val), f"f'({t}) = {val}", words_en(val) if val >= 0 else f"−{abs(val)}"]
            wrong = [{"steps": [f"Evaluate: $f({t}) = {fval}$."], "forms": [str(fval)]},
                     {"steps": steps[:2] + [f"So $f'(x) = {ds}$, and plugging in: $f'({t}) = {3 * a * t * t} + ({2 * b * t}) = {wval}$."], "forms": [str(wval)]}]
            refs = [str(val), f"f'({t})={val}"]
            sentence = f"f'({t}) = {{}}"
        else:
            forms = [ds, f"f'(x) = {ds}", poly(d, rev=True), f"\\frac{{dy}}{{dx}} = {ds}", ds.replace(" ", "")]
            if g > 1:
                inner = poly([(3 * a // g, 2), (2 * b // g, 1), (c // g, 0)])
                forms.append(f"{g}({inner})")
            wrong = [{"steps": steps[:1] + [f"$f'(x) = {poly([(3 * a, 2), (2 * b, 1), (c, 0), (e, 0)])}$."], "forms": [poly([(3 * a, 2), (2 * b, 1), (c, 0), (e, 0)])]},
                     {"steps": ["Bring down the exponent: " + f"$f'(x) = {poly([(3 * a, 3), (2 * b, 2), (c, 1)])}$."], "forms": [poly([(3 * a, 3), (2 * b, 2), (c, 1)])]}]
            refs = [ds, f"f'(x) = {ds}", f"y' = {ds}"]
            sentence = "f'(x) = {}"
        notes = [f"Sanity check on one term with the limit definition: for $g(x) = {a}x^3$, $\\frac{{g(x+h) - g(x)}}{{h}} = {a}(3x^2 + 3xh + h^2) \\to {3 * a}x^2$ as $h \\to 0$. ✓",
                 f"The derivative of a cubic is a quadratic, and the leading coefficient should be 3 × {a} = {3 * a}. It is.",
                 "Slopes at a few points, from f'(x) = " + ds + ":\n\n| x | f'(x) |\n|---|---|\n" +
                 "\n".join(f"| {xx} | {3 * a * xx * xx + 2 * b * xx + c} |" for xx in (-1, 0, 1, 2)) +
                 f"\n\nAt x = 0 the slope equals the coefficient of x in f, namely {c}, as expected."]
        dsn = "math_like"
    else:
        q = (f"已知 f(x) = {f}，求 f'({t})。" if at_point else f"求函数 y = {f} 的导数。")
        steps = [f"由求导法则逐项求导：({a}x³)' = {3 * a}x²，({b}x²)' = {2 * b}x，({c}x)' = {c}，常数的导数为0，", f"所以 f'(x) = {ds}。"]
        if at_point:
            steps.append(f"f'({t}) = {3 * a}×({t})² + {2 * b}×({t}) + ({c}) = {val}。")
            forms = [str(val), f"f'({t})={val}"]
            wrong = [{"steps": [f"f({t}) = {fval}。"], "forms": [str(fval)]}]
            refs = [str(val)]
            sentence = f"f'({t}) = {{}}"
        else:
            forms = [ds, f"y' = {ds}", poly(d, rev=True)]
            wrong = [{"steps": [f"y' = {poly([(3 * a, 2), (2 * b, 1), (c, 0), (e, 0)])}。"], "forms": [poly([(3 * a, 2), (2 * b, 1), (c, 0), (e, 0)])]}]
            refs = [f"y'={ds}", ds]
            sentence = "y' = {}"
        notes = ["三次函数的导数是二次函数，首项系数应为 3×" + str(a) + f" = {3 * a}，符合。"]
        dsn = "gaokao_like"
    return _d(lang=lang, dataset=dsn, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=notes[:1], notes=notes)


def modpow(rng, lang):
    while True:
        a, m = rng.randint(2, 9), pick(rng, [5, 7, 9, 11, 13, 10])
        if gcd(a, m) == 1 and a % m != 1:
            break
    n = rng.randint(25, 300)
    pw = [pow(a, i, m) for i in range(1, 40)]
    L = next(i for i in range(1, 40) if pow(a, i, m) == 1)
    r = n % L
    ans = pow(a, n, m)
    wr = pow(a, (n % L) + 1, m) if pow(a, (n % L) + 1, m) != ans else pow(a, (n % L) + 2, m)
    wm = pow(a, n % m, m) if pow(a, n % m, m) != ans else None
    lst = ", ".join(f"{a}^{i} ≡ {pw[i - 1]}" for i in range(1, L + 1))
    if lang == "en":
        q = pick(rng, [f"What is the remainder when ${a}^{{{n}}}$ is divided by {m}?", f"Find ${a}^{{{n}}} \\bmod {m}$.",
                       f"Determine the last digit of ${a}^{{{n}}}$." if m == 10 else f"Compute the remainder of ${a}^{{{n}}}$ upon division by ${m}$."])
        steps = [f"Powers of {a} modulo {m}: {lst}.", f"The pattern repeats every {L} steps.",
                 f"{n} = {L} × {n // L} + {r}, so ${a}^{{{n}}} \\equiv {a}^{{{r if r else L}}} \\equiv {ans} \\pmod{{{m}}}$."]
        forms = [str(ans), f"{ans} (mod {m})", f"the remainder is {ans}", words_en(ans), f"\\equiv {ans} \\pmod{{{m}}}"]
        notes = [f"Listing more powers to be sure the cycle is right: " + ", ".join(str(x) for x in pw[:2 * L + 1]) + " — the block of length " + str(L) + " repeats.",
                 (f"Since {m} is prime, Fermat's little theorem guarantees {a}^{m - 1} ≡ 1 (mod {m}), and indeed {L} divides {m - 1}." if m in (5, 7, 11, 13)
                  else f"Since gcd({a}, {m}) = 1, Euler's theorem says the order of {a} divides φ({m}), consistent with a cycle of length {L}.")]
        wrong = [{"steps": steps[:2] + [f"{n} mod {L} = {r}, so the answer is the ({r}+1)th entry of the cycle: {wr}."], "forms": [str(wr), f"{wr} (mod {m})"]}]
        if wm is not None:
            wrong.append({"steps": [f"Reduce the exponent mod {m}: {n} ≡ {n % m}, so ${a}^{{{n}}} \\equiv {a}^{{{n % m}}} \\equiv {wm}$."], "forms": [str(wm)]})
        sentence = "the remainder is {}"
        refs = [str(ans), f"{ans}", f"The remainder is {ans}."]
        ds = "math_like"
    else:
        q = f"求 {a}^{n} 除以 {m} 的余数。"
        steps = [f"计算 {a} 的各次幂除以 {m} 的余数：{lst}，", f"周期为 {L}。", f"{n} = {L}×{n // L} + {r}，所以余数与 {a}^{r if r else L} 相同，为 {ans}。"]
        forms = [str(ans), f"余数为{ans}", f"余{ans}", int_zh(ans)]
        notes = ["再多列几项验证周期：" + "，".join(str(x) for x in pw[:2 * L + 1]) + "。"]
        wrong = [{"steps": steps[:2] + [f"{n} 除以 {L} 余 {r}，取第{r + 1}个，得 {wr}。"], "forms": [str(wr)]}]
        sentence = "余数为{}"
        refs = [str(ans), f"余数为{ans}"]
        ds = "cmath_like"
    return _d(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
              wrong=wrong, verify=notes[:1], notes=notes)
