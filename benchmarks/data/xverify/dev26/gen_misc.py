"""Scientific notation, angles, temperatures, scores, coordinates, ordinals, counts."""
from fractions import Fraction
from common import trim, ORD

SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
ZHORD = "一二三四五六七八九十"


def sci(rng):
    while True:
        a = rng.randint(1100, 9900)
        b = rng.randint(11, 99)
        e = rng.randint(3, 8)
        v = a * b * 10 ** e
        m3 = float("%.2e" % v)
        s = "%.2e" % v
        mant, ex = s.split("e")
        ex = int(ex)
        m2 = "%.1e" % v
        if m2.split("e")[0] != mant[:3] and mant[-1] != "0":
            break
    q = {"en": "A factory produces %d parts per batch and runs %d × 10^%d batches. Give the total number of parts in scientific notation to 3 significant figures." % (a, b, e),
         "zh": "某工厂每批生产%d个零件，共生产%d × 10^%d批。用科学记数法表示零件总数（保留3位有效数字）。" % (a, b, e)}
    steps = {"en": ["%d × %d = %d." % (a, b, a * b), "Multiply by 10^%d and normalise the mantissa to between 1 and 10." % e,
                    "Round the mantissa to 3 significant figures."],
             "zh": ["%d × %d = %d。" % (a, b, a * b), "再乘以10^%d，把系数化到1到10之间。" % e, "系数保留3位有效数字。"]}
    good = [mant + " × 10^" + str(ex), mant + "e" + str(ex), mant + "×10" + str(ex).translate(SUP), mant + " x 10^" + str(ex)]
    bad = [(m2.split("e")[0] + " × 10^" + str(ex), "wrong_precision"), (mant + " × 10^" + str(ex - 1), "exponent_off"),
           (mant + " × 10^" + str(ex + 1), "exponent_off")]
    return dict(q={"en": q["en"], "zh": q["zh"]}, steps=steps, ref={"en": mant + " × 10^" + str(ex), "zh": mant + " × 10^" + str(ex)},
                good={"en": good, "zh": good}, bad={"en": bad, "zh": bad}, ds="math_like")


def angle(rng):
    while True:
        h, m = rng.randint(1, 11), rng.choice([10, 20, 25, 35, 40, 50, 55])
        a2 = abs(60 * h - 11 * m)  # twice the angle
        a2 = min(a2, 720 - a2)
        if a2 % 2 == 1 and a2 > 2:
            break
    deg = a2 / 2.0
    d, half = divmod(a2, 2)
    rad = Fraction(a2, 360)  # multiples of pi: deg/180
    q = {"en": "What is the smaller angle between the hour and minute hands of a clock at %d:%02d?" % (h, m),
         "zh": "时钟在%d点%02d分时，时针与分针所成的较小夹角是多少度？" % (h, m)}
    steps = {"en": ["Minute hand: %d × 6° = %d°." % (m, 6 * m), "Hour hand: %d × 30° + %d × 0.5° = %s°." % (h, m, trim(30 * h + 0.5 * m)),
                    "Take the absolute difference and, if it exceeds 180°, subtract it from 360°."],
             "zh": ["分针：%d × 6° = %d°。" % (m, 6 * m), "时针：%d × 30° + %d × 0.5° = %s°。" % (h, m, trim(30 * h + 0.5 * m)),
                    "取两者之差，若超过180°则用360°减去。"]}
    good = ["%s°" % trim(deg), "%d°30′" % d, "%d degrees 30 minutes" % d, "%dπ/%d rad" % (rad.numerator, rad.denominator) if rad.numerator != 1 else "π/%d rad" % rad.denominator]
    bad = [("%d.30°" % d, "minutes_as_decimal_degrees"), ("%s°" % trim(360 - deg), "reflex_angle"), ("%d°" % d, "dropped_half_degree")]
    gz = ["%s°" % trim(deg), "%d°30′" % d, "%s度" % trim(deg)]
    bz = [("%d.30°" % d, "minutes_as_decimal_degrees"), ("%s°" % trim(360 - deg), "reflex_angle")]
    return dict(q=q, steps=steps, ref={"en": "%s°" % trim(deg), "zh": "%s°" % trim(deg)}, good={"en": good, "zh": gz},
                bad={"en": bad, "zh": bz}, ds="math_like")


def temp(rng):
    c = rng.choice([-40, -10, 5, 15, 20, 25, 35, 40, 60, 85])
    f = c * 9 // 5 + 32
    q = {"en": "A recipe says to keep the dough at %d °C. What is this temperature in degrees Fahrenheit?" % c,
         "zh": "某实验要求温度保持在%d摄氏度。换算成华氏度是多少？" % c}
    steps = {"en": ["F = C × 9/5 + 32.", "%d × 9/5 = %d; %d + 32 = %d." % (c, c * 9 // 5, c * 9 // 5, f)],
             "zh": ["华氏度 = 摄氏度 × 9/5 + 32。", "%d × 9/5 = %d；%d + 32 = %d。" % (c, c * 9 // 5, c * 9 // 5, f)]}
    good = {"en": ["%d°F" % f, "%d degrees Fahrenheit" % f, "%d °F" % f], "zh": ["%d°F" % f, "%d华氏度" % f, "华氏%d度" % f]}
    wrong = (c - 32) * 5 // 9 if (c - 32) * 5 % 9 == 0 else f
    bad = {"en": [("%d°C" % f, "wrong_unit_right_number"), ("%d°F" % (c * 9 // 5), "forgot_offset")],
           "zh": [("%d摄氏度" % f, "wrong_unit_right_number"), ("%d°F" % (c * 9 // 5), "forgot_offset")]}
    if wrong != f:
        bad["en"].append(("%d°F" % wrong, "inverse_formula"))
    if c == -40:
        bad = {k: v[1:] for k, v in bad.items()}
    return dict(q=q, steps=steps, ref={"en": "%d°F" % f, "zh": "%d°F" % f}, good=good, bad=bad, ds="math_like")


def score(rng):
    while True:
        qa = [rng.randint(0, 2) for _ in range(3)]
        qb = [rng.randint(0, 1) for _ in range(3)]
        A, B = sum(qa), sum(qb)
        if A > B and A >= 2:
            break
    teams = rng.choice([("Rovers", "Falcons"), ("Harbor City", "Millbrook"), ("Lions", "Comets")])
    tz = rng.choice([("红队", "蓝队"), ("东城队", "西湖队")])
    q = {"en": "In a three-period hockey game, the %s scored %s goals by period and the %s scored %s. What was the final score (%s first)?"
               % (teams[0], ", ".join(map(str, qa)), teams[1], ", ".join(map(str, qb)), teams[0]),
         "zh": "一场冰球比赛分三节，%s各节进球数为%s，%s为%s。最终比分是多少（%s在前）？"
               % (tz[0], "、".join(map(str, qa)), tz[1], "、".join(map(str, qb)), tz[0])}
    steps = {"en": ["%s: %s = %d." % (teams[0], " + ".join(map(str, qa)), A), "%s: %s = %d." % (teams[1], " + ".join(map(str, qb)), B)],
             "zh": ["%s：%s = %d。" % (tz[0], " + ".join(map(str, qa)), A), "%s：%s = %d。" % (tz[1], " + ".join(map(str, qb)), B)]}
    good = {"en": ["%d-%d" % (A, B), "%d–%d" % (A, B), "the %s won %d to %d" % (teams[0], A, B)],
            "zh": ["%d比%d" % (A, B), "%d:%d" % (A, B), "%s以%d比%d获胜" % (tz[0], A, B)]}
    bad = {"en": [("%d-%d" % (A - 1, B), "miscounted_goal"), ("%d-%d" % (A, B + 1), "miscounted_goal"), ("%d-%d" % (B, A), "score_reversed")],
           "zh": [("%d比%d" % (A - 1, B), "miscounted_goal"), ("%d比%d" % (B, A), "score_reversed")]}
    bad = {k: [b for b in v if b[0] not in good[k]] for k, v in bad.items()}
    return dict(q=q, steps=steps, ref={"en": "%d-%d" % (A, B), "zh": "%d:%d" % (A, B)}, good=good, bad=bad, ds="drop_like")


def coord(rng):
    x1, y1, x2, y2 = [rng.randint(-9, 9) * 2 for _ in range(4)]
    mx, my = (x1 + x2) // 2, (y1 + y2) // 2
    if mx == my:
        my += 0
        x2 += 2
        mx = (x1 + x2) // 2
    q = {"en": "Find the midpoint of the segment joining A(%d, %d) and B(%d, %d)." % (x1, y1, x2, y2),
         "zh": "求连接点A(%d, %d)与B(%d, %d)的线段的中点坐标。" % (x1, y1, x2, y2)}
    steps = {"en": ["x = (%d + %d)/2 = %d." % (x1, x2, mx), "y = (%d + %d)/2 = %d." % (y1, y2, my)],
             "zh": ["x = (%d + %d)/2 = %d。" % (x1, x2, mx), "y = (%d + %d)/2 = %d。" % (y1, y2, my)]}
    good = ["(%d, %d)" % (mx, my), "(%d,%d)" % (mx, my), "x = %d, y = %d" % (mx, my)]
    bad = [("(%d, %d)" % (my, mx), "coordinates_swapped"), ("(%d, %d)" % (mx, -my), "sign_error")] if my else [("(%d, %d)" % (my, mx), "coordinates_swapped")]
    return dict(q=q, steps=steps, ref={"en": "(%d, %d)" % (mx, my), "zh": "(%d, %d)" % (mx, my)}, good={"en": good, "zh": good},
                bad={"en": bad, "zh": bad}, ds="math_like")


def ordinal(rng):
    n = rng.randint(6, 10)
    ahead = rng.randint(1, n - 3)
    pos = ahead + 1
    q = {"en": "In a race of %d runners, exactly %d runner(s) finished ahead of Nadia and there were no ties. In what place did Nadia finish?" % (n, ahead),
         "zh": "一场有%d名选手参加的赛跑中，恰好有%d名选手比小丽先到终点，没有并列。小丽获得第几名？" % (n, ahead)}
    steps = {"en": ["%d runners are ahead of her." % ahead, "Her position is one more than the number of runners ahead."],
             "zh": ["有%d人在她前面。" % ahead, "她的名次等于前面的人数加1。"]}
    sfx = {1: "st", 2: "nd", 3: "rd"}.get(pos, "th")
    good = {"en": [ORD[pos - 1], "%d%s place" % (pos, sfx), "%s place" % ORD[pos - 1].capitalize()],
            "zh": ["第%s名" % ZHORD[pos - 1], "第%d名" % pos]}
    bad = {"en": [(ORD[pos - 2], "off_by_one_position"), ("%d%s place" % (pos + 1, {1: "st", 2: "nd", 3: "rd"}.get(pos + 1, "th")), "off_by_one_position")],
           "zh": [("第%s名" % ZHORD[pos - 2], "off_by_one_position"), ("第%d名" % (pos + 1), "off_by_one_position")]}
    return dict(q=q, steps=steps, ref={"en": ORD[pos - 1], "zh": "第%s名" % ZHORD[pos - 1]}, good=good, bad=bad, ds="gsm8k_like")


def count(rng):
    per = rng.choice([6, 8, 12, 15, 24])
    boxes = rng.randint(3, 9)
    left = rng.randint(1, per - 1)
    tot = per * boxes + left
    q = {"en": "A grocer packs apples %d to a box. He fills %d boxes and has %d apples left over. How many apples did he have?" % (per, boxes, left),
         "zh": "水果店把苹果每%d个装一箱，装满了%d箱，还剩%d个。一共有多少个苹果？" % (per, boxes, left)}
    steps = {"en": ["%d × %d = %d apples in boxes." % (per, boxes, per * boxes), "Add the %d left over." % left],
             "zh": ["装箱的有%d × %d = %d个。" % (per, boxes, per * boxes), "再加上剩下的%d个。" % left]}
    good = {"en": ["%d apples" % tot, "%d" % tot], "zh": ["%d个" % tot, "%d个苹果" % tot]}
    bad = {"en": [("%d apples" % (per * boxes), "forgot_leftover"), ("%d boxes" % boxes, "neighbouring_quantity")],
           "zh": [("%d个" % (per * boxes), "forgot_leftover"), ("%d箱" % (boxes + 1), "neighbouring_quantity")]}
    return dict(q=q, steps=steps, ref={"en": "%d" % tot, "zh": "%d" % tot}, good=good, bad=bad, ds="gsm8k_like")


KINDS = [sci, angle, temp, score, coord, ordinal, count]
