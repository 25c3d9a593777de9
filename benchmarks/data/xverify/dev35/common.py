"""Shared helpers for the dev35 set: number words, times, padding, records."""

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_SPECIAL = {"one": "first", "two": "second", "three": "third", "five": "fifth",
               "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def en_words(n, british=False):
    """Cardinal number in English words (0 <= n < 1,000,000)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        s = ONES[h] + " hundred"
        if r:
            s += (" and " if british else " ") + en_words(r)
        return s
    th, r = divmod(n, 1000)
    s = en_words(th, british) + " thousand"
    if r:
        if r < 100:
            s += (" and " if british else " ") + en_words(r)
        else:
            s += " " + en_words(r, british)
    return s


def en_ordinal(n):
    w = en_words(n)
    parts = w.replace("-", " - ").split(" ")
    last = parts[-1]
    if last in ORD_SPECIAL:
        last = ORD_SPECIAL[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last = last + "th"
    parts[-1] = last
    return " ".join(parts).replace(" - ", "-")


ZH_D = "零一二三四五六七八九"
ZH_U = ["", "十", "百", "千"]


def _zh4(n):
    s, zero = "", False
    for pos in (3, 2, 1, 0):
        d = (n // 10 ** pos) % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += ZH_D[d] + ZH_U[pos]
    return s


def zh_words(n):
    """Cardinal number in Chinese characters (0 <= n < 100,000,000)."""
    if n == 0:
        return "零"
    if n < 10000:
        s = _zh4(n)
        return s[1:] if s.startswith("一十") else s
    hi, lo = divmod(n, 10000)
    s = zh_words(hi) + "万"
    if lo:
        if lo < 1000:
            s += "零"
        s += _zh4(lo)
    return s


def zh_ordinal(n):
    return "第" + zh_words(n)


def hour12(h):
    h = h % 12
    return 12 if h == 0 else h


def en_period(h):
    if 5 <= h < 12:
        return "in the morning"
    if 12 <= h < 17:
        return "in the afternoon"
    if 17 <= h < 21:
        return "in the evening"
    return "at night"


def en_time_words(h, m):
    """Spoken English time, e.g. 'a quarter past six in the evening'."""
    per = en_period(h)
    hw = en_words(hour12(h))
    nw = en_words(hour12(h + 1))
    if m == 0:
        core = hw + " o'clock"
    elif m == 15:
        core = "a quarter past " + hw
    elif m == 30:
        core = "half past " + hw
    elif m == 45:
        core = "a quarter to " + nw
    elif m < 30:
        core = en_words(m) + " minutes past " + hw
    else:
        core = en_words(60 - m) + " minutes to " + nw
    return core + " " + per


def en_time_digits(h, m):
    return "%d:%02d %s" % (hour12(h), m, "AM" if h < 12 else "PM")


def zh_period(h):
    if h < 5:
        return "凌晨"
    if 5 <= h < 12:
        return "上午"
    if 12 <= h < 18:
        return "下午"
    return "晚上"


def zh_time_words(h, m):
    core = zh_words(hour12(h)) + "点"
    if m == 0:
        core += "整"
    elif m == 15:
        core += "一刻"
    elif m == 30:
        core += "半"
    elif m == 45:
        core += "三刻"
    else:
        core += zh_words(m) + "分"
    return zh_period(h) + core


EN_PAD = [
    "Let me reread the question once more to be sure I am answering exactly what is asked.",
    "I want to keep track of what each quantity refers to, so nothing gets mixed up along the way.",
    "Before committing to anything, it is worth checking every step a second time.",
    "As far as I can tell there is no extra condition hidden in the wording.",
    "I will state the final result as a full sentence so it is clear what it refers to.",
    "It is easy to slip on small details here, so I will go slowly.",
    "Nothing in the question suggests a trick, but I will still double-check.",
    "Writing the pieces out explicitly helps me avoid careless mistakes.",
    "Let me make sure I have not dropped any of the given information.",
    "The question is fairly direct, so the main risk is misreading a detail.",
    "I will organise my thoughts before writing down the answer.",
    "One more pass over the facts should be enough to be confident.",
    "I should also make sure the answer has the form the question expects.",
    "Good, the pieces fit together without any contradiction so far.",
    "Let me summarise what I have established before the final statement.",
    "It helps to restate the key facts in my own words.",
]

ZH_PAD = [
    "我再把题目读一遍，确认自己回答的正是题目所问的内容。",
    "每个数量对应什么要分清楚，免得中途弄混。",
    "在下结论之前，最好把每一步再核对一次。",
    "题目里似乎没有隐藏的附加条件。",
    "最后我会用一句完整的话把答案写出来，这样含义更清楚。",
    "这类题容易在小细节上出错，所以我慢慢来。",
    "题目看起来没有陷阱，不过我还是再检查一下。",
    "把每一步明确写出来，可以避免粗心的错误。",
    "确认一下题目给出的信息有没有遗漏。",
    "题目比较直接，主要的风险在于看错某个细节。",
    "先整理一下思路，再写出答案。",
    "再过一遍已知条件，应该就可以确定了。",
    "还要确认答案的形式符合题目的要求。",
    "到目前为止，各部分之间没有矛盾。",
    "我先把题目中出现的每个数字和名称都列出来，看看它们分别代表什么，这样后面计算或判断的时候就不会张冠李戴。",
    "有时候题目里的信息顺序和解题所需的顺序不一致，所以要按照逻辑关系重新排列，而不是按照出现的先后顺序。",
    "如果中间某一步得到的结果看起来不太合理，就说明前面可能哪里理解错了，需要回头重新检查。",
    "答案的单位和题目要求的单位要一致，这一点在最后写答案的时候特别需要注意。",
    "为了稳妥起见，我换一个角度再想一遍，看看两种思路得到的结论是否一致。",
    "题目中有些信息可能只是背景介绍，与所问的问题没有直接关系，不必被它们干扰。",
    "我会把推理过程写得完整一些，这样即使有人复查，也能清楚地看到每一步的依据。",
    "现在各个条件都已经用上了，没有哪一条被遗漏，也没有哪一条被重复使用。",
    "回头看一下题目的问法，确认问的是哪一个对象，而不是材料中提到的另一个对象。",
    "最后的结论应该能直接回答题目的问题，不需要读者再做额外的推断。",
]


def pad(rng, paras, lang, target):
    """Interleave neutral reflective sentences until the text reaches target length."""
    pool = list(EN_PAD if lang == "en" else ZH_PAD)
    rng.shuffle(pool)
    out = list(paras)
    sep = " " if lang == "en" else ""
    i = 0
    while len("\n\n".join(out)) < target and i < len(pool):
        k = rng.randint(1, max(1, len(out) - 1))
        out[k - 1] = out[k - 1] + sep + pool[i]
        i += 1
    return "\n\n".join(out)


def finish(rng, lang, body_paras, final_sentence, min_len=None):
    """Compose a long reasoning-style output ending with the final sentence."""
    target = min_len if min_len is not None else rng.randint(1300, 2200)
    text = pad(rng, body_paras, lang, target)
    if lang == "en":
        style = rng.randint(0, 2)
        if style == 0:
            tail = final_sentence
        elif style == 1:
            tail = "**Final answer:** " + final_sentence
        else:
            tail = "To conclude: " + final_sentence
    else:
        style = rng.randint(0, 1)
        tail = final_sentence if style == 0 else "**最终答案：**" + final_sentence
    return text + "\n\n" + tail


def record(dataset, kat, question, output, answer, label, lang, trap):
    return {"dataset": dataset, "key_answer_type": kat, "question": question,
            "llm_output": output, "correct_answer": answer, "label": label,
            "lang": lang, "trap": trap}
