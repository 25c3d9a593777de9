"""Shared helpers for dev56: trace building, padding, record assembly."""
import json

PAD_EN = [
    "Let me re-read the problem statement to make sure I'm answering the quantity that is actually asked.",
    "Hmm, I should double-check the arithmetic in that last step before moving on.",
    "Actually, let me redo this a slightly different way, just to be safe.",
    "Okay, the two approaches agree so far.",
    "One thing that often goes wrong here is a sign or a unit, so I'll watch for that.",
    "Let me write the intermediate values down explicitly instead of doing them in my head.",
    "I want to be careful not to confuse the given data with what is being asked.",
    "Good, nothing in the statement contradicts what I have.",
    "Let me also sanity-check the order of magnitude; it seems reasonable.",
    "I'll go through the key step once more, slowly.",
    "Is there any hidden condition? Re-reading... no, I don't think so.",
    "Alright, I think the setup is right. Let me now focus on the computation.",
    "Let me consider whether a different interpretation of the wording would change anything; I don't think it does here.",
    "If I had made an off-by-one error somewhere, the check would have failed, and it didn't.",
    "I could also approach this by estimating first and refining, which gives a useful bound to compare against.",
    "Let me make sure I'm reporting it in the form the question expects rather than an intermediate quantity.",
    "Before finalizing, I'll scan each line for transcription mistakes when copying numbers.",
    "There's a temptation to stop at the first plausible value, but it's worth verifying independently.",
]
PAD_ZH = [
    "先把题目再读一遍，确认要求的到底是哪个量。",
    "嗯，上一步的计算需要再核对一下。",
    "换一种方法再算一遍，保险起见。",
    "好的，两种方法目前结果一致。",
    "这类题容易在符号或单位上出错，要注意。",
    "把中间结果都写出来，不要心算。",
    "注意不要把已知条件和所求混淆。",
    "题目里没有与现有推导矛盾的条件。",
    "再估算一下数量级，看起来是合理的。",
    "关键的一步再慢慢过一遍。",
    "有没有隐含条件？再读一遍……应该没有。",
    "好，建模应该没问题，下面专心计算。",
    "考虑一下题目有没有别的理解方式，这里看起来不会影响结果。",
    "如果哪里多算或少算了一个，检验就会不通过，而检验是通过的。",
    "也可以先估算一个范围，再精确计算，两者对照。",
    "要确认最后给出的是题目要求的形式，而不是某个中间量。",
    "定稿之前，再扫一遍抄写数字时有没有抄错。",
    "第一个看似合理的结果不一定对，最好独立验证一下。",
    "把每一步的依据都写清楚，这样回头检查更方便。",
    "这一步用到的公式再回忆一下，确认没有记错。",
]
OPEN_EN = [
    "Okay, let's see. ", "Alright, so the question is asking the following. ", "Let me think about this carefully. ",
    "First, I need to understand what is being asked. ", "Hmm, okay. ", "So I need to work this out step by step. ",
]
OPEN_ZH = ["好的，我来看一下这道题。", "嗯，先理解题意。", "我们一步一步来分析。", "首先明确题目要求。", "好，来想一想。"]
RECHECK_EN = ["Wait, let me verify that.", "Wait, is that right?", "Let me check this again.",
              "Hold on, let me recompute.", "Let me double-check by substituting back."]
RECHECK_ZH = ["等等，验证一下。", "等等，这样对吗？", "再检查一遍。", "稍等，重新算一下。", "代回去验证一下。"]


def pad(rng, lang, steps, target):
    """Grow a reasoning body to about `target` characters, re-using the real steps as re-checks."""
    pool = PAD_ZH if lang == "zh" else PAD_EN
    rc = RECHECK_ZH if lang == "zh" else RECHECK_EN
    parts = []
    body = "\n\n".join(steps)
    fresh = list(pool)
    rng.shuffle(fresh)
    rechecks = 0
    while len(body) + sum(len(p) + 2 for p in parts) < target and (fresh or rechecks < 3):
        if steps and rechecks < 3 and (rng.random() < 0.3 or not fresh):
            parts.append(rng.choice(rc) + " " + rng.choice(steps))
            rechecks += 1
        else:
            parts.append(fresh.pop())
    return parts


def build_trace(rng, lang, steps, target, tail_think=None, question=None):
    """Return the think body (without tags): opener, steps, padding, optional tail."""
    opener = rng.choice(OPEN_ZH if lang == "zh" else OPEN_EN)
    extra = pad(rng, lang, steps, target)
    mid = list(steps)
    # interleave padding among steps
    for p in extra:
        mid.insert(rng.randint(1, len(mid)), p)
    body = opener + ((question + "\n\n") if question else "") + "\n\n".join(mid)
    if tail_think:
        body += "\n\n" + tail_think
    return body


def think(body, summary, closed=True):
    if not closed:
        return "<think>\n" + body
    return "<think>\n" + body + "\n</think>\n\n" + summary


def record(idx, dataset, kat, q, out, ref, label, lang, trap):
    return {"id": "d56-%04d" % idx, "dataset": dataset, "key_answer_type": kat, "question": q,
            "llm_output": out, "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)
