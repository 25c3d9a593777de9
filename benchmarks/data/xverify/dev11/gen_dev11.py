"""Generator for dev11.jsonl. Run: python3 gen_dev11.py  (deterministic, seed fixed)."""
import json, os, random, statistics
HERE = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(HERE, "items.py"), encoding="utf-8").read())
rng = random.Random(1107)

EN_OPEN = [
 "Let me read the question carefully and figure out exactly what is being asked before doing anything else.",
 "Okay, so the task here is fairly direct, but I want to be careful not to rush, because questions like this often hide a small trap in the wording.",
 "Alright. First I'll restate the problem in my own words, then work through it step by step, and finally double-check.",
 "Good question. There are a couple of ways to approach this; I'll pick the most direct one and sanity-check it afterwards.",
 "Let's think step by step.",
]
EN_FILL = [
 "The key is to identify which facts are actually relevant and ignore the ones that are only there as distractors.",
 "I should be careful with the wording here: small words such as 'not', 'only', 'exactly' or 'most likely' change what counts as the right answer.",
 "Before committing, it is worth recalling the standard definitions involved, since most mistakes on this kind of item come from a half-remembered rule rather than from the arithmetic or the logic itself.",
 "One common mistake is to stop at an intermediate result and report it as the answer, so I'll make sure I answer the question that was actually asked.",
 "I also want to keep track of units and of the exact form the question expects, because a correct idea written in the wrong form is still a wrong answer.",
 "Let me organize what I know in a short list so I don't lose track of anything.",
 "Going through the details one at a time makes it much easier to spot where a plausible-looking shortcut would go wrong.",
 "It also helps to ask what a typical wrong answer would look like, and why someone might be tempted by it.",
 "None of the given information seems contradictory, so I can use all of it directly.",
 "I'll write the reasoning out fully rather than skipping steps, since that is where slips usually happen.",
 "If I were explaining this to a student, I would stress that the underlying principle matters more than memorizing the particular case.",
 "There is a tempting shortcut here, but shortcuts are exactly how this kind of question catches people, so I'll take the longer route.",
 "I want to separate what the question states explicitly from what I might be assuming without noticing.",
 "Let me also consider the edge cases, because the answer has to hold for the situation described and not just for the most common situation.",
 "Textbooks and standard references agree on the relevant rule, so there is no real ambiguity in the background knowledge.",
 "At this stage it is easy to confuse two closely related ideas, so I'll name each one explicitly before using it.",
 "I'll keep the numbers and names exactly as they are written in the question to avoid transcription mistakes.",
 "This is the kind of item where reading the last sentence of the question twice pays off.",
]
EN_VERIFY = [
 "Re-reading the question once more, the answer addresses exactly what was asked and is consistent with every piece of information given.",
 "As a sanity check I went back through each step; nothing changes, and the result is consistent with the constraints in the problem.",
 "Cross-checking with a second approach leads to the same conclusion, so I'm confident in it.",
 "Checking the plausible alternatives again: each of them fails on at least one of the facts above.",
]
ZH_OPEN = [
 "我们先仔细读题，弄清楚题目到底在问什么，再一步一步地进行分析。",
 "好的，这道题看起来不难，但是这类题目经常在措辞上设置陷阱，所以我要认真一点，不能着急下结论。",
 "首先把题目中给出的条件整理一下，然后逐步推理，最后再进行检验。",
 "下面分步骤来解答这道题。",
]
ZH_FILL = [
 "解题的关键是找出真正有用的条件，忽略那些只是起干扰作用的信息。",
 "需要特别注意题目中的关键词，例如“不”“只”“恰好”“最可能”等，这些词会直接影响答案的判断。",
 "很多同学在这类题上出错，往往不是因为计算或者逻辑本身，而是因为对基本概念记得不够准确，所以先回顾一下相关的定义和规则。",
 "还要注意不要把中间结果当成最终答案，一定要回答题目真正问的问题。",
 "另外要注意单位和答案的形式，思路正确但形式不对，同样不能得分。",
 "我把已知信息列成几条，这样思路会更清楚，也不容易遗漏。",
 "逐条分析这些条件，可以帮助我们发现看似合理的捷径在哪里会出错。",
 "也可以反过来想一想：常见的错误答案会是什么样子，为什么容易被选中。",
 "题目给出的信息之间没有矛盾，可以直接使用。",
 "下面把推理过程完整地写出来，不跳步骤，以免出现疏漏。",
 "如果给学生讲解这道题，我会强调理解背后的原理比记住具体结论更重要。",
 "这里有一个看起来很诱人的捷径，但这类题目恰恰就是靠捷径让人出错的，所以我选择稳妥的做法。",
 "要把题目明确给出的信息和自己不知不觉加进去的假设区分开来。",
 "还要考虑一些特殊情况，因为答案必须对题目描述的情形成立，而不仅仅是对最常见的情形成立。",
 "教材和常见参考资料对相关规则的表述是一致的，所以背景知识方面没有歧义。",
 "这一步很容易把两个相近的概念混淆，所以在使用之前先把它们分别说清楚。",
 "题目中的数字和名称要照原样抄写，避免抄错。",
 "这种题目把最后一句话多读两遍往往很有帮助。",
]
ZH_VERIFY = [
 "再读一遍题目，上面的答案正好回答了题目所问的内容，并且与所有已知条件一致。",
 "检验：把每一步重新核对一遍，结果没有变化，符合题目中的所有条件。",
 "用另一种方法再验证一次，得到同样的结论，因此可以确定。",
 "再检查一下其他可能的选项或答案：它们都至少与上面的某一条事实不符。",
]
EN_FINAL = ["Final answer: {x}", "**Answer:** {x}", "So the answer is {x}.", "Therefore, the answer is {x}.",
            "### Final Answer\n{x}", "My final answer is {x}.", "Answer — {x}", "**Final answer: {x}**", "Putting it all together: {x}"]
ZH_FINAL = ["最终答案：{x}", "答案是 {x}。", "**答案：{x}**", "综上所述，答案为 {x}。", "### 最终答案\n{x}", "所以答案是{x}"]

def fill(lang, k):
    pool = EN_FILL if lang == "en" else ZH_FILL
    k = min(k, len(pool))
    return " ".join(rng.sample(pool, k))

def final(lang, x):
    if x.startswith(("答案", "Answer", "answer", "The answer", "the answer", "选", "the symbol", "This is", "The statement", "The sentiment", "They ", "The premise", "The relationship", "前提", "二者", "情感", "这个说法", "Overall", "Positive sentiment", "无法判断", "the remainder", "**")):
        return x
    return rng.choice(EN_FINAL if lang == "en" else ZH_FINAL).format(x=x)

def opener(lang):
    return rng.choice(EN_OPEN if lang == "en" else ZH_OPEN)

def verify(lang):
    pool = EN_VERIFY if lang == "en" else ZH_VERIFY
    return " ".join(rng.sample(pool, 2))

def ol(it):
    # output language: mostly the question language
    return it["lang"]

def v_think(it, g):
    L = ol(it)
    if L == "en":
        think = f"<think>\n{opener(L)} {fill(L,6)}\n\n{it['reason']}\n\n{fill(L,4)} Hmm, let me make sure I haven't misread anything. No, that's right.\n</think>\n\n"
        body = f"**Solution.** {it['reason']}\n\n{final(L, g)}"
    else:
        think = f"<think>\n{opener(L)}{fill(L,9)}\n\n{it['reason']}\n\n{fill(L,6)}嗯，再确认一下有没有看错题。没有问题。\n</think>\n\n"
        body = f"**解答：**{it['reason']}\n\n{final(L, g)}"
    return think + body

def v_md(it, g):
    L = ol(it)
    if L == "en":
        return (f"## Understanding the problem\n\n{opener(L)} {fill(L,6)}\n\n## Working\n\n- {it['reason']}\n- {fill(L,3)}\n- {fill(L,2)}\n\n"
                f"## Result\n\n{final(L, g)}\n\n## Verification\n\n{verify(L)} {fill(L,2)}")
    return (f"## 题意分析\n\n{opener(L)}{fill(L,9)}\n\n## 求解过程\n\n- {it['reason']}\n- {fill(L,3)}\n\n"
            f"## 结论\n\n{final(L, g)}\n\n## 验证\n\n{verify(L)}{fill(L,2)}")

def v_selfcorr(it, g, b):
    L = ol(it)
    if L == "en":
        return (f"{opener(L)} {fill(L,6)}\n\nMy first instinct says {b}. Wait, that's wrong — I was being sloppy. Let me redo it properly.\n\n"
                f"{it['reason']}\n\n{fill(L,3)} So the earlier guess of {b} was a mistake; the correct answer is {g}.\n\n"
                f"{verify(L)}\n\n{final(L, g)}")
    return (f"{opener(L)}{fill(L,9)}\n\n一开始我以为是 {b}。等等，这样不对，我刚才太粗心了，重新做一遍。\n\n"
            f"{it['reason']}\n\n{fill(L,3)}所以前面的 {b} 是错误的，正确答案应该是 {g}。\n\n{verify(L)}\n\n{final(L, g)}")

def v_short(it, g):
    L = ol(it)
    if L == "en":
        hedge = rng.choice(["", "I'm fairly confident, though not 100%. ", "This one is pretty standard. "])
        return f"{opener(L)} {fill(L,5)}\n\n{it['reason']} {fill(L,3)}\n\n{hedge}{final(L, g)}\n\nCheck: {verify(L)}"
    return f"{opener(L)}{fill(L,6)}\n\n{it['reason']}{fill(L,4)}\n\n{final(L, g)}\n\n{verify(L)}"

def v_bad(it, b):
    L = ol(it)
    if L == "en":
        return (f"{opener(L)} {fill(L,8)}\n\nWorking it through with the information given, and leaning on the rule I remember best here, everything points one way. "
                f"Putting it together, I get {b}.\n\n{fill(L,2)}\n\n{final(L, b)}\n\n**Verification:** {verify(L)}")
    return (f"{opener(L)}{fill(L,12)}\n\n根据题目给出的信息，结合我最熟悉的规则来推理，结论是 {b}。\n\n{fill(L,2)}\n\n{final(L, b)}\n\n**验证：**{verify(L)}")

def v_midright(it, g, b):
    L = ol(it)
    if L == "en":
        return (f"{opener(L)} {fill(L,7)}\n\n{it['reason']}\n\nSo at this point it looks like {g}. {fill(L,2)} Hmm, but on reflection I think the question intends something slightly different, and the more standard reading gives {b} instead. "
                f"I'll go with that.\n\n{final(L, b)}")
    return (f"{opener(L)}{fill(L,10)}\n\n{it['reason']}\n\n这样看来答案似乎是 {g}。{fill(L,2)}不过再想一想，题目的本意可能略有不同，按照更常见的理解应该是 {b}。就选这个。\n\n{final(L, b)}")

def v_two(it, g, b):
    L = ol(it)
    first, second = (g, b) if rng.random() < 0.5 else (b, g)
    if L == "en":
        return (f"{opener(L)} {fill(L,7)}\n\n{it['reason']}\n\n{fill(L,3)} Honestly, both {first} and {second} seem defensible depending on interpretation, and I can't rule either out.\n\n"
                f"Final answer: {first} or {second}")
    return (f"{opener(L)}{fill(L,10)}\n\n{it['reason']}\n\n{fill(L,3)}说实话，{first} 和 {second} 两种答案都说得通，取决于理解方式，我无法排除其中任何一个。\n\n最终答案：{first} 或 {second}")

def v_trunc(it):
    L = ol(it)
    if L == "en":
        t = f"{opener(L)} {fill(L,10)}\n\nLet me now set up the main step carefully. Starting from what the question gives us, the first thing to establish is the relationship between the quantities involved, and then"
        return t
    return f"{opener(L)}{fill(L,14)}\n\n现在开始认真列出关键步骤。根据题目给出的条件，首先要确定各个量之间的关系，然后再"

rows = []
for idx, it in enumerate(I):
    G, B = it["good"], it["bad"]
    g = lambda k: G[k % len(G)]
    cases = [
        (v_think(it, g(0)), "Correct", "think_block_answer"),
        (v_md(it, g(1)), "Correct", "markdown_verification_alt_form"),
        (v_selfcorr(it, g(2), B[0][0]), "Correct", "self_correction_from_wrong"),
        (v_short(it, g(3)), "Correct", "short_output_alt_form"),
        (v_bad(it, B[0][0]), "Incorrect", B[0][1]),
        (v_midright(it, g(idx), B[1][0]), "Incorrect", "reasoning_right_final_wrong:" + B[1][1]),
    ]
    if idx % 2 == 0:
        cases.append((v_two(it, g(1), B[1][0]), "Incorrect", "two_answers_hedged"))
    else:
        cases.append((v_trunc(it), "Incorrect", "truncated_no_final_answer"))
    for out, lab, trap in cases:
        rows.append(dict(dataset=it["ds"], key_answer_type=it["kat"], question=it["q"], llm_output=out,
                         correct_answer=it["ref"], label=lab, trap=trap, lang=it["lang"]))

rng.shuffle(rows)
final_rows = []
for i, r in enumerate(rows, 1):
    final_rows.append({"id": f"d11-{i:04d}", **r})
path = os.path.join(HERE, "dev11.jsonl")
tmp = path + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    for r in final_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
os.replace(tmp, path)
from collections import Counter
print(len(final_rows), Counter(r["key_answer_type"] for r in final_rows), Counter(r["lang"] for r in final_rows),
      Counter(r["label"] for r in final_rows), statistics.median(len(r["llm_output"]) for r in final_rows))
