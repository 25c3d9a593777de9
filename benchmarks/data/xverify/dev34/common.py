"""Shared helpers for the dev34 builder (standard library only)."""
import json
import os

LABELSETS = {
    "AD": ["A", "B", "C", "D"],
    "AE": ["A", "B", "C", "D", "E"],
    "AJ": list("ABCDEFGHIJ"),
    "num": ["(1)", "(2)", "(3)", "(4)"],
    "roman": ["(I)", "(II)", "(III)", "(IV)"],
    "jia": ["甲", "乙", "丙", "丁"],
}

PAD_EN = [
    "Let me re-read the question carefully so that I do not misread what is being asked.",
    "Before committing, it is worth checking each choice against the exact wording of the stem, "
    "because distractors in this kind of exam item are usually built from common slips.",
    "I will go through the options one at a time rather than jumping to the first one that looks familiar.",
    "A quick sanity check on the arithmetic and on the wording is cheap, so I will do it.",
    "It helps to keep the key fact in mind and compare every option against it instead of against each other.",
    "Exam writers like to include one option that is almost right, so I should be careful with near misses.",
    "I also want to make sure the units and the format of the options match what I computed.",
    "Nothing in the question suggests a trick in the wording, but I will still keep an eye out for negations.",
    "If any intermediate step feels shaky, the right move is to go back to the original statement rather than "
    "building on a guess.",
    "It is also worth asking what the opposite conclusion would imply and whether that clashes with anything given.",
]
PAD_ZH = [
    "先把题目再读一遍，确认题干问的到底是什么，避免审题错误。",
    "这类选择题的干扰项通常来自常见错误，所以每个选项都要逐一核对。",
    "不要看到熟悉的选项就直接选，应该把每个选项和题干条件对照一下。",
    "顺便检查一下计算过程和单位，防止粗心出错。",
    "题目里有没有“不”“错误”之类的否定词，也需要留意。",
    "有的选项看起来几乎正确，但细节上有偏差，这一点要特别小心。",
    "把关键结论记住，然后用它去检验每一个选项。",
    "我先回忆一下相关的基础知识，再把题目中给出的信息一条一条地列出来，看看哪些条件是真正起作用的，哪些只是背景描述。",
    "在做判断之前，最好先想清楚评分标准：答案必须与题干的要求完全对应，部分正确或者模棱两可的说法都不算正确。",
    "这里容易犯的错误是只看关键词就下结论，而忽略了句子之间的逻辑关系，所以我会把前后文联系起来再看一遍。",
    "如果中间某一步的推理有疑问，就回到原始条件重新核对，而不是在错误的基础上继续往下推。",
    "另外，出题人常常会把一个似是而非的说法放在显眼的位置，用来检验答题者是否真正理解了题意。",
    "为了稳妥起见，我把刚才的推理过程再从头到尾检查一遍，确认每一步都有依据，没有跳步或想当然的地方。",
    "还要注意题目中的数量、时间和范围等限定词，这些细节往往决定了最终答案。",
    "把得出的结论代回题目中验证一下，如果与题干条件一致，说明推理方向是对的。",
    "同时也考虑一下反面情况：如果选择另一个答案，会不会与题目中的某个条件发生冲突。",
    "整体来看，题目的信息已经足够作出判断，不需要额外的假设。",
    "最后再确认一下答案的书写形式，确保表述清楚，不会让人产生误解。",
    "这一步看似多余，但在考试中很多失分都是因为没有做最后的核对。",
]


def pad(rng, paras, target, lang):
    """Insert neutral checking paragraphs before the last paragraph until the text reaches target length."""
    pool = list(PAD_EN if lang == "en" else PAD_ZH)
    rng.shuffle(pool)
    out = list(paras)
    k = 0
    while len("\n\n".join(out)) < target and k < len(pool):
        pos = rng.randint(1, max(1, len(out) - 1))
        out.insert(pos, pool[k])
        k += 1
    return "\n\n".join(out)


def core(label):
    """Label without surrounding parentheses: '(II)' -> 'II'."""
    return label.strip("()")


def option_block(labels, texts, lang, rng):
    """Render options inline in one of several exam styles."""
    if labels[0] == "甲":
        return "\n".join(f"{l}．{t}" for l, t in zip(labels, texts))
    if labels[0].startswith("("):
        return "\n".join(f"{l} {t}" for l, t in zip(labels, texts))
    if lang == "zh":
        sep = rng.choice(["．", ". ", "、"])
        return "\n".join(f"{l}{sep}{t}" for l, t in zip(labels, texts))
    style = rng.choice(["inline", "lines", "paren_lines"])
    if style == "inline":
        return "Answer Choices: " + " ".join(f"({l}) {t}" for l, t in zip(labels, texts))
    if style == "lines":
        return "\n".join(f"{l}. {t}" for l, t in zip(labels, texts))
    return "\n".join(f"({l}) {t}" for l, t in zip(labels, texts))


def show(label):
    """How reasoning text names an option, e.g. 'B' or '(II)' or '丙'."""
    return label


def write_jsonl(path, records):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def make_record(dataset, kat, question, output, ref, label, lang, trap):
    return {
        "dataset": dataset,
        "key_answer_type": kat,
        "question": question,
        "llm_output": output,
        "correct_answer": ref,
        "label": label,
        "lang": lang,
        "trap": trap,
    }


def fmt_frac(fr):
    if fr.denominator == 1:
        return str(fr.numerator)
    return f"{fr.numerator}/{fr.denominator}"


def unique_fill(rng, correct, first, pool, n):
    """Return n distinct option strings: correct, first distractor, then others from pool."""
    out = [correct]
    for x in [first] + list(pool):
        if x not in out:
            out.append(x)
        if len(out) == n:
            break
    if len(out) < n:
        raise ValueError("not enough distractors")
    return out
