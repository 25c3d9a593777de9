"""Turn a family instance into a rendering plan for one answer mode."""

MATH_MODES = [("correct", 20, "Correct"), ("equiv_form", 17, "Correct"), ("reject_then_correct", 13, "Correct"),
              ("consistent_slip", 12, "Incorrect"), ("near_miss", 10, "Incorrect"), ("abandoned_right_value", 10, "Incorrect"),
              ("two_candidates", 9, "Incorrect"), ("cut_off", 9, "Incorrect")]

CUT_EN = ["Now, substituting this back into the", "Next I need to combine these, which gives", "So the remaining step is to",
          "Let me now compute the final value: it is"]
CUT_ZH = ["接下来把它代入", "然后把这两部分合并，得到", "最后一步是计算", "所以最终的值是"]
GEN_CHECK = ("Check: each step above follows from the previous one.", "检验：以上每一步都由上一步得出。")


def pick(rng, table):
    tot = sum(w for _, w, _ in table)
    x = rng.random() * tot
    for name, w, lab in table:
        x -= w
        if x < 0:
            return name, lab
    return table[-1][0], table[-1][2]


def L(lang, pair):
    return pair[1] if lang == "zh" else pair[0]


def plan_for(rng, fam, mode, lang, final_ok=None, final_alt=None, wrong_pick=None, slip=None):
    """final_ok: correct final string; final_alt: equivalent form; wrong_pick: a wrong final;
    slip: (step, wrong final). Defaults come from the family."""
    zh = lang == "zh"
    ok = final_ok if final_ok is not None else fam["ans"]
    steps = list(fam["steps"])
    sl = slip if slip is not None else fam["slip"]
    w = wrong_pick if wrong_pick is not None else rng.choice(fam["wrong"])
    p = dict(steps=steps, pit=L(lang, fam["pit"]) if rng.random() < 0.6 else None)
    say = (lambda x: f"所以答案是 «{x}»。") if zh else (lambda x: f"So the answer is «{x}».")
    if mode in ("correct", "equiv_form", "reject_then_correct"):
        fin = ok if mode != "equiv_form" else (final_alt if final_alt is not None else rng.choice(fam["alt"]))
        p["final"] = fin
        p["think_end"] = say(fin)
        if rng.random() < 0.55:
            p["check"] = L(lang, fam["check"])
        if rng.random() < 0.4:
            p["recap"] = (f"综上所述，所求结果为 «{fin}»。" if zh else f"To recap in words: the required result is «{fin}».")
        if mode == "reject_then_correct":
            rej = (f"我先猜结果是 «{w}»，但代回去检验不成立，这个不对，重新算。" if zh else
                   f"My first attempt gave «{w}», but plugging it back in does not work, so that is wrong. Let me redo it carefully.")
            p["pre"] = [rej]
            p["pre_body"] = [(f"（初次尝试得到 «{w}»，检验不通过，舍去。）" if zh else f"(A first pass gave «{w}», which fails the check, so it is discarded.)")]
    elif mode == "consistent_slip":
        p["steps"] = steps[:-1] + [sl[0]]
        p["final"] = sl[1]
        p["think_end"] = say(sl[1])
        if rng.random() < 0.4:
            p["check"] = L(lang, GEN_CHECK)
    elif mode == "near_miss":
        p["steps"] = steps[:-1]
        p["final"] = w
        p["think_end"] = say(w)
        p["post_body"] = [("整理可得结果。" if zh else "Putting this together gives the result.")]
    elif mode == "abandoned_right_value":
        back = (f"等等，我再想想……刚才得到 «{ok}»，但我怀疑前面有一步错了。改一下，应该是 «{w}»。" if zh else
                f"Wait, let me reconsider. I got «{ok}», but I suspect an earlier step is off. Adjusting for that, it should be «{w}» instead.")
        p["post_think"] = [back]
        p["post_body"] = [back]
        p["final"] = w
        p["think_end"] = say(w)
    elif mode == "two_candidates":
        a, b = (ok, w) if rng.random() < 0.5 else (w, ok)
        p["final"] = (a, b)
        p["hedge"] = True
        p["think_end"] = (f"我在 «{a}» 和 «{b}» 之间拿不准。" if zh else f"I'm torn between «{a}» and «{b}».")
    elif mode == "cut_off":
        p["steps"] = steps[:max(1, len(steps) - 2)]
        p["cut"] = rng.choice(CUT_ZH if zh else CUT_EN)
        p["final"] = None
    return p
