"""Generator for dev19.jsonl. Run: python3 gen_dev19.py  (deterministic, seed fixed)."""
import json, os, random, statistics
from items import I
from extras import X
from extras2 import X2
assert len(I) == len(X) == len(X2)
for _it, _x, _y in zip(I, X, X2): _it["extra"] = _x; _it["extra2"] = _y

R = random.Random(1907)
TRAPDESC = {
 "scale_1e3": "that's off by a factor of a thousand (a prefix slip)", "scale_10": "that's off by a factor of ten",
 "sign": "the sign is wrong", "unit": "the unit is wrong", "unit_scale": "the unit prefix is wrong",
 "inverted": "that's the reciprocal ratio", "neighbour_option": "that's the neighbouring choice",
 "related_term": "that's a related but different thing", "related_compound": "that's a different compound",
 "wrong_label": "that's the opposite classification", "factor_2": "that's off by a factor of two",
}
EN_FINAL = ["Final answer: {a}", "**Answer:** {a}", "Therefore, the answer is {a}.", "So the result is {a}.",
 "$$\\boxed{{{a}}}$$", "\\[\\boxed{{\\text{{{a}}}}}\\]", "The final answer is: {a}", "Answer → {a}",
 "My final answer: **{a}**", "Hence {a}.", "=> {a}", "**Final Answer**\n\n{a}", "I'll commit to {a}.",
 "Putting it together: {a}.", "ANSWER: {a}", "The correct response is {a}."]
ZH_FINAL = ["最终答案：{a}", "答案是{a}。", "所以答案为 {a}", "综上所述，{a}。", "故选/答：{a}", "\\boxed{{{a}}}",
 "**答案：{a}**", "因此结果为{a}。", "结论：{a}"]
EN_OPEN = ["Let me restate what is being asked: {q}", "Problem: {q}\n\nI'll set this up carefully.", "Okay. {q}",
 "We're asked the following. {q}", "## Understanding the question\n\n{q}", "Reading it again — {q}", "", "", ""]
ZH_OPEN = ["题目：{q}\n\n下面逐步分析。", "先理解题意：{q}", "## 审题\n\n{q}", "", ""]

def first_sentence(q):
    return q.split("\n")[0]

def scratch(body, zh):
    # a think-block scratchpad made from the item's own reasoning lines, in a messier register
    lines = [l.strip("- ").strip() for l in body.split("\n") if l.strip()]
    R.shuffle(lines) if False else None
    pre = ["嗯，", "先看，", "好，", "那么", ""] if zh else ["hmm, ", "ok so ", "right — ", "so ", "let me see: ", ""]
    out = []
    for l in lines:
        if len(l) < 8: continue
        out.append(R.choice(pre) + (l[0].lower() + l[1:] if not zh and l[:1].isupper() and not l[:2].isupper() else l))
    return "\n".join(out)

def pitfalls(item, exclude, zh):
    ps = [b for b in item["bad"] if b[0] != exclude]
    if not ps: return ""
    if zh:
        s = "\n".join(f"- 若得到 {b}，说明{'单位或数量级' if 'scale' in t or 'unit' in t else '概念'}出错（{t.replace('_',' ')}）。" for b,t in ps[:2])
        return "### 易错点\n" + s
    s = "\n".join(f"- {b}: {TRAPDESC.get(t, 'a common slip (' + t.replace('_',' ') + ')')}." for b,t in ps[:2])
    return R.choice(["### Pitfalls to avoid\n", "Things that would go wrong:\n", "**Common mistakes**\n"]) + s

def chosen_letter(item, final):
    import re
    qs = item["q"].split("\n")[1:]
    for o in qs:
        if final.strip() == o[3:].strip(): return o[:1]
    m = re.search(r"(?<![A-Za-z])([A-J])(?![a-z])", final)
    if m: return m.group(1)
    for o in qs:
        if o[3:].strip() and o[3:].strip() in final: return o[:1]
    return None

def sweep(item, final, zh):
    qs = item["q"].split("\n")[1:]
    if item["kat"] != "alphabet_option" or not qs or final is None or " or " in final or "或" in final: return ""
    letter = chosen_letter(item, final)
    if letter is None: return ""
    rows = []
    for o in qs:
        L = o[:1]
        if L == letter: rows.append(f"- {o} ← " + ("与计算结果一致" if zh else R.choice(["matches", "this is the one", "consistent with the calculation"])))
        else: rows.append(f"- {o} — " + ("排除" if zh else R.choice(["no", "ruled out", "doesn't match", "not this"])))
    return ("逐项核对选项：\n" if zh else R.choice(["Going through the options:\n", "Option check:\n", "Comparing with the choices:\n"])) + "\n".join(rows)

def wrap(item, core, final, zh, think, verify, pit_ex, opener=True, fullq=False, nosweep=False):
    parts = []
    think = think or R.random() < 0.85
    if final is None:
        if R.random() < 0.4:
            return "<think>\n" + scratch(core, zh)
        think = False
    if think:
        sc = scratch(core, zh)
        if final is not None and R.random() < 0.6:
            sc += ("\n好，答案应该是 " if zh else R.choice(["\nok so the answer should be ", "\nthat gives ", "\nso I'm landing on "])) + final
        parts.append("<think>\n" + sc + "\n</think>")
    if opener:
        o = R.choice(ZH_OPEN if zh else EN_OPEN)
        if not o: o = "{q}" if (fullq or R.random() < 0.7) else ""
        if o: parts.append(o.format(q=item["q"] if (fullq or R.random() < 0.8) else first_sentence(item["q"])))
    parts.append(core)
    eqs = [l.strip("- ").strip() for l in core.replace("\n\n", "\n").split("\n") if ("=" in l or "→" in l) and len(l) < 200]
    if final is not None and len(eqs) >= 2 and R.random() < 0.75:
        hd = R.choice(["### 关键步骤回顾\n", "小结：\n"]) if zh else R.choice(["### Recap of key steps\n", "Summary of the computation:\n", "**Key steps**\n", "In short:\n"])
        parts.append(hd + "\n".join(f"{i}. {e}" for i, e in enumerate(eqs, 1)))
    sw = "" if nosweep else sweep(item, final, zh)
    if sw: parts.append(sw)
    if pit_ex is not None:
        p = pitfalls(item, pit_ex, zh)
        if p: parts.append(p)
    if final is not None:
        fl = R.choice(ZH_FINAL if zh else EN_FINAL).format(a=final)
        if verify:
            if R.random() < 0.5:
                parts.append(fl); parts.append(("### 验证\n" if zh else R.choice(["### Verification\n", "Let me double-check.\n", "**Check:** "])) + item["check"])
                if R.random() < 0.5: parts.append((R.choice(ZH_FINAL) if zh else R.choice(EN_FINAL)).format(a=final))
            else:
                parts.append(item["check"]); parts.append(fl)
        else:
            parts.append(fl)
    return "\n\n".join(parts)

def cases():
    out = []
    for it in I:
        zh = it["lang"] == "zh"
        paras = it["body"].split("\n\n")
        half = it["extra"] + "\n\n" + "\n\n".join(paras[:max(1, len(paras)//2)])
        body = (it["extra"] + "\n\n" + it["body"]) if R.random() < 0.85 else (it["body"] + "\n\n" + it["extra"])
        if R.random() < 0.7: body = body + "\n\n" + it["extra2"]
        if R.random() < 0.8: half = it["extra2"] + "\n\n" + half
        goods = list(it["good"]); bads = list(it["bad"])
        # Correct: each equivalent form
        for g in (goods + goods[:4] if zh else goods):
            out.append((it, wrap(it, body, g, zh, R.random() < 0.45, R.random() < 0.9, "", ), "Correct", "equivalent_form"))
        # Correct: self-correction from a wrong value to the right one
        b0, t0 = R.choice(bads)
        fix = (f"初步得到 {b0}。\n\n等等，这里不对——重新检查一遍。\n\n" if zh else
               R.choice([f"First pass gives {b0}.\n\nWait, that's wrong — let me redo this more carefully.\n\n",
                         f"Hmm, I initially wrote {b0}, but that doesn't survive a check. Redoing it:\n\n"]))
        out.append((it, wrap(it, it["extra"] + "\n\n" + fix + it["body"], R.choice(goods), zh, R.random() < 0.4, True, None), "Correct", "self_correction_to_right"))
        # Correct: hedged but committed, answer mid-text then restated
        g = R.choice(goods)
        hedge = (f"\n\n我比较有把握答案是 {g}，虽然取值上可能有舍入差异。" if zh else
                 R.choice([f"\n\nI'm fairly (not 100%) confident in {g}; any rounding differences are minor.",
                           f"\n\nSo, tentatively, {g} — let me make sure before committing."]))
        out.append((it, wrap(it, body + hedge, g, zh, False, True, ""), "Correct", "hedged_restated"))
        # Incorrect: wrong final, with reasoning consistent up to the slip
        for b, t in bads:
            slip = (f"\n\n按这个思路算下去，结果是 {b}。" if zh else
                    R.choice([f"\n\nCarrying this through, I get {b}.", f"\n\nWorking it out from here gives {b}.",
                              f"\n\nPlugging in the numbers, the result comes to {b}."]))
            if t.startswith("letter_"):
                core = it["extra2"] + "\n\n" + it["extra"] + slip
                out.append((it, wrap(it, core, b, zh, True, False, b, fullq=True, nosweep=True), "Incorrect", t))
            else:
                out.append((it, wrap(it, half + slip, b, zh, True, False, b, fullq=True), "Incorrect", t))
        # Incorrect: one structural case, rotating
        k = len(out) % 3
        b, t = R.choice(bads); g = goods[0]
        if k == 0:
            sw = (f"\n\n不过再想想，我觉得应该是 {b}。" if zh else
                  f"\n\nActually, on reflection I don't trust that; I'll go with {b} instead.")
            out.append((it, wrap(it, body + sw, b, zh, R.random() < 0.5, False, None), "Incorrect", "right_then_switched"))
        elif k == 1:
            two = (f"{g} 或 {b}" if zh else R.choice([f"{g} or {b}", f"either {b} or {g}"]))
            out.append((it, wrap(it, body, two, zh, R.random() < 0.5, False, None), "Incorrect", "two_answers"))
        else:
            cut = half + ("\n\n接下来" if zh else "\n\nNext, we")
            out.append((it, wrap(it, cut, None, zh, R.random() < 0.3, False, None), "Incorrect", "truncated_no_final"))
    return out

def main():
    cs = cases()
    R.shuffle(cs)
    recs = []
    for i, (it, text, lab, trap) in enumerate(cs, 1):
        recs.append({"id": f"d19-{i:04d}", "dataset": it["ds"], "key_answer_type": it["kat"], "question": it["q"],
                     "llm_output": text, "correct_answer": it["ref"], "label": lab, "trap": trap, "lang": it["lang"]})
    d = os.path.dirname(os.path.abspath(__file__))
    tmp = os.path.join(d, "dev19.jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, os.path.join(d, "dev19.jsonl"))
    from collections import Counter
    print(len(recs), Counter(r["label"] for r in recs), Counter(r["key_answer_type"] for r in recs), Counter(r["lang"] for r in recs))
    print("median len", statistics.median(len(r["llm_output"]) for r in recs))

if __name__ == "__main__":
    main()
