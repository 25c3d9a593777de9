"""Sequences (数列) and trigonometry (三角)."""
from math import gcd
from common import F, spec, poly2, tex, num, paren, fr_rights, cn_frac, dec, lin


def arith_term(rng):
    d = rng.choice([-4, -3, -2, 2, 3, 4, 5])
    a1 = rng.randint(-6, 12)
    if a1 - d == 0:
        a1 += 1
    p = rng.randint(2, 4)
    qn = p + rng.randint(2, 5)
    u, v = a1 + (p - 1) * d, a1 + (qn - 1) * d
    q = '在等差数列{a_n}中，a_%d=%d，a_%d=%d，求数列{a_n}的通项公式。' % (p, u, qn, v)
    setup = ['设公差为 d，则 a_%d-a_%d=(%d-%d)d，即 %d=%dd。' % (qn, p, qn, p, v - u, qn - p)]
    finish = ['所以 d=%d，a₁=a_%d-(%d-1)d=%d-%s=%d。' % (d, p, p, u, paren((p - 1) * d), a1),
              '通项公式 a_n=a₁+(n-1)d=%d+(n-1)×%s=%s。' % (a1, paren(d), lin(d, a1 - d, 'n'))]
    ref = 'a_n=%s' % lin(d, a1 - d, 'n')
    rights = [(ref, 'same_form'), ('a_n=%d+(n-1)×%s' % (a1, paren(d)), 'unsimplified_expression'),
              ('a_n=%s' % lin(d, a1, 'n').replace('n', '(n-1)', 1), 'unsimplified_expression')]
    wrongs = [('a_n=%s' % lin(d, a1, 'n'), 'off_by_one_index', '通项公式 a_n=a₁+nd=%s。' % lin(d, a1, 'n')),
              ('a_n=%s' % lin(-d, a1 + d, 'n'), 'sign_error', '所以 d=%d，通项为 %s。' % (-d, lin(-d, a1 + d, 'n')))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def arith_sum(rng):
    d = rng.choice([-3, -2, -1, 1, 2, 3, 4])
    a1 = rng.randint(-5, 10)
    A, B = F(d, 2), F(a1) - F(d, 2)
    if rng.random() < 0.5:
        n = rng.randint(8, 20)
        S = n * a1 + n * (n - 1) * d // 2
        q = '等差数列{a_n}的首项 a₁=%d，公差 d=%d，求前 %d 项和 S_%d。' % (a1, d, n, n)
        setup = ['由等差数列前 n 项和公式 S_n=na₁+n(n-1)d/2。']
        finish = ['代入得 S_%d=%d×%s+%d×%d×%s/2=%d。' % (n, n, paren(a1), n, n - 1, paren(d), S)]
        an = a1 + (n - 1) * d
        S9 = S - an
        ref = str(S)
        rights = [(ref, 'same_form'), ('S_%d=%d' % (n, S), 'with_symbol')]
        wrongs = [(str(S9), 'off_by_one_index', '所以只需要加到第 %d 项，S=%d。' % (n - 1, S9)),
                  (str(an), 'term_instead_of_sum', '所以 a_%d=%d。' % (n, an))]
        if S == S9 or S == an:
            wrongs = [(str(S + d * n), 'off_by_one_index', '用 S_n=na₁+n(n+1)d/2，得 %d。' % (S + d * n))]
    else:
        q = '已知等差数列{a_n}的首项为 %d，公差为 %d，求其前 n 项和 S_n。' % (a1, d)
        setup = ['等差数列前 n 项和公式为 S_n=na₁+n(n-1)d/2。']
        expr = poly2(A, B, 0, 'n')
        finish = ['代入 a₁=%d，d=%d：S_n=%dn+%s·n(n-1)/2。' % (a1, d, a1, paren(d)), '展开整理：S_n=%s。' % expr]
        ref = 'S_n=%s' % expr
        rights = [(ref, 'same_form'), ('S_n=\\frac{n[2×%s+(n-1)×%s]}{2}' % (paren(a1), paren(d)), 'unsimplified_formula'),
                  ('S_n=%dn+\\frac{n(n-1)}{2}×%s' % (a1, paren(d)), 'unsimplified_formula')]
        wr = poly2(A, F(a1) + F(d, 2), 0, 'n')
        wrongs = [('S_n=%s' % wr, 'off_by_one_index', '用 S_n=na₁+n(n+1)d/2，整理得 %s。' % wr),
                  ('S_n=%s' % poly2(d, a1 - d, 0, 'n'), 'missing_half', '整理时漏掉了除以 2，得 %s。' % poly2(d, a1 - d, 0, 'n'))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def geo_term(rng):
    a1 = rng.choice([1, 2, 3, 4, 5, -2, -3])
    qq = rng.choice([2, 3, -2])
    i, j = 2, rng.choice([4, 5])
    ai, aj = a1 * qq ** (i - 1), a1 * qq ** (j - 1)
    q = '在等比数列{a_n}中，a_%d=%d，a_%d=%d，且公比为%s，求通项公式 a_n。' % (i, ai, j, aj, '正数' if qq > 0 else '负数')
    setup = ['设公比为 q，则 q^%d=a_%d/a_%d=%d/%s=%d。' % (j - i, j, i, aj, paren(ai), qq ** (j - i))]
    finish = ['结合公比的符号得 q=%d，a₁=a_%d/q=%d。' % (qq, i, a1), '所以 a_n=%d×%s^{n-1}。' % (a1, paren(qq))]
    ref = 'a_n=%d×%s^{n-1}' % (a1, paren(qq))
    rights = [(ref, 'same_form'), ('a_n=%s·%s^n' % (tex(F(a1, qq)), paren(qq)), 'equivalent_exponent_form'),
              ('a_n=%d·%s^(n-1)' % (a1, paren(qq)), 'plain_exponent_notation')]
    wrongs = [('a_n=%d×%s^n' % (a1, paren(qq)), 'off_by_one_exponent', '所以 a_n=a₁qⁿ=%d×%s^n。' % (a1, paren(qq))),
              ('a_n=%d×%s^{n-1}' % (qq, paren(a1)) if qq != a1 else 'a_n=%d×%s^{n-1}' % (a1, paren(-qq)),
               'base_coefficient_swapped', '把首项和公比的位置写反了。')]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def geo_sum(rng):
    a1 = rng.choice([1, 2, 3, 4, 8, 16, 32])
    qq = rng.choice([F(1, 2), F(2), F(3), F(1, 2)])
    n = rng.randint(4, 7)
    S = a1 * (1 - qq ** n) / (1 - qq)
    an = a1 * qq ** (n - 1)
    q = '等比数列{a_n}的首项为 %d，公比为 %s，求前 %d 项的和 S_%d。' % (a1, num(qq), n, n)
    setup = ['公比 q≠1，用公式 S_n=a₁(1-qⁿ)/(1-q)。', 'q^%d=%s。' % (n, num(qq ** n))]
    finish = ['S_%d=%d×(1-%s)/(1-%s)=%s。' % (n, a1, num(qq ** n), num(qq), num(S))]
    ref = tex(S)
    rights = fr_rights(S)
    Sm = S - an
    wrongs = [(tex(Sm), 'off_by_one_index', '只加到第 %d 项，得 %s。' % (n - 1, num(Sm))),
              (tex(an), 'term_instead_of_sum', '第 %d 项为 %s。' % (n, num(an)))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)]


def trig_quadrant(rng):
    a, b, c = rng.choice(TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    quad = rng.choice([2, 3, 4])
    ss = {2: 1, 3: -1, 4: -1}[quad]
    cs = {2: -1, 3: -1, 4: 1}[quad]
    rng_txt = {2: '(π/2,π)', 3: '(π,3π/2)', 4: '(3π/2,2π)'}[quad]
    sinv, cosv = F(ss * a, c), F(cs * b, c)
    ask = rng.choice(['cos', 'tan'])
    q = '已知 sinα=%s，且 α∈%s，求 %sα 的值。' % (num(sinv), rng_txt, ask)
    setup = ['由 sin²α+cos²α=1，得 cos²α=1-(%s)²=%s。' % (num(sinv), num(cosv * cosv)),
             '因为 α∈%s，是第%s象限角，所以 cosα 的符号为%s。' % (rng_txt, '二三四'[quad - 2], '负' if cs < 0 else '正')]
    if ask == 'cos':
        val, alt = cosv, F(ss * a, c) if ss * a != cs * b else -cosv
        finish = ['所以 cosα=%s。' % num(cosv)]
    else:
        val, alt = sinv / cosv, cosv / sinv
        finish = ['cosα=%s，所以 tanα=sinα/cosα=%s。' % (num(cosv), num(sinv / cosv))]
    ref = tex(val)
    rights = fr_rights(val)
    wrongs = [(tex(-val), 'quadrant_sign_error', '所以 %sα=%s（取正号）。' % (ask, num(-val))),
              (tex(alt), 'sin_cos_confused', '因此 %sα=%s。' % (ask, num(alt)))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def deg_rad(rng):
    deg = rng.choice([i for i in range(15, 360, 15) if i != 180])
    g = gcd(deg, 180)
    k, m = deg // g, 180 // g
    pi_tex = ('π' if k == 1 else '%dπ' % k) + ('/%d' % m if m != 1 else '')
    if rng.random() < 0.5:
        q = '将 %d° 化为弧度。' % deg
        setup = ['因为 180°=π 弧度，所以 1°=π/180 弧度。']
        finish = ['%d°=%d×π/180=%s。' % (deg, deg, pi_tex)]
        ref = '\\frac{%sπ}{%d}' % ('' if k == 1 else k, m) if m != 1 else pi_tex
        rights = [(ref, 'same_form'), (pi_tex, 'slash_fraction'), ('%s rad' % pi_tex, 'with_unit_rad')]
        g2 = gcd(deg, 360)
        wk, wm = deg // g2, 360 // g2
        wrong = ('π' if wk == 1 else '%dπ' % wk) + ('/%d' % wm if wm != 1 else '')
        wrongs = [(wrong, 'half_turn_error', '用 360°=π 来换算，得 %s。' % wrong),
                  (pi_tex + '°', 'wrong_unit', '所以结果是 %s°。' % pi_tex)]
    else:
        q = '将 %s 弧度化为角度。' % pi_tex
        setup = ['因为 π 弧度=180°。']
        finish = ['%s=%s×180°=%d°。' % (pi_tex, num(F(k, m)), deg)]
        ref = '%d°' % deg
        rights = [(ref, 'same_form'), ('%d度' % deg, 'cn_degree_word')]
        wrongs = [('%d°' % (deg * 2), 'half_turn_error', '把 π 当作 360°，得 %d°。' % (deg * 2)),
                  ('%d' % deg + 'π', 'wrong_unit', '得 %dπ。' % deg)]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


ANG = {'1': (60, 'π/3', '\\frac{π}{3}', '\\frac{1}{2}'), '-1': (120, '2π/3', '\\frac{2π}{3}', '-\\frac{1}{2}'),
       '√2': (45, 'π/4', '\\frac{π}{4}', '\\frac{\\sqrt{2}}{2}'), '-√2': (135, '3π/4', '\\frac{3π}{4}', '-\\frac{\\sqrt{2}}{2}'),
       '√3': (30, 'π/6', '\\frac{π}{6}', '\\frac{\\sqrt{3}}{2}'), '-√3': (150, '5π/6', '\\frac{5π}{6}', '-\\frac{\\sqrt{3}}{2}')}
SUPP = {'1': '-1', '-1': '1', '√2': '-√2', '-√2': '√2', '√3': '-√3', '-√3': '√3'}


def law_cos(rng):
    key = rng.choice(list(ANG))
    deg, sl, tx, cv = ANG[key]
    side, (p, r) = rng.choice([('C', ('a', 'b')), ('A', ('b', 'c')), ('B', ('a', 'c'))])
    o = {'C': 'c', 'A': 'a', 'B': 'b'}[side]
    coef = '' if key == '1' else ('-' if key == '-1' else key)
    q = '在△ABC中，内角A，B，C所对的边分别为a，b，c，若 %s²+%s²-%s²=%s%s%s，求角%s。' % (p, r, o, coef, p, r, side)
    setup = ['由余弦定理 cos%s=(%s²+%s²-%s²)/(2%s%s)。' % (side, p, r, o, p, r)]
    finish = ['代入得 cos%s=%s%s%s/(2%s%s)=%s。' % (side, coef, p, r, p, r, cv.replace('\\frac', '').replace('}{', '/').replace('{', '').replace('}', '').replace('\\sqrt', '√')),
              '又因为 0<%s<π，所以 %s=%s。' % (side, side, sl)]
    ref = tx
    rights = [(ref, 'same_form'), ('%d°' % deg, 'degrees_vs_radians'), (sl, 'slash_fraction'),
              ('%s=%d°' % (side, deg), 'degrees_vs_radians')]
    sdeg, ssl, stx, _ = ANG[SUPP[key]]
    wrongs = [(stx, 'supplementary_angle', '由 cos%s 的值得 %s=%s。' % (side, side, ssl)),
              ('%d°' % sdeg, 'supplementary_angle', '所以 %s=%d°。' % (side, sdeg))]
    if deg not in (45, 135):
        wd = 90 - deg if deg < 90 else 270 - deg
        wrongs.append(('%d°' % wd, 'sin_cos_confused', '把余弦值当成正弦值来查表，得 %s=%d°。' % (side, wd)))
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def tan_ratio(rng):
    while True:
        t = F(rng.randint(-5, 6), rng.choice([1, 2, 3]))
        if t not in (1, -1, 0):
            v = (t + 1) / (t - 1)
            if v != 1 / v and v != -v:
                break
    q = '已知 tanα=%s，求 (sinα+cosα)/(sinα-cosα) 的值。' % num(t)
    setup = ['分子分母同时除以 cosα（cosα≠0），原式=(tanα+1)/(tanα-1)。']
    finish = ['代入 tanα=%s，得 (%s+1)/(%s-1)=%s。' % (num(t), num(t), num(t), num(v))]
    ref = tex(v)
    rights = fr_rights(v)
    wrongs = [(tex(1 / v), 'reciprocal_error', '原式=(tanα-1)/(tanα+1)=%s。' % num(1 / v)),
              (tex(-v), 'sign_error', '原式=(1+tanα)/(1-tanα)=%s。' % num(-v))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


GENS = [(arith_term, 8), (arith_sum, 8), (geo_term, 7), (geo_sum, 7), (trig_quadrant, 9), (deg_rad, 8),
        (law_cos, 9), (tan_ratio, 7)]
