"""Multi-part questions answered with markdown tables / lists."""
import random

NAMES = ["a garden", "a classroom floor", "a parking lot", "a poster", "a swimming pool cover"]


def rect_case(rng, lang, mode):
    L, W = rng.randint(6, 30), rng.randint(3, 20)
    while L == W:
        W += 1
    L, W = max(L, W), min(L, W)
    P, A = 2 * (L + W), L * W
    thing = rng.choice(NAMES)
    if lang == "en":
        q = f"{thing.capitalize()} is a rectangle {L} m long and {W} m wide. (a) What is its perimeter? (b) What is its area?"
        ref = f"(a) {P} m; (b) {A} m^2" if rng.random() < 0.5 else f"Perimeter = 2({L}+{W}) = {P} m, area = {L}×{W} = {A} m²."
        work = (f"Perimeter uses all four sides: $2(L + W) = 2({L} + {W}) = {P}$ metres.\n\n"
                f"Area is length times width: ${L} \\times {W} = {A}$ square metres.\n\n")
    else:
        q = f"一块长方形{['菜地', '操场', '地板'][L % 3]}长{L}米，宽{W}米。(1) 周长是多少？(2) 面积是多少？"
        ref = f"(1) {P}米；(2) {A}平方米"
        work = f"周长 $= 2 \\times ({L} + {W}) = {P}$ 米。\n\n面积 $= {L} \\times {W} = {A}$ 平方米。\n\n"
    pa, aa = P, A
    trap = "table_multi_part"
    label = "Correct"
    if mode == "swap":
        pa, aa = A, P
        trap, label = "table_parts_swapped", "Incorrect"
        work = work if lang == "zh" else (f"Perimeter: {L} × {W} = {A}.\n\nArea: 2({L} + {W}) = {P}.\n\n")
        if lang == "zh":
            work = f"周长：{L} × {W} = {A}。\n\n面积：2 × ({L} + {W}) = {P}。\n\n"
    elif mode == "one_wrong":
        pa = L + W
        trap, label = "table_one_part_wrong", "Incorrect"
        work = (f"Perimeter: {L} + {W} = {L + W} m.\n\nArea: {L} × {W} = {A} m².\n\n" if lang == "en" else f"周长：{L} + {W} = {L + W} 米。\n\n面积：{L} × {W} = {A} 平方米。\n\n")
    if lang == "en":
        fmt = rng.choice(["table", "list", "bold"])
        if fmt == "table":
            tail = f"| Part | Quantity | Value |\n|---|---|---|\n| (a) | Perimeter | {pa} m |\n| (b) | Area | {aa} m² |"
        elif fmt == "list":
            tail = f"**Answers**\n- (a) perimeter: **{pa} m**\n- (b) area: **{aa} m²**"
        else:
            tail = f"Final answers: (a) $\\boxed{{{pa}\\text{{ m}}}}$, (b) $\\boxed{{{aa}\\text{{ m}}^2}}$"
        intro = rng.choice(["Two quantities are requested, so I'll compute each and summarize them at the end.\n\n",
                            f"Let L = {L} and W = {W}.\n\n", "Let's handle the two parts separately.\n\n"])
    else:
        tail = f"| 小题 | 答案 |\n|---|---|\n| (1) 周长 | {pa} 米 |\n| (2) 面积 | {aa} 平方米 |"
        intro = "分两问来做。\n\n"
    out = intro + work + tail
    if lang == "en":
        out = (f"First, the units: both sides are in metres, so the perimeter comes out in m and the area in m². "
               f"For a {L} by {W} rectangle the opposite sides are equal, so walking around it covers {L} + {W} + {L} + {W}. "
               f"For the area I can picture {W} rows of {L} unit squares.\n\n") + out
    if mode == "ok" and lang == "en":
        out += f"\n\nQuick check: a {L}×{W} rectangle — doubling the semi-perimeter {L + W} gives {P}, and the area is bigger than the perimeter only when the sides are large enough ({A} vs {P} here)."
    return {"dataset": "gsm8k_like", "key_answer_type": "math", "question": q, "llm_output": out, "correct_answer": ref,
            "label": label, "trap": trap, "lang": lang}


def speed_case(rng, lang, mode):
    d1, t1 = rng.choice([120, 150, 180, 210]), rng.choice([2, 3])
    d2, t2 = rng.choice([60, 90, 100]), rng.choice([1, 2])
    while d1 * t2 == d2 * t1:
        d2 += 10
    tot_d, tot_t = d1 + d2, t1 + t2
    avg = tot_d / tot_t
    avg_s = ("%g" % avg) if avg == int(avg) else ("%.1f" % avg if round(avg, 1) == avg else f"{tot_d}/{tot_t}")
    s1 = "%g" % (d1 / t1)
    q = (f"A train travels {d1} km in {t1} hours, then {d2} km in {t2} hours. (a) What is the total distance? (b) What is the average speed for the whole trip in km/h?"
         if lang == "en" else f"一列火车{t1}小时行驶{d1}千米，接着{t2}小时行驶{d2}千米。(1) 总路程是多少千米？(2) 全程平均速度是多少千米/时？")
    ref = f"(a) {tot_d} km (b) {avg_s} km/h" if lang == "en" else f"(1) {tot_d}千米 (2) {avg_s}千米/时"
    av, label, trap = avg_s, "Correct", "list_multi_part"
    if mode == "one_wrong":
        av = "%g" % ((d1 / t1 + d2 / t2) / 2)
        if av == avg_s:
            av = "%g" % (avg + 10)
        label, trap = "Incorrect", "averaged_speeds_part_b_wrong"
    if mode == "swap":
        label, trap = "Incorrect", "part_b_gives_first_leg_speed"
        av = s1 if s1 != avg_s else "%g" % (avg + 5)
    if lang == "en":
        body = (f"Total distance = {d1} + {d2} = {tot_d} km. Total time = {t1} + {t2} = {tot_t} h.\n\n"
                + (f"Average speed = total distance / total time = {tot_d}/{tot_t} = {avg_s} km/h.\n\n" if mode == "ok" else
                   (f"Average speed: speeds were {s1} and {'%g' % (d2 / t2)}, average them → {av} km/h.\n\n" if mode == "one_wrong" else f"The train's speed on the first stretch is {d1}/{t1} = {s1} km/h.\n\n"))
                + f"1. (a) **{tot_d} km**\n2. (b) **{av} km/h**")
        body = (f"Two legs: {d1} km in {t1} h and {d2} km in {t2} h. Part (a) is just addition; part (b) needs care, "
                f"because \"average speed for the whole trip\" means total distance over total time.\n\n") + body
        if mode == "ok":
            body += f"\n\nNote the average is not the mean of the two leg speeds ({s1} and {'%g' % (d2 / t2)}) because the legs take different times."
    else:
        body = (f"总路程 {d1} + {d2} = {tot_d} 千米，总时间 {tot_t} 小时。\n\n"
                + (f"平均速度 = {tot_d} ÷ {tot_t} = {avg_s} 千米/时。\n\n" if mode == "ok" else (f"两段速度取平均得 {av} 千米/时。\n\n" if mode == "one_wrong" else f"第一段速度 {s1} 千米/时。\n\n"))
                + f"答：(1) {tot_d} 千米；(2) {av} 千米/时。")
    return {"dataset": "gsm8k_like", "key_answer_type": "math", "question": q, "llm_output": body, "correct_answer": ref,
            "label": label, "trap": trap, "lang": lang}
