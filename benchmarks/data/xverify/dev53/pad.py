"""Deliberation paragraphs that lengthen traces the way reasoning models do."""
from common import T

EN = [
    "Before computing anything, let me restate the problem in my own words: {q} The key is to set it up cleanly "
    "so that the later steps are mechanical.",
    "Let me think about which approach is most reliable. I could try a shortcut, but a direct computation is "
    "less error-prone, and I can use the shortcut afterwards as a sanity check.",
    "I want to be careful about the form of the answer. Exam keys usually want the simplest exact form, so I "
    "should avoid decimals unless the quantity is naturally a decimal, and I should keep units if the question "
    "has units.",
    "Hmm, one thing that often goes wrong with this type of problem is a sign or an off-by-one slip. Let me keep "
    "track of each quantity explicitly instead of doing it in my head.",
    "Let me also consider edge cases: are there any restrictions hidden in the statement, such as a domain, a "
    "positivity condition, or an order of operations that changes the result? Reading it again: {q}",
    "Okay, so far the intermediate results look reasonable in size. Nothing is suspiciously large or negative "
    "where it should not be.",
    "Alternatively, I could approach this from the other direction and work backwards from a candidate answer. "
    "That is a good way to catch errors, so I will do that at the end.",
    "Let me write out the intermediate values once more in a list so I don't lose track:\n{steps}",
    "Actually, I realize I should double check whether the question is asking for exactly this quantity or a "
    "related one. It asks: {q} Yes, that is what I am computing.",
    "Let me slow down here. It's tempting to rush the last step, but that's where most mistakes happen.",
]
ZH = [
    "先把题意重新梳理一遍：{q} 关键是把条件列清楚，后面的计算就是按部就班。",
    "考虑用哪种方法更稳妥。可以尝试技巧性的解法，但直接计算更不容易出错，技巧法可以留作最后的验证。",
    "注意答案的形式：一般要求写成最简形式，能用精确值就不用近似小数，有单位的要带单位。",
    "这类题常见的错误是符号错误或者下标差一，我把每个量都明确写出来，不要心算。",
    "还要看看有没有隐含条件，比如定义域、正负限制之类。再读一遍题：{q}",
    "目前的中间结果大小都合理，没有出现明显异常的数。",
    "也可以反过来，从候选答案倒推回去验证，这样容易发现错误，最后我会这样检查一下。",
    "把中间结果再列一下，免得弄混：\n{steps}",
    "等等，我要确认题目问的就是这个量而不是相关的另一个量。题目是：{q} 对，就是求这个。",
    "这里放慢一点，最后一步最容易出错。",
]


def paras(rng, zh, q, steps, n):
    pool = ZH if zh else EN
    idx = rng.sample(range(len(pool)), n)
    lst = "\n".join("- " + s for s in steps)
    return [pool[i].format(q=q, steps=lst) for i in idx]
