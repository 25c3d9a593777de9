#!/usr/bin/env python3
"""dev18: Counting, chance and number-theory families: probability, modular powers, AIME-style counts, expectation. Part of gen_dev18.py (see README.md)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb
from forms import fr_tex, fr_plain, term_dec


def fam_prob(rng):
    r = rng.randint(3, 8); bl = rng.randint(2, 7)
    zh = rng.random() < 0.3
    n = r + bl
    p = F(comb(r, 2), comb(n, 2))
    p_repl = F(r * r, n * n)
    if zh:
        q = f"袋中有 {r} 个红球和 {bl} 个蓝球，从中不放回地随机取出两个球，求两个球都是红球的概率。"
    else:
        q = f"A bag contains {r} red marbles and {bl} blue marbles. Two marbles are drawn at random without replacement. What is the probability that both are red? Express your answer as a common fraction."
    def body(v):
        if zh:
            return (f"总共 {n} 个球。\n\n方法一（组合）：从 {n} 个中取 2 个，共 $\\binom{{{n}}}{{2}} = {comb(n,2)}$ 种；两个都红有 $\\binom{{{r}}}{{2}} = {comb(r,2)}$ 种。"
                    f"概率 $= \\frac{{{comb(r,2)}}}{{{comb(n,2)}}} = {fr_tex(p)}$。\n\n"
                    f"方法二（分步）：第一个红的概率 $\\frac{{{r}}}{{{n}}}$，第二个在第一个为红的条件下为 $\\frac{{{r-1}}}{{{n-1}}}$，"
                    f"乘积 $\\frac{{{r*(r-1)}}}{{{n*(n-1)}}} = {fr_tex(p)}$，一致。\n\n"
                    f"注意是不放回，如果误按放回计算会得到 $\\left(\\frac{{{r}}}{{{n}}}\\right)^2 = {fr_tex(p_repl)}$，那是错的。\n\n"
                    f"再检查一下约分：${r*(r-1)}$ 与 ${n*(n-1)}$ 的最大公约数是 {gcd(r*(r-1), n*(n-1))}，约分后为 ${fr_tex(p)}$。\n\n因此所求概率为 {v}")
        return (f"There are {n} marbles in total.\n\n**Approach 1 — sequential.** P(first red) = {r}/{n}. Given that, {r-1} red remain out of {n-1}, so P(second red | first red) = {r-1}/{n-1}.\n"
                f"Product: ({r}·{r-1})/({n}·{n-1}) = {r*(r-1)}/{n*(n-1)}.\n\n"
                f"Reduce: gcd({r*(r-1)}, {n*(n-1)}) = {gcd(r*(r-1), n*(n-1))}, giving {fr_plain(p)}.\n\n"
                f"**Approach 2 — counting.** C({r},2) = {comb(r,2)} red pairs out of C({n},2) = {comb(n,2)} pairs, so {comb(r,2)}/{comb(n,2)} = {fr_plain(p)}. Same.\n\n"
                f"Let me make sure I'm not accidentally doing with-replacement: that would be ({r}/{n})² = {fr_plain(p_repl)}, which is larger, as expected, since not replacing a red lowers the chance of a second red. "
                f"Our answer {fr_plain(p)} ≈ {float(p):.4f} < {float(p_repl):.4f}, consistent.\n\n"
                f"Also P(both blue) = {fr_plain(F(comb(bl,2),comb(n,2)))}, P(one of each) = {fr_plain(F(r*bl,comb(n,2)))}; these three sum to "
                f"{fr_plain(p + F(comb(bl,2),comb(n,2)) + F(r*bl,comb(n,2)))} ✓.\n\nSo the probability is {v}")
    ok = [(fr_tex(p), "fraction_latex"), (f"\\dfrac{{{r*(r-1)}}}{{{n*(n-1)}}}", "unreduced_fraction")]
    d = term_dec(p)
    if d:
        ok.append((d, "decimal_exact"))
        ok.append((f"{F(p*100).numerator if (p*100).denominator==1 else term_dec(p*100)}\\%", "percent_exact"))
    bad = [(fr_tex(p_repl), "with_replacement", "Hmm, actually I'll treat the draws as independent to keep it simple." if not zh else "算了，还是按独立事件（放回）来算吧。"),
           (fr_tex(F(r, n) * F(r - 1, n)), "denominator_not_decremented", "On reflection the second denominator shouldn't change." if not zh else "第二次分母应该不变。")]
    if p_repl == bad[1][0]:
        bad = bad[:1]
    return dict(dataset="math_like" if not zh else "gaokao_like", question=q, ref=fr_tex(p) if rng.random() < .7 else fr_plain(p), body=body, ok=ok, bad=bad, zh=zh)


def fam_modpow(rng):
    base = rng.choice([2, 3, 7, 11, 13, 17]); m = rng.choice([7, 9, 11, 13, 100, 1000])
    e = rng.randint(50, 2026)
    val = pow(base, e, m)
    q = f"What is the remainder when ${base}^{{{e}}}$ is divided by ${m}$?"
    # cycle
    seq = []; x = 1; seen = {}
    for i in range(1, 200):
        x = x * base % m
        if x in seen:
            break
        seen[x] = i; seq.append(x)
    cyc = len(seq) if pow(base, len(seq), m) == 1 else None
    def body(v):
        s = f"I want ${base}^{{{e}}} \\bmod {m}$.\n\nLet me compute successive powers mod {m}:\n\n"
        for i, t in enumerate(seq[:12], 1):
            s += f"- ${base}^{{{i}}} \\equiv {t}$\n"
        if cyc:
            s += (f"\nThe powers return to 1 at exponent {cyc}, so the order of {base} mod {m} is {cyc}. "
                  f"Then ${e} = {cyc}\\cdot{e//cyc} + {e%cyc}$, so ${base}^{{{e}}} \\equiv {base}^{{{e%cyc}}} \\equiv {pow(base, e%cyc, m)} \\pmod{{{m}}}$.\n\n")
        else:
            s += "\nThe cycle is long, so I'll use repeated squaring instead.\n\n"
        s += f"Hold on, let me double check with binary exponentiation, since it's easy to be off by one in the cycle index. {e} in binary is {bin(e)[2:]}.\n"
        y = base % m; acc = 1; k = e; steps = []
        while k:
            if k & 1:
                acc = acc * y % m; steps.append(f"multiply in {y} → {acc}")
            y = y * y % m; k >>= 1
        s += "Running it: " + "; ".join(steps[:8]) + ("; ..." if len(steps) > 8 else "") + f". Final accumulator: {acc}.\n\n"
        s += f"Both methods agree. The remainder is {v}"
        return s
    wrongs = [(val + 1) % m, pow(base, e - 1, m), pow(base, (e % (cyc or 1)) + 1, m) if cyc else (val + 2) % m]
    wrongs = [w for w in wrongs if w != val]
    bad = [(str(wrongs[0]), "off_by_one_in_cycle", "Hmm, wait — maybe the cycle index starts at 0, so I should shift by one. Going with the shifted value.")]
    if len(wrongs) > 1 and wrongs[1] != wrongs[0]:
        bad.append((f"{val} \\text{{ or }} {wrongs[1]}", "two_answers", "I'm not fully sure which indexing is right, so:"))
    ok = [(str(val), "plain_integer"), (f"{val} \\pmod{{{m}}}", "integer_with_mod"), (f"{base}^{{{e}}} \\equiv {val} \\pmod{{{m}}}", "congruence_statement")]
    return dict(dataset=rng.choice(["aime_like", "math_like"]), question=q, ref=str(val), body=body, ok=ok, bad=bad, zh=False)


def fam_aime_count(rng):
    # number of positive integers <= N divisible by p or q but not both... use inclusion exclusion
    N = rng.randint(300, 999); p, q_ = rng.sample([3, 4, 5, 6, 7, 11], 2)
    l = p * q_ // gcd(p, q_)
    val = N // p + N // q_ - 2 * (N // l)
    union = N // p + N // q_ - N // l
    q = f"How many positive integers $n \\le {N}$ are divisible by exactly one of ${p}$ and ${q_}$?"
    def body(v):
        return (f"Let A = multiples of {p}, B = multiples of {q_}, up to {N}.\n\n|A| = ⌊{N}/{p}⌋ = {N//p}\n|B| = ⌊{N}/{q_}⌋ = {N//q_}\n"
                f"|A ∩ B| = multiples of lcm({p},{q_}) = {l}: ⌊{N}/{l}⌋ = {N//l}\n\n"
                f"At first I computed |A ∪ B| = {N//p} + {N//q_} − {N//l} = {union}. But that's 'at least one', and the problem says *exactly one*. "
                f"So I need to remove the intersection again: exactly one = |A| + |B| − 2|A∩B| = {N//p} + {N//q_} − {2*(N//l)} = {val}.\n\n"
                f"Let me double-check with a small analogue: n ≤ {l}: multiples of {p}: {l//p}, of {q_}: {l//q_}, both: 1, exactly one: {l//p + l//q_ - 2}. "
                f"Listing them confirms the count for that block. Good.\n\n"
                f"And note lcm({p},{q_}) = {l}" + (f" (not {p*q_}, since gcd is {gcd(p,q_)})" if gcd(p, q_) > 1 else "") + ".\n\nCount = " + v)
    ok = [(str(val), "plain_integer"), (f"{val:03d}" if val < 1000 else str(val), "aime_zero_padded"), (f"{val} integers", "integer_with_noun")]
    bad = [(str(union), "at_least_one_instead_of_exactly_one", "Hmm, on reflection 'exactly one' probably just means 'one of them', so I'll use the union count."),
           (str(N // p + N // q_ - 2 * (N // (p * q_))) if gcd(p, q_) > 1 else str(val - 1), "lcm_error", "Using p·q as the common multiple instead:")]
    if bad[1][0] == str(val):
        bad = bad[:1]
    return dict(dataset="aime_like", question=q, ref=str(val), body=body, ok=ok, bad=bad, zh=False)


def fam_expect(rng):
    sides = rng.choice([4, 6, 8, 10, 12, 20])
    ev = F(sides + 1, 2)
    k = rng.randint(2, 5)
    q = f"You roll {k} fair {sides}-sided dice (faces 1 to {sides}). What is the expected value of the sum?"
    def body(v):
        return (f"By linearity of expectation, E[sum] = {k}·E[one die].\n\nE[one die] = (1 + 2 + ... + {sides})/{sides} = ({sides}·{sides+1}/2)/{sides} = {fr_plain(ev)}.\n\n"
                f"So E[sum] = {k} × {fr_plain(ev)} = {fr_plain(k*ev)}.\n\nLet me sanity check with the range: minimum sum {k}, maximum {k*sides}; the distribution is symmetric so the mean is the midpoint ({k} + {k*sides})/2 = {fr_plain(F(k + k*sides, 2))} ✓.\n\n"
                f"Independence isn't even needed for linearity — good, no subtlety there.\n\nExpected sum = {v}")
    d = term_dec(k * ev)
    ok = [(fr_tex(k * ev), "fraction_or_integer"), (d if d else fr_plain(k * ev), "decimal")]
    if (k * ev).denominator == 2:
        ok.append((f"{(k*ev).numerator//2}\\frac{{1}}{{2}}", "mixed_number"))
    bad = [(fr_tex(k * F(sides, 2)), "mean_as_half_of_max", "Hmm, I'll take the average face as sides/2:"),
           (fr_tex(ev), "single_die_only", "Wait, the question is about a die:")]
    return dict(dataset="math_like", question=q, ref=d if d and rng.random() < .5 else fr_tex(k * ev), body=body, ok=ok, bad=bad, zh=False)
