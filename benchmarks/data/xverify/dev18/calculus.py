#!/usr/bin/env python3
"""dev18: Calculus families: integrals, derivatives, limits. Part of gen_dev18.py (see README.md)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb
from forms import fr_tex, fr_plain, term_dec


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
