"""Chinese maths (高考/中考 style)."""
import math
from fractions import Fraction
from common import frac_tex, frac_plain

def zset(rng):
    a = sorted(rng.sample(range(-3, 9), 5)); b = sorted(rng.sample(range(-3, 9), 5))
    inter = sorted(set(a) & set(b))
    if not inter:
        b[0] = a[0]; b = sorted(set(b)); inter = sorted(set(a) & set(b))
    uni = sorted(set(a) | set(b))
    st = lambda L: "\\{" + ", ".join(map(str, L)) + "\\}"
    q = "已知集合 $A=%s$，$B=%s$，求 $A\\cap B$。" % (st(a), st(b))
    ok = ["A 的元素：%s。" % ", ".join(map(str, a)), "B 的元素：%s。" % ", ".join(map(str, b)), "公共元素为 %s，所以 $A\\cap B=%s$。" % (", ".join(map(str, inter)), st(inter))]
    bd = ["把两个集合的元素合在一起。", "得到 %s。" % st(uni)]
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=st(inter), alt=["\\{" + ",".join(map(str, reversed(inter))) + "\\}", "{" + "，".join(map(str, inter)) + "}"], wrong=st(uni))

def arith(rng):
    a1 = rng.randint(-5, 9); d = rng.randint(2, 6); n = rng.randint(8, 20)
    s = n * a1 + n * (n - 1) * d // 2; an = a1 + (n - 1) * d; w = n * (a1 + a1 + n * d) // 2
    q = "等差数列 $\\{a_n\\}$ 中，$a_1=%d$，公差 $d=%d$，求前 $%d$ 项和 $S_{%d}$。" % (a1, d, n, n)
    ok = ["$a_{%d}=a_1+%d d=%d$。" % (n, n - 1, an), "$S_{%d}=\\frac{%d(a_1+a_{%d})}{2}=\\frac{%d\\times %d}{2}=%d$。" % (n, n, n, n, a1 + an, s)]
    bd = ["$a_{%d}=a_1+%d d=%d$（这里多加了一个公差）。" % (n, n, a1 + n * d), "$S_{%d}=%d$。" % (n, w)]
    if w == s:
        w += d
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=str(s), alt=["$S_{%d}=%d$" % (n, s), "%d" % s], wrong=str(w))

def cplx(rng):
    a, b, c, d = [rng.choice([1, 2, 3, -1, -2]) for _ in range(4)]
    re, im = a * c - b * d, a * d + b * c
    wre = a * c + b * d
    fmt = lambda r, i: "%d%s%di" % (r, "+" if i >= 0 else "-", abs(i)) if i not in (1, -1) else "%d%si" % (r, "+" if i > 0 else "-")
    q = "计算复数 $(%s)(%s)$ 的结果（写成 $a+bi$ 的形式）。" % (fmt(a, b), fmt(c, d))
    ok = ["展开：$%d\\cdot %d + %d\\cdot %di + %di\\cdot %d + %d\\cdot %d i^2$。" % (a, c, a, d, b, c, b, d), "$i^2=-1$，实部 $%d$，虚部 $%d$。" % (re, im), "结果 $%s$。" % fmt(re, im)]
    bd = ["展开后把 $i^2$ 当成 $1$。", "实部 $%d$，虚部 $%d$，结果 $%s$。" % (wre, im, fmt(wre, im))]
    w = fmt(wre, im) if wre != re else fmt(re, im + 1)
    alt = ["%d%s%d\\mathrm{i}" % (re, "+" if im >= 0 else "-", abs(im)), "%di%s%d" % (im, "+" if re >= 0 else "-", abs(re))] if im not in (1, -1, 0) and re != 0 else [fmt(re, im)]
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=fmt(re, im), alt=alt, wrong=w)

def prob(rng):
    t = rng.choice([5, 6, 7, 8, 9, 10]); cnt = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == t)
    p = Fraction(cnt, 36); w = Fraction(cnt, 11) if cnt < 11 else Fraction(cnt - 1, 36)
    q = "同时抛掷两枚质地均匀的骰子，求点数之和为 %d 的概率。" % t
    pairs = [(i, t - i) for i in range(1, 7) if 1 <= t - i <= 6]
    ok = ["基本事件共 36 个。", "和为 %d 的有：%s，共 %d 个。" % (t, "、".join("(%d,%d)" % x for x in pairs), cnt), "概率 $P=\\frac{%d}{36}=%s$。" % (cnt, frac_tex(p))]
    bd = ["点数之和共有 11 种可能（2 到 12）。", "按和的种类算，概率为 $%s$。" % frac_tex(w)]
    alt = ["%d/36" % cnt, frac_plain(p)]
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=frac_tex(p), alt=alt, wrong=frac_tex(w))

def linear(rng):
    x = rng.randint(-6, 9); a = rng.randint(2, 6); b = rng.randint(1, 9); c = rng.randint(1, a - 1)
    lhs_c = a * (x - b); rhs = c * x + (lhs_c - c * x)
    k = lhs_c - c * x
    q = "解方程：$%d(x-%d)=%dx%+d$。" % (a, b, c, k)
    ok = ["去括号：$%dx-%d=%dx%+d$。" % (a, a * b, c, k), "移项：$%dx=%d$。" % (a - c, k + a * b), "$x=%d$。" % x]
    wv = Fraction(k + b, a - c)
    bd = ["去括号时只乘了第一项：$%dx-%d=%dx%+d$。" % (a, b, c, k), "$x=%s$。" % frac_plain(wv)]
    if wv == x:
        wv += 1
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref="x=%d" % x, alt=["%d" % x, "x = %d" % x], wrong="x=%s" % frac_plain(wv))

def yuan(rng):
    p = rng.choice([80, 120, 150, 200, 240, 300]); d = rng.choice([7, 8, 9]); n = rng.randint(2, 5)
    tot = Fraction(p * d * n, 10); w = Fraction(p * n * (100 - d), 100)
    def y(v):
        return ("%d元" % v) if v.denominator == 1 else ("%.1f元" % float(v))
    q = "某商品原价 %d 元，现打 %d 折出售。小林买了 %d 件，一共需要付多少钱？" % (p, d, n)
    ok = ["打 %d 折即按原价的 %d%% 出售。" % (d, d * 10), "单价：%d×0.%d=%s。" % (p, d, y(Fraction(p * d, 10))), "总价：%s×%d=%s。" % (y(Fraction(p * d, 10)), n, y(tot))]
    bd = ["打 %d 折理解为便宜 %d%%。" % (d, d), "总价 %s。" % y(w)]
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=y(tot), alt=["%s 元" % frac_plain(tot) if tot.denominator == 1 else "%.1f 元" % float(tot), "￥%s" % (frac_plain(tot) if tot.denominator == 1 else "%.1f" % float(tot))], wrong=y(w))

def func(rng):
    a = rng.randint(1, 4); b = rng.randint(-5, 5); c = rng.randint(-6, 6); x0 = rng.randint(-3, 4)
    v = a * x0 * x0 + b * x0 + c; w = -a * x0 * x0 + b * x0 + c if x0 else v + 1
    if w == v:
        w = v + 2
    q = "已知函数 $f(x)=%dx^2%+dx%+d$，求 $f(%d)$。" % (a, b, c, x0)
    ok = ["代入 $x=%d$：$%d\\times(%d)^2%+d\\times(%d)%+d$。" % (x0, a, x0, b, x0, c), "$=%d%+d%+d=%d$。" % (a * x0 * x0, b * x0, c, v)]
    bd = ["代入 $x=%d$，把 $(%d)^2$ 算成 $%d$。" % (x0, x0, -x0 * x0), "结果 $%d$。" % w]
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=str(v), alt=["f(%d)=%d" % (x0, v)], wrong=str(w))

def tri(rng):
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (6, 8, 10), (7, 24, 25), (9, 12, 15)])
    q = "直角三角形两条直角边分别为 %d 和 %d，求斜边上的高。" % (a, b)
    h = Fraction(a * b, c); w = Fraction(a * b, 2)
    ok = ["斜边 $c=\\sqrt{%d^2+%d^2}=%d$。" % (a, b, c), "面积 $S=\\frac{1}{2}\\times%d\\times%d=%s$。" % (a, b, frac_plain(w)), "高 $h=\\frac{2S}{c}=\\frac{%d}{%d}=%s$。" % (a * b, c, frac_plain(h))]
    bd = ["斜边 $%d$。" % c, "把面积直接当作高：$%s$。" % frac_plain(w)]
    alt = [frac_plain(h)] + (["%g" % float(h)] if (h * 100).denominator == 1 else [])
    return dict(q=q, steps_ok=ok, steps_bad=bd, ref=frac_tex(h), alt=alt, wrong=frac_tex(w))

ZH = [zset, arith, cplx, prob, linear, yuan, func, tri]
