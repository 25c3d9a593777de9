"""Turn a math problem spec into a long chat-style output, correct or with a realistic flaw.

A problem spec is a dict with keys:
  q, givens (list), ask, other_desc, steps (list of paragraphs that do NOT state the final answer),
  last (template with {v}: the final computation), vw / nw (working text of right / near-miss value),
  forms (list of right renderings for the final sentence), near (near-miss rendering for the final sentence),
  other_final (a final sentence that reports a different quantity, or None), final (templates with {a}),
  check (template with {v}), recap (tail mentioning other numbers), ans (reference), dataset.
"""
from common import paras, bullets, cut, rec

EN = {
    "intro": ["Let's work through this step by step.", "Okay, let me set this up carefully before computing anything.",
              "Sure! Let me break this problem down.", "Alright, here's how I'd approach it.",
              "Good question. I'll go through it slowly so nothing gets mixed up."],
    "givens": ["Here's what we know:", "First, the information in the problem:", "Let me list the facts we're given:"],
    "ask": ["The question asks for {ask}. It would be easy to confuse this with {od}, so I'll keep track of which "
            "quantity is which as I go.",
            "What we actually need is {ask} (not {od}, which shows up along the way)."],
    "tail": ["Let me know if you'd like me to walk through any step in more detail!",
             "If your textbook uses a slightly different convention, the setup is the same and only the wording changes.",
             "Hope that helps — these problems are mostly about keeping the quantities straight.",
             "I can also show a quicker way to set this up if that would be useful."],
    "oops": ["Hmm, wait. Let me re-read the question — I think I made a slip there.",
             "Hold on, that doesn't look right. Let me redo that last bit."],
    "change": ["Hmm, actually, wait. Thinking about it again, I think I treated one of the quantities the wrong way. "
               "Redoing the last step with that fix gives {v} instead.",
               "Actually — on second thought I don't trust that last line. If I recount it the other way, I get {v}."],
    "two": ["So the answer is either {a} or {b}, depending on how you read the problem.",
            "I keep getting two plausible values here: {a} if you read it one way, {b} the other way. Either could be "
            "what's intended."],
    "trunc_lead": ["Now putting it all together,", "So for the last step,"],
    "plan": ["My plan: translate each sentence of the problem into a small equation or a direct calculation, work "
             "out the intermediate quantities one at a time, and only combine them at the very end. Writing the units "
             "next to every number helps catch mistakes, because if the units of the final line don't match what the "
             "question asks for, something has gone wrong.",
             "The approach is fairly standard. I'll first pin down the quantities that are stated directly, then derive "
             "the ones that are implied, and finally answer exactly the question that was asked. I'll keep the "
             "arithmetic explicit rather than doing it in my head, since small slips are the most common way these "
             "problems go wrong.",
             "Before calculating, it's worth thinking about what a sensible answer looks like, so that I can tell "
             "if the result is way off. Then I'll set up the relationships between the quantities, solve for the "
             "unknown step by step, and check the result against the original conditions."],
    "checklead": ["To be safe, let me verify the result by plugging it back into the original conditions — that "
                  "catches most arithmetic slips.", "Let me double-check before committing to an answer.",
                  "Quick verification, working backwards from the result:"],
    "pitfall": ["One thing to watch out for: {od} is a number we had to compute along the way, but it isn't what the "
                "question is asking for, so it would be a mistake to stop there.",
                "A common error on this kind of problem is to report {od} instead of {ask}. Those are different "
                "quantities, even though both appear in the working above."],
    "step": "Step {i}: ",
    "restate": ["Restating the problem so I have it in front of me: \"{q}\"", "Okay, so the problem is: \"{q}\"",
                "Here's the question again: {q}"],
    "extra": ["It also helps to keep the numbers exact until the very end. Rounding in the middle of a calculation can "
              "shift the final result slightly, and that kind of error is easy to miss because every individual "
              "step still looks reasonable.",
              "I'll write each intermediate result on its own line with a short label, so it is clear where every "
              "number comes from and which of them is the one the question is really about.",
              "None of the steps are hard on their own; the main risk is mixing up which number answers which "
              "question, so I'll label everything as I go."],
}
ZH = {
    "intro": ["我们一步一步来分析。", "好的，我先把题目里的条件整理一下，再计算。", "这道题可以这样考虑。",
              "我来仔细算一下这道题。"],
    "givens": ["题目给出的条件：", "已知条件如下：", "先整理已知信息："],
    "ask": ["题目问的是{ask}，注意不要和{od}混淆。", "我们要求的是{ask}（而不是{od}）。"],
    "tail": ["如果还有不清楚的地方，可以告诉我，我再详细解释。", "这类题关键是分清各个量，列式就不容易出错。",
             "希望对你有帮助！", "也可以用方程的方法来做，结果是一样的。"],
    "oops": ["等一下，我重新看一下上一步，好像算错了。", "嗯，这里不太对，我重算一下最后一步。"],
    "change": ["嗯，不对，我再想想。刚才好像把一个量理解反了，改过来重算最后一步，得到{v}。",
               "等等，我觉得上一步有问题，换一种方式重新计算，结果是{v}。"],
    "two": ["所以答案可能是{a}，也可能是{b}，要看题目具体怎么理解。",
            "这里按两种理解分别得到{a}和{b}，两个都有可能。"],
    "trunc_lead": ["最后把这些合在一起，", "所以最后一步，"],
    "plan": ["思路：先把题目中的每个条件翻译成算式，分别求出中间量，最后再合起来回答题目真正问的问题。计算时把单位写在数字旁边，"
             "这样如果最后的单位和题目要求不一致，就说明哪里出了问题。",
             "这类题的常规做法是：先找出直接给出的量，再推出隐含的量，最后只回答题目问的那个量。每一步都把算式写清楚，"
             "避免心算出错。",
             "在计算之前，先估计一下答案大概的范围，这样算完之后可以判断结果是否合理。然后建立各个量之间的关系，一步步求解，"
             "最后再代回原条件检验。"],
    "checklead": ["为了保险，把结果代回原题检验一下：", "再检查一遍：", "反过来验算一下："],
    "pitfall": ["需要注意的是：{od}只是中间过程里算出来的量，并不是题目要问的，不能把它当成答案。",
                "这类题常见的错误是把{od}当成{ask}来回答，这两个是不同的量。"],
    "step": "第{i}步：",
    "restate": ["题目是：{q}", "先复述一下题目：{q}", "原题：{q}"],
    "extra": ["另外，计算过程中尽量保留精确值，到最后再取整，否则中间四舍五入可能让结果出现偏差，而且每一步看起来都没错，很难发现。",
              "我会把每个中间结果单独写一行并注明含义，这样每个数从哪里来、哪个数才是题目真正要的，都一目了然。",
              "这几步单独看都不难，主要的风险是把不同的量弄混，所以每一步我都标清楚。"],
}

CORRECT_MODES = ["plain", "form", "form", "recap", "self_correct", "caveat"]
WRONG_MODES = ["near_miss", "near_miss", "other_quantity", "other_quantity", "changed_last", "two_answers", "truncated",
               "wrong_after_right"]


def compose(rng, P, lang, label):
    T = EN if lang == "en" else ZH
    head = [rng.choice(T["intro"]), rng.choice(T["restate"]).format(q=P["q"]),
            rng.choice(T["givens"]) + "\n" + bullets(P["givens"]),
            rng.choice(T["ask"]).format(ask=P["ask"], od=P["other_desc"]), rng.choice(T["plan"]),
            rng.choice(T["extra"]) if rng.random() < 0.6 else ""]
    steps = list(P["steps"])
    if rng.random() < 0.5:
        steps = [T["step"].format(i=i + 1) + s for i, s in enumerate(steps)]
    pit = rng.choice(T["pitfall"]).format(ask=P["ask"], od=P["other_desc"])
    right_last = P["last"].format(v=P["vw"])
    check = rng.choice(T["checklead"]) + ("\n" if lang == "en" else "") + P["check"].format(v=P["vw"])
    fin = rng.choice(P["final"])
    tail = rng.choice(T["tail"]) if rng.random() < 0.6 else ""
    if label == "Correct":
        mode = rng.choice(CORRECT_MODES)
        a = P["forms"][0] if mode == "plain" else rng.choice(P["forms"])
        if mode == "self_correct":
            body = steps + [P["last"].format(v=P["nw"]), rng.choice(T["oops"]), right_last, check]
        else:
            body = steps + [right_last, check]
        if rng.random() < 0.7:
            body.append(pit)
        end = fin.format(a=a)
        if mode == "recap":
            tail = P["recap"]
        elif mode == "caveat":
            tail = P.get("caveat") or tail
        return paras(head + body + [end, tail]), "correct_" + mode
    modes = list(WRONG_MODES)
    if not P.get("other_final"):
        modes = [m for m in modes if m != "other_quantity"]
    mode = rng.choice(modes)
    if mode == "near_miss":
        out = head + steps + [P["last"].format(v=P["nw"]), pit, fin.format(a=P["near"]), tail]
    elif mode == "other_quantity":
        out = head + steps + [P["other_final"], tail]
    elif mode == "changed_last":
        out = head + steps + [right_last, pit, rng.choice(T["change"]).format(v=P["nw"]), fin.format(a=P["near"])]
    elif mode == "two_answers":
        a, b = P["forms"][0], P["near"]
        if rng.random() < 0.5:
            a, b = b, a
        out = head + steps + [right_last, pit, rng.choice(T["two"]).format(a=a, b=b)]
    elif mode == "truncated":
        out = head + steps[:-1] + [cut(steps[-1], rng) if len(steps) > 1 else rng.choice(T["trunc_lead"])]
    else:  # wrong_after_right
        out = head + steps + [right_last, check, pit, fin.format(a=P["near"]), tail]
    return paras(out), "wrong_" + mode


def make(rng, gen, lang, label):
    P = gen(rng)
    out, trap = compose(rng, P, lang, label)
    return rec(P["dataset"], "math", P["q"], out, P["ans"], label, lang, trap)
