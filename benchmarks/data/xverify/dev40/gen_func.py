"""Functions: domain, range, extrema, monotonic intervals, piecewise values."""
from common import F, spec, poly2, tex, num, paren, fr_rights, cn_frac, dec


def domain(rng):
    a = rng.randint(-5, 5)
    b = a + rng.randint(1, 6)
    if rng.random() < 0.5:
        q = '求函数 f(x)=√(x%s) + 1/(x%s) 的定义域。' % ('-%d' % a if a > 0 else '+%d' % -a if a < 0 else '',
                                                '-%d' % b if b > 0 else '+%d' % -b if b < 0 else '')
        setup = ['要使函数有意义，被开方数必须非负：x-(%d)≥0，即 x≥%d。' % (a, a),
                 '同时分母不能为零：x-(%d)≠0，即 x≠%d。' % (b, b)]
        finish = ['两个条件同时成立，且 %d>%d，所以定义域为 [%d,%d)∪(%d,+∞)。' % (b, a, a, b, b)]
        ref = '[%d,%d)∪(%d,+∞)' % (a, b, b)
        rights = [(ref, 'same_form'), ('{x|x≥%d且x≠%d}' % (a, b), 'set_builder_notation'),
                  ('x≥%d且x≠%d' % (a, b), 'inequality_form')]
        wrongs = [('(%d,%d)∪(%d,+∞)' % (a, b, b), 'endpoint_excluded', '被开方数要大于 0，所以 x>%d，再去掉 x=%d。' % (a, b)),
                  ('[%d,+∞)' % a, 'missing_exclusion', '只需被开方数非负即可，所以 x≥%d。' % a)]
    else:
        q = '求函数 f(x)=lg(x%s)+√(%d-x) 的定义域。' % ('-%d' % a if a > 0 else '+%d' % -a if a < 0 else '', b)
        setup = ['对数的真数必须大于零：x-(%d)>0，即 x>%d。' % (a, a),
                 '被开方数必须非负：%d-x≥0，即 x≤%d。' % (b, b)]
        finish = ['取交集，定义域为 (%d,%d]。' % (a, b)]
        ref = '(%d,%d]' % (a, b)
        rights = [(ref, 'same_form'), ('{x|%d<x≤%d}' % (a, b), 'set_builder_notation'),
                  ('%d<x≤%d' % (a, b), 'interval_vs_inequality')]
        wrongs = [('[%d,%d]' % (a, b), 'endpoint_included', '真数大于等于零，所以 x≥%d，与 x≤%d 取交集。' % (a, b)),
                  ('(%d,+∞)' % a, 'missing_condition', '所以只需 x>%d。' % a),
                  ('(%d,%d)' % (a, b), 'endpoint_excluded', '被开方数要大于零，所以 x<%d。' % b)]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def quad_range(rng):
    while True:
        h = rng.randint(-3, 4)
        m, n = h - rng.randint(1, 4), h + rng.randint(1, 5)
        c = rng.randint(-6, 8)
        f = lambda x: x * x - 2 * h * x + c
        k, fm, fn = f(h), f(m), f(n)
        if fm != fn:
            break
    M = max(fm, fn)
    q = '求函数 f(x)=%s 在区间 [%d,%d] 上的值域。' % (poly2(1, -2 * h, c), m, n)
    setup = ['配方：f(x)=(x-(%d))²+(%d)，对称轴为 x=%d，开口向上。' % (h, k, h),
             '对称轴 x=%d 在区间 [%d,%d] 内，所以最小值在顶点处取得：f(%d)=%d。' % (h, m, n, h, k)]
    finish = ['再比较端点：f(%d)=%d，f(%d)=%d，较大者为 %d，这就是最大值。' % (m, fm, n, fn, M),
              '所以值域为 [%d,%d]。' % (k, M)]
    ref = '[%d,%d]' % (k, M)
    rights = [(ref, 'same_form'), ('%d≤f(x)≤%d' % (k, M), 'interval_vs_inequality'),
              ('{y|%d≤y≤%d}' % (k, M), 'set_builder_notation')]
    lo, hi = min(fm, fn), max(fm, fn)
    wrongs = [('[%d,%d]' % (lo, hi), 'endpoint_values_only', '函数在端点处取得最值：f(%d)=%d，f(%d)=%d。' % (m, fm, n, fn)),
              ('[%d,+∞)' % k, 'interval_ignored', '最小值为 %d，开口向上所以没有最大值。' % k),
              ('[%d,%d]' % (k, min(fm, fn)), 'wrong_endpoint_max', '最大值取在离对称轴较近的端点，为 %d。' % min(fm, fn))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def max_at(rng):
    if rng.random() < 0.55:
        h, c = rng.randint(-4, 5), rng.randint(-5, 9)
        if h == 0:
            h = 2
        M = c + h * h
        if M == h:
            c, M = c + 1, M + 1
        q = '已知函数 f(x)=%s，求 f(x) 的最大值及取得最大值时 x 的值。' % poly2(-1, 2 * h, c)
        setup = ['二次项系数为 -1<0，抛物线开口向下，函数有最大值。',
                 '配方：f(x)=-(x²-%dx)+%d=-(x-(%d))²+%d。' % (2 * h, c, h, M)]
        finish = ['当 x=%d 时，-(x-(%d))² 取最大值 0，所以 f(x) 的最大值为 %d。' % (h, h, M)]
        ref = '最大值为%d，此时x=%d' % (M, h)
        vx = h + 1
        rights = [(ref, 'same_form'), ('当x=%d时，f(x)取得最大值%d' % (h, M), 'reordered_pair'),
                  ('x=%d，f(x)max=%d' % (h, M), 'compact_notation')]
        wrongs = [('最大值为%d，此时x=%d' % (h, M), 'swapped_value_and_x', '所以最大值为 %d，对应的 x=%d。' % (h, M)),
                  ('最大值为%d，此时x=%d' % (c, 0), 'value_at_wrong_x', '取 x=0 时得到 f(0)=%d，应为最大值。' % c),
                  ('最大值为%d，此时x=%d' % (M - 1, vx), 'value_at_wrong_x', '对称轴附近取 x=%d，得 f(%d)=%d。' % (vx, vx, M - 1))]
    else:
        t = rng.randint(2, 9)
        q = '求函数 f(x)=x+%d/x（x>0）的最小值，并求出取得最小值时 x 的值。' % (t * t)
        setup = ['因为 x>0，由基本不等式 a+b≥2√(ab)：', 'x+%d/x ≥ 2√(x·%d/x)=2√%d。' % (t * t, t * t, t * t)]
        finish = ['2√%d=%d，当且仅当 x=%d/x，即 x²=%d，x=%d（x>0）时取等号。' % (t * t, 2 * t, t * t, t * t, t)]
        ref = '最小值为%d，此时x=%d' % (2 * t, t)
        rights = [(ref, 'same_form'), ('当x=%d时，f(x)的最小值是%d' % (t, 2 * t), 'reordered_pair'),
                  ('f(x)min=%d（x=%d）' % (2 * t, t), 'compact_notation')]
        wrongs = [('最小值为%d，此时x=%d' % (2 * t, t * t), 'wrong_x_at_extremum', '取等号时 x=%d。' % (t * t)),
                  ('最小值为%d，此时x=%d' % (t, t), 'value_error', '所以最小值为 √%d=%d。' % (t * t, t)),
                  ('最小值为%d，此时x=%d' % (2 * t, -t), 'rejected_root_kept', '由 x²=%d 得 x=-%d。' % (t * t, t))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def monotone(rng):
    if rng.random() < 0.5:
        h, c = rng.randint(-5, 5), rng.randint(-5, 9)
        if h == 0:
            h = -3
        inc = rng.random() < 0.5
        q = '求函数 f(x)=%s 的单调%s区间。' % (poly2(1, -2 * h, c), '递增' if inc else '递减')
        setup = ['这是开口向上的抛物线，对称轴为 x=-(%d)/2=%d。' % (-2 * h, h)]
        good, bad = ('[%d,+∞)' % h, '(-∞,%d]' % h) if inc else ('(-∞,%d]' % h, '[%d,+∞)' % h)
        flip = ('[%d,+∞)' % -h) if inc else ('(-∞,%d]' % -h)
        finish = ['开口向上的抛物线在对称轴左侧递减、右侧递增，所以所求区间为 %s。' % good]
        ref = good
        rights = [(ref, 'same_form'), ('单调%s区间是%s' % ('递增' if inc else '递减', good), 'sentence_form')]
        wrongs = [(bad, 'increasing_decreasing_swapped', '对称轴左侧递增、右侧递减，所以区间为 %s。' % bad),
                  (flip, 'sign_error', '对称轴为 x=%d，所以区间为 %s。' % (-h, flip))]
    else:
        t = rng.randint(1, 4)
        inc = rng.random() < 0.5
        q = '求函数 f(x)=x³-%dx 的单调%s区间。' % (3 * t * t, '递增' if inc else '递减')
        setup = ["求导：f'(x)=3x²-%d=3(x+%d)(x-%d)。" % (3 * t * t, t, t)]
        if inc:
            finish = ["令 f'(x)>0，得 x<-%d 或 x>%d，所以单调递增区间为 (-∞,-%d] 和 [%d,+∞)。" % (t, t, t, t)]
            ref = '(-∞,-%d]和[%d,+∞)' % (t, t)
            rights = [(ref, 'same_form'), ('(-∞,-%d]，[%d,+∞)' % (t, t), 'comma_separated_intervals'),
                      ('[%d,+∞)和(-∞,-%d]' % (t, t), 'intervals_reordered')]
            wrongs = [('[-%d,%d]' % (t, t), 'increasing_decreasing_swapped', "令 f'(x)>0，得 -%d<x<%d。" % (t, t)),
                      ('(-∞,-%d]和[%d,+∞)' % (3 * t * t, 3 * t * t), 'wrong_critical_points', "f'(x)=0 得 x=±%d。" % (3 * t * t))]
        else:
            finish = ["令 f'(x)<0，得 -%d<x<%d，所以单调递减区间为 [-%d,%d]。" % (t, t, t, t)]
            ref = '[-%d,%d]' % (t, t)
            rights = [(ref, 'same_form'), ('单调递减区间为[-%d，%d]' % (t, t), 'sentence_form')]
            wrongs = [('(-∞,-%d]和[%d,+∞)' % (t, t), 'increasing_decreasing_swapped', "令 f'(x)<0，得 x<-%d 或 x>%d。" % (t, t)),
                      ('[0,%d]' % t, 'missing_half_interval', "令 f'(x)<0，由于 x≥0，得 0≤x<%d。" % t)]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def piecewise(rng):
    k = rng.randint(1, 4)
    mexp = rng.randint(1, 4)
    qc = k * k + mexp
    val = F(1, 2 ** mexp)
    q = '已知函数 f(x)= {2^x，x≤0；x²-%d，x>0}，求 f(f(%d)) 的值。' % (qc, k)
    setup = ['先算内层：%d>0，所以 f(%d)=%d²-%d=%d。' % (k, k, k, qc, -mexp)]
    finish = ['再算外层：%d≤0，所以 f(%d)=2^(%d)=%s。' % (-mexp, -mexp, -mexp, num(val))]
    ref = tex(val)
    rights = fr_rights(val) + [('2^{-%d}' % mexp, 'negative_exponent_form')]
    wrongs = [('%d' % -mexp, 'inner_value_only', '所以 f(f(%d)) 就是 %d。' % (k, -mexp)),
              ('%d' % (2 ** mexp), 'reciprocal_error', '再算外层：f(%d)=2^%d=%d。' % (-mexp, mexp, 2 ** mexp)),
              (num(F(mexp * mexp - qc)), 'wrong_branch', '外层仍用第二段：f(%d)=%d²-%d=%d。' % (-mexp, -mexp, qc, mexp * mexp - qc))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


GENS = [(domain, 10), (quad_range, 10), (max_at, 10), (monotone, 10), (piecewise, 8)]
