"""Chinese numeric problems: 焦耳, 米/秒, 元, 百分之, 摩尔."""
from common import g, fixed, long_output, final_line, boxed_ref, rec, cycle

CN_DIGIT = "零一二三四五六七八九"


def cn_int(n):
    """Chinese reading of 1..99."""
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN_DIGIT[t]) + "十" if t else ""
    return s + (CN_DIGIT[u] if u else "") if n else "零"


def _out(rng, restate, steps, ans):
    return long_output(rng, "zh", restate, steps, final_line(rng, ans, "zh"))


def ke_zh(rng, v):
    m, s = rng.choice([20, 40, 50, 80]), rng.choice([10, 15, 20, 30])
    ke = 0.5 * m * s * s
    q = "质量为%d千克的小车以%d米/秒的速度行驶，它的动能是多少焦耳？" % (m, s)
    restate = "动能公式 E = ½mv²，m = %d千克，v = %d米/秒。" % (m, s)
    steps = ["v² = %d。" % (s * s), "E = 0.5 × %d × %d = %s 焦耳。" % (m, s * s, g(ke))]
    ref = "%s焦耳" % g(ke)
    if rng.random() < 0.4:
        ref = boxed_ref(["E = ½mv² = 0.5×%d×%d² = %s J。" % (m, s, g(ke))], "%s\\ \\text{J}" % g(ke), "zh")
    if v == "C":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s千焦" % g(ke / 1000)), ref,
                   "Correct", "zh", "zh_unit_prefix_equal")
    return rec("math_like", "math", q, _out(rng, restate, [
        "E = m v² = %d × %d = %s 焦耳。" % (m, s * s, g(2 * ke))], "%s焦耳" % g(2 * ke)), ref,
        "Incorrect", "zh", "missing_factor_half")


def speed_zh(rng, v):
    kmh = rng.choice([36, 54, 72, 90, 108])
    ms = kmh / 3.6
    q = "一辆汽车的速度是%d千米/时，合多少米/秒？" % kmh
    restate = "1千米/时 = 1000米/3600秒 = 1/3.6 米/秒。"
    steps = ["%d ÷ 3.6 = %s 米/秒。" % (kmh, g(ms))]
    ref = "%s米/秒" % g(ms)
    if v == "C":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s m/s" % g(ms)), ref,
                   "Correct", "zh", "zh_unit_symbol_equal")
    steps = ["%d × 3.6 = %s 米/秒。" % (kmh, g(kmh * 3.6))]
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s米/秒" % g(kmh * 3.6)), ref,
               "Incorrect", "zh", "inverse_conversion")


def interest_zh(rng, v):
    p, r, n = rng.choice([10000, 20000, 5000]), rng.choice([3, 4, 5]), rng.choice([2, 3])
    a = p * (1 + r / 100) ** n
    q = "小王把%d元存入银行，年利率%d%%，按年复利计算，%d年后本息和是多少元？（精确到分）" % (p, r, n)
    restate = "复利公式 A = P(1 + r)^n，P = %d，r = %s，n = %d。" % (p, g(r / 100), n)
    steps = ["(1 + %s)^%d = %s。" % (g(r / 100), n, g((1 + r / 100) ** n, 8)),
             "A = %d × %s = %s 元。" % (p, g((1 + r / 100) ** n, 8), fixed(a, 2))]
    ref = "%s元" % fixed(a, 2)
    if v == "C":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "¥%s" % fixed(a, 2)), ref,
                   "Correct", "zh", "zh_currency_symbol")
    steps.append("其中利息为 %s − %d = %s 元。" % (fixed(a, 2), p, fixed(a - p, 2)))
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "%s元" % fixed(a - p, 2)), ref,
               "Incorrect", "zh", "interest_instead_of_balance")


def pct_zh(rng, v):
    old, pct = rng.choice([200, 400, 500, 800]), rng.choice([12, 15, 20, 25, 35, 40])
    new = old * (1 + pct / 100)
    q = "某商品价格从%d元涨到%s元，涨幅是百分之几？" % (old, g(new))
    restate = "涨幅 = (新价 − 原价) ÷ 原价。"
    steps = ["%s − %d = %s 元。" % (g(new), old, g(new - old)), "%s ÷ %d = %s。" % (g(new - old), old, g(pct / 100))]
    ref = "%d%%" % pct
    if v == "C":
        return rec("gsm8k_like", "math", q, _out(rng, restate, steps, "百分之" + cn_int(pct)), ref,
                   "Correct", "zh", "zh_percent_words")
    return rec("gsm8k_like", "math", q, _out(rng, restate, steps[:1], "%s元" % g(new - old)), ref,
               "Incorrect", "zh", "absolute_instead_of_relative")


def mol_zh(rng, v):
    n = rng.choice([0.25, 0.5, 1.5, 2.5, 0.2])
    mass = n * 44
    q = "%s克二氧化碳（摩尔质量44克/摩尔）的物质的量是多少摩尔？" % g(mass)
    restate = "n = m/M，m = %s克，M = 44克/摩尔。" % g(mass)
    steps = ["n = %s ÷ 44 = %s 摩尔。" % (g(mass), g(n))]
    ref = "%s mol" % g(n)
    if v == "C":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s摩尔" % g(n)), ref,
                   "Correct", "zh", "zh_unit_word_equal")
    steps.append("换算一下，得 %s 摩尔。" % g(n * 1000))
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s摩尔" % g(n * 1000)), ref,
               "Incorrect", "zh", "power_of_ten_off")


def current_zh(rng, v):
    r, i_ma = rng.choice([100, 200, 500]), rng.choice([20, 30, 40, 60])
    volt = r * i_ma / 1000
    q = "%s伏的电压加在%d欧的电阻两端，通过电阻的电流是多少安？" % (g(volt), r)
    restate = "欧姆定律 I = U/R。"
    steps = ["I = %s ÷ %d = %s 安。" % (g(volt), r, g(i_ma / 1000))]
    ref = "%s A" % g(i_ma / 1000)
    if v == "C":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%d毫安" % i_ma), ref,
                   "Correct", "zh", "zh_unit_prefix_equal")
    return rec("math_like", "math", q, _out(rng, restate, steps, "%d安" % i_ma), ref,
               "Incorrect", "zh", "wrong_unit_right_digits")


TEMPLATES = [ke_zh, speed_zh, interest_zh, pct_zh, mol_zh, current_zh]


def generate(rng, per=6):
    out = []
    for fn in TEMPLATES:
        for v in cycle(rng, per, ["C", "I"]):
            out.append(fn(rng, v))
    return out
