"""dev14's counting, chance and number-theory families. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import math
from forms import fr_tex, fr_txt, words


def fam_prob_balls(r):
    red = r.randint(3, 9)
    blue = r.randint(2, 8)
    tot = red + blue
    p = F(red * (red - 1), tot * (tot - 1))
    topic = f"drawing two red balls from {red} red and {blue} blue"
    q_en = f"A bag holds {red} red and {blue} blue balls. Two balls are drawn at random without replacement. What is the probability that both are red? Express your answer as a common fraction."
    q_zh = f"袋中有 {red} 个红球和 {blue} 个蓝球，不放回地随机取出两个球，求两个都是红球的概率（用最简分数表示）。"
    steps_en = [
        f"There are {red} + {blue} = {tot} balls in total, so the number of unordered pairs is C({tot}, 2) = {tot * (tot - 1) // 2}.",
        f"Favourable pairs, ignoring the {blue} blue balls: C({red}, 2) = {red * (red - 1) // 2}.",
        f"Probability = {red * (red - 1) // 2}/{tot * (tot - 1) // 2}, which reduces to {fr_txt(p)}.",
        f"Same thing sequentially: ({red}/{tot})·({red - 1}/{tot - 1}) = {red * (red - 1)}/{tot * (tot - 1)} = {fr_txt(p)}.",
    ]
    steps_zh = [f"总共 {red}+{blue}={tot} 个球，取两个的方法数 C({tot},2) = {tot * (tot - 1) // 2}。",
                f"两个都是红球（蓝球 {blue} 个不计）：C({red},2) = {red * (red - 1) // 2}。",
                f"概率 = {red * (red - 1) // 2}/{tot * (tot - 1) // 2} = {fr_txt(p)}。"]
    check_en = [f"Complement check: P(not both red) = 1 - {fr_txt(p)} = {fr_txt(1 - p)}, and the three cases (RR, mixed, BB) add to {fr_txt(p)} + {fr_txt(F(2 * red * blue, tot * (tot - 1)))} + {fr_txt(F(blue * (blue - 1), tot * (tot - 1)))} = 1 ✓."]
    check_zh = [f"检验：两红、一红一蓝、两蓝的概率之和为 {fr_txt(p)} + {fr_txt(F(2 * red * blue, tot * (tot - 1)))} + {fr_txt(F(blue * (blue - 1), tot * (tot - 1)))} = 1。"]
    with_repl = F(red * red, tot * tot)
    ref_forms = [fr_tex(p), fr_txt(p), f"$\\binom{{{red}}}{{2}}/\\binom{{{tot}}}{{2}} = {fr_tex(p)}$"]
    good = [(f"${fr_tex(p)}$", 'latex_fraction'),
            (f"{red * (red - 1) // 2}/{tot * (tot - 1) // 2}", 'unreduced_fraction'),
            (f"$\\dfrac{{{p.numerator}}}{{{p.denominator}}}$", 'dfrac')]
    dec = p.numerator / p.denominator
    if (p.denominator & (p.denominator - 1)) == 0 or all(q in (2, 5) for q in _pf(p.denominator)):
        good.append((f"{dec:g} (that is {dec * 100:g}%)", 'exact_decimal_and_percent'))
    bad = [(fr_txt(with_repl) if with_repl != p else fr_txt(p + F(1, 100)), 'with_replacement', 'computed with replacement'),
           (fr_txt(1 - p), 'complement', 'probability of the complement')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')


def _pf(n):
    out, d = [], 2
    while n > 1:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out


def fam_committee(r):
    n = r.randint(7, 14)
    k = r.randint(3, 5)
    c = math.comb(n, k)
    pk = math.perm(n, k)
    names = r.choice([('students', 'committee'), ('players', 'starting group'), ('volunteers', 'team'), ('books', 'reading list')])
    topic = f"choosing {k} of {n} {names[0]}"
    q_en = f"In how many ways can a {names[1]} of {k} be chosen from {n} {names[0]} if order does not matter?"
    q_zh = f"从 {n} 名学生中选出 {k} 人组成小组（不计顺序），共有多少种选法？"
    steps_en = [
        f"Order does not matter, so this is a combination count C({n}, {k}).",
        f"If order mattered we would have {n}·{n - 1}·...·{n - k + 1} = {pk} arrangements.",
        f"Each unordered group of {k} out of the {n} is counted {k}! = {math.factorial(k)} times in that list, so divide: {pk}/{math.factorial(k)} = {c}.",
    ]
    steps_zh = [f"不计顺序，是组合数 C({n},{k})。", f"排列数为 A({n},{k}) = {pk}，每组被重复计算 {k}! = {math.factorial(k)} 次。",
                f"所以 C({n},{k}) = {pk}/{math.factorial(k)} = {c}。"]
    check_en = [f"Pascal check: C({n - 1},{k - 1}) + C({n - 1},{k}) = {math.comb(n - 1, k - 1)} + {math.comb(n - 1, k)} = {c} ✓."]
    check_zh = [f"用帕斯卡公式检验：C({n - 1},{k - 1}) + C({n - 1},{k}) = {math.comb(n - 1, k - 1)} + {math.comb(n - 1, k)} = {c}。"]
    ref_forms = [str(c), f"\\binom{{{n}}}{{{k}}} = {c}", f"$\\binom{{{n}}}{{{k}}}=\\frac{{{pk}}}{{{math.factorial(k)}}}={c}$ ways."]
    good = [(f"$\\binom{{{n}}}{{{k}}} = {c}$", 'expression_then_value'), (f"{c} ways", 'number_with_noun'),
            (f"C({n},{k}) = {c}", 'c_notation_value')]
    bad = [(str(pk), 'permutation_not_combination', 'counted ordered selections'),
           (f"$\\binom{{{n}}}{{{k}}}$ = {math.comb(n, k - 1) if math.comb(n, k - 1) != c else c + n}", 'expression_right_value_wrong', 'value of the wrong binomial')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset=r.choice(['math_like', 'gsm8k_like']))


def fam_modpow(r):
    base = r.choice([2, 3, 7, 11, 13, 17])
    m = r.choice([5, 7, 9, 11, 13])
    if base % m == 0:
        base += 1
    e = r.randint(50, 2027)
    val = pow(base, e, m)
    cyc = []
    x = 1
    for i in range(1, m + 1):
        x = x * base % m
        cyc.append(x)
        if x == 1:
            break
    L = len(cyc)
    topic = f"{base}^{e} mod {m}"
    q_en = f"What is the remainder when ${base}^{{{e}}}$ is divided by ${m}$?"
    q_zh = f"求 ${base}^{{{e}}}$ 除以 ${m}$ 的余数。"
    steps_en = [
        f"Compute successive powers of {base} modulo {m}: {', '.join(f'{base}^{i + 1} ≡ {v}' for i, v in enumerate(cyc))}.",
        f"So the powers of {base} modulo {m} repeat with period {L}.",
        f"{e} = {L}·{e // L} + {e % L}, hence {base}^{e} ≡ {base}^{e % L if e % L else L} (mod {m}).",
        f"From the list of powers of {base}, that residue modulo {m} is {val}.",
    ]
    steps_zh = [f"{base} 的幂模 {m}：{', '.join(map(str, cyc))}，周期为 {L}。", f"{e} = {L}×{e // L} + {e % L}，所以余数为 {val}。"]
    check_en = [f"Independent check by repeated squaring (done by hand in binary, exponent {bin(e)[2:]}) also lands on {val}."]
    check_zh = [f"用快速幂（{e} 的二进制为 {bin(e)[2:]}）复核，同样得到 {val}。"]
    ref_forms = [str(val), f"{val}", f"The order of {base} mod {m} is {L}; ${e}\\equiv {e % L} \\pmod{{{L}}}$ so the remainder is ${val}$."]
    good = [(str(val), 'plain_residue'), (f"${base}^{{{e}}} \\equiv {val} \\pmod{{{m}}}$", 'congruence_statement'),
            (f"remainder {words(val)}", 'number_word')]
    wrong = [v for v in cyc if v != val]
    bad = [(str(cyc[(e % L)] if L > 1 and cyc[(e % L)] != val else (val + 1) % m), 'cycle_index_off_by_one', 'off-by-one in the cycle index'),
           (str(val + m), 'not_reduced_residue', 'gave a number congruent to the remainder but larger than the divisor')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset=r.choice(['math_like', 'aime_like']))


def fam_aime_digits(r):
    # count of integers 1..N divisible by p or q but not both -> aime style answer < 1000 with leading zeros
    while True:
        p, q = r.sample([3, 4, 5, 6, 7, 9, 11], 2)
        N = r.randint(200, 1999)
        l = p * q // math.gcd(p, q)
        ans = N // p + N // q - 2 * (N // l)
        if ans < 100:
            break
        if ans < 1000 and r.random() < 0.15:
            break
    topic = f"integers up to {N} divisible by exactly one of {p} and {q}"
    q_en = f"How many positive integers not exceeding ${N}$ are divisible by exactly one of ${p}$ and ${q}$? (The answer is an integer from 000 to 999.)"
    q_zh = f"不超过 {N} 的正整数中，恰好能被 {p} 和 {q} 中的一个整除的有多少个？"
    steps_en = [
        f"Multiples of {p} up to {N}: ⌊{N}/{p}⌋ = {N // p}.",
        f"Multiples of {q}: ⌊{N}/{q}⌋ = {N // q}.",
        f"Multiples of both, that is of lcm({p},{q}) = {l}, up to {N}: ⌊{N}/{l}⌋ = {N // l}.",
        f"Exactly one = ({N // p} - {N // l}) + ({N // q} - {N // l}) = {ans}.",
    ]
    steps_zh = [f"{p} 的倍数 {N // p} 个，{q} 的倍数 {N // q} 个，{l} 的倍数 {N // l} 个。", f"恰好一个：{N // p}+{N // q}-2×{N // l} = {ans}。"]
    check_en = [f"Inclusion–exclusion for 'at least one' gives {N // p + N // q - N // l}; subtracting the {N // l} numbers divisible by both once more leaves {ans} ✓."]
    check_zh = [f"至少一个为 {N // p + N // q - N // l}，再减去 {N // l} 得 {ans}。"]
    ref_forms = [str(ans), f"{ans:03d}", f"${N // p}+{N // q}-2\\cdot{N // l}={ans}$"]
    good = [(f"{ans:03d}", 'aime_leading_zeros'), (str(ans), 'plain_integer'), (f"$\\boxed{{{ans:03d}}}$".replace('$\\boxed{', '').replace('}$', ''), 'zero_padded_plain')]
    bad = [(str(N // p + N // q - N // l), 'at_least_one', 'counted at least one'),
           (str(N // p + N // q), 'no_inclusion_exclusion', 'no subtraction'),
           (f"{ans:03d}"[::-1] if f"{ans:03d}"[::-1] != f"{ans:03d}" else str(ans + 1), 'digit_reversal', 'digits transposed')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='aime_like')
