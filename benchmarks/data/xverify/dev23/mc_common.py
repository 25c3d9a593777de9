"""Shared composition for multiple-choice and label outputs (answer named in prose)."""
from common import paras, cut

EN = {
    "intro": ["Let me think through this carefully.", "Okay, let's take this one step at a time.",
              "Good one — let me reason about it before picking.", "Let me work through this."],
    "method": ["Rather than going with a first impression, I'll check each possibility against the details given, "
               "because the wrong options are usually designed to look reasonable at a glance. Whatever survives the "
               "check is the answer.",
               "The safest way to do this is to look at what the question actually states, consider what each possible "
               "answer would require, and rule out the ones that need extra assumptions or contradict something.",
               "I'll go carefully here. It's easy to pick something that is merely related to the question instead of "
               "the thing the question actually supports, so I want to check each candidate against the text."],
    "two": ["So it comes down to {a} or {b}; both seem defensible to me, so I'd accept either.",
            "I'm torn between {a} and {b} — I can see arguments for each."],
    "change": "Hmm, wait. Let me reconsider — on a second reading, I think {b} fits better. I'll change my answer.",
    "oops": "Hmm, actually no — let me re-check that, because it doesn't hold up.",
    "restate": ["Restating the task so it's in front of me:\n\n> {q}", "The question is:\n\n> {q}"],
    "consider": ["A few general points before I decide. First, the answer has to be supported by the information "
                 "given, not by outside assumptions about what is likely. Second, an option that is partly right or "
                 "only loosely related is still wrong if something better fits exactly. Third, if two candidates "
                 "both seem plausible, the tie is usually broken by a small detail in the wording, so it's worth "
                 "re-reading the question once more rather than going on instinct.",
                 "It's worth being systematic here. Questions like this are usually built so that one answer is "
                 "exactly right and the others are tempting for a specific reason: they repeat a word from the "
                 "question, they describe something related, or they follow from a common misreading. Keeping that in "
                 "mind makes it easier to see why the distractors are there."],
    "verify": ["Before settling, let me re-read the question one more time to make sure I'm answering what it actually "
               "asks and not a slightly different question. The key details are the ones I've noted above, and I "
               "don't see anything that changes the picture.",
               "One last sanity check: does the conclusion depend on anything that isn't actually stated? Looking back "
               "over the reasoning, every step relies only on what's given, so I'm comfortable committing."],
    "tail": ["Let me know if you'd like me to explain any part of this in more detail.",
             "Hope this helps!", "This is a good example of why reading the exact wording matters."],
}
ZH = {
    "intro": ["我来仔细分析一下。", "好的，我们一步一步来看。", "这道题我想先分析再作答。"],
    "method": ["我不想凭第一印象作答，而是把每个可能的答案都和题目给出的信息核对一遍，因为干扰项通常乍一看都挺合理。",
               "稳妥的做法是：先看题目到底说了什么，再看每个答案需要什么前提，排除需要额外假设或者与题干矛盾的选项。",
               "这里要小心，很容易选一个只是“相关”的答案，而不是题目真正支持的答案，所以我逐个核对。"],
    "two": ["所以在{a}和{b}之间，我觉得两个都说得通。", "我在{a}和{b}之间犹豫，两个都有道理。"],
    "change": "嗯，等等，我再想一下。重新读了一遍，我觉得{b}更合适，改成这个。",
    "oops": "嗯，不对，我再核对一下，这个站不住。",
    "restate": ["先把题目抄一遍：\n\n> {q}", "题目如下：\n\n> {q}"],
    "consider": ["作答之前先说几点原则。第一，答案必须由题目给出的信息支持，而不是凭对常识的猜测。第二，一个只是部分正确或者只是"
                 "相关的答案，如果有更准确的答案存在，也不能选。第三，如果两个答案看起来都说得通，通常是题干里某个细节决定了"
                 "取舍，所以值得再读一遍题目，而不是凭感觉选。",
                 "这里要有条理地分析。这类题通常只有一个答案完全正确，其他的干扰项之所以有迷惑性，往往是因为重复了题干里的"
                 "词语、描述了相关但不同的内容，或者对应一种常见的误读。明白这一点，就比较容易看出干扰项为什么在那里。"],
    "verify": ["在下结论之前，我再读一遍题目，确认回答的是题目真正问的问题，而不是一个相近的问题。上面列出的关键信息都核对过了，"
               "没有发现会改变判断的地方。",
               "最后检查一下：结论是否依赖了题目中没有说明的信息？回头看推理的每一步，都只用到了题目给出的内容，所以可以下结论。"],
    "tail": ["如果有不清楚的地方，可以再问我。", "希望对你有帮助！", "这题的关键是看清题干的具体表述。"],
}


def choice_out(rng, lang, head, right, wrong, fins, label, trunc=True, safe=1, lead=None, q=None, no_self=False):
    """head: list of reasoning paragraphs (no final commitment). right/wrong: the named answer strings.
    fins: final templates with {a}. safe: leading head paragraphs that don't lean to an answer (kept when
    truncating; the cut output then ends in an unfinished lead-in sentence). Returns (text, trap)."""
    T = EN if lang == "en" else ZH
    pre = [rng.choice(T["intro"])]
    if q:
        pre.append(rng.choice(T["restate"]).format(q=q.replace("\n", "\n> ")))
    pre += [rng.choice(T["method"]), rng.choice(T["consider"])]
    n_pre = len(pre)
    head = pre + list(head)
    ver = rng.choice(T["verify"])
    fin = rng.choice(fins)
    tail = rng.choice(T["tail"]) if rng.random() < 0.5 else ""
    if label == "Correct":
        mode = rng.choice(["plain", "plain", "tail"] + ([] if no_self else ["self_correct"]))
        body = head + [ver]
        if mode == "self_correct":
            body = head + [ver, fin.format(a=wrong).rstrip(".。") + ("…" if lang == "zh" else "..."), T["oops"]]
        if mode == "tail":
            tail = rng.choice(T["tail"])
        return paras(body + [fin.format(a=right), tail]), "correct_" + mode
    modes = ["other_option", "other_option", "two_answers", "changed_last"] + (["truncated"] if trunc else [])
    mode = rng.choice(modes)
    if mode == "other_option":
        return paras(head + [ver, fin.format(a=wrong), tail]), "wrong_other_option"
    if mode == "two_answers":
        a, b = (right, wrong) if rng.random() < 0.5 else (wrong, right)
        return paras(head + [rng.choice(T["two"]).format(a=a, b=b)]), "wrong_two_answers"
    if mode == "changed_last":
        return paras(head + [ver, fin.format(a=right), T["change"].format(b=wrong), fin.format(a=wrong)]), \
            "wrong_changed_last"
    if lead is None:
        lead = rng.choice(["Going through the possibilities one at a time, the first thing to check is whether",
                           "Now, putting the pieces together, the deciding factor is"] if lang == "en" else
                          ["逐一分析，首先要看的是", "把这些信息放在一起，关键在于"])
    return paras(head[:n_pre + safe] + [lead]), "wrong_truncated"
