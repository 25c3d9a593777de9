"""Shared helpers: number formatting, name pools, and the reasoning-trace composer."""
from fractions import Fraction as Fr

NAMES_EN = ["Marisol", "Tobias", "Aiyana", "Dmitri", "Keziah", "Orrin", "Lucinda", "Bram", "Selene",
            "Caspian", "Wren", "Ottilie", "Jasper", "Noor", "Ivo", "Priya", "Thaddeus", "Mireille"]
NAMES_ZH = ["小林", "王晓雨", "陈浩", "李思远", "赵敏", "周凯", "孙悦", "吴桐", "郑一鸣", "何佳怡"]


def name(r, zh):
    return r.choice(NAMES_ZH if zh else NAMES_EN)


def L(zh, en, zs):
    return zs if zh else en


def ftex(x):
    x = Fr(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(x.numerator), x.denominator)


def fslash(x):
    x = Fr(x)
    return str(x.numerator) if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)


def fdec(x):
    """Exact decimal string if terminating, else None."""
    x = Fr(x)
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    k = 0
    while (x * 10 ** k).denominator != 1:
        k += 1
    v = x * 10 ** k
    s = str(abs(v.numerator)).rjust(k + 1, "0")
    out = s[:-k] + "." + s[-k:] if k else s
    return ("-" if x < 0 else "") + out


def money(cents):
    return "$%d.%02d" % (cents // 100, cents % 100)


def frac_alts(x):
    alts = [fslash(x), "\\dfrac{%d}{%d}" % (x.numerator, x.denominator)] if Fr(x).denominator != 1 else []
    d = fdec(x)
    if d is not None and Fr(x).denominator != 1:
        alts.append(d)
    return alts


def poly(coefs, var="x"):
    """coefs from highest degree to constant -> readable polynomial string."""
    n = len(coefs) - 1
    out = ""
    for i, c in enumerate(coefs):
        c = Fr(c)
        if c == 0:
            continue
        deg = n - i
        mag = abs(c)
        cs = ftex(mag) if (mag != 1 or deg == 0) else ""
        term = cs + (var if deg >= 1 else "") + ("^%d" % deg if deg >= 2 else "")
        if not out:
            out = ("-" if c < 0 else "") + term
        else:
            out += (" - " if c < 0 else " + ") + term
    return out or "0"


def val(s):
    """Fraction value of a plain number / a/b / \\frac{a}{b} string, else None."""
    t = s.replace("\\dfrac", "\\frac").replace(" ", "")
    neg = t.startswith("-")
    t = t.lstrip("-")
    try:
        if t.startswith("\\frac{"):
            a, b = t[6:].split("}{")
            v = Fr(int(a), int(b.rstrip("}")))
        else:
            v = Fr(t)
    except (ValueError, ZeroDivisionError):
        return None
    return -v if neg else v


def case(q, steps, ref, alts, wrongs, ds, shape, kat="math"):
    wr = []
    rv = val(ref)
    for w in wrongs:
        if rv is not None and val(w) == rv:
            continue
        if w != ref and w not in alts and w not in wr:
            wr.append(w)
    return {"q": q, "steps": steps, "ref": ref, "alts": [a for a in alts if a != ref], "wrongs": wr,
            "ds": ds, "shape": shape, "kat": kat}


def terms(pairs):
    """pairs of (coef, monomial) joined with proper signs, skipping zeros; monomial '' means constant."""
    out = ""
    for c, mono in pairs:
        c = Fr(c)
        if c == 0:
            continue
        mag = abs(c)
        t = (ftex(mag) if (mag != 1 or not mono) else "") + mono
        if not out:
            out = ("-" if c < 0 else "") + t
        else:
            out += (" - " if c < 0 else " + ") + t
    return out or "0"
