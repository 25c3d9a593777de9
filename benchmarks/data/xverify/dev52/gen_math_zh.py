"""Chinese (gaokao / zhongkao style) math families."""
from fractions import Fraction as F
import math
from gen_math import fr


def geo_seq(rng):
    a, r, n = rng.randint(1, 5), rng.choice([2, 3, -2]), rng.randint(4, 7)
    an = a * r ** (n - 1); sn = a * (r ** n - 1) // (r - 1)
    return dict(q="已知等比数列{a_n}的首项 a_1=%d，公比 q=%d。（1）求 a_%d；（2）求前 %d 项和 S_%d。" % (a, r, n, n, n),
                ref="（1）%d；（2）%d" % (an, sn),
                ok=["a_%d = a_1·q^%d = %d×(%d)^%d = %d。" % (n, n - 1, a, r, n - 1, an), "S_%d = a_1(q^%d - 1)/(q - 1) = %d×(%d - 1)/(%d) = %d。" % (n, n, a, r ** n, r - 1, sn)],
                a_ok=[("（1）", str(an)), ("（2）", str(sn))],
                bad=["a_%d = %d×(%d)^%d = %d。" % (n, a, r, n, a * r ** n), "S_%d = %d。" % (n, sn)],
                a_bad=[("（1）", str(a * r ** n)), ("（2）", str(sn))], alt=None, tag="zh_multi_part_all_parts")


def sets(rng):
    lo, hi = rng.randint(-4, 1), rng.randint(3, 7); b = rng.randint(lo + 1, hi - 1)
    A = list(range(lo, hi + 1)); inter = [x for x in A if x > b]
    bad = [x for x in A if x >= b]
    s = lambda L: "{" + ", ".join(map(str, L)) + "}"
    return dict(q="设集合 A={x∈Z | %d≤x≤%d}，B={x | x>%d}，求 A∩B。" % (lo, hi, b), ref="\\{" + ",".join(map(str, inter)) + "\\}",
                ok=["A = %s。" % s(A), "B 中元素需大于 %d（不含 %d）。" % (b, b), "所以 A∩B = %s。" % s(inter)],
                a_ok=s(inter), bad=["A = %s。" % s(A), "取 A 中不小于 %d 的元素：%s。" % (b, s(bad))], a_bad=s(bad),
                alt="{x∈Z | %d<x≤%d}" % (b, hi), tag="zh_set_braces")


def quad_min(rng):
    h, k, a = rng.randint(-5, 5), rng.randint(-9, 9), rng.randint(1, 4)
    b, c = -2 * a * h, a * h * h + k
    return dict(q="求函数 f(x)=%dx^2%+dx%+d 的最小值。" % (a, b, c), ref=str(k),
                ok=["配方：f(x) = %d(x%+d)^2 %+d。" % (a, -h, k), "当 x=%d 时取最小值 %d。" % (h, k)],
                a_ok=str(k), bad=["顶点横坐标 x = %d。" % (-h), "f(%d) = %d。" % (-h, a * h * h - b * h + c)],
                a_bad=str(a * h * h - b * h + c), alt="f(%d)=%d" % (h, k), tag="zh_min_value") if h else None


def complex_div(rng):
    a, b = rng.randint(1, 6), rng.randint(1, 6)
    z = complex(a, b) / complex(1, 1)
    re_, im_ = F(a + b, 2), F(b - a, 2)
    if im_ == 0:
        return None
    lf = lambda v: fr(v) if v.denominator == 1 else "\\frac{%d}{%d}" % (v.numerator, v.denominator)
    ref = "%s%s%si" % (lf(re_), "+" if im_ > 0 else "-", lf(abs(im_)) if abs(im_) != 1 else "")
    return dict(q="计算复数 z=(%d+%di)/(1+i)，结果写成 a+bi 的形式。" % (a, b), ref=ref,
                ok=["分子分母同乘 (1-i)：(%d+%di)(1-i) = %d %+di。" % (a, b, a + b, b - a), "分母 (1+i)(1-i)=2，所以 z = %s %s %s i。" % (fr(re_), "+" if im_ > 0 else "-", fr(abs(im_)))],
                a_ok="%s %s (%s)i" % (fr(re_), "+" if im_ > 0 else "-", fr(abs(im_))),
                bad=["(%d+%di)(1-i) = %d %+di，除以 2。" % (a, b, a - b, a + b), "z = %s %+s i" % (fr(F(a - b, 2)), fr(F(a + b, 2)))],
                a_bad="%s + (%s)i" % (fr(F(a - b, 2)), fr(F(a + b, 2))), alt="(%d %+d i)/2" % (a + b, b - a), tag="zh_complex_form")


def shop(rng):
    x, y = rng.randint(3, 9), rng.randint(10, 25); m, n = rng.randint(2, 6), rng.randint(2, 6)
    tot = m * x + n * y; k = rng.randint(3, 8)
    ans = k * x + k * y
    return dict(q="某商店铅笔每支 %d 元，笔记本每本 %d 元。小明买了 %d 支铅笔和 %d 本笔记本，共花 %d 元；小红各买 %d 件，需要多少元？" % (x, y, m, n, tot, k),
                ref=str(ans), ok=["小红买铅笔 %d 支：%d×%d=%d 元。" % (k, k, x, k * x), "笔记本 %d 本：%d×%d=%d 元。" % (k, k, y, k * y), "合计 %d 元。" % ans],
                a_ok="%d 元" % ans, bad=["铅笔 %d×%d=%d 元，笔记本 %d 元。" % (k, x, k * x, y), "合计 %d 元。" % (k * x + y)],
                a_bad="%d 元" % (k * x + y), alt="%d元" % ans, tag="zh_unit_yuan_vs_bare")


def vec(rng):
    a = (rng.randint(-4, 5), rng.randint(-4, 5)); b = (rng.randint(-4, 5), rng.randint(-4, 5))
    d = a[0] * b[0] + a[1] * b[1]; bad = a[0] * b[1] + a[1] * b[0]
    if d == bad:
        return None
    return dict(q="已知向量 a=(%d,%d)，b=(%d,%d)，求 a·b。" % (a + b), ref=str(d),
                ok=["a·b = %d×%d + %d×%d = %d。" % (a[0], b[0], a[1], b[1], d)], a_ok=str(d),
                bad=["a·b = %d×%d + %d×%d = %d。" % (a[0], b[1], a[1], b[0], bad)], a_bad=str(bad), alt=None, tag="zh_dot_product")


def log_eq(rng):
    base = rng.choice([2, 3, 5]); k = rng.randint(2, 4); c = rng.randint(1, 6)
    x = base ** k - c
    return dict(q="解方程 log_%d(x+%d)=%d。" % (base, c, k), ref="x=%d" % x,
                ok=["由对数定义，x+%d = %d^%d = %d。" % (c, base, k, base ** k), "所以 x = %d，且 x+%d>0 成立。" % (x, c)],
                a_ok="x = %d" % x, bad=["x+%d = %d×%d = %d。" % (c, base, k, base * k), "x = %d。" % (base * k - c)],
                a_bad="x = %d" % (base * k - c), alt="%d" % x, tag="zh_equation_solution") if base ** k != base * k else None


def ineq_zh(rng):
    r1, r2 = sorted(rng.sample(range(-6, 8), 2))
    b, c = -(r1 + r2), r1 * r2
    return dict(q="解不等式 x^2%+dx%+d<0。" % (b, c), ref="(%d,%d)" % (r1, r2),
                ok=["方程 x^2%+dx%+d=0 的根为 %d 和 %d。" % (b, c, r1, r2), "开口向上，小于 0 取两根之间。"],
                a_ok="%d<x<%d" % (r1, r2), bad=["根为 %d 和 %d。" % (r1, r2), "取两根之外：x<%d 或 x>%d。" % (r1, r2)],
                a_bad="x<%d 或 x>%d" % (r1, r2), alt="{x | %d<x<%d}" % (r1, r2), tag="zh_interval_as_inequality")


FAMILIES = [geo_seq, sets, quad_min, complex_div, shop, vec, log_eq, ineq_zh]
