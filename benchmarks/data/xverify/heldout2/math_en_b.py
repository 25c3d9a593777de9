"""English math families, part B: geometry, linear algebra, functions, series."""
from fractions import Fraction
from math import gcd, isqrt
from styles import ftex, par, il, dm, lin
from math_en_a import R, dec


def simp_sqrt(s):
    k = 1
    for f in range(isqrt(s), 1, -1):
        if s % (f * f) == 0:
            k = f
            break
    return k, s // (k * k)


def rad(k, m):
    return ("%d\\sqrt{%d}" % (k, m)) if k > 1 else "\\sqrt{%d}" % m


def dist(rng, mode):
    want_k = rng.random() < 0.8
    while True:
        x1, y1 = rng.randint(-9, -1), rng.randint(-9, 9)
        dx, dy = rng.randint(1, 12), rng.choice([-1, 1]) * rng.randint(1, 12)
        x2, y2 = x1 + dx, y1 + dy
        s = dx * dx + dy * dy
        s2 = (x2 + x1) ** 2 + dy * dy
        if x2 == 0 or isqrt(s) ** 2 == s or isqrt(s2) ** 2 == s2 or s2 == s:
            continue
        if (simp_sqrt(s)[0] > 1) == want_k:
            break
    k, m = simp_sqrt(s)
    q = "What is the distance between the points $(%d, %d)$ and $(%d, %d)$? Express your answer in simplest radical form." % (x1, y1, x2, y2)
    ref = rad(k, m)
    ddx = x2 + x1 if mode == "slip" else dx
    ss = ddx * ddx + dy * dy
    kk, mm = simp_sqrt(ss)
    steps = [("Write the distance formula", dm(rng, "d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}")),
             ("Compute the differences", "%s and %s." % (il(rng, "x_2 - x_1 = %d - %s = %d" % (x2, par(x1), ddx)), il(rng, "y_2 - y_1 = %d - %s = %d" % (y2, par(y1), dy)))),
             ("Square and add", dm(rng, "d = \\sqrt{%s^2 + %s^2} = \\sqrt{%d + %d} = \\sqrt{%d}" % (par(ddx), par(dy), ddx * ddx, dy * dy, ss))),
             ("Simplify the radical", ("Since %s, we get %s." % (il(rng, "%d = %d \\cdot %d" % (ss, kk * kk, mm)), il(rng, "d = " + rad(kk, mm)))) if kk > 1 else
              "%s has no square factor larger than 1, so it is already simplified." % il(rng, str(ss)))]
    final, say, label = rad(kk, mm), "distance is " + il(rng, rad(kk, mm)), ("Incorrect" if mode == "slip" else "Correct")
    check = "Numerically %s, which is a reasonable length for points this far apart." % il(rng, "%s \\approx %.3f" % (rad(k, m), s ** 0.5))
    if mode == "slip":
        check = None
    elif mode == "alt":
        final = rng.choice(["%d\\sqrt %d" % (k, m), "%d \\cdot \\sqrt{%d}" % (k, m), "\\sqrt{%d}\\cdot %d" % (m, k)] if k > 1 else
                           ["\\sqrt %d" % m, "\\sqrt{%d}\\text{ units}" % m, "\\sqrt{%d}\\,\\mathrm{units}" % m])
        say = "distance is " + il(rng, final)
    elif mode == "near":
        final = "%.2f" % (s ** 0.5)
        steps.append(("Evaluate", "Numerically, %s." % il(rng, "d = %s \\approx %s" % (rad(k, m), final))))
        say, label, check = "distance is approximately %s units" % final, "Incorrect", None
    ex = "The distance is the hypotenuse of a right triangle whose legs are the horizontal and vertical separations. The answer has to be in simplest radical form, so I'll pull perfect-square factors out of the radicand at the end."
    return R("math_like", q, ref, "find the distance between two points", steps, check, final, say,
             "%.2f" % (s ** 0.5), "give the decimal value", label, ex=ex)


def shoelace(rng, mode):
    while True:
        P = [(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(3)]
        (ax, ay), (bx, by), (cx, cy) = P
        cr = ax * (by - cy) + bx * (cy - ay) + cx * (ay - by)
        if cr != 0 and abs(cr) > 6:
            break
    area = Fraction(abs(cr), 2)
    q = "Find the area of the triangle with vertices $A(%d, %d)$, $B(%d, %d)$, and $C(%d, %d)$." % (ax, ay, bx, by, cx, cy)
    steps = [("Recall the shoelace formula", dm(rng, "[ABC] = \\frac{1}{2}\\left| x_A(y_B - y_C) + x_B(y_C - y_A) + x_C(y_A - y_B) \\right|")),
             ("Substitute the coordinates", dm(rng, "\\begin{aligned}\n&%s(%s - %s) + %s(%s - %s) + %s(%s - %s)\\\\\n&= %s + %s + %s = %d\n\\end{aligned}" % (
                 par(ax), by, par(cy), par(bx), cy, par(ay), par(cx), ay, par(by), par(ax * (by - cy)), par(bx * (cy - ay)), par(cx * (ay - by)), cr)))]
    if mode == "slip" or mode == "near":
        val = Fraction(abs(cr))
        steps.append(("Take the absolute value", "The area is %s square units." % il(rng, "|%d| = %d" % (cr, abs(cr)))))
        check, label = None, "Incorrect"
    else:
        val = area
        steps.append(("Halve the absolute value", dm(rng, "[ABC] = \\frac{1}{2}\\,|%d| = %s" % (cr, ftex(area)))))
        check, label = "A cross-product check gives the same: %s, whose magnitude halves to %s." % (
            il(rng, "\\vec{AB} \\times \\vec{AC} = (%d)(%d) - (%d)(%d) = %d" % (bx - ax, cy - ay, by - ay, cx - ax, (bx - ax) * (cy - ay) - (by - ay) * (cx - ax))), il(rng, ftex(area))), "Correct"
    final, say = ftex(val), "area is %s square units" % il(rng, ftex(val))
    if mode == "alt":
        final = dec(area) if area.denominator > 1 else "%d \\text{ square units}" % area
        say = "area is %s" % il(rng, final)
    ex = "The shoelace formula works for any triangle given its vertices; the vertex order only changes the sign. " + (
        "The absolute value of that determinant expression is the area." if mode in ("slip", "near") else "Area is half the absolute value of the determinant expression.")
    return R("math_like", q, ftex(area), "compute a triangle's area from coordinates", steps, check, final, say,
             str(abs(cr)), "skip the factor of one half", label, ex=ex)


def pm(M, env="pmatrix"):
    return "\\begin{%s} %s \\end{%s}" % (env, " \\\\ ".join(" & ".join(str(v) for v in row) for row in M), env)


def matmul(rng, mode):
    while True:
        A = [[rng.randint(-5, 6) for _ in range(2)] for _ in range(2)]
        B = [[rng.randint(-5, 6) for _ in range(2)] for _ in range(2)]
        if A[0][1] != 0 and B[1][0] != B[1][1]:
            break
    C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    wrong12 = A[0][0] * B[0][1] + A[0][1] * B[1][0]
    q = "Compute $%s %s$." % (pm(A), pm(B))
    V = [r[:] for r in C]
    lines = []
    for i in range(2):
        for j in range(2):
            if mode == "slip" and (i, j) == (0, 1):
                V[0][1] = wrong12
                lines.append("c_{12} &= (%d)(%d) + (%d)(%d) = %d" % (A[0][0], B[0][1], A[0][1], B[1][0], wrong12))
            else:
                lines.append("c_{%d%d} &= (%d)(%d) + (%d)(%d) = %d" % (i + 1, j + 1, A[i][0], B[0][j], A[i][1], B[1][j], C[i][j]))
    steps = [("Recall the rule", "Entry %s is the dot product of row %s of the first matrix with column %s of the second." % (il(rng, "c_{ij}"), il(rng, "i"), il(rng, "j"))),
             ("Compute each entry", dm(rng, "\\begin{aligned}\n" + ",\\\\\n".join(lines) + ".\n\\end{aligned}")),
             ("Assemble the product", dm(rng, pm(V)))]
    label = "Correct" if V == C else "Incorrect"
    check = "Check via the trace-free column test: multiplying by %s gives row sums %s, matching." % (
        il(rng, "\\begin{pmatrix}1\\\\1\\end{pmatrix}"), il(rng, "(%d, %d)" % (C[0][0] + C[0][1], C[1][0] + C[1][1])))
    if label == "Incorrect":
        check = None
    final, say = pm(V), "product is " + il(rng, pm(V))
    if mode == "alt":
        final = rng.choice([pm(C, "bmatrix"), "[[%d, %d], [%d, %d]]" % (C[0][0], C[0][1], C[1][0], C[1][1]), pm(C, "matrix")])
        say = "product is " + il(rng, final)
    W = [r[:] for r in C]
    W[0][1] = wrong12
    ex = "Row-by-column. Rows of the first matrix: %s and %s. Columns of the second: %s and %s." % (
        il(rng, "(%d, %d)" % tuple(A[0])), il(rng, "(%d, %d)" % tuple(A[1])), il(rng, "(%d, %d)^T" % (B[0][0], B[1][0])), il(rng, "(%d, %d)^T" % (B[0][1], B[1][1])))
    return R("math_like", q, pm(C), "multiply two 2x2 matrices", steps, check, final, say, pm(W),
             "pair row 1 with the other diagonal entry", label, ex=ex)


def cross(rng, mode):
    while True:
        u = [rng.randint(-4, 5) for _ in range(3)]
        v = [rng.randint(-4, 5) for _ in range(3)]
        c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
        if c[1] != 0 and all(x != 0 for x in u):
            break
    q = "Find $%s \\times %s$." % (pm([[x] for x in u]), pm([[x] for x in v]))
    col = lambda w: pm([[x] for x in w])
    got = c[:]
    if mode == "slip":
        got[1] = -c[1]
    steps = [("Use the determinant form", dm(rng, "\\mathbf{u}\\times\\mathbf{v} = \\begin{vmatrix} \\mathbf{i} & \\mathbf{j} & \\mathbf{k} \\\\ %d & %d & %d \\\\ %d & %d & %d \\end{vmatrix}" % tuple(u + v))),
             ("Expand along the first row", dm(rng, "\\begin{aligned}\ni&:\\ (%d)(%d) - (%d)(%d) = %d\\\\\nj&:\\ %s\\\\\nk&:\\ (%d)(%d) - (%d)(%d) = %d\n\\end{aligned}" % (
                 u[1], v[2], u[2], v[1], c[0],
                 ("(%d)(%d) - (%d)(%d) = %d" % (u[0], v[2], u[2], v[0], got[1])) if mode == "slip" else ("-[(%d)(%d) - (%d)(%d)] = %d" % (u[0], v[2], u[2], v[0], c[1])),
                 u[0], v[1], u[1], v[0], c[2]))),
             ("Write the vector", dm(rng, col(got)))]
    label = "Correct" if got == c else "Incorrect"
    check = "Orthogonality: %s and %s." % (il(rng, "\\mathbf{u}\\cdot(\\mathbf{u}\\times\\mathbf{v}) = %d" % sum(a * b for a, b in zip(u, got))),
                                            il(rng, "\\mathbf{v}\\cdot(\\mathbf{u}\\times\\mathbf{v}) = %d" % sum(a * b for a, b in zip(v, got))))
    if label == "Incorrect" and rng.random() < 0.5:
        check = None
    final, say = col(got), "cross product is " + il(rng, col(got))
    if mode == "alt":
        final = rng.choice(["(%d, %d, %d)" % tuple(c), "\\langle %d, %d, %d \\rangle" % tuple(c), lin(c, ["\\mathbf{i}", "\\mathbf{j}", "\\mathbf{k}"])])
        say = "cross product is " + il(rng, final)
    w = c[:]
    w[1] = -w[1]
    ex = ("I'll expand the 3x3 determinant with i, j, k in the top row, one cofactor at a time." if mode == "slip" else
          "Component formula: %s. Equivalently the determinant with the minus sign on the j cofactor." % il(rng, "(u_2v_3 - u_3v_2,\\ u_3v_1 - u_1v_3,\\ u_1v_2 - u_2v_1)"))
    return R("math_like", q, col(c), "compute a cross product", steps, check, final, say, col(w),
             "drop the minus sign on the j-component", label, ex=ex)


def expeq(rng, mode):
    while True:
        p = rng.choice([2, 3, 5])
        m, n = rng.sample([2, 3, 4], 2)
        a, b = rng.randint(-5, 6), rng.randint(-5, 6)
        if a != 0 and (n * b - m * a) != 0 and p ** max(m, n) <= 625:
            break
    x = Fraction(n * b - m * a, m - n)
    q = "Solve for $x$: $%d^{%s} = %d^{%s}$." % (p ** m, lin([1, a], ["x", ""]), p ** n, lin([1, b], ["x", ""]))
    steps = [("Rewrite both sides with base %d" % p, dm(rng, "%d^{%d(%s)} = %d^{%d(%s)}" % (p, m, lin([1, a], ["x", ""]), p, n, lin([1, b], ["x", ""])))),
             ("Equate the exponents", dm(rng, "%d(%s) = %d(%s)" % (m, lin([1, a], ["x", ""]), n, lin([1, b], ["x", ""]))))]
    if mode == "slip":
        val = Fraction(n * b + m * a, m - n)
        steps.append(("Collect terms", dm(rng, "%dx - %dx = %d + %s \\implies %dx = %d" % (m, n, n * b, par(m * a), m - n, n * b + m * a))))
    else:
        val = x
        steps.append(("Collect terms", dm(rng, "%dx - %dx = %d - %s \\implies %dx = %d" % (m, n, n * b, par(m * a), m - n, n * b - m * a))))
    steps.append(("Solve", dm(rng, "x = %s" % ftex(val))))
    label = "Correct" if val == x else "Incorrect"
    check = "Exponents: %s and %s agree." % (il(rng, "%d(%s + %s) = %s" % (m, ftex(x), par(a), ftex(m * (x + a)))), il(rng, "%d(%s + %s) = %s" % (n, ftex(x), par(b), ftex(n * (x + b)))))
    if label == "Incorrect":
        check = None
    final, say = "x = " + ftex(val), "solution is " + il(rng, "x = " + ftex(val))
    if mode == "alt":
        final = dec(x) if (dec(x) and x.denominator > 1) else rng.choice([ftex(x, "\\dfrac"), "x=%s" % ftex(x).replace("\\frac", "\\tfrac")])
        say = "solution is " + il(rng, final)
    ex = "Both %d and %d are powers of %d: %s and %s. Once the bases match, the exponents must be equal because the exponential function is one-to-one." % (
        p ** m, p ** n, p, il(rng, "%d = %d^{%d}" % (p ** m, p, m)), il(rng, "%d = %d^{%d}" % (p ** n, p, n)))
    return R("math_like", q, ftex(x), "solve an exponential equation", steps, check, final, say,
             ftex(Fraction(n * b + m * a, m - n)), "move the constant across without changing its sign", label, ex=ex)


def compose(rng, mode):
    while True:
        a, b, c, k = rng.randint(-4, 5), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-4, 4)
        if a not in (0, 1) and k != 0:
            gk, fk = k * k + c, a * k + b
            fg, gf = a * gk + b, fk * fk + c
            if fg != gf:
                break
    q = rng.choice(["Let $f(x) = %s$ and $g(x) = %s$. What is $f(g(%d))$?", "If $f(x)=%s$ and $g(x)=%s$, find the value of $f(g(%d))$."]) % (
        lin([a, b], ["x", ""]), lin([1, c], ["x^2", ""]), k)
    if mode == "slip":
        steps = [("Evaluate the inner function", "First apply %s: %s." % (il(rng, "f"), il(rng, "f(%d) = %d(%d) + %s = %d" % (k, a, k, par(b), fk)))),
                 ("Evaluate the outer function", dm(rng, "g(%d) = %s^2 + %s = %d" % (fk, par(fk), par(c), gf)))]
        val = gf
    else:
        steps = [("Evaluate the inner function", "The inner function is %s: %s." % (il(rng, "g"), il(rng, "g(%d) = %s^2 + %s = %d" % (k, par(k), par(c), gk)))),
                 ("Evaluate the outer function", dm(rng, "f(%d) = %d \\cdot %s + %s = %d" % (gk, a, par(gk), par(b), fg)))]
        val = fg
    label = "Correct" if val == fg else "Incorrect"
    check = "Symbolically %s; at %s this is %s." % (il(rng, "f(g(x)) = %s" % lin([a, a * c + b], ["x^2", ""])), il(rng, "x = %d" % k), il(rng, "%d(%d) + %s = %d" % (a, k * k, par(a * c + b), fg)))
    if label == "Incorrect":
        check = None
    final, say = str(val), "value is %d" % val
    if mode == "alt":
        final = "f(g(%d)) = %d" % (k, fg)
        say = "we get " + il(rng, final)
    ex = ("f(g(k)): I'll evaluate f at the number first and then feed the result into g." if mode == "slip" else
          "f(g(k)) means apply g first, then f. Order matters here since f and g don't commute in general.")
    return R("math_like", q, str(fg), "evaluate a composition of functions", steps, check, final, say, str(gf),
             "apply f first and then g", label, ex=ex)


def series(rng, mode):
    err = rng.choice([-20, 20, 40]) if mode == "slip" else 0
    if rng.random() < 0.7:
        a, d = rng.randint(-5, 15), rng.randint(2, 9)
        n = rng.randint(15, 60)
        if n * (2 * a + (n - 1) * d) % 2:
            n += 1
        l = a + (n - 1) * d
        S = n * (a + l) // 2
        q = "Compute the sum $%d + %d + %d + \\cdots + %d$, where consecutive terms differ by $%d$." % (a, a + d, a + 2 * d, l, d)
        nn = n - 1 if mode == "near" else n
        prod = nn * (a + l) + err
        val = Fraction(prod, 2)
        steps = [("Count the terms", dm(rng, "n = \\frac{%d - %s}{%d}%s = %d" % (l, par(a), d, " + 1" if mode != "near" else "", nn))),
                 ("Apply the arithmetic series formula", dm(rng, "S = \\frac{n(a_1 + a_n)}{2} = \\frac{%d(%s + %d)}{2} = \\frac{%d \\cdot %d}{2} = \\frac{%d}{2} = %s" % (nn, a, l, nn, a + l, prod, ftex(val))))]
        check = "The average term is %s and there are %d terms, so the total is consistent." % (il(rng, "\\frac{%d + %d}{2} = %s" % (a, l, ftex(Fraction(a + l, 2)))), nn)
        alt = format(S, ",") if S >= 1000 else "S = %d" % S
        gist, wv, wp = "sum an arithmetic sequence", str(Fraction((n - 1) * (a + l), 2)), "count the terms as (last - first)/difference without the +1"
    else:
        a, r, n = rng.randint(1, 5), rng.choice([2, 3]), rng.randint(7, 12)
        S = a * (r ** n - 1) // (r - 1)
        q = "Find the sum of the first $%d$ terms of the geometric sequence $%d, %d, %d, \\ldots$" % (n, a, a * r, a * r * r)
        nn = n - 1 if mode == "near" else n
        top = r ** nn - 1 + err
        val = Fraction(a * top, r - 1)
        steps = [("Identify the parameters", "%s, %s, and we need %s terms." % (il(rng, "a = %d" % a), il(rng, "r = %d" % r), il(rng, str(nn)))),
                 ("Apply the geometric series formula", dm(rng, "S_{%d} = a\\,\\frac{r^{%d} - 1}{r - 1} = %d \\cdot \\frac{%d^{%d} - 1}{%d} = %d \\cdot \\frac{%d}{%d} = %s" % (
                     nn, nn, a, r, nn, r - 1, a, top, r - 1, ftex(val))))]
        check = "The last term is %s, and adding it to the sum of the earlier terms matches the formula." % il(rng, "%d \\cdot %d^{%d} = %d" % (a, r, n - 1, a * r ** (n - 1)))
        alt = rng.choice([format(S, ","), ("%d(%d^{%d} - 1)" % (a, r, n)) if r == 2 else ("\\frac{%d(%d^{%d} - 1)}{2}" % (a, r, n))])
        gist, wv, wp = "sum a geometric sequence", str(a * (r ** (n - 1) - 1) // (r - 1)), "stop one term early"
    label = "Correct" if val == S else "Incorrect"
    if label == "Incorrect":
        check = None
    final, say = ftex(val), "sum is " + il(rng, ftex(val))
    if mode == "alt":
        final, say = alt, "sum equals " + il(rng, alt)
    ex = ("Sum = (number of terms) x (average of first and last). " + ("Number of terms is (last - first)/d." if mode == "near" else "Number of terms is (last - first)/d + 1; the +1 is easy to forget.")) if "differ" in q else \
        "Geometric series formula: %s." % il(rng, "S_n = a\\frac{r^n - 1}{r - 1}")
    return R("math_like", q, str(S), gist, steps, check, final, say, wv, wp, label, ex=ex)


def line(rng, mode):
    while True:
        x1, y1, x2, y2 = [rng.randint(-8, 8) for _ in range(4)]
        if x1 != x2 and y1 != y2 and x1 != 0 and (x2 - x1) != (y2 - y1) and abs(y2 - y1) != abs(x2 - x1):
            break
    m = Fraction(y2 - y1, x2 - x1)
    bb = y1 - m * x1
    if bb == 0:
        y1 += 1
        y2 += 1
        bb = y1 - m * x1
    q = rng.choice(["Find the equation of the line passing through $(%d, %d)$ and $(%d, %d)$.", "What is the equation of the line through the points $(%d, %d)$ and $(%d, %d)$?"]) % (x1, y1, x2, y2)
    sl = m if mode != "slip" else Fraction(x2 - x1, y2 - y1)
    b2 = y1 - sl * x1 if mode != "near" else y1 + sl * x1
    steps = [("Find the slope", dm(rng, "m = \\frac{%s}{%s} = \\frac{%d}{%d} = %s" % (
        "y_2 - y_1" if mode != "slip" else "x_2 - x_1", "x_2 - x_1" if mode != "slip" else "y_2 - y_1",
        (y2 - y1) if mode != "slip" else (x2 - x1), (x2 - x1) if mode != "slip" else (y2 - y1), ftex(sl)))),
             ("Use point-slope form", dm(rng, "y - %s = %s(x - %s)" % (par(y1), ftex(sl), par(x1)))),
             ("Solve for the intercept", "Expanding, %s." % il(rng, "b = %d %s %s \\cdot %s = %s" % (y1, "-" if mode != "near" else "+", par(sl), par(x1), ftex(b2))))]

    def yeq(s, b):
        st = "" if s == 1 else ("-" if s == -1 else ftex(s))
        return ("y = %sx" % st) if b == 0 else "y = %sx %s %s" % (st, "+" if b >= 0 else "-", ftex(abs(b)))
    final = yeq(sl, b2)
    label = "Correct" if (sl, b2) == (m, bb) else "Incorrect"
    say = "line is " + il(rng, final)
    check = "Check the second point: %s. ✓" % il(rng, "%s(%d) %s %s = %s" % (ftex(m), x2, "+" if bb >= 0 else "-", ftex(abs(bb)), ftex(m * x2 + bb)))
    if label == "Incorrect":
        check = None
    if mode == "alt":
        L = m.denominator
        A, B, C = -m.numerator, L, int(bb * L)
        g = gcd(gcd(abs(A), abs(B)), abs(C)) or 1
        A, B, C = A // g, B // g, C // g
        if A < 0:
            A, B, C = -A, -B, -C
        final = rng.choice([lin([A, B], ["x", "y"]) + " = %d" % C, "y - %s = %s(x - %s)" % (par(y1), ftex(m), par(x1))])
        say = "equation of the line is " + il(rng, final)
    ex = {"slip": "First the slope: change in x over change in y. Then the intercept from one of the points.",
          "near": "Slope from the two points, then plug one point in: b = y1 + m x1."}.get(mode, "Slope from the two points, then the intercept from b = y1 - m x1. I'll verify with the other point.")
    return R("math_like", q, yeq(m, bb), "find the line through two points", steps, check, final, say,
             yeq(m, y1 + m * x1), "add the slope term instead of subtracting it", label, ex=ex)


def circle(rng, mode):
    while True:
        h, k, r = rng.randint(-7, 7), rng.randint(-7, 7), rng.randint(2, 9)
        if h != 0 and k != 0 and (mode != "slip" or r > abs(k)):
            break
    D, E, F = -2 * h, -2 * k, h * h + k * k - r * r
    q = "Find the center and radius of the circle $%s = 0$." % lin([1, 1, D, E, F], ["x^2", "y^2", "x", "y", ""])
    ref = rng.choice(["\\text{center } (%d, %d),\\ \\text{radius } %d", "(%d,%d),\\ r=%d", "Center $(%d, %d)$, radius $%d$"]) % (h, k, r)
    hh, kk = (-h, -k) if mode == "near" else (h, k)
    rr2 = h * h - F if mode == "slip" else r * r
    steps = [("Group and complete the square", dm(rng, "(x^2 %s) + (y^2 %s) = %d" % (lin([D], ["x"]).replace("-", "- ") if D < 0 else "+ %dx" % D,
                                                                                   lin([E], ["y"]).replace("-", "- ") if E < 0 else "+ %dy" % E, -F))),
             ("Add the squares of half the linear coefficients", dm(rng, "(x %s %d)^2 + (y %s %d)^2 = %d + %d%s" % (
                 "-" if h > 0 else "+", abs(h), "-" if k > 0 else "+", abs(k), -F, h * h, "" if mode == "slip" else " + %d" % (k * k)) + " = %d" % rr2)),
             ("Read off center and radius", "Comparing with %s gives center %s and %s." % (
                 il(rng, "(x-h)^2 + (y-k)^2 = r^2"), il(rng, "(%d, %d)" % (hh, kk)), il(rng, "r = " + (str(isqrt(rr2)) if isqrt(rr2) ** 2 == rr2 else "\\sqrt{%d}" % rr2))))]
    rs = str(isqrt(rr2)) if isqrt(rr2) ** 2 == rr2 else "\\sqrt{%d}" % rr2
    final = "\\text{center } (%d, %d),\\ r = %s" % (hh, kk, rs)
    label = "Correct" if (hh, kk, rr2) == (h, k, r * r) else "Incorrect"
    say = "center is %s and the radius is %s" % (il(rng, "(%d, %d)" % (hh, kk)), il(rng, rs))
    check = "Expanding %s gives back the original equation." % il(rng, "(x %s %d)^2 + (y %s %d)^2 = %d" % ("-" if h > 0 else "+", abs(h), "-" if k > 0 else "+", abs(k), r * r))
    if label == "Incorrect":
        check = None
    if mode == "alt":
        final = rng.choice(["h = %d,\\ k = %d,\\ r = %d" % (h, k, r), "C(%d, %d),\\ \\rho = %d" % (h, k, r)])
        say = "center sits at %s and the radius is %s" % (il(rng, "(%d,%d)" % (h, k)), il(rng, str(r)))
    ex = {"near": "The center can be read off from the linear coefficients: it's (D/2, E/2), and then complete the square for the radius.",
          "slip": "Complete the square in x and in y, then move the constants to the right side."}.get(mode, "Completing the square: x^2 + Dx becomes (x + D/2)^2 - (D/2)^2, likewise for y. So the center is (-D/2, -E/2) and r^2 is what's left on the right.")
    return R("math_like", q, ref, "find a circle's center and radius", steps, check, final, say,
             "\\text{center } (%d, %d),\\ r = %d" % (-h, -k, r), "read the center straight off the signs in the equation", label, ex=ex)


def base_conv(rng, mode):
    while True:
        n, b = rng.randint(200, 3000), rng.randint(3, 9)
        digs, q, rows = [], n, []
        while q:
            rows.append((q, q // b, q % b))
            digs.append(q % b)
            q //= b
        s = "".join(map(str, reversed(digs)))
        if s != s[::-1]:
            break
    q_ = rng.choice(["Express $%d_{10}$ in base $%d$.", "What is the base-%d representation of the decimal number %d?"])
    q = q_ % ((n, b) if q_.startswith("Express") else (b, n))
    ref = rng.choice(["%s_%d", "%s_{%d}"]) % (s, b)
    got = s[::-1] if mode in ("near", "slip") else s
    steps = [("Divide repeatedly by %d" % b, dm(rng, "\\begin{aligned}\n" + "\\\\\n".join("%d &= %d \\cdot %d + %d" % (x, b, y, r) for x, y, r in rows) + "\n\\end{aligned}")),
             ("Collect the remainders", "The remainders, in the order they were produced, are %s." % il(rng, ", ".join(str(d) for d in digs))),
             ("Assemble the digits", ("Reading them in the order they were obtained gives %s." if got != s else "Reading the remainders from the last one to the first gives %s.") % il(rng, "%s_{%d}" % (got, b)))]
    label = "Correct" if got == s else "Incorrect"
    val = sum(int(c) * b ** i for i, c in enumerate(reversed(s)))
    check = "Convert back: %s. ✓" % il(rng, " + ".join("%s \\cdot %d^{%d}" % (c, b, len(s) - 1 - i) for i, c in enumerate(s)) + " = %d" % val) if label == "Correct" else None
    final, say = "%s_{%d}" % (got, b), "base-%d representation is %s" % (b, il(rng, "%s_{%d}" % (got, b)))
    if mode == "alt":
        final = rng.choice(["(%s)_{%d}" % (s, b), "%s\\ (\\text{base } %d)" % (s, b)])
        say = "number is written " + il(rng, final)
    ex = "Standard method: divide by the base repeatedly and record remainders; the first remainder is the units digit. " + (
        "So the digits come out in the order I compute them." if got != s else "So the digits must be read from the last remainder back to the first.")
    return R(rng.choice(["math_like", "aime_like"]), q, ref, "convert %d to base %d" % (n, b), steps, check, final, say,
             "%s_{%d}" % (s[::-1], b), "read the remainders from top to bottom", label, ex=ex)


def extrema(rng, mode):
    while True:
        r1, r2 = sorted(rng.sample(range(-4, 6), 2))
        if (r1 + r2) % 2 == 0:
            break
    c = rng.randint(-6, 8)
    A2, A1 = -3 * (r1 + r2) // 2, 3 * r1 * r2
    f = lambda x: x ** 3 + A2 * x * x + A1 * x + c
    poly = lin([1, A2, A1, c], ["x^3", "x^2", "x", ""])
    q = "Find the local maximum and local minimum of $f(x) = %s$. Give each as a point $(x, f(x))$." % poly
    ref = rng.choice(["\\text{local max } (%d, %d),\\ \\text{local min } (%d, %d)", "Local maximum at $(%d, %d)$; local minimum at $(%d, %d)$"]) % (r1, f(r1), r2, f(r2))
    swap = mode in ("near", "slip")
    mx, mn = (r2, r1) if swap else (r1, r2)
    steps = [("Differentiate", dm(rng, "f'(x) = %s = 3(%s)(%s)" % (lin([3, 2 * A2, A1], ["x^2", "x", ""]), lin([1, -r1], ["x", ""]), lin([1, -r2], ["x", ""])))),
             ("Find the critical points", "Setting %s gives %s and %s." % (il(rng, "f'(x) = 0"), il(rng, "x = %d" % r1), il(rng, "x = %d" % r2))),
             ("Classify with the second derivative", "%s, so %s and %s." % (
                 il(rng, "f''(x) = %s" % lin([6, 2 * A2], ["x", ""])),
                 il(rng, "f''(%d) = %d < 0" % (r1, 6 * r1 + 2 * A2)),
                 il(rng, "f''(%d) = %d > 0" % (r2, 6 * r2 + 2 * A2)))
              + (" A negative second derivative means concave down, so x = %d is a local maximum and x = %d a local minimum." % (r1, r2) if not swap else
                 " A negative second derivative means the graph bends upward there, so x = %d is a local minimum and x = %d a local maximum." % (r1, r2))),
             ("Evaluate f at the critical points", "%s and %s." % (il(rng, "f(%d) = %d" % (r1, f(r1))), il(rng, "f(%d) = %d" % (r2, f(r2)))))]
    label = "Incorrect" if swap else "Correct"
    final = "\\text{max } (%d, %d),\\ \\text{min } (%d, %d)" % (mx, f(mx), mn, f(mn))
    say = "local maximum is at %s and the local minimum at %s" % (il(rng, "(%d, %d)" % (mx, f(mx))), il(rng, "(%d, %d)" % (mn, f(mn))))
    check = None if swap else "Consistency: the local maximum value %d exceeds the local minimum value %d, as it must for a cubic with positive leading coefficient." % (f(r1), f(r2))
    if mode == "alt":
        final = "f_{\\max} = f(%d) = %d,\\quad f_{\\min} = f(%d) = %d" % (r1, f(r1), r2, f(r2))
        say = "function has a local maximum value %d at x = %d and a local minimum value %d at x = %d" % (f(r1), r1, f(r2), r2)
    ex = "Local extrema of a polynomial: set f'(x) = 0, then classify each critical point (second derivative or sign change of f'). Since the leading coefficient is positive, the cubic rises, dips, then rises again."
    return R("math_like", q, ref, "find the local extrema of a cubic", steps, check, final, say,
             "\\text{max } (%d, %d),\\ \\text{min } (%d, %d)" % (r2, f(r2), r1, f(r1)), "swap which point is the maximum", label, ex=ex)
