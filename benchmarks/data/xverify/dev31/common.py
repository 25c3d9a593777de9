"""Shared helpers for the dev31 generators (standard library only)."""

FIRST = ["Marguerite", "Tobias", "Elinor", "Casimir", "Odette", "Bartholomew", "Isolde", "Fenwick",
         "Rosalind", "Ambrose", "Philippa", "Leopold", "Henrietta", "Cyprian", "Wilhelmina", "Desmond",
         "Clementine", "Anselm", "Beatrix", "Lucian", "Theodora", "Oswin", "Imogen", "Jerome"]
MIDDLE = ["Ellison", "Hartley", "Maren", "Quentin", "Solvei", "Barnaby", "Celeste", "Dorian",
          "Everett", "Linnea", "Alaric", "Prudence"]
SURN = ["Vance", "Ashdown", "Pellham", "Rourke", "Castellane", "Winterbourne", "Okafor", "Lindqvist",
        "Marchetti", "Halloran", "Brightwater", "Szabo", "Ferreira", "Tremaine", "Kowalczyk", "Nakashima",
        "Devereux", "Abernathy", "Quist", "Harrowgate"]
TITLES = ["Dr.", "Professor", "Sir", "Captain", "Reverend", "Judge", "Colonel", "Dame"]
TOWNS = ["Harlow Cross", "Emberfield", "Stonemere", "Calder Vale", "Westbrook Falls", "Ravensholm",
         "Orrin Bay", "Kettlewick", "Marrowgate", "Sallowmoor", "Duncaster", "Pinehollow"]
THINGS = ["lighthouse", "grain exchange", "observatory", "public library", "ferry terminal",
          "textile mill", "botanical garden", "clock tower", "railway depot", "orphanage"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    """English words for 0 <= n < 1,000,000."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    tail = "" if rest == 0 else (" and " if rest < 100 else " ") + words(rest)
    return words(n // 1000) + " thousand" + tail


ZD = "零一二三四五六七八九"


def zh_num(n):
    """Chinese numerals for 0 <= n < 100000."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for val, name in units:
        d = n // val % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if (d == 1 and val == 10 and not out) else ZD[d]) + name
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def case(dataset, kat, question, out, ref, label, lang, trap):
    return {"dataset": dataset, "key_answer_type": kat, "question": question, "llm_output": out,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


def final_en(rng, ans):
    style = rng.randrange(6)
    if style == 0:
        return "Answer: %s" % ans
    if style == 1:
        return "So the final answer is **%s**." % ans
    if style == 2:
        return "Therefore, the answer is \"%s\"." % ans
    if style == 3:
        return "**Final answer:** %s" % ans
    if style == 4:
        return "Putting this together, the answer to the question is %s." % ans
    return "The answer is %s." % ans


def final_zh(rng, ans):
    style = rng.randrange(5)
    return ["答案：%s" % ans, "答：%s" % ans, "所以答案是%s。" % ans, "综上，最终答案是 **%s**。" % ans,
            "因此，本题的答案为“%s”。" % ans][style]


OPEN_EN = ["Let me read the passage carefully and track each relevant detail before answering.",
           "I'll go through the passage sentence by sentence, since the question depends on a specific detail.",
           "Okay, let me work through this. The question asks about one detail, so I need to find exactly where the passage states it.",
           "First, I need to understand what the question is really asking, then locate the supporting text."]
LINK_EN = ["This sentence tells us", "Here the passage says", "Noting this:", "Next, the passage states",
           "This part mentions", "Moving on, we learn"]
CHECK_EN = ["Let me double-check by rereading the key sentence once more, because it is easy to mix up similar names and numbers in a passage like this.",
            "Before committing, I should make sure I am not confusing this with another detail that appears nearby in the text.",
            "Wait, let me verify this against the wording of the question one more time so that I answer exactly what is asked.",
            "I want to be careful here: passages like this often include a second, similar-looking detail meant to distract."]

PLAN_EN = ["My plan: (1) identify exactly what kind of answer the question wants (a name, a place, a date, a number, a label or an option); (2) find every sentence in the text that could supply it; (3) rule out details that look similar but answer a different question; (4) state one final answer clearly.",
           "To avoid a careless mistake, I will first pin down the type of answer required and the exact entity the question refers to, then collect every candidate mentioned in the text, and only then decide which candidate matches the wording of the question.",
           "Strategy: read for the specific detail, note any similar details that might be confused with it (other people, other places, other years, other numbers), and compare each one against the precise wording of the question before committing to an answer."]
RECAP_EN = ["Summarising what I have found: the text contains several details of the same kind, and only one of them is tied to the exact event or role mentioned in the question. I have matched the question's wording to the sentence that mentions that event or role, and I have not let the other, similar details pull me away from it.",
            "To recap the reasoning so far: I located the sentence that addresses the question, compared it with the neighbouring sentences that mention similar things, and checked that the detail I am choosing is the one the question actually asks about rather than a related one.",
            "So, in summary, after going through each sentence and weighing the candidates against the question, one answer stands out as the one supported by the text; the others either describe a different event, a different person, or a different quantity."]


def qline(question):
    """The question sentence itself, without the passage, options or a 'Question:' prefix."""
    lines = [x for x in question.split("\n") if x.strip()]
    for x in reversed(lines):
        for pre in ("Question: ", "问题："):
            if x.startswith(pre):
                return x[len(pre):]
    return lines[-1]


def walk_en(rng, sents):
    parts = []
    for i, s in enumerate(sents):
        parts.append("%s: \"%s\"" % (LINK_EN[(i + rng.randrange(3)) % len(LINK_EN)].rstrip(":"), s))
    return "\n".join(parts)


def long_en(rng, question, sents, reasoning, final, check=None):
    q = qline(question)
    body = [rng.choice(OPEN_EN), "The question: %s" % q, rng.choice(PLAN_EN), walk_en(rng, sents), reasoning,
            check or rng.choice(CHECK_EN), rng.choice(RECAP_EN), final]
    return "\n\n".join(body)

PLAN_ZH = ["我的思路是：第一，弄清题目要求的答案类型，是人名、地名、时间、数字、标签还是选项；第二，在材料中找出所有可能相关的句子；第三，排除那些看起来相似、但回答的是另一个问题的信息；第四，给出一个明确的最终答案。",
           "为了避免粗心出错，我先确定题目问的究竟是哪一个对象、需要什么形式的答案，然后把材料里所有候选信息都列出来，最后再逐一与题目的措辞对照，选出唯一符合的那一个。",
           "解题策略：先精读与问题直接相关的句子，再留意材料中容易混淆的相似信息，比如同姓的人物、不同的地点、相邻的年份或另外的数字，把每个候选都与题目要求比较之后再下结论。"]
RECAP_ZH = ["小结一下：材料中同类的信息不止一处，但只有一处与题目所问的事件或角色直接对应。我已经把题目的关键词和原文逐一对上，没有被其他相似的信息干扰。",
            "回顾刚才的分析：我找到了回答问题的那一句，又和前后提到类似内容的句子做了比较，确认所选的信息正是题目真正要问的，而不是与之相关的其他内容。",
            "总的来说，逐句阅读并把各个候选与题目对照之后，只有一个答案得到材料的支持，其余的要么对应另一件事，要么对应另一个人，要么是另一个数量。"]

BACK_ZH = ["回到题目本身：题目只问一个具体的信息，因此答案应当简洁明确，不需要把材料中其他人物、地点或数字一并写出，也不能在两个候选之间含糊其辞。",
           "需要注意的是，题目的措辞决定了答案的范围：问的是哪个事件、哪个角色或哪个数量，就只回答对应的那一项，其余信息只作为排除干扰的依据。"]


OPEN_ZH = ["我先仔细阅读文章，逐句找出与问题相关的信息，再作答。",
           "好的，这道题考查文章中的一个具体细节，我需要先定位原文。",
           "让我一步一步来分析。首先明确问题问的是什么，然后回到材料中找依据。"]
LINK_ZH = ["原文提到", "接着文章说", "这一句告诉我们", "再往下看", "注意这一句"]
CHECK_ZH = ["再核对一遍原文，确认没有把相近的人名、数字或时间混淆。",
            "这类材料常常会放一个相似的干扰信息，我需要再检查一下问题的措辞。",
            "稍等，我再对照一下问题，确保回答的正是题目所问的内容。"]


def long_zh(rng, question, sents, reasoning, final, check=None):
    q = qline(question)
    walk = "\n".join("%s：“%s”" % (LINK_ZH[(i + rng.randrange(2)) % len(LINK_ZH)], s)
                     for i, s in enumerate(sents))
    body = [rng.choice(OPEN_ZH), "问题是：%s" % q, rng.choice(PLAN_ZH), walk, reasoning, check or rng.choice(CHECK_ZH),
            rng.choice(BACK_ZH), rng.choice(RECAP_ZH), final]
    return "\n\n".join(body)


def recall_en(rng, question, facts, reasoning, final):
    """Long output for a closed-book question: recall facts, weigh, answer."""
    intro = rng.choice(["This is a factual recall question, so let me think through what I know and check it.",
                        "Let me recall the relevant background before answering.",
                        "I need to retrieve the right fact here and be careful about similar-sounding alternatives."])
    lines = ["- " + f for f in facts]
    pad = ("Questions like this are easy to get wrong by confusing two related people, places or dates, "
           "so I will list what I remember and then check each candidate against the exact wording of the "
           "question: %s" % qline(question))
    return "\n\n".join([intro, pad, rng.choice(PLAN_EN), "What I recall:\n" + "\n".join(lines), reasoning,
                        rng.choice(CHECK_EN), rng.choice(RECAP_EN), final])


def recall_zh(rng, question, facts, reasoning, final):
    intro = rng.choice(["这是一道知识性问题，我先回忆相关背景，再逐一核对。",
                        "让我先梳理一下与这个问题有关的知识点。"])
    pad = "这类题目容易把相关的人物、地点或时间弄混，所以我会把记得的信息列出来，再对照题目措辞：%s" % question
    lines = "\n".join("- " + f for f in facts)
    return "\n\n".join([intro, pad, rng.choice(PLAN_ZH), "相关信息：\n" + lines, reasoning, rng.choice(CHECK_ZH),
                        rng.choice(BACK_ZH), rng.choice(RECAP_ZH), final])
