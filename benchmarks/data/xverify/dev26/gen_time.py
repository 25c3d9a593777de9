"""Clock times, dates, weekdays and durations."""
import datetime as dt
from common import WEEK_EN, WEEK_ZH, MONTHS, ordsuf

NAMES = ["Mira", "Tobias", "Lena", "Kofi", "Anika", "Ravi", "Selma", "Owen"]
ZHN = ["小明", "李华", "王芳", "张伟", "陈静", "刘洋"]


def h12(h, m):
    ap = "a.m." if h < 12 else "p.m."
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, ap), ap


def zh_period(h):
    if h < 6:
        return "凌晨"
    if h < 12:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def clock(rng):
    sh = rng.randint(8, 14)
    sm = rng.choice([0, 10, 20, 30, 40, 50])
    dur = rng.choice([95, 125, 150, 175, 200, 245, 265, 310])
    tot = sh * 60 + sm + dur
    eh, em = divmod(tot, 60)
    if eh == 12 or eh == 0:
        eh += 1
        dur += 60
        tot += 60
    n = rng.choice(NAMES)
    s12, ap = h12(sh, sm)
    e12, eap = h12(eh, em)
    other = "a.m." if eap == "p.m." else "p.m."
    q = {"en": "%s boards a train at %s, and the journey takes %d minutes. At what time does %s arrive?" % (n, s12, dur, n),
         "zh": "%s在%s%d点%02d分出发，路上共用了%d分钟。%s几点到达？" % (rng.choice(ZHN), zh_period(sh), sh % 12 or 12, sm, dur, "请问")}
    steps = {"en": ["Convert the start to 24-hour time: %02d:%02d." % (sh, sm),
                    "%d minutes = %d h %d min." % (dur, dur // 60, dur % 60),
                    "Add: %02d:%02d + %d h %d min = %02d:%02d." % (sh, sm, dur // 60, dur % 60, eh, em)],
             "zh": ["出发时间用24小时制表示为%02d:%02d。" % (sh, sm),
                    "%d分钟 = %d小时%d分钟。" % (dur, dur // 60, dur % 60),
                    "相加得到%02d:%02d。" % (eh, em)]}
    part = "morning" if eh < 12 else ("afternoon" if eh < 18 else "evening")
    hh = eh % 12 or 12
    good_en = [e12, "%d:%02d in the %s" % (hh, em, part)]
    if eh >= 13:
        good_en.append("%02d:%02d" % (eh, em))
    if em == 15:
        good_en.append("quarter past %d in the %s" % (hh, part))
    if em == 30:
        good_en.append("half past %d %s" % (hh, eap))
    zp = zh_period(eh)
    good_zh = ["%s%d点%02d分" % (zp, hh, em)]
    if eh >= 13:
        good_zh += ["%02d:%02d" % (eh, em), "%d点%d分" % (eh, em) if em else "%d点整" % eh]
    if em == 15:
        good_zh.append("%s%d点一刻" % (zp, hh))
    if em == 30:
        good_zh.append("%s%d点半" % (zp, hh))
    wh, wm = divmod(tot - 60, 60)
    bad_en = [("%d:%02d %s" % (eh % 12, em, other), "am_pm_swapped"),
              (h12(wh, wm)[0], "one_hour_off"),
              (h12(*divmod(sh * 60 + sm + dur // 60 * 60 + (dur % 60) * 0 + 0, 60))[0] if dur % 60 else h12(wh, wm)[0], "dropped_minutes")]
    bad_zh = [("%s%d点%02d分" % ("上午" if eh >= 12 else "下午", eh % 12, em), "am_pm_swapped"),
              ("%s%d点%02d分" % (zh_period(wh), wh % 12 or 12, wm), "one_hour_off")]
    return dict(q=q, steps=steps, ref={"en": e12, "zh": good_zh[0]},
                good={"en": good_en, "zh": good_zh}, bad={"en": bad_en, "zh": bad_zh}, ds="gsm8k_like")


def date_fmt_en(d):
    return ["%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year), "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            d.isoformat(), "the %s of %s %d" % (ordsuf(d.day), MONTHS[d.month - 1], d.year),
            "%s, %s %d, %d" % (WEEK_EN[d.weekday()], MONTHS[d.month - 1], d.day, d.year)]


def date_fmt_zh(d):
    return ["%d年%d月%d日" % (d.year, d.month, d.day), d.isoformat(),
            "%d年%d月%d日（星期%s）" % (d.year, d.month, d.day, WEEK_ZH[d.weekday()]), "%d/%d/%d" % (d.year, d.month, d.day)]


def date_add(rng):
    d0 = dt.date(rng.randint(2021, 2027), rng.randint(1, 12), rng.randint(1, 28))
    n = rng.randint(20, 75)
    d1 = d0 + dt.timedelta(days=n)
    q = {"en": "A library book was borrowed on %s %d, %d and is due exactly %d days later. On what date is it due?"
               % (MONTHS[d0.month - 1], d0.day, d0.year, n),
         "zh": "一本书于%d年%d月%d日借出，借期为%d天（从借出日起算，到期日为借出日之后第%d天）。到期日是哪一天？"
               % (d0.year, d0.month, d0.day, n, n)}
    rest = (dt.date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1) - d0).days
    steps = {"en": ["Days remaining in %s after the %s: %d." % (MONTHS[d0.month - 1], ordsuf(d0.day), rest - 1),
                    "Continue counting month by month until %d days have been used.",
                    "Counting carefully, %d days after the start lands in %s." % (n, MONTHS[d1.month - 1])],
             "zh": ["%d月%d日之后本月还剩%d天。" % (d0.month, d0.day, rest - 1),
                    "按月份依次累加，直到累计%d天。" % n,
                    "仔细数下来，%d天后落在%d月。" % (n, d1.month)]}
    steps["en"][1] = steps["en"][1] % n
    dm, dp = d1 - dt.timedelta(days=1), d1 + dt.timedelta(days=1)
    bad_en = [(date_fmt_en(dm)[0], "day_before"), (date_fmt_en(dp)[1], "day_after")]
    if d1.day <= 12 and d1.day != d1.month:
        bad_en.append(("%d-%02d-%02d" % (d1.year, d1.day, d1.month), "month_day_swapped"))
    bad_zh = [(date_fmt_zh(dm)[0], "day_before"), (date_fmt_zh(dp)[0], "day_after")]
    return dict(q=q, steps=steps, ref={"en": date_fmt_en(d1)[0], "zh": date_fmt_zh(d1)[0]},
                good={"en": date_fmt_en(d1), "zh": date_fmt_zh(d1)}, bad={"en": bad_en, "zh": bad_zh}, ds="math_like")


def weekday(rng):
    d0 = dt.date(rng.randint(2022, 2028), rng.randint(1, 12), rng.randint(1, 28))
    n = rng.randint(40, 400)
    d1 = d0 + dt.timedelta(days=n)
    w0, w1 = d0.weekday(), d1.weekday()
    q = {"en": "%s %d, %d is a %s. What day of the week is it %d days later?" % (MONTHS[d0.month - 1], d0.day, d0.year, WEEK_EN[w0], n),
         "zh": "已知%d年%d月%d日是星期%s，那么%d天之后是星期几？" % (d0.year, d0.month, d0.day, WEEK_ZH[w0], n)}
    steps = {"en": ["Weekdays repeat every 7 days, so only %d mod 7 matters." % n,
                    "%d = 7 × %d + %d." % (n, n // 7, n % 7),
                    "Move %d day(s) forward from %s." % (n % 7, WEEK_EN[w0])],
             "zh": ["星期每7天循环一次，只需看%d除以7的余数。" % n,
                    "%d = 7 × %d + %d。" % (n, n // 7, n % 7),
                    "从星期%s往后数%d天。" % (WEEK_ZH[w0], n % 7)]}
    good = {"en": [WEEK_EN[w1], WEEK_EN[w1][:3] + ".", "It is a %s." % WEEK_EN[w1]],
            "zh": ["星期" + WEEK_ZH[w1], "周" + WEEK_ZH[w1], "礼拜" + ("天" if w1 == 6 else WEEK_ZH[w1])]}
    bad = {"en": [(WEEK_EN[(w1 + 1) % 7], "weekday_off_by_one"), (WEEK_EN[(w1 - 1) % 7], "weekday_off_by_one")],
           "zh": [("星期" + WEEK_ZH[(w1 + 1) % 7], "weekday_off_by_one"), ("周" + WEEK_ZH[(w1 - 1) % 7], "weekday_off_by_one")]}
    return dict(q=q, steps=steps, ref={"en": WEEK_EN[w1], "zh": "星期" + WEEK_ZH[w1]}, good=good, bad=bad, ds="math_like")


def duration(rng):
    h = rng.randint(1, 4)
    m = rng.choice([15, 30, 45, 20, 40, 12, 36, 48])
    v = rng.choice([v for v in (40, 50, 60, 80, 90, 100, 120) if v * m % 60 == 0])
    t = h + m / 60.0
    dist = v * t
    dist_s = ("%g" % dist)
    q = {"en": "A cyclist-support van travels %s km at a constant %d km/h. How long does the trip take?" % (dist_s, v),
         "zh": "一辆车以每小时%d千米的速度匀速行驶%s千米，需要多长时间？" % (v, dist_s)}
    steps = {"en": ["time = distance / speed = %s / %d = %s h." % (dist_s, v, "%g" % t),
                    "The fractional part %s h × 60 = %d minutes." % ("%g" % (m / 60.0), m)],
             "zh": ["时间 = 路程 ÷ 速度 = %s ÷ %d = %s小时。" % (dist_s, v, "%g" % t),
                    "小数部分%s小时 × 60 = %d分钟。" % ("%g" % (m / 60.0), m)]}
    good_en = ["%d h %d min" % (h, m), "%d hours and %d minutes" % (h, m), "%d minutes" % (h * 60 + m)]
    good_zh = ["%d小时%d分钟" % (h, m), "%d分钟" % (h * 60 + m)]
    if m in (15, 30, 45, 12, 36, 48):
        good_en.append("%g hours" % t)
        good_zh.append("%g小时" % t)
    if m == 30:
        good_zh.append("%s个半小时" % "零一两三四"[h])
    bad_en = [("%d.%d hours" % (h, m), "minutes_as_decimal_hours"), ("%d h %d min" % (h, round(m / 60.0 * 100)) if round(m / 60.0 * 100) != m and round(m / 60.0 * 100) < 60 else "%d h %d min" % (h + 1, m), "decimal_as_minutes_or_hour_off")]
    bad_zh = [("%d.%d小时" % (h, m), "minutes_as_decimal_hours"), ("%d小时%d分钟" % (h + 1, m), "hour_off")]
    return dict(q=q, steps=steps, ref={"en": "%d h %d min" % (h, m), "zh": "%d小时%d分钟" % (h, m)},
                good={"en": good_en, "zh": good_zh}, bad={"en": bad_en, "zh": bad_zh}, ds="gsm8k_like")


KINDS = [clock, date_add, weekday, duration]
