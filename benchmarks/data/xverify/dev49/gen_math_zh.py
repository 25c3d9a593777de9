"""Chinese maths families (高考 / 中考 style)."""
from fractions import Fraction
import math
from common import frac_forms, frac_tex, dec, simp_sqrt, rad_tex, poly_str

XING = ["小明", "小红", "王老师", "李华", "张阿姨", "赵同学", "陈师傅", "刘叔叔"]


def set_inter(rng):
    a, b = sorted(rng.sample(range(-5, 9), 2))
    while b - a < 3:
        b += 1
    c = rng.randint(a + 1, b - 1)
    q_ = "已知集合 $A=\\{x\\mid %d<x<%d\\}$，$B=\\{x\\mid x\\ge %d\\}$，则 $A\\cap B=$（　　）" % (a, b, c)
    setup = ["集合 A 是开区间 (%d, %d)，集合 B 是 [%d, +∞)。" % (a, b, c),
             "交集取两者的公共部分：左端点取较大的 %d，并且 %d 属于 B，所以左端闭。" % (c, c),
             "右端点取 %d，A 中不含 %d，所以右端开。" % (b, b)]
    forms = [("[%d,%d)" % (c, b), "canonical_form"), ("\\{x\\mid %d\\le x<%d\\}" % (c, b), "set_builder"),
             ("%d≤x<%d" % (c, b), "inequality_form")]
    wrongs = [("(%d,%d)" % (c, b), "open_vs_closed_endpoint"), ("[%d,%d]" % (c, b), "closed_right_endpoint"),
              ("(%d,%d)" % (a, b), "gave_set_A")]
    return "gaokao_math_like", q_, setup, forms, wrongs


def arith_seq(rng):
    d, a1 = rng.choice([-3, -2, 2, 3, 4, 5]), rng.randint(-4, 7)
    a2, a5 = a1 + d, a1 + 4 * d
    c = a1 - d
    q_ = "已知等差数列 $\\{a_n\\}$ 中，$a_2=%d$，$a_5=%d$，求数列的通项公式 $a_n$。" % (a2, a5)
    setup = ["由 a_5 − a_2 = 3d 得 3d = %d，所以 d = %d。" % (a5 - a2, d),
             "a_1 = a_2 − d = %d。" % a1, "通项 a_n = a_1 + (n−1)d。"]
    lin = poly_str([d, c], "n")
    rev = ("%d %s %dn" % (c, "+" if d > 0 else "-", abs(d))) if c else lin
    forms = [("a_n=" + lin, "canonical_form"), (lin, "expression_only"), ("a_n=" + rev, "reordered_terms"),
             ("a_n=%d+(n-1)\\cdot(%d)" % (a1, d), "unsimplified_equal_expression")]
    wrongs = [("a_n=" + poly_str([d, c + 2 * d], "n"), "index_shift_error"), ("a_n=" + poly_str([d, -c], "n") if c else "a_n=" + poly_str([d, d], "n"), "sign_error_constant")]
    return "gaokao_math_like", q_, setup, forms, wrongs


def cx_mod(rng):
    while True:
        a, b, c, d = [rng.choice([-3, -2, -1, 1, 2, 3, 4]) for _ in range(4)]
        n = (a * a + b * b) * (c * c + d * d)
        k, m = simp_sqrt(n)
        if m > 1:
            break
    z = "(%d%+di)(%d%+di)" % (a, b, c, d)
    q_ = "已知复数 $z=%s$，求 $|z|$。" % z.replace("+1i", "+i").replace("-1i", "-i")
    setup = ["|z| = |%d%+di|·|%d%+di|。" % (a, b, c, d),
             "|%d%+di| = √%d，|%d%+di| = √%d。" % (a, b, a * a + b * b, c, d, c * c + d * d),
             "两者相乘得 √%d，再化简。" % n]
    forms = [(rad_tex(k, m), "canonical_form"), ("\\sqrt{%d}" % n, "unsimplified_radical"), ("%d√%d" % (k, m) if k > 1 else "√%d" % m, "unicode_radical")]
    wrongs = [(str(n), "forgot_square_root"), (rad_tex(k, m + 1), "wrong_radicand")]
    return "gaokao_math_like", q_, setup, forms, wrongs


def ball_prob(rng):
    r, w = rng.randint(2, 6), rng.randint(2, 6)
    n = r + w
    f = Fraction(math.comb(r, 2), math.comb(n, 2))
    q_ = "袋中有 %d 个红球和 %d 个白球，这些球除颜色外完全相同。从中随机取出 2 个球，求两个球都是红球的概率。" % (r, w)
    setup = ["基本事件总数 C(%d,2) = %d。" % (n, math.comb(n, 2)), "两个都是红球的取法 C(%d,2) = %d。" % (r, math.comb(r, 2)),
             "古典概型，概率 = 有利事件数 / 总数。"]
    forms = frac_forms(f)
    forms.append(("%d/%d" % (math.comb(r, 2), math.comb(n, 2)), "unreduced_fraction"))
    wr = Fraction(r * r, n * n)
    wrongs = [(frac_tex(wr), "with_replacement_model")] if wr != f else []
    wrongs.append((frac_tex(Fraction(r, n)), "single_draw_probability"))
    return "gaokao_math_like", q_, setup, forms, wrongs


def shop_zh(rng):
    who = rng.choice(XING)
    price = rng.choice([48, 64, 85, 120, 136, 215])
    qn = rng.randint(2, 6)
    zhe = rng.choice([7, 8, 9, 75, 85])
    rate = Fraction(zhe, 10) if zhe < 10 else Fraction(zhe, 100)
    tot = price * qn * rate
    s = dec(tot)
    q_ = "%s买了 %d 件单价为 %d 元的商品，商店按%s折销售，%s一共需要付多少元？" % (who, qn, price, {7: "七", 8: "八", 9: "九", 75: "七五", 85: "八五"}[zhe], who)
    setup = ["原价合计 %d × %d = %d 元。" % (qn, price, qn * price), "打%s折就是按原价的 %s 计算。" % (zhe, dec(rate)),
             "%d × %s。" % (qn * price, dec(rate))]
    forms = [(s + "元", "canonical_form"), (s + " 元", "unit_with_space"), (s, "bare_number"), ("%s 元" % ("%.2f" % float(tot)), "two_decimal_places")]
    wrongs = [("%s元" % dec(qn * price * (1 - rate)), "gave_discount_amount"), ("%d元" % (qn * price), "forgot_discount"),
              ("%s元" % dec(tot + 10), "arithmetic_slip")]
    return "zhongkao_math_like", q_, setup, forms, wrongs


def quad_max(rng):
    h = rng.randint(-2, 4)
    p, q = h - rng.randint(1, 3), h + rng.randint(1, 4)
    k = rng.randint(-5, 5)
    f = lambda x: -(x - h) ** 2 + k
    lo = min(f(p), f(q))
    q_ = "求函数 $f(x)=%s$ 在区间 $[%d,%d]$ 上的最大值与最小值。" % (poly_str([-1, 2 * h, k - h * h]), p, q)
    setup = ["配方：f(x) = −(x − (%d))² + %d，开口向下，对称轴 x = %d。" % (h, k, h),
             "对称轴在区间 [%d, %d] 内，所以最大值在顶点处取得。" % (p, q),
             "最小值在离对称轴较远的端点处取得：f(%d) = %d，f(%d) = %d。" % (p, f(p), q, f(q))]
    forms = [("最大值为 %d，最小值为 %d" % (k, lo), "canonical_form"), ("f_{max}=%d, f_{min}=%d" % (k, lo), "subscript_notation"),
             ("最小值 %d，最大值 %d" % (lo, k), "reordered_pair")]
    hi_end = max(f(p), f(q))
    wrongs = [("最大值为 %d，最小值为 %d" % (k, hi_end), "wrong_endpoint_for_min") if hi_end != lo else ("最大值为 %d，最小值为 %d" % (k, lo - 1), "arithmetic_slip"),
              ("最大值为 %d，最小值为 %d" % (max(f(p), f(q)), lo), "max_at_endpoint_not_vertex"), ("最大值为 %d，最小值为 %d" % (lo, k), "max_min_swapped")]
    return "gaokao_math_like", q_, setup, forms, wrongs


def system_zh(rng):
    x, y = rng.randint(-4, 8), rng.randint(-4, 8)
    while x == y:
        y += 2
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    c = rng.randint(1, 5)
    q_ = "解方程组：$\\begin{cases} %dx+%dy=%d \\\\ %dx-y=%d \\end{cases}$" % (a, b, a * x + b * y, c, c * x - y)
    setup = ["由第二个方程得 y = %dx − (%d)。" % (c, c * x - y),
             "代入第一个方程：%dx + %d(%dx − (%d)) = %d。" % (a, b, c, c * x - y, a * x + b * y),
             "整理得 %dx = %d。" % (a + b * c, (a + b * c) * x)]
    forms = [("\\begin{cases}x=%d\\\\y=%d\\end{cases}" % (x, y), "canonical_form"), ("x=%d，y=%d" % (x, y), "named_components"),
             ("(%d,%d)" % (x, y), "ordered_pair")]
    wrongs = [("x=%d，y=%d" % (y, x), "swapped_coordinates"), ("x=%d，y=%d" % (x, -y), "sign_error")]
    return "zhongkao_math_like", q_, setup, forms, wrongs


def train_zh(rng):
    h, m = rng.randint(6, 13), rng.choice([10, 25, 40, 45, 50])
    dh, dm = rng.randint(1, 5), rng.choice([15, 30, 35, 45, 55])
    while m + dm < 60:
        dm += 10
    t = h * 60 + m + dh * 60 + dm
    eh, em = divmod(t, 60)
    q_ = "一列火车 %d:%02d 从甲站出发，行驶了 %d 小时 %d 分钟到达乙站，到达时刻是几点几分？（用24时计时法作答）" % (h, m, dh, dm)
    setup = ["先加小时：%d 时 + %d 小时 = %d 时。" % (h, dh, h + dh), "再加分钟：%d 分 + %d 分 = %d 分。" % (m, dm, m + dm),
             "分钟满 60 要向小时进 1。"]
    pm = "下午%d点%02d分" % (eh - 12, em) if eh > 12 else None
    forms = [("%d:%02d" % (eh, em), "canonical_form"), ("%d时%02d分" % (eh, em), "chinese_time_units")]
    if pm:
        forms.append((pm, "twelve_hour_chinese"))
    wrongs = [("%d:%02d" % (h + dh, (m + dm) % 60), "minute_carry_error"), ("%d:%02d" % (eh + 1, em), "off_by_one_hour")]
    return "zhongkao_math_like", q_, setup, forms, wrongs


GENS = [set_inter, arith_seq, cx_mod, ball_prob, shop_zh, quad_max, system_zh, train_zh]
