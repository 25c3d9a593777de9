"""Long outputs for short-text passage questions and for NLI-style labels about invented passages."""
from common import record

_GEN = {"en": {"open": ["Let me read the passage and the question carefully before answering.",
                        "I'll base the answer strictly on what the text says, step by step.",
                        "First I want to be sure which entity or relation the question is about."],
               "mid": ["It's worth keeping the exact wording of the text in mind.",
                       "I'll avoid filling gaps with outside knowledge.",
                       "Small wording differences can change the answer, so I'm reading slowly."],
               "check": ["Re-reading the passage once more, my notes match it.",
                         "One more pass over the text confirms the facts I listed."]},
        "zh": {"open": ["先仔细阅读材料和问题，再作答。", "答案要严格依据文本内容，一步一步分析。",
                        "首先要弄清楚问题问的是哪个对象或哪种关系。"],
               "mid": ["要留意原文的具体措辞。", "不能用材料以外的知识来补充。", "措辞上的细微差别可能改变答案，所以要读仔细。"],
               "check": ["再读一遍材料，我整理的信息与原文一致。", "再核对一遍，列出的事实都没有问题。"]}}


def pad(rng, lang, kind, n):
    return rng.sample(_GEN[lang][kind], n)

S_CORRECT = ["entity_exact_bold", "entity_in_sentence", "entity_equivalent_form", "self_fix_to_right_entity"]
S_INCORRECT = ["distractor_entity", "hedge_two_entities", "self_fix_to_wrong_entity", "truncated_text"]


def _scan(rng, S):
    zh = S["lang"] == "zh"
    parts = [" ".join(pad(rng, S["lang"], "open", 2))]
    ask = S["q"].split("\n")[-1].replace("Question: ", "The question is: ").replace("问题：", "")
    if zh:
        parts.append("题目问的是：“%s”。这是一道阅读理解题，答案必须完全依据材料内容，不能凭印象作答。"
                     "我先通读一遍材料，标出所有相关的数字和对象，然后再逐项比较。" % ask)
        parts.append("阅读材料中的信息比较多，包括多个对象和多个数字。为了不遗漏，我按照材料的顺序逐句阅读，"
                     "把与问题有关的每一条信息都记下来，再根据问题的要求进行比较或判断，最后给出答案。")
        parts.append("先在材料中找出与问题相关的信息：\n" + "\n".join("- " + e for e in S["evidence"]))
        parts.append(" ".join(pad(rng, "zh", "mid", 2)))
        parts.append("逐一比较上面列出的各项数据，注意不要把两个相近的数值看错，也不要混淆不同的对象。"
                     "我把每一项都和材料原文再对照了一次，确认数字抄写无误。")
        parts.append("核对清单：\n" + "\n".join("- %s —— 与原文一致" % e for e in S["evidence"]))
    else:
        parts.append("%s This is a reading-comprehension question, so the answer has to come from the passage "
                     "itself rather than from general knowledge. I'll read the passage carefully, note every "
                     "relevant name and number, and then compare them." % ask)
        parts.append("Let me go through the passage and collect the relevant facts:\n" +
                     "\n".join("- " + e for e in S["evidence"]))
        parts.append(" ".join(pad(rng, "en", "mid", 2)))
        parts.append("Now I compare these entries one by one. It's easy to mix up two similar numbers or to "
                     "attribute a play or figure to the wrong side, so I re-read each sentence of the passage "
                     "against my list to confirm every value was copied correctly.")
        parts.append("Cross-check list:\n" + "\n".join("- %s: matches the passage" % e for e in S["evidence"]))
    return parts


def short_case(rng, S, trap):
    zh = S["lang"] == "zh"
    a, dis = S["ans"], S["distractor"]
    parts = _scan(rng, S)
    if trap == "entity_exact_bold":
        parts.append(("比较后可以确定。\n\n**答案：%s**" % a) if zh else
                     "Having compared them, the answer is clear.\n\n**Answer: %s**" % a)
    elif trap == "entity_in_sentence":
        parts.append(("综上所述，答案是%s。" % a) if zh else
                     "Putting it all together, it was %s, so that is my final answer." % a)
    elif trap == "entity_equivalent_form":
        alt = rng.choice(S["alt_ok"])
        parts.append(("因此，答案：%s" % alt) if zh else "Therefore the answer is %s." % alt)
    elif trap == "self_fix_to_right_entity":
        parts.append(("初步看来答案是%s。等等，我再核对一下原文……刚才看错了一行，正确的应该是%s。\n\n答案：%s" % (dis, a, a))
                     if zh else ("At first glance it looks like %s. Wait, let me re-check the passage... I misread "
                                 "that line. The correct answer is %s.\n\n**Answer: %s**" % (dis, a, a)))
    elif trap == "distractor_entity":
        parts.append(("比较后可以确定。\n\n**答案：%s**" % dis) if zh else
                     "Having compared them, the answer is clear.\n\n**Answer: %s**" % dis)
    elif trap == "hedge_two_entities":
        x, y = (a, dis) if rng.random() < 0.5 else (dis, a)
        parts.append(("答案可能是%s，也可能是%s，材料的表述不太明确。" % (x, y)) if zh else
                     "The answer is either %s or %s; the passage could be read both ways." % (x, y))
    elif trap == "self_fix_to_wrong_entity":
        parts.append(("初步看来答案是%s。不过再想一想，我觉得应该是%s才对。\n\n答案：%s" % (a, dis, dis)) if zh else
                     "So it looks like %s. Hmm, actually, on reflection I think the passage points to %s "
                     "instead.\n\n**Answer: %s**" % (a, dis, dis))
    elif trap == "truncated_text":
        parts = parts[:-1] + [("接下来比较" if zh else "Next, comparing the")]
    else:
        raise ValueError(trap)
    lab = "Correct" if trap in S_CORRECT else "Incorrect"
    return record("drop_like", "short_text", S["q"], "\n\n".join(parts), a, lab, S["lang"], trap)


# ---------- NLI labels about invented passages ----------
EN_LAB = {"entailment": "the hypothesis is entailed by the premise",
          "contradiction": "the premise contradicts the hypothesis",
          "neutral": "the premise neither supports nor rules out the hypothesis"}
ZH_LAB = {"蕴含": "前提可以推出假设", "矛盾": "前提与假设相互矛盾", "中立": "前提既不能推出也不能否定假设"}


def nli_item(rng, lang):
    if lang == "en":
        place = rng.choice(["Fernhill Library", "the Quayside Museum", "Orla Park community garden",
                            "the Millbrook ferry service"])
        year, n = rng.randint(1950, 2015), rng.randint(3, 12)
        prem = "%s opened in %d and now has %d full-time staff, according to a local council newsletter." % (
            place[0].upper() + place[1:], year, n)
        lab = rng.choice(["entailment", "contradiction", "neutral"])
        hyp = {"entailment": "%s has more than %d full-time staff." % (place, n - rng.randint(1, 2)),
               "contradiction": "%s opened after %d." % (place, year + rng.randint(1, 5)),
               "neutral": "%s is the most visited attraction in its region." % place}[lab]
        hyp = hyp[0].upper() + hyp[1:]
        q = ("Premise: %s\nHypothesis: %s\nDoes the premise entail the hypothesis, contradict it, or neither? "
             "Answer with one of: entailment, neutral, contradiction." % (prem, hyp))
        return q, lab, ["entailment", "contradiction", "neutral"]
    town = rng.choice(["青石镇", "柳湾村", "南岭社区", "白沙镇"])
    year, n = rng.randint(1990, 2018), rng.randint(3, 15)
    prem = "%s的图书室建于%d年，目前共有%d名管理员。" % (town, year, n)
    lab = rng.choice(["蕴含", "矛盾", "中立"])
    hyp = {"蕴含": "%s的图书室管理员不少于%d人。" % (town, n - rng.randint(1, 2)),
           "矛盾": "%s的图书室建于%d年以后。" % (town, year + rng.randint(1, 5)),
           "中立": "%s的图书室是全县藏书最多的图书室。" % town}[lab]
    q = "前提：%s\n假设：%s\n请判断前提和假设的关系。\nA．蕴含\nB．中立\nC．矛盾\n请直接给出关系名称。" % (prem, hyp)
    return q, lab, ["蕴含", "矛盾", "中立"]


L_CORRECT = ["label_exact", "label_paraphrase"]
L_INCORRECT = ["wrong_label", "hedge_labels", "label_flip_at_end"]


def nli_case(rng, lang, trap):
    q, lab, labs = nli_item(rng, lang)
    other = rng.choice([x for x in labs if x != lab])
    zh = lang == "zh"
    parts = [" ".join(pad(rng, lang, "open", 2))]
    if zh:
        parts.append("前提给出了两个事实：图书室建成的年份，以及目前管理员的人数。假设只涉及其中一个方面，"
                     "我需要判断这个说法能否由前提直接推出、是否与前提冲突，或者前提根本没有提供相关信息。"
                     "注意不能借助常识补充前提中没有的内容，只能依据前提本身判断。")
    else:
        parts.append("The premise states two facts: the year the place opened and how many full-time staff it has. "
                     "The hypothesis makes one claim, and I need to decide whether that claim must be true given "
                     "the premise, must be false given the premise, or whether the premise simply doesn't address "
                     "it. I should not bring in outside assumptions; only what the premise says counts.")
    parts.append(" ".join(pad(rng, lang, "mid", 2)))
    parts.append(("为了避免误判，我逐条检查：前提中有没有直接支持假设的信息？有没有与假设直接冲突的信息？如果两者都没有，"
                  "就属于中立。对于数量上的比较，要特别注意“不少于”“多于”“以后”这类词语的含义。") if zh else
                 ("To avoid a careless mistake I'll check systematically: is there information in the premise that "
                  "directly supports the hypothesis? Is there information that directly conflicts with it? If "
                  "neither, the relation is neutral. For numeric comparisons I need to pay close attention to "
                  "words such as 'more than' and 'after', because an off-by-one reading flips the label."))
    parts.append(" ".join(pad(rng, lang, "check", 1)))
    para = ZH_LAB if zh else EN_LAB
    if trap == "label_exact":
        parts.append(("所以两者的关系是：**%s**" % lab) if zh else "Final answer: **%s**" % lab)
    elif trap == "label_paraphrase":
        parts.append(("结论：%s。" % para[lab]) if zh else "Conclusion: %s." % (para[lab][0].upper() + para[lab][1:]))
    elif trap == "wrong_label":
        parts.append(("所以两者的关系是：**%s**" % other) if zh else "Final answer: **%s**" % other)
    elif trap == "hedge_labels":
        parts.append(("关系可能是%s，也可能是%s。" % (lab, other)) if zh else
                     "It could be %s or %s, depending on how strictly one reads it." % (lab, other))
    elif trap == "label_flip_at_end":
        parts.append(("初步判断是%s。但再仔细想想，我改为%s。\n\n答案：%s" % (lab, other, other)) if zh else
                     "My first instinct is %s. On second thought, I'll change that to %s.\n\nAnswer: %s" % (
                         lab, other, other))
    lab_out = "Correct" if trap in L_CORRECT else "Incorrect"
    return record("cmnli_like", "categorical_label", q, "\n\n".join(parts), lab, lab_out, lang, trap)
