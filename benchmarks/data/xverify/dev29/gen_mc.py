"""Multiple-choice questions with numeric options (English and Chinese)."""
import math
from common import g, fixed, money, long_output, final_line, rec, cycle

LET = "ABCD"


def item_ke(rng):
    m, v = rng.choice([4, 6, 8, 10]), rng.choice([3, 5, 6, 9])
    ke = 0.5 * m * v * v
    en = ("What is the kinetic energy of a %d kg object moving at %d m/s?" % (m, v),
          ["KE = (1/2) m v^2 = 0.5 × %d × %d = %s J." % (m, v * v, g(ke))])
    zh = ("质量为%d千克的物体以%d米/秒的速度运动，它的动能是多少？" % (m, v),
          ["动能 E = ½mv² = 0.5 × %d × %d = %s 焦耳。" % (m, v * v, g(ke))])
    return en, zh, "%s J" % g(ke), ["%s J" % g(2 * ke), "%s J" % g(m * v), "%s J" % g(ke / 10)], "焦耳"


def item_current(rng):
    vv, r = rng.choice([6, 9, 12, 24]), rng.choice([3, 4, 8, 16])
    i = vv / r
    en = ("A %d V source drives a %d Ω resistor. What is the current?" % (vv, r),
          ["I = V/R = %d/%d = %s A." % (vv, r, g(i))])
    zh = ("%d伏的电源接在%d欧的电阻上，通过电阻的电流是多少？" % (vv, r),
          ["I = U/R = %d/%d = %s 安。" % (vv, r, g(i))])
    return en, zh, "%s A" % g(i), ["%s A" % g(vv * r), "%s A" % g(r / vv, 4), "%s A" % g(i * 10)], "安"


def item_interest(rng):
    p, r, n = rng.choice([1000, 2000, 4000]), rng.choice([5, 10, 4]), rng.choice([2, 3])
    a = p * (1 + r / 100) ** n
    en = ("$%d is invested at %d%% per year compounded annually. What is the value after %d years?" % (p, r, n),
          ["A = %d × (1 + %s)^%d = %s." % (p, g(r / 100), n, fixed(a, 2))])
    zh = ("本金%d元，年利率%d%%，按年复利计算，%d年后的本息和是多少元？" % (p, r, n),
          ["本息和 = %d × (1 + %s)^%d = %s 元。" % (p, g(r / 100), n, fixed(a, 2))])
    return en, zh, money(a), [money(p * (1 + r / 100 * n) + (1 if n == 1 else 0)), money(a - p),
                              money(p * (1 + r / 100) ** (n + 1))], "元"


def item_moles(rng):
    n = rng.choice([0.5, 0.25, 2.0, 1.5])
    mass = n * 18
    en = ("How many moles of water (M = 18 g/mol) are in %s g?" % g(mass),
          ["n = m/M = %s/18 = %s mol." % (g(mass), g(n))])
    zh = ("%s克水（摩尔质量18克/摩尔）的物质的量是多少？" % g(mass),
          ["n = m/M = %s/18 = %s 摩尔。" % (g(mass), g(n))])
    return en, zh, "%s mol" % g(n), ["%s mol" % g(n * 10), "%s mol" % g(mass * 18), "%s mol" % g(n / 2)], "摩尔"


def item_wave(rng):
    f = rng.choice([200, 400, 500, 850])
    lam = 340 / f
    en = ("A sound wave in air (speed 340 m/s) has frequency %d Hz. What is its wavelength?" % f,
          ["λ = v/f = 340/%d = %s m." % (f, g(lam))])
    zh = ("声音在空气中的传播速度为340米/秒，频率为%d赫兹的声波波长是多少？" % f,
          ["λ = v/f = 340/%d = %s 米。" % (f, g(lam))])
    return en, zh, "%s m" % g(lam), ["%s m" % g(lam * 10), "%s m" % g(f / 340, 4), "%s m" % g(340 * f)], "米"


def item_ph(rng):
    b = rng.choice([2, 3, 4, 5])
    en = ("What is the pH of a 1.0 × 10^-%d M HCl solution?" % b,
          ["[H+] = 10^-%d M, pH = −log10(10^-%d) = %d." % (b, b, b)])
    zh = ("浓度为1.0×10⁻%d摩尔/升的盐酸溶液的pH是多少？" % b,
          ["[H+] = 10^-%d, pH = −lg[H+] = %d。" % (b, b)])
    return en, zh, "%d" % b, ["%d" % (14 - b), "%d" % (-b), "%d" % (b + 1)], ""


ITEMS = [item_ke, item_current, item_interest, item_moles, item_wave, item_ph]


def make(rng, v, lang):
    en, zh, right, wrong, _u = rng.choice(ITEMS)(rng)
    wrong = [w for w in dict.fromkeys(wrong) if w != right][:3]
    opts = [right] + wrong
    rng.shuffle(opts)
    ci = opts.index(right)
    wi = rng.choice([i for i in range(len(opts)) if i != ci])
    stem, steps = en if lang == "en" else zh
    style = rng.randint(0, 2)
    if lang == "zh":
        q = stem + "\n" + "\n".join("%s．%s" % (LET[i], o) for i, o in enumerate(opts))
    elif style == 0:
        q = stem + " Answer Choices: " + " ".join("(%s) %s" % (LET[i], o) for i, o in enumerate(opts))
    else:
        q = stem + "\n" + "\n".join("%s. %s" % (LET[i], o) for i, o in enumerate(opts))
    ref = LET[ci]
    if lang == "en":
        restate = "We need to compute the value and match it to one of the %d options." % len(opts)
        opt_line = "Comparing with the choices: %s." % "; ".join("%s = %s" % (LET[i], o) for i, o in enumerate(opts))
    else:
        restate = "先计算出数值，再与%d个选项对照。" % len(opts)
        opt_line = "对照选项：%s。" % "；".join("%s为%s" % (LET[i], o) for i, o in enumerate(opts))
    steps = list(steps) + [opt_line]
    ds = "mmlu_like" if lang == "en" else "ceval_like"
    if v == "C_letter":
        ans, lab, trap = ("(%s)" % LET[ci]) if lang == "en" else ("选项%s" % LET[ci]), "Correct", "mc_letter"
    elif v == "C_value":
        ans, lab, trap = right, "Correct", "mc_value_instead_of_letter"
    elif v == "C_both":
        ans, lab, trap = "%s. %s" % (LET[ci], right), "Correct", "mc_letter_with_value"
    elif v == "I_letter":
        steps[-2] = steps[-2].rsplit("=", 1)[0] + "= " + opts[wi].split(" ")[0] + ("." if lang == "en" else "。")
        ans, lab, trap = LET[wi], "Incorrect", "mc_wrong_letter"
    elif v == "I_value":
        steps[-2] = steps[-2].rsplit("=", 1)[0] + "= " + opts[wi].split(" ")[0] + ("." if lang == "en" else "。")
        ans, lab, trap = opts[wi], "Incorrect", "mc_wrong_value_named"
    else:
        a, b = sorted([ci, wi])
        if lang == "en":
            steps.append("Both %s and %s seem defensible depending on interpretation." % (LET[a], LET[b]))
            ans = "%s or %s" % (LET[a], LET[b])
        else:
            steps.append("%s和%s似乎都说得通。" % (LET[a], LET[b]))
            ans = "%s或%s" % (LET[a], LET[b])
        lab, trap = "Incorrect", "mc_hedge_two_options"
    out = long_output(rng, lang, restate, steps, final_line(rng, ans, lang))
    return rec(ds, "alphabet_option", q, out, ref, lab, lang, trap)


VARIANTS = ["C_letter", "C_value", "C_both", "I_letter", "I_value", "I_hedge"]


def generate(rng, n_en=54, n_zh=14):
    out = [make(rng, v, "en") for v in cycle(rng, n_en, VARIANTS)]
    out += [make(rng, v, "zh") for v in cycle(rng, n_zh, VARIANTS)]
    return out
