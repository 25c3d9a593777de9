"""Generic planning and reflection sentences used to give outputs realistic reasoning length."""

PLAN_EN = [
    "Before computing anything, I want to list what is given and what exactly is being asked, because it is easy to answer a slightly different question.",
    "The numbers here are small enough that I can do everything by hand, but I should keep track of signs carefully.",
    "There might be a shortcut, but a direct, systematic approach is safer and easier to verify afterwards.",
    "I'll write each intermediate result explicitly so that I can check the arithmetic at the end.",
    "This is a standard type of problem; the main risk is a careless slip in one of the middle steps rather than the method itself.",
    "Let me think about which formula or setup applies here, then carry it out step by step.",
    "It helps to name the unknown quantity first and translate each sentence of the problem into an equation or a computation.",
    "I should also keep in mind the form the answer is supposed to take, so I don't stop one step too early.",
    "Okay, the setup seems clear. Let me organize the work into small steps.",
    "I will avoid rounding in the middle of the computation and keep exact values throughout.",
]
REFLECT_EN = [
    "Let me re-read the question once more to make sure I am answering exactly what it asks.",
    "The steps above follow one another directly, so I am fairly confident in the logic.",
    "I went through the arithmetic line by line; nothing looks out of place in what I wrote.",
    "Now let me write up the solution cleanly.",
    "Alright, I think I have everything I need to present the answer.",
    "Time to summarize the reasoning in a clear way.",
]
PLAN_ZH = [
    "先把已知条件和所求的量分别列出来，避免答非所问。",
    "这类题目的方法比较固定，关键是中间的计算不要出错。",
    "我打算按部就班地计算，每一步都写出中间结果，方便最后检查。",
    "先设出未知量，再把题目中的每句话翻译成算式。",
    "计算过程中尽量保留精确值，不要中途取近似。",
    "还要注意题目要求的答案形式，不要少算最后一步。",
    "题目的数字不大，可以直接手算，但要注意单位和符号。",
    "好，思路比较清楚了，下面分步来做。",
    "这道题看起来是课本上的典型题型，按照标准方法来解应该不难，但是每一步的数都要算准。",
    "我先回忆一下这类问题常用的公式和思路，然后再代入题目中的具体数据进行计算。",
    "题目的叙述有好几个条件，我要逐句读清楚，弄明白每个数字分别代表什么意思。",
    "如果中间结果不是整数也没关系，先用分数保留下来，最后再看是否需要化简。",
    "做完之后我还要回头检查一下，看看结果是否符合实际意义，比如是否为正数、是否在合理范围内。",
    "这里容易混淆的地方是题目到底问的是哪个量，所以我会在最后再核对一次问题。",
    "可以先画一个简单的示意图或者列一个表，把数量关系理清楚。",
    "我不打算跳步，宁可多写几行，也要保证过程清楚、可以检验。",
]
REFLECT_ZH = [
    "再读一遍题目，确认求的是哪个量。",
    "上面的步骤是一环扣一环的，逻辑上应该没问题。",
    "整理一下，把解题过程写清楚。",
    "好的，可以给出解答了。",
    "我把每一步的计算又在心里过了一遍，写下来的算式前后是一致的。",
    "下面把完整的解答过程整理成书面形式。",
    "结果的形式也符合题目的要求。",
]


def plan(rng, lang, k=4):
    pool = PLAN_ZH if lang == "zh" else PLAN_EN
    return " ".join(rng.sample(pool, k))


def reflect(rng, lang, k=2):
    pool = REFLECT_ZH if lang == "zh" else REFLECT_EN
    return " ".join(rng.sample(pool, k))
