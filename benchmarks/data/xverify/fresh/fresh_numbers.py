"""Number and expression forms for the fresh set's math cases: English and Chinese number words, decimals,
fractions in LaTeX, thousands separators, scientific notation, polynomials, matrices."""
from fractions import Fraction as F


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()

TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    if n < 0:
        return "negative " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= div:
            return words(n // div) + " " + name + (" " + words(n % div) if n % div else "")

ZD = "零一二三四五六七八九"

def _zh4(n):
    s, zero = "", False
    for p, u in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // p % 10
        if d == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
            s += ZD[d] + u
            zero = False
    return s

def zh_num(n):
    if n == 0:
        return "零"
    hi, lo = divmod(n, 10000)
    s = (_zh4(hi) + "万" if hi else "")
    if lo:
        s += ("零" if hi and lo < 1000 else "") + _zh4(lo)
    if s.startswith("一十"):
        s = s[1:]
    return s

def dec(x):
    """Exact decimal string of a terminating Fraction/int."""
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    sign = "-" if x < 0 else ""
    x = abs(x)
    for k in range(1, 12):
        if (x * 10**k).denominator == 1:
            v = str((x * 10**k).numerator).rjust(k + 1, "0")
            return sign + v[:-k] + "." + v[-k:]
    raise ValueError("non-terminating %s" % x)

def terminates(x):
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1

def tex(x, cmd="frac"):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return "%s\\%s{%d}{%d}" % (s, cmd, abs(x.numerator), x.denominator)

def sep(n):
    return "{:,}".format(n)

def sci(n):
    e = len(str(n)) - 1
    m = dec(F(n, 10**e))
    return "%s \\times 10^{%d}" % (m, e) if e > 9 else "%s \\times 10^%d" % (m, e)

def lin(r):  # "x - 3" / "x + 3"
    return "x - %d" % r if r > 0 else "x + %d" % (-r)

def poly(*coef):  # coef for x^2, x, 1 (ints) -> "x^2 - 5x + 6"
    out = []
    for c, v in zip(coef, ("x^2", "x", "")):
        if c == 0:
            continue
        mag = str(abs(c)) if (abs(c) != 1 or not v) else ""
        out.append(("-" if c < 0 else "+") + " " + mag + v)
    s = " ".join(out)
    return s[2:] if s.startswith("+ ") else "-" + s[2:]

def mtx(m, env="pmatrix"):
    return "\\begin{%s} %d & %d \\\\ %d & %d \\end{%s}" % (env, m[0][0], m[0][1], m[1][0], m[1][1], env)

def mul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
