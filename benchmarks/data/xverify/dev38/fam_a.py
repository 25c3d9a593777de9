"""Families: algebra, systems, inequalities, probability, counting, modular."""
from fractions import Fraction
from math import comb, perm, gcd
from common import F, ftex, fplain, fdec, poly, S, distinct, par


def quad_roots(r):
    a = r.choice([1, 1, 2, 3])
    p, q = r.sample([i for i in range(-9, 10) if i != 0], 2)
    lo, hi = min(p, q), max(p, q)
    co = [a, -a * (p + q), a * p * q]
    eq = poly(co) + " = 0"
    ans = f"x = {lo}, x = {hi}"
    alt = [f"x = {hi} \\text{{ or }} x = {lo}", f"\\{{{lo}, {hi}\\}}", f"x_1 = {hi},\\ x_2 = {lo}"]
    wrong = distinct([f"x = {-hi}, x = {-lo}", f"x = {hi}", f"x = {lo}, x = {hi + 1}"], [ans])
    disc = co[1] ** 2 - 4 * co[0] * co[2]
    steps = [
        S(f"We need the roots of «{eq}».", f"求方程 «{eq}» 的根。"),
        S(f"Discriminant: «\\Delta = {par(co[1])}^2 - 4\\cdot {a}\\cdot {par(co[2])} = {disc}», a perfect square, so the roots are rational.",
          f"判别式 «\\Delta = {par(co[1])}^2 - 4\\cdot {a}\\cdot {par(co[2])} = {disc}»，是完全平方数。"),
        S(f"==\\,{a if a > 1 else ''}(x {'-' if p > 0 else '+'} {abs(p)})(x {'-' if q > 0 else '+'} {abs(q)}) = 0",),
        S(f"Setting each factor to zero gives «x = {p}» and «x = {q}».", f"令各因式为零，得 «x = {p}» 与 «x = {q}»。"),
    ]
    slip = (S(f"Setting each factor to zero gives «x = {-p}» and «x = {-q}».", f"令各因式为零，得 «x = {-p}» 与 «x = {-q}»。"), wrong[0])
    return dict(ds="math_like", q_en=f"Solve for x: ${eq}$. Give all real roots.", q_zh=f"解方程 ${eq}$，求出所有实根。",
                ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=(f"Check: plugging «x = {lo}» and «x = {hi}» into the left side gives 0 both times.",
                       f"检验：把 «x = {lo}»、«x = {hi}» 代入左边都得 0。"),
                pit=("A common slip is flipping the signs when reading roots off the factors.", "常见错误是从因式读根时把符号弄反。"))


def lin2(r):
    while True:
        x, y = r.randint(-7, 8), r.randint(-7, 8)
        a, b, c, d = [r.choice([i for i in range(-6, 7) if i]) for _ in range(4)]
        if a * d - b * c != 0 and x != y and y != 0 and x != 0:
            break
    e1, e2 = a * x + b * y, c * x + d * y
    l1 = f"{poly([a], '')}x".replace("1x", "x") if False else poly([a, 0], 'x').strip()
    eqs = f"{poly([a, 0])} {'+' if b > 0 else '-'} {abs(b)}y = {e1}, \\quad {poly([c, 0])} {'+' if d > 0 else '-'} {abs(d)}y = {e2}"
    det = a * d - b * c
    ans = f"(x, y) = ({x}, {y})"
    alt = [f"x = {x}, y = {y}", f"x = {x} \\text{{ and }} y = {y}", f"({x}, {y})"]
    wrong = distinct([f"(x, y) = ({y}, {x})", f"(x, y) = ({x}, {-y})", f"(x, y) = ({x + 1}, {y})"], [ans])
    steps = [
        S(f"System: «{eqs}».", f"方程组：«{eqs}»。"),
        S(f"Determinant: «D = ({a})({d}) - ({b})({c}) = {det}».", f"系数行列式 «D = ({a})({d}) - ({b})({c}) = {det}»。"),
        S(f"Cramer: «D_x = ({e1})({d}) - ({b})({e2}) = {e1 * d - b * e2}», «D_y = ({a})({e2}) - ({e1})({c}) = {a * e2 - e1 * c}».",
          f"克莱姆法则：«D_x = {e1 * d - b * e2}»，«D_y = {a * e2 - e1 * c}»。"),
        S(f"So «x = {e1 * d - b * e2}/{det} = {x}» and «y = {a * e2 - e1 * c}/{det} = {y}».", f"所以 «x = {x}»，«y = {y}»。"),
    ]
    slip = (S(f"So «x = {x}» and, substituting back with a sign error, «y = {-y}».", f"所以 «x = {x}»，回代时符号出错得 «y = {-y}»。"), wrong[1] if len(wrong) > 1 else wrong[0])
    return dict(ds="math_like", q_en=f"Solve the system ${eqs}$.", q_zh=f"解方程组 ${eqs}$。", ans=ans, alt=alt, wrong=wrong,
                steps=steps, slip=slip,
                check=(f"Check: «{a}({x}) + {par(b)}({y}) = {e1}» and «{c}({x}) + {par(d)}({y}) = {e2}».", f"检验：«{a}({x}) + {par(b)}({y}) = {e1}»，«{c}({x}) + {par(d)}({y}) = {e2}»。"),
                pit=("Watch the sign when moving a term across the equals sign.", "移项时注意变号。"))


def det3(m):
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


def lin3(r):
    while True:
        sol = [r.randint(-5, 6) for _ in range(3)]
        m = [[r.randint(-3, 4) for _ in range(3)] for _ in range(3)]
        if det3(m) != 0 and len(set(sol)) == 3:
            break
    rhs = [sum(m[i][j] * sol[j] for j in range(3)) for i in range(3)]
    eqs = ", \\quad ".join(poly([m[i][0], 0]).replace("x", "x") + "".join(
        (f" {'+' if m[i][j] >= 0 else '-'} {abs(m[i][j])}{v}") for j, v in ((1, "y"), (2, "z"))) + f" = {rhs[i]}" for i in range(3))
    x, y, z = sol
    ans = f"(x, y, z) = ({x}, {y}, {z})"
    alt = [f"x = {x}, y = {y}, z = {z}", f"({x}, {y}, {z})"]
    wrong = distinct([f"(x, y, z) = ({x}, {z}, {y})", f"(x, y, z) = ({x}, {y}, {-z if z else 1})", f"(x, y, z) = ({x + 1}, {y}, {z})"], [ans])
    D = det3(m)
    steps = [S(f"System: «{eqs}».", f"方程组：«{eqs}»。"),
             S(f"The coefficient determinant is «D = {D}», nonzero, so the solution is unique.", f"系数行列式 «D = {D}» 不为零，解唯一。"),
             S("Eliminate x from the second and third equations using the first, then solve the resulting 2x2 system.", "用第一个方程消去第二、三个方程中的 x，再解所得二元方程组。"),
             S(f"Back-substitution yields «z = {z}», then «y = {y}», then «x = {x}».", f"回代得 «z = {z}»，«y = {y}»，«x = {x}»。")]
    slip = (S(f"Back-substitution yields «z = {y}», then «y = {z}», then «x = {x}».", f"回代得 «z = {y}»，«y = {z}»，«x = {x}»。"), wrong[0])
    chk = ", ".join(f"{rhs[i]}" for i in range(3))
    return dict(ds="math_like", q_en=f"Solve the linear system ${eqs}$.", q_zh=f"解线性方程组 ${eqs}$。", ans=ans, alt=alt, wrong=wrong,
                steps=steps, slip=slip, check=(f"Check: substituting gives right-hand sides {chk}, as required.", f"检验：代入后右边依次为 {chk}，符合。"),
                pit=("It is easy to swap the values of two unknowns when back-substituting.", "回代时容易把两个未知数的值弄混。"))


def quad_ineq(r):
    a, b = sorted(r.sample(range(-8, 9), 2))
    kind = r.choice(["<", ">", "\\le", "\\ge"])
    expr = poly([1, -(a + b), a * b])
    if kind in ("<", "\\le"):
        br = ("(", ")") if kind == "<" else ("[", "]")
        ans = f"{br[0]}{a}, {b}{br[1]}"
        op = "<" if kind == "<" else "\\le"
        alt = [f"{a} {op} x {op} {b}", f"\\{{x \\mid {a} {op} x {op} {b}\\}}"]
        other = "[" if kind == "<" else "("
        wrong = distinct([f"{other}{a}, {b}{']' if other == '[' else ')'}", f"(-\\infty, {a}) \\cup ({b}, \\infty)", f"({a}, {b + 1})"], [ans])
    else:
        o = ("(", ")") if kind == ">" else ("]", "[")
        ans = f"(-\\infty, {a}{o[1] if kind == '>' else ']'} \\cup {o[0] if kind == '>' else '['}{b}, \\infty)"
        op1, op2 = ("<", ">") if kind == ">" else ("\\le", "\\ge")
        alt = [f"x {op1} {a} \\text{{ or }} x {op2} {b}", f"\\mathbb{{R}} \\setminus {'[' if kind == '>' else '('}{a}, {b}{']' if kind == '>' else ')'}"]
        flip = f"(-\\infty, {a}{']' if kind == '>' else ')'} \\cup {'[' if kind == '>' else '('}{b}, \\infty)"
        wrong = distinct([flip, f"({a}, {b})", f"x {op2} {b}"], [ans])
    steps = [S(f"Factor: «{expr} = (x {'-' if a >= 0 else '+'} {abs(a)})(x {'-' if b >= 0 else '+'} {abs(b)})», zeros at «x = {a}» and «x = {b}».",
               f"因式分解：零点为 «x = {a}» 和 «x = {b}»。"),
             S("The parabola opens upward, so it is negative strictly between the zeros and positive outside them.", "抛物线开口向上，两根之间为负，两根之外为正。"),
             S("Endpoints are included exactly when the inequality is non-strict.", "不等式含等号时端点才包含在内。"),
             S(f"Hence the solution set is «{ans}».", f"故解集为 «{ans}»。")]
    slip = (S(f"Hence the solution set is «{wrong[0]}».", f"故解集为 «{wrong[0]}»。"), wrong[0])
    q = f"{expr} {kind} 0"
    return dict(ds="math_like", q_en=f"Solve the inequality ${q}$ and give the solution set.", q_zh=f"解不等式 ${q}$，写出解集。",
                ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=(f"Check with a test point: «x = {a - 1}» and «x = {b + 1}» make the quadratic positive; the midpoint makes it negative.",
                       f"检验：取 «x = {a - 1}»、«x = {b + 1}» 时二次式为正，取中点时为负。"),
                pit=("Pay attention to whether the endpoints belong to the set.", "注意端点是否属于解集。"))


def rat_ineq(r):
    a, b = r.sample(range(-7, 8), 2)
    expr = f"\\frac{{x {'-' if a >= 0 else '+'} {abs(a)}}}{{x {'-' if b >= 0 else '+'} {abs(b)}}}"
    lo, hi = min(a, b), max(a, b)
    lc = "]" if lo == a else ")"
    hc = "[" if hi == a else "("
    ans = f"(-\\infty, {lo}{lc} \\cup {hc}{hi}, \\infty)"
    o1 = "\\le" if lo == a else "<"
    o2 = "\\ge" if hi == a else ">"
    alt = [f"x {o1} {lo} \\text{{ or }} x {o2} {hi}"]
    allc = f"(-\\infty, {lo}] \\cup [{hi}, \\infty)"
    wrong = distinct([allc, f"[{lo}, {hi}]", f"(-\\infty, {lo}) \\cup ({hi}, \\infty)"], [ans])
    steps = [S(f"Critical values: numerator zero at «x = {a}», denominator zero at «x = {b}».", f"临界点：分子为零于 «x = {a}»，分母为零于 «x = {b}»。"),
             S(f"Sign chart: the quotient is positive for «x < {lo}» and «x > {hi}», negative between.", f"符号表：«x < {lo}» 与 «x > {hi}» 时为正，中间为负。"),
             S(f"«x = {a}» gives 0 and is allowed; «x = {b}» is excluded because the denominator vanishes.", f"«x = {a}» 使值为 0，可取；«x = {b}» 使分母为零，须排除。"),
             S(f"Solution: «{ans}».", f"解集：«{ans}»。")]
    slip = (S(f"Solution: «{wrong[0]}».", f"解集：«{wrong[0]}»。"), wrong[0])
    return dict(ds="math_like", q_en=f"Solve ${expr} \\ge 0$.", q_zh=f"解不等式 ${expr} \\ge 0$。", ans=ans, alt=alt, wrong=wrong,
                steps=steps, slip=slip, check=(f"Check: at «x = {b}» the expression is undefined, so that endpoint must be open.", f"检验：«x = {b}» 时式子无意义，该端点必须是开的。"),
                pit=("Never include a zero of the denominator.", "分母的零点永远不能取。"))


def prob(r):
    k = r.randint(0, 3)
    if k == 0:
        repl = r.random() < 0.5
        p = F(13, 52) * (F(13, 52) if repl else F(12, 51))
        pw = F(13, 52) * (F(12, 51) if repl else F(13, 52))
        how = "with replacement" if repl else "without replacement"
        hz = "有放回" if repl else "不放回"
        q_en = f"Two cards are drawn {how} from a standard 52-card deck. What is the probability both are hearts?"
        q_zh = f"从一副52张的标准扑克牌中{hz}地抽两张，两张都是红桃的概率是多少？"
        st = [S(f"First card heart: «13/52»; second: «{'13/52' if repl else '12/51'}».", f"第一张红桃 «13/52»，第二张 «{'13/52' if repl else '12/51'}»。")]
    elif k == 1:
        s = r.randint(3, 11)
        n = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s)
        p, pw = F(n, 36), F(n + 1, 36)
        q_en = f"Two fair six-sided dice are rolled. What is the probability that the sum is {s}?"
        q_zh = f"掷两枚均匀的六面骰子，点数之和为 {s} 的概率是多少？"
        st = [S(f"Count ordered pairs with sum {s}: there are {n} of the 36 outcomes.", f"和为 {s} 的有序对共 {n} 个，总共 36 种。")]
    elif k == 2:
        red, blue = r.randint(3, 8), r.randint(2, 7)
        t = red + blue
        p = F(red * (red - 1), t * (t - 1))
        pw = F(red * red, t * t)
        q_en = f"An urn holds {red} red and {blue} blue balls. Two are drawn without replacement. Find P(both red)."
        q_zh = f"袋中有 {red} 个红球、{blue} 个蓝球，不放回地取两个，求两个都是红球的概率。"
        st = [S(f"«P = \\frac{{{red}}}{{{t}}} \\cdot \\frac{{{red - 1}}}{{{t - 1}}}»", f"«P = \\frac{{{red}}}{{{t}}} \\cdot \\frac{{{red - 1}}}{{{t - 1}}}»")]
    else:
        red, blue = r.randint(2, 7), r.randint(2, 7)
        t = red + blue
        p = F(2 * red * blue, t * (t - 1))
        pw = F(red * blue, t * (t - 1))
        q_en = f"A bag has {red} green and {blue} yellow marbles. Two are drawn without replacement. What is the probability of one of each colour?"
        q_zh = f"袋中有 {red} 个绿球和 {blue} 个黄球，不放回取两个，求恰好一绿一黄的概率。"
        st = [S(f"Two orders: «2\\cdot \\frac{{{red}}}{{{t}}}\\cdot\\frac{{{blue}}}{{{t - 1}}}».", f"两种顺序：«2\\cdot \\frac{{{red}}}{{{t}}}\\cdot\\frac{{{blue}}}{{{t - 1}}}»。")]
    ans = ftex(p)
    alt = [fplain(p)]
    if fdec(p):
        alt.append(fdec(p))
    alt.append(ftex(p * 1) if p.denominator == 1 else f"\\frac{{{p.numerator * 2}}}{{{p.denominator * 2}}}")
    wrong = distinct([ftex(pw), ftex(p * 2) if p * 2 < 1 else ftex(p / 2), ftex(F(p.numerator + 1, p.denominator))], [ans])
    steps = [S("Treat the draws as a sequence and multiply conditional probabilities (or count outcomes).", "按顺序看作连续事件，乘以条件概率（或直接计数）。")] + st + \
            [S(f"Simplify: «P = {ans}».", f"化简：«P = {ans}»。")]
    slip = (S(f"Simplify: «P = {wrong[0]}».", f"化简：«P = {wrong[0]}»。"), wrong[0])
    return dict(ds="math_like", q_en=q_en, q_zh=q_zh, ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=(f"Check: «{ans}» lies between 0 and 1, and a quick recount of the favourable outcomes agrees.", f"检验：«{ans}» 在 0 与 1 之间，重新计数结果一致。"),
                pit=("Do not confuse drawing with and without replacement.", "不要混淆有放回与不放回。"))


def incl_excl(r):
    N = r.choice([100, 120, 150, 200, 250, 300, 500, 1000])
    a, b = r.sample([2, 3, 4, 5, 6, 7, 9, 10, 11], 2)
    l = a * b // gcd(a, b)
    na, nb, nl = N // a, N // b, N // l
    v = na + nb - nl
    ans = str(v)
    alt = [f"{v} \\text{{ integers}}", f"{na} + {nb} - {nl} = {v}"]
    wrong = distinct([str(na + nb), str(v - 1), str(N - v), str(v + 1), str(v - 2)], [ans])
    steps = [S(f"Multiples of {a} up to {N}: «\\lfloor {N}/{a} \\rfloor = {na}».", f"{N} 以内 {a} 的倍数：«{na}» 个。"),
             S(f"Multiples of {b}: «\\lfloor {N}/{b} \\rfloor = {nb}».", f"{b} 的倍数：«{nb}» 个。"),
             S(f"Both means multiples of «\\operatorname{{lcm}}({a},{b}) = {l}»: «{nl}».", f"同时是两者倍数即 «{l}» 的倍数：«{nl}» 个。"),
             S(f"Inclusion-exclusion: «{na} + {nb} - {nl} = {v}».", f"容斥原理：«{na} + {nb} - {nl} = {v}»。")]
    slip = (S(f"Inclusion-exclusion: «{na} + {nb} = {na + nb}».", f"容斥：«{na} + {nb} = {na + nb}»。"), str(na + nb))
    return dict(ds="math_like", q_en=f"How many integers from 1 to {N} inclusive are divisible by {a} or {b}?",
                q_zh=f"1 到 {N}（含）之间能被 {a} 或 {b} 整除的整数有多少个？", ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=(f"Check: {v} is less than {N} and larger than both {na} and {nb}, as it must be.", f"检验：{v} 小于 {N}，且不小于 {na} 和 {nb}。"),
                pit=("Use the lcm, not the product, for the overlap.", "重叠部分要用最小公倍数，不是乘积。"))


def powmod(r):
    if r.random() < 0.5:
        a, n = r.randint(2, 19), r.randint(20, 400)
        v = pow(a, n, 10)
        cyc = [pow(a, i, 10) for i in range(1, 5)]
        q_en, q_zh = f"What is the last digit of ${a}^{{{n}}}$?", f"${a}^{{{n}}}$ 的个位数字是多少？"
        st = [S(f"Last digits of powers of {a}: «{', '.join(map(str, cyc))}», repeating with period dividing 4.", f"{a} 的幂的个位依次为 «{', '.join(map(str, cyc))}»，周期整除 4。"),
              S(f"«{n} \\bmod 4 = {n % 4}», so take position «{(n - 1) % 4 + 1}» in the cycle: «{v}».", f"«{n} \\bmod 4 = {n % 4}»，取循环中第 «{(n - 1) % 4 + 1}» 个：«{v}»。")]
        m = 10
    else:
        m = r.choice([7, 11, 13, 17])
        a, n = r.randint(2, 12), r.randint(30, 300)
        if a % m == 0:
            a += 1
        v = pow(a, n, m)
        q_en, q_zh = f"Find ${a}^{{{n}}} \\bmod {m}$.", f"求 ${a}^{{{n}}}$ 除以 {m} 的余数。"
        st = [S(f"By Fermat, «{a}^{{{m - 1}}} \\equiv 1 \\pmod{{{m}}}».", f"由费马小定理，«{a}^{{{m - 1}}} \\equiv 1 \\pmod{{{m}}}»。"),
              S(f"«{n} = {m - 1}\\cdot {n // (m - 1)} + {n % (m - 1)}», so «{a}^{{{n}}} \\equiv {a}^{{{n % (m - 1)}}} \\equiv {v} \\pmod{{{m}}}».",
                f"«{n} = {m - 1}\\cdot {n // (m - 1)} + {n % (m - 1)}»，故 «{a}^{{{n}}} \\equiv {v} \\pmod{{{m}}}»。")]
    ans = str(v)
    alt = [f"{v} \\pmod{{{m}}}" if m != 10 else f"\\text{{the digit }} {v}", f"r = {v}" if m != 10 else f"{v}\\ (\\text{{units digit}})"]
    wrong = distinct([str((v + 1) % m), str(pow(a, n + 1, m)), str(pow(a, n - 1, m)), str((v + 2) % m), str((v + 3) % m), str((v + 4) % m)], [ans])
    slip = (S(f"Using the wrong position in the cycle gives «{wrong[0]}».", f"取错循环位置，得 «{wrong[0]}»。"), wrong[0])
    return dict(ds="math_like", q_en=q_en, q_zh=q_zh, ans=ans, alt=alt, wrong=wrong, steps=st + [S(f"So the result is «{v}».", f"所以结果为 «{v}»。")], slip=slip,
                check=("Check: recomputing by repeated squaring gives the same residue.", "检验：用反复平方法重算，余数相同。"),
                pit=("Off-by-one errors in the cycle position are the usual trap.", "循环位置差一是常见陷阱。"))


def perm_comb(r):
    k = r.randint(0, 2)
    if k == 0:
        n, m = r.randint(7, 15), r.randint(2, 5)
        v, w = comb(n, m), perm(n, m)
        q_en = f"In how many ways can a committee of {m} be chosen from {n} people?"
        q_zh = f"从 {n} 人中选出 {m} 人组成委员会，有多少种选法？"
        st = [S(f"Order does not matter: «\\binom{{{n}}}{{{m}}} = \\frac{{{n}!}}{{{m}!\\,{n - m}!}}».", f"与顺序无关：«\\binom{{{n}}}{{{m}}}»。")]
        alt = [f"\\binom{{{n}}}{{{m}}} = {v}", f"{v} \\text{{ ways}}"]
    elif k == 1:
        n, m = r.randint(6, 12), r.randint(2, 4)
        v, w = perm(n, m), comb(n, m)
        CD = " \\cdot ".join(str(n - i) for i in range(m))
        TM = " \\times ".join(str(n - i) for i in range(m))
        q_en = f"{n} runners compete. In how many ways can gold, silver and bronze{'' if m == 3 else ' (and further ranked places)'} be awarded for the top {m} places?"
        q_zh = f"{n} 名选手参赛，前 {m} 名（有先后顺序）共有多少种不同结果？"
        st = [S(f"Order matters: «P({n},{m}) = {CD}».", f"有顺序：«A_{{{n}}}^{{{m}}} = {CD}»。")]
        alt = [f"{v} \\text{{ outcomes}}", f"{TM} = {v}"]
    else:
        word = r.choice(["BANANA", "LETTER", "PEPPER", "STATS", "COCOON", "GAMMA", "PUZZLE"])
        from collections import Counter
        c = Counter(word)
        from math import factorial
        den = 1
        for x in c.values():
            den *= factorial(x)
        v, w = factorial(len(word)) // den, factorial(len(word))
        q_en = f"How many distinct arrangements of the letters of {word} are there?"
        q_zh = f"单词 {word} 的字母共有多少种不同的排列？"
        reps = ", ".join(f"{ch}×{k2}" for ch, k2 in sorted(c.items()) if k2 > 1)
        st = [S(f"{len(word)} letters with repeats {reps}: «\\frac{{{len(word)}!}}{{{den}}}».", f"{len(word)} 个字母，重复 {reps}：«\\frac{{{len(word)}!}}{{{den}}}»。")]
        alt = [f"{v} \\text{{ arrangements}}", f"\\frac{{{len(word)}!}}{{{den}}} = {v}"]
    ans = str(v)
    wrong = distinct([str(w), str(v - 1), str(v * 2), str(v + 1)], [ans])
    steps = [S("First decide whether order matters and whether items repeat.", "先判断是否有顺序、是否有重复元素。")] + st + [S(f"Evaluating gives «{v}».", f"计算得 «{v}»。")]
    slip = (S(f"Evaluating gives «{wrong[0]}».", f"计算得 «{wrong[0]}»。"), wrong[0])
    return dict(ds="math_like", q_en=q_en, q_zh=q_zh, ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=("Check: a small case of the same counting rule gives the expected count.", "检验：用同样的方法算一个小例子，结果正确。"),
                pit=("Mixing up permutations and combinations changes the answer by a factorial factor.", "排列与组合混淆会差一个阶乘因子。"))


FAMILIES = [quad_roots, lin2, lin3, quad_ineq, rat_ineq, prob, incl_excl, powmod, perm_comb]
