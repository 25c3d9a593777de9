"""Turn a problem spec into a labelled record with a chosen output mode."""
from common import (VOICES_EN, VOICES_ZH, RECHECK_EN, RECHECK_ZH, OK_EN, OK_ZH, FLIP_EN, FLIP_ZH,
                    present, hedge_text, abandon_text, wrap)

META = {
    ("en", "math"): [
        "Let me also think about what form the answer should take. The question doesn't demand a particular format, so any exact equivalent form should be acceptable, but I'll keep it clean and simplified.",
        "One thing I want to be careful about is not answering a slightly different question than the one asked. Re-reading the prompt, it asks exactly for the quantity I'm computing, nothing more.",
        "I should watch for edge cases here — negative numbers, a sign that flips, a unit that changes. Nothing unusual seems to happen with these particular numbers, so the straightforward approach should be fine.",
        "Let me organize my thoughts: I have the given information, I know what's being asked, and I have a method. The main risk is an arithmetic slip, so I'll go slowly and write every intermediate value down.",
        "It's worth pausing to make sure the approach is right before grinding through the numbers. I think it is — this is the standard method for this kind of problem, and it doesn't rely on any special trick.",
        "Hmm, I could also try a shortcut, but the direct computation is safer and not much longer, so I'll stick with it and double-check at the end.",
        "Let me keep track of the intermediate results so far, so I don't lose anything when I combine them in the last step.",
    ],
    ("zh", "math"): [
        "另外要注意答案的形式。题目没有指定格式，所以只要是等价的准确形式都可以，不过我还是尽量写成最简形式。",
        "这里容易出错的地方是把题目问的量弄混，所以我再读一遍题：题目问的正是我现在要算的这个量，没有别的附加要求。",
        "先整理一下思路：已知条件都列出来了，要求的量也明确了，方法也确定了，剩下主要就是别算错，每一步中间结果都写清楚。",
        "在开始大量计算之前，先确认方法是否正确。我认为这是这类题目的标准做法，不需要什么特殊技巧，按部就班即可。",
        "嗯，其实也可以考虑用更快的方法，但直接计算更稳妥，反正也不长，最后再验算一遍就好。",
        "还要留意符号和单位有没有变化，比如负号、不等号方向、单位换算之类的细节，这些地方最容易丢分。",
    ],
    ("en", "other"): [
        "Before answering I want to make sure I understand exactly what is being asked, because questions like this often hinge on a single word in the prompt.",
        "I should be careful not to rely on a vague impression here. Let me reason from what I actually know, and only then commit to an answer.",
        "It's easy to be misled by an option or phrase that sounds familiar, so I'll check each possibility against the question instead of going with my first instinct.",
        "Let me also consider how confident I am. If my knowledge here is solid, I can answer directly; if not, I should reason more carefully from the information provided.",
        "One more consideration: the expected answer format. The question tells me what kind of answer it wants, so I'll make sure the final answer is stated in that form.",
        "Let me restate the key facts in my own words, so I'm sure nothing in the prompt has been overlooked.",
    ],
    ("zh", "other"): [
        "作答之前，我要先确认题目到底在问什么，这类题往往就差在题干里的一个关键词上。",
        "这里不能只凭模糊的印象作答，要根据确切的知识或材料中的信息来推理，然后再下结论。",
        "有些选项或说法听起来很眼熟，容易让人误选，所以我要逐一对照题目来判断，而不是凭第一感觉。",
        "还要注意作答的格式：题目已经说明了需要什么形式的答案，最后我会按这个形式给出结论。",
        "我先用自己的话把关键信息复述一遍，确保没有遗漏题干里的任何条件。",
    ],
}
PLAN = {
    "en": ["My plan: pin down exactly what is given, translate the words into equations or a clear rule, carry out the computation carefully, and then check the result by an independent route, because a single slip anywhere would change the final value.",
           "Approach: I'll set up the relationships first, then compute intermediate quantities one at a time, writing each down so I can verify them later. At the end I'll plug the result back in or estimate it roughly to make sure it's in the right ballpark.",
           "Strategy-wise, there's a standard technique for this kind of question, and I'll follow it step by step rather than trying to be clever. After that I'll verify with a second method or a sanity check.",
           "First I want a rough expectation of the answer, so I can tell if something goes badly wrong. Then I'll do the exact computation and compare."],
    "zh": ["我的思路是：先把已知条件和所求量弄清楚，把文字转化为式子，然后一步一步认真计算，最后用另一种方法或代入法验算，因为任何一步出错都会导致最终结果不对。这类题目看似简单，但考试中很多人就是在细节上失分的，所以不能掉以轻心。",
           "解题策略：先建立数量关系，再逐个求出中间量，每一步都写下来，方便之后检查。算完之后，再把结果代回原题，或者粗略估算一下，看看数量级是否合理。只有两种方法得到的结果一致，我才会给出最终答案。",
           "这类题有比较固定的解法，我就按照标准步骤来做，不去追求花哨的技巧。做完之后再用第二种方法验证，确保万无一失。顺便也回顾一下相关的公式和定义，免得记混。"]}
PLAN_O = {
    "en": ["My approach: identify precisely what the question asks for, recall or locate the relevant information, weigh the alternatives against it, and only then settle on an answer — checking it once more against the wording of the question.",
           "I'll go through this systematically: first the key terms in the question, then the evidence for each possible answer, and finally a check that my answer is in the form requested.",
           "Strategy: rather than trusting a first impression, I'll justify the answer explicitly, and I'll also ask myself what would have to be true for a different answer to be right."],
    "zh": ["我的思路是：先弄清题目问的究竟是什么，再回忆或查找相关的知识和材料信息，把各个可能的答案逐一对照，最后再结合题干措辞核对一遍。这类题目往往在细节处设有陷阱，所以每个判断都要有依据。",
           "我打算有条理地处理：先抓住题干中的关键词，再看每个可能答案的依据，最后检查答案的形式是否符合题目要求。只有依据充分的结论才能作为最终答案。",
           "策略上，不凭第一印象作答，而是把理由明确写出来；同时反过来想一想，如果换一个答案，需要满足什么条件，以此排除干扰项。"]}
CLOSE_O = {
    "en": ["Having checked the alternatives against the question, I'm confident in this answer.",
           "The reasoning is consistent from start to finish, so I'll commit to this.",
           "This matches both the wording of the question and what I know, so that's my final answer."],
    "zh": ["把各种可能都和题目对照过之后，我对这个答案比较有把握。回顾一下，这道题的关键在于准确理解题干，并且不被似是而非的说法干扰。",
           "从头到尾的推理前后一致，依据也很充分，可以确定最终答案。类似的题目也可以用同样的方法：先抓关键词，再逐一排除。",
           "这个结论既符合题干的表述，也与已知事实一致，因此作为最终答案。"]}
CLOSE = {
    "en": ["Both the direct computation and the independent check agree, so I'm confident in the result.",
           "I've verified the key step twice, and the numbers are consistent throughout, so I'll commit to this answer.",
           "Everything lines up: the setup matches the question, and the check confirms the computation."],
    "zh": ["直接计算和独立验算的结果一致，而且每一步的依据都清楚，我对这个答案比较有把握。回顾整个过程，关键在于正确理解题意并建立正确的关系式，后面的计算只要细心就不会出错。",
           "关键步骤我已经核对了两遍，前后数据也都吻合，可以确定答案。这道题的易错点在于中间步骤的处理，稍不注意就会得到错误的结果，好在验算已经排除了这种可能。",
           "整个过程条理清楚：题意理解无误，计算经过验算，结论可靠。如果考试中遇到类似的题目，也可以按照同样的思路快速求解，并用代入法检验。"]}
EXTRA = {
    ("en", "math"): ["A common pitfall with problems like this is to apply the right formula to the wrong quantity, or to drop a sign or a factor halfway through. I'll keep that in mind and compare each line with the one before it.",
                     "Let me also make sure I haven't misread any number in the statement — copying a value incorrectly is the most frequent source of error, and it would make every later step wrong even if the method is right.",
                     "If I had to estimate before computing, I'd expect something of roughly this size, so the exact value I get below shouldn't surprise me. Let's see."],
    ("zh", "math"): ["这类题常见的错误是公式用对了、却代错了量，或者中途漏掉符号、漏乘系数。我会时刻注意这一点，每写一行都和上一行对照。另外，题目中的数据我也要再核对一次，抄错数字是最常见的失误，一旦抄错，后面方法再对也没用。",
                     "先回顾一下本题涉及的知识点：相关的定义、公式以及它们的适用条件。只有在条件满足时才能直接套用公式，否则需要先做变形。这里条件是满足的，可以放心使用。",
                     "计算之前先粗略估计一下结果的大小，这样如果算出来的数偏差太大，就能立刻发现问题。估计完之后再精确计算，两相对照。"],
    ("en", "other"): ["A common trap with questions like this is a distractor that is related to the topic but answers a slightly different question. I'll keep the exact wording in front of me.",
                      "Let me also consider whether any part of the prompt could be read two ways. As far as I can tell the intended reading is clear."],
    ("zh", "other"): ["这类题常见的陷阱是干扰项与题目相关，却回答的是另一个问题。我要紧扣题干的原话来判断，不要被相近的概念带偏。另外，还要看清题目要求的作答形式。",
                      "再想一想题干有没有可能有两种理解。仔细读下来，出题意图是清楚的，不存在歧义，因此可以按照通常的理解作答。同时回顾一下相关的背景知识，确认没有记错。"],
}
CORRECT_MODES = ["exact", "equiv", "equiv", "equiv", "restated", "self_corrected", "exact_plain"]
WRONG_MODES = ["wrong_value", "wrong_value", "hedge", "cutoff", "flip", "abandon", "flip"]


def pick_voice(rng, lang):
    return rng.choice(VOICES_ZH if lang == "zh" else VOICES_EN)


def build(rng, spec, label, dataset, kat, mode=None):
    """spec keys: lang q gist steps err check ref eq wrong summ kind."""
    lang = spec["lang"]
    zh = lang == "zh"
    kind = spec.get("kind", "math")
    voice = pick_voice(rng, lang)
    steps = list(spec["steps"])
    eq = [e for e in spec.get("eq", []) if e != spec["ref"]]
    shown_ref = spec.get("show", spec["ref"])
    wrong = spec["wrong"]
    assert wrong[0] != spec["ref"] and wrong[0] not in eq, (spec["q"], wrong)
    if mode is None:
        pool = CORRECT_MODES if label == "Correct" else WRONG_MODES
        mode = rng.choice(pool)
        if mode in ("equiv", "restated") and not eq:
            mode = "exact"
    recheck = rng.choice(RECHECK_ZH if zh else RECHECK_EN)
    ok = rng.choice(OK_ZH if zh else OK_EN)
    meta = rng.sample(META[(lang, "math" if kind == "math" else "other")], 5 if zh else 4)
    q1 = spec["q"] if len(spec["q"]) < 600 else spec["q"][:600] + "…"
    restate = (("题目原文是：“%s”" % q1) if zh else ("The problem says: \"%s\"" % q1)) if rng.random() < 0.8 else meta[2]
    plan = rng.choice((PLAN if kind == "math" else PLAN_O)[lang])
    plan += "\n\n" + rng.choice(EXTRA[(lang, "math" if kind == "math" else "other")])
    body = [restate, plan] + steps[:1] + [meta[0]] + steps[1:2] + [meta[1]] + steps[2:]
    check_par = recheck + " " + spec["check"] + " " + ok
    redo = ((("为了保险，我从头再完整算一遍：" if kind == "math" else "为了保险，我再从头梳理一遍：") if zh else ("To be thorough, let me redo the whole thing from scratch: " if kind == "math" else "To be thorough, let me walk through the reasoning once more: ")) +
            (" " if not zh else "").join(steps) + (" " + meta[3] if zh or kind != "math" else ""))
    if zh:
        check_par += "\n\n" + meta[4] + "\n\n" + redo
    else:
        check_par += "\n\n" + redo
    summ = ["%d. %s" % (n + 1, st) for n, st in enumerate(steps)]
    final_ans, trap = shown_ref, mode
    final = None
    if mode in ("exact", "exact_plain"):
        body += [check_par]
        tag, final = present(rng, lang, shown_ref, kind)
        trap = "exact_" + tag
    elif mode == "equiv":
        body += [check_par]
        e = rng.choice(eq)
        tag, final = present(rng, lang, e, kind)
        trap = "equiv_form_" + spec.get("eqtag", kind)
    elif mode == "restated":
        body += [check_par]
        e = rng.choice(eq)
        tag, final = present(rng, lang, shown_ref, kind)
        final += ("\n\n（也可以写成 %s。）" % e) if zh else ("\n\n(Equivalently, %s.)" % e)
        trap = "restated_other_form"
    elif mode == "self_corrected":
        w = wrong[0]
        slip = ("我先粗略算了一下，得到 %s。" % w) if zh else ("My first pass gave %s." % w)
        fix = ("等等，这不对，%s 不满足题目条件，刚才有一步算错了。重新算：" % w) if zh else \
              ("Wait, that can't be right — %s doesn't fit the conditions; I slipped somewhere. Redoing it:" % w)
        body = [restate, plan] + steps[:1] + [meta[0], slip, fix] + steps[1:2] + [meta[1]] + steps[2:] + [check_par]
        tag, final = present(rng, lang, shown_ref, kind)
        trap = "self_corrected_to_right"
    elif mode == "wrong_value":
        body = body[:-1] + [spec["err"]]
        final_ans = wrong[0]
        tag, final = present(rng, lang, final_ans, kind)
        summ = ["%d. %s" % (n + 1, st) for n, st in enumerate(steps[:-1] + [spec["err"]])]
        trap = "wrong_" + spec.get("errtag", "value")
    elif mode == "hedge":
        body += [check_par, spec["err"]]
        pair = [shown_ref, wrong[0]]
        rng.shuffle(pair)
        final = hedge_text(rng, lang, pair[0], pair[1])
        trap = "hedge_two_answers"
    elif mode == "cutoff" and kind != "math":
        s1 = steps[1]
        if kind == "mc":
            mark = ("%s 项" % shown_ref) if zh else ("(%s)" % shown_ref)
            piece = s1[: s1.index(mark)] if mark in s1 else s1[: len(s1) // 3]
        else:
            piece = s1[: len(s1) * 2 // 5]
            for al in [shown_ref] + eq + shown_ref.split():
                if len(al) > 1 and al in piece:
                    piece = piece[: piece.index(al)]
        body = body[: body.index(s1)] + ([piece.rstrip()] if piece.strip() else [])
        final = None
        trap = "cut_off_no_final"
    elif mode == "cutoff":
        cut = body[:-1]
        last = body[-1]
        piece = last[: max(20, len(last) * 2 // 3)]
        if shown_ref in piece:
            piece = piece[: piece.index(shown_ref)]
        cut.append(piece.rstrip())
        body = cut
        final = None
        trap = "cut_off_no_final"
    elif mode == "flip":
        flip = rng.choice(FLIP_ZH if zh else FLIP_EN)
        got = ("所以得到 %s。" % shown_ref) if zh else ("So I get %s." % shown_ref)
        body += [got, flip, spec["err"]]
        final_ans = wrong[0]
        tag, final = present(rng, lang, final_ans, kind)
        trap = "flip_from_right_to_wrong"
        summ = ["%d. %s" % (n + 1, st) for n, st in enumerate(steps[:-1] + [spec["err"]])]
    elif mode == "abandon":
        if kind == "math":
            body, summ = body[:-1], summ[:-1]
        else:
            body, summ = body[: body.index(steps[1])], summ[:1]
        final = abandon_text(rng, lang)
        trap = "abandoned_no_answer"
    if final is not None and mode not in ("hedge", "abandon"):
        lead = ("**答案**" if zh else "**Answer**") if rng.random() < 0.3 else ""
        if lead:
            final = lead + "\n" + final
    if final is not None and mode in ("exact", "exact_plain", "equiv", "restated", "self_corrected", "wrong_value"):
        final = rng.choice((CLOSE if kind == "math" else CLOSE_O)[lang]) + "\n\n" + final
    if spec.get("tail") and final is not None and label == "Correct" and mode == "exact" and rng.random() < 0.5:
        final += "\n\n" + spec["tail"]
    out = wrap(rng, lang, voice, spec["gist"], body, summ, final)
    return {"dataset": dataset, "key_answer_type": kat, "question": spec["q"], "llm_output": out,
            "correct_answer": spec["ref"], "label": label, "lang": lang,
            "trap": trap}
