"""Entry point: python3 build.py -> dev26.jsonl (deterministic)."""
import json
import os
import random

import gen_misc
import gen_quant
import gen_time
from common import long_output

SEED = 2026_26
N_MATH, N_SHORT, N_MC = 212, 60, 32
ALL = gen_time.KINDS + gen_quant.KINDS + gen_misc.KINDS
SHORT = [gen_time.weekday, gen_time.date_add, gen_time.clock, gen_misc.ordinal, gen_misc.score,
         gen_misc.temp, gen_quant.ratio, gen_quant.rate, gen_quant.speed, gen_quant.pct_points]
PASSAGE_EN = ["The following item appeared in a town newsletter. ", "From a club's monthly report: ",
              "A short note posted on a community board reads: "]
PASSAGE_ZH = ["以下内容摘自社区简报：", "某俱乐部月报中写道：", "公告栏上的一则通知："]
LETTERS = "ABCD"


def pick_label(rng, spec, lang):
    bad = spec["bad"][lang]
    if bad and rng.random() < 0.45:
        form, trap = rng.choice(bad)
        return form, "Incorrect", trap
    i = rng.randrange(len(spec["good"][lang]))
    return spec["good"][lang][i], "Correct", "equivalent_form_%d" % i


def math_case(rng, kind, lang, short=False):
    spec = kind(rng)
    form, label, trap = pick_label(rng, spec, lang)
    q = spec["q"][lang]
    if short:
        q = rng.choice(PASSAGE_EN if lang == "en" else PASSAGE_ZH) + q + (
            " Answer briefly." if lang == "en" else "请简要作答。")
    out = long_output(rng, lang, spec["steps"][lang], form, spec["q"][lang])
    return dict(dataset="drop_like" if short else spec["ds"], key_answer_type="short_text" if short else "math",
                question=q, llm_output=out, correct_answer=spec["ref"][lang], label=label, lang=lang,
                trap="%s:%s" % (kind.__name__, trap))


def mc_case(rng, kind, lang):
    spec = kind(rng)
    ref = spec["ref"][lang]
    opts = []
    for f, _ in spec["bad"][lang]:
        if f != ref and f not in opts and f not in spec["good"][lang]:
            opts.append(f)
    tries = 0
    while len(opts) < 3 and tries < 20:
        tries += 1
        other = kind(rng)["ref"][lang]
        if other != ref and other not in opts:
            opts.append(other)
    opts = opts[:3] + [ref]
    rng.shuffle(opts)
    ci = opts.index(ref)
    if lang == "en":
        q = spec["q"][lang] + "\nAnswer Choices: " + " ".join("(%s) %s" % (LETTERS[i], o) for i, o in enumerate(opts))
    else:
        q = spec["q"][lang] + "\n" + "\n".join("%s．%s" % (LETTERS[i], o) for i, o in enumerate(opts))
    if rng.random() < 0.45:
        wi = rng.choice([i for i in range(4) if i != ci])
        style = rng.randrange(3)
        final = [LETTERS[wi], "%s. %s" % (LETTERS[wi], opts[wi]), opts[wi]][style]
        label, trap = "Incorrect", ["wrong_letter", "wrong_letter_with_value", "distractor_value"][style]
    else:
        style = rng.randrange(3)
        final = ["(%s)" % LETTERS[ci], "%s. %s" % (LETTERS[ci], ref), ref][style]
        label, trap = "Correct", ["letter", "letter_with_value", "option_value"][style]
    steps = spec["steps"][lang] + [("Compare the result with the options." if lang == "en" else "把结果与各选项对照。")]
    out = long_output(rng, lang, steps, final, q)
    return dict(dataset="mmlu_like" if lang == "en" else "ceval_like", key_answer_type="alphabet_option", question=q,
                llm_output=out, correct_answer=LETTERS[ci], label=label, lang=lang, trap="%s:%s" % (kind.__name__, trap))


def build():
    rng = random.Random(SEED)
    cases = []
    for i in range(N_MATH):
        cases.append(math_case(rng, ALL[i % len(ALL)], "zh" if i % 4 == 3 else "en"))
    for i in range(N_SHORT):
        cases.append(math_case(rng, SHORT[i % len(SHORT)], "zh" if i % 4 == 1 else "en", short=True))
    for i in range(N_MC):
        cases.append(mc_case(rng, ALL[rng.randrange(len(ALL))], "zh" if i % 4 == 2 else "en"))
    rng.shuffle(cases)
    lines = []
    for n, c in enumerate(cases, 1):
        rec = {"id": "d26-%04d" % n}
        rec.update(c)
        lines.append(json.dumps(rec, ensure_ascii=False))
    here = os.path.dirname(os.path.abspath(__file__))
    tmp = os.path.join(here, "dev26.jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(tmp, os.path.join(here, "dev26.jsonl"))
    return len(lines)


if __name__ == "__main__":
    print(build())
