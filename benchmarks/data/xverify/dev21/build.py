"""Build dev21.jsonl.  Usage: python3 build.py  (deterministic, seed fixed)."""
import json
import os
import random
import statistics
from collections import Counter

import casekit
import math_gsm
import math_comp
import math_comp2
import math_multi
import gen_facts
import gen_choice
from mathwrap import dress

SEED = 2121
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev21.jsonl")


def math_cases(rng, n):
    fams = [(f, 0.16) for f in math_gsm.FAMILIES] + [(f, 0.08) for f in math_comp.FAMILIES + math_comp2.FAMILIES]
    out = []
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        fam, pzh = rng.choice(fams)
        lang = "zh" if rng.random() < pzh else "en"
        p = fam(rng)
        if lang == "zh":
            p = dict(p)
            p["ans"] = p.get("ans_zh", p["ans"])
            if "zh_ref" in p:
                p["ref"] = p["zh_ref"]
        good = rng.random() < 0.55
        if good:
            mode = rng.choice(casekit.CORRECT_MODES)
            if mode == "broken_latex" and lang == "zh":
                mode = "plain"
        else:
            mode = rng.choice(casekit.WRONG_MODES)
        # sanity: every wrong value / other part must differ from every correct form
        norm = lambda x: str(x).replace(" ", "").replace("$", "").lower()
        okforms = {norm(a) for a in p["ans"]} | {norm(p["ref"])}
        if any(norm(w["val"]) in okforms for w in p["wrong"]) or (p.get("other_part") and norm(p["other_part"]) in okforms):
            continue
        txt, trap = casekit.build(p, mode, lang, rng)
        if txt is None:
            continue
        txt = dress(txt, p, lang, rng, mode)
        ref = p["ref"]
        if rng.random() < 0.12 and lang == "en":
            ref = " ".join(s for s in p["steps"]["en"]) + f" The answer is {p['ref']}."
        out.append({"dataset": p["dataset"], "key_answer_type": "math", "question": p["q"][lang], "llm_output": txt,
                    "correct_answer": ref, "label": "Correct" if good else "Incorrect", "trap": trap, "lang": lang})
    return out


def multi_cases(rng):
    out = []
    for i in range(16):
        lang = "zh" if i % 4 == 0 else "en"
        mode = ["ok", "ok", "swap", "one_wrong"][i % 4] if i % 3 else "ok"
        fn = math_multi.rect_case if i % 2 == 0 else math_multi.speed_case
        c = fn(rng, lang, mode)
        body = c["llm_output"]
        work = "\n\n".join(x for x in body.split("\n\n") if "|" not in x and "**" not in x and "boxed" not in x)
        if lang == "en":
            th = (f"<think>\nTwo parts here. Re-reading: {c['question']}\n\n{work}\n\nLet me double-check each number before I put them in the summary. "
                  "Part (a) first, then part (b); I should keep them in the right order in the final table so nobody mixes them up. "
                  "Redoing the arithmetic quickly: " + work.replace("\n\n", " ") + "\n</think>\n\n")
        else:
            th = f"<think>\n两问。题目：{c['question']}\n\n{work}\n\n再核对一下两个数，别把顺序弄反。\n</think>\n\n"
        c["llm_output"] = th + body
        out.append(c)
    return out


def main():
    rng = random.Random(SEED)
    cases = math_cases(rng, 250) + multi_cases(rng)
    facts = gen_facts.fact_cases(rng)
    rng.shuffle(facts)
    cases += facts[:68]
    mc = gen_choice.mc_cases(rng)
    cl = gen_choice.cls_cases(rng)
    rng.shuffle(cl)
    cases += mc + cl[:36]
    rng.shuffle(cases)
    seen = set()
    final = []
    for c in cases:
        key = (c["question"], c["llm_output"])
        if key in seen:
            continue
        seen.add(key)
        final.append(c)
    for i, c in enumerate(final):
        c["id"] = "d21-%04d" % (i + 1)
    keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for c in final:
            f.write(json.dumps({k: c[k] for k in keys}, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    print(len(final), Counter(c["key_answer_type"] for c in final), Counter(c["lang"] for c in final), Counter(c["label"] for c in final))
    print("median len", statistics.median(len(c["llm_output"]) for c in final))
    for t in ["math", "short_text", "alphabet_option", "categorical_label"]:
        print(t, statistics.median(len(c["llm_output"]) for c in final if c["key_answer_type"] == t))


if __name__ == "__main__":
    main()
