"""Rebuild dev14.jsonl:  python3 build_dev14.py   (deterministic, seed fixed)."""
import json, os, random, re, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_math, render, items_other as IO

R = random.Random(20261207)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dev14.jsonl')
cases = []


def add(dataset, kat, q, out, ref, label, trap, lang):
    cases.append(dict(dataset=dataset, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref,
                      label=label, trap=trap, lang=lang))


# ------------------------------------------------------------ math
N_MATH = 306
CMODES = ['plain', 'plain', 'selfcorrect', 'pitfall', 'restate']
IMODES = ['bad_final', 'bad_final', 'switch', 'hedge', 'truncated']
seen_q = set()
used_steps = set()
per_fam = {}
i = 0
while len([c for c in cases if c['key_answer_type'] == 'math']) < N_MATH:
    fam = gen_math.FAMILIES[i % len(gen_math.FAMILIES)]
    i += 1
    for attempt in range(60):
        inst = fam(R)
        inst['fam'] = fam.__name__
        sig = inst['steps_en'] + inst['check_en'] + inst['steps_zh'] + inst['check_zh']
        if not (inst['q_en'] in seen_q or any(x in used_steps for x in sig)):
            break
    else:
        continue
    seen_q.add(inst['q_en'])
    used_steps.update(sig)
    per_fam[fam.__name__] = per_fam.get(fam.__name__, 0) + 1
    lang = 'zh' if R.random() < 0.16 else 'en'
    incorrect = R.random() < 0.40
    mode = R.choice(IMODES if incorrect else CMODES)
    if lang == 'zh' and mode == 'restate':
        mode = 'plain'
    out, label, trap, style = render.render_math(R, inst, mode, lang)
    ref = R.choice(inst['ref_forms'])
    q = inst['q_zh'] if lang == 'zh' else inst['q_en']
    add(inst['dataset'], 'math', q, out, ref, label, trap, lang)

# ------------------------------------------------------------ multiple choice
L = 'ABCD'


def fmt_q(r, q, opts):
    if r.random() < 0.5:
        return q + '\n' + '\n'.join(f"{L[k]}. {o}" for k, o in enumerate(opts))
    return q + ' Answer Choices: ' + ' '.join(f"({L[k]}) {o}" for k, o in enumerate(opts))


def mc_final_correct(r, k, opts, zh):
    c, t = L[k], opts[k]
    en = [(f"The answer is ({c}).", 'letter_parenthesised'), (f"**{c}. {t}**", 'letter_with_text_bold'),
          (f"I'd go with option {c}, {t}.", 'option_word_letter_text'), (f"Final answer: {t}", 'option_text_only'),
          (f"Answer: {c.lower()}", 'lowercase_letter'), (f"$\\boxed{{{c}}}$", 'boxed_letter'),
          (f"So {c} — {t} — is the one that fits.", 'letter_dash_text')]
    zhf = [(f"答案是{c}", 'zh_daan_shi_letter'), (f"故选 {c}。", 'zh_gu_xuan'), (f"正确选项：{c}（{t}）", 'zh_letter_text'),
           (f"最终答案：{t}", 'zh_text_only'), (f"【答案】{c}", 'zh_bracket_label')]
    return r.choice(zhf if zh else en)


def render_mc(r, item, zh, mode):
    ds, q, opts, k, notes = item
    wrong = r.choice([j for j in range(4) if j != k])
    head = q.split('？')[0].split('?')[0][:60]
    parts = []
    if zh:
        parts.append(r.choice([f"这道题问的是“{head}”，我们逐项分析。", f"先看题干：{head}。下面逐个排除。", f"关于“{head}”，需要回忆相关知识点。"]))
    else:
        parts.append(r.choice([f"The question asks: {head} — I'll go through the options one at a time for this one.",
                               f"Let me think about '{head}' carefully rather than pattern-match.",
                               f"<think>\nThe stem is about {head.lower()}; I should recall the relevant facts and eliminate options.",
                               f"## Analysis of: {head}"]))
    order = list(range(4))
    if r.random() < 0.4:
        r.shuffle(order)
    chosen = k if mode in ('correct', 'text_only') else wrong
    for j in order:
        note = notes[j]
        if mode in ('wrong', 'letter_text_mismatch_w') and j == k:
            note = (f"这个选项看起来不太对，我倾向于排除" if zh else f"I don't think '{opts[j]}' holds up here, so I'll set it aside")
        if mode == 'wrong' and j == wrong:
            note = notes[j] + ("；综合来看这个最符合题意" if zh else "; on balance this looks like the best fit")
        if zh:
            parts.append(r.choice([f"- {L[j]}. {opts[j]}：{note}。", f"选项{L[j]}（{opts[j]}）——{note}。", f"{L[j]} 项：{note}。"]))
        else:
            parts.append(r.choice([f"- ({L[j]}) {opts[j]}: {note}.", f"Option {L[j]} ({opts[j]}) — {note}.", f"* **{L[j]}**: {note}."]))
    if parts[0].startswith('<think>'):
        parts.append("</think>")
    trap = ''
    if mode == 'correct':
        f, trap = mc_final_correct(r, k, opts, zh)
        label = 'Correct'
    elif mode == 'wrong':
        f, _ = mc_final_correct(r, wrong, opts, zh)
        trap, label = 'wrong_option', 'Incorrect'
    elif mode == 'letter_right_text_wrong':
        f = f"答案：{L[k]}. {opts[wrong]}" if zh else f"Answer: {L[k]}. {opts[wrong]}"
        trap, label = 'letter_right_text_wrong', 'Incorrect'
    elif mode == 'text_right_letter_wrong':
        f = f"答案：{L[wrong]}. {opts[k]}" if zh else f"Final answer: ({L[wrong]}) {opts[k]}"
        trap, label = 'text_right_letter_wrong', 'Incorrect'
    elif mode == 'two':
        a, b = sorted([k, wrong])
        f = f"答案可能是{L[a]}或{L[b]}。" if zh else f"For '{head}' it's between {L[a]} and {L[b]}; I'd say {L[a]} or {L[b]}."
        trap, label = 'two_options', 'Incorrect'
    else:  # truncated
        text = '\n\n'.join(parts)
        return text[:int(len(text) * r.uniform(0.6, 0.9))], 'Incorrect', 'truncated_no_final'
    if r.random() < 0.4 and mode == 'correct':
        parts.append((f"复核：{notes[k]}，因此结论不变。" if zh else f"Double-checking the key fact — {notes[k]} — so my choice stands."))
    parts.append(f)
    return '\n\n'.join(parts), label, trap


MC_MODES_C = ['correct'] * 3
MC_MODES_I = ['wrong', 'wrong', 'letter_right_text_wrong', 'text_right_letter_wrong', 'two', 'truncated']
for zh, bank in ((False, IO.MC_EN), (True, IO.MC_ZH)):
    for item in bank:
        mode = R.choice(MC_MODES_I) if R.random() < 0.42 else 'correct'
        out, label, trap = render_mc(R, item, zh, mode)
        ref = R.choice([L[item[3]], f"{L[item[3]]}", f"({L[item[3]]})", f"{L[item[3]]}. {item[2][item[3]]}"])
        add(item[0], 'alphabet_option', fmt_q(R, item[1], item[2]), out, ref, label, trap, 'zh' if zh else 'en')

# ------------------------------------------------------------ NLI
ZHL = {'entailment': '蕴含', 'contradiction': '矛盾', 'neutral': '中立'}
for prem, hyp, lab, why in IO.NLI:
    q = f"前提：{prem}\n假设：{hyp}\n请判断前提与假设的关系：蕴含、矛盾还是中立？"
    mode = R.choice(['wrong', 'wrong', 'two', 'truncated']) if R.random() < 0.4 else 'correct'
    en_out = R.random() < 0.3
    others = [x for x in ZHL if x != lab]
    w = R.choice(others)
    parts = []
    if en_out:
        parts.append(f"Let me compare the premise (“{prem}”) with the hypothesis (“{hyp}”).")
        parts.append(f"Key observation: {why}." if mode != 'wrong' else f"The premise does not settle “{hyp}” the way it might first appear.")
        parts.append(f"I considered whether “{hyp}” could be read as {w} instead; " + ("that reading does not survive a close look." if mode != 'wrong' else "on reflection that reading is the better one."))
    else:
        parts.append(f"前提说：“{prem}” 假设说：“{hyp}”")
        parts.append(f"分析：{why}。" if mode != 'wrong' else f"分析：单从前提看，关于“{hyp}”的结论并不像表面那样直接。")
        parts.append(f"有没有可能是{ZHL[w]}？" + ("仔细想想，不是。" if mode != 'wrong' else "我觉得更像是这样。"))
    if mode == 'correct':
        f, trap = R.choice([(f"答案：{ZHL[lab]}", 'zh_label'), (f"Final label: {lab}", 'en_label'),
                            (f"两句话是“{ZHL[lab]}”关系。", 'zh_label_in_sentence'), (f"**{lab.capitalize()}** ({ZHL[lab]})", 'bilingual_label')])
        label = 'Correct'
    elif mode == 'wrong':
        f = R.choice([f"答案：{ZHL[w]}", f"Final label: {w}", f"所以是{ZHL[w]}。"])
        trap, label = 'wrong_label', 'Incorrect'
    elif mode == 'two':
        f = f"既可以理解为{ZHL[lab]}，也可以理解为{ZHL[w]}。" if not en_out else f"It could be {lab} or {w}, depending on reading."
        trap, label = 'two_labels', 'Incorrect'
    if mode == 'truncated':
        text = '\n\n'.join(parts)
        out, label, trap = text[:int(len(text) * 0.8)], 'Incorrect', 'truncated_no_final'
    else:
        parts.append(f)
        out = '\n\n'.join(parts)
    ref = R.choice([lab, ZHL[lab]])
    add('cmnli_like', 'categorical_label', q, out, ref, label, trap, 'zh')

# ------------------------------------------------------------ short answers
for zh, bank in ((False, IO.SHORT), (True, IO.SHORT_ZH)):
    for ds, q, ref, aliases, near, bg in bank:
        mode = R.choice(['near', 'near', 'two', 'truncated']) if R.random() < 0.42 else 'correct'
        kat = 'math' if False else 'short_text'
        parts = []
        if zh:
            parts.append(f"问题：{q.splitlines()[-1]} 我先回忆一下相关背景。")
            parts.append(bg)
            parts.append(f"容易混淆的候选有 {near[0]} 和 {near[1]}，需要区分。")
        else:
            parts.append(f"Question recap: {q.splitlines()[-1]}")
            parts.append(f"Some context that matters here: {bg}")
            parts.append(f"The usual confusions are {near[0]} and {near[1]}, so I'll be careful to separate them.")
        if mode == 'correct':
            a = R.choice(aliases + [ref])
            f = R.choice([f"答案：{a}", f"所以答案是{a}。"]) if zh else R.choice([f"Answer: {a}", f"**{a}**", f"The answer is {a}.", f"Final answer — {a}"])
            label, trap = 'Correct', 'alias_' + ('ref' if a == ref else 'variant')
        elif mode == 'near':
            a = near[0]
            f = R.choice([f"答案：{a}", f"应该是{a}。"]) if zh else R.choice([f"Answer: {a}", f"I'm fairly confident it's {a}."])
            label, trap = 'Incorrect', 'near_miss'
        elif mode == 'two':
            f = f"可能是{ref}，也可能是{near[0]}。" if zh else f"Either {ref} or {near[0]} — I can't pin it down."
            label, trap = 'Incorrect', 'two_answers'
        if mode == 'truncated':
            text = '\n\n'.join(parts)
            out, label, trap = text[:int(len(text) * 0.85)], 'Incorrect', 'truncated_no_final'
        else:
            parts.append(f)
            out = '\n\n'.join(parts)
        add(ds, 'short_text', q, out, ref, label, trap, 'zh' if zh else 'en')

# ------------------------------------------------------------ finalise
R.shuffle(cases)
for n, c in enumerate(cases, 1):
    c_id = f"d14-{n:04d}"
    cases[n - 1] = dict(id=c_id, **c)
tmp = OUT + '.tmp'
with open(tmp, 'w', encoding='utf-8') as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + '\n')
os.replace(tmp, OUT)

# stats
print('per family', per_fam)
from collections import Counter
print(len(cases), Counter(c['key_answer_type'] for c in cases), Counter(c['lang'] for c in cases), Counter(c['label'] for c in cases))
print('median all', statistics.median(len(c['llm_output']) for c in cases),
      'median math', statistics.median(len(c['llm_output']) for c in cases if c['key_answer_type'] == 'math'))
sent = Counter()
for c in cases:
    for s in set(x.strip() for x in re.split(r'(?<=[.!?。！？])\s+|\n+', c['llm_output']) if len(x.strip()) > 25):
        sent[s] += 1
dups = [(s, k) for s, k in sent.items() if k > 1]
print('shared sentences (>25 chars) across outputs:', len(dups))
for s, k in sorted(dups, key=lambda x: -x[1])[:15]:
    print(k, s[:120])
