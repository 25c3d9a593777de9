"""Multiple-choice and short-answer cases built on the same problems (English)."""
from common import compose_en
from gen_math import minutes, binom_count, log_solve, arctan_angle
from gen_math2 import percent_change, ratio, repeating, sci_notation
from gen_math3 import complex_roots, domain_words, special_system

MC_SOURCES = [minutes, binom_count, log_solve, arctan_angle, percent_change, ratio, repeating, sci_notation,
              complex_roots, domain_words]
LETTERS = "ABCD"


def mc_problem(rng, fam):
    p = fam(rng)
    # option text for the correct choice: a form different from most answer phrasings when possible
    correct_txt = p["right"][0][1] if rng.random() < 0.5 else p["right"][-1][1]
    wrong_txts = []
    for _, w in p["wrong"]:
        if w not in wrong_txts and w != correct_txt:
            wrong_txts.append(w)
    while len(wrong_txts) < 3:
        wrong_txts.append("none of the other values")
    opts = [correct_txt] + wrong_txts[:3]
    rng.shuffle(opts)
    ci = opts.index(correct_txt)
    style = rng.choice(["inline", "lines"])
    if style == "inline":
        qtxt = p["q"] + " Answer Choices: " + " ".join("(%s) %s" % (LETTERS[i], o) for i, o in enumerate(opts))
    else:
        qtxt = p["q"] + "\n" + "\n".join("%s. %s" % (LETTERS[i], o) for i, o in enumerate(opts))
    L = LETTERS[ci]
    fin = p["right"][0][0]
    right = [(fin, "(%s)" % L), (fin, "option %s, namely %s" % (L, correct_txt)),
             (fin, "%s — that matches choice %s" % (correct_txt, L))]
    wrong = []
    for i, o in enumerate(opts):
        if i == ci:
            continue
        wstep = next((s for s, w in p["wrong"] if w == o), "Comparing against the choices, the closest is %s." % LETTERS[i])
        wrong.append((wstep, "(%s)" % LETTERS[i]))
    return dict(gist=p["gist"] + " Several answer choices are listed.", q=qtxt, ref=L, steps=p["steps"],
                right=right, wrong=wrong, check=p.get("check", ""))


def short_roots(rng):
    p = complex_roots(rng)
    q = p["q"].replace("Find all roots of", "Without listing them, describe the nature of the roots of")
    fin = "Since the discriminant is negative, there are no real roots."
    right = [(fin, "two non-real complex conjugate roots"), (fin, "a pair of complex conjugates, with no real roots"),
             (fin, "two complex (imaginary) roots that are conjugates of each other")]
    wrong = [("Since the discriminant is positive, two real roots.", "two distinct real roots"),
             ("The discriminant is zero.", "one repeated real root")]
    return dict(gist="Classify the roots of a quadratic.", q=q, ref=rng.choice(["two complex conjugate roots", "complex conjugate pair"]),
                steps=p["steps"][:2], right=right, wrong=wrong, check="")


def short_system(rng):
    for _ in range(50):
        p = special_system(rng)
        if p["ref"].lower().startswith("no") or p["ref"] == "\\varnothing":
            break
    q = p["q"].replace("Solve the system:", "Classify the system (consistent or inconsistent):")
    fin = p["right"][0][0]
    right = [(fin, "inconsistent"), (fin, "it is inconsistent (the two lines are parallel and never meet)"),
             (fin, "the system has no solution, so it is inconsistent")]
    wrong = [("Subtracting gives 0 = 0.", "consistent (dependent)"), ("The lines meet once.", "consistent")]
    return dict(gist="Classify a linear system.", q=q, ref="inconsistent", steps=p["steps"], right=right,
                wrong=wrong, check="")


def build_mc(rng, n_mc, n_short, modes_mc, modes_short):
    out = []
    for i in range(n_mc):
        fam = MC_SOURCES[i % len(MC_SOURCES)]
        p = mc_problem(rng, fam)
        text, tag = compose_en(rng, p, modes_mc[i])
        out.append(("mmlu_like", "alphabet_option", p, text, "mc_" + fam.__name__ + ":" + tag, modes_mc[i]))
    for i in range(n_short):
        fam = [short_roots, short_system][i % 2]
        p = fam(rng)
        text, tag = compose_en(rng, p, modes_short[i])
        out.append(("math_like", "short_text", p, text, fam.__name__ + ":" + tag, modes_short[i]))
    return out
