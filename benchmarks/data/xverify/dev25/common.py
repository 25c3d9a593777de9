"""Shared helpers: output wrappers that imitate long model outputs (en / zh)."""

EN_FILLER = [
    "Let me restate the question carefully so that I do not answer a slightly different one by accident.",
    "I want to be careful here, because questions like this often have a closely related distractor that sounds right.",
    "First I will recall what I know about the topic, then check it against anything else I remember, and only then commit.",
    "It is easy to mix up people, places and works that are mentioned together in textbooks, so a quick cross-check helps.",
    "I should also consider whether the question is asking for a full name, a surname, or a title, and answer in a clear form.",
    "Thinking about common confusions: neighbouring countries, siblings, sequels and contemporaries are the usual traps.",
    "Let me double-check the dates and context I associate with this, since memory of such facts can drift by a year or two.",
    "Okay, going over it once more from a different angle to make sure the reasoning is consistent.",
    "There is no need for any calculation here; this is mostly recall, but the recall should be checked for consistency.",
    "Hmm, wait. Let me make sure I am not confusing this with a similarly named item that appears in the same chapter of most history books.",
    "I'll also keep the answer short at the end so that the grader can find it easily.",
]
ZH_FILLER = [
    "我先把题目重新读一遍，确认问的到底是什么，避免答非所问。",
    "这类题目经常有一个非常接近的干扰项，比如同一时代的人物、相邻的国家或者同一系列的作品，所以要仔细核对。",
    "先回忆一下相关的背景知识，再和其他记忆交叉验证，最后再给出结论。",
    "需要注意题目要的是全名、姓氏还是别称，最后的答案要写清楚。",
    "再从另一个角度检查一下，确保推理前后一致，没有记错年份或者人物关系。",
    "嗯，等一下，我要确认没有把它和教科书里同一章节出现的另一个相似名字搞混。",
    "这道题不需要计算，主要是知识回忆，但回忆的内容也需要检查一致性。",
    "常见的混淆包括：兄弟姐妹、前作与续作、同时代的作者，以及首都和最大城市。",
    "如果只凭第一印象作答，很容易落入出题人设置的陷阱，所以我会把几个候选答案都列出来，再逐个排除不符合条件的选项。",
    "另外，我也考虑一下这道题在教材里通常出现在哪一部分，结合当时的历史背景或学科背景，能帮助确认答案是否合理。",
    "好的，现在把上面的信息整理一下：题干的关键词已经找到，相关知识也回忆过了，前后没有矛盾的地方。",
    "为了稳妥起见，我再检查一遍答案的写法，确保名称、年份或者术语的表述是规范的，没有错别字。",
    "总的来说，这道题考查的是基础知识的准确记忆，只要把容易混淆的几个概念区分清楚，就不难得出结论。",
]

EN_CLOSERS = ["Final answer: {a}", "**Answer: {a}**", "So the answer is {a}.", "The answer is **{a}**."]
ZH_CLOSERS = ["最终答案：{a}", "**答案：{a}**", "所以答案是{a}。", "综上，答案为 **{a}**。"]


def pad(rng, lang, n_min, extra=()):
    pool = EN_FILLER if lang == "en" else ZH_FILLER
    sents = list(extra)
    avail = list(pool)
    rng.shuffle(avail)
    while sum(len(s) for s in sents) < n_min and avail:
        sents.append(avail.pop())
    rng.shuffle(sents)
    return sents


def wrap(rng, lang, question, notes, answer, style=None, mention=None):
    """Build a long model output. notes: topic sentences; mention: a candidate named
    mid-reasoning (used by 'switch' traps); answer: the final answer text."""
    style = style or rng.choice(["think", "markdown", "chatty"])
    minlen = 1100 if lang == "en" else 600
    body = pad(rng, lang, minlen, notes)
    if mention:
        body.insert(rng.randint(0, 1), (f"My first instinct is {mention}." if lang == "en"
                                        else f"我的第一反应是{mention}。"))
        body.append("Actually, on reflection I will change that." if lang == "en" else "不过再想想，我要改一下答案。")
    closer = rng.choice(EN_CLOSERS if lang == "en" else ZH_CLOSERS).format(a=answer)
    q = question.split("\n")[0]
    if lang == "en":
        if style == "think":
            return ("<think>\nThe user asks: " + q + "\n\n" + "\n\n".join(body) + "\n</think>\n\n"
                    + "Based on the reasoning above.\n\n" + closer)
        if style == "markdown":
            return ("## Understanding the question\n\n" + q + "\n\n## Reasoning\n\n- "
                    + "\n- ".join(body) + "\n\n## Conclusion\n\n" + closer)
        return ("Great question! " + " ".join(body) + "\n\nPutting it all together: " + closer
                + "\n\nLet me know if you'd like more background on this!")
    if style == "think":
        return ("<think>\n用户问：" + q + "\n\n" + "\n\n".join(body) + "\n</think>\n\n" + closer)
    if style == "markdown":
        return ("### 题目分析\n\n" + q + "\n\n### 推理过程\n\n1. " + "\n2. ".join(body[:1]) + "\n\n"
                + "\n\n".join(body[1:]) + "\n\n### 结论\n\n" + closer)
    return ("好的，我们来看看这道题。" + "".join(body) + "\n\n" + closer + "\n\n如果还有疑问，欢迎继续提问！")


def record(question, output, ref, label, lang, trap, kat="short_text", dataset="trivia_like"):
    return {"dataset": dataset, "key_answer_type": kat, "question": question, "llm_output": output,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}
