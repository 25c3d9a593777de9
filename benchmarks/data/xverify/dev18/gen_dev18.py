#!/usr/bin/env python3
"""Generator for dev18 (VAR-style verifier dev set). Written by an independent author
who did not read the verifier. Run: python3 gen_dev18.py  (deterministic, seed fixed)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb

R = random.Random(1807)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev18.jsonl")


def fr_tex(f):
    f = F(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return f"{s}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def fr_plain(f):
    f = F(f)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def term_dec(f):
    """decimal string if terminating else None"""
    f = F(f)
    d = f.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return None
    s = f"{float(f):.10f}".rstrip("0").rstrip(".")
    return s


# ---------------- final answer styles ----------------
EN_FINAL = [
    lambda a: f"\n\n**Final Answer:** $\\boxed{{{a}}}$",
    lambda a: f"\n\nFinal answer: {a}",
    lambda a: f"\n\nSo the answer is **{a}**.",
    lambda a: f"\n\n\\[\n\\boxed{{{a}}}\n\\]",
    lambda a: f"\n\n$$ {a} $$",
    lambda a: f"\n\n{a}",
    lambda a: f"\n\nTherefore, the required value is {a}.",
    lambda a: f"\n\n### Answer\n{a}",
    lambda a: f"\n\nThe final answer is $\\boxed{{{a}}}$. I hope it is correct.",
    lambda a: f"\n\nAnswer: {a}",
    lambda a: f"\n\nPutting it all together we get {a}, and that is what I'll commit to.",
]
ZH_FINAL = [
    lambda a: f"\n\n**答案**：${a}$",
    lambda a: f"\n\n综上所述，答案为 $\\boxed{{{a}}}$。",
    lambda a: f"\n\n最终答案：{a}",
    lambda a: f"\n\n故所求结果是 {a}。",
    lambda a: f"\n\n\\[\n\\boxed{{{a}}}\n\\]",
    lambda a: f"\n\n{a}",
]


def wrap(body, final, zh, rng):
    """assemble output with a habit chosen per case"""
    fin = rng.choice(ZH_FINAL if zh else EN_FINAL)(final)
    if rng.random() < 0.35:
        think_end = rng.randint(int(len(body) * 0.5), len(body))
        # put whole working in think block, then a short recap
        recap = ("\n\n整理一下上面的推导。" if zh else "\n\nCleaning up the reasoning above for the write-up.")
        return "<think>\n" + body + "\n</think>" + recap + fin
    return body + fin


# ---------------- math families ----------------
# each returns dict(question, ref, body(final_value_text)->str, finals_ok [(text,trap)], finals_bad [(text,trap,slip)])

def fam_shop(rng):
    item = rng.choice(["notebooks", "bags of rice", "concert tickets", "potted ferns", "bike helmets", "jars of honey"])
    n = rng.randint(4, 15)
    p = rng.choice([3, 4, 6, 7.5, 8, 12, 15, 2.25])
    disc = rng.choice([10, 20, 25, 15])
    tax_fee = rng.choice([0, 5, 3])
    sub = n * p
    total = sub * (100 - disc) / 100 + tax_fee
    total = round(total, 2)
    name = rng.choice(["Mariana", "Tobias", "Keiko", "Dev", "Olu", "Franziska", "Hamid"])
    q = (f"{name} buys {n} {item} at ${p:g} each. The store takes {disc}% off the subtotal"
         + (f", and then adds a flat ${tax_fee} delivery fee" if tax_fee else "")
         + f". How many dollars does {name} pay in total?")
    wrong_nodisc = round(sub + tax_fee, 2)
    wrong_feefirst = round((sub + tax_fee) * (100 - disc) / 100, 2)
    def body(v):
        s = f"Let me set this up. {name} buys {n} {item}, each costing ${p:g}.\n\n"
        s += f"Subtotal: {n} × {p:g} = {sub:g} dollars.\n\n"
        s += (f"Now the discount. {disc}% off means paying {100-disc}% of the subtotal. Hmm, should I apply the discount per item or on the subtotal? "
              f"Percent discounts are linear, so it doesn't matter: {p:g} × {(100-disc)/100:g} = {p*(100-disc)/100:g} per item, and {n} of those is {n*p*(100-disc)/100:g}. "
              f"Same as {sub:g} × {(100-disc)/100:g} = {sub*(100-disc)/100:g}. Good.\n\n")
        if tax_fee:
            s += (f"Then the delivery fee. Wait — does the fee get discounted too? Re-reading: the store takes {disc}% off the subtotal, *and then* adds ${tax_fee}. "
                  f"So the fee is added after the discount and is not reduced. If I had discounted it I'd get {wrong_feefirst:g}, which is not what the problem describes.\n\n"
                  f"{sub*(100-disc)/100:g} + {tax_fee} = {total:g}.\n\n")
        s += (f"Let me double-check by another route. Savings = {disc}% of {sub:g} = {sub*disc/100:g}. "
              f"{sub:g} − {sub*disc/100:g} = {sub*(100-disc)/100:g}" + (f", plus {tax_fee} gives {total:g}" if tax_fee else "") + ". Consistent.\n\n")
        s += (f"Sanity check on magnitude: without any discount it'd be {wrong_nodisc:g}, and the answer should be a bit less than that — it is.\n\n"
              f"Recap: subtotal {sub:g}, discounted to {sub*(100-disc)/100:g}" + (f", fee {tax_fee}" if tax_fee else "") + f", total {v}.")
        return s
    ok = [(f"\\${total:.2f}", "money_dollar_sign"), (f"{total:g}", "plain_number"), (f"{total:g} dollars", "number_with_unit_word")]
    if total == int(total):
        ok.append((f"{int(total)}.00", "trailing_zeros"))
    bad = [(f"{wrong_nodisc:g}", "forgot_discount", "Actually, I realize I may have misread — I'll just go with the undiscounted total to be safe."),
           (f"{round(total*100):g}", "cents_vs_dollars_scale", "Expressing in cents to avoid decimals.")]
    if tax_fee:
        bad.append((f"{wrong_feefirst:g}", "discounted_fee", "Hmm, on reflection the fee is probably part of the subtotal, so let me discount everything."))
    ref = rng.choice([f"{total:g}", f"{total:.2f}" if total != int(total) else f"{int(total)}"])
    return dict(dataset="gsm8k_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=False)


def fam_shop_zh(rng):
    n1 = rng.randint(10, 40); n2 = rng.randint(5, 20)
    heads = n1 + n2; legs = 2 * n1 + 4 * n2
    q = f"鸡兔同笼，共有 {heads} 个头，{legs} 只脚。问兔有多少只？"
    def body(v):
        s = (f"设鸡有 $x$ 只，兔有 $y$ 只。\n\n根据头数：$x + y = {heads}$。\n根据脚数：$2x + 4y = {legs}$。\n\n"
             f"先试试“抬脚法”：假设全是鸡，则脚数为 $2 \\times {heads} = {2*heads}$，比实际少 ${legs} - {2*heads} = {legs-2*heads}$ 只。"
             f"每把一只鸡换成兔，脚数增加 2，所以兔的只数为 ${legs-2*heads} \\div 2 = {n2}$。\n\n"
             f"等等，我再用方程核对一下。由第一式得 $x = {heads} - y$，代入第二式：$2({heads} - y) + 4y = {legs}$，即 ${2*heads} + 2y = {legs}$，"
             f"$2y = {legs-2*heads}$，$y = {n2}$。于是 $x = {n1}$。\n\n"
             f"验算：头数 ${n1} + {n2} = {heads}$ ✓；脚数 $2\\times{n1} + 4\\times{n2} = {2*n1} + {4*n2} = {legs}$ ✓。\n\n"
             f"注意题目问的是兔，不是鸡（鸡有 {n1} 只）。所以兔有 {v}。")
        return s
    ok = [(f"{n2} 只", "zh_unit_measure_word"), (f"{n2}", "plain_number"), (f"y={n2}", "variable_assignment")]
    bad = [(f"{n1} 只", "answered_other_quantity", "不对，题目应该问的是鸡的数量，改为鸡。"),
           (f"{n2+n1}", "sum_instead", "把两者加起来作为答案。")]
    return dict(dataset="gsm8k_like", question=q, ref=str(n2), body=body, ok=ok, bad=bad, zh=True)


def fam_linsys(rng):
    x = rng.randint(-7, 9); y = rng.randint(-8, 8)
    while x == y or x == 0 or y == 0:
        x = rng.randint(-7, 9); y = rng.randint(-8, 8)
    a, b, c, d = [rng.choice([1, 2, 3, 4, 5, -1, -2, -3]) for _ in range(4)]
    while a * d - b * c == 0:
        d += 1
    e = a * x + b * y; f = c * x + d * y
    def tm(co, v, first=False):
        sign = "-" if co < 0 else ("" if first else "+")
        mag = "" if abs(co) == 1 else str(abs(co))
        return f"{sign} {mag}{v}".strip() if first else f" {sign} {mag}{v}"
    eq1 = f"{tm(a,'x',True)}{tm(b,'y')} = {e}"; eq2 = f"{tm(c,'x',True)}{tm(d,'y')} = {f}"
    q = f"Solve the system of equations and give the solution as an ordered pair $(x, y)$:\n$$\\begin{{cases}} {eq1} \\\\ {eq2} \\end{{cases}}$$"
    det = a * d - b * c
    def body(v):
        s = (f"We have\n(1) {eq1}\n(2) {eq2}\n\nI'll use elimination. Multiply (1) by {c} and (2) by {a}:\n"
             f"- {a*c}x + {b*c}y = {e*c}\n- {a*c}x + {a*d}y = {a*f}\n\nSubtracting the first from the second: ({a*d} − {b*c})y = {a*f} − {e*c}, i.e. {det}y = {a*f-e*c}, so y = {y}.\n\n"
             f"Hmm wait, let me make sure I subtracted in the right order — ({a*d})−({b*c}) = {det} and ({a*f})−({e*c}) = {a*f-c*e}. Yes, y = {F(a*f-c*e, det)} = {y}.\n\n"
             f"Back-substitute into (1): {a}x + {b}·({y}) = {e} → {a}x = {e - b*y} → x = {x}.\n\n"
             f"Check with Cramer's rule as an independent confirmation: D = ({a})({d}) − ({b})({c}) = {det}; "
             f"D_x = ({e})({d}) − ({b})({f}) = {e*d-b*f}, so x = {e*d-b*f}/{det} = {x}; D_y = ({a})({f}) − ({e})({c}) = {a*f-e*c}, y = {y}. ✓\n\n"
             f"Plug into (2): {c}·{x} + {d}·{y} = {c*x} + {d*y} = {f} ✓.\n\nSo the ordered pair is {v}.")
        return s
    ok = [(f"({x}, {y})", "tuple"), (f"x = {x}, y = {y}", "tuple_as_assignments"), (f"\\left({x},{y}\\right)", "tuple_latex_left_right")]
    bad = [(f"({y}, {x})", "tuple_swapped", "Writing it as (y, x) in the order I solved for them."),
           (f"({x}, {-y})", "tuple_sign_error", "Actually I think I dropped a sign for y in the elimination; flipping it.")]
    return dict(dataset="math_like", question=q, ref=f"({x}, {y})" if rng.random() < .5 else f"\\left( {x}, {y} \\right)", body=body, ok=ok, bad=bad, zh=False)


def fam_quad(rng):
    r1 = rng.randint(-9, 9); r2 = rng.randint(-9, 9)
    while r1 == r2 or r1 == 0 or r2 == 0:
        r1 = rng.randint(-9, 9); r2 = rng.randint(-9, 9)
    k = rng.choice([1, 2, 3])
    b = -k * (r1 + r2); c = k * r1 * r2
    def poly():
        s = f"{'' if k==1 else k}x^2"
        s += (f" - {abs(b) if abs(b)!=1 else ''}x" if b < 0 else (f" + {b if b!=1 else ''}x" if b > 0 else ""))
        s += (f" - {abs(c)}" if c < 0 else f" + {c}")
        return s
    P = poly()
    lo, hi = sorted([r1, r2])
    zh = rng.random() < 0.25
    if zh:
        q = f"求方程 ${P} = 0$ 的所有实数解。"
    else:
        q = f"Find all real solutions of ${P} = 0$."
    disc = b * b - 4 * k * c
    import math
    sq = int(math.isqrt(disc))
    def body(v):
        if zh:
            return (f"先看能否因式分解。方程为 ${P}=0$。" + (f"两边同除以 {k}：$x^2 {'-' if (r1+r2)>0 else '+'} {abs(r1+r2)}x {'+' if r1*r2>0 else '-'} {abs(r1*r2)} = 0$。" if k != 1 else "") +
                    f"\n\n需要两个数，积为 ${r1*r2}$，和为 ${r1+r2}$。试了几组：先想到 ${-r1}$ 和 ${-r2}$，和为 ${-(r1+r2)}$，符号反了，不对。"
                    f"换成 ${r1}$ 与 ${r2}$：积 ${r1*r2}$，和 ${r1+r2}$，正好。\n\n因此 $(x - ({r1}))(x - ({r2})) = 0$。\n\n"
                    f"用求根公式再核对：判别式 $\\Delta = ({b})^2 - 4\\cdot{k}\\cdot({c}) = {b*b} - ({4*k*c}) = {disc}$，$\\sqrt{{\\Delta}} = {sq}$。"
                    f"$x = \\dfrac{{{-b} \\pm {sq}}}{{{2*k}}}$，得 $x = {F(-b+sq,2*k)}$ 或 $x = {F(-b-sq,2*k)}$。与因式分解一致。\n\n"
                    f"代入检验 $x={r1}$：${k}\\cdot{r1*r1} + ({b})({r1}) + ({c}) = {k*r1*r1 + b*r1 + c}$ ✓。\n\n所以解为 {v}")
        return (f"First I'll try to factor. " + (f"Dividing through by {k} gives $x^2 {'-' if (r1+r2)>0 else '+'} {abs(r1+r2)}x {'+' if r1*r2>0 else '-'} {abs(r1*r2)} = 0$. " if k != 1 else "") +
                f"I need two numbers with product {r1*r2} and sum {r1+r2}.\n\nLet me list factor pairs of {abs(r1*r2)}: "
                + ", ".join(f"({i}, {abs(r1*r2)//i})" for i in range(1, abs(r1*r2) + 1) if abs(r1 * r2) % i == 0 and i * i <= abs(r1 * r2)) +
                f". With signs, {r1} and {r2} work: product {r1*r2}, sum {r1+r2}.\n\n"
                f"So ${P} = {'' if k==1 else k}(x {'-' if r1>0 else '+'} {abs(r1)})(x {'-' if r2>0 else '+'} {abs(r2)})$.\n\n"
                f"Hmm, let me not trust factoring blindly. Quadratic formula: discriminant $= ({b})^2 - 4({k})({c}) = {disc}$, whose square root is {sq}. "
                f"So $x = \\frac{{{-b} \\pm {sq}}}{{{2*k}}}$, i.e. $x = {F(-b+sq,2*k)}$ and $x = {F(-b-sq,2*k)}$. Matches.\n\n"
                f"Vieta check: sum of roots should be $-b/a = {F(-b,k)}$ → {r1} + {r2} = {r1+r2} ✓; product $c/a = {F(c,k)}$ → {r1*r2} ✓.\n\n"
                f"Both are real and distinct, so the solution set is {v}")
    ok = [(f"x = {lo} \\text{{ or }} x = {hi}", "roots_or_phrase"), (f"\\{{{hi}, {lo}\\}}", "set_reordered"), (f"{hi}, {lo}", "roots_comma_list"), (f"x_1={lo},\\ x_2={hi}", "indexed_roots")]
    bad = [(f"x = {hi}", "only_one_root", "Since the problem likely wants the larger solution, I'll report just that one."),
           (f"\\{{{-lo}, {-hi}\\}}", "roots_sign_flipped", "Hmm, the roots of (x−a) are −a, right? Let me flip signs."),
           ]
    if r1 == -r2:
        bad = [bad[0]]
    ref = rng.choice([f"{lo}, {hi}", f"x={lo} \\text{{ or }} x={hi}", f"\\{{{lo},{hi}\\}}"])
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=zh)


def fam_integral(rng):
    a = rng.randint(1, 4); b = rng.randint(-5, 5); c = rng.randint(0, 3); U = rng.randint(1, 4); L = 0
    # integral of a x^2 + b x + c from L to U
    antideriv = lambda t: F(a, 3) * t ** 3 + F(b, 2) * t ** 2 + c * t
    val = antideriv(U) - antideriv(L)
    integrand = f"{a if a!=1 else ''}x^2 {'+' if b>=0 else '-'} {abs(b)}x + {c}"
    q = f"Evaluate $\\displaystyle\\int_{{{L}}}^{{{U}}} \\left({integrand}\\right)\\,dx$."
    def body(v):
        return (f"Antiderivative term by term:\n\n- $\\int {a}x^2\\,dx = \\frac{{{a}}}{{3}}x^3$\n- $\\int {b}x\\,dx = \\frac{{{b}}}{{2}}x^2$\n- $\\int {c}\\,dx = {c}x$\n\n"
                f"So $G(x) = \\frac{{{a}}}{{3}}x^3 + \\frac{{{b}}}{{2}}x^2 + {c}x$.\n\n"
                f"$G({U}) = \\frac{{{a}}}{{3}}\\cdot {U**3} + \\frac{{{b}}}{{2}}\\cdot {U**2} + {c*U} = {fr_tex(F(a*U**3,3))} + {fr_tex(F(b*U*U,2))} + {c*U} = {fr_tex(antideriv(U))}$.\n\n"
                f"$G(0) = 0$.\n\nWait, I should double-check the middle term, I almost wrote $\\frac{{{b}}}{{3}}$ there by copying the pattern from the first term. No — the power rule on $x^1$ gives $x^2/2$. Fine.\n\n"
                f"Numerically: {float(antideriv(U)):.6f}. Quick Simpson's rule check (exact for cubics, so exact here): "
                f"$\\frac{{{U}}}{{6}}[f(0) + 4f({F(U,2)}) + f({U})]$ with $f(0)={c}$, $f({F(U,2)}) = {a*F(U,2)**2 + b*F(U,2) + c}$, $f({U}) = {a*U*U+b*U+c}$: "
                f"$\\frac{{{U}}}{{6}}({c} + {4*(a*F(U,2)**2 + b*F(U,2) + c)} + {a*U*U+b*U+c}) = {fr_tex(F(U,6)*(c + 4*(a*F(U,2)**2 + b*F(U,2) + c) + a*U*U+b*U+c))}$ ✓.\n\n"
                f"Recap: the integral equals {v}")
    ok = [(fr_tex(val), "fraction_latex")]
    if val.denominator != 1:
        ok.append((f"{val.numerator}/{val.denominator}", "fraction_slash"))
        if abs(val) > 1:
            w = abs(val.numerator) // val.denominator; rem = F(abs(val.numerator) % val.denominator, val.denominator)
            ok.append((f"{'-' if val<0 else ''}{w}\\tfrac{{{rem.numerator}}}{{{rem.denominator}}}", "mixed_number"))
        d = term_dec(val)
        if d:
            ok.append((d, "decimal_exact"))
        ok.append((f"\\frac{{{val.numerator*2}}}{{{val.denominator*2}}}", "unreduced_fraction"))
    wrong1 = F(a, 3) * U ** 3 + F(b, 3) * U ** 2 + c * U  # pattern-copy error
    wrong2 = val + 1 if wrong1 == val else wrong1
    bad = [(fr_tex(wrong2), "integration_coefficient_error", "Hmm, on second thought I'll redo the middle term as b/3·x^2 following the same pattern, which changes the value."),
           (fr_tex(val + F(1, 3)), "arith_offset", "Let me recheck G(U) — I think I dropped a third somewhere; adding it back:")]
    ref = fr_tex(val) if rng.random() < 0.7 else fr_plain(val)
    return dict(dataset="math_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=False)


def fam_prob(rng):
    r = rng.randint(3, 8); bl = rng.randint(2, 7)
    zh = rng.random() < 0.3
    n = r + bl
    p = F(comb(r, 2), comb(n, 2))
    p_repl = F(r * r, n * n)
    if zh:
        q = f"袋中有 {r} 个红球和 {bl} 个蓝球，从中不放回地随机取出两个球，求两个球都是红球的概率。"
    else:
        q = f"A bag contains {r} red marbles and {bl} blue marbles. Two marbles are drawn at random without replacement. What is the probability that both are red? Express your answer as a common fraction."
    def body(v):
        if zh:
            return (f"总共 {n} 个球。\n\n方法一（组合）：从 {n} 个中取 2 个，共 $\\binom{{{n}}}{{2}} = {comb(n,2)}$ 种；两个都红有 $\\binom{{{r}}}{{2}} = {comb(r,2)}$ 种。"
                    f"概率 $= \\frac{{{comb(r,2)}}}{{{comb(n,2)}}} = {fr_tex(p)}$。\n\n"
                    f"方法二（分步）：第一个红的概率 $\\frac{{{r}}}{{{n}}}$，第二个在第一个为红的条件下为 $\\frac{{{r-1}}}{{{n-1}}}$，"
                    f"乘积 $\\frac{{{r*(r-1)}}}{{{n*(n-1)}}} = {fr_tex(p)}$，一致。\n\n"
                    f"注意是不放回，如果误按放回计算会得到 $\\left(\\frac{{{r}}}{{{n}}}\\right)^2 = {fr_tex(p_repl)}$，那是错的。\n\n"
                    f"再检查一下约分：${r*(r-1)}$ 与 ${n*(n-1)}$ 的最大公约数是 {gcd(r*(r-1), n*(n-1))}，约分后为 ${fr_tex(p)}$。\n\n因此所求概率为 {v}")
        return (f"There are {n} marbles in total.\n\n**Approach 1 — sequential.** P(first red) = {r}/{n}. Given that, {r-1} red remain out of {n-1}, so P(second red | first red) = {r-1}/{n-1}.\n"
                f"Product: ({r}·{r-1})/({n}·{n-1}) = {r*(r-1)}/{n*(n-1)}.\n\n"
                f"Reduce: gcd({r*(r-1)}, {n*(n-1)}) = {gcd(r*(r-1), n*(n-1))}, giving {fr_plain(p)}.\n\n"
                f"**Approach 2 — counting.** C({r},2) = {comb(r,2)} red pairs out of C({n},2) = {comb(n,2)} pairs, so {comb(r,2)}/{comb(n,2)} = {fr_plain(p)}. Same.\n\n"
                f"Let me make sure I'm not accidentally doing with-replacement: that would be ({r}/{n})² = {fr_plain(p_repl)}, which is larger, as expected, since not replacing a red lowers the chance of a second red. "
                f"Our answer {fr_plain(p)} ≈ {float(p):.4f} < {float(p_repl):.4f}, consistent.\n\n"
                f"Also P(both blue) = {fr_plain(F(comb(bl,2),comb(n,2)))}, P(one of each) = {fr_plain(F(r*bl,comb(n,2)))}; these three sum to "
                f"{fr_plain(p + F(comb(bl,2),comb(n,2)) + F(r*bl,comb(n,2)))} ✓.\n\nSo the probability is {v}")
    ok = [(fr_tex(p), "fraction_latex"), (f"\\dfrac{{{r*(r-1)}}}{{{n*(n-1)}}}", "unreduced_fraction")]
    d = term_dec(p)
    if d:
        ok.append((d, "decimal_exact"))
        ok.append((f"{F(p*100).numerator if (p*100).denominator==1 else term_dec(p*100)}\\%", "percent_exact"))
    bad = [(fr_tex(p_repl), "with_replacement", "Hmm, actually I'll treat the draws as independent to keep it simple." if not zh else "算了，还是按独立事件（放回）来算吧。"),
           (fr_tex(F(r, n) * F(r - 1, n)), "denominator_not_decremented", "On reflection the second denominator shouldn't change." if not zh else "第二次分母应该不变。")]
    if p_repl == bad[1][0]:
        bad = bad[:1]
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=fr_tex(p) if rng.random() < .7 else fr_plain(p), body=body, ok=ok, bad=bad, zh=zh)


def fam_modpow(rng):
    base = rng.choice([2, 3, 7, 11, 13, 17]); m = rng.choice([7, 9, 11, 13, 100, 1000])
    e = rng.randint(50, 2026)
    val = pow(base, e, m)
    q = f"What is the remainder when ${base}^{{{e}}}$ is divided by ${m}$?"
    # cycle
    seq = []; x = 1; seen = {}
    for i in range(1, 200):
        x = x * base % m
        if x in seen:
            break
        seen[x] = i; seq.append(x)
    cyc = len(seq) if pow(base, len(seq), m) == 1 else None
    def body(v):
        s = f"I want ${base}^{{{e}}} \\bmod {m}$.\n\nLet me compute successive powers mod {m}:\n\n"
        for i, t in enumerate(seq[:12], 1):
            s += f"- ${base}^{{{i}}} \\equiv {t}$\n"
        if cyc:
            s += (f"\nThe powers return to 1 at exponent {cyc}, so the order of {base} mod {m} is {cyc}. "
                  f"Then ${e} = {cyc}\\cdot{e//cyc} + {e%cyc}$, so ${base}^{{{e}}} \\equiv {base}^{{{e%cyc}}} \\equiv {pow(base, e%cyc, m)} \\pmod{{{m}}}$.\n\n")
        else:
            s += "\nThe cycle is long, so I'll use repeated squaring instead.\n\n"
        s += f"Hold on, let me double check with binary exponentiation, since it's easy to be off by one in the cycle index. {e} in binary is {bin(e)[2:]}.\n"
        y = base % m; acc = 1; k = e; steps = []
        while k:
            if k & 1:
                acc = acc * y % m; steps.append(f"multiply in {y} → {acc}")
            y = y * y % m; k >>= 1
        s += "Running it: " + "; ".join(steps[:8]) + ("; ..." if len(steps) > 8 else "") + f". Final accumulator: {acc}.\n\n"
        s += f"Both methods agree. The remainder is {v}"
        return s
    wrongs = [(val + 1) % m, pow(base, e - 1, m), pow(base, (e % (cyc or 1)) + 1, m) if cyc else (val + 2) % m]
    wrongs = [w for w in wrongs if w != val]
    bad = [(str(wrongs[0]), "off_by_one_in_cycle", "Hmm, wait — maybe the cycle index starts at 0, so I should shift by one. Going with the shifted value.")]
    if len(wrongs) > 1 and wrongs[1] != wrongs[0]:
        bad.append((f"{val} \\text{{ or }} {wrongs[1]}", "two_answers", "I'm not fully sure which indexing is right, so:"))
    ok = [(str(val), "plain_integer"), (f"{val} \\pmod{{{m}}}", "integer_with_mod"), (f"{base}^{{{e}}} \\equiv {val} \\pmod{{{m}}}", "congruence_statement")]
    return dict(dataset=rng.choice(["aime_like", "math_like"]), question=q, ref=str(val), body=body, ok=ok, bad=bad, zh=False)


def fam_ineq(rng):
    a = rng.randint(-6, 3); b = a + rng.randint(2, 9)
    lt = rng.random() < 0.5
    zh = rng.random() < 0.25
    B = -(a + b); C = a * b
    P = f"x^2 {'+' if B>=0 else '-'} {abs(B)}x {'+' if C>=0 else '-'} {abs(C)}"
    sign = "<" if lt else "\\ge"
    q = (f"解不等式 ${P} {sign} 0$，用区间表示解集。" if zh else f"Solve the inequality ${P} {sign} 0$. Express the answer in interval notation.")
    if lt:
        ref = f"({a},{b})"; ok = [(f"({a}, {b})", "interval"), (f"{a} < x < {b}", "inequality_chain"), (f"\\{{x \\mid {a}<x<{b}\\}}", "set_builder")]
        bad = [(f"[{a}, {b}]", "closed_vs_open_interval", "Including the endpoints since the expression is zero there." if not zh else "端点处取等号，所以包括端点。"),
               (f"(-\\infty, {a}) \\cup ({b}, \\infty)", "complement_interval", "Wait, a parabola opening up is negative outside the roots? Let me flip." if not zh else "开口向上，所以应取两根之外。")]
    else:
        ref = f"(-\\infty,{a}]\\cup[{b},+\\infty)"
        ok = [(f"(-\\infty, {a}] \\cup [{b}, \\infty)", "interval_union"), (f"x \\le {a} \\text{{ or }} x \\ge {b}", "inequality_or"), (f"\\{{x: x\\leq {a}\\}} \\cup \\{{x : x \\geq {b}\\}}", "set_builder_union")]
        bad = [(f"(-\\infty, {a}) \\cup ({b}, \\infty)", "open_vs_closed_interval", "Strict inequalities look cleaner, dropping the endpoints." if not zh else "端点不取。"),
               (f"[{a}, {b}]", "inside_instead_of_outside", "Actually the solution must be between the roots." if not zh else "应取两根之间。")]
    def body(v):
        if zh:
            return (f"先求对应方程 ${P}=0$ 的根。因式分解：需要两数积为 ${C}$、和为 ${-B}$，即 ${a}$ 与 ${b}$。所以 ${P} = (x-({a}))(x-({b}))$。\n\n"
                    f"二次项系数为正，抛物线开口向上，在两根之间函数值为负，两根之外为正。\n\n"
                    f"取测试点检验：$x = {a-1}$ 时值为 ${(a-1)**2 + B*(a-1) + C}$；$x = {F(a+b,2)}$ 时值为 ${F(a+b,2)**2 + B*F(a+b,2) + C}$；$x={b+1}$ 时值为 ${(b+1)**2+B*(b+1)+C}$。\n\n"
                    + ("要求小于 0，严格不等号，端点不取。" if lt else "要求大于等于 0，端点处值为 0，需要包含。") +
                    f"\n\n再检查一遍符号：根 ${a}$ 和 ${b}$ 没有搞反（代入 $x={a}$：${a*a + B*a + C}$ ✓）。\n\n所以解集为 {v}")
        return (f"Factor: ${P} = (x {'-' if a>0 else '+'} {abs(a)})(x {'-' if b>0 else '+'} {abs(b)})$ — check: product of the constants' roots {a}·{b} = {C}, sum {a+b} = {-B} ✓.\n\n"
                f"Critical points: x = {a} and x = {b}. Sign chart:\n\n| interval | test x | value |\n|---|---|---|\n"
                f"| x < {a} | {a-1} | {(a-1)**2 + B*(a-1) + C} |\n| {a} < x < {b} | {F(a+b,2)} | {F(a+b,2)**2 + B*F(a+b,2) + C} |\n| x > {b} | {b+1} | {(b+1)**2+B*(b+1)+C} |\n\n"
                + (f"We need strictly negative, so only the middle region, endpoints excluded because there the expression equals 0, which is not < 0.\n\n" if lt else
                   f"We need ≥ 0: the outer regions, and the endpoints are included since the expression is exactly 0 there.\n\n") +
                f"Let me double-check an endpoint: at x = {b}, ${b}^2 {'+' if B>=0 else '-'} {abs(B)}\\cdot{b} {'+' if C>=0 else '-'} {abs(C)} = {b*b+B*b+C}$. Right.\n\nSolution set: {v}")
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=zh)


def fam_matrix(rng):
    A = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    P = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k] * A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    def pm(M, env="pmatrix"):
        return f"\\begin{{{env}}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{{env}}}"
    q = f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$."
    def body(v):
        s = "Matrix multiplication: entry (i, j) of AB is row i of A dotted with column j of B.\n\n"
        for i in range(2):
            for j in range(2):
                s += f"- $(AB)_{{{i+1}{j+1}}} = ({A[i][0]})({B[0][j]}) + ({A[i][1]})({B[1][j]}) = {A[i][0]*B[0][j]} + {A[i][1]*B[1][j]} = {P[i][j]}$\n"
        s += (f"\nCareful — matrix multiplication is not commutative, so I must not compute BA by mistake. For reference, BA would be ${pm(BA)}$"
              + (", which is actually the same here, coincidentally." if BA == P else ", which is different.") + "\n\n")
        s += (f"Check via determinants: det A = {A[0][0]*A[1][1]-A[0][1]*A[1][0]}, det B = {B[0][0]*B[1][1]-B[0][1]*B[1][0]}, product = {(A[0][0]*A[1][1]-A[0][1]*A[1][0])*(B[0][0]*B[1][1]-B[0][1]*B[1][0])}. "
              f"det of my AB = ({P[0][0]})({P[1][1]}) − ({P[0][1]})({P[1][0]}) = {P[0][0]*P[1][1]-P[0][1]*P[1][0]} ✓.\n\n"
              f"Also trace check isn't multiplicative, so skip that. So $AB = {v}$")
        return s
    ok = [(pm(P), "matrix_pmatrix"), (pm(P, "bmatrix"), "matrix_bmatrix"), (f"[[{P[0][0]}, {P[0][1]}], [{P[1][0]}, {P[1][1]}]]", "matrix_nested_list")]
    bad = []
    if BA != P:
        bad.append((pm(BA), "computed_BA", "Hmm, actually I think the convention here is column-by-row; recomputing gives"))
    PT = [[P[0][0], P[1][0]], [P[0][1], P[1][1]]]
    if PT != P:
        bad.append((pm(PT), "transposed_matrix", "Writing rows as columns:"))
    if not bad:
        bad.append((pm([[P[0][0] + 1, P[0][1]], [P[1][0], P[1][1]]]), "entry_arith_error", "Let me recompute the first entry, I think it's one more."))
    return dict(dataset=rng.choice(["math_like", "college_math_like"]), question=q, ref=pm(P, rng.choice(["pmatrix", "bmatrix"])), body=body, ok=ok, bad=bad, zh=False)


def fam_line(rng):
    x1, y1 = rng.randint(-5, 5), rng.randint(-5, 5)
    m = rng.choice([2, -3, 3, -1, F(1, 2), F(-2, 3), 4])
    x2 = x1 + (2 if isinstance(m, F) and m.denominator == 2 else 3 if isinstance(m, F) else rng.randint(1, 3))
    y2 = y1 + m * (x2 - x1)
    m = F(m); y2 = F(y2)
    c = F(y1) - m * x1
    q = f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$. Write it in slope-intercept form."
    def lin(mm, cc):
        ms = ("" if mm == 1 else "-" if mm == -1 else fr_tex(mm)) + "x"
        cs = "" if cc == 0 else (f" + {fr_tex(cc)}" if cc > 0 else f" - {fr_tex(-cc)}")
        return f"y = {ms}{cs}"
    den = m.denominator
    A_, B_, C_ = int(m * den), -den, int(c * den)  # A x + B y + C = 0
    def std():
        return f"{A_}x {'-' if B_<0 else '+'} {abs(B_)}y {'+' if C_>=0 else '-'} {abs(C_)} = 0"
    def body(v):
        return (f"Slope: $m = \\frac{{y_2 - y_1}}{{x_2 - x_1}} = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2-x1}}} = {fr_tex(m)}$.\n\n"
                f"Point-slope with $({x1}, {y1})$: $y - ({y1}) = {fr_tex(m)}(x - ({x1}))$.\n\n"
                f"Expand: $y = {fr_tex(m)}x {'-' if m*x1>=0 else '+'} {fr_tex(abs(m*x1))} + ({y1})$, so the intercept is ${fr_tex(c)}$.\n\n"
                f"Hmm, let me verify with the other point: at $x = {x2}$, ${fr_tex(m)}\\cdot {x2} + ({fr_tex(c)}) = {fr_tex(m*x2 + c)}$, and $y_2 = {fr_tex(y2)}$ ✓. "
                f"And at $x={x1}$: ${fr_tex(m*x1 + c)}$ ✓.\n\n"
                f"A common slip is to compute the slope as run over rise, which would give ${fr_tex(1/m)}$ — not what we want.\n\n"
                f"In standard form this is ${std()}$, but the question asks for slope-intercept form.\n\nLine: {v}")
    ok = [(lin(m, c), "line_slope_intercept"), (std(), "line_standard_form_equivalent"), (f"y - ({y1}) = {fr_tex(m)}(x - ({x1}))" if True else "", "point_slope_equivalent")]
    bad = [(lin(m, -c) if c != 0 else lin(-m, c), "intercept_or_slope_sign", "Hmm, I think I flipped a sign in the intercept; correcting:"),
           (lin(1 / m if abs(m) != 1 else -m, c), "slope_reciprocal", "Wait, slope is Δx/Δy, let me redo:")]
    return dict(dataset="math_like", question=q, ref=lin(m, c).replace(" ", ""), body=body, ok=ok, bad=bad, zh=False)


def fam_radical(rng):
    a = rng.randint(1, 9); b = rng.randint(1, 9)
    zh = rng.random() < 0.3
    sq = a * a + b * b
    # simplify sqrt(sq)
    k = 1; r = sq
    for d in range(2, 30):
        while r % (d * d) == 0:
            r //= d * d; k *= d
    if r == 1:
        a += 1; return fam_radical(rng)
    simp = f"{k if k>1 else ''}\\sqrt{{{r}}}"
    if zh:
        q = f"直角三角形两条直角边分别为 {a} 和 {b}，求斜边长（化为最简根式）。"
    else:
        q = f"A right triangle has legs of lengths {a} and {b}. Find the length of the hypotenuse in simplest radical form."
    def body(v):
        if zh:
            return (f"由勾股定理，$c^2 = {a}^2 + {b}^2 = {a*a} + {b*b} = {sq}$，所以 $c = \\sqrt{{{sq}}}$。\n\n化简：${sq} = {k*k} \\times {r}$"
                    + (f"，$\\sqrt{{{k*k}}} = {k}$" if k > 1 else "，没有平方因子") + f"，所以 $c = {simp}$。\n\n"
                    f"数值估计：$\\sqrt{{{sq}}} \\approx {sq**.5:.4f}$，而较长直角边是 {max(a,b)}，两边之和是 {a+b}，斜边应在两者之间，确实如此。\n\n"
                    f"一开始我想成了 $c = {a}+{b}$，显然不对，三角形两边之和大于第三边。\n\n斜边长为 {v}")
        return (f"Pythagoras: $c^2 = {a}^2 + {b}^2 = {a*a} + {b*b} = {sq}$.\n\nSo $c = \\sqrt{{{sq}}}$. Simplest radical form: look for square factors of {sq}. "
                + (f"{sq} = {k*k} · {r}, and {k*k} is a perfect square, so $\\sqrt{{{sq}}} = {k}\\sqrt{{{r}}}$." if k > 1 else f"{sq} has no square factor other than 1, so it's already simplest.") +
                f"\n\nNumerical check: $\\sqrt{{{sq}}} \\approx {sq**.5:.5f}$ and ${simp} \\approx {k*r**.5:.5f}$ ✓. Also the hypotenuse must exceed the longest leg ({max(a,b)}) and be less than {a+b} (triangle inequality) ✓.\n\n"
                f"Hmm, wait, is it possible the problem intends {max(a,b)} to be the hypotenuse? No — it says the legs are {a} and {b}.\n\nHypotenuse = {v}")
    ok = [(simp, "radical_simplified"), (f"\\sqrt{{{sq}}}", "radical_unsimplified"), (f"{k if k>1 else ''}√{r}", "radical_unicode")]
    bad_val = abs(a * a - b * b)
    badk = 1; br = bad_val
    bad = [(f"\\sqrt{{{sq+1}}}" if k == 1 else f"{k}\\sqrt{{{r+1}}}", "radicand_off", "Rechecking the squares, I think one of them is one more;"),
           (f"{k*k}\\sqrt{{{r}}}" if k > 1 else f"{sq}", "forgot_square_root", "Hmm, let me just leave c² as the answer:" if not zh else "直接写出结果：")]
    if bad_val > 0 and a != b:
        bad.append((f"\\sqrt{{{bad_val}}}", "subtracted_squares", "Wait, maybe one of these is the hypotenuse after all, so subtract:" if not zh else "也许应相减："))
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=simp, body=body, ok=ok, bad=bad, zh=zh)


def fam_circle(rng):
    r = rng.randint(2, 12); theta = rng.choice([60, 90, 120, 45, 150, 30, 72])
    area = F(theta, 360) * r * r  # times pi
    arc = F(theta, 360) * 2 * r
    which = rng.choice(["area", "arc"])
    val = area if which == "area" else arc
    q = (f"A sector of a circle has radius {r} cm and central angle {theta}°. Find the {'area of the sector' if which=='area' else 'arc length'} in terms of $\\pi$.")
    unit = "cm²" if which == "area" else "cm"
    def pit(f):
        f = F(f)
        if f.denominator == 1:
            return f"{f.numerator if f.numerator!=1 else ''}\\pi"
        return f"\\frac{{{f.numerator}\\pi}}{{{f.denominator}}}"
    def body(v):
        rad = F(theta, 180)
        return (f"Central angle {theta}° as a fraction of the full circle: {theta}/360 = {fr_plain(F(theta,360))}.\n\n"
                + (f"Full circle area = πr² = {r*r}π. Sector area = {fr_plain(F(theta,360))} × {r*r}π = {fr_plain(area)}π." if which == "area" else
                   f"Full circumference = 2πr = {2*r}π. Arc length = {fr_plain(F(theta,360))} × {2*r}π = {fr_plain(arc)}π.") +
                f"\n\nCross-check in radians: θ = {theta}·π/180 = {pit(rad)}. "
                + (f"Area = ½r²θ = ½·{r*r}·{pit(rad)} = {pit(area)}." if which == "area" else f"Arc = rθ = {r}·{pit(rad)} = {pit(arc)}.") +
                f"\n\nI briefly plugged {theta} in as if it were radians, which gives nonsense (≈ {r*theta if which=='arc' else r*r*theta/2}) — the angle is in degrees, so conversion is needed.\n\n"
                f"Decimal: ≈ {float(val)*3.141592653589793:.3f} {unit}. Reasonable compared with the full circle.\n\nResult: {v}")
    ok = [(pit(val) + f"\\text{{ {unit}}}", "pi_expression_with_unit"), (pit(val).replace("\\pi", "π"), "pi_unicode"), (f"{fr_tex(val)}\\pi", "pi_coefficient_fraction")]
    bad = [(pit(val * 2) if which == "area" else pit(val / 2), "factor_two_error", "Hmm, I think I mixed up the ½ factor. Redoing:"),
           (fr_tex(val), "dropped_pi", "Writing the coefficient:")]
    return dict(dataset="math_like", question=q, ref=pit(val), body=body, ok=ok, bad=bad, zh=False)


def fam_angle(rng):
    ang, rad = rng.choice([(30, F(1, 6)), (45, F(1, 4)), (60, F(1, 3)), (120, F(2, 3)), (135, F(3, 4)), (150, F(5, 6))])
    fn = {30: ("\\sin", F(1, 2), "1/2"), 150: ("\\sin", F(1, 2), "1/2"), 60: ("\\cos", F(1, 2), "1/2"), 120: ("\\cos", F(-1, 2), "-1/2"), 45: ("\\tan", 1, "1"), 135: ("\\tan", -1, "-1")}[ang]
    zh = rng.random() < 0.3
    rng_txt = "(0, \\pi)" if ang not in (45, 135) else "(0,\\pi), \\theta \\ne \\frac{\\pi}{2}"
    # uniqueness: sin 1/2 on (0,pi) has 2 solutions; restrict interval per case
    if ang in (30,):
        dom = "(0, \\frac{\\pi}{2})"
    elif ang == 150:
        dom = "(\\frac{\\pi}{2}, \\pi)"
    else:
        dom = "(0, \\pi)"
    val_s = fn[2]
    q = (f"已知 ${fn[0]}\\theta = {val_s}$，且 $\\theta \\in {dom}$，求 $\\theta$（用弧度表示）。" if zh else
         f"Find $\\theta \\in {dom}$ such that ${fn[0]}\\theta = {val_s}$. Give your answer in radians.")
    def pit(f):
        return f"\\frac{{{'' if f.numerator==1 else f.numerator}\\pi}}{{{f.denominator}}}"
    other = {30: 150, 150: 30, 60: 300, 120: 240, 45: 225, 135: 315}[ang]
    def body(v):
        if zh:
            return (f"特殊角：${fn[0]}$ 取值 ${val_s}$ 的角在一个周期内有两个，分别对应 ${ang}^\\circ$ 和 ${other}^\\circ$。\n\n"
                    f"题目限定 $\\theta \\in {dom}$，只有 ${ang}^\\circ$ 落在这个区间内。\n\n换算成弧度：${ang}^\\circ = {ang} \\times \\frac{{\\pi}}{{180}} = {pit(rad)}$。\n\n"
                    f"回代检验：${fn[0]}{pit(rad)} = {val_s}$ ✓。\n\n一开始差点直接写 ${ang}$，但题目要求弧度。\n\n所以 $\\theta = $ {v}")
        return (f"Reference angle first. ${fn[0]}$ equals ${val_s}$ in absolute value at the standard angle "
                f"{ {30:30,150:30,60:60,120:60,45:45,135:45}[ang]}°.\n\nWithin a full turn the candidates are {ang}° and {other}°. Only {ang}° lies in ${dom}$.\n\n"
                f"Convert: {ang}° × π/180 = {pit(rad)}.\n\nLet me double-check the sign/quadrant: {ang}° is in quadrant {1 if ang<90 else 2}, where {fn[0][1:]} is "
                f"{'positive' if fn[1] > 0 else 'negative'} — matches ${val_s}$ ✓.\n\nThe problem wants radians, so rather than {ang}°, I'll give θ = {v}")
    ok = [(pit(rad), "radians_latex"), (f"π/{rad.denominator}" if rad.numerator == 1 else f"{rad.numerator}π/{rad.denominator}", "radians_unicode"),
          (f"\\theta = {pit(rad)}", "assignment")]
    bad = [(f"{ang}", "degrees_without_unit_when_radians_asked", "Just the number:" if not zh else "直接写数值："),
           (pit(F(other, 180)) if other < 360 else pit(F(other-360, 180)), "wrong_quadrant", "Hmm, actually the other solution seems to be the intended one." if not zh else "应该取另一个角。")]
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=pit(rad), body=body, ok=ok, bad=bad, zh=zh)


def fam_deriv(rng):
    a = rng.randint(2, 5); b = rng.randint(1, 6); n = rng.randint(2, 4)
    # f(x) = x^n e^{a x}; f' = e^{ax}(n x^{n-1} + a x^n)
    q = f"Differentiate $f(x) = x^{{{n}}} e^{{{a}x}}$."
    def body(v):
        return (f"Product rule: $(uv)' = u'v + uv'$ with $u = x^{{{n}}}$, $v = e^{{{a}x}}$.\n\n$u' = {n}x^{{{n-1}}}$. For $v'$, chain rule: $\\frac{{d}}{{dx}}e^{{{a}x}} = {a}e^{{{a}x}}$ — I initially wrote just $e^{{{a}x}}$ and forgot the inner derivative; fixed.\n\n"
                f"$f'(x) = {n}x^{{{n-1}}}e^{{{a}x}} + {a}x^{{{n}}}e^{{{a}x}}$.\n\nFactor: $f'(x) = x^{{{n-1}}}e^{{{a}x}}({n} + {a}x)$.\n\n"
                f"Numerical check at $x = 1$: formula gives $e^{{{a}}}({n} + {a}) = {n+a}e^{{{a}}} \\approx {(n+a)*2.718281828**a:.3f}$. "
                f"Finite difference with h = 0.001: [f(1.001) − f(0.999)]/0.002 ≈ {((1.001**n)*2.718281828**(a*1.001) - (0.999**n)*2.718281828**(a*0.999))/0.002:.3f} ✓.\n\nSo $f'(x) = $ {v}")
    ok = [(f"x^{{{n-1}}}e^{{{a}x}}({n}+{a}x)", "factored_form"), (f"{n}x^{{{n-1}}}e^{{{a}x}} + {a}x^{{{n}}}e^{{{a}x}}", "expanded_form"), (f"({a}x^{{{n}}} + {n}x^{{{n-1}}})e^{{{a}x}}", "reordered_factored")]
    bad = [(f"{n}x^{{{n-1}}}e^{{{a}x}} + x^{{{n}}}e^{{{a}x}}", "missing_chain_factor", "Actually, on reflection the derivative of e^{ax} is just e^{ax}; reverting:"),
           (f"{n*a}x^{{{n-1}}}e^{{{a}x}}", "product_rule_misapplied", "Simplifying by multiplying the derivatives:")]
    return dict(dataset="college_math_like", question=q, ref=f"x^{{{n-1}}}e^{{{a}x}}({a}x+{n})", body=body, ok=ok, bad=bad, zh=False)


def fam_aime_count(rng):
    # number of positive integers <= N divisible by p or q but not both... use inclusion exclusion
    N = rng.randint(300, 999); p, q_ = rng.sample([3, 4, 5, 6, 7, 11], 2)
    l = p * q_ // gcd(p, q_)
    val = N // p + N // q_ - 2 * (N // l)
    union = N // p + N // q_ - N // l
    q = f"How many positive integers $n \\le {N}$ are divisible by exactly one of ${p}$ and ${q_}$?"
    def body(v):
        return (f"Let A = multiples of {p}, B = multiples of {q_}, up to {N}.\n\n|A| = ⌊{N}/{p}⌋ = {N//p}\n|B| = ⌊{N}/{q_}⌋ = {N//q_}\n"
                f"|A ∩ B| = multiples of lcm({p},{q_}) = {l}: ⌊{N}/{l}⌋ = {N//l}\n\n"
                f"At first I computed |A ∪ B| = {N//p} + {N//q_} − {N//l} = {union}. But that's 'at least one', and the problem says *exactly one*. "
                f"So I need to remove the intersection again: exactly one = |A| + |B| − 2|A∩B| = {N//p} + {N//q_} − {2*(N//l)} = {val}.\n\n"
                f"Let me double-check with a small analogue: n ≤ {l}: multiples of {p}: {l//p}, of {q_}: {l//q_}, both: 1, exactly one: {l//p + l//q_ - 2}. "
                f"Listing them confirms the count for that block. Good.\n\n"
                f"And note lcm({p},{q_}) = {l}" + (f" (not {p*q_}, since gcd is {gcd(p,q_)})" if gcd(p, q_) > 1 else "") + ".\n\nCount = " + v)
    ok = [(str(val), "plain_integer"), (f"{val:03d}" if val < 1000 else str(val), "aime_zero_padded"), (f"{val} integers", "integer_with_noun")]
    bad = [(str(union), "at_least_one_instead_of_exactly_one", "Hmm, on reflection 'exactly one' probably just means 'one of them', so I'll use the union count."),
           (str(N // p + N // q_ - 2 * (N // (p * q_))) if gcd(p, q_) > 1 else str(val - 1), "lcm_error", "Using p·q as the common multiple instead:")]
    if bad[1][0] == str(val):
        bad = bad[:1]
    return dict(dataset="aime_like", question=q, ref=str(val), body=body, ok=ok, bad=bad, zh=False)


def fam_speed(rng):
    kmh = rng.choice([36, 54, 72, 90, 108, 18, 45, 63])
    ms = F(kmh * 1000, 3600)
    t = rng.randint(5, 40)
    dist = ms * t
    zh = rng.random() < 0.3
    q = (f"一辆汽车以 {kmh} km/h 的速度匀速行驶，求它在 {t} 秒内行驶的距离（单位：米）。" if zh else
         f"A car travels at a constant {kmh} km/h. How far, in meters, does it travel in {t} seconds?")
    def body(v):
        if zh:
            return (f"单位换算：$1\\text{{ km/h}} = \\frac{{1000}}{{3600}}\\text{{ m/s}} = \\frac{{5}}{{18}}\\text{{ m/s}}$。\n\n"
                    f"所以 ${kmh}\\text{{ km/h}} = {kmh} \\times \\frac{{5}}{{18}} = {fr_tex(ms)}\\text{{ m/s}}$。\n\n距离 $= v t = {fr_tex(ms)} \\times {t} = {fr_tex(dist)}$ 米。\n\n"
                    f"验证：{t} 秒是 ${fr_tex(F(t,3600))}$ 小时，${kmh} \\times {fr_tex(F(t,3600))} = {fr_tex(kmh*F(t,3600))}$ 千米 $= {fr_tex(kmh*F(t,3600)*1000)}$ 米 ✓。\n\n"
                    f"若忘记换算会得到 ${kmh*t}$，数量级明显不对。\n\n行驶距离为 {v}")
        return (f"Convert speed first. 1 km/h = 1000 m / 3600 s = 5/18 m/s.\n\n{kmh} km/h × 5/18 = {fr_plain(ms)} m/s.\n\n"
                f"Distance = speed × time = {fr_plain(ms)} m/s × {t} s = {fr_plain(dist)} m.\n\n"
                f"Let me redo it the other way to be safe: {t} s = {t}/3600 h. Distance in km = {kmh} × {t}/3600 = {float(kmh*F(t,3600)):.4f} km = {float(dist):g} m ✓.\n\n"
                f"If I forgot to convert, I'd get {kmh}×{t} = {kmh*t}, which would be in km·s/h — meaningless. Also a car at highway-ish speed covering ~{float(dist):.0f} m in {t} s sounds plausible.\n\nDistance: {v}")
    dd = term_dec(dist)
    ok = [(f"{dd} \\text{{ m}}" if dd else f"{fr_tex(dist)}\\text{{ m}}", "number_with_unit"), ((f"{dd} meters" if dd else f"{fr_plain(dist)} meters"), "unit_word"),
          ]
    bad = [(f"{dd} km" if dd else f"{fr_plain(dist)} km", "right_number_wrong_unit", "Reporting in kilometres since the speed was given in km/h:" if not zh else "单位用千米："),
           (f"{kmh*t}", "no_unit_conversion", "Hmm, maybe no conversion is needed after all; distance = speed × time directly:" if not zh else "直接相乘即可：")]
    return dict(dataset="gsm8k_like" if not zh else "gaokao_like", question=q, ref=(dd if dd else fr_tex(dist)) + rng.choice(["", " m", "\\text{ m}"]), body=body, ok=ok, bad=bad, zh=zh)


def fam_percent(rng):
    old = rng.choice([40, 60, 80, 120, 150, 200, 250]); pct = rng.choice([5, 10, 12.5, 20, 25, 30, 40, 15])
    new = old * (1 + pct / 100)
    q = f"The price of a jacket rose from ${old} to ${new:g}. By what percent did the price increase?"
    wrong = (new - old) / new * 100
    def body(v):
        return (f"Percent increase = (new − old)/old × 100%.\n\nDifference: {new:g} − {old} = {new-old:g}.\n\nDivide by the ORIGINAL price, {old}: {new-old:g}/{old} = {(new-old)/old:g}.\n\n"
                f"Hmm, one thing that trips people up: dividing by the new price instead gives {new-old:g}/{new:g} ≈ {wrong:.2f}%, which would be the percent *decrease* needed to go back, not the increase.\n\n"
                f"Converting {(new-old)/old:g} to a percent: × 100 = {pct:g}%.\n\nVerification: {old} × (1 + {pct/100:g}) = {old} × {1+pct/100:g} = {new:g} ✓.\n\nThe increase is {v}")
    ok = [(f"{pct:g}\\%", "percent_latex"), (f"{pct:g} percent", "percent_word"), (f"{pct:g}%", "percent_plain")]
    bad = [(f"{wrong:.2f}\\%" if abs(wrong - round(wrong)) > 1e-9 else f"{round(wrong)}\\%", "divided_by_new_value", "Hmm, actually base should be the final price, I think:"),
           (f"{new-old:g}\\%", "absolute_change_as_percent", "So the increase is:")]
    if abs(new - old - pct) < 1e-9:
        bad = bad[:1]
    return dict(dataset="gsm8k_like", question=q, ref=f"{pct:g}" if rng.random() < .5 else f"{pct:g}\\%", body=body, ok=ok, bad=bad, zh=False)


def fam_sci(rng):
    cells = rng.choice([2, 3, 5]) ; hours = rng.randint(8, 14); start = rng.choice([100, 200, 500, 300])
    # doubling every hour
    val = start * 2 ** hours
    mant = val / 10 ** (len(str(val)) - 1); ex = len(str(val)) - 1
    q = f"A bacterial culture starts with {start} cells and doubles every hour. How many cells are there after {hours} hours?"
    def body(v):
        s = f"Doubling each hour means N(t) = {start}·2^t.\n\nAfter {hours} hours: 2^{hours} = {2**hours}.\n\n"
        s += "Let me tabulate a few to be sure about indexing: " + ", ".join(f"t={i}: {start*2**i}" for i in range(0, 4)) + " — so t=0 is the start, and after 1 hour it's doubled once. Good, no off-by-one.\n\n"
        s += f"{start} × {2**hours} = {val}.\n\nIn scientific notation that's about {mant:.4g} × 10^{ex}.\n\nDouble-check 2^{hours}: 2^10 = 1024, "
        s += f"2^{hours} = 1024 × {2**(hours-10)} = {2**hours}." if hours >= 10 else f"2^{hours} = {2**hours} (below 2^10)."
        s += f"\n\nSo the count is {v}"
        return s
    ok = [(f"{val:,}", "number_with_commas"), (f"{val}", "plain_integer"), (f"{mant:g} \\times 10^{{{ex}}}" if float(f"{mant:g}") * 10 ** ex == val else f"{val}\\text{{ cells}}", "scientific_notation_exact")]
    bad = [(f"{start*2**(hours-1)}", "off_by_one_exponent", "Hmm, wait — the first hour is the starting point, so only {0} doublings. Recomputing:".format(hours - 1)),
           (f"{mant:g} \\times 10^{{{ex+1}}}", "sci_notation_exponent_off", "In scientific notation:")]
    return dict(dataset="gsm8k_like", question=q, ref=str(val), body=body, ok=ok, bad=bad, zh=False)


def fam_time(rng):
    h = rng.randint(7, 11); m = rng.choice([5, 15, 20, 40, 45, 50]); dh = rng.randint(1, 4); dm = rng.choice([25, 35, 40, 50, 55])
    tot = h * 60 + m + dh * 60 + dm
    H, M = divmod(tot, 60)
    h12 = H if H <= 12 else H - 12
    ampm = "p.m." if H >= 12 else "a.m."
    q = f"A train departs at {h}:{m:02d} a.m. and the trip takes {dh} hours {dm} minutes. At what time does it arrive?"
    def body(v):
        return (f"Start: {h}:{m:02d} a.m. Add {dh} h: {h+dh}:{m:02d}" + (" (past noon)" if h + dh >= 12 else "") + f".\n\nAdd {dm} min: {m} + {dm} = {m+dm} minutes"
                + (f", which is {(m+dm)//60} h {(m+dm)%60} min, so carry an hour" if m + dm >= 60 else "") + f".\n\nThat gives {H}:{M:02d} in 24-hour time.\n\n"
                f"Converting: {H}:{M:02d} → {h12}:{M:02d} {ampm}.\n\nDouble-check by total minutes since midnight: {h}×60+{m} = {h*60+m}; plus {dh*60+dm} = {tot}; {tot}/60 = {H} r {M} ✓.\n\n"
                f"I need to be careful with a.m./p.m. here since the trip " + ("crosses" if h < 12 <= H else "doesn't cross") + " noon.\n\nArrival: " + v)
    ok = [(f"{h12}:{M:02d} {ampm}", "time_12h"), (f"{H}:{M:02d}", "time_24h"), (f"{h12}:{M:02d} {'PM' if H>=12 else 'AM'}", "time_12h_caps")]
    wrong_am = "a.m." if ampm == "p.m." else "p.m."
    bad = [(f"{h12}:{M:02d} {wrong_am}", "am_pm_flipped", "Hmm, let me write the meridiem again:"),
           ]
    if m + dm >= 60:
        Hw = H - 1; hw = Hw if Hw <= 12 else Hw - 12
        bad.append((f"{hw}:{M:02d} {'p.m.' if Hw >= 12 else 'a.m.'}", "forgot_carry_hour", "Hmm, I don't think the minutes spill over; dropping the carried hour:"))
    return dict(dataset="gsm8k_like", question=q, ref=rng.choice([f"{h12}:{M:02d} {ampm}", f"{h12}:{M:02d} {'PM' if H>=12 else 'AM'}"]), body=body, ok=ok, bad=bad, zh=False)


def fam_eig(rng):
    l1 = rng.randint(-4, 6); l2 = rng.randint(-4, 6)
    while l2 == l1:
        l2 = rng.randint(-4, 6)
    # upper triangular-ish with a similarity: use [[l1, b],[0, l2]]? too easy. use symmetric [[a,b],[b,d]] with eigen l1,l2: a+d = l1+l2, ad-b^2=l1 l2
    # pick b such that discriminant ok: choose a = l1 + t, d = l2 - t, b^2 = ad - l1 l2 negative... use matrix [[l1+k, k],[ -k... simpler: M = [[a, b],[c, d]] with a+d=s, ad-bc=p
    b = rng.choice([1, 2, 3, -2]); a = rng.randint(-3, 5); d = l1 + l2 - a
    c_num = a * d - l1 * l2
    if c_num % b:
        return fam_eig(rng)
    c = c_num // b
    zh = rng.random() < 0.25
    M = f"\\begin{{pmatrix}} {a} & {b} \\\\ {c} & {d} \\end{{pmatrix}}"
    q = (f"求矩阵 $A = {M}$ 的全部特征值。" if zh else f"Find all eigenvalues of $A = {M}$.")
    lo, hi = sorted([l1, l2])
    def body(v):
        if zh:
            return (f"特征多项式：$\\det(A - \\lambda I) = ({a}-\\lambda)({d}-\\lambda) - ({b})({c})$。\n\n展开：$\\lambda^2 - {a+d}\\lambda + ({a*d} - ({b*c})) = \\lambda^2 - ({l1+l2})\\lambda + ({l1*l2})$。\n\n"
                    f"判别式 $= {(l1+l2)**2} - 4\\times({l1*l2}) = {(l1-l2)**2}$，开方得 {abs(l1-l2)}。\n\n$\\lambda = \\frac{{{l1+l2} \\pm {abs(l1-l2)}}}{{2}}$，即 $\\lambda_1 = {hi}, \\lambda_2 = {lo}$。\n\n"
                    f"检验：迹 $= {a}+{d} = {a+d} = {l1}+{l2}$ ✓，行列式 $= {a*d-b*c} = {l1}\\times{l2}$ ✓。\n\n所以特征值为 {v}")
        return (f"Characteristic polynomial: $\\det(A-\\lambda I) = ({a}-\\lambda)({d}-\\lambda) - ({b})({c})$.\n\n$= \\lambda^2 - ({a+d})\\lambda + ({a*d}) - ({b*c}) = \\lambda^2 - ({l1+l2})\\lambda + ({l1*l2})$.\n\n"
                f"Discriminant: $({l1+l2})^2 - 4({l1*l2}) = {(l1-l2)**2}$, a perfect square, good.\n\n$\\lambda = \\frac{{{l1+l2} \\pm {abs(l1-l2)}}}{{2}} \\Rightarrow \\lambda = {hi}, {lo}$.\n\n"
                f"Sanity: trace {a+d} = sum of eigenvalues {l1+l2} ✓; determinant {a*d-b*c} = product {l1*l2} ✓.\n\nLet me also find an eigenvector for λ = {hi} as a spot check: $(A - {hi}I)v = 0$ → first row "
                f"$({a-hi})v_1 + ({b})v_2 = 0$ → $v = ({b}, {hi-a})$. Second row: $({c})({b}) + ({d-hi})({hi-a}) = {c*b + (d-hi)*(hi-a)}$ ✓.\n\nEigenvalues: {v}")
    ok = [(f"\\lambda = {lo}, {hi}", "eigen_list"), (f"\\{{{hi}, {lo}\\}}", "set_reordered"), (f"\\lambda_1={hi},\\ \\lambda_2={lo}", "indexed")]
    bad = [(f"\\lambda = {-lo}, {-hi}", "eigen_sign_flip", "Hmm, the characteristic polynomial has roots with opposite sign? Flipping:" if not zh else "符号应相反："),
           (f"\\lambda = {hi}", "missing_eigenvalue", "The dominant eigenvalue is the answer:" if not zh else "只取较大的特征值：")]
    if l1 == -l2:
        bad = bad[1:]
    return dict(dataset="college_math_like", question=q, ref=f"{lo}, {hi}" if rng.random() < .5 else f"\\lambda_1 = {lo}, \\lambda_2 = {hi}", body=body, ok=ok, bad=bad, zh=zh)


def fam_arith_zh(rng):
    a1 = rng.randint(-5, 10); d = rng.randint(2, 7); n = rng.randint(10, 30)
    an = a1 + (n - 1) * d; S = n * (a1 + an) // 2 if n * (a1 + an) % 2 == 0 else None
    if S is None:
        n += 1; an = a1 + (n - 1) * d; S = n * (a1 + an) // 2
    a3 = a1 + 2 * d; a7 = a1 + 6 * d
    q = f"已知等差数列 $\\{{a_n\\}}$ 满足 $a_3 = {a3}$，$a_7 = {a7}$，求前 {n} 项和 $S_{{{n}}}$。"
    def body(v):
        return (f"由 $a_7 - a_3 = 4d$ 得 $4d = {a7} - ({a3}) = {a7-a3}$，故 $d = {d}$。\n\n$a_1 = a_3 - 2d = {a3} - {2*d} = {a1}$。\n\n"
                f"$a_{{{n}}} = a_1 + {n-1}d = {a1} + {(n-1)*d} = {an}$。\n\n$S_{{{n}}} = \\frac{{{n}(a_1 + a_{{{n}}})}}{{2}} = \\frac{{{n}\\times({a1}+{an})}}{{2}} = \\frac{{{n*(a1+an)}}}{{2}} = {S}$。\n\n"
                f"再用另一个公式验算：$S_n = na_1 + \\frac{{n(n-1)}}{{2}}d = {n}\\times({a1}) + \\frac{{{n}\\times{n-1}}}{{2}}\\times {d} = {n*a1} + {n*(n-1)//2*d} = {n*a1 + n*(n-1)//2*d}$ ✓。\n\n"
                f"刚才差点把 $a_7 - a_3$ 当成 $7d - 3d$ 以外的东西，检查无误，公差就是 {d}。\n\n所以 $S_{{{n}}} =$ {v}")
    ok = [(str(S), "plain_integer"), (f"S_{{{n}}}={S}", "assignment")]
    wrongS = (n - 1) * (2 * a1 + (n - 2) * d) // 2
    bad = [(str(n * a1 + n * (n + 1) // 2 * d), "formula_index_error", "嗯，公式里应该是 n(n+1)/2，改一下："),
           (str(wrongS), "sum_first_n_minus_1", "项数应为 n−1：")]
    if bad[1][0] == str(S) or bad[1][0] == bad[0][0]:
        bad = bad[:1]
    return dict(dataset="gaokao_like", question=q, ref=str(S), body=body, ok=ok, bad=bad, zh=True)


def fam_expect(rng):
    sides = rng.choice([4, 6, 8, 10, 12, 20])
    ev = F(sides + 1, 2)
    k = rng.randint(2, 5)
    q = f"You roll {k} fair {sides}-sided dice (faces 1 to {sides}). What is the expected value of the sum?"
    def body(v):
        return (f"By linearity of expectation, E[sum] = {k}·E[one die].\n\nE[one die] = (1 + 2 + ... + {sides})/{sides} = ({sides}·{sides+1}/2)/{sides} = {fr_plain(ev)}.\n\n"
                f"So E[sum] = {k} × {fr_plain(ev)} = {fr_plain(k*ev)}.\n\nLet me sanity check with the range: minimum sum {k}, maximum {k*sides}; the distribution is symmetric so the mean is the midpoint ({k} + {k*sides})/2 = {fr_plain(F(k + k*sides, 2))} ✓.\n\n"
                f"Independence isn't even needed for linearity — good, no subtlety there.\n\nExpected sum = {v}")
    d = term_dec(k * ev)
    ok = [(fr_tex(k * ev), "fraction_or_integer"), (d if d else fr_plain(k * ev), "decimal")]
    if (k * ev).denominator == 2:
        ok.append((f"{(k*ev).numerator//2}\\frac{{1}}{{2}}", "mixed_number"))
    bad = [(fr_tex(k * F(sides, 2)), "mean_as_half_of_max", "Hmm, I'll take the average face as sides/2:"),
           (fr_tex(ev), "single_die_only", "Wait, the question is about a die:")]
    return dict(dataset="math_like", question=q, ref=d if d and rng.random() < .5 else fr_tex(k * ev), body=body, ok=ok, bad=bad, zh=False)


def fam_limit(rng):
    a = rng.randint(2, 9); b = rng.randint(2, 9)
    while a == b:
        b = rng.randint(2, 9)
    val = F(a, b)
    zh = rng.random() < 0.25
    q = (f"求极限 $\\lim_{{x\\to 0}} \\frac{{\\sin({a}x)}}{{\\tan({b}x)}}$。" if zh else f"Compute $\\displaystyle \\lim_{{x\\to 0}} \\frac{{\\sin({a}x)}}{{\\tan({b}x)}}$.")
    def body(v):
        if zh:
            return (f"当 $x\\to 0$ 时，$\\sin({a}x) \\sim {a}x$，$\\tan({b}x) \\sim {b}x$（等价无穷小）。\n\n所以原式 $= \\lim \\frac{{{a}x}}{{{b}x}} = {fr_tex(val)}$。\n\n"
                    f"用洛必达法则复核：分子求导 ${a}\\cos({a}x)$，分母求导 ${b}\\sec^2({b}x)$，在 $x=0$ 处比值为 $\\frac{{{a}}}{{{b}}}$ ✓。\n\n"
                    f"数值检验：$x=0.001$ 时，$\\sin({a*0.001:g})/\\tan({b*0.001:g}) \\approx {__import__('math').sin(a*0.001)/__import__('math').tan(b*0.001):.6f}$，接近 ${float(val):.6f}$ ✓。\n\n极限值为 {v}")
        return (f"Standard small-angle equivalents: as x → 0, sin(u) ≈ u and tan(u) ≈ u.\n\nSo the ratio ≈ ({a}x)/({b}x) = {a}/{b}.\n\n"
                f"To be rigorous, write it as $\\frac{{\\sin {a}x}}{{{a}x}} \\cdot \\frac{{{b}x}}{{\\tan {b}x}} \\cdot \\frac{{{a}}}{{{b}}}$; the first two factors → 1.\n\n"
                f"L'Hôpital check: derivative of numerator {a}cos({a}x) → {a}; of denominator {b}sec²({b}x) → {b}. Ratio {a}/{b} ✓.\n\n"
                f"Numerically at x = 0.001: {__import__('math').sin(a*0.001)/__import__('math').tan(b*0.001):.6f} vs {float(val):.6f} ✓.\n\nLimit = {v}")
    ok = [(fr_tex(val), "fraction"), (f"{a}/{b}" if val.denominator == b else fr_plain(val), "slash_fraction")]
    dd = term_dec(val)
    if dd:
        ok.append((dd, "decimal_exact"))
    bad = [(fr_tex(1 / val), "reciprocal", "Hmm, flipping, the tan is on top... no wait. I'll go with" if not zh else "分子分母应颠倒："),
           ("1", "ignored_coefficients", "Since sin x/tan x → 1, the limit should just be" if not zh else "由于 sin x/tan x → 1，所以极限为")]
    if val == 1:
        bad = bad[:1]
    return dict(dataset="college_math_like" if not zh else "gaokao_like", question=q, ref=fr_tex(val), body=body, ok=ok, bad=bad, zh=zh)


MATH_FAMS = [fam_shop, fam_shop_zh, fam_linsys, fam_quad, fam_integral, fam_prob, fam_modpow, fam_ineq, fam_matrix, fam_line,
             fam_radical, fam_circle, fam_angle, fam_deriv, fam_aime_count, fam_speed, fam_percent, fam_sci, fam_time, fam_eig,
             fam_arith_zh, fam_expect, fam_limit]


# ---------------- non-math banks ----------------
# (dataset, zh, question stem, options, correct letter, explanation, trap-worthy distractor letter)
MC = [
    ("mmlu_like", False, "Which organelle is the primary site of ATP synthesis in eukaryotic cells?", ["Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"], "B",
     "Oxidative phosphorylation happens across the inner mitochondrial membrane, where ATP synthase is driven by the proton gradient from the electron transport chain. Ribosomes make proteins, the Golgi packages them, lysosomes digest.", "A"),
    ("mmlu_like", False, "In the Keynesian model, an increase in the marginal propensity to consume (MPC) will", ["decrease the spending multiplier", "leave the multiplier unchanged", "increase the spending multiplier", "make the multiplier negative"], "C",
     "The simple multiplier is 1/(1−MPC). A larger MPC shrinks the denominator, so the multiplier grows; e.g. MPC 0.8 gives 5 while 0.9 gives 10.", "A"),
    ("mmlu_like", False, "Which amendment to the U.S. Constitution abolished slavery?", ["Tenth", "Thirteenth", "Fourteenth", "Fifteenth"], "B",
     "The Thirteenth Amendment (ratified 1865) abolished slavery. The Fourteenth concerns citizenship and equal protection; the Fifteenth concerns voting rights regardless of race.", "C"),
    ("mmlu_like", False, "A 2.0 kg object accelerates at 3.0 m/s². What net force acts on it?", ["0.67 N", "1.5 N", "5.0 N", "6.0 N"], "D",
     "Newton's second law: F = ma = 2.0 × 3.0 = 6.0 N. 0.67 N would come from dividing a/m, and 5.0 N from adding.", "C"),
    ("gpqa_like", False, "What is the hybridization of the central carbon atom in carbon dioxide (CO2)?", ["sp", "sp2", "sp3", "sp3d"], "A",
     "CO2 is linear (O=C=O) with two σ bonds and no lone pairs on carbon, so the steric number is 2 → sp hybridization; the two π bonds use the unhybridized p orbitals.", "B"),
    ("gpqa_like", False, "A particle in a one-dimensional infinite square well is in its ground state. If the well width is doubled, the ground-state energy becomes", ["twice as large", "half as large", "one quarter as large", "four times as large"], "C",
     "E_n = n²π²ħ²/(2mL²), so energy scales as 1/L². Doubling L divides the energy by 4.", "B"),
    ("gpqa_like", False, "Which of the following reagents would best convert a primary alcohol to an aldehyde without over-oxidation to the carboxylic acid?", ["KMnO4 (hot, acidic)", "PCC in dichloromethane", "Jones reagent (CrO3/H2SO4, aqueous)", "NaBH4"], "B",
     "PCC in anhydrous CH2Cl2 stops at the aldehyde because without water the aldehyde hydrate can't form, so no further oxidation. KMnO4 and Jones go to the acid; NaBH4 is a reducing agent.", "C"),
    ("mmlu_like", False, "Who wrote the novel 'One Hundred Years of Solitude'?", ["Jorge Luis Borges", "Mario Vargas Llosa", "Gabriel García Márquez", "Isabel Allende"], "C",
     "Cien años de soledad (1967) is by the Colombian author Gabriel García Márquez, set in the fictional town of Macondo.", "B"),
    ("mmlu_like", False, "The time complexity of binary search on a sorted array of n elements is", ["O(1)", "O(log n)", "O(n)", "O(n log n)"], "B",
     "Each comparison halves the remaining interval, so at most about log2(n) + 1 comparisons are needed.", "C"),
    ("mmlu_like", False, "Which of these is a primary color in the subtractive (CMY) color model?", ["Red", "Green", "Magenta", "Blue"], "C",
     "Subtractive primaries are cyan, magenta and yellow; red, green and blue are the additive primaries.", "A"),
    ("mmlu_like", False, "Which philosopher is most associated with the 'categorical imperative'?", ["John Stuart Mill", "Immanuel Kant", "David Hume", "Thomas Hobbes"], "B",
     "Kant formulates the categorical imperative in the Groundwork of the Metaphysics of Morals (1785). Mill is the utilitarian, Hume the empiricist sceptic, Hobbes the social-contract theorist.", "A"),
    ("gpqa_like", False, "In E. coli, the lac operon is transcribed at a high level when", ["glucose is high and lactose is absent", "glucose is high and lactose is present", "glucose is low and lactose is present", "glucose is low and lactose is absent"], "C",
     "Lactose (as allolactose) removes the repressor, and low glucose raises cAMP so CAP-cAMP activates the promoter. Both conditions are needed for strong expression.", "B"),
    ("mmlu_like", False, "What is the SI unit of electrical capacitance?", ["Henry", "Farad", "Tesla", "Siemens"], "B",
     "Capacitance is measured in farads (coulomb per volt). Henry is inductance, tesla magnetic flux density, siemens conductance.", "A"),
    ("mmlu_like", False, "Which ocean is the largest by surface area?", ["Atlantic", "Indian", "Arctic", "Pacific"], "D",
     "The Pacific covers roughly 165 million km², about a third of Earth's surface, larger than all land area combined.", "A"),
    ("mmlu_like", False, "A contract signed by a minor is generally", ["void", "voidable at the minor's option", "fully enforceable against the minor", "illegal"], "B",
     "Under common law a minor may disaffirm most contracts, so they are voidable by the minor, not void from the start; the adult party remains bound.", "A"),
    ("ceval_like", True, "下列哪一个是我国第一部纪传体通史？", ["《汉书》", "《史记》", "《资治通鉴》", "《春秋》"], "B",
     "《史记》由司马迁撰写，是中国第一部纪传体通史；《汉书》是第一部纪传体断代史；《资治通鉴》是编年体通史；《春秋》是编年体史书。", "A"),
    ("ceval_like", True, "在完全竞争市场中，企业短期停止营业的条件是价格低于", ["平均总成本的最低点", "平均可变成本的最低点", "边际成本", "平均固定成本"], "B",
     "短期内固定成本已经沉没，只要价格能覆盖平均可变成本，继续生产就能减少亏损；价格低于平均可变成本最低点时应停产。", "A"),
    ("ceval_like", True, "下列物质中，属于电解质的是", ["铜", "蔗糖", "氯化钠", "二氧化碳"], "C",
     "电解质是在水溶液或熔融状态下能导电的化合物。氯化钠符合；铜是单质，不属于电解质也不属于非电解质；蔗糖是非电解质；二氧化碳溶于水导电是因为生成碳酸，本身是非电解质。", "D"),
    ("ceval_like", True, "《中华人民共和国宪法》规定，中华人民共和国的根本制度是", ["人民代表大会制度", "社会主义制度", "民族区域自治制度", "基层群众自治制度"], "B",
     "宪法第一条规定：社会主义制度是中华人民共和国的根本制度。人民代表大会制度是根本政治制度，注意区分。", "A"),
    ("ceval_like", True, "计算机中，1 KB 等于多少字节？", ["1000", "1024", "512", "2048"], "B",
     "在计算机存储的传统用法中，1 KB = 2^10 = 1024 字节（国际标准中 1000 字节记为 kB，1024 字节记为 KiB，但本题按传统教材口径）。", "A"),
    ("ceval_like", True, "“落霞与孤鹜齐飞，秋水共长天一色”出自", ["《岳阳楼记》", "《滕王阁序》", "《醉翁亭记》", "《兰亭集序》"], "B",
     "这是王勃《滕王阁序》中的名句。《岳阳楼记》是范仲淹所作，《醉翁亭记》是欧阳修，《兰亭集序》是王羲之。", "A"),
]
NLI = [  # premise, hypothesis, label in {entailment, contradiction, neutral}, zh
    ("一名男子正在厨房里切洋葱，眼睛红红的。", "有人在厨房里处理食材。", "entailment", True),
    ("会议因为暴雨被推迟到了下周三。", "会议按原计划在今天举行。", "contradiction", True),
    ("她在北京一家科技公司工作了五年。", "她的月薪超过两万元。", "neutral", True),
    ("小明把所有的作业都做完了才去踢球。", "小明去踢球的时候还有作业没写。", "contradiction", True),
    ("这家餐馆周一不营业。", "这家餐馆周末生意很好。", "neutral", True),
    ("两个孩子在公园的沙坑里堆城堡。", "孩子们在户外玩耍。", "entailment", True),
    ("A woman in a red coat is waiting at a bus stop in the rain.", "A woman is outdoors.", "entailment", False),
    ("The museum closed early because of a power outage.", "The museum stayed open late that day.", "contradiction", False),
    ("The senator gave a speech about tax reform on Tuesday.", "The senator is running for re-election.", "neutral", False),
    ("Three musicians are playing violins on a crowded street corner.", "Nobody is playing an instrument.", "contradiction", False),
    ("The chef tasted the soup and added more salt.", "The soup was being prepared.", "entailment", False),
    ("A dog is sleeping on the porch next to an empty bowl.", "The dog is hungry.", "neutral", False),
]
ZH_LABEL = {"entailment": "蕴含", "contradiction": "矛盾", "neutral": "中立"}
SHORT = [  # question, reference, ok variants, near-miss wrongs, dataset, zh
    ("What is the capital city of Australia?", "Canberra", ["Canberra, ACT", "the city of Canberra"], ["Sydney", "Melbourne"], "simpleqa_like", False),
    ("Which element has the chemical symbol 'W'?", "Tungsten", ["tungsten (wolfram)", "Wolfram"], ["Vanadium", "Wolframite"], "simpleqa_like", False),
    ("In what year did the Berlin Wall fall?", "1989", ["November 1989", "in 1989 (9 November)"], ["1990", "1991"], "simpleqa_like", False),
    ("Who painted 'The Garden of Earthly Delights'?", "Hieronymus Bosch", ["Bosch", "Jheronimus van Aken (Hieronymus Bosch)"], ["Pieter Bruegel the Elder", "Jan van Eyck"], "simpleqa_like", False),
    ("What is the longest river in South America?", "Amazon River", ["the Amazon", "Amazon"], ["Paraná River", "Orinoco"], "simpleqa_like", False),
    ("Which planet has the moon Titan?", "Saturn", ["the planet Saturn", "Saturn (its largest moon)"], ["Jupiter", "Uranus"], "simpleqa_like", False),
    ("What is the name of the protein that carries oxygen in red blood cells?", "hemoglobin", ["haemoglobin", "Hemoglobin (Hb)"], ["myoglobin", "hemocyanin"], "simpleqa_like", False),
    ("Who was the first woman to win a Nobel Prize?", "Marie Curie", ["Marie Skłodowska-Curie", "Maria Salomea Skłodowska (Marie Curie)"], ["Irène Joliot-Curie", "Bertha von Suttner"], "simpleqa_like", False),
    ("What is the largest desert in Asia by area?", "Gobi Desert", ["the Gobi", "Gobi"], ["Taklamakan Desert", "Arabian Desert"], "simpleqa_like", False),
    ("Which programming language was created by Guido van Rossum?", "Python", ["the Python language", "Python (first released 1991)"], ["Perl", "Ruby"], "simpleqa_like", False),
    ("中国历史上第一个统一的中央集权封建王朝是哪个？", "秦朝", ["秦", "秦王朝"], ["汉朝", "周朝"], "simpleqa_like", True),
    ("《红楼梦》的作者通常认为是谁？", "曹雪芹", ["清代的曹雪芹", "曹雪芹（前八十回）"], ["高鹗", "施耐庵"], "simpleqa_like", True),
    ("世界上海拔最高的山峰是哪座？", "珠穆朗玛峰", ["珠峰", "Mount Everest（珠穆朗玛峰）"], ["乔戈里峰", "干城章嘉峰"], "simpleqa_like", True),
    ("According to the passage, the Broncos scored 14 points in the first quarter and 10 in the second, while the Raiders scored 7 in each of the two quarters. By how many points did the Broncos lead at halftime?", "10", ["ten points", "10 points"], ["24", "14"], "drop_like", False),
    ("Passage: The census recorded 48,200 residents in 2000 and 53,900 in 2010. Question: How many more residents were there in 2010 than in 2000?", "5700", ["5,700", "5,700 residents"], ["57,00", "6700"], "drop_like", False),
]
EXTRA_MC_VARIANTS = ["({L})", "{L}", "option {L}", "{L}. {T}", "**{L}**", "The answer is ({L}) {T}", "{T}", "答案是{L}", "选{L}"]


def mc_output(rng, item, say_letter, say_text, zh, style):
    ds, _, stem, opts, corr, expl, distr = item
    L = "ABCD"
    lines = []
    if zh:
        lines.append(rng.choice(["逐项分析：", "我们来逐个看选项。", "这道题考查的知识点需要仔细辨析。"]))
        for i, o in enumerate(opts):
            if L[i] == corr:
                lines.append(f"- {L[i]}. {o}：符合题意。{expl}")
            elif L[i] == distr:
                lines.append(f"- {L[i]}. {o}：这是最容易混淆的干扰项，乍看像对的，但与题干的要求不符。")
            else:
                lines.append(f"- {L[i]}. {o}：不正确，可以排除。")
        lines.append(rng.choice(["再回头核对一遍题干的关键词，确认没有看错问法（问的是“是”还是“不是”）。", "容易错选 " + distr + "，但仔细想想并不成立。"]))
    else:
        lines.append(rng.choice([f"Let me think about what the question is really asking: \"{stem}\"",
                                 "Going through the options one at a time.", "Okay, this one is mostly recall, but let me reason it out rather than guess."]))
        for i, o in enumerate(opts):
            if L[i] == corr:
                lines.append(f"- ({L[i]}) {o}: this fits. {expl}")
            elif L[i] == distr:
                lines.append(f"- ({L[i]}) {o}: tempting, and my first instinct leaned this way, but on reflection it doesn't match what is asked.")
            else:
                lines.append(f"- ({L[i]}) {o}: no.")
        lines.append(rng.choice([f"Double-checking: I briefly considered ({distr}), but the reasoning above rules it out.",
                                 "Re-reading the stem once more to make sure there isn't a NOT or EXCEPT hiding in it — there isn't."]))
    body = "\n".join(lines)
    return body


def nli_output(rng, prem, hyp, lab, zh):
    if zh:
        t = (f"前提：{prem}\n假设：{hyp}\n\n分析：" +
             {"entailment": "前提描述的情形必然使假设成立，假设只是对前提内容的概括或推论，没有引入新信息。",
              "contradiction": "前提与假设不能同时为真，二者在关键事实上直接冲突。",
              "neutral": "前提既不能推出假设，也不与假设冲突——假设引入了前提中没有的信息，无法判断真假。"}[lab] +
             "\n\n我一开始考虑过其他标签，但再对照一下句子中的关键成分，结论不变。")
    else:
        t = (f"Premise: {prem}\nHypothesis: {hyp}\n\n" +
             {"entailment": "If the premise is true, the hypothesis has to be true as well — it only generalizes or restates what the premise already says.",
              "contradiction": "Both sentences can't be true at the same time; they conflict on a key fact.",
              "neutral": "The premise doesn't tell us whether this is true or false. The hypothesis adds information (a motive, a state, a plan) that the premise is silent on."}[lab] +
             "\n\nLet me not over-read it: I'm only allowed to use what the premise states plus common sense. With that constraint the judgment stands.")
    return t


def main():
    cases = []
    rng = R
    # ---------------- math: ~250 ----------------
    n_math = 252
    for i in range(n_math):
        fam = MATH_FAMS[i % len(MATH_FAMS)]
        c = fam(rng)
        zh = c["zh"]
        want_bad = rng.random() < 0.40
        if not want_bad:
            final, trap = rng.choice(c["ok"])
            out = wrap(c["body"](final if rng.random() < 0.5 else rng.choice(c["ok"])[0]), final, zh, rng)
            label = "Correct"
        else:
            bfinal, trap, slip = rng.choice(c["bad"])
            mode = rng.random()
            okv = c["ok"][0][0]
            if mode < 0.15:
                full = c["body"](okv)
                cut = rng.randint(len(full) // 3, int(len(full) * 0.8))
                out = full[:cut]
                trap = "truncated_no_final_answer"
            elif mode < 0.55:
                out = wrap(c["body"](okv) + "\n\n" + slip, bfinal, zh, rng)
                trap = "right_in_reasoning_wrong_final:" + trap
            else:
                out = wrap(c["body"](bfinal), bfinal, zh, rng)
            label = "Incorrect"
        cases.append(dict(dataset=c["dataset"], key_answer_type="math", question=c["question"], llm_output=out,
                          correct_answer=c["ref"], label=label, trap=trap, lang="zh" if zh else "en"))
    # ---------------- MC: 3 per item ----------------
    L = "ABCD"
    for item in MC:
        ds, zh, stem, opts, corr, expl, distr = item
        if rng.random() < 0.5:
            q = stem + "\n" + "\n".join(f"{L[i]}. {o}" for i, o in enumerate(opts))
        else:
            q = stem + " Answer Choices: " + " ".join(f"({L[i]}) {o}" for i, o in enumerate(opts))
        ci = L.index(corr); di = L.index(distr)
        plan = [("ok", None), ("ok", None), (rng.choice(["bad_letter", "letter_right_text_wrong", "text_right_letter_wrong", "two_letters", "truncated"]), None)]
        if rng.random() < 0.3:
            plan.append(("bad_letter", None))
        for kind, _ in plan:
            body = mc_output(rng, item, True, True, zh, None)
            if kind == "ok":
                fmt = rng.choice(EXTRA_MC_VARIANTS)
                if zh and fmt in ("{T}",):
                    fmt = "答案是{L}"
                fa = fmt.format(L=corr, T=opts[ci])
                trap = "mc_" + {"({L})": "paren_letter", "{L}": "bare_letter", "option {L}": "option_word", "{L}. {T}": "letter_with_text", "**{L}**": "bold_letter",
                                "The answer is ({L}) {T}": "sentence_letter_text", "{T}": "option_text_only", "答案是{L}": "zh_answer_is", "选{L}": "zh_choose"}[fmt]
                lab = "Correct"
            elif kind == "bad_letter":
                fa = rng.choice(["({L})", "{L}", "option {L}", "答案是{L}" if zh else "**{L}**"]).format(L=distr)
                body += "\n\n" + ("不过转念一想，出题人可能想考的是" + distr + "。" if zh else f"Hmm, although... on second thought ({distr}) might be what the examiner intends. I'll switch.")
                trap = "mc_switched_to_distractor"; lab = "Incorrect"
            elif kind == "letter_right_text_wrong":
                fa = f"{corr}. {opts[di]}"; trap = "mc_letter_right_text_wrong"; lab = "Incorrect"
            elif kind == "text_right_letter_wrong":
                fa = f"{distr}. {opts[ci]}"; trap = "mc_text_right_letter_wrong"; lab = "Incorrect"
            elif kind == "two_letters":
                fa = (f"{corr} 或 {distr}" if zh else f"either ({corr}) or ({distr})"); trap = "mc_two_answers"; lab = "Incorrect"
            else:
                cases.append(dict(dataset=ds, key_answer_type="alphabet_option", question=q, llm_output=body[: max(80, len(body) * 2 // 3)],
                                  correct_answer=corr, label="Incorrect", trap="mc_truncated", lang="zh" if zh else "en"))
                continue
            if kind in ("letter_right_text_wrong", "text_right_letter_wrong"):
                lab = "Incorrect"
            out = body + rng.choice(["\n\n", "\n\n"]) + (rng.choice(["**答案**：", "最终答案：", ""]) if zh else rng.choice(["Final answer: ", "**Answer:** ", "", "So I'm going with "])) + fa
            if rng.random() < 0.3:
                out = "<think>\n" + body + "\n</think>\n\n" + (("答案：" if zh else "Answer: ") + fa)
            cases.append(dict(dataset=ds, key_answer_type="alphabet_option", question=q, llm_output=out, correct_answer=rng.choice([corr, corr, f"({corr})" if not zh else corr]),
                              label=lab, trap=trap, lang="zh" if zh else "en"))
    # ---------------- NLI: 3 per item ----------------
    labs = ["entailment", "contradiction", "neutral"]
    for prem, hyp, lab, zh in NLI:
        if zh:
            q = f"阅读以下两句话，判断它们的关系（蕴含、矛盾、中立）。\n句子1：{prem}\n句子2：{hyp}"
            ref = lab if rng.random() < 0.5 else ZH_LABEL[lab]
        else:
            q = f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis? Answer entailment, neutral, or contradiction."
            ref = lab
        others = [x for x in labs if x != lab]
        for k in range(3):
            body = nli_output(rng, prem, hyp, lab, zh)
            if k < 2:
                forms = [lab, lab.capitalize(), f"**{lab}**", ZH_LABEL[lab] if zh else {"entailment": "The premise entails the hypothesis", "contradiction": "They contradict each other", "neutral": "Neither — it's neutral"}[lab]]
                if zh:
                    forms += [f"关系：{ZH_LABEL[lab]}", ZH_LABEL[lab]]
                fa = rng.choice(forms); labl = "Correct"; trap = "nli_label_phrasing"
            else:
                w = rng.choice(others)
                fa = ZH_LABEL[w] if zh and rng.random() < .6 else w
                body += ("\n\n嗯……再想想，也许应该判为" + ZH_LABEL[w] + "。" if zh else f"\n\nActually, hmm, being strict I'd rather call it {w}.")
                labl = "Incorrect"; trap = "nli_flip_at_end"
            out = body + "\n\n" + (rng.choice(["答案：", "结论：", ""]) if zh else rng.choice(["Label: ", "Final answer: ", ""])) + fa
            cases.append(dict(dataset="cmnli_like" if zh else "nli_like", key_answer_type="categorical_label", question=q, llm_output=out, correct_answer=ref,
                              label=labl, trap=trap, lang="zh" if zh else "en"))
    # ---------------- short answers: 4 per item ----------------
    for q, ref, oks, wrongs, ds, zh in SHORT:
        for k in range(4):
            if k < 2:
                ans = oks[k] if k < len(oks) else ref
                labl = "Correct"; trap = "alias_or_verbose_answer"
            else:
                ans = wrongs[k - 2]; labl = "Incorrect"; trap = "near_miss_entity"
            if zh:
                body = (f"这个问题问的是：{q}\n\n我先回忆一下相关知识。" + ("容易与" + wrongs[0] + "混淆，" if labl == "Correct" else "有人会说" + ref + "，但我记得") +
                        f"我比较确定的答案是{ans}。\n\n再核对一下：题目没有其他限定条件。")
                out = body + "\n\n" + rng.choice(["**答案**：", "答：", ""]) + ans
            else:
                body = (f"Question: {q}\n\nThinking it through. " + (f"A common confusion is {wrongs[0]}, " if labl == "Correct" else f"Some might say {ref}, but as far as I recall ") +
                        f"the answer is {ans}.\n\nLet me double check there's no trick in the wording — no, it's a direct question.")
                out = body + "\n\n" + rng.choice(["Final answer: ", "**", "Answer: ", ""]) + ans + ("**" if "**" in body[-3:] else "")
            cases.append(dict(dataset=ds, key_answer_type="short_text", question=q, llm_output=out, correct_answer=ref, label=labl, trap=trap, lang="zh" if zh else "en"))
    for i, c in enumerate(cases, 1):
        c_ = {"id": f"d18-{i:04d}"}
        c_.update(c)
        cases[i - 1] = c_
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(len(cases))


if __name__ == "__main__":
    main()
