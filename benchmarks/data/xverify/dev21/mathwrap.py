"""Problem-specific dressing for math outputs: restatement, think-aloud narration, headed steps, checks."""
import re

CON_EN = ["Okay, so first", "Then", "Next,", "Hmm, and", "Right, so", "After that,", "Now", "And finally"]
CON_ZH = ["好，先", "然后", "接着", "嗯，", "再", "最后"]
RECHECK_EN = ["Let me redo that line to be safe: {s}", "Double-checking: {s} Yes.", "Is that right? {s} OK.", "Recomputing — {s} Same thing."]
RECHECK_ZH = ["再核对一遍：{s}", "检查一下：{s} 没错。", "重算：{s} 一样。"]


def _sentences(q):
    parts = re.split(r"(?<=[.?!])\s+|(?<=[。？！])", q.strip())
    return [p for p in parts if p]


def restate(p, lang, rng):
    q = p["q"][lang]
    ss = _sentences(q)
    if lang == "en":
        if len(ss) >= 2 and rng.random() < 0.6:
            return "## Understanding the problem\n\n**Given:**\n" + "\n".join("- " + s for s in ss[:-1]) + f"\n\n**Goal:** {ss[-1]}\n\n## Solution\n\n"
        return rng.choice(["> " + q + "\n\n", f"The problem: {q}\n\nLet me set this up.\n\n", f"**Problem.** {q}\n\n---\n\n"])
    if len(ss) >= 2:
        return "**已知：**\n" + "\n".join("- " + s for s in ss[:-1]) + f"\n\n**所求：**{ss[-1]}\n\n"
    return f"题目：{q}\n\n"


def narrate(steps, lang, rng):
    out = []
    cons = CON_EN if lang == "en" else CON_ZH
    for i, s in enumerate(steps):
        c = cons[min(i, len(cons) - 1)] if i < len(steps) - 1 else cons[-1]
        s2 = s[0].lower() + s[1:] if (lang == "en" and s[:1].isupper() and s[1:2].islower()) else s
        out.append(f"{c} {s2}" if lang == "en" else f"{c}{s}")
        if rng.random() < 0.85:
            out.append(rng.choice(RECHECK_EN if lang == "en" else RECHECK_ZH).format(s=s))
    sep = " " if rng.random() < 0.5 else "\n\n"
    return sep.join(out)


def headed(txt_steps, lang, rng):
    if lang == "en":
        return "\n\n".join(f"### Step {i + 1}\n{s}" for i, s in enumerate(txt_steps))
    return "\n\n".join(f"**第{i + 1}步：**{s}" for i, s in enumerate(txt_steps))


def pitfall(p, lang):
    w = p["wrong"][0]
    if lang == "en":
        why = w.get("why_en", "an arithmetic slip")
        return f"\n\n**Common pitfall:** someone might report {w['val']} here — {why[0].lower() + why[1:]}"
    return f"\n\n**易错点：**{w.get('why_zh', '计算失误。')}如果犯这个错误会得到 {w['val']}，与正确结果不同。"


def explore(p, lang, rng):
    w = p["wrong"][0]
    bad = w.get("steps", {}).get(lang)
    if lang == "en":
        why = w.get("why_en", "that doesn't match what the question is asking.")
        if bad:
            return ("My first instinct: " + " ".join(bad) + f" That would give {w['val']}. Hmm, wait — {why} "
                    "Let me slow down and do it properly.")
        return f"Could the answer simply be {w['val']}? That doesn't feel right; {why} I'll work it out carefully instead."
    why = w.get("why_zh", "这样和题意不符。")
    if bad:
        return "一开始我想这样算：" + "".join(bad) + f"得到 {w['val']}。等等，{why}重新仔细算。"
    return f"答案会不会直接是 {w['val']}？好像不对，{why}还是一步步算。"


def explore_all(p, lang, rng):
    parts = []
    for w in p["wrong"][1:]:
        if lang == "en":
            parts.append(f"What about {w['val']}? " + rng.choice(["No, that would need a different setup.", "That would come from a slip in the " + w['tag'].replace('_', ' ') + ", so no.", "Doesn't survive a check against the givens."]))
        else:
            parts.append(f"会是 {w['val']} 吗？不是，那是{w['tag']}类的错误。")
    op = p.get("other_part")
    if op:
        goal = _sentences(p["q"][lang])[-1]
        parts.append((f"Wait, careful: {op} shows up along the way, but it is an intermediate quantity, not the thing asked for (\"{goal}\")." if lang == "en"
                      else f"注意：{op} 只是中间量，不是题目所求（{goal}）。"))
    return " ".join(parts)


def table(steps):
    rows = []
    for i, s in enumerate(steps):
        if "=" in s and "\\[" not in s and "pmatrix" not in s:
            r = s.split("=")[-1].strip().rstrip(".。").strip("$ ")
            if 0 < len(r) < 40 and "$" not in r and "\\" not in r:
                rows.append(f"| {i + 1} | {r} |")
    if len(rows) < 2:
        return ""
    return "\n\n| Step | Intermediate result |\n|---|---|\n" + "\n".join(rows)


def numbers_par(p, lang, rng):
    q = p["q"][lang]
    nums = re.findall(r"-?\d+(?:\.\d+)?", q)
    seen = []
    for n in nums:
        if n not in seen:
            seen.append(n)
    if len(seen) < 2:
        return ""
    if lang == "en":
        lead = rng.choice(["Numbers given in the problem: ", "Let me list what's given: ", "Data: "])
        return lead + ", ".join(seen) + ". " + rng.choice([
            f"That's {len(seen)} quantities; I need to make sure each one gets used exactly where it belongs.",
            "I'll keep track of which is which so I don't plug one into the wrong place.",
            f"The last sentence tells me what to output: \"{_sentences(q)[-1]}\""])
    return "题目给出的数据：" + "、".join(seen) + "。注意每个数都要用在正确的位置。"


FORM_EN = [
    ("radical", "The answer should be in simplest radical form, so I need to pull out any square factors from under the root."),
    ("interval", "They want interval notation, so I need to decide open vs closed endpoints — strict inequality means parentheses."),
    ("ordered pair", "Answer format: an ordered pair (x, y), x first."),
    ("scientific notation", "Scientific notation means a coefficient between 1 and 10 times a power of ten."),
    ("radians", "Radians, so the answer should be a multiple of π, reduced."),
    ("terms of $\\pi$", "Exact answer in terms of π, no decimal approximation needed."),
    ("how many minutes", "Careful with units: the question wants minutes, not hours."),
    ("remainder", "A remainder mod 1000 is between 0 and 999."),
    ("how many", "It's a count, so the answer should be a whole number."),
    ("how much", "It's a money amount, so I'll keep the cents exact."),
]


def form_par(p, lang):
    if lang != "en":
        return ""
    q = p["q"]["en"].lower()
    for key, txt in FORM_EN:
        if key.lower() in q:
            return txt
    return ""


def dress(txt, p, lang, rng, mode):
    correct = mode in ("plain", "alt", "think", "self_correct", "repeat_ok", "restate", "weak_ramble", "broken_latex", "verify_after")
    steps = p["steps"][lang]
    if mode == "truncated":
        k = max(1, len(steps) // 2)
        th = ("<think>\n" + (f"Let me read it again. {p['q'][lang]}\n\n" if lang == "en" else f"再读一遍题：{p['q'][lang]}\n\n") + numbers_par(p, lang, rng) + "\n\n"
              + explore(p, lang, rng) + "\n\n" + narrate(steps[:k], lang, rng) + "\n\n" + ("Hmm, let me restart that more carefully. " if lang == "en" else "重新来一遍。") + narrate(steps[:k], lang, rng))
        cand = th + "\n\n" + restate(p, lang, rng) + txt
        if not any(a in cand for a in p["ans"]):
            return cand
        return restate(p, lang, rng) + txt
    if lang == "en" and rng.random() < 0.85 and "\n\n".join(steps) in txt and mode not in ("wrong_final", "typed_wrong"):
        txt = txt.replace("\n\n".join(steps), "\n\n".join(steps) + table(steps), 1)
    if rng.random() < 0.6 and "\n\n".join(steps) in txt:
        txt = txt.replace("\n\n".join(steps), headed(steps, lang, rng), 1)
    pre = "" if mode == "restate" else restate(p, lang, rng)
    if not correct and lang == "en" and pre:
        np_ = numbers_par(p, lang, rng)
        if np_:
            pre += np_ + "\n\n"
    if rng.random() < 0.97:
        had = txt.startswith("<think>\n")
        nst = steps
        if mode == "wrong_final" and p["wrong"][0].get("steps", {}).get(lang):
            nst = p["wrong"][0]["steps"][lang]
        th = narrate(nst, lang, rng)
        if mode != "wrong_final" and rng.random() < 0.9:
            th = explore(p, lang, rng) + "\n\n" + th
        if (correct or mode in ("final_diff", "repeat_bad", "closing_bad", "two_answers", "typed_wrong")) and rng.random() < 0.9:
            ea = explore_all(p, lang, rng)
            if ea:
                th += "\n\n" + ea
        if lang == "en":
            th += " " + rng.choice(["Before I write it up, the question asked: " + _sentences(p["q"][lang])[-1] + " Good, that's what I computed.",
                                    "Units and form: let me make sure the final line answers exactly what was asked.",
                                    "I think that's it. Let me write a clean solution."])
        else:
            th += "\n\n" + rng.choice(["题目问的是：" + _sentences(p["q"][lang])[-1] + " 对，就是这个量。", "好，整理一下写出解答。"])
        if rng.random() < (0.97 if lang == "en" else 0.92):
            th2 = narrate(nst, lang, rng).replace("Okay, so first", "Going again from the top:").replace("好，先", "从头再来：")
            th += ("\n\nHmm, let me go through the whole thing once more, slowly, since it's easy to slip.\n\n" if lang == "en" else "\n\n为了保险，从头再算一遍。\n\n") + th2
        if p.get("verify", {}).get(lang) and rng.random() < 0.9 and (correct or mode == "wrong_final" and nst is steps):
            th += ("\n\nQuick sanity check. " if lang == "en" else "\n\n简单验证：") + p["verify"][lang]
        extra = " ".join(x for x in (numbers_par(p, lang, rng), form_par(p, lang)) if x)
        if extra:
            th = extra + "\n\n" + th
        intro = (f"Let me read it again. {p['q'][lang]}\n\n" if lang == "en" else f"再读一遍题：{p['q'][lang]}\n\n") if rng.random() < 0.85 else ""
        if had:
            txt = "<think>\n" + intro + th + "\n\n" + txt[len("<think>\n"):]
            txt = txt.replace("</think>\n\n", "</think>\n\n" + pre, 1)
        else:
            txt = "<think>\n" + intro + th + "\n</think>\n\n" + pre + txt
    else:
        txt = pre + txt
    if correct:
        if rng.random() < 0.6:
            if not p["wrong"][0].get("why_en", "").startswith("I "):
                txt += pitfall(p, lang)
        if mode != "verify_after" and rng.random() < 0.9 and p.get("verify", {}).get(lang):
            txt += ("\n\n---\n**Check.** " if lang == "en" else "\n\n**检验：**") + p["verify"][lang]
    return txt
