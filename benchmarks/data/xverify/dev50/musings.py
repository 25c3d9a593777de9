"""Longer free-form reflection paragraphs used to pad traces the way reasoning models ramble."""

MATH = {0: [
    "Before computing anything, let me list what I know. Everything I need is stated in the problem, so there's no hidden "
    "information to dig up. The main risk is misreading a number or mixing up which quantity is being asked for, so I'll "
    "re-read the last sentence of the question: it asks for exactly one quantity, and that's what I'll report at the end.",
    "Let me think about what kind of answer to expect. Given the sizes of the numbers involved, the answer shouldn't be wildly "
    "large or small. If I end up with something absurd, that's a sign I made an error somewhere and should go back.",
    "One approach would be to brute-force it, but that's tedious and error-prone by hand. A cleaner approach is to use the "
    "structure of the problem directly, which is what I'll do. If it seems shaky, I'll cross-check with a second method.",
    "I want to be careful about the form of the final answer too. The question implies a particular format, so once I have "
    "the value I'll double-check that I'm presenting it the way it's asked: simplified, with the right units or notation.",
    "Hmm, let me also consider whether there are any edge cases. Sometimes problems like this have a twist, like a condition "
    "that excludes an obvious candidate, or a unit that needs converting. Reading the statement again, I don't see anything "
    "like that here, but I'll keep an eye out.",
    "Let me jot down the plan: (1) translate the words into math, (2) carry out the computation carefully, (3) check the "
    "result against the original statement, and (4) write the answer in the requested form.",
    "Actually, wait. Before I go further, let me make sure I'm solving the right problem. It's easy to answer a slightly "
    "different question than the one asked, for example reporting an intermediate quantity instead of the final one.",
    "I remember seeing problems of this type before; the standard technique applies cleanly as long as I keep the bookkeeping "
    "straight. The arithmetic isn't hard, but there are several small steps, and each one is a chance to slip."],
    1: [
    "在动笔之前，先把已知条件梳理一下。题目里给出的信息已经足够，不需要额外的假设。最容易出错的地方是看错数字，或者把要求的量和中间量混淆，"
    "所以我再读一遍题目最后一句，确认要求的到底是什么，最后只回答这一个量。",
    "先估计一下答案的大致范围。根据题目中数据的大小，结果不应该特别离谱。如果最后算出来的数很奇怪，那多半是中间哪一步出了问题，需要回头检查。",
    "这类题可以硬算，但手算容易出错。更好的办法是利用题目本身的结构直接求解，算完之后如果不放心，再用第二种方法交叉验证。",
    "还要注意答案的形式。题目对结果的写法有隐含要求，比如要化简、要带单位、或者要用区间、集合来表示，算出结果后要按要求的形式写出来。",
    "嗯，再想想有没有特殊情况需要讨论。有些题目会设置陷阱，比如某个条件会排除一个看似可行的解，或者单位需要换算。重新读题，这里似乎没有这样的情况，"
    "不过还是要留意。",
    "整理一下思路：第一步，把文字条件翻译成数学式子；第二步，仔细计算；第三步，把结果代回原题检验；第四步，按题目要求的形式写出答案。",
    "等等，在继续之前，我要确认自己解的是题目真正问的问题。很容易一不小心把中间结果当成最终答案交上去，这一点要特别小心。",
    "这种题型以前见过，标准方法就能解决，关键是每一步的计算都要清楚。步骤虽然不难，但环节多，每一步都可能出小错，所以要慢一点。"]}
OTHER = {0: [
    "Let me think about what this question is really testing. It wants a single, specific answer, so I should recall the "
    "relevant knowledge precisely rather than go with a vague impression.",
    "I should be careful about look-alike answers. There are often distractors closely related to the right one, something "
    "from the same field or the same period, so I'll go through the candidates deliberately rather than grabbing the first "
    "familiar one.",
    "Let me approach this systematically: first recall what I know, then check each candidate against it, and finally commit "
    "to one answer.",
    "It's worth pausing to consider whether the wording contains a qualifier, such as 'not', 'most', 'first' or 'only', that "
    "changes what's being asked. Re-reading the question, I'll make sure my answer addresses it literally.",
    "My first instinct is usually right on questions like this, but first instincts can also be fooled by a familiar-sounding "
    "distractor, so a quick second look is worth the time.",
    "I'll also keep in mind the expected format of the answer. The question says how the answer should be given, and I should "
    "stick to that format in the final line."],
    1: [
    "先想一想这道题考查的是什么。它要求一个明确的答案，所以要准确回忆相关知识，而不能凭模糊的印象作答。",
    "要小心似是而非的选项或答案。干扰项往往和正确答案很接近，比如同一领域、同一时期的内容，所以要逐个核对，不能看到眼熟的就选。",
    "按部就班来：先回忆已知的知识，再逐一对照，最后确定一个答案。",
    "注意题干里有没有“不”“最”“首先”“唯一”之类的限定词，它们会改变题意。再读一遍题，确保回答的正是题目所问。",
    "这类题第一反应通常是对的，但也可能被熟悉的干扰项误导，所以花一点时间再核对一遍是值得的。",
    "还要注意作答格式。题目说明了答案应该怎样给出，最后一行要按照这个格式写。"]}
REDO = {0: ["Let me redo the whole thing from scratch to be safe.", "One more full pass, this time writing every line out:",
            "Let me go through it again end to end, since a fresh pass often catches slips."],
        1: ["为保险起见，从头再做一遍。", "完整地再过一遍，每一步都写出来：", "从头到尾再检查一次，换个角度看往往能发现疏漏。"]}
