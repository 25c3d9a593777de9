"""English math families, part 2: calculus, linear algebra, number theory, olympiad-style integers."""
from common import Fraction, gcd, fl, poly, sgn_term, shift, pmat


def _nz(rng, lo, hi):
    while True:
        v = rng.randint(lo, hi)
        if v != 0:
            return v


def integral(rng):
    while True:
        p, qq, r = _nz(rng, 1, 6), _nz(rng, -5, 5), rng.randint(-4, 6)
        a = rng.randint(1, 4)
        val = Fraction(p * a**3, 3) + Fraction(qq * a * a, 2) + r * a
        if val.denominator > 1:
            break
    f = poly([p, qq, r])
    q = f"Evaluate $\\displaystyle\\int_0^{{{a}}} \\left({f}\\right)\\,dx$."
    anti = f"\\frac{{{p}x^3}}{{3}} {'+' if qq > 0 else '-'} \\frac{{{abs(qq)}x^2}}{{2}} {sgn_term(r)}x"
    steps = [f"an antiderivative is $F(x) = {anti}$.",
             f"at the upper limit: $F({a}) = \\frac{{{p}\\cdot{a**3}}}{{3}} + \\frac{{{qq}\\cdot{a*a}}}{{2}} + {r}\\cdot{a}$.",
             f"adding these up gives $F({a}) = {fl(val)}$, and $F(0) = 0$, so the integral is ${fl(val)}$."]
    nofac = Fraction(p * a**3) + Fraction(qq * a * a, 2) + r * a
    check = f"As a decimal this is about ${float(val):.4f}$, and a midpoint-rule estimate with a few subintervals gives a nearby value."
    eq = [(fl(val, "dfrac"), "dfrac_vs_frac"), (fl(val, "slash"), "slash_fraction"),
          (f"\\frac{{{2 * val.numerator}}}{{{2 * val.denominator}}}", "unreduced_fraction")]
    return dict(q=q, ref=fl(val), eq=eq, ds="calculus_like", steps=steps, check=check,
                wr=[(fl(nofac), "missing_one_third_factor"), (fl(-val), "sign_error"), (fl(val + 1), "arithmetic_off_by_one")])


def deriv(rng):
    while True:
        a, b, c, d = _nz(rng, -5, 5), rng.randint(-5, 5), _nz(rng, -4, 4), rng.randint(-5, 5)
        x0 = rng.randint(-2, 3)
        den = c * x0 + d
        if a * d - b * c != 0 and den not in (0, 1):
            break
    val = Fraction(a * d - b * c, den * den)
    q = f"Let $f(x) = \\dfrac{{{poly([a, b])}}}{{{poly([c, d])}}}$. Find $f'({x0})$."
    steps = [f"by the quotient rule, $f'(x) = \\frac{{{a}({poly([c, d])}) - {c}({poly([a, b])})}}{{({poly([c, d])})^2}}$.",
             f"the numerator simplifies to the constant ${a}\\cdot{d} - {b}\\cdot{c} = {a*d - b*c}$, so $f'(x) = \\frac{{{a*d - b*c}}}{{({poly([c, d])})^2}}$.",
             f"at $x = {x0}$ the denominator is $({den})^2 = {den*den}$, so $f'({x0}) = {fl(val)}$."]
    check = f"A symmetric difference quotient with $h = 0.001$ gives approximately ${float(val):.4f}$, consistent."
    return dict(q=q, ref=fl(val), ds="calculus_like", steps=steps, check=check,
                eq=[(fl(val, "dfrac"), "dfrac_vs_frac"), (f"{float(val):g}" if (val * 1000).denominator == 1 else fl(val, "slash"), "decimal_or_slash")],
                wr=[(fl(-val), "quotient_rule_sign"), (fl(Fraction(a * d - b * c, den)), "denominator_not_squared")])


def det3(rng):
    while True:
        M = [[rng.randint(-3, 5) for _ in range(3)] for _ in range(3)]
        m0 = M[1][1]*M[2][2] - M[1][2]*M[2][1]
        m1 = M[1][0]*M[2][2] - M[1][2]*M[2][0]
        m2 = M[1][0]*M[2][1] - M[1][1]*M[2][0]
        D = M[0][0]*m0 - M[0][1]*m1 + M[0][2]*m2
        bad = M[0][0]*m0 + M[0][1]*m1 + M[0][2]*m2
        if D != 0 and bad != D and M[0][1] != 0:
            break
    q = f"Compute the determinant $\\det {pmat(M)}$."
    steps = [f"expand along the first row: $\\det = {M[0][0]}\\cdot M_{{11}} - ({M[0][1]})\\cdot M_{{12}} + ({M[0][2]})\\cdot M_{{13}}$.",
             f"the minors are $M_{{11}} = {m0}$, $M_{{12}} = {m1}$, $M_{{13}} = {m2}$.",
             f"so $\\det = {M[0][0]*m0} - ({M[0][1]*m1}) + ({M[0][2]*m2}) = {D}$."]
    check = "Expanding along the second column instead gives the same value."
    return dict(q=q, ref=str(D), ds="math_like", steps=steps, check=check,
                eq=[(f"\\det A = {D}", "answer_with_lhs"), (f"{D}.0", "trailing_decimal_zero")],
                wr=[(str(bad), "cofactor_sign"), (str(-D), "sign_error")])


def eigen(rng):
    while True:
        l1, l2 = rng.randint(-5, 7), rng.randint(-5, 7)
        if l1 != l2 and l1 != -l2 and {l1 + l2, l1 * l2} != {l1, l2}:
            break
    A = [[2*l1 - l2, -l1 + l2], [2*l1 - 2*l2, -l1 + 2*l2]]
    lo, hi = min(l1, l2), max(l1, l2)
    tr, dt = l1 + l2, l1 * l2
    q = f"Find all eigenvalues of the matrix $A = {pmat(A)}$. Enter all the eigenvalues, separated by commas."
    steps = [f"the characteristic polynomial is $\\lambda^2 - (\\operatorname{{tr}}A)\\lambda + \\det A$ with $\\operatorname{{tr}}A = {tr}$ and $\\det A = {dt}$.",
             f"so I solve ${poly([1, -tr, dt], chr(92) + 'lambda ')} = 0$.",
             f"this factors as $(\\lambda - ({l1}))(\\lambda - ({l2})) = 0$, giving $\\lambda = {lo}$ and $\\lambda = {hi}$."]
    check = f"Sum ${lo} + {hi} = {tr}$ equals the trace and product ${dt}$ equals the determinant."
    return dict(q=q, ref=f"{lo}, {hi}", ds="math_like", steps=steps, check=check,
                eq=[(f"\\lambda = {hi} \\text{{ and }} \\lambda = {lo}", "eigenvalues_as_equations"),
                    (f"\\{{{hi}, {lo}\\}}", "roots_as_set"), (f"\\lambda_1 = {lo},\\ \\lambda_2 = {hi}", "indexed_lambdas")],
                wr=[(f"{hi}", "missing_root"), (f"{-lo}, {-hi}", "roots_sign_flipped"), (f"{tr}, {dt}", "trace_and_det_not_roots")])


def system3(rng):
    while True:
        M = [[rng.randint(-3, 4) for _ in range(3)] for _ in range(3)]
        d = (M[0][0]*(M[1][1]*M[2][2]-M[1][2]*M[2][1]) - M[0][1]*(M[1][0]*M[2][2]-M[1][2]*M[2][0])
             + M[0][2]*(M[1][0]*M[2][1]-M[1][1]*M[2][0]))
        s = [rng.randint(-5, 6) for _ in range(3)]
        if d != 0 and s[0] != s[1] and s[2] != 0:
            break
    rhs = [sum(M[i][j] * s[j] for j in range(3)) for i in range(3)]

    def row(i):
        t = ""
        for j, v in enumerate("xyz"):
            c = M[i][j]
            if c == 0:
                continue
            mag = "" if abs(c) == 1 else str(abs(c))
            t += (("-" if c < 0 else "") if t == "" else (" - " if c < 0 else " + ")) + mag + v
        return (t or "0") + f" = {rhs[i]}"
    sysl = " \\\\ ".join(row(i) for i in range(3))
    q = f"Solve the system \\[\\begin{{aligned}} {sysl} \\end{{aligned}}\\] Enter your answer as an ordered triple $(x, y, z)$."
    x, y, z = s
    steps = ["I use elimination: combine the first two equations to remove one variable, then the first and third.",
             f"the resulting $2\\times 2$ system has the solution pair that makes both reduced equations hold, giving $z = {z}$.",
             f"back-substituting yields $y = {y}$ and then $x = {x}$."]
    check = "Substituting into all three original equations: " + "; ".join(
        f"${sum(M[i][j] * s[j] for j in range(3))} = {rhs[i]}$" for i in range(3)) + ". All hold."
    return dict(q=q, ref=f"({x},{y},{z})", ds="math_like", steps=steps, check=check,
                eq=[(f"x = {x},\\ y = {y},\\ z = {z}", "triple_as_equations"), (f"\\left( {x}, {y}, {z} \\right)", "left_right_delimiters")],
                wr=[(f"({y},{x},{z})", "ordered_triple_swapped"), (f"({x},{y},{-z})", "sign_error")])


def plane(rng):
    while True:
        P = [[rng.randint(-3, 4) for _ in range(3)] for _ in range(3)]
        u = [P[1][i] - P[0][i] for i in range(3)]
        v = [P[2][i] - P[0][i] for i in range(3)]
        n = [u[1]*v[2]-u[2]*v[1], u[2]*v[0]-u[0]*v[2], u[0]*v[1]-u[1]*v[0]]
        g = gcd(gcd(abs(n[0]), abs(n[1])), abs(n[2]))
        if g == 0 or 0 in n:
            continue
        n = [t // g for t in n]
        if n[0] < 0:
            n = [-t for t in n]
        D = -sum(n[i] * P[0][i] for i in range(3))
        if D != 0:
            break

    def form(co, d, rhs=False):
        t = ""
        for c, vname in zip(co, "xyz"):
            mag = "" if abs(c) == 1 else str(abs(c))
            t += (("-" if c < 0 else "") if t == "" else (" - " if c < 0 else " + ")) + mag + vname
        return t + (f" = {-d}" if rhs else f" {sgn_term(d)} = 0")
    pts = ", ".join(f"$({p[0]},{p[1]},{p[2]})$" for p in P)
    q = f"Find an equation of the plane containing the points {pts}."
    steps = [f"two direction vectors in the plane are $({u[0]},{u[1]},{u[2]})$ and $({v[0]},{v[1]},{v[2]})$.",
             f"their cross product, reduced, gives the normal $({n[0]},{n[1]},{n[2]})$.",
             f"plugging in the first point to find the constant: the plane is ${form(n, D)}$."]
    check = "Each of the three given points satisfies the equation: " + ", ".join(
        str(sum(n[i] * p[i] for i in range(3)) + D) for p in P) + "."
    return dict(q=q, ref=form(n, D), ds="math_like", steps=steps, check=check,
                eq=[(form(n, D, True), "plane_constant_on_right"), (form([-2 * t for t in n], -2 * D), "plane_scaled_by_minus_2")],
                wr=[(form(n, -D), "constant_sign"), (form([n[0], -n[1], n[2]], D), "normal_component_sign")])


def aime_mod(rng):
    while True:
        a, b = rng.randint(3, 29), rng.randint(20, 400)
        v, v2 = pow(a, b, 1000), pow(a, b - 1, 1000)
        alt = v % 100 if v >= 100 else pow(a, b, 10000)
        if v != v2 and v >= 10 and alt != v:
            break
    q = f"Find the remainder when ${a}^{{{b}}}$ is divided by $1000$."
    steps = [f"I work modulo $8$ and modulo $125$ separately and combine with CRT. Modulo $8$: ${a}^{{{b}}} \\equiv {pow(a, b, 8)}$.",
             f"modulo $125$: using Euler's theorem with $\\varphi(125)=100$, ${a}^{{{b}}} \\equiv {a}^{{{b % 100}}} \\equiv {pow(a, b, 125)} \\pmod{{125}}$." if gcd(a, 5) == 1 else
             f"modulo $125$: since $5 \\mid {a}$ and the exponent is large, ${a}^{{{b}}} \\equiv {pow(a, b, 125)} \\pmod{{125}}$.",
             f"the unique residue mod $1000$ that is ${pow(a, b, 8)}$ mod $8$ and ${pow(a, b, 125)}$ mod $125$ is ${v}$."]
    check = f"${v} \\bmod 8 = {v % 8}$ and ${v} \\bmod 125 = {v % 125}$, consistent with both congruences."
    return dict(q=q, ref=str(v), ds="aime_like", steps=steps, check=check,
                eq=[(f"{v:03d}" if v < 100 else f"\\textbf{{{v}}}", "aime_zero_padded_or_bold"), (f"{v} \\pmod{{1000}}", "with_modulus_note")],
                wr=[(str(v2), "off_by_one_exponent"), (str(alt), "wrong_modulus")])


def divisors(rng):
    while True:
        ps = rng.sample([2, 3, 5, 7, 11], rng.randint(2, 3))
        es = [rng.randint(1, 4) for _ in ps]
        N = 1
        for p, e in zip(ps, es):
            N *= p ** e
        if N < 200000:
            break
    ask = rng.choice(["count", "sum"])
    cnt, sm = 1, 1
    for p, e in zip(ps, es):
        cnt *= e + 1
        sm *= (p ** (e + 1) - 1) // (p - 1)
    fac = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(zip(ps, es)))
    steps = [f"first factor: ${N} = {fac}$."]
    if ask == "count":
        q = f"How many positive divisors does ${N}$ have?"
        steps += ["each divisor chooses an exponent for each prime independently, from $0$ up to its exponent.",
                  "so the count is " + " \\cdot ".join(f"({e}+1)" for e in es).join("$$") + f" $= {cnt}$."]
        ref, wr = str(cnt), [(str(cnt - 1), "excluded_one_or_n"), (str(cnt - 2), "proper_divisors_only")]
        check = f"Listing the exponent choices confirms ${cnt}$ combinations."
    else:
        q = f"Find the sum of all positive divisors of ${N}$."
        steps += ["the divisor-sum function is multiplicative: $\\sigma(p^e) = \\frac{p^{e+1}-1}{p-1}$.",
                  "multiplying the factors gives " + " \\cdot ".join(str((p ** (e + 1) - 1) // (p - 1)) for p, e in zip(ps, es)) + f" $= {sm}$."]
        ref, wr = str(sm), [(str(sm - N), "proper_divisors_only"), (str(cnt), "wrong_quantity_count_not_sum")]
        check = "The factors of the product were checked individually with the geometric series formula."
    return dict(q=q, ref=ref, ds="olympiad_like", steps=steps, check=check,
                eq=[(f"{ref}\\text{{ divisors}}" if ask == "count" else f"\\sigma({N}) = {ref}", "answer_with_words_or_lhs"),
                    (f"{int(ref):,}".replace(",", "{,}") if int(ref) >= 1000 else f"{ref}", "thousands_separator")],
                wr=wr)


def parity(rng):
    kind = rng.choice(["odd", "even", "neither"])
    pool = {"odd": ([3, 1], [5, 3], [7, 1]), "even": ([4, 2], [6, 0], [2, 0]), "neither": ([3, 2], [4, 1], [5, 0])}
    p1, p2 = rng.choice(pool[kind])
    a, b = _nz(rng, -4, 5), _nz(rng, -6, 6)
    co = [0] * (max(p1, p2) + 1)
    co[-1 - p1] += a
    co[-1 - p2] += b
    f = poly(co)
    q = f"Is $f(x) = {f}$ an even function, odd function, or neither? Enter \"odd\", \"even\", or \"neither\"."
    steps = [f"compute $f(-x)$ by replacing $x$ with $-x$ in each term.",
             f"the term of degree {p1} picks up the factor $(-1)^{{{p1}}} = {(-1) ** p1}$, and the term of degree {p2} picks up $(-1)^{{{p2}}} = {(-1) ** p2}$.",
             {"odd": "both terms change sign, so $f(-x) = -f(x)$ and the function is odd.",
              "even": "neither term changes sign, so $f(-x) = f(x)$ and the function is even.",
              "neither": "one term changes sign and the other does not, so $f(-x)$ equals neither $f(x)$ nor $-f(x)$."}[kind]]
    check = f"Numerically, $f(1) = {a + b}$ and $f(-1) = {a * (-1) ** p1 + b * (-1) ** p2}$, consistent with the conclusion."
    others = [k for k in ("odd", "even", "neither") if k != kind]
    return dict(q=q, ref=f"\\text{{{kind}}}", ds="math_like", steps=steps, check=check,
                eq=[(kind, "text_answer_without_text_macro"), (f"\\text{{{kind.capitalize()}}}", "capitalised_text")],
                wr=[(f"\\text{{{o}}}", "wrong_categorical_text") for o in others])


FAMILIES = [integral, deriv, det3, eigen, system3, plane, aime_mod, divisors, parity]
