"""Free-response math cases."""
from fam_a import FAMILIES as FA
from fam_b import FAMILIES as FB
from fam_c import FAMILIES as FC
from modes import MATH_MODES, pick, plan_for
from styles import STYLES, render

FAMS = FA + FB + FC
EN_STYLES = [s for s in STYLES if "textbook" not in s]


def choose_style(rng, lang):
    if lang == "zh":
        return rng.choice(STYLES + ["textbook", "think_textbook"])
    return rng.choice(EN_STYLES)


def make_math(rng, i, lang):
    famf = FAMS[i % len(FAMS)]
    fam = famf(rng)
    mode, label = pick(rng, MATH_MODES)
    style = choose_style(rng, lang)
    q = fam["q_zh"] if lang == "zh" else fam["q_en"]
    plan = plan_for(rng, fam, mode, lang)
    out = render(rng, style, lang, {"q": q}, plan)
    return dict(dataset=fam["ds"], key_answer_type="math", question=q, llm_output=out,
                correct_answer=fam["ans"], label=label, lang=lang, trap=mode, family=famf.__name__, style=style)
