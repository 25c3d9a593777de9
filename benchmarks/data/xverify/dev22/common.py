"""Shared helpers: number formatting and rendering of model-style outputs."""
from fractions import Fraction as F

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 0:
        return "negative " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


ZD = "零一二三四五六七八九"


def zh(n):
    """Chinese numeral for an integer (|n| < 10**8)."""
    if n < 0:
        return "负" + zh(-n)
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = zh(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + zh(lo)
            if lo < 20 and lo >= 10:
                s = s.replace("零十", "零一十")
        return s
    s, zero, started = "", False, False
    for u, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // u % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        if not (u == 10 and d == 1 and not started):
            s += ZD[d]
        s += name
        started = True
    return s


def tex(f):
    f = F(f)
    if f.denominator == 1:
        return str(f.numerator)
    sign = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (sign, abs(f.numerator), f.denominator)


def plain(f):
    f = F(f)
    if f.denominator == 1:
        return str(f.numerator)
    return "%d/%d" % (f.numerator, f.denominator)


def dec(f):
    """Exact decimal string of a fraction with terminating expansion, else None."""
    f = F(f)
    d = f.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    s = "-" if f < 0 else ""
    f = abs(f)
    ip = f.numerator // f.denominator
    rest = f - ip
    digs = ""
    while rest:
        rest *= 10
        dg = rest.numerator // rest.denominator
        digs += str(dg)
        rest -= dg
    return s + str(ip) + ("." + digs if digs else "")


def signed(c, first=False, var=""):
    """Term with sign for polynomial printing, e.g. ' - 3x'."""
    if c == 0:
        return ""
    coef = "" if (abs(c) == 1 and var) else str(abs(c))
    if first:
        return ("-" if c < 0 else "") + coef + var
    return (" - " if c < 0 else " + ") + coef + var


def poly(coeffs, var="x"):
    """coeffs from highest degree down."""
    n = len(coeffs) - 1
    out, first = "", True
    for i, c in enumerate(coeffs):
        e = n - i
        v = var + ("^%d" % e if e > 1 else "") if e > 0 else ""
        t = signed(c, first, v)
        if t:
            out += t
            first = False
    return out or "0"


def money(x):
    x = F(x)
    return "$%s" % ("%.2f" % float(x) if x.denominator != 1 else str(x.numerator))


def twist(rng, c, wrong, kind, right=None):
    """Generic endings. wrong/right: display strings. Mutates and returns c."""
    zhl = c["lang"] == "zh"
    right = right or c["ans"]
    if kind == "hedge":
        c["final"] = rng.choice([
            "So the answer is either %s or %s; I'm not fully sure which one is intended." % (right, wrong),
            "**Answer:** %s (or possibly %s, depending on the interpretation)" % (right, wrong),
        ]) if not zhl else "所以答案可能是 %s，也可能是 %s，我不太确定。" % (right, wrong)
        c["label"], c["trap"] = "Incorrect", "hedge_two_answers"
    elif kind == "flip_to_wrong":
        c["steps"] = c["steps"] + ([
            "So that gives %s. Hmm, wait. Actually, I think I slipped somewhere. Let me redo the last step more "
            "carefully... Redoing it quickly, I now get %s. Yes, I'll go with %s." % (right, wrong, wrong)] if not zhl else [
            "这样得到 %s。等等，我好像哪里算错了，重新算最后一步……重新计算得到 %s。嗯，应该是 %s。" % (right, wrong, wrong)])
        c["ans"] = c["ans_tex"] = wrong
        c["checks"] = []
        c["label"], c["trap"] = "Incorrect", "right_midway_then_changed"
    elif kind == "flip_to_right":
        c["steps"] = c["steps"][:-1] + ([
            "Hmm, at first glance I got %s, but wait, that doesn't look right. Let me recompute more carefully."
            % wrong] if not zhl else ["嗯，一开始我算出来是 %s，但好像不对，再仔细算一遍。" % wrong]) + c["steps"][-1:]
        c["trap"] = "wrong_first_then_corrected"
    return c


def cz(re, im, sp=True):
    """Complex number a + bi in plain text."""
    s = " " if sp else ""
    if im == 0:
        return str(re)
    ib = ("" if abs(im) == 1 else str(abs(im))) + "i"
    if re == 0:
        return ("-" if im < 0 else "") + ib
    return "%d%s%s%s%s" % (re, s, "-" if im < 0 else "+", s, ib)


def truncate(c, keep):
    """Output that stops mid-reasoning, before any final answer is committed."""
    c["steps"] = c["steps"][:keep]
    c["trunc"] = True
    c["label"], c["trap"] = "Incorrect", "truncated_no_answer"
    return c
