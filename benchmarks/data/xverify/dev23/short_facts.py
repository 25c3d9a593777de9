"""Short-answer fact questions: long chatty outputs with the answer stated in prose."""
from common import paras, cut, rec

EN = {
    "intro": ["Let me think about this carefully.", "Good question — let me reason it out rather than just guess.",
              "Okay, let me work through what I know here.", "Sure, let me think this through."],
    "frame": ["The question is asking for a specific {k}. It's the kind of question where several well-known "
              "candidates can get mixed up, because they belong to the same period, region or field, so I want to "
              "go through them one by one rather than answer from memory alone.",
              "This asks for a {k}. Questions like this are easy to get wrong by naming a closely related {k}, so "
              "I'll first list the candidates that come to mind and what each is actually known for."],
    "cands": "A few candidates come to mind: {c}.",
    "match": ["Now I'll match the candidates against the exact wording of the question, since the wording usually "
              "contains the detail that rules out the near misses.",
              "The wording of the question is quite specific, so the job is just to line it up against what each "
              "candidate is known for and see which one actually fits, not just which one sounds familiar."],
    "list": ["This is a list question, so the answer only counts if every member is named — leaving one out or adding "
             "a wrong one would make it incomplete. Let me recall the full set before writing it down.",
             "Since the question asks for several items, I'll go through them one at a time and make sure none is "
             "missing and nothing extra sneaks in."],
    "sure": ["I'm fairly confident about this one.", "That's the one that fits the wording."],
    "two": "Honestly, it's either {a} or {b} — I can't pin it down more precisely than that.",
    "change": "Hmm, wait — actually, I might be mixing things up. Thinking about it again, I'd go with {b} instead.",
    "oops": "Hmm, no — that's not right. {b} is associated with something else; let me reconsider.",
    "tail": ["Let me know if you'd like more background on this!", "Happy to go into more detail if it's useful.",
             "It's a common quiz question, and the near misses above are exactly what people tend to confuse it with."],
    "recap": "(Not to be confused with {b}: {nb})",
    "restate": ["The question: \"{q}\"", "So the question is: {q}"],
    "approach": ["My usual approach with factual questions like this is to avoid answering from the first name that "
                 "pops into my head. Familiar names tend to crowd out the correct one, especially when several people, "
                 "places or dates from the same context are all well known. Listing the alternatives and checking each "
                 "against the exact wording is slower, but much more reliable.",
                 "A quick note on method: recall-type questions are where it's easiest to be confidently wrong, "
                 "because related facts blur together. So rather than trusting the first association, I'll write down "
                 "the plausible options, recall one distinctive fact about each, and only then commit."],
    "conf": ["Going back over it once more, the distinguishing detail in the question lines up with only one of the "
             "options; the others are related but belong to a different work, event or role.",
             "Checking again against the wording, the other candidates are associated with neighbouring facts, which "
             "is exactly why they come to mind, but they don't answer this particular question."],
    "recall": "Recalling them one at a time:",
}
ZH = {
    "intro": ["我来仔细想一下。", "好的，我们来分析一下这个问题。", "这个问题我梳理一下。"],
    "frame": ["题目问的是一个{k}。这类问题容易和同类的其他{k}混淆，所以我先把可能的选项列出来，逐一核对。",
              "这是在问某个{k}。同一时期或同一领域里有好几个容易搞混的{k}，我先把它们各自的代表性信息理一理，再判断。"],
    "cands": "能想到的有：{c}。",
    "match": ["接下来把题目里的关键信息和这些候选逐一对照，看哪个真正符合。",
              "题目的表述很具体，只要和每个候选对应一下，就能排除那些看起来相似的答案。"],
    "list": ["这是要列出几项的问题，必须全部答对才算完整，少一项或多一项都不对。我先把完整的几项回忆一遍。",
             "题目要求列举，我一项一项地确认，避免遗漏或者混进不相干的内容。"],
    "sure": ["这一点我比较确定。", "这个和题意最吻合。"],
    "two": "说实话，可能是{a}，也可能是{b}，我没法确定是哪一个。",
    "change": "嗯，等一下，我可能记混了。再想想，我觉得应该是{b}。",
    "oops": "不对，{b}对应的是别的，我再想想。",
    "tail": ["如果还想了解更多背景，可以告诉我。", "这是常见的常识题，上面提到的几个很容易被混淆。", "希望对你有帮助！"],
    "recap": "（注意不要和{b}混淆：{nb}）",
    "restate": ["题目：{q}", "问题是：{q}"],
    "approach": ["回答这类常识题时，我一般不直接说出第一个想到的名字，因为同一背景下的几个名字或日期都很有名，容易互相干扰。"
                 "把可能的选项列出来，再逐一和题目措辞核对，虽然慢一点，但更可靠。",
                 "先说一下思路：记忆类的问题最容易“自信地答错”，因为相关的知识点会混在一起。所以我先列出几个可能的答案，"
                 "各自回忆一个有区分度的事实，然后再下结论。"],
    "conf": ["再核对一遍，题目中的关键信息只和其中一个选项对得上，其余几个虽然相关，但属于别的作品、事件或身份。",
             "再对照题目的措辞检查一次，其他候选之所以会被想到，是因为它们和相邻的知识点有关，但并不回答这个问题。"],
    "recall": "逐项回忆：",
}


def compose(rng, item, lang, label):
    q, ref, forms, wrongs, kind, notes, finals = item
    T = EN if lang == "en" else ZH
    sep = ", " if lang == "en" else "、"
    fin = rng.choice(finals)
    is_list = kind.startswith("list:")
    k = kind.split(":")[-1]
    head = [rng.choice(T["intro"]), rng.choice(T["restate"]).format(q=q), rng.choice(T["approach"])]
    if is_list:
        head += [rng.choice(T["list"]), rng.choice(T["match"])]
    else:
        cands = [ref] + list(wrongs)
        rng.shuffle(cands)
        head += [rng.choice(T["frame"]).format(k=k), T["cands"].format(c=sep.join(cands)),
                 " ".join(notes[c] for c in cands), rng.choice(T["match"])]
    tail = rng.choice(T["tail"]) if rng.random() < 0.5 else ""
    w = rng.choice(wrongs)
    if label == "Correct":
        mode = rng.choice(["full", "form", "form", "recap", "self_correct"])
        a = forms[0] if mode == "full" else rng.choice(forms)
        body = []
        if mode == "self_correct" and not is_list:
            body = [fin.format(a=w).rstrip("。.") + ("…" if lang == "zh" else "..."), T["oops"].format(b=w)]
        elif mode == "self_correct":
            mode = "form"
        body.append(rng.choice(T["conf"]) if not is_list else "")
        body.append(rng.choice(T["sure"]))
        if is_list:
            body.insert(0, T["recall"] + "\n" + "\n".join("- " + x for x in ref.replace("、", ", ").split(", ")))
        if mode == "recap" and not is_list:
            tail = T["recap"].format(b=w, nb=notes[w])
        return paras(head + body + [fin.format(a=a), tail]), "correct_" + mode
    if is_list:
        mode = rng.choice(["list_missing", "list_wrong_member", "changed_last"])
        items = [x.strip() for x in ref.replace("、", ", ").split(", ")]
        if mode == "list_missing":
            drop = rng.randrange(len(items))
            keep = [x for i, x in enumerate(items) if i != drop]
            a = (sep.join(keep[:-1]) + (" and " if lang == "en" else "和") + keep[-1]) if len(keep) > 1 else keep[0]
            rl = T["recall"] + "\n" + "\n".join("- " + x for x in keep)
            return paras(head + [rl, rng.choice(T["sure"]), fin.format(a=a), tail]), "wrong_list_missing"
        if mode == "list_wrong_member":
            return paras(head + [fin.format(a=w), tail]), "wrong_list_wrong_member"
        return paras(head + [fin.format(a=forms[0]), T["change"].format(b=w), fin.format(a=w)]), "wrong_changed_last"
    mode = rng.choice(["same_kind", "same_kind", "two_answers", "changed_last", "truncated"])
    if mode == "same_kind":
        return paras(head + [rng.choice(T["conf"]), rng.choice(T["sure"]), fin.format(a=w), tail]), "wrong_same_kind"
    if mode == "two_answers":
        a, b = (forms[0], w) if rng.random() < 0.5 else (w, forms[0])
        return paras(head + [T["two"].format(a=a, b=b), tail]), "wrong_two_answers"
    if mode == "changed_last":
        return paras(head + [fin.format(a=forms[0]), T["change"].format(b=w)]), "wrong_changed_last"
    return paras(head[:-1] + [cut(head[-1], rng)]), "wrong_truncated"


def make(rng, item, lang, label):
    out, trap = compose(rng, item, lang, label)
    return rec("triviaqa_like" if lang == "en" else "cqa_like", "short_text", item[0], out, item[1], label, lang, trap)
