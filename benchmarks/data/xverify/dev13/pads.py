# Expansion paragraphs; each interpolates case-specific fields so no two outputs share a paragraph verbatim.
EN_PAD = [
 "Before settling, let me state what would change my mind. If I found a reliable source placing the key fact differently — a different person, year or place attached to \"{q}\" — I'd revise. I can't think of one, and the usual confusion in this area is with {alt}, which I've already addressed.",
 "A note on how I'm approaching this: for recall questions I try to reconstruct the answer from two independent cues rather than trusting a single memory. Here the first cue is the core fact ({bgs}) and the second is the surrounding context — who or what is usually mentioned alongside. Both cues converge.",
 "It's also worth saying why {alt} is tempting. Quiz writers deliberately choose questions where a neighbouring fact is more famous or more recent, so the 'obvious' answer is sometimes the wrong one. That pattern is why I'm spelling out the reasoning instead of answering in a single word.",
 "Some background that isn't strictly needed but helps anchor the memory: {bgs} Having that picture in mind makes it easier to see which answer belongs to the question and which belongs to a neighbouring question.",
 "One more consideration is the exact wording. The question says \"{q}\" — it does not ask about a successor, a predecessor, a translation or a related place, only the thing itself. So an answer that is merely associated with the topic would not count, however well known it is.",
 "If I imagine a grader reading this, they'd want the answer to be unambiguous. So let me be explicit that I'm committing to a single answer and not listing several possibilities; extra descriptive detail, where I add it, is meant only as context.",
 "To double-check, I run through the timeline/geography mentally: {bgs} Nothing in that sequence points elsewhere.",
]
ZH_PAD = [
 "在作答之前，我先说明一下判断依据：对于这类知识题，最好用两条相互独立的线索来印证。第一条线索是基本事实（{bgs}），第二条线索是与之相关的背景。两者指向一致。",
 "题目的原话是“{q}”，它问的只是这一项本身，而不是相关的人物、地点或年份。所以只和主题沾边的答案（例如{alt}）并不能算对。",
 "为什么{alt}容易被误选？因为出题人常常故意选择一个更有名或者更常见的相邻知识点作为干扰项，稍不留神就会答错。这也是我在这里把推理过程写清楚的原因。",
 "补充一些背景，帮助记忆：{bgs}有了这个整体印象，就比较容易分清哪个答案对应本题，哪个答案对应别的题目。",
 "如果有可靠资料给出与此不同的说法，我会修改答案；但就我所知，各类教材和百科在这一点上的表述是一致的。",
]

MC_EN = [
 "Strategy note: on multiple-choice items I first try to answer without looking at the options, then match. Recalling the underlying fact — {expl} — gives me a target before the choices can bias me. Only after that do I scan the list.",
 "Let me also think about how the distractors were built. Typically one option is the 'textbook neighbour' (here that's ({wl}) {tw}), one is obviously off, and one is a plausible-sounding filler. Recognising that structure helps, but it is not a substitute for the actual content check.",
 "Elimination pass: I go through each letter and ask whether there is any reading of the stem under which it could be right. For the options other than the one I end up choosing, I couldn't construct such a reading; each conflicts with the key fact in a specific way.",
 "A second angle, to be safe: suppose I had misremembered the key fact. Would a different option then become correct? Working through the alternative, the stem still wouldn't line up with ({wl}) {tw}, so the conclusion is robust to that kind of slip.",
 "It's easy to misread stems that contain words like 'NOT', 'EXCEPT' or 'most likely'. This one asks directly — \"{q}\" — with no negation, so I'm looking for the single option that is true, not the odd one out.",
 "For completeness, the full list of choices was: {optlist}. I've considered every one of them above.",
]
MC_ZH = [
 "做选择题时，我习惯先不看选项，根据题干回忆相关知识：{expl}然后再去对照选项，这样不容易被干扰项带偏。",
 "分析一下干扰项的设置：{wl}项「{tw}」与本题知识点密切相关，是最容易误选的一项；其余选项则明显与题干不符。",
 "换一个角度验证：假如我对知识点的记忆有偏差，是否会有别的选项成立？逐一代入后发现，题干与{wl}项仍然不吻合，所以结论比较可靠。",
 "审题时要注意题干中有没有“不正确”“不属于”之类的否定词。本题题干为“{q}”，没有否定表述，因此要找的是唯一正确的一项。",
 "全部选项为：{optlist}。以上已经逐一分析过。这类题目在考试中经常出现，关键在于把易混淆的概念区分清楚，平时复习时可以列表对比记忆。",
 "另外值得一提的是，这道题考查的知识点属于基础内容，教材中有明确表述，答题时只要抓住核心概念就能作出判断，不需要复杂的推理。",
]
NLI_EN = [
 "Some general principles I use for these pairs: entailment requires that a reasonable reader would consider the hypothesis guaranteed by the premise; contradiction requires that the two can't both be true of the same situation; anything else is neutral. World knowledge is allowed only when it is uncontroversial.",
 "Let me look for the key content words. The premise (\"{p}\") and the hypothesis (\"{h}\") overlap in subject matter, but overlap alone doesn't decide the label — what matters is whether the hypothesis adds information, removes it, or flips it.",
 "A common annotation error is to call a pair 'contradiction' merely because the hypothesis is unlikely, or 'entailment' because it is likely. Likelihood isn't the test; logical compatibility and guarantee are.",
 "I also check for hidden quantifiers and negations — words like 'every', 'some', 'at least', 'not', 'usual'. These often decide the label on their own, so I read the hypothesis \"{h}\" word by word with that in mind.",
 "Thinking of the situation concretely helps: picture the scene described by \"{p}\", and then ask whether, in that exact scene, \"{h}\" must be true, must be false, or could go either way.",
]
NLI_ZH = [
 "判断这类句对关系时，我遵循以下原则：如果前提为真时假设一定为真，就是蕴含；如果两者不可能同时为真，就是矛盾；其他情况都属于中立。常识可以使用，但只限于没有争议的常识。",
 "先找出两句话中的关键词。前提“{p}”和假设“{h}”在话题上有重叠，但话题重叠本身并不能决定关系，关键在于假设是增加了信息、减少了信息，还是与前提相反。",
 "常见的错误是：因为假设“不太可能”就判为矛盾，或者因为假设“很可能”就判为蕴含。可能性大小不是判断标准，逻辑上的必然性和相容性才是。",
 "还需要注意句中的量词和否定词，例如“所有”“有些”“至少”“不”“全天”等，这些词往往直接决定两句话的关系，所以我会逐字阅读假设“{h}”。",
 "不妨把前提描述的场景具体想象出来：在“{p}”这个场景里，“{h}”是必然成立、必然不成立，还是都有可能？按这个思路来判断会比较清楚。",
]
MATH_EN = [
 "Before computing, let me identify what type of problem this is and what could go wrong. The question — \"{q}\" — mostly tests careful bookkeeping: signs, units, and reading exactly which quantity is being asked for (a common slip is to report an intermediate value instead of the requested one).",
 "Plan: (1) translate the words into a precise mathematical statement; (2) carry out the computation with every intermediate value written down; (3) check with an independent method or by substitution; (4) state the result in the form the question asks for.",
 "Alternative route as a cross-check: I redo the key step in a different order (or estimate it) rather than just re-reading my own work, since re-reading tends to reproduce the same mistake. Restating the main computation: {steps}",
 "Units and form: the result should be expressed in the form natural for the question. Equivalent forms — a fraction versus a decimal, factored versus expanded, a different but equal unit — all describe the same quantity, so I'll just pick a clean one.",
 "Reflection: problems like this are easy to get slightly wrong under time pressure, so it's worth taking the extra thirty seconds to verify. The numbers here are small enough that mental arithmetic is reliable, but I still wrote each line out.",
]
MATH_ZH = [
 "先分析题型和易错点。题目“{q}”主要考查计算的细心程度：符号、单位，以及题目究竟要求哪一个量（常见错误是把中间结果当成最终答案）。",
 "解题计划：①把文字条件转化为数学式子；②逐步计算，写出每一个中间结果；③用另一种方法或代入法检验；④按照题目要求的形式写出答案。",
 "用另一种思路验证：换一个顺序重新计算关键步骤，而不是简单地重读一遍原来的过程，因为重读往往会重复同样的错误。关键计算如下：{steps}",
 "关于答案形式：分数与小数、因式分解形式与展开形式、不同但等价的单位，表示的是同一个量，因此选一种简洁的形式书写即可。",
 "反思：这类题目在考试时间紧张的情况下很容易出小错，因此多花半分钟检验是值得的。本题数字不大，心算也比较可靠，但我仍然把每一步都写了出来。",
]
