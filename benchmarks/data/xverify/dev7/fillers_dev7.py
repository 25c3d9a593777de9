# Generic, answer-free commentary paragraphs used to give outputs realistic length and variety.
BG = {
 ("en", "math"): [
  "Before diving in, it's worth noting what kind of problem this is. Problems like this usually test whether you can translate the words into a precise mathematical statement and then carry out the computation without slipping on signs, units, or the order of operations. I'll write out every intermediate result explicitly rather than doing things in my head, because that's where most mistakes come from.",
  "A quick plan:\n1. Extract the given quantities and what exactly is being asked.\n2. Choose the relevant formula or rule.\n3. Compute carefully, keeping exact values (fractions, radicals, π) as long as possible.\n4. Check the result against the original conditions and make sure the final form matches what the question wants.",
  "One common pitfall with this type of question is answering a slightly different question than the one asked — for example giving an intermediate quantity instead of the requested one, or forgetting to convert to the requested form. I'll keep the exact wording of the question in view the whole time.",
  "I'll keep everything exact until the very end. Rounding early can introduce errors that compound, and if the problem wants an exact form, a decimal wouldn't be acceptable anyway. If a decimal is wanted, I'll round only once, at the last step.",
  "Let me also think about whether there are hidden constraints: domain restrictions, sign conditions, whether quantities must be integers or positive, and whether the answer should carry units. These details often matter more than the main computation itself.",
  "Okay so, hmm. Let me think about this. I've seen problems like this before. The trick is usually just to be systematic. Let me be systematic. First things first, let me write down what is given, and then what is asked, and then connect them.",
  "**Key idea.** Almost every step here is mechanical once the setup is right, so the real work is in the setup. I'll state each relation in words before writing it as an equation, so that it's easy to check later that the equation says what I mean.",
 ],
 ("en", "alphabet_option"): [
  "This is a multiple-choice question, so my strategy is to evaluate each option on its own merits, eliminate the ones that are clearly wrong, and then compare whatever remains. I'll watch out for distractors that are 'almost right' — options containing a true statement that doesn't actually answer the question.",
  "Let me recall the relevant background knowledge first, since recall is the main skill being tested here, and only then match it against the options. Looking at the options too early tends to bias the reasoning toward whichever one sounds familiar.",
  "Test-taking note: the option that sounds most familiar is not always correct; question writers often include a well-known but irrelevant fact, or the right value with the wrong unit, as a distractor. I'll read each option completely, including units and qualifiers.",
  "Let me go through this carefully. Multiple choice questions can be tricky. The options all look plausible at first. So I will think about each one. Thinking about each one is the best way. Okay.",
 ],
 ("en", "categorical_label"): [
  "For natural language inference, the question is whether the hypothesis must be true given the premise (entailment), must be false given the premise (contradiction), or could go either way (neutral). I should only use the premise plus ordinary common sense, and I must be careful not to over-infer things the premise doesn't actually say.",
  "A useful test: imagine every situation in which the premise is true. If the hypothesis holds in all of them, it's entailment; if it fails in all of them, contradiction; if it holds in some and fails in others, neutral.",
  "Let me look at the key content words in each sentence and check whether they refer to the same people, places and times, because a mismatch in reference can turn an apparent contradiction into a neutral pair.",
 ],
 ("en", "short_text"): [
  "This is essentially a factual question. Let me think about what I know, and also consider commonly confused alternatives, so I don't fall for a near-miss — questions like this are often designed so that a related but different fact comes to mind first.",
  "I'll try to triangulate from several related facts rather than relying on a single memory, since a single recalled fact can easily be off (wrong year, wrong person, wrong place).",
  "Let me pin down exactly what is being asked — which entity, which quantity, which time point — because many errors on questions like this come from answering about a neighbouring fact rather than the one requested.",
 ],
 ("zh", "math"): [
  "这类题目是常见的基础题型，主要考查对基本概念、公式的掌握以及运算能力。解题时要先弄清楚题目给出了哪些条件、要求的是什么，再选择合适的公式或方法，最后认真计算，注意符号、单位和取值范围等细节，避免因为粗心而失分。",
  "解题思路：\n① 审题，找出已知条件和所求问题；\n② 联想相关的定义、公式或定理；\n③ 按步骤规范地计算，每一步都写清楚；\n④ 检验结果是否符合题意，特别注意题目要求的答案形式（例如区间、集合、单位等）。",
  "需要注意的是，很多同学在做这类题时容易混淆相近的概念，或者把中间结果当成最终答案。所以在得出结果之后，一定要回到题目，看看所求的到底是什么量。",
  "嗯，这道题我先想一想。先把条件列出来，然后一步一步算。不要着急，慢慢算，算完再检查一遍。",
 ],
 ("zh", "alphabet_option"): [
  "这是一道单项选择题，可以采用排除法：逐一分析每个选项，先排除明显错误的选项，再在剩下的选项中仔细比较，选出最符合题意的一项。同时要注意题干中的关键词，例如“不包括”“属于”“约为”等，这些词往往决定了答题方向。",
  "本题考查的是基础知识的识记和理解。做选择题时不要只凭印象，要结合所学知识逐项判断；对于数值类选项，尤其要注意数量级和单位是否正确。",
  "审题时要特别留意题干是“正确的是”还是“错误的是”，以及选项中是否存在“偷换概念”“以偏概全”等常见干扰方式。",
 ],
 ("zh", "categorical_label"): [
  "自然语言推理题需要判断假设与前提的关系：如果前提为真时假设一定为真，就是“蕴含”；如果前提为真时假设一定为假，就是“矛盾”；如果前提不能决定假设的真假，就是“中立”。判断时只能依据前提和基本常识，不能过度推理。",
  "可以这样检验：设想所有使前提成立的情形，如果在这些情形中假设都成立，则为蕴含；都不成立，则为矛盾；有的成立有的不成立，则为中立。",
  "还要注意两句话中的人物、时间、地点是否一致，如果指代对象不同，看似矛盾的句子也可能只是中立关系。",
 ],
 ("zh", "short_text"): [
  "这是一道常识类问题，考查的是对基本事实的记忆。回答时要注意区分容易混淆的相近事实，例如相关的人物、相邻的年份或同类的事物，避免张冠李戴。",
  "为了保证答案准确，我从几个相关的知识点出发互相印证，而不是只凭单一的印象作答。",
  "先明确题目问的到底是哪一个对象、哪一个方面，很多错误都是因为回答了一个相近但不同的问题。",
 ],
}
POST = {
 "en": [
  "Let me reflect on whether this makes sense. The result is in the right ballpark given the information in the problem, and its form matches what was asked. I also considered whether there's an alternative interpretation of the wording, but the most natural reading is the one I used.",
  "Cross-check with a different route: approaching this from the definitions directly, rather than through the shortcut above, leads to the same intermediate values, so the two methods agree.",
  "A note on presentation: I'll state the result in a clean form. Equivalent forms would be just as valid, but there's no need to expand, approximate, or rewrite it further.",
  "Summary of reasoning:\n- Identified what is given and what is asked.\n- Applied the relevant rule/knowledge.\n- Checked for common traps (near-miss values, wrong units, misread options).",
 ],
 "zh": [
  "回顾一下整个过程：先审题，再选择方法，然后计算或分析，最后检验。每一步都有依据，没有遗漏条件。",
  "另外，用另一种思路也可以得到同样的结论，两种方法相互印证，说明结果是可靠的。",
  "【易错点】本题容易出错的地方在于混淆相近的概念或把中间结果当作最终结果，作答时要特别留意。",
 ],
}
