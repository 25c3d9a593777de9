#!/usr/bin/env python3
"""Generator for dev13. Written by an independent author who did not read the verifier.
Rebuild: python3 gen_dev13.py  (deterministic, seed fixed; writes dev13.jsonl atomically)."""
import json, os, random, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from facts import S, SZ
from items2 import MC, NLI, MATH, EN_LAB, ZH_LAB
from pads import *
def ins(out, pool, n, **kw):
    ps = R.sample(pool, min(n, len(pool)))
    txt = '\n\n'.join(p.format(**kw) for p in ps)
    if '</think>' in out and R.random() < 0.5:
        a, b = out.split('</think>', 1)
        return a.rstrip() + '\n' + txt + '\n</think>' + b
    head, sep, tail = out.rpartition('\n\n')
    return head + '\n\n' + txt + '\n\n' + tail


R = random.Random(1307)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev13.jsonl")

# ---------- English output styles (each writes its own prose) ----------
def en_think(q, bg, ans, alt, extra):
    return (f"<think>\nOkay, the user asks: \"{q.splitlines()[0]}\". Let me recall what I know.\n\n{bg}\n\n"
            f"Hmm, is there any chance the intended answer is {alt}? That name/value comes up a lot around this topic, "
            f"so I should be careful not to mix them up. Let me go through it once more. The question is specific, and the "
            f"facts I listed point one way. {extra}\nI'm fairly confident now.\n</think>\n\n"
            f"Based on the historical and reference record, the answer is **{ans}**.\n\n"
            f"A quick note on a common mix-up: people sometimes say {alt}, but that refers to something related rather than "
            f"what was asked here.")
def en_headings(q, bg, ans, alt, extra):
    return (f"## Understanding the question\n\nWe are asked: *{q.splitlines()[0]}*\n\nThis is a factual recall question, so the main "
            f"risk is confusing the target with a closely related item.\n\n## Relevant facts\n\n- {bg}\n- {extra}\n- A frequent distractor "
            f"is {alt}; I'll check it explicitly below.\n\n## Ruling out the distractor\n\nIf the answer were {alt}, the facts above would "
            f"not line up with the wording of the question. They don't, so it is ruled out.\n\n## Answer\n\n{ans}\n\n---\n"
            f"**Verification:** re-reading the question against the facts — consistent. Confidence: high.")
def en_chatty(q, bg, ans, alt, extra):
    return (f"Great question! This one trips up a lot of people, so let me walk through it.\n\n{bg} {extra}\n\n"
            f"Now, you might have heard {alt} mentioned in this context — and honestly that's an easy slip, since the two are "
            f"often discussed together in textbooks and quiz shows. But when you pin down exactly what the question is asking "
            f"(\"{q.splitlines()[0]}\"), only one option actually fits.\n\nSo, to put it plainly: **{ans}**.\n\n"
            f"Hope that helps! Let me know if you'd like sources or more background on the topic.")
def en_terse(q, bg, ans, alt, extra):
    return (f"Reasoning:\n1. Identify what is asked: {q.splitlines()[0]}\n2. Recall: {bg}\n3. Additional context: {extra}\n"
            f"4. Check the main alternative ({alt}): does not match the question as posed.\n5. Cross-check with a second "
            f"memory cue (encyclopedic summaries, standard curricula): consistent with step 2.\n\nFinal answer: {ans}")
def en_academic(q, bg, ans, alt, extra):
    return (f"To answer this precisely, it helps to separate the well-attested record from popular recollection.\n\n"
            f"First, the established facts. {bg} These points are uncontroversial in standard references.\n\n"
            f"Second, the interpretive issue. The question — \"{q.splitlines()[0]}\" — admits only one referent once its terms are "
            f"read literally. {extra} Popular accounts occasionally substitute {alt}, usually because of proximity in time, place or "
            f"family, but that substitution does not survive a close reading.\n\nThird, a sanity check: would any authoritative "
            f"source name a different answer? Not to my knowledge.\n\nAccordingly, the answer is {ans}.")
def en_answer_first(q, bg, ans, alt, extra):
    return (f"{ans}.\n\nExplanation: {bg}\n\n{extra}\n\nWhy not {alt}? Because that is a neighbouring fact — related to the "
            f"subject but not the thing asked for. Quizzes love that kind of near miss, which is exactly why it's worth slowing "
            f"down. Restating for clarity — the question was \"{q.splitlines()[0]}\" and my answer is: {ans}.")
EN_STYLES0 = [en_think, en_headings, en_chatty, en_terse, en_academic, en_answer_first]
def _padded(fn, pool, n):
    def g(q, bg, ans, alt, extra):
        base = fn(q, bg, ans, alt, extra)
        ps = R.sample(pool, n)
        txt = "\n\n".join(p.format(q=q.splitlines()[0], alt=alt, bgs=bg) for p in ps)
        # insert padding before the last paragraph (answer usually stays near the end)
        head, sep, tail = base.rpartition("\n\n")
        if fn.__name__ in ("en_answer_first",):
            return base + "\n\n" + txt
        return head + "\n\n" + txt + "\n\n" + tail
    g.__name__ = fn.__name__
    return g
EN_STYLES = [_padded(f, EN_PAD, 4) for f in EN_STYLES0]

def zh_think(q, bg, ans, alt, extra):
    return (f"<think>\n用户问的是：{q.splitlines()[0]}\n我先回忆一下相关知识。{bg}\n会不会是{alt}呢？这个容易混淆，需要仔细区分。{extra}\n"
            f"再核对一遍题意，题目问的是具体对象，上面的事实指向同一个结论。\n</think>\n\n根据以上分析，答案是：**{ans}**。\n\n"
            f"补充说明：{alt}常被误认为是答案，但它与题目所问并不相符。")
def zh_structured(q, bg, ans, alt, extra):
    return (f"### 题目分析\n\n题目：{q.splitlines()[0]}\n\n这是一道知识性题目，关键是不要和相近的概念混淆。\n\n### 相关知识\n\n"
            f"1. {bg}\n2. {extra}\n3. 容易混淆的选项：{alt}。\n\n### 排除干扰\n\n如果答案是{alt}，那么与上述史实/事实不符，因此排除。\n\n"
            f"### 结论\n\n最终答案：{ans}\n\n### 检验\n\n将结论代回题目重新阅读一遍，表述一致，没有矛盾。")
def zh_plain(q, bg, ans, alt, extra):
    return (f"这道题考查的是基础知识。{bg}\n\n{extra}很多同学会把它和{alt}弄混，这一点在考试中经常出现，"
            f"所以答题时一定要看清题目问的是什么。\n\n综上所述，本题答案为{ans}。\n\n（如需进一步了解，可以查阅教材中相应的章节。）")
ZH_STYLES = [_padded(f, ZH_PAD, 5) for f in [zh_think, zh_structured, zh_plain]]

EXTRA_EN = ["Standard encyclopedias and school textbooks agree on this point.",
            "I remember this because it is a classic trivia item that appears in many quiz collections.",
            "Nothing in the question suggests an unusual or disputed reading.",
            "There is no serious scholarly disagreement on the core fact here.",
            "The detail is well documented in primary and secondary sources alike."]
EXTRA_ZH = ["这是教材中的常见知识点。", "这一点在各类百科资料中说法一致。", "历年考试中多次出现类似题目。", "这一事实没有争议。"]

def wrap_incorrect_variant(kind, zh, ans_wrong, ans_right):
    """Return a tail that makes the output hedge/switch. Used only with care."""
    if kind == "switch":
        return (f"\n\nWait — let me reconsider. 我再想想……" if zh else "\n\nWait, actually, let me reconsider that. ") 
    return ""

cases = []
def add(dataset, kat, q, out, ref, label, trap, lang):
    cases.append(dict(dataset=dataset, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref,
                      label=label, trap=trap, lang=lang))

# ---------- short text ----------
for (ds, lang, q, ref, bg, variants) in S + SZ:
    zh = lang == "zh"
    wrongs = [v[0] for v in variants if v[1] == "Incorrect"]
    rights = [v[0] for v in variants if v[1] == "Correct"]
    for i, (a, lab, trap) in enumerate(variants):
        styles = ZH_STYLES if zh else EN_STYLES
        st = styles[(i + len(cases)) % len(styles)]
        extra = R.choice(EXTRA_ZH if zh else EXTRA_EN)
        alt = (wrongs[0] if lab == "Correct" else (rights[0] if not zh or True else ref)) if (wrongs and rights) else ref
        if lab == "Incorrect":
            # the wrong-answer output treats the true answer as the "distractor" it rejects
            alt = ref
        out = st(q, bg, a, alt, extra)
        add(ds, "short_text", q, out, ref, lab, trap, lang)
    # extra hard cases per item (alternating)
    if wrongs and rights:
        k = len(cases) % 4
        if k == 3 and any(x and x in bg for x in [ref, ref.split()[0] if ref.split() else ref, ref.strip('《》（）水')]):
            k = 1
        a_r, a_w = rights[0], wrongs[0]
        if zh:
            if k == 0:
                out = (f"{bg}\n\n一开始我想到的是{a_r}，不过再仔细想想，题目问法有点特别。" +
                       f"综合考虑，我最终的答案是：{a_w}。")
                add(ds, "short_text", q, out + "\n\n" + zh_plain(q, "", a_w, a_r, R.choice(EXTRA_ZH)), ref, "Incorrect", "right_in_reasoning_wrong_final", lang)
            elif k == 1:
                out = zh_structured(q, bg, f"{a_r}或{a_w}（两者都有可能）", a_w, R.choice(EXTRA_ZH))
                add(ds, "short_text", q, out, ref, "Incorrect", "two_answers_hedge", lang)
            elif k == 2:
                out = zh_think(q, bg, a_w, a_w, R.choice(EXTRA_ZH)).replace(f"**{a_w}**", f"**{a_w}**……等等，不对，应该是**{a_r}**。我把两者弄混了，更正：最终答案是{a_r}") 
                add(ds, "short_text", q, out, ref, "Correct", "self_correction_to_right", lang)
            else:
                full = zh_structured(q, bg, a_r, a_w, R.choice(EXTRA_ZH))
                cut = full.split("### 结论")[0].replace(a_r, "").rstrip()
                add(ds, "short_text", q, cut + "\n\n### 结论\n\n综合以上信息，", ref, "Incorrect", "truncated_no_final", lang)
        else:
            if k == 0:
                out = en_academic(q, bg, a_w, a_r, R.choice(EXTRA_EN))
                out = out.replace("First, the established facts.", f"My first instinct is {a_r}, which I'll revisit. First, the established facts.")
                out += f"\n\n(On reflection I am overriding my first instinct; the committed answer is {a_w}.)"
                add(ds, "short_text", q, out, ref, "Incorrect", "right_in_reasoning_wrong_final", lang)
            elif k == 1:
                out = en_headings(q, bg, f"Either {a_r} or {a_w} — sources I recall differ, so I can't decide between them", a_w, R.choice(EXTRA_EN))
                add(ds, "short_text", q, out, ref, "Incorrect", "two_answers_hedge", lang)
            elif k == 2:
                out = en_terse(q, bg, a_w, a_w, R.choice(EXTRA_EN))
                out = out.replace(f"Final answer: {a_w}", f"Tentative: {a_w}.\nWait, that's wrong — I conflated it with the distractor. Correcting myself.\n\nFinal answer: {a_r}")
                add(ds, "short_text", q, out, ref, "Correct", "self_correction_to_right", lang)
            else:
                full = en_chatty(q, bg, a_r, a_w, R.choice(EXTRA_EN))
                cut = full.split("So, to put it plainly")[0].replace(a_r, "it").rstrip()
                add(ds, "short_text", q, cut + "\n\nSo the thing to weigh next is whether the question intends", ref, "Incorrect", "truncated_no_final", lang)

# ---------- multiple choice ----------
LETTER_EN = [lambda L, t: f"The answer is ({L}).", lambda L, t: f"Final answer: {L}. {t}", lambda L, t: f"**Option {L}** — {t}",
             lambda L, t: f"I'll go with {L.lower()}).", lambda L, t: f"Answer: {t} ({L})", lambda L, t: f"Therefore the correct choice is {t}."]
LETTER_ZH = [lambda L, t: f"答案是{L}。", lambda L, t: f"故选{L}（{t}）。", lambda L, t: f"正确选项：{L}. {t}", lambda L, t: f"所以答案为 {t}，即选项{L}。"]
for (ds, lang, q, ref, opts, wl, expl) in MC:
    zh = lang == "zh"
    t_ref, t_w = opts[ref], opts[wl]
    others = [k for k in opts if k not in (ref, wl)]
    fmt = LETTER_ZH if zh else LETTER_EN
    def body(claim_letter, claim_text, note=""):
        if zh:
            lines = "\n".join(f"- {k}项「{v}」：{'符合题意' if k==claim_letter else '不符合'}" for k, v in opts.items())
            return (f"<think>\n先读题，逐项分析。{expl}\n</think>\n\n**逐项分析**\n\n{lines}\n\n{note}{R.choice(fmt)(claim_letter, claim_text)}" if R.random()<0.5 else
                    f"解析：{expl}\n\n我们逐一检查各个选项：\n{lines}\n\n{note}综上，{R.choice(fmt)(claim_letter, claim_text)}\n\n验证：重新读题，题干问的正是该选项所描述的内容，无误。")
        lines = "\n".join(f"- ({k}) {v}: {'fits' if k==claim_letter else 'does not fit'}" for k, v in opts.items())
        return R.choice([
            f"Let's evaluate each option carefully.\n\n{expl}\n\n{lines}\n\nI considered whether the question might be a trick (e.g. asking for an exception), but it isn't phrased that way. {note}\n\n{R.choice(fmt)(claim_letter, claim_text)}",
            f"<think>\nThe stem asks one thing; let me recall. {expl} Options: " + "; ".join(f"{k}={v}" for k,v in opts.items()) + f". Cross-checking each against the fact.\n</think>\n\n### Analysis\n{lines}\n\n### Conclusion\n{note}{R.choice(fmt)(claim_letter, claim_text)}\n\n### Double-check\nRe-reading the stem: consistent.",
            f"Key fact: {expl}\n\nWith that in mind, going through the choices one by one:\n{lines}\n\nThe distractor most students fall for is ({wl}) {t_w}, because it is closely associated with the topic. {note}\n\n{R.choice(fmt)(claim_letter, claim_text)}"])
    _b = body
    optlist = '; '.join(f'{k}. {v}' for k, v in opts.items())
    body = lambda L, T, note='': ins(_b(L, T, note), MC_ZH if zh else MC_EN, 5, expl=expl, wl=wl, tw=t_w, q=q.splitlines()[0], optlist=optlist)
    add(ds, "alphabet_option", q, body(ref, t_ref), ref, "Correct", "letter_with_or_without_text", lang)
    add(ds, "alphabet_option", q, body(ref, t_ref).rsplit("\n", 1)[0] + ("\n\n答案：" if zh else "\n\nSo my pick: ") + t_ref, ref, "Correct", "option_text_only", lang)
    add(ds, "alphabet_option", q, body(wl, t_w), ref, "Incorrect", "wrong_letter", lang)
    k = len(cases) % 3
    if k == 0:
        out = body(ref, t_ref).rsplit("\n", 1)[0] + ("\n\n最终答案：" if zh else "\n\nFinal answer: ") + f"{ref}. {t_w}"
        add(ds, "alphabet_option", q, out, ref, "Incorrect", "letter_right_text_wrong_contradictory", lang)
    elif k == 1:
        out = body(ref, t_ref).rsplit("\n", 1)[0] + (f"\n\n我在{ref}和{wl}之间犹豫，答案可能是{ref}或{wl}。" if zh else f"\n\nI'm torn between {ref} and {wl}; the answer is {ref} or {wl}.")
        add(ds, "alphabet_option", q, out, ref, "Incorrect", "two_letters", lang)
    else:
        out = body(wl, t_w).rsplit("\n", 1)[0] + (f"\n\n等等，{wl}项其实不对，重新核对后应选{ref}。\n\n答案是{ref}" if zh else f"\n\nHold on — ({wl}) is the distractor I warned about. Re-checking, the stem matches ({ref}).\n\nFinal: ({ref}) {t_ref}")
        add(ds, "alphabet_option", q, out, ref, "Correct", "self_correction_letter", lang)

# ---------- NLI ----------
ALL = ["entailment", "neutral", "contradiction"]
for (ds, lang, p, h, lab, why) in NLI:
    zh = lang == "zh"
    if zh:
        q = f"请判断下列两个句子之间的关系（蕴含、矛盾或中立）。\n句子一：{p}\n句子二：{h}"
        ref = {"entailment":"蕴含","contradiction":"矛盾","neutral":"中立"}[lab]
        names = ZH_LAB
    else:
        q = f"Premise: {p}\nHypothesis: {h}\nDoes the premise entail the hypothesis, contradict it, or neither? Answer entailment, neutral, or contradiction."
        ref = lab; names = EN_LAB
    wrong = R.choice([x for x in ALL if x != lab])
    def nb(claim, tail=""):
        nm = R.choice(names[claim])
        if zh:
            return R.choice([
                f"<think>\n前提：{p}\n假设：{h}\n分析：{why if claim==lab else '两句话讲的是同一件事，' + ('可以推出' if claim=='entailment' else '互相冲突' if claim=='contradiction' else '前提信息不足')}。\n</think>\n\n第一步，明确前提的信息量。前提告诉我们：{p}\n\n第二步，看假设是否能从前提推出、与前提冲突，或两者都不是。假设说：{h}\n\n第三步，判断：{why if claim==lab else '经过比较，我认为结论如下'}。{tail}\n\n因此两句关系为：{nm}",
                f"## 分析\n\n- 句子一：{p}\n- 句子二：{h}\n\n{why if claim==lab else '句子二所说的内容需要和句子一逐字对比。'}\n\n常见的误判是把“{R.choice(['蕴含','矛盾','中立'])}”和其他类别混淆，需要注意前提是否提供了足够的信息。{tail}\n\n## 结论\n\n答案：{nm}"])
        return R.choice([
            f"Let me think about the relationship.\n\nThe premise states: \"{p}\"\nThe hypothesis claims: \"{h}\"\n\nFor entailment, the hypothesis must be guaranteed true whenever the premise is true. For contradiction, they cannot both be true. Otherwise it's neutral. {why if claim==lab else 'Comparing the two, I land on the label below.'}{tail}\n\nLabel: {nm}",
            f"<think>\nNLI item. Premise: {p} Hypothesis: {h}. {why if claim==lab else 'Hmm.'} Let me make sure I'm not over-reading world knowledge into it.\n</think>\n\n**Step 1 – What the premise guarantees.** Only what is stated, plus uncontroversial implications.\n\n**Step 2 – Compare.** {why if claim==lab else 'The hypothesis goes in a direction the premise does address.'}{tail}\n\n**Answer:** {nm}",
            f"Annotator-style judgement:\n- premise: {p}\n- hypothesis: {h}\n- reasoning: {why if claim==lab else 'see below'}\n- confidence: 0.9\n\nSo I would classify this pair as {nm}.{tail}"])
    _nb = nb
    nb = lambda claim, tail='': ins(_nb(claim, tail), NLI_ZH if zh else NLI_EN, 5, p=p, h=h)
    add(ds, "categorical_label", q, nb(lab), ref, "Correct", "label_phrasing", lang)
    add(ds, "categorical_label", q, nb(lab), ref, "Correct", "label_phrasing_alt", lang)
    add(ds, "categorical_label", q, nb(wrong), ref, "Incorrect", "wrong_label", lang)
    if len(cases) % 2:
        nm_r, nm_w = R.choice(names[lab]), R.choice(names[wrong])
        tail = (f"\n\n不过也可以理解为{nm_w}。最终：{nm_r}或{nm_w}。" if zh else f"\n\nThat said, one could argue for {nm_w}. I'd say {nm_r} or {nm_w}, depending on interpretation.")
        add(ds, "categorical_label", q, nb(lab) + tail, ref, "Incorrect", "two_labels", lang)
    else:
        nm_r, nm_w = R.choice(names[lab]), R.choice(names[wrong])
        tail = (f"\n\n嗯，刚才说的是{nm_r}，但再想想，应该改为{nm_w}。最终答案：{nm_w}" if zh else f"\n\nHmm, I said {nm_r} above, but on reflection I'll revise: the final label is {nm_w}.")
        add(ds, "categorical_label", q, nb(lab) + tail, ref, "Incorrect", "revised_to_wrong_label", lang)

# ---------- math ----------
def m_en(q, steps, fin, style):
    if style == 0:
        return (f"<think>\nLet me set this up. {q}\n\n{steps}\n\nLet me double check the arithmetic once more... yes, consistent.\n</think>\n\n"
                f"**Solution.**\n\n{steps}\n\n$$\\text{{Answer: }} {fin}$$\n\nSo the final answer is \\(\\boxed{{{fin}}}\\).")
    if style == 1:
        return (f"## Step-by-step\n\n**Given:** {q}\n\n**Work:**\n\n{steps}\n\n**Check:** substitute back / recompute with a different method — "
                f"the two routes agree.\n\n## Final answer\n\n\\[ {fin} \\]\n\n(Common pitfall: forgetting a sign or a unit conversion; I checked both.)")
    if style == 2:
        return (f"Alright, let's do this carefully.\n\nFirst I'll restate the problem in my own words: {q}\n\nNow the computation.\n\n{steps}\n\n"
                f"I'll sanity-check magnitude: the result is in the right ballpark for the numbers given.\n\nThe answer: {fin}.")
    return (f"Solution:\n{steps}\n\nVerification: recomputed independently; no arithmetic slip found. A rough estimate also lands near the same value.\n\n"
            f"Final Answer: The final answer is ${fin}$. I hope it is correct.")
def m_zh(q, steps, fin, style):
    if style % 2 == 0:
        return (f"<think>\n题目：{q}\n思路：{steps}\n再检查一遍计算过程，没有问题。\n</think>\n\n**解答：**\n\n{steps}\n\n"
                f"**检验：**将结果代回原题，符合条件。\n\n因此答案为 $\\boxed{{{fin}}}$。")
    return (f"### 解题思路\n\n{q}\n\n### 详细步骤\n\n{steps}\n\n### 答案\n\n最终答案：{fin}\n\n### 反思\n\n本题的易错点在于符号和计算，已仔细核对。")
for (ds, lang, q, ref, steps, variants) in MATH:
    zh = lang == "zh"
    for i, (fin, lab, trap) in enumerate(variants):
        trap = trap.replace("spurious_currency_unit_still_54?", "wrong_unit_currency").replace("decimal_approx_for_exact? ", "")
        st = steps if lab == "Correct" else steps + ("\n\n不过我重新整理一下思路，得到的结果略有不同。" if zh else "\n\nHmm, but re-deriving it a slightly different way, I get a different final form; I'll trust the second pass.")
        out = m_zh(q, st, fin, i) if zh else m_en(q, st, fin, (i + len(cases)) % 4)
        out = ins(out, MATH_ZH if zh else MATH_EN, 5, q=q, steps=steps)
        add(ds, "math", q, out, ref, lab, trap, lang)

# A few references given as short worked solutions
for c in cases:
    if c["key_answer_type"] == "math" and c["dataset"] == "gsm8k_like" and c["lang"] == "en" and R.random() < 0.5:
        for (ds, lang, q, ref, steps, v) in MATH:
            if q == c["question"]:
                c["correct_answer"] = f"{steps} #### {ref}"

# fix a couple of traps with odd tags
for c in cases:
    if c["trap"] == "11.31":
        pass
# order & ids
R.shuffle(cases)
for n, c in enumerate(cases, 1):
    c["id"] = f"d13-{n:04d}"
keys = ["id","dataset","key_answer_type","question","llm_output","correct_answer","label","trap","lang"]
tmp = OUT + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps({k: c[k] for k in keys}, ensure_ascii=False) + "\n")
os.replace(tmp, OUT)
from collections import Counter
print(len(cases), Counter(c["key_answer_type"] for c in cases), Counter(c["lang"] for c in cases), Counter(c["label"] for c in cases))
print("median len", statistics.median(len(c["llm_output"]) for c in cases))
