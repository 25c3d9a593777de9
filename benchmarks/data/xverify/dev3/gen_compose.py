"""compose(): turns a problem description from a family into an llm_output of
a chosen label, mode (plain / check / self-correction / wrong path / hedge /
truncated / unit, order, bracket, partial errors) and style, padded with
realistic extra reasoning up to a sampled target length."""
import re

from gen_common import pick
from gen_styles import STYLES, STYLES_EN, STYLES_ZH, REDO_EN, REDO_ZH, _think_body, truncate, hedge_text




def sentences(q):
    return [x for x in re.split(r"(?<=[.?!。？！])\s+|(?<=[。？！])", q.replace("\n", " ").strip()) if x.strip()]


PLAN_EN = ["I'll work out the intermediate quantities one at a time, keeping track of units, and then combine them.",
           "Plan: translate the words into arithmetic, compute carefully, and then sanity-check the result.",
           "The approach is straightforward; the main risk is an arithmetic slip, so I'll write every step out.",
           "Let me set up the computation first and only then plug in numbers."]
PLAN_ZH = ["思路：先把题目中的条件逐一列出，再一步步计算，最后检验。", "先分析题意，找出已知量和所求量，然后列式计算。",
           "这题不难，关键是计算要仔细，每一步都写清楚。"]
REREAD_EN = ["Before writing the answer, let me re-read the question: \"{}\" Good — that is exactly what my answer addresses.",
             "Re-reading the last sentence (\"{}\"), I need to make sure I'm answering that and not reporting an intermediate value.",
             "Double-checking the question: \"{}\" Yes, that's what I found."]
REREAD_ZH = ["再读一遍题目：“{}” 题目问的正是上面得到的结果。", "回到题目：“{}” 要注意回答的是所问的量，而不是中间结果。"]
PITFALL_EN = ["(Note: an answer like {} would be wrong — it comes from misreading one of the conditions.)",
              "A tempting but wrong answer is {}; that's what you get if you skip a step.",
              "Careful: {} is a common distractor here."]
PITFALL_ZH = ["（注意：如果得到 {}，说明某个条件理解错了。）", "易错点：容易误得 {}。"]


def context(rng, prob, label, mode):
    """Generic paragraphs that surround the core reasoning (restatement, givens, plan, re-reading)."""
    lang, q = prob["lang"], prob.get("stem") or prob["question"]
    ss = sentences(q)
    pre, post = [], []
    if lang == "en":
        if rng.random() < 0.6:
            pre.append(pick(rng, ["Let me restate the problem: ", "The problem says: ", "Reading carefully: ",
                                  "We are given the following. "]) + q.replace("\n", " "))
        if len(ss) > 1 and rng.random() < 0.6 and prob.get("skind", "calc") == "calc":
            pre.append(pick(rng, ["What we know:", "**Given**", "Known facts:"]) + "\n" + "\n".join("- " + x for x in ss[:-1]) +
                       "\n\n" + pick(rng, ["What we want: ", "**Find:** ", "Goal: "]) + ss[-1])
        if rng.random() < 0.6:
            pre.append(prob.get("plan") or pick(rng, PLAN_EN if prob.get("skind", "calc") == "calc" else PLAN_TXT_EN))
        if rng.random() < 0.5:
            post.append(pick(rng, REREAD_EN).format(ss[-1]))
        pit = PITFALL_EN
    else:
        if rng.random() < 0.6:
            pre.append(pick(rng, ["题目：", "审题：", "已知："] if prob.get("skind", "calc") == "calc" else ["题目：", "问题是："]) + q.replace("\n", " "))
        if rng.random() < 0.6:
            pre.append(prob.get("plan") or pick(rng, PLAN_ZH if prob.get("skind", "calc") == "calc" else PLAN_TXT_ZH))
        if rng.random() < 0.4:
            post.append(pick(rng, REREAD_ZH).format(ss[-1]))
        pit = PITFALL_ZH
    if label == "Correct" and prob["wrong"] and rng.random() < 0.3:
        post.append(pick(rng, pit).format(pick(rng, pick(rng, prob["wrong"])["forms"])))
    if label == "Incorrect" and mode == "wrong" and rng.random() < 0.15:
        post.append(pick(rng, pit).format(pick(rng, prob["forms"])))
    return pre, post


MUSE_EN = [
    "Let me make sure I'm not misreading any of the numbers. Going back through the statement, every given quantity has been used exactly once, which is usually a good sign that the setup is complete.",
    "Is there any trick in the wording? Sometimes these problems hide a condition in a subordinate clause. I don't see one here — the conditions are stated plainly.",
    "I want to be careful about what is being asked. An intermediate quantity is not the answer unless the question asks for it.",
    "One thing I should double check is the arithmetic itself, since that's where most slips happen. Redoing the multiplications by hand, they hold up.",
    "Hmm, let me think about whether the answer is reasonable in size. Nothing looks wildly off: the result is in the range I'd expect from a quick mental estimate.",
    "Let me also consider edge cases: could any quantity be zero or negative in a way that changes the method? No — the problem as stated avoids that.",
    "I could also approach this more formally, but the direct computation is clear enough and less error-prone.",
    "Thinking about how the problem was probably designed: the numbers are chosen so that things come out cleanly, and mine do, which is reassuring.",
    "Let me pause and re-derive the key relation instead of relying on memory, because a misremembered formula is the classic way to go wrong.",
    "Okay, so far everything is consistent. I'll keep the exact values rather than rounding, to avoid accumulating errors.",
    "Actually, let me reconsider the interpretation once more. Reading it a second time, my interpretation is the natural one; the alternative readings would make the problem ill-posed.",
    "Also worth noting: the answer should be stated in the form the question expects, so I'll present it cleanly at the end.",
    "Wait — before going further, did I copy the numbers correctly from the statement? Checking each one against the problem text... yes, they match.",
    "I keep second-guessing myself on one point, so let me settle it explicitly rather than hand-wave: the relation I'm using follows directly from the definitions, not from some special case.",
    "A quick way to catch sign errors is to plug in the result at the end. I'll do that once I have a candidate.",
    "It might help to think about an extreme or simplified version of the problem to see if my method gives the obvious answer there. It does, so the method itself is sound.",
    "Let me not overcomplicate this. The problem is standard; the only real work is bookkeeping.",
    "Hmm, I briefly wondered whether a different formula applies, but no — the conditions for the usual method are all satisfied here.",
    "So the structure of the solution is: set up, compute, verify. I've done the first two; verification comes next.",
    "I should be wary of a units mismatch; mixing units is a very common source of wrong answers in problems like this.",
    "Let me write the intermediate results in a list so I don't lose track of them.",
    "If I had to bet on where an error could creep in, it would be the last combination step, so I'll redo that one with particular care.",
    "Interesting — the numbers work out more neatly than I expected. That's usually a hint that the setup is right.",
    "I'm going to keep fractions exact as long as possible; converting to decimals too early could introduce rounding artefacts.",
    "Let me reconsider whether I've used the right operation at each step — addition versus multiplication is an easy thing to mix up when reading quickly. Looking back, each operation matches what the problem describes.",
    "I'll try to explain the reasoning in plain words too, since being able to say it simply is a decent test that I actually understand it rather than just pushing symbols around.",
    "Actually, I realise I should state my assumptions explicitly: I'm taking every quantity in the problem at face value, with no hidden conditions, which is the standard reading for a problem like this.",
    "At this point it's worth comparing against my initial gut feeling. My first instinct was in the same ballpark, so nothing surprising has happened along the way.",
    "Let me count how many separate facts the problem gives me and make sure each one has entered the calculation somewhere. Yes — nothing is left over.",
    "One more consideration: are there any constraints like 'whole numbers only' or 'positive values' that would rule out part of the result? Nothing like that applies here.",
    "Okay, pausing here. The method is standard, the numbers are manageable, and each intermediate value has been checked. I don't see any reason to doubt the result.",
    "If a classmate asked me why this works, I'd point to the definition rather than a memorised shortcut — the shortcut is only valid because of the definition.",
    "Hmm, let me make sure I'm not confusing this with a similar-looking problem type that needs a different approach. No, the structure here is the one I identified at the start.",
    "Sometimes writing the result in a second form exposes mistakes, because an error that hides in one representation often becomes obvious in another.",
    "I notice I've been moving fast. Slowing down for a second to re-read my own lines... they're consistent with each other.",
    "Let me think about what would change if one of the given numbers were slightly different — the method would stay the same, only the arithmetic would change, which suggests the method isn't relying on a coincidence.",
    "Units check: every quantity I've combined has compatible units, and the final unit is the one the question is asking about.",
    "There's a risk of an off-by-one error in counting steps like this, so I've been careful to include both ends where appropriate.",
    "This is the kind of question where writing everything down is faster than trying to do it in my head, so I'll keep the steps explicit.",
]
MUSE_ZH = [
    "我再确认一下题目中的数据有没有看错。每个已知条件都用到了，而且只用了一次，说明列式是完整的。",
    "这道题有没有陷阱？再读一遍题干，条件都写得很直接，没有隐含的限制。",
    "要注意题目问的是什么，中间结果不能当作最后答案。",
    "计算部分最容易出错，我把乘法再手算一遍，结果一致。",
    "估算一下结果的大小是否合理：和心算的粗略估计差不多，没有明显问题。",
    "保留精确值计算，最后再整理，避免中途四舍五入带来误差。",
    "换个角度想一想，这个结果也说得通。",
    "题目中的数据设计得比较整齐，算出来的结果也很整齐，这通常说明没算错。",
    "等一下，我先确认题目中的数字都抄对了。逐个对照原题……没有问题。",
    "这一步用到的关系式可以直接从定义推出来，不是特殊情况，所以可以放心使用。",
    "为了避免符号出错，最后我会把结果代回去验证。",
    "不要把问题想复杂了，这是一道常规题，关键在于细心。",
    "需要注意单位是否统一，单位不统一是这类题最常见的错误来源。",
    "把中间结果列出来，免得弄混。",
    "如果要找最容易出错的地方，应该是最后合并的那一步，我再仔细算一次。",
    "我刚才有一瞬间怀疑是不是要用别的公式，但题目条件完全满足常规方法的要求。",
    "先整体把握一下：设未知量、列式、计算、检验，四步走。",
    "可以考虑一个更简单的特殊情况来验证方法是否正确：特殊情况下方法给出的结果显然成立，说明方法没问题。",
    "回头看看每一步的依据：都是课本上的基本结论，没有跳步。",
    "嗯，结果的形式也要符合题目要求，最后要写清楚。",
    "我先不急着下结论，把已知条件重新整理一遍：题目给的数据都已经用上了，没有多余的条件，也没有遗漏的条件。",
    "这类题在考试中很常见，出题人通常会设置一个容易犯错的地方，我得看看自己有没有掉进去。",
    "如果换一种方法算出的结果和前面一致，就可以比较放心了。",
    "注意不要混淆相近的概念，题目中的每个词都要读准确。",
    "算到这里，思路已经比较清楚了，剩下的就是把计算过程写规范。",
    "也许还有更巧妙的解法，但常规方法最稳妥，不容易出错。",
    "嗯，我刚才的步骤里有没有跳步？逐行看一遍……每一步都有依据。",
    "检查一下数量级：结果既不会太大也不会太小，和直觉相符。",
    "我把每一步用到的运算再核对一遍，加减乘除有没有用混：每一步的运算都和题意对应。",
    "把自己的假设说清楚：题目中的量都按字面意思理解，没有隐含条件，这是这类题的标准理解方式。",
    "和最初的直觉比较一下：一开始估计的结果和现在算出来的差不多，中间没有出现意外。",
    "数一数题目给了几个条件，每个条件是否都用上了——都用上了，没有剩余。",
    "有没有“只能取整数”“必须为正数”之类的限制会排除一部分结果？本题没有这样的限制。",
    "如果同学问我为什么这样做，我会从定义出发来解释，而不是只记公式。",
    "别把这道题和形式相似但解法不同的题弄混了，本题的结构就是一开始判断的那种。",
    "把结果换一种形式写出来，有时能发现隐藏的错误。",
    "我算得有点快，停下来把自己写的每一行再读一遍……前后一致。",
    "这种题写出每一步比心算更快更稳，所以我把过程都写出来。",
    "计数类的步骤容易出现“差一”的错误，首尾要不要算进去要想清楚。",
    "好，方法是常规的，数据也不复杂，每个中间结果都检查过了，没有理由怀疑结果。",
]


MUSE_TXT_EN = [
    "Let me make sure I'm answering exactly what is asked, not a closely related question.",
    "I should rely on what is actually established (or what the text actually says), not on what merely sounds plausible.",
    "Is there a well-known misconception around this? It's worth checking that I'm not repeating it.",
    "Reading the question once more, word by word, to catch any qualifier like 'not', 'first', 'most' or 'only'.",
    "Let me consider the closest alternative answer and spell out why it doesn't fit.",
    "I'm fairly confident, but let me double-check against the specific details rather than a general impression.",
    "If I imagine explaining this to someone else, the justification holds up without any hand-waving.",
    "There's no need to overthink this; the key point is clear once the wording is read carefully.",
    "Let me not be swayed by surface features of the wording — what matters is the meaning.",
    "It's worth separating what is stated from what I might be assuming.",
    "Hmm, one thing that could trip me up is a near-synonym or a similar-sounding name. I've kept the distinction in mind.",
    "Let me also think about how a careful expert would phrase the answer, so the final response is unambiguous.",
    "I'll avoid adding extra claims in the final answer; it should contain exactly one clear response.",
    "Before settling, let me quickly consider whether the question could be read in a different way. The natural reading is the one I've used.",
]
MUSE_TXT_ZH = [
    "先确认自己回答的正是题目所问，而不是一个相近的问题。",
    "要依据确定的知识（或材料中明确写出的内容），不能凭“听起来像”来判断。",
    "这个问题有没有常见的误区？要确认自己没有掉进去。",
    "再逐字读一遍题目，注意“不”“最”“第一”“只”之类的限定词。",
    "考虑一下最容易混淆的那个答案，并说清楚它为什么不对。",
    "不要被字面上的个别词语带偏，关键是整体意思。",
    "把题目明确给出的信息和自己的推测区分开。",
    "相近的名称、相似的概念容易弄混，这里要特别注意。",
    "最后的回答要明确，只给出一个答案。",
    "如果把理由讲给别人听，这个判断也站得住脚。",
]
PLAN_TXT_EN = ["I'll pin down exactly what is being asked, find the relevant facts, rule out the tempting alternatives, and then answer.",
               "Approach: read closely, identify the key information, check it against the question, and give one clear answer.",
               "Let me first figure out which piece of information decides the answer."]
PLAN_TXT_ZH = ["思路：先弄清题目问什么，再找出关键信息，排除干扰项，最后作答。", "先找出决定答案的关键信息。"]


def target_len(rng, lang):
    r = rng.random()
    if r < 0.05:
        t = rng.randint(150, 700)
    elif r < 0.62:
        t = rng.randint(2200, 4200)
    elif r < 0.90:
        t = rng.randint(4200, 6500)
    else:
        t = rng.randint(6500, 10000)
    return t


def compose(rng, prob, label, style=None, mode=None, target=None):
    """Turn a problem description (dict from a family) into (llm_output, mode, style).

    target: approximate length in characters; extra reasoning (alternative methods,
    checks, musings, recomputation passes) is added until the output reaches it."""
    lang = prob["lang"]
    target = target if target is not None else target_len(rng, lang)
    calc = prob.get("skind", "calc") == "calc"
    if style is None:
        if target < 700:
            style = pick(rng, ["terse", "hash", "boxed", "first", "last"] if lang == "en" else ["terse", "jieda", "boxed"])
        else:
            style = pick(rng, [x for x in (STYLES_EN if lang == "en" else STYLES_ZH) if x != "terse"])
        if not calc and style in ("jieda", "hash", "boxed") and rng.random() < 0.8:
            style = pick(rng, ["first", "last", "markdown", "think"])
    # reasoning-model style (a <think> block) for most long outputs; muses only appear in those
    wrap = style not in ("think", "terse") and (target >= 6000 or (target >= 1800 and rng.random() < 0.55))
    thinky = style == "think" or wrap
    q, sent = prob["question"], prob["sentence"]
    steps = list(prob["steps"])
    body = list(steps)
    redo = (REDO_EN if lang == "en" else REDO_ZH) if calc else (
        ["Hmm, wait. I think I'm mixing something up. Let me reconsider.", "Actually, no — let me think about this again more carefully.",
         "Hold on, that doesn't sound right. Reconsidering:"] if lang == "en" else
        ["不对，我好像记混了，再想一想。", "等一下，这样判断不太对，重新考虑。"])
    post = []
    wrongs = prob["wrong"]
    special = ("unit", "partial", "order", "bracket", "approx")
    if label == "Correct":
        modes = ["plain", "plain", "plain", "check", "flip_right"] if wrongs else ["plain", "check"]
        mode = mode or pick(rng, modes)
        fs = prob["forms"]
        fin = fs[0] if len(fs) == 1 or rng.random() < 0.2 else pick(rng, fs[1:])
        if mode == "flip_right":
            w = pick(rng, wrongs)
            body = list(w["steps"]) + [pick(rng, redo)] + body
        if mode == "check":
            post = list(prob.get("verify", []))
    else:
        modes = ["wrong", "wrong", "hedge", "truncate", "flip_wrong"]
        if any(w.get("tag") in special for w in wrongs):
            modes += ["special", "special"]
        mode = mode or pick(rng, modes)
        if mode == "special":
            cands = [w for w in wrongs if w.get("tag") in special]
        else:
            cands = [w for w in wrongs if w.get("tag") not in special] or wrongs
        w = pick(rng, cands)
        if mode in ("wrong", "special"):
            body = list(w["steps"])
            steps = list(w["steps"])
            fin = pick(rng, w["forms"])
        elif mode == "hedge":
            plain = lambda fs: [f for f in fs if " or " not in f and " and " not in f and "或" not in f] or fs
            a, b = pick(rng, plain(prob["forms"])), pick(rng, plain(w["forms"]))
            if rng.random() < 0.5:
                a, b = b, a
            fin = hedge_text(rng, lang, a, b)
        elif mode == "flip_wrong":
            body = body + [pick(rng, redo)] + list(w["steps"])
            steps = list(w["steps"])
            fin = pick(rng, w["forms"])
        else:
            fin = None
    pre, post2 = context(rng, prob, label, mode) if target >= 700 else ([], [])
    # extra material, added (as whole segments) until the target length is reached
    correct_path = label == "Correct" or mode in ("hedge", "truncate")
    # concept paragraphs also appear in some wrong outputs: stating a rule and then breaking it is a common failure
    pool_pre = list(prob.get("explore", [])) + (list(prob.get("concept", [])) if correct_path or rng.random() < 0.5 else [])
    pool_mid = (list(prob.get("notes", [])) + list(prob.get("verify", []))) if correct_path else []
    pool_mid = [x for i, x in enumerate(pool_mid) if x not in pool_mid[:i]]
    muses = list((MUSE_EN if lang == "en" else MUSE_ZH) if calc else (MUSE_TXT_EN if lang == "en" else MUSE_TXT_ZH))
    rng.shuffle(muses)
    muses = muses[:(rng.randint(2, 6) if target < 6000 else rng.randint(6, 9)) if thinky else rng.randint(0, 2)]
    head, explore, dead, after, tail = [[x] for x in pre], [], [], [], [[x] for x in post2]
    main = list(body)

    def size():
        segs = head + explore + dead + [main] + after + tail
        return sum(len(x) + 2 for sg in segs for x in sg) + sum(len(x) for x in post) + len(q) // 3

    while size() < target and pool_pre:
        explore.append([pool_pre.pop(0)])
    while size() < target and pool_mid:
        after.append([pool_mid.pop(rng.randrange(len(pool_mid)))])
    # long targets: explore (and reject) other approaches before settling
    if (target >= 3800 or (target >= 2200 and rng.random() < 0.6)) and size() < target:
        if not calc:
            intro = (["My first instinct is this:", "One possibility that comes to mind:", "At first I thought:"] if lang == "en"
                     else ["我第一反应是：", "一开始我想到的是："])
            rej = (["But that doesn't fit the details — I'm confusing it with something else.", "No, on reflection that's a common mix-up; discard it.",
                    "That doesn't hold up against what the question actually says."] if lang == "en"
                   else ["不对，这是常见的混淆，排除。", "再想想，这和题目的意思不符。"])
        elif lang == "en":
            intro = ["One idea that comes to mind first:", "Let me try a quick approach first and see if it holds up.",
                     "A first, naive attempt:", "Before the careful computation, here's what I'd get by a shortcut:"]
            rej = ["Hmm, that doesn't square with the conditions in the problem, so I'll discard that line of reasoning.",
                   "No wait — that approach misreads one of the conditions. Scrap it.",
                   "That result looks off when I compare it with a rough estimate, so something's wrong with that attempt."]
        else:
            intro = ["先试一个直接的想法：", "一开始我是这样想的：", "先用一个简单的办法试试："]
            rej = ["不对，这样做和题目条件不符，放弃这个思路。", "这个结果和估算对不上，说明这种做法有问题。"]
        if correct_path:
            others = [w["steps"] for w in wrongs if w.get("tag") not in special][:2 if target < 6000 else 4]
        else:
            others = [list(prob["steps"])] if mode in ("wrong", "special") else []
        for ws in others:
            dead.append([pick(rng, intro)] + list(ws) + [pick(rng, rej)])
    maxp = ((rng.randint(1, 2) + (1 if target >= 6000 else 0)) if calc else 1) if thinky else rng.randint(0, 1)
    if calc:
        agains = (["Let me recompute everything once more, slowly, to be sure.", "Wait, let me redo this part to double-check.",
                   "I'll go through the calculation again from the top, compactly:", "Recomputing in one go:"] if lang == "en" else
                  ["为了保险，我再从头慢慢算一遍。", "等等，我再核对一遍：", "重新计算一次：", "再快速过一遍："])
    else:
        agains = (["Let me go over the key point once more:", "Summarising my reasoning so far:", "Quick recap before answering:"]
                  if lang == "en" else ["再梳理一遍：", "小结一下前面的分析：", "作答前再回顾一遍："])
    rng.shuffle(agains)
    passes = 0
    while size() < target and (muses or passes < maxp):
        if muses and (rng.random() < 0.6 or passes >= maxp):
            after.insert(rng.randint(0, len(after)), [muses.pop()])
        else:
            again = agains[passes % len(agains)]
            passes += 1
            after.append([again + ("\n" if lang == "en" else "") + (" " if lang == "en" else "").join(x for x in steps if "\n" not in x)])
    body = [x for sg in head + explore + dead + [main] + after + tail for x in sg]
    fn = STYLES[style]
    # R1-style: exploratory <think> block followed by a clean write-up in another style
    writeup = list(steps)
    if target >= 6000:
        wrap = True
        if style in ("think", "terse"):
            style = pick(rng, ["markdown", "numbered", "boxed", "restate"])
            fn = STYLES[style]
        if correct_path:
            writeup = list(prob.get("explore", [])[:1]) + writeup + list(prob.get("notes", [])) + list(prob.get("verify", []))[:1]
            writeup = [x for i, x in enumerate(writeup) if x not in writeup[:i]]
    if wrap:
        think = "<think>\n" + "\n\n".join(_think_body(rng, lang, body)) + "\n</think>\n\n"
        if mode == "truncate":
            return truncate(rng, think, 0.5, 0.95), mode, "think_cut"
        return think + fn(rng, lang, q, writeup, fin, sent, post, core=steps), mode, style + "+think"
    if mode == "truncate":
        if style in ("first", "table", "terse", "hash"):
            style = "numbered"
            fn = STYLES[style]
        text = fn(rng, lang, q, body, "@@END@@", sent, [], core=steps)
        cut = text.find("@@END@@")
        last = text.find(steps[-1][:30]) if steps[-1][:30] in text else cut
        limit = min(cut, last) if last > 0 and rng.random() < 0.4 else cut
        text = truncate(rng, text[:limit], 0.55, 0.97)
        return text, mode, style
    return fn(rng, lang, q, body, fin, sent, post, core=steps), mode, style


def reference(rng, prob):
    return pick(rng, prob["refs"])
