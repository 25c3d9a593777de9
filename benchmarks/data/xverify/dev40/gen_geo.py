"""Probability, statistics and geometry."""
from common import F, spec, tex, num, fr_rights, comb, sqrt_simplify, rad, pct, cn_pct, dec


def pi_str(x):
    x = F(x)
    nm = '' if x.numerator == 1 else str(x.numerator)
    if x.denominator == 1:
        return nm + 'π'
    return '\\frac{%sπ}{%d}' % (nm, x.denominator)


def pi_slash(x):
    x = F(x)
    nm = '' if x.numerator == 1 else str(x.numerator)
    return nm + 'π' + ('' if x.denominator == 1 else '/%d' % x.denominator)


def pi_rights(x, unit):
    x = F(x)
    out = [(pi_str(x), 'same_form'), ('%s%s' % (pi_str(x), unit), 'with_unit')]
    if x.denominator == 1:
        out.append(('π×%d' % x.numerator, 'reordered_factor') if x != 1 else ('π', 'same_form'))
    else:
        out.append((pi_slash(x), 'slash_fraction'))
    return out


def bag(rng):
    r, w = rng.randint(2, 6), rng.randint(2, 6)
    n = r + w
    p = F(comb(r, 2), comb(n, 2))
    q = '一个袋子里有 %d 个红球和 %d 个白球，这些球除颜色外完全相同。从中不放回地随机摸出 2 个球，求两个都是红球的概率。' % (r, w)
    setup = ['从 %d 个球中任取 2 个，基本事件总数为 C(%d,2)=%d。' % (n, n, comb(n, 2))]
    finish = ['两个都是红球的取法有 C(%d,2)=%d 种。' % (r, comb(r, 2)), '所以 P=%d/%d%s。' % (comb(r, 2), comb(n, 2), '' if p.numerator == comb(r, 2) else '=' + num(p))]
    ref = tex(p)
    rights = fr_rights(p)
    if p.numerator != comb(r, 2):
        rights.append(('\\frac{%d}{%d}' % (comb(r, 2), comb(n, 2)), 'unreduced_fraction'))
    if pct(p):
        rights.append((pct(p), 'percent_form'))
    pw = F(r * r, n * n)
    pm = F(r * w, comb(n, 2))
    wrongs = [(tex(pw), 'with_replacement_error', '每次摸到红球的概率都是 %d/%d，所以 P=(%d/%d)²=%s。' % (r, n, r, n, num(pw)))]
    if pm != p:
        wrongs.append((tex(pm), 'wrong_event', '一红一白的取法有 %d×%d 种，P=%s。' % (r, w, num(pm))))
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def dice(rng):
    s = rng.choice([4, 5, 6, 8, 9, 10])
    cnt = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s)
    p = F(cnt, 36)
    q = '同时抛掷两枚质地均匀的骰子，求向上的点数之和为 %d 的概率。' % s
    setup = ['两枚骰子共有 6×6=36 种等可能的结果。']
    pairs = ['(%d,%d)' % (i, s - i) for i in range(1, 7) if 1 <= s - i <= 6]
    finish = ['点数之和为 %d 的结果有：%s，共 %d 种。' % (s, '、'.join(pairs), cnt), '所以 P=%d/36%s。' % (cnt, '' if p.denominator == 36 else '=' + num(p))]
    ref = tex(p)
    rights = fr_rights(p) + [('\\frac{%d}{36}' % cnt, 'unreduced_fraction')]
    wm = F(cnt - 1, 36)
    wrongs = [(tex(F(1, 11)), 'equally_likely_sums_error', '点数之和共有 2~12 这 11 种情况，所以 P=1/11。'),
              (tex(wm), 'miscount', '点数之和为 %d 的结果漏数了一种，共 %d 种，P=%s。' % (s, cnt - 1, num(wm)))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def stats(rng):
    while True:
        data = [rng.randint(1, 15) for _ in range(rng.choice([5, 6]))]
        n = len(data)
        mean = F(sum(data), n)
        var = sum((F(x) - mean) ** 2 for x in data) / n
        if var and n > 1 and var != sum((F(x) - mean) ** 2 for x in data) / (n - 1):
            break
    q = '一组数据为 %s，求这组数据的方差（方差按 s²=(1/n)Σ(xᵢ-x̄)² 计算）。' % '，'.join(map(str, data))
    setup = ['先求平均数：x̄=(%s)/%d=%s。' % ('+'.join(map(str, data)), n, num(mean))]
    sq = sum((F(x) - mean) ** 2 for x in data)
    finish = ['各数据与平均数之差的平方和为 %s。' % num(sq), '所以 s²=(%s)÷%d=%s。' % (num(sq), n, num(var))]
    ref = tex(var)
    rights = fr_rights(var)
    sv = sq / (n - 1)
    wrongs = [(tex(sv), 'sample_vs_stated_formula', '平方和除以 n-1=%d，得 %s。' % (n - 1, num(sv)))]
    if sq != var:
        wrongs.append((tex(sq), 'forgot_divide', '所以方差就是平方和 %s。' % num(sq)))
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def at_least_one(rng):
    p1, p2 = F(rng.randint(5, 9), 10), F(rng.randint(4, 9), 10)
    p = 1 - (1 - p1) * (1 - p2)
    q = '甲、乙两人独立地射击同一目标，甲命中的概率为 %s，乙命中的概率为 %s，求目标被命中的概率。' % (dec(p1), dec(p2))
    setup = ['目标被命中即至少一人命中，其对立事件是两人都没命中。']
    finish = ['两人都没命中的概率为 (1-%s)(1-%s)=%s。' % (dec(p1), dec(p2), dec((1 - p1) * (1 - p2))),
              '所以 P=1-%s=%s。' % (dec((1 - p1) * (1 - p2)), dec(p))]
    ref = dec(p)
    rights = [(ref, 'same_form'), (tex(p), 'fraction_vs_decimal'), (pct(p), 'percent_form')]
    if cn_pct(p):
        rights.append((cn_pct(p), 'cn_numeral_percent'))
    wrongs = [(dec(p1 * p2), 'both_instead_of_at_least_one', '目标被命中需要两人都命中，P=%s×%s=%s。' % (dec(p1), dec(p2), dec(p1 * p2))),
              (dec(p1 + p2 - p1 * p2 - F(1, 10)), 'arithmetic_slip', '计算得 P=%s。' % dec(p1 + p2 - p1 * p2 - F(1, 10)))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def cone(rng):
    r, h = rng.randint(2, 9), rng.randint(3, 12)
    v = F(r * r * h, 3)
    q = '一个圆锥的底面半径为 %d cm，高为 %d cm，求它的体积（结果保留π）。' % (r, h)
    setup = ['圆锥的体积公式为 V=(1/3)πr²h。']
    finish = ['代入得 V=(1/3)×π×%d²×%d=%s（cm³）。' % (r, h, pi_slash(v))]
    rights = pi_rights(v, ' cm³')
    wrongs = [(pi_str(r * r * h), 'missing_one_third', '用 V=πr²h=%dπ。' % (r * r * h)),
              (pi_str(F(r * h, 3)), 'radius_not_squared', '半径没有平方，得 %s。' % pi_slash(F(r * h, 3))),
              (pi_str(v) + ' cm²', 'wrong_unit', '体积单位写成 cm²。')]
    return spec('math_like', q, rights[0][0], setup, finish, rights, wrongs)


def sphere(rng):
    r = rng.randint(1, 6)
    v = F(4 * r ** 3, 3)
    q = '已知球的半径为 %d，求球的体积（结果保留π）。' % r
    setup = ['球的体积公式为 V=(4/3)πR³。']
    finish = ['V=(4/3)π×%d³=%s。' % (r, pi_slash(v))]
    rights = [(pi_str(v), 'same_form'), (pi_slash(v) if v.denominator != 1 else 'π×%d' % v.numerator,
                                          'slash_fraction' if v.denominator != 1 else 'reordered_factor')]
    wrongs = [(pi_str(4 * r * r), 'surface_vs_volume', '球的表面积 S=4πR²=%dπ，就是所求。' % (4 * r * r)),
              (pi_str(4 * r ** 3), 'missing_one_third', 'V=4πR³=%dπ。' % (4 * r ** 3))]
    if 4 * r * r == v:
        wrongs = wrongs[1:]
    return spec('math_like', q, rights[0][0], setup, finish, rights, wrongs)


def hyp(rng):
    while True:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        N = a * a + b * b
        k, m = sqrt_simplify(N)
        if m != 1 and k != 1 and a != b:
            break
    q = '在直角三角形中，两条直角边分别为 %d 和 %d，求斜边的长。' % (a, b)
    setup = ['由勾股定理，斜边 c=√(a²+b²)。']
    finish = ['c=√(%d²+%d²)=√%d=%s。' % (a, b, N, rad(k, m).replace('\\sqrt{', '√').replace('}', ''))]
    ref = rad(k, m)
    rights = [(ref, 'same_form'), ('\\sqrt{%d}' % N, 'unsimplified_radical'), ('%d√%d' % (k, m), 'unicode_radical')]
    d = abs(a * a - b * b)
    dk, dm = sqrt_simplify(d)
    wrongs = [(rad(dk, dm), 'subtracted_squares', 'c=√(%d²-%d²)=%s。' % (max(a, b), min(a, b), rad(dk, dm))),
              (rad(k + 1, m), 'radical_simplify_error', '化简根式时出错，得 %s。' % rad(k + 1, m))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def tri_area(rng):
    a, b = rng.randint(2, 10), rng.randint(2, 10)
    coef = F(a * b, 4)
    q = '在△ABC中，AB=%d，AC=%d，∠A=60°，求△ABC的面积。' % (a, b)
    setup = ['三角形面积公式 S=(1/2)·AB·AC·sinA。']
    finish = ['sin60°=√3/2，所以 S=(1/2)×%d×%d×√3/2=%s√3。' % (a, b, num(coef) if coef.denominator == 1 else '(%s)' % num(coef))]
    if coef.denominator == 1:
        ref = '%d\\sqrt{3}' % coef.numerator
        rights = [(ref, 'same_form'), ('%d√3' % coef.numerator, 'unicode_radical'), ('\\sqrt{%d}' % (coef.numerator ** 2 * 3), 'unsimplified_radical')]
    else:
        ref = '\\frac{%d\\sqrt{3}}{%d}' % (coef.numerator, coef.denominator)
        rights = [(ref, 'same_form'), ('%d√3/%d' % (coef.numerator, coef.denominator), 'slash_fraction'),
                  ('\\frac{%d}{%d}\\sqrt{3}' % (coef.numerator, coef.denominator), 'coefficient_split')]
    half = F(a * b, 2)
    wrongs = [(num(half), 'missing_sine', 'S=(1/2)×%d×%d=%s。' % (a, b, num(half))),
              (num(F(a * b, 4)), 'sin_cos_confused', '用 cos60°=1/2 代替，S=%s。' % num(F(a * b, 4)))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def sector(rng):
    r = rng.randint(2, 9)
    ang = rng.choice([30, 45, 60, 90, 120, 135, 150])
    area = F(ang * r * r, 360)
    arc = F(ang * r, 180)
    q = '一个扇形的半径为 %d，圆心角为 %d°，求扇形的面积（结果保留π）。' % (r, ang)
    setup = ['扇形面积 S=(n/360)πr²，其中 n 为圆心角的度数。']
    finish = ['S=(%d/360)×π×%d²=%s。' % (ang, r, pi_slash(area))]
    rights = pi_rights(area, '')[:1] + [(pi_slash(area), 'slash_fraction'), ('%s平方单位' % pi_str(area), 'with_unit')]
    if rights[1][0] == rights[0][0]:
        rights = rights[:1] + rights[2:]
    wrongs = [(pi_str(arc), 'arc_length_instead', '弧长 l=nπr/180=%s。' % pi_slash(arc))] if arc != area else []
    wrongs.append((pi_str(area * 2), 'factor_of_two_error', 'S=(n/180)πr²=%s。' % pi_slash(area * 2)))
    return spec('math_like', q, rights[0][0], setup, finish, rights, wrongs)


GENS = [(bag, 8), (dice, 7), (stats, 7), (at_least_one, 7), (cone, 7), (sphere, 5), (hyp, 7), (tri_area, 7), (sector, 6)]
