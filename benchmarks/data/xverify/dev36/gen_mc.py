"""Multiple choice whose options are expressions, answered by letter or by expression."""
import gen_poly
import gen_geom
import gen_ineq
import gen_linalg
import gen_calc
import gen_func

POOL = (gen_poly.ITEMS + gen_geom.ITEMS + gen_ineq.ITEMS[:4] + gen_linalg.ITEMS + gen_calc.ITEMS[:3]
        + gen_func.ITEMS)
LET = "ABCD"


def make_mc(rng, lang, want_correct):
    """Return (question, final_answer_text, correct_letter, work, trap, cand, hedge)."""
    while True:
        it = rng.choice(POOL)(rng)
        opts = [it["ref"]] + [b for b, _ in it["bad"]]
        if len(set(opts)) == 4 and all(g not in opts for g, _ in it["good"]):
            break
    bad_opts = [b for b, _ in it["bad"]]
    order = [it["ref"]] + bad_opts
    rng.shuffle(order)
    ci = order.index(it["ref"])
    key = LET[ci]
    style = rng.choice(["inline", "lines"])
    qtext = it["q"][lang]
    if style == "inline":
        ch = " ".join(f"({LET[i]}) ${o}$" for i, o in enumerate(order))
        q = qtext + ("\n答案选项：" if lang == "zh" else "\nAnswer Choices: ") + ch
    else:
        sep = "．" if lang == "zh" else ". "
        q = qtext + "\n" + "\n".join(f"{LET[i]}{sep}${o}$" for i, o in enumerate(order))
    wrong_i = rng.choice([i for i in range(4) if i != ci])
    cand = hedge = None
    if want_correct:
        mode = rng.choice(["letter", "letter", "letter_expr", "equiv_expr", "letter_paren"])
        if mode == "letter":
            final, trap = key, "mc_letter"
        elif mode == "letter_paren":
            final, trap = f"({key})", "mc_letter_parenthesized"
        elif mode == "letter_expr":
            final, trap = f"{key}. {order[ci]}" if lang == "en" else f"{key}．{order[ci]}", "mc_letter_with_expression"
        else:
            final, trap = rng.choice(it["good"])[0], "mc_expression_equivalent_form"
        if rng.random() < 0.2:
            cand, trap = LET[wrong_i], "mc_self_corrected_letter"
    else:
        mode = rng.choice(["letter", "letter", "expr", "hedge"])
        if mode == "letter":
            final, trap = LET[wrong_i], "mc_wrong_letter"
        elif mode == "expr":
            final, trap = order[wrong_i], "mc_distractor_expression"
        else:
            final, hedge, trap = key, LET[wrong_i], "mc_hedge_two_letters"
            if rng.random() < 0.5:
                final, hedge = hedge, final
        if mode != "hedge" and rng.random() < 0.2:
            cand, trap = key, "mc_revised_away_from_correct"
    work = list(it["work"])
    z = lang == "zh"
    work.append(("Now compare with the options one by one.", "现在逐个对照选项。"))
    for i, o in enumerate(order):
        if i in (ci, wrong_i):
            work.append((f"Option {LET[i]} is ${o}$ - let me look at this one closely.",
                         f"选项 {LET[i]} 是 ${o}$，这个要仔细看。"))
    del z
    return q, final, key, work, trap, cand, hedge
