"""Shared helpers: long reasoning wrappers and small formatting utilities."""

FILL_EN = [
    "Before computing anything, I want to restate the given information so that nothing is overlooked.",
    "It is easy to make a unit slip in problems like this, so I will keep track of units at every step.",
    "Let me be careful about which quantity the question actually asks for, since several intermediate values appear.",
    "I will write each intermediate result explicitly, because mental arithmetic here tends to hide small errors.",
    "A quick sanity check on the order of magnitude helps: the answer should be neither tiny nor absurdly large.",
    "There is no trick in the wording as far as I can tell, but I will read the question one more time to be sure.",
    "Let me organise the work into clear steps: identify the data, set up the relation, compute, and then verify.",
    "Rounding only at the very end avoids accumulating errors from intermediate approximations.",
    "I should also make sure the final answer is written in a form that matches what the question requests.",
    "If any step looks suspicious, I will redo it from scratch rather than patch the number afterwards.",
    "Let me also think about whether any edge case applies here, such as a boundary or a change of day or month.",
    "Writing out the relation in words first makes it harder to mix up which number goes where.",
]
CHECK_EN = [
    "Double-checking: I recomputed the key step in a different order and got the same intermediate value.",
    "Verification: substituting the result back into the conditions of the problem is consistent.",
    "As a check, the result has the expected units and a plausible size given the data.",
    "I also re-read the question to confirm that I am reporting the requested quantity and not a neighbouring one.",
]
FILL_ZH = [
    "首先把题目中的已知条件整理一下，避免遗漏。",
    "这类题目很容易在单位换算上出错，所以每一步都写清楚单位。",
    "要注意题目真正问的是哪个量，中间会出现好几个数值。",
    "我把每一步的中间结果都写出来，方便检查。",
    "先粗略估计一下数量级，答案应该在合理范围内。",
    "题目的表述没有什么陷阱，不过我还是再读一遍题目确认一下。",
    "思路是：找出已知量，建立关系式，计算，最后验算。",
    "为了避免误差累积，只在最后一步进行取舍。",
    "还要保证最后的答案形式符合题目的要求，比如单位、格式和精度都要对应。",
    "如果某一步看起来可疑，就从头重新计算，而不是事后随意修改数字。",
    "另外要考虑有没有特殊情况，例如跨越中午、跨日或者跨月的情形，需要特别留意。",
    "先用文字把数量关系写出来，再代入数字，这样不容易把数字放错位置。",
    "这道题的计算量不大，但细节很多，每一步都要核对一遍，避免粗心导致的错误。",
    "在正式计算之前，先想清楚题目中各个量之间的关系，是整体与部分、速度与时间，还是前后两个数值的比较。",
]
CHECK_ZH = [
    "验算：换一种顺序重新计算关键步骤，得到相同的中间结果。",
    "检验：把结果代回题目条件，前后一致。",
    "检查一下单位和数量级，结果是合理的。",
    "再读一遍题目，确认回答的是题目所问的量，而不是相邻的某个量。",
]


def long_output(rng, lang, steps, final, q="", target=1500):
    """Wrap reasoning steps into a long model output ending with a final answer line."""
    if lang == "en":
        fill, check = FILL_EN[:], CHECK_EN[:]
        head = rng.choice(["Let's work through this step by step.",
                           "Okay, let me think about this carefully.",
                           "Let me solve this problem systematically."])
        tail = rng.choice(["Final answer: {}", "Therefore, the answer is {}.",
                           "So the answer is **{}**.", "Answer: {}"]).format(final)
        sep = " "
    else:
        fill, check = FILL_ZH[:], CHECK_ZH[:]
        head = rng.choice(["我们一步一步来分析。", "好的，仔细思考一下这道题。", "下面系统地求解这道题。"])
        tail = rng.choice(["最终答案：{}", "所以答案是{}。", "答案：{}", "因此，答案为**{}**。"]).format(final)
        target = target // 2 + 50
        sep = ""
    rng.shuffle(fill)
    rng.shuffle(check)
    parts = [head]
    if q:
        parts.append(("Restating the problem: " if lang == "en" else "题目重述：") + q)
    parts.append(sep.join(fill[:3]))
    for i, s in enumerate(steps, 1):
        parts.append(("Step %d: " % i if lang == "en" else "第%d步：" % i) + s)
    body = "\n\n".join(parts)
    k = 3
    while len(body) < target and k < len(fill):
        body += "\n\n" + fill[k]
        k += 1
    body += "\n\n" + sep.join(check[:2]) + "\n\n" + tail
    return body


def money(v):
    return "{:,.2f}".format(v)


def trim(x):
    """Format a float without trailing zeros."""
    s = ("%.6f" % x).rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


ZH_DIGITS = "零一二三四五六七八九十"
WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEK_ZH = ["一", "二", "三", "四", "五", "六", "日"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
