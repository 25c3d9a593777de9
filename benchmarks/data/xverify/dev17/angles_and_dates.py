"""dev17's angle and calendar families. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import datetime
import math
from common import cn_int, cn_dec, fw, fnum, frac_tex, terminating, en_words
from collections import namedtuple


ANG = [((1, 0), (1, 1), 45, "\\frac{\\pi}{4}", "π/4"), ((1, 0), (1, "\\sqrt{3}"), 60, "\\frac{\\pi}{3}", "π/3"),
       ((1, 2), (-2, 1), 90, "\\frac{\\pi}{2}", "π/2"), ((1, 0), (-1, "\\sqrt{3}"), 120, "\\frac{2\\pi}{3}", "2π/3"),
       ((1, 0), (-1, 1), 135, "\\frac{3\\pi}{4}", "3π/4"), ((1, 0), ("\\sqrt{3}", 1), 30, "\\frac{\\pi}{6}", "π/6"),
       ((2, 0), (-1, -1), 135, "\\frac{3\\pi}{4}", "3π/4"), ((0, 3), (1, "\\sqrt{3}"), 30, "\\frac{\\pi}{6}", "π/6")]


def angle(r, zh, ok):
    u, v, deg, rad, radu = r.choice(ANG)
    q = (f"已知向量 $\\vec a = ({u[0]}, {u[1]})$，$\\vec b = ({v[0]}, {v[1]})$，求 $\\vec a$ 与 $\\vec b$ 的夹角。" if zh else
         f"Find the angle between the vectors $\\mathbf u = ({u[0]}, {u[1]})$ and $\\mathbf v = ({v[0]}, {v[1]})$.")
    cosv = {30: "\\frac{\\sqrt3}{2}", 45: "\\frac{\\sqrt2}{2}", 60: "\\frac12", 90: "0", 120: "-\\frac12", 135: "-\\frac{\\sqrt2}{2}"}[deg]
    steps = [(f"由夹角公式 $\\cos\\theta = \\frac{{\\vec a\\cdot\\vec b}}{{|\\vec a||\\vec b|}}$。" if zh else
              "Use $\\cos\\theta = \\frac{\\mathbf u\\cdot\\mathbf v}{\\|\\mathbf u\\|\\|\\mathbf v\\|}$."),
             (f"计算数量积与模长后得到 $\\cos\\theta = {cosv}$。" if zh else f"Computing the dot product and the norms gives $\\cos\\theta = {cosv}$."),
             (f"因为 $\\theta\\in[0,\\pi]$，所以 $\\theta = {rad}$，即 {deg}°。" if zh else f"With $\\theta \\in [0, \\pi]$ this means $\\theta = {rad}$, i.e. ${deg}^\\circ$.")]
    verify = (f"验证：cos{deg}° 的值确实为 ${cosv}$。" if zh else f"Check: $\\cos {deg}^\\circ = {cosv}$ ✓.")
    forms = [rad, f"{deg}°", f"{deg}^\\circ", f"{deg} degrees", radu, f"{deg}度" if zh else f"{radu} rad"]
    ref = r.choice([rad, f"{deg}^\\circ", f"{deg}°"])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="degrees_vs_radians")
    bdeg = 180 - deg if deg != 90 else 45
    bad_rad = {30: "\\frac{5\\pi}{6}", 45: "\\frac{3\\pi}{4}", 60: "\\frac{2\\pi}{3}", 120: "\\frac{\\pi}{3}", 135: "\\frac{\\pi}{4}"}.get(deg, "\\frac{\\pi}{4}")
    st = steps[:2] + ([f"所以夹角为 {bdeg}°。"] if zh else [f"Taking the arccos, I get {bdeg}°."])
    if r.random() < 0.5:
        return dict(question=q, steps=st, verify=None, final=f"{bdeg}°", ref=ref, trap="supplementary_angle")
    return dict(question=q, steps=st, verify=None, final=bad_rad, ref=ref, trap="wrong_radian_value")


_Pos = namedtuple('_Pos', 'year month day')


def dates(r, zh, ok):
    y = r.choice([2021, 2022, 2023, 2025])
    d0 = datetime.date(y, r.randint(1, 9), r.randint(1, 28))
    n = r.choice([45, 60, 75, 90, 100, 120])
    d1 = d0 + datetime.timedelta(days=n)
    MON = "January February March April May June July August September October November December".split()
    if zh:
        q = f"{d0.year}年{d0.month}月{d0.day}日之后的第{n}天是哪一天？"
        steps = []
        cur = _Pos(d0.year, d0.month, d0.day)
        left = n
        import calendar
        while True:
            dim = calendar.monthrange(cur.year, cur.month)[1]
            rest = dim - cur.day
            if left <= rest:
                steps.append(f"在{cur.month}月内再数{left}天，到{cur.month}月{cur.day + left}日。")
                break
            steps.append((f"{cur.month}月有{dim}天，从{cur.month}月{cur.day}日到月底还有{rest}天，" if cur.day else f"{cur.month}月整月{dim}天全部数完，") + f"剩余{left - rest}天。")
            left -= rest
            cur = _Pos(*((cur.year, cur.month + 1) if cur.month < 12 else (cur.year + 1, 1)), 0)
        verify = f"用日期差复核：{d1.year}年{d1.month}月{d1.day}日减去{d0.month}月{d0.day}日正好{n}天。"
        forms = [f"{d1.year}年{d1.month}月{d1.day}日", d1.isoformat(), fw(f"{d1.year}") + "年" + fw(f"{d1.month}") + "月" + fw(f"{d1.day}") + "日"]
        if d1.year == d0.year:
            forms += [f"{cn_int(d1.month)}月{cn_int(d1.day)}日", f"{d1.month}月{d1.day}日"]
        ref = r.choice([f"{d1.year}年{d1.month}月{d1.day}日", d1.isoformat(), f"{MON[d1.month - 1]} {d1.day}, {d1.year}"])
    else:
        q = f"What is the date {n} days after {MON[d0.month - 1]} {d0.day}, {d0.year}?"
        import calendar
        steps = []
        cur, left = _Pos(d0.year, d0.month, d0.day), n
        while True:
            dim = calendar.monthrange(cur.year, cur.month)[1]
            rest = dim - cur.day
            if left <= rest:
                steps.append(f"- {left} more days inside {MON[cur.month - 1]} lands on {MON[cur.month - 1]} {cur.day + left}.")
                break
            steps.append((f"- {MON[cur.month - 1]} has {dim} days: {rest} days to the end of the month, {left - rest} left." if cur.day else f"- All {dim} days of {MON[cur.month - 1]} pass, {left - rest} left."))
            left -= rest
            cur = _Pos(*((cur.year, cur.month + 1) if cur.month < 12 else (cur.year + 1, 1)), 0)
        verify = f"Cross-check with day-of-year arithmetic: day {d0.timetuple().tm_yday} + {n} = day {d0.timetuple().tm_yday + n} of the year, which is {MON[d1.month - 1]} {d1.day}."
        forms = [f"{MON[d1.month - 1]} {d1.day}, {d1.year}", d1.isoformat(), f"{d1.day} {MON[d1.month - 1]} {d1.year}", f"{MON[d1.month - 1][:3]}. {d1.day}, {d1.year}"]
        ref = r.choice([f"{MON[d1.month - 1]} {d1.day}, {d1.year}", d1.isoformat()])
    if ok:
        return dict(question=q, steps=steps, verify=verify, final=r.choice(forms), ref=ref, trap="date_forms")
    d2 = d1 + datetime.timedelta(days=r.choice([-1, 1]))
    st = steps + ([f"起始日也算一天，所以结果要调整一天。"] if zh else ["- Counting the start day as day 1, shift by one."])
    fin = (f"{d2.year}年{d2.month}月{d2.day}日" if zh else f"{MON[d2.month - 1]} {d2.day}, {d2.year}")
    return dict(question=q, steps=st, verify=None, final=fin, ref=ref, trap="off_by_one_day")
