# -*- coding: utf-8 -*-
"""Sentence pools used to build longer, natural-sounding meta-reasoning paragraphs."""

APPROACH = {
 ("math", "en"): [
  "My plan: identify the given quantities, write down the relationship between them, compute carefully, and then verify with an independent check.",
  "It's easy in problems like this to end up answering a related but different quantity, so I'll keep the actual target clearly in mind.",
  "I'll keep exact values (fractions, radicals) as long as possible and only simplify at the end, so rounding can't creep in.",
  "Let me also note the form the answer should take, since the question may want a particular unit or representation.",
  "There are usually a couple of ways to attack this kind of question; I'll use the most direct one and confirm with another.",
  "Nothing here requires heavy machinery — it's mostly about being careful with each step.",
  "I'll write out intermediate results explicitly instead of doing them in my head; that makes it easier to spot a slip later.",
  "Sign errors and off-by-one mistakes are the usual culprits, so I'll watch for those in particular.",
 ],
 ("math", "zh"): [
  "思路：先找出已知量，建立它们之间的关系，仔细计算，最后用另一种方法验证。",
  "这类题很容易求成一个相关但不同的量，所以要始终记住题目到底问什么。",
  "计算过程中尽量保留精确值（分数、根式），最后再化简，避免误差。",
  "还要注意答案的形式和单位是否符合题目要求。",
  "这类题一般有多种解法，先用最直接的方法，再用另一种方法检验。",
  "这里不需要复杂的工具，关键是每一步都要细心。",
  "把中间结果都写出来，不要心算，这样方便事后检查。",
  "符号错误和多算少算一个是最常见的失误，要特别留意。",
 ],
 ("mc", "en"): [
  "Strategy: evaluate each option on its own merits rather than jumping at the first familiar term, and eliminate the clearly wrong ones first.",
  "Multiple-choice questions like this often include a distractor that is 'almost right', so I'll check the exact wording of each option.",
  "I'll recall the relevant definitions first, then match them against the options.",
  "If two options look plausible, the deciding factor is usually a precise detail in the question stem.",
  "Let me go through the options one at a time.",
  "It helps to ask what each wrong option would be the right answer to — that usually exposes the distractors.",
  "I'll try not to let the order of the options bias me.",
 ],
 ("mc", "zh"): [
  "解题策略：逐项分析各选项，先排除明显错误的，不要看到熟悉的词就选。",
  "这类选择题常有“似是而非”的干扰项，要看清每个选项的具体表述。",
  "先回忆相关的概念和定义，再与选项对照。",
  "如果有两个选项都像是对的，关键通常在于题干中的某个细节。",
  "下面逐一分析各选项。",
  "可以想一想每个错误选项对应的是什么知识点，这样更容易排除干扰。",
 ],
 ("sq", "en"): [
  "This is a factual recall question, so the main risk is confusing the answer with a closely related fact.",
  "Let me recall what I know about the topic and make sure I'm not mixing it up with something similar.",
  "I'll try to pin down the answer with a couple of independent facts so I'm not relying on a single memory.",
  "Questions like this often have a tempting near-miss — a related person, place, or date — so I'll be careful.",
  "For passage-based questions, the answer must come from the passage itself, so I'll read it carefully and extract only the relevant numbers.",
  "Let me be precise about exactly which quantity the question is asking for.",
 ],
 ("sq", "zh"): [
  "这是一道常识性的事实题，主要风险是和相近的事实混淆。",
  "先回忆相关的知识，注意不要和类似的内容搞混。",
  "最好用几个独立的事实相互印证，而不是只凭一个印象。",
  "这类题常有“差一点就对”的干扰答案，比如相关的人物、地点或年代，要小心。",
 ],
}
APPROACH[("nli", "en")] = [
  "The task is natural language inference: decide whether the premise guarantees the hypothesis, rules it out, or neither.",
  "The key is not to bring in outside assumptions — only what the premise actually says (plus common-sense meaning of words) counts.",
  "A common mistake is to call something entailment because it is likely, when the premise doesn't actually guarantee it.",
  "Another common mistake is to call something neutral by imagining far-fetched readings, when the ordinary reading clearly decides it.",
  "I'll identify the key claim in the hypothesis and check it against the premise.",
]
APPROACH[("nli", "zh")] = [
  "这是一道自然语言推理题：判断前提能否推出假设、与假设矛盾，还是二者都不是。",
  "关键是不要引入额外的假设，只看前提实际表达的内容（以及词语的常识含义）。",
  "常见错误是：因为某事“很可能”就判为蕴含，而前提并不能保证它。",
  "另一个常见错误是：为了找理由判为中立而设想一些牵强的理解，而通常的理解已经能作出判断。",
  "先找出假设中的关键信息，再与前提对照。",
]

RECAP = {
  "en": ["To summarize, the answer is %s.", "So, putting it all together: %s.", "In short: %s.", "Recap — the result I get is %s."],
  "zh": ["总结一下，答案是%s。", "综合以上分析，结果为%s。", "简而言之：%s。"],
}

CLOSING = {
 ("math", "en"): [
  "Problems like this mostly test whether the setup is right; once the relationship is written down correctly, the computation is routine.",
  "The key steps were setting up the right relation and then carrying the arithmetic through without dropping a sign or a factor.",
  "I also considered whether any condition in the problem restricts the answer further, and none does beyond what I used.",
  "The result is consistent with a rough estimate, which gives me more confidence.",
  "If I had more time I might try a third method, but two consistent approaches are convincing enough here.",
 ],
 ("math", "zh"): [
  "这类题主要考查能否正确建立关系式，关系式列对了，计算就是常规的。",
  "关键步骤是建立正确的等量关系，然后在计算中不丢符号、不漏因子。",
  "我也检查了题目中是否有其他条件限制答案，除了已经用到的条件外没有别的限制。",
  "结果与粗略估算一致，可信度较高。",
  "回顾整个解题过程：先分析题意，再列式计算，最后验证，每一步都有依据。",
  "本题的易错点在于审题，要看清题目所求的量。",
  "如果用另一种方法求解，也应得到相同的结果，上面的验证已经说明了这一点。",
 ],
 ("mc", "en"): [
  "The distractors here are each tied to a related concept, which is what makes the question tricky if one reads too quickly.",
  "Eliminating the other options for concrete reasons, rather than just picking the familiar one, is what makes me confident.",
  "The question stem is precise enough that only one option fits all of its conditions.",
 ],
 ("mc", "zh"): [
  "本题的干扰项都与相关知识点有联系，审题不仔细容易选错。",
  "通过逐项排除而不是凭印象选择，结论更可靠。",
  "题干表述明确，只有一个选项完全符合要求。",
  "这是该知识点的常考题型，要牢记相关概念。",
  "回顾各选项：其余选项都有明确的错误之处。",
 ],
 ("sq", "en"): [
  "I'm cross-checking against a related fact rather than relying on one memory, which reduces the risk of a near-miss answer.",
  "The commonly confused alternative is a different, related answer, and I've ruled it out above.",
  "The question asks for exactly one thing, and the answer above addresses it directly.",
 ],
 ("sq", "zh"): [
  "用相关的事实互相印证，可以避免记混。",
  "容易混淆的答案已经在上面排除了。",
  "题目只问一个具体的事实，上面的回答直接回应了这一点。",
  "这属于基础常识，但仍需注意与相近知识的区分。",
 ],
 ("nli", "en"): [
  "The decision rests on what the premise actually commits to, not on what is merely plausible.",
  "Reading both sentences in their most natural sense, the relationship is clear.",
  "I don't need any outside knowledge beyond the ordinary meaning of the words.",
 ],
 ("nli", "zh"): [
  "判断的依据是前提实际表达的内容，而不是“可能”发生的情况。",
  "按两句话最自然的理解，二者的关系是明确的。",
  "除了词语的常识含义外，不需要额外的背景知识。",
  "关系的判断只有三种：蕴含、中立、矛盾，要严格按照定义来。",
 ],
}
PITFALL = {
 "en": ["A tempting but wrong line of reasoning would be: \u201c%s\u201d That doesn't hold up, as shown above.",
        "(Note: someone might argue \u201c%s\u201d — that's a common mistake and not what the question asks.)",
        "One trap to avoid: \u201c%s\u201d This is incorrect."],
 "zh": ["容易犯的错误是这样想：“%s” 这是不对的，理由见上。",
        "（注意：有人可能会认为“%s”，这是常见错误。）",
        "易错点：“%s” 这种想法是错误的。"],
}
