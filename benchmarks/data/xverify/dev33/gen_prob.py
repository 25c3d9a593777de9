"""English families: probability, counting, sequences and series."""
from fractions import Fraction as Fr
from math import comb
from common import fam, tex, plain, terminating, approx, words

NAMES = ["Ilse", "Corwin", "Dabria", "Tomasz", "Veyla", "Ardo", "Quinlan", "Marisol", "Fenwick", "Odalys"]


def prob_draw(rng):
    while True:
        r, b = rng.randint(3, 9), rng.randint(2, 9)
        n = r + b
        p = Fr(r * (r - 1), n * (n - 1))
        if not terminating(p):
            break
    who = rng.choice(NAMES)
    q = ("A bag contains %d red marbles and %d blue marbles. %s draws two marbles at random, one after the other, "
         "without replacement. What is the exact probability that both marbles are red?" % (r, b, who))
    w = ["There are $%d$ marbles in total, $%d$ of them red." % (n, r),
         "The first marble is red with probability $\\frac{%d}{%d}$." % (r, n),
         "Given that, $%d$ red marbles remain among $%d$, so the second is red with probability $\\frac{%d}{%d}$." % (r - 1, n - 1, r - 1, n - 1),
         "Multiply: $\\frac{%d}{%d} \\cdot \\frac{%d}{%d} = \\frac{%d}{%d}$." % (r, n, r - 1, n - 1, r * (r - 1), n * (n - 1)),
         "Simplifying gives $%s$." % tex(p)]
    chk = ["Counting pairs instead: $\\binom{%d}{2} / \\binom{%d}{2} = %d/%d = %s$. Same answer." % (r, n, comb(r, 2), comb(n, 2), plain(p))]
    ps = Fr(r * r, n * n)
    sw = [w[0], "Each draw is red with probability $\\frac{%d}{%d}$." % (r, n),
          "Both red: $\\left(\\frac{%d}{%d}\\right)^2 = %s$." % (r, n, tex(ps))]
    return fam(dataset="math_like", kat="math", question=q, answer=tex(p), work=w, check=chk,
               alts=[(plain(p), "alt_slash_fraction"), ("\\dfrac{%d}{%d}" % (p.numerator, p.denominator), "alt_dfrac"),
                     ("%s \\approx %s" % (tex(p), approx(p, 4)), "alt_exact_with_approx"),
                     ("\\frac{%d}{%d}" % (r * (r - 1), n * (n - 1)), "alt_unreduced_fraction")],
               slip=dict(ans=tex(ps), tag="slip_with_replacement", steps=sw,
                         note="the marble is not put back, so the second draw has only $%d$ marbles, $%d$ of them red." % (n - 1, r - 1),
                         excuse="the two draws can be treated as independent, each red with probability $\\frac{%d}{%d}$." % (r, n)),
               near=dict(ans=approx(p, 3), tag="near_rounded_not_exact", steps=w + ["As a decimal this is about $%s$." % approx(p, 3)]),
               trunc=w[:3], extra=tex(Fr(r - 1, n - 1)))


def count_committee(rng):
    while True:
        m, wn, k = rng.randint(4, 9), rng.randint(3, 8), rng.randint(3, 5)
        ans = comb(m + wn, k) - comb(m, k)
        sl = wn * comb(m + wn - 1, k - 1)
        nr = ans - comb(wn, k)
        if k <= m and len({ans, sl, nr}) == 3:
            break
    n = m + wn
    q = ("A club has %d men and %d women. In how many ways can a committee of %d members be chosen "
         "if it must include at least one woman?" % (m, wn, k))
    w = ["Count all committees and subtract those with no women.",
         "All committees: $\\binom{%d}{%d} = %d$." % (n, k, comb(n, k)),
         "Committees with only men: $\\binom{%d}{%d} = %d$." % (m, k, comb(m, k)),
         "So the number with at least one woman is $%d - %d = %d$." % (comb(n, k), comb(m, k), ans)]
    sw = ["Pick one woman to guarantee the condition: $%d$ ways." % wn,
          "Then choose the other $%d$ members from the remaining $%d$ people: $\\binom{%d}{%d} = %d$." % (k - 1, n - 1, n - 1, k - 1, comb(n - 1, k - 1)),
          "Total: $%d \\cdot %d = %d$." % (wn, comb(n - 1, k - 1), sl)]
    alts = [("%d \\text{ committees}" % ans, "alt_units_added")]
    if ans >= 1000:
        alts.append(("{:,}".format(ans), "alt_thousands_separator"))
    elif words(ans):
        alts.append((words(ans), "alt_number_word"))
    return fam(dataset="math_like", kat="math", question=q, answer=str(ans), work=w, check=[],
               alts=alts,
               slip=dict(ans=str(sl), tag="slip_overcount_designated_member", steps=sw,
                         note="choosing a designated woman first counts committees with several women more than once.",
                         excuse="a cleaner way is to fix one woman first and fill the rest freely."),
               near=dict(ans=str(nr), tag="near_misread_condition",
                         steps=w[:3] + ["Also remove the all-women committees: $\\binom{%d}{%d} = %d$." % (wn, k, comb(wn, k)),
                                        "So the count is $%d - %d - %d = %d$." % (comb(n, k), comb(m, k), comb(wn, k), nr)]),
               trunc=w[:3], extra=str(comb(n, k)))


def seq_arith(rng):
    while True:
        a, d, n = rng.randint(-5, 15), rng.randint(2, 9), rng.randint(12, 40)
        L = a + (n - 1) * d
        if ((n - 1) * (a + L)) % 2 == 0:
            break
    S = n * (a + L) // 2
    q = "Find the sum of the arithmetic sequence $%d + %d + %d + \\cdots + %d$." % (a, a + d, a + 2 * d, L)
    w = ["The first term is $%d$ and the common difference is $%d$." % (a, d),
         "The number of terms is $\\frac{%d - (%d)}{%d} + 1 = %d + 1 = %d$." % (L, a, d, n - 1, n),
         "The sum is $\\frac{n(a_1 + a_n)}{2} = \\frac{%d(%d + %d)}{2} = \\frac{%d}{2} = %d$." % (n, a, L, n * (a + L), S)]
    chk = ["Pairing first and last terms gives $%d$ pairs, each summing to $%d$: $%d \\cdot %d = %d$. Consistent." % (n // 2, a + L, n // 2, a + L, S)] if n % 2 == 0 else []
    Sn_s = str((n - 1) * (a + L) // 2)
    alts = [("S = %d" % S, "alt_named_value"), ("S_{%d} = %d" % (n, S), "alt_named_value")]
    if S >= 1000:
        alts.append(("{:,}".format(S), "alt_thousands_separator"))
    return fam(dataset="math_like", kat="math", question=q, answer=str(S), work=w, check=chk, alts=alts,
               slip=dict(ans=str(n * (a + L)), tag="slip_missed_halving",
                         steps=w[:2] + ["The sum is $n(a_1 + a_n) = %d(%d + %d) = %d$." % (n, a, L, n * (a + L))],
                         note="the sum formula needs a division by $2$.",
                         excuse="pairing the terms, each of the $n$ terms pairs with one partner summing to $a_1 + a_n$, so the sum is $n(a_1+a_n)$."),
               near=dict(ans=Sn_s, tag="near_off_by_one_term_count",
                         steps=[w[0], "The number of terms is $\\frac{%d - (%d)}{%d} = %d$." % (L, a, d, n - 1),
                                "The sum is $\\frac{%d(%d + %d)}{2} = %s$." % (n - 1, a, L, Sn_s)]),
               trunc=w[:2], extra=str(S + a + L))


def seq_geom(rng):
    a, r, n = rng.randint(1, 7), rng.choice([2, 3, -2, -3]), rng.randint(5, 9)
    S = a * (r ** n - 1) // (r - 1)
    terms = " + ".join("(%d)" % (a * r ** i) if a * r ** i < 0 else str(a * r ** i) for i in range(3))
    q = "Find the sum of the first $%d$ terms of the geometric sequence $%s + \\cdots$." % (n, terms)
    w = ["The first term is $a = %d$ and the common ratio is $r = %d$." % (a, r),
         "Use $S_n = a\\frac{r^n - 1}{r - 1}$ with $n = %d$: $r^{%d} = %d$." % (n, n, r ** n),
         "So $S_{%d} = %d \\cdot \\frac{%d - 1}{%d - 1} = %d \\cdot \\frac{%d}{%d} = %d$." % (n, a, r ** n, r, a, r ** n - 1, r - 1, S)]
    Ss = a * (r ** (n + 1) - 1) // (r - 1)
    last = a * r ** (n - 1)
    return fam(dataset="math_like", kat="math", question=q, answer=str(S), work=w, check=[],
               alts=[("S_{%d} = %d" % (n, S), "alt_named_value"), ("%d \\text{ (sum of %d terms)}" % (S, n), "alt_value_with_note")],
               slip=dict(ans=str(Ss), tag="slip_exponent_off_by_one",
                         steps=[w[0], "Use $S_n = a\\frac{r^{n+1} - 1}{r - 1}$: $r^{%d} = %d$." % (n + 1, r ** (n + 1)),
                                "So $S = %d \\cdot \\frac{%d}{%d} = %d$." % (a, r ** (n + 1) - 1, r - 1, Ss)],
                         note="the formula uses $r^n$, not $r^{n+1}$; with $n = 1$ it must give just $a$.",
                         excuse="the exponent should be $n+1$ because the first term is $a r^0$."),
               near=dict(ans=str(last), tag="near_last_term_not_sum",
                         steps=[w[0], "The $%d$th term is $a r^{%d} = %d \\cdot %d = %d$." % (n, n - 1, a, r ** (n - 1), last)]),
               trunc=w[:2], extra=str(S - last))
