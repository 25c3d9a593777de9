"""Equations and inequalities (方程与不等式)."""
from common import F, spec, poly2, xfac, tex, num, paren, fr_rights


def _pair(rng, lo=-9, hi=9):
    while True:
        a, b = rng.randint(lo, hi), rng.randint(lo, hi)
        if a != b and a and b and a + b != 0:
            return min(a, b), max(a, b)


def quad_roots(rng):
    a, b = _pair(rng)
    s, p = a + b, a * b
    q = '解方程：%s=0。' % poly2(1, -s, p)
    setup = ['这是一个一元二次方程，判别式 Δ=%s²-4×1×%s=%d>0，所以方程有两个不相等的实数根。' % (paren(-s), paren(p), s * s - 4 * p),
             '考虑用十字相乘法因式分解：需要找两个数，它们的和为 %d，积为 %d。' % (s, p)]
    finish = ['这两个数是 %d 和 %d，所以原方程可化为 %s%s=0。' % (a, b, xfac(a), xfac(b)),
              '于是 %s=0 或 %s=0，解得 x₁=%d，x₂=%d。' % (xfac(a)[1:-1], xfac(b)[1:-1], a, b)]
    ref = 'x=%d或x=%d' % (a, b)
    rights = [(ref, 'same_form'), ('x₁=%d，x₂=%d' % (a, b), 'subscript_roots'),
              ('x=%d或x=%d' % (b, a), 'roots_reordered'), ('方程的解集为{%d，%d}' % (a, b), 'solution_set_notation')]
    wrongs = [('x=%d' % a, 'missing_root', '由 %s=0 得 x=%d，这就是方程的根。' % (xfac(a)[1:-1], a)),
              ('x=%d或x=%d' % (-a, -b), 'sign_error', '这两个数是 %d 和 %d，所以根为 x=%d 和 x=%d。' % (a, b, -a, -b))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs,
                check='检验：把 x=%d 和 x=%d 分别代入原方程，左边都等于 0，所以两个根都正确。' % (a, b))


def extraneous(rng):
    r1, r2 = _pair(rng)
    if rng.random() < 0.5:
        r1, r2 = r2, r1
    s, p = r1 + r2, r1 * r2
    q = '解分式方程：x²/%s = (%s)/%s。' % (xfac(r2), poly2(0, s, -p), xfac(r2))
    setup = ['方程两边同乘 %s（要求 x≠%d），得 x²=%s。' % (xfac(r2), r2, poly2(0, s, -p)),
             '移项整理得 %s=0，即 %s%s=0。' % (poly2(1, -s, p), xfac(r1), xfac(r2)),
             '所以整式方程的根为 x=%d 或 x=%d。' % (r1, r2)]
    finish = ['检验：当 x=%d 时，分母 %s=0，所以 x=%d 是增根，应舍去；当 x=%d 时分母不为零。' % (r2, xfac(r2)[1:-1], r2, r1),
              '因此原分式方程的解为 x=%d。' % r1]
    ref = 'x=%d' % r1
    rights = [(ref, 'same_form'), ('x=%d（x=%d 为增根，舍去）' % (r1, r2), 'extraneous_root_noted'),
              ('原方程的解是x=%d' % r1, 'sentence_form')]
    wrongs = [('x=%d或x=%d' % (r1, r2), 'extraneous_root_kept', '两个根都满足整式方程，所以都是原方程的解。'),
              ('原方程无解', 'over_rejected', '检验发现两个根都使分母为零，都是增根。'),
              ('x=%d' % r2, 'kept_wrong_root', '检验时保留 x=%d，舍去另一个。' % r2)]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def ineq_system(rng):
    a = rng.randint(-6, 4)
    b = a + rng.randint(2, 7)
    k1, m1 = rng.randint(2, 5), rng.randint(-8, 8)
    k2, m2 = -rng.randint(2, 5), rng.randint(-8, 8)
    n1, n2 = k1 * a + m1, k2 * b + m2
    q = '解不等式组：\n①%s>%d\n②%s≥%d\n并写出它的解集。' % (poly2(0, k1, m1), n1, poly2(0, k2, m2), n2)
    setup = ['由①：%dx>%d-%s，即 %dx>%d，两边同除以 %d，得 x>%d。' % (k1, n1, paren(m1), k1, n1 - m1, k1, a),
             '由②：%dx≥%d-%s，即 %dx≥%d。' % (k2, n2, paren(m2), k2, n2 - m2)]
    finish = ['两边同除以 %d，注意负数要改变不等号方向，得 x≤%d。' % (k2, b),
              '取两个解集的公共部分，不等式组的解集为 %d<x≤%d。' % (a, b)]
    ref = '%d<x≤%d' % (a, b)
    rights = [(ref, 'same_form'), ('(%d,%d]' % (a, b), 'interval_vs_inequality'),
              ('{x|%d<x≤%d}' % (a, b), 'set_builder_notation'), ('x∈(%d，%d]' % (a, b), 'interval_membership'),
              ('x>%d且x≤%d' % (a, b), 'conjunction_form')]
    wrongs = [('%d≤x≤%d' % (a, b), 'endpoint_included', '两边同除以 %d 并变号得 x≤%d；合起来写成闭区间。' % (k2, b)),
              ('%d<x<%d' % (a, b), 'endpoint_excluded', '两边同除以 %d 得 x<%d（等号去掉）。' % (k2, b)),
              ('x≥%d' % b, 'inequality_sign_not_flipped', '两边同除以 %d，得 x≥%d，与 x>%d 取公共部分。' % (k2, b, a))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def quad_ineq(rng):
    a, b = _pair(rng)
    s, p = a + b, a * b
    outside = rng.random() < 0.5
    op = '>' if outside else '≤'
    q = '解关于x的不等式：%s%s0。' % (poly2(1, -s, p), op)
    setup = ['先求对应方程 %s=0 的根：因式分解得 %s%s=0，所以 x=%d 或 x=%d。' % (poly2(1, -s, p), xfac(a), xfac(b), a, b),
             '二次项系数为 1>0，抛物线开口向上。']
    if outside:
        finish = ['所以当 x 在两根之外时函数值大于 0，且不含端点。', '不等式的解集为 x<%d 或 x>%d。' % (a, b)]
        ref = 'x<%d或x>%d' % (a, b)
        rights = [(ref, 'same_form'), ('(-∞,%d)∪(%d,+∞)' % (a, b), 'interval_union'),
                  ('{x|x<%d或x>%d}' % (a, b), 'set_builder_notation')]
        wrongs = [('%d<x<%d' % (a, b), 'reversed_region', '开口向上，所以两根之间的部分满足不等式。'),
                  ('x≤%d或x≥%d' % (a, b), 'endpoint_included', '两根之外的部分满足，端点也算进去。'),
                  ('x>%d' % b, 'missing_branch', '所以只要 x 大于较大的根即可。')]
    else:
        finish = ['所以当 x 在两根之间（含端点）时函数值小于或等于 0。', '不等式的解集为 %d≤x≤%d。' % (a, b)]
        ref = '%d≤x≤%d' % (a, b)
        rights = [(ref, 'same_form'), ('[%d,%d]' % (a, b), 'interval_vs_inequality'),
                  ('{x|%d≤x≤%d}' % (a, b), 'set_builder_notation'), ('x∈[%d，%d]' % (a, b), 'interval_membership')]
        wrongs = [('x≤%d或x≥%d' % (a, b), 'reversed_region', '开口向上，所以两根之外的部分满足不等式。'),
                  ('%d<x<%d' % (a, b), 'endpoint_excluded', '两根之间满足不等式，但端点取不到。'),
                  ('[%d,%d]' % (-b, -a), 'sign_error', '根应为 x=%d 和 x=%d，所以取两根之间。' % (-b, -a))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def lin_system(rng):
    while True:
        x0 = F(rng.randint(-12, 12), rng.choice([1, 1, 2]))
        y0 = F(rng.randint(-9, 9), rng.choice([1, 1, 2]))
        a1, b1, a2, b2 = [rng.choice([-3, -2, -1, 1, 2, 3, 4]) for _ in range(4)]
        det = a1 * b2 - a2 * b1
        c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
        if det and x0 != y0 and y0 != 0 and c1.denominator == 1 and c2.denominator == 1 and x0 != -y0:
            break
    exy = lambda a, b: poly2(0, a, 0) + ('+' if b > 0 else '') + poly2(0, b, 0, 'y')
    q = '解方程组：\n%s=%s\n%s=%s' % (exy(a1, b1), num(c1), exy(a2, b2), num(c2))
    setup = ['用加减消元法。把第一个方程乘以 %d，第二个方程乘以 %d，使 y 的系数相同。' % (b2, b1),
             '两式相减，得 (%d)x=%s，系数为行列式 %d。' % (det, num(c1 * b2 - c2 * b1), det)]
    finish = ['所以 x=%s/%d=%s。' % (num(c1 * b2 - c2 * b1), det, num(x0)),
              '把 x=%s 代入第一个方程，解得 y=%s。' % (num(x0), num(y0))]
    ref = 'x=%s，y=%s' % (tex(x0), tex(y0))
    rights = [(ref, 'same_form'), ('(x,y)=(%s,%s)' % (num(x0), num(y0)), 'ordered_pair_form'),
              ('y=%s，x=%s' % (num(y0), num(x0)), 'variables_reordered')]
    from common import dec
    if x0.denominator != 1 or y0.denominator != 1:
        rights.append(('x=%s，y=%s' % (dec(x0), dec(y0)), 'decimal_vs_fraction'))
    wrongs = [('x=%s，y=%s' % (num(y0), num(x0)), 'swapped_variables', '所以 x=%s，再代入求得 y=%s。' % (num(y0), num(x0))),
              ('x=%s，y=%s' % (num(x0), num(-y0)), 'sign_error', '所以 x=%s，代入第一个方程时移项出错，得 y=%s。' % (num(x0), num(-y0)))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def none_or_all(rng):
    k, m, t = rng.randint(2, 6), rng.randint(-5, 5), rng.randint(-6, 6)
    const = k * m + t
    identity = rng.random() < 0.5
    n = const if identity else const + rng.choice([-3, -2, -1, 1, 2, 3])
    lhs = '%d%s%s' % (k, '(x' + ('+%d' % m if m > 0 else ('-%d' % -m if m < 0 else '')) + ')',
                      ('+%d' % t if t > 0 else ('-%d' % -t if t < 0 else '')))
    q = '解关于x的方程：%s=%s。' % (lhs, poly2(0, k, n))
    setup = ['去括号，得 %s=%s。' % (poly2(0, k, const), poly2(0, k, n)),
             '移项，把含 x 的项移到左边，常数项移到右边：%dx-%dx=%d-%s。' % (k, k, n, paren(const))]
    if identity:
        finish = ['合并同类项得 0·x=0。', '这对任意实数 x 都成立，所以方程有无数个解，x 可以取任意实数。']
        ref = 'x为任意实数'
        rights = [(ref, 'same_form'), ('方程有无数个解', 'infinitely_many_phrase'), ('解集为R', 'set_R_notation'),
                  ('x∈(-∞,+∞)', 'interval_all_reals')]
        wrongs = [('原方程无解', 'infinite_vs_none', '合并得 0·x=0，x 的系数是 0，所以方程无解。'),
                  ('x=0', 'spurious_root', '合并得 0·x=0，所以 x=0。')]
    else:
        finish = ['合并同类项得 0·x=%d。' % (n - const), '因为 %d≠0，没有任何 x 能使等式成立，所以原方程无解。' % (n - const)]
        ref = '无解'
        rights = [(ref, 'same_form'), ('解集为∅', 'empty_set_symbol'), ('不存在满足条件的x，方程无实数解', 'sentence_form')]
        wrongs = [('x=0', 'spurious_root', '合并得 0·x=%d，于是 x=0。' % (n - const)),
                  ('x为任意实数', 'none_vs_infinite', '合并后 x 被消掉了，所以 x 取任何值都可以。')]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


def abs_eq(rng):
    a = rng.randint(-7, 7)
    b = rng.randint(1, 8)
    if a == 0:
        a = 3
    q = '解方程：|x%s|=%d。' % (('-%d' % a) if a > 0 else ('+%d' % -a), b)
    setup = ['根据绝对值的意义，|x%s|=%d 表示 x 与 %d 的距离为 %d。' % (('-%d' % a) if a > 0 else ('+%d' % -a), b, a, b),
             '所以 x%s=%d 或 x%s=-%d。' % ((('-%d' % a) if a > 0 else ('+%d' % -a)), b, (('-%d' % a) if a > 0 else ('+%d' % -a)), b)]
    finish = ['解得 x=%d 或 x=%d。' % (a + b, a - b)]
    ref = 'x=%d或x=%d' % (a + b, a - b)
    rights = [(ref, 'same_form'), ('x₁=%d，x₂=%d' % (a - b, a + b), 'subscript_roots'), ('x=%d或%d' % (a + b, a - b), 'abbreviated_or')]
    wrongs = [('x=%d' % (a + b), 'missing_root', '去掉绝对值得 x%s=%d，解得 x=%d。' % (('-%d' % a) if a > 0 else ('+%d' % -a), b, a + b)),
              ('x=%d或x=%d' % (b - a, -a - b), 'sign_error', '去掉绝对值后移项，得 x=%d 或 x=%d。' % (b - a, -a - b))]
    return spec('math_like', q, ref, setup, finish, rights, wrongs)


GENS = [(quad_roots, 10), (extraneous, 9), (ineq_system, 10), (quad_ineq, 10), (lin_system, 9), (none_or_all, 9), (abs_eq, 8)]
