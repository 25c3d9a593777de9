"""Turn a math template instance into a core item for styles.py."""
from fractions import Fraction as F
from common import plain, latex, dec, forms
import gen_math


def _inst(tpl, rng, lang):
    while True:
        d = tpl(rng, lang)
        if d["wv"] != d["v"] and d["wv"] >= 0 and d["v"] >= 0:
            return d


def _money(v, lang):
    return dec(v, 2) + "元" if lang == "zh" else "$" + dec(v, 2)


def _second(v, first, money, lang):
    """A second equal form of v, different from first (or None)."""
    if money:
        s = _money(v, lang)
        return s if s != first else dec(v)
    d = dec(v)
    if d is not None and d != first and v.denominator != 1:
        return d
    for f in forms(v):
        if f != first:
            return f
    return None


def make(rng, lang, tpl):
    d = _inst(tpl, rng, lang)
    v, wv, money = d["v"], d["wv"], d["money"]
    if money:
        ref = dec(v)
    elif v.denominator == 1:
        ref = str(v.numerator)
    else:
        ref = rng.choice([plain(v), latex(v)])
    g = ref
    if v.denominator != 1 and rng.random() < 0.3:
        g = rng.choice(forms(v))
    b = dec(wv) if (money or (wv.denominator != 1 and dec(wv) and rng.random() < 0.4)) else plain(wv)
    alt = _second(v, ref, money, lang)
    if alt is None and tpl is gen_math.linear:
        alt = "x = " + ref
    rest = _second(v, g, money, lang)
    brest = _second(wv, b, money, lang)
    q2 = None
    for _ in range(50):
        e = _inst(tpl, rng, lang)
        if e["v"] != v and e["v"] != wv:
            q2 = e
            break
    a2 = dec(q2["v"]) if q2["money"] else plain(q2["v"])
    core = dict(lang=lang, kind="math", q=d["q"], steps_g=d["steps"], steps_b=d["wsteps"], g=g, b=b,
                alt=alt, rest=rest, brest=brest, app=(q2["q"], q2["steps"], a2))
    ds = "gsm8k_like" if tpl in gen_math.GSM else "math_like"
    return core, ds, "math", ref
