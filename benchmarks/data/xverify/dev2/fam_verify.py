"""Family B: the final answer is followed by a verification section or heading,
so the last line of the output is not the answer.  Variants:
ok (Correct), fix (wrong first, corrected during the check: Correct),
wrong (misreading verified against itself: Incorrect), flip (right first,
then switched to a wrong value: Incorrect), hedge (two answers: Incorrect)."""
from fractions import Fraction
from common import paren, think, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab, tfrac, dec

VHEAD = ["**Verification:**", "## Verification", "### Double-check", "Let me verify:", "**Check:**", "---\n\n**Verification**"]
ZVHEAD = ["检验：", "验证：", "**检验**", "### 验证"]
ANS = ["**Answer: %s**", "The answer is $\\boxed{%s}$.", "**Final answer:** %s", "So the answer is %s."]
ZANS = ["答：%s。", "**答案：%s**", "所以答案是 $\\boxed{%s}$。"]


def tail(lang, rng, recap):
    """Optional trailing heading after the verification."""
    if rng.random() < 0.5:
        return ""
    if lang == "zh":
        return "### 小结\n" + "\n".join("- " + x for x in recap)
    return rng.choice(["## Summary of steps", "### Recap", "---\n\n**Key steps**"]) + "\n" + "\n".join("- " + x for x in recap)


def assemble(lang, rng, q_restate, work, stated, verify, after, recap, tk):
    head = rng.choice(ZVHEAD if lang == "zh" else VHEAD)
    parts = [rng.choice(ZH_OPEN if lang == "zh" else EN_OPEN), q_restate] + work + [stated, head + "\n" + "\n".join(verify)] + after
    parts.append(tail(lang, rng, recap))
    body = "\n\n".join(p for p in parts if p)
    if tk and rng.random() < 0.5:
        body = think(tk) + body
    return body


def consecutive(rng, lang, v):
    k = rng.choice([3, 4, 5]) if lang == "en" else rng.choice([3, 4])
    step = rng.choice([1, 2, 2])
    n = rng.randint(5, 60)
    if step == 2 and rng.random() < 0.5:
        n += n % 2 + 1 if n % 2 == 0 else 0  # odd start
    kind = "consecutive" if step == 1 else ("consecutive odd" if n % 2 else "consecutive even")
    zkind = {"consecutive": "连续整", "consecutive odd": "连续奇", "consecutive even": "连续偶"}[kind]
    nums = [n + step * i for i in range(k)]
    S = sum(nums)
    ask_large = rng.random() < 0.6
    right, other = (nums[-1], nums[0]) if ask_large else (nums[0], nums[-1])
    tgt, otgt = ("largest", "smallest") if ask_large else ("smallest", "largest")
    ztgt, zotgt = ("最大", "最小") if ask_large else ("最小", "最大")
    first = other if v in ("wrong", "fix") else right
    if lang == "zh":
        q = "%d个%s数的和是%d，其中%s的数是多少？" % (k, zkind, S, ztgt)
        terms = " + ".join(["n"] + ["(n+%d)" % (step * i) for i in range(1, k)])
        work = ["设最小的数为 $n$，则这%d个数为 %s。" % (k, "，".join(["$n$"] + ["$n+%d$" % (step * i) for i in range(1, k)])),
                "列方程：$%s = %d$，即 $%dn + %d = %d$。" % (terms, S, k, step * k * (k - 1) // 2, S),
                "解得 $%dn = %d$，$n = %d$。这%d个数是 %s。" % (k, S - step * k * (k - 1) // 2, n, k, "、".join(map(str, nums)))]
        stated = rng.choice(ZANS) % first
        verify = ["%s = %d ✓" % (" + ".join(map(str, nums)), S)]
        after = []
        if v == "fix":
            after = ["不过题目问的是%s的数，不是%s的数。所以答案应为 %d。" % (ztgt, zotgt, right)]
        elif v == "flip":
            after = ["再看题目，问的是%s的数，所以答案改为 %d。" % (zotgt, other)]
        elif v == "hedge":
            after = ["所以答案是 %d 或 %d。" % (right, other)]
        recap = ["设未知数 n", "列方程求出 n = %d" % n]
        return q, assemble(lang, rng, "", work, stated, verify, after, recap, ["设最小数为 n。", "和为 %d。" % S]), str(right)
    q = rng.choice(["The sum of %d %s integers is %d. What is the %s of these integers?",
                    "%d %s integers add up to %d. Find the %s one."]) % (k, kind, S, tgt)
    q = q[0].upper() + q[1:]
    terms = " + ".join(["n"] + ["(n + %d)" % (step * i) for i in range(1, k)])
    work = ["Let the smallest integer be $n$. Then the integers are %s." % ", ".join(["$n$"] + ["$n + %d$" % (step * i) for i in range(1, k)]),
            "Their sum is\n$$%s = %dn + %d = %d.$$" % (terms, k, step * k * (k - 1) // 2, S),
            "So $%dn = %d$ and $n = %d$. The integers are %s." % (k, S - step * k * (k - 1) // 2, n, ", ".join(map(str, nums)))]
    stated = rng.choice(ANS) % first
    verify = ["- Each number is %d more than the previous one: %s ✓" % (step, ", ".join(map(str, nums))),
              "- Sum: %s = %d ✓" % (" + ".join(map(str, nums)), S)]
    if v == "wrong":
        verify.append("- So $n = %d$ is consistent with the problem." % n)
    after = []
    if v == "fix":
        after = ["Wait, the question asks for the **%s** integer, not the %s. I reported $n$, which is the %s. The %s is %d.\n\n**Corrected answer: %d**" % (tgt, otgt, otgt, tgt, right, right)]
    elif v == "flip":
        after = ["Hmm, actually the question is about the %s integer, which is $n$ itself. So the answer should be %d." % (otgt, other)]
    elif v == "hedge":
        after = ["So the answer is %d (or %d, if the question means the %s one)." % (right, other, otgt)]
    recap = ["Let $n$ be the smallest integer", "Solve $%dn + %d = %d$" % (k, step * k * (k - 1) // 2, S), "Read off the %s value" % tgt]
    tk = [rng.choice(THINK_OPEN), "%d %s integers summing to %d. Let n be the smallest." % (k, kind, S),
          "%dn + %d = %d, n = %d." % (k, step * k * (k - 1) // 2, S, n)]
    return q, assemble(lang, rng, "", work, stated, verify, after, recap, tk), str(right)


def lineq(rng, lang, v):
    while True:
        a, b, c, d, x = rng.randint(2, 7), rng.randint(1, 9), rng.randint(1, 15), rng.randint(2, 6), rng.randint(-8, 14)
        if a == d:
            continue
        e = a * (x + b) - c - d * x
        if e == 0:
            continue
        xs = Fraction(e + c - b, a - d)  # slip: a(x + b) -> ax + b
        if xs.denominator == 1 and xs != x:
            break
    xs = int(xs)
    eq = "%d(x + %d) - %d = %dx %s" % (a, b, c, d, ("+ %d" % e) if e >= 0 else "- %d" % (-e))
    L = lambda t: a * (t + b) - c
    R = lambda t: d * t + e
    good = ["Expand the left side: $%dx + %d - %d = %dx + %d$." % (a, a * b, c, a, a * b - c),
            "Collect terms: $%dx - %dx = %d - %s$, so $%sx = %d$." % (a, d, e, paren(a * b - c), cf(a - d), e - a * b + c),
            "Therefore $x = %d$." % x]
    slip = ["Expand the left side: $%dx + %d - %d = %dx + %d$." % (a, b, c, a, b - c),
            "Collect terms: $%dx - %dx = %d - %s$, so $%sx = %d$." % (a, d, e, paren(b - c), cf(a - d), e - b + c),
            "Therefore $x = %d$." % xs]
    if lang == "zh":
        q = "解方程：$%s$。" % eq
        good = ["去括号：$%dx + %d - %d = %dx %s$。" % (a, a * b, c, d, sg(e)), "移项合并：$%sx = %d$，所以 $x = %d$。" % (cf(a - d), e - a * b + c, x)]
        slip = ["去括号：$%dx + %d - %d = %dx %s$。" % (a, b, c, d, sg(e)), "移项合并：$%sx = %d$，所以 $x = %d$。" % (cf(a - d), e - b + c, xs)]
    else:
        q = rng.choice(["Solve for $x$: $%s$.", "Find $x$ if $%s$."]) % eq
    first_slip = v in ("wrong", "fix")
    work = slip if first_slip else good
    first = xs if first_slip else x
    if lang == "zh":
        stated = rng.choice(ZANS) % ("x = %d" % first)
        if v == "wrong":
            verify = ["把 $x=%d$ 代入：左边 $=%d\\times%d + %d - %d = %d$，右边 $=%d\\times%d %s = %d$，左右相等 ✓" % (xs, a, xs, b, c, a * xs + b - c, d, xs, sg(e), R(xs))]
        elif v == "fix":
            verify = ["把 $x=%d$ 代入：左边 $=%d\\times(%d+%d)-%d=%d$，右边 $=%d$，不相等！" % (xs, a, xs, b, c, L(xs), R(xs)),
                      "原来去括号时 $%d\\times%d$ 漏乘了。重新计算：$%dx + %d - %d = %dx %s$，$%sx = %d$，$x = %d$。" % (a, b, a, a * b, c, d, sg(e), cf(a - d), e - a * b + c, x),
                      "再代入：左边 $=%d$，右边 $=%d$ ✓。所以 $x = %d$。" % (L(x), R(x), x)]
        else:
            verify = ["把 $x=%d$ 代入：左边 $=%d\\times(%d+%d)-%d=%d$，右边 $=%d\\times%d %s=%d$ ✓" % (x, a, x, b, c, L(x), d, x, sg(e), R(x))]
        after = []
        if v == "flip":
            after = ["不过题目中的括号也可以理解为只乘第一项，那样得到 $x = %d$。我认为应取 $x = %d$。" % (xs, xs)]
        elif v == "hedge":
            after = ["所以 $x = %d$，也可能是 $x = %d$。" % (x, xs)]
        return q, assemble(lang, rng, "", work, stated, verify, after, ["去括号", "移项合并"], ["一元一次方程。", "去括号要小心。"]), str(x)
    stated = rng.choice(ANS) % ("x = %d" % first if rng.random() < 0.5 else first)
    if v == "wrong":
        verify = ["Substitute $x = %d$: left side $%d(%d) + %d - %d = %d$; right side $%d(%d) %s = %d$. ✓" % (xs, a, xs, b, c, a * xs + b - c, d, xs, sg(e), R(xs))]
    elif v == "fix":
        verify = ["Left side at $x = %d$: $%d(%d + %d) - %d = %d$. Right side: $%d(%d) %s = %d$. These don't match!" % (xs, a, xs, b, c, L(xs), d, xs, sg(e), R(xs)),
                  "I forgot to distribute the %d over the %d. Redo: $%dx + %d - %d = %dx %s$, so $%sx = %d$ and $x = %d$." % (a, b, a, a * b, c, d, sg(e), cf(a - d), e - a * b + c, x),
                  "Check again: left $= %d(%d) - %d = %d$, right $= %d$. ✓\n\nSo the correct answer is $x = %d$." % (a, x + b, c, L(x), R(x), x)]
    else:
        verify = ["Left side: $%d(%d + %d) - %d = %d(%d) - %d = %d$." % (a, x, b, c, a, x + b, c, L(x)),
                  "Right side: $%d(%d) %s = %d$." % (d, x, sg(e), R(x)), "Both sides agree. ✓"]
    after = []
    if v == "flip":
        after = ["Hmm, but reading the equation again, I think the parentheses only group $x + %d$ for display and the %d multiplies just $x$. Under that reading $x = %d$, so I'll go with $x = %d$." % (b, a, xs, xs)]
    elif v == "hedge":
        after = ["So $x = %d$, although $x = %d$ is also possible depending on how the left side is read." % (x, xs)]
    tk = [rng.choice(THINK_OPEN), "Linear equation. Distribute, collect, divide."]
    return q, assemble(lang, rng, "", work, stated, verify, after, ["Distribute", "Collect like terms", "Divide by $%d$" % (a - d)], tk), str(x)


def cf(a):
    return "" if a == 1 else "-" if a == -1 else str(a)


def sg(e):
    return ("+ %d" % e) if e >= 0 else ("- %d" % (-e))


def tickets(rng, lang, v):
    pa, pc = rng.choice([(12, 7), (15, 9), (10, 6), (18, 11), (14, 8), (9, 5)])
    A, C = rng.randint(20, 140), rng.randint(20, 140)
    if A == C:
        C += 7
    n, R = A + C, pa * A + pc * C
    ask_child = rng.random() < 0.5
    right, other = (C, A) if ask_child else (A, C)
    who, owho = ("child", "adult") if ask_child else ("adult", "child")
    zwho, zowho = ("儿童", "成人") if ask_child else ("成人", "儿童")
    first = other if v in ("wrong", "fix") else right
    if lang == "zh":
        q = "某剧场成人票每张%d元，儿童票每张%d元。某天共售出%d张票，收入%d元。这天售出%s票多少张？" % (pa, pc, n, R, zwho)
        work = ["设成人票 $a$ 张，儿童票 $c$ 张，则 $a + c = %d$，$%da + %dc = %d$。" % (n, pa, pc, R),
                "由第一式 $c = %d - a$，代入得 $%da + %d(%d - a) = %d$，即 $%da = %d$，$a = %d$，$c = %d$。" % (n, pa, pc, n, R, pa - pc, R - pc * n, A, C)]
        stated = rng.choice(ZANS) % ("%d张" % first if rng.random() < 0.5 else first)
        verify = ["%d + %d = %d ✓；%d×%d + %d×%d = %d + %d = %d ✓" % (A, C, n, pa, A, pc, C, pa * A, pc * C, R)]
        after = []
        if v == "fix":
            after = ["注意题目问的是%s票，刚才写成了%s票的张数。%s票是 %d 张。" % (zwho, zowho, zwho, right)]
        elif v == "flip":
            after = ["再读一遍题，问的应该是%s票，所以答案是 %d 张。" % (zowho, other)]
        elif v == "hedge":
            after = ["所以是 %d 张（如果问的是%s票则为 %d 张）。" % (right, zowho, other)]
        return q, assemble(lang, rng, "", work, stated, verify, after, ["设两个未知数", "代入消元"], ["两个未知数，两个方程。"]), str(right)
    q = ("A theater sells adult tickets for $%d and child tickets for $%d. One evening it sold %d tickets and took in $%d. "
         "How many %s tickets were sold?") % (pa, pc, n, R, who)
    work = ["Let $a$ be the number of adult tickets and $c$ the number of child tickets.",
            "$$a + c = %d, \\qquad %da + %dc = %d.$$" % (n, pa, pc, R),
            "From the first equation, $c = %d - a$. Substituting:\n$$%da + %d(%d - a) = %d \\;\\Rightarrow\\; %da + %d = %d \\;\\Rightarrow\\; %da = %d,$$\nso $a = %d$ and $c = %d - %d = %d$."
            % (n, pa, pc, n, R, pa - pc, pc * n, R, pa - pc, R - pc * n, A, n, A, C)]
    stated = rng.choice(ANS) % (("%d %s tickets" % (first, who if first == right else owho)) if (rng.random() < 0.4 and v != "wrong" and v != "fix") else first)
    verify = ["- Total tickets: $%d + %d = %d$ ✓" % (A, C, n), "- Revenue: $%d \\times %d + %d \\times %d = %d + %d = %d$ ✓" % (pa, A, pc, C, pa * A, pc * C, R)]
    after = []
    if v == "fix":
        after = ["One more thing: the question asks for **%s** tickets, and I wrote the %s count. The %s count is %d.\n\n**Final answer: %d**" % (who, owho, who, right, right)]
    elif v == "flip":
        after = ["Actually, wait. Re-reading the question, it asks about the %s tickets, so the answer is %d." % (owho, other)]
    elif v == "hedge":
        after = ["So the answer is %d %s tickets (and %d %s tickets)." % (right, who, other, owho) if False else
                 "So the answer is either %d or %d depending on which group is meant." % (right, other)]
    tk = [rng.choice(THINK_OPEN), "Two unknowns: adults a, children c. a + c = %d and %da + %dc = %d." % (n, pa, pc, R)]
    return q, assemble(lang, rng, "", work, stated, verify, after, ["Set up two equations", "Substitute", "Check both totals"], tk), str(right)


def rectangle(rng, lang, v):
    while True:
        w, dd = rng.randint(3, 30), rng.randint(2, 15)
        P = 2 * (2 * w + dd)
        if (P - dd) % 2 == 0:
            break
    l = w + dd
    ws = (P - dd) // 2  # forgot the factor 2: w + (w + d) = P
    ls = ws + dd
    first_bad = v in ("wrong", "fix")
    area, sarea = w * l, ws * ls
    if lang == "zh":
        q = "一个长方形的长比宽多%d米，周长是%d米。这个长方形的面积是多少平方米？" % (dd, P)
        if first_bad:
            work = ["设宽为 $w$ 米，则长为 $w+%d$ 米。周长：$w + (w+%d) = %d$，$w = %d$，长为 %d 米。" % (dd, dd, P, ws, ls), "面积 $= %d\\times%d = %d$。" % (ws, ls, sarea)]
        else:
            work = ["设宽为 $w$ 米，则长为 $w+%d$ 米。周长：$2(w + w+%d) = %d$，$w = %d$，长为 %d 米。" % (dd, dd, P, w, l), "面积 $= %d\\times%d = %d$。" % (w, l, area)]
        stated = rng.choice(ZANS) % ("%d平方米" % (sarea if first_bad else area))
        if v == "wrong":
            verify = ["长比宽多 %d ✓，%d + %d = %d ✓" % (ls - ws, ws, ls, P)]
        elif v == "fix":
            verify = ["周长应为 $2\\times(%d+%d) = %d$，不是 %d！刚才漏了乘2。", ""]
            verify = ["周长应为 $2\\times(%d+%d) = %d$，不是 %d！刚才漏了乘2。" % (ws, ls, 2 * (ws + ls), P),
                      "重新计算：$2(2w+%d)=%d$，$w=%d$，长 %d，面积 $%d\\times%d=%d$。检验 $2\\times(%d+%d)=%d$ ✓。所以面积是 %d 平方米。" % (dd, P, w, l, w, l, area, w, l, P, area)]
        else:
            verify = ["长比宽多 %d ✓，周长 $2\\times(%d+%d) = %d$ ✓" % (dd, w, l, P)]
        after = ["所以面积是 %d 或 %d 平方米。" % (area, sarea)] if v == "hedge" else []
        return q, assemble(lang, rng, "", work, stated, verify, after, ["设宽为 w", "用周长列方程"], ["长方形问题。"]), str(area)
    q = rng.choice(["A rectangle is %d m longer than it is wide, and its perimeter is %d m. What is its area in square meters?",
                    "The length of a rectangular garden exceeds its width by %d m. The perimeter is %d m. Find the area of the garden (in m²)."]) % (dd, P)
    if first_bad:
        work = ["Let the width be $w$. Then the length is $w + %d$." % dd, "Perimeter: $w + (w + %d) = %d$, so $2w = %d$ and $w = %d$. The length is %d." % (dd, P, P - dd, ws, ls),
                "Area: $%d \\times %d = %d$." % (ws, ls, sarea)]
    else:
        work = ["Let the width be $w$. Then the length is $w + %d$." % dd, "Perimeter: $2(w + w + %d) = %d$, so $4w + %d = %d$, $4w = %d$, $w = %d$. The length is %d." % (dd, P, 2 * dd, P, P - 2 * dd, w, l),
                "Area: $%d \\times %d = %d$." % (w, l, area)]
    stated = rng.choice(ANS) % ("%d m²" % (sarea if first_bad else area) if rng.random() < 0.5 else (sarea if first_bad else area))
    if v == "wrong":
        verify = ["- Length minus width: $%d - %d = %d$ ✓" % (ls, ws, dd), "- Perimeter: $%d + %d = %d$ ✓" % (ws, ls, P)]
    elif v == "fix":
        verify = ["- Length minus width: $%d - %d = %d$ ✓" % (ls, ws, dd),
                  "- Perimeter: $2(%d + %d) = %d$, but it should be %d. ✗" % (ws, ls, 2 * (ws + ls), P),
                  "I forgot that the perimeter counts each side twice. Redo: $2(2w + %d) = %d \\Rightarrow w = %d$, length $%d$, area $%d \\times %d = %d$." % (dd, P, w, l, w, l, area),
                  "- Re-check: $2(%d + %d) = %d$ ✓\n\nSo the area is **%d m²**." % (w, l, P, area)]
    else:
        verify = ["- Length minus width: $%d - %d = %d$ ✓" % (l, w, dd), "- Perimeter: $2(%d + %d) = %d$ ✓" % (w, l, P)]
    after = ["So the area is %d m² (or %d m² if the perimeter is taken as length plus width)." % (area, sarea)] if v == "hedge" else []
    tk = [rng.choice(THINK_OPEN), "Rectangle, width w, length w + %d, perimeter %d." % (dd, P)]
    return q, assemble(lang, rng, "", work, stated, verify, after, ["Width $w$, length $w + %d$" % dd, "Use the perimeter", "Multiply"], tk), str(area)


def discount(rng, lang, v):
    while True:
        p = rng.choice([40, 60, 80, 120, 150, 200, 240, 250])
        d1, d2 = rng.choice([10, 20, 25, 30, 40]), rng.choice([10, 15, 20, 25])
        fin = Fraction(p) * (100 - d1) * (100 - d2) / 10000
        wrong = Fraction(p) * (100 - d1 - d2) / 100
        if fin * 100 == int(fin * 100):
            break
    mid = Fraction(p) * (100 - d1) / 100
    ref = dec(fin, 2)
    money = lambda x: ("%.2f" % float(x)) if Fraction(x).denominator != 1 else str(int(x))
    first_bad = v in ("wrong", "fix")
    if lang == "zh":

        q = "一件外套原价%d元，先降价%d%%，再在降价后的价格上降价%d%%。现价是多少元？" % (p, d1, d2)
        good = ["第一次降价后：$%d\\times(1-%d\\%%) = %s$ 元。" % (p, d1, money(mid)), "第二次降价后：$%s\\times(1-%d\\%%) = %s$ 元。" % (money(mid), d2, money(fin))]
        bad = ["两次共降价 $%d\\%% + %d\\%% = %d\\%%$。" % (d1, d2, d1 + d2), "现价：$%d\\times(1-%d\\%%) = %s$ 元。" % (p, d1 + d2, money(wrong))]
        stated = rng.choice(ZANS) % ("%s元" % money(wrong if first_bad else fin))
        if v == "wrong":
            verify = ["降价金额 $%d\\times%d\\%% = %s$ 元，$%d - %s = %s$ ✓" % (p, d1 + d2, money(p - wrong), p, money(p - wrong), money(wrong))]
        elif v == "fix":
            verify = ["第二次降价是在降价后的价格上计算的，不能直接相加！", "正确：$%d\\times%d\\%%=%s$，$%s\\times%d\\%%=%s$。现价 %s 元。" % (p, 100 - d1, money(mid), money(mid), 100 - d2, money(fin), money(fin))]
        else:
            verify = ["$%d\\times%s\\times%s = %s$ ✓" % (p, dec(Fraction(100 - d1, 100)), dec(Fraction(100 - d2, 100)), money(fin))]
        after = ["所以现价是 %s 元或 %s 元。" % (money(fin), money(wrong))] if v == "hedge" else []
        if v == "flip":
            after = ["不过两次共降价 %d%%，所以现价应为 $%d\\times%d\\%% = %s$ 元。" % (d1 + d2, p, 100 - d1 - d2, money(wrong))]
        return q, assemble(lang, rng, "", bad if first_bad else good, stated, verify, after, ["分两次计算"], ["连续降价。"]), ref
    q = rng.choice(["A jacket originally costs $%d. It is discounted by %d%%, and then the sale price is discounted by a further %d%%. What is the final price in dollars?",
                    "A store marks down a $%d item by %d%%. During a clearance, the reduced price is cut by another %d%%. What does the item cost now (in dollars)?"]) % (p, d1, d2)
    good = ["After the first discount: $%d \\times (1 - 0.%02d) = %s$." % (p, d1, money(mid)) if d1 < 100 else "",
            "After the second discount: $%s \\times (1 - 0.%02d) = %s$." % (money(mid), d2, money(fin))]
    bad = ["The total discount is $%d\\%% + %d\\%% = %d\\%%$." % (d1, d2, d1 + d2), "Final price: $%d \\times (1 - 0.%02d) = %s$." % (p, d1 + d2, money(wrong))]
    stated = rng.choice(ANS) % ("\\$%s" % money(wrong if first_bad else fin) if rng.random() < 0.5 else money(wrong if first_bad else fin))
    if v == "wrong":
        verify = ["- Discount amount: $%d \\times 0.%02d = %s$" % (p, d1 + d2, money(p - wrong)), "- $%d - %s = %s$ ✓" % (p, money(p - wrong), money(wrong))]
    elif v == "fix":
        verify = ["Applying the discounts one after another: $%d \\times 0.%02d = %s$, then $%s \\times 0.%02d = %s$." % (p, 100 - d1, money(mid), money(mid), 100 - d2, money(fin)),
                  "That is not %s! The second discount applies to the reduced price, so the percentages cannot simply be added. The correct final price is $%s." % (money(wrong), money(fin))]
    else:
        verify = ["- Combined multiplier: $%s \\times %s = %s$" % (dec(Fraction(100 - d1, 100)), dec(Fraction(100 - d2, 100)), dec(Fraction((100 - d1) * (100 - d2), 10000), 4)),
                  "- $%d \\times %s = %s$ ✓" % (p, dec(Fraction((100 - d1) * (100 - d2), 10000), 4), money(fin))]
    after = []
    if v == "flip":
        after = ["Hmm, but the two discounts total %d%%, and %d%% off $%d is $%s. I'll go with $%s." % (d1 + d2, d1 + d2, p, money(wrong), money(wrong))]
    elif v == "hedge":
        after = ["So the final price is $%s (or $%s if the discounts are combined)." % (money(fin), money(wrong))]
    tk = [rng.choice(THINK_OPEN), "Successive discounts of %d%% and %d%% on $%d." % (d1, d2, p)]
    return q, assemble(lang, rng, "", bad if first_bad else good, stated, verify, after, ["Apply each discount in turn"], tk), ref


def build(B, rng):
    specs = [(consecutive, "consecutive", 8, 2, ["wrong", "flip", "hedge"]),
             (lineq, "linear_equation", 8, 2, ["wrong", "hedge", "flip"]),
             (tickets, "tickets_system", 8, 2, ["wrong", "flip", "hedge"]),
             (rectangle, "rectangle_area", 6, 2, ["wrong", "hedge"]),
             (discount, "successive_discount", 6, 2, ["wrong", "flip", "hedge"])]
    for fn, sub, n, zh, errs in specs:
        nc = 0
        for lang, correct, err in balanced(n, zh, errs):
            v = err
            if correct:
                v = "fix" if nc % 2 == 1 else "ok"
                nc += 1
            q, out, ref = fn(rng, lang, v)
            ds = "cmath_like" if lang == "zh" else ("math_like" if sub == "linear_equation" else "gsm8k_like")
            B.add("B_verification_tail", sub + ":" + v, ds, "math", lang, q, out, ref, lab(correct))
