"""Build dev52.jsonl deterministically (SEED 5252)."""
import json, os, random
from common import compose, CORRECT_MODES, WRONG_MODES, TRAP
import gen_math, gen_math_zh, gen_mc, gen_short

SEED = 5252
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)
cases, seen = [], set()


def add(dataset, kat, q, ref, lang, ok, a_ok, bad, a_bad, alt, tag, unit=""):
    if q in seen or str(a_ok) == str(a_bad):
        return False
    seen.add(q)
    good = rng.random() < 0.5
    mode = rng.choice(CORRECT_MODES if good else WRONG_MODES)
    out = compose(rng, lang, q, ok, a_ok, bad, a_bad, mode, unit=unit, alt=alt)
    cases.append(dict(dataset=dataset, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref,
                      label="Correct" if good else "Incorrect", lang=lang, trap="%s/%s" % (tag, TRAP[mode])))
    return True


def math_cases(n_en, n_zh):
    for fams, n, lang in ((gen_math.FAMILIES, n_en, "en"), (gen_math_zh.FAMILIES, n_zh, "zh")):
        got, i = 0, 0
        while got < n:
            f = fams[i % len(fams)]; i += 1
            d = f(rng)
            if d is None:
                continue
            ds = "gsm8k_like" if f.__name__ in ("money", "clock", "pct", "speed", "shop") else (
                "aime_like" if f.__name__ in ("divisors", "prob") else ("gaokao_like" if lang == "zh" else "math_like"))
            got += add(ds, "math", d["q"], d["ref"], lang, d["ok"], d["a_ok"], d["bad"], d["a_bad"], d.get("alt"), d["tag"])


def mc_cases(n_en, n_zh):
    for n, lang in ((n_en, "en"), (n_zh, "zh")):
        for i in range(n):
            q, ref, ok, a_ok, bad, a_bad, tag = gen_mc.mc_item(rng, lang, i, None)
            if i >= len(gen_mc.MC_EN if lang == "en" else gen_mc.MC_ZH):
                q = ("(Retake %d) " % i if lang == "en" else "（第%d题）" % i) + q
            add("mmlu_like" if lang == "en" else "ceval_like", "alphabet_option", q, ref, lang, ok, a_ok, bad, a_bad, None, tag)


REASON = {"en": "The key fact in the text points to '%s'.", "zh": "文本中的关键信息指向“%s”。"}


def cls_cases(n_en, n_zh):
    for n, lang in ((n_en, "en"), (n_zh, "zh")):
        got, i = 0, 0
        while got < n:
            k = i % 5; i += 1
            if k == 0 or (lang == "zh" and k in (3, 4)):
                q, lab, others, tag = gen_mc.nli(rng, lang); ds = "cmnli_like" if lang == "zh" else "mnli_like"
            elif k == 1:
                if i // 5 >= (4 if lang == "zh" else 6):
                    continue
                q, lab, others, tag = gen_mc.sentiment(rng, lang, i // 5); ds = "sentiment_like"
            elif k == 2:
                q, lab, others, tag = gen_mc.truefalse(rng, lang); ds = "truefalse_like"
            elif k == 3:
                q, lab, others, tag = gen_mc.yesno(rng, lang); ds = "boolq_like"
            else:
                if i // 5 >= 4:
                    continue
                q, lab, others, tag = gen_mc.topic(rng, lang, i // 5); ds = "topic_like"
            wrong = rng.choice(others)
            en = lang == "en"
            ok = [("Reading the input carefully." if en else "仔细阅读输入。"), REASON[lang] % lab,
                  ("Nothing in it supports '%s'." if en else "没有内容支持“%s”。") % wrong]
            bad = [("At first glance it reads as '%s'." if en else "乍一看像是“%s”。") % wrong,
                   ("I'll go with that reading." if en else "我就按这个理解。")]
            form = rng.choice(["plain", "label", "cap"])
            disp = {"plain": lab, "label": ("Label: %s" if en else "标签：%s") % lab, "cap": lab.capitalize()}[form]
            wdisp = {"plain": wrong, "label": ("Label: %s" if en else "标签：%s") % wrong, "cap": wrong.capitalize()}[form]
            got += add(ds, "categorical_label", q, lab, lang, ok, disp, bad, wdisp, None, tag + "_" + form)


def short_cases(n_en, n_zh):
    for n, lang in ((n_en, "en"), (n_zh, "zh")):
        bank = gen_short.FACTS_EN if lang == "en" else gen_short.FACTS_ZH
        got, i = 0, 0
        while got < n:
            en = lang == "en"
            if i < len(bank):
                q, ref, wrong, alt = bank[i]; i += 1
                ok = [("I recall this directly: it's %s." if en else "我记得答案是%s。") % alt]
                bad = [("I believe it's %s." if en else "我觉得是%s。") % wrong]
                got += add("simpleqa_like" if en else "zh_simpleqa_like", "short_text", q, ref, lang, ok, alt, bad, wrong, ref, "fact_alias")
                continue
            i += 1
            q, val, wv, unit = gen_short.drop(rng, lang)
            if val <= 0 or val == wv:
                continue
            if en and val <= 12 and rng.random() < .5:
                a_ok, a_bad, tag = gen_short.WORDS[val], (gen_short.WORDS[wv] if 0 <= wv <= 12 else str(wv)), "number_as_word"
            else:
                a_ok, a_bad, tag = "%d %s" % (val, unit), "%d %s" % (wv, unit), "number_with_unit_ref_bare"
            ok = [("Reading the passage, the relevant numbers give %d." if en else "根据文段中的数字，算得 %d。") % val]
            bad = [("Reading the passage, the relevant numbers give %d." if en else "根据文段中的数字，算得 %d。") % wv]
            got += add("drop_like", "short_text", q, str(val), lang, ok, a_ok, bad, a_bad, None, tag)


math_cases(148, 42)
mc_cases(34, 9)
cls_cases(36, 10)
short_cases(38, 12)
rng.shuffle(cases)
tmp = os.path.join(HERE, "dev52.jsonl.tmp")
with open(tmp, "w", encoding="utf-8") as fh:
    for k, c in enumerate(cases, 1):
        rec = {"id": "d52-%04d" % k}
        rec.update(c)
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
os.replace(tmp, os.path.join(HERE, "dev52.jsonl"))
print(len(cases))
