"""Renderer for non-math items (options, short answers, labels).  Standard library only."""
from lib import PH, tex_safe


class It:
    def __init__(self, **kw):
        self.analysis = []        # per-option notes (reveal the key: shown only when the output is right)
        self.listing = []         # neutral listing (options, passage sentences, label definitions)
        self.check = []
        self.quote = None
        self.__dict__.update(kw)


OPEN = {"en": ["Okay, let me read this carefully.", "Alright, let's look at the question.", "Hmm, let me think.",
               "Let me work through this.", "Okay."],
        "zh": ["好，先看题目。", "嗯，我来分析一下。", "我们先理解题意。", "让我想一想。"]}
WAIT = {"en": ["Wait, that's not right. Let me reconsider.", "Hmm, hold on. I think I got that backwards.",
               "Actually, let me re-read the question."],
        "zh": ["等一下，好像不对，重新想想。", "不对，我再读一遍题。", "嗯……这里可能理解错了。"]}
FLIP = {"en": ["Hmm, but wait. Let me think about this from another angle.", "Actually, I'm not so sure now.",
               "Hold on, let me reconsider before finalizing."],
        "zh": ["不过等等，我换个角度想想。", "嗯，我又有点不确定了。", "先别急着下结论，再想想。"]}
SOFAR = {"en": ["So the answer is {a}.", "I'm fairly confident it's {a}.", "That points to {a}."],
         "zh": ["所以答案是{a}。", "应该是{a}。", "可以确定是{a}。"]}
EXPL = {"en": ["Let me also consider the other possibility:", "Could it be something else? One might argue:",
               "Let me make sure I'm not falling for a trap. Someone might reason:"],
        "zh": ["再考虑一下另一种可能：", "会不会是另一个答案？有人可能这样想：", "看看有没有陷阱，比如这样想："]}
REJ = {"en": "But that reasoning doesn't hold up. I'll stay with {a}.", "zh": "但这个推理站不住，还是{a}。"}
HEAD = {"en": ["**Reasoning**", "### Explanation", "**Why:**", "## Analysis", "Here's my reasoning:"],
        "zh": ["**解析：**", "### 分析", "**理由：**", "【解析】"]}
NOFIN = {"en": ["Both readings have some support, and without more context I can't settle it definitively.",
                "Honestly it could go either way; I'd need more information to be sure."],
         "zh": ["两种理解都有一定道理，信息不足，无法完全确定。", "说实话两个都有可能，需要更多信息才能确定。"]}


def fin_line(it, style, fin, rng):
    en = {"think": ["**Final Answer:** {f}", "The answer is **{f}**.", "$\\boxed{{{b}}}$", "**Answer: {f}**"],
          "md": ["### Answer\n\n**{f}**", "**Final answer: {f}**", "---\n**Answer:** {f}"],
          "plain": ["So the answer is {f}.", "Answer: {f}", "Therefore: {f}."],
          "terse": ["{f}", "Answer: {f}", "**{f}**"]}
    zh = {"zh_think": ["**最终答案：{f}**", "答案：{f}", "$\\boxed{{{b}}}$"],
          "zh_md": ["### 答案\n\n**{f}**", "**答案：{f}**"],
          "zh_plain": ["故答案为：{f}。", "答案：{f}", "所以答案是{f}。"],
          "zh_terse": ["{f}", "答案：{f}"]}
    t = rng.choice((zh if it.lang == "zh" else en)[style])
    return t.format(f=fin, b=tex_safe(fin))


def bullets(lines, rng):
    k = rng.randint(0, 2)
    if k == 0:
        return "\n".join("- " + x for x in lines)
    if k == 1:
        return "\n".join("%d. %s" % (i, x) for i, x in enumerate(lines, 1))
    return " ".join(lines)


def render_cls(it, mode, style, rng, verb=0):
    """mode: plain alias early fix recheck | wrong flip hedge nofinal trunc."""
    lg = it.lang
    ph = PH[lg]
    good, bad = it.good[0], rng.choice(it.bad)
    fin = {"alias": rng.choice(it.good[1:] or it.good), "wrong": bad, "flip": bad}.get(mode, good)
    if mode == "hedge":
        a, b = (good, it.bad[0]) if rng.random() < .5 else (it.bad[0], good)
        fin = rng.choice(ph["hedgefin"]).format(a=a, b=b)
    if mode == "nofinal":
        fin = None
    if mode in ("wrong",):
        core = list(it.mis)
    elif mode == "fix":
        core = it.mis + [rng.choice(WAIT[lg])] + it.why
    elif mode == "flip":
        core = it.why + [rng.choice(FLIP[lg])] + it.mis
    elif mode in ("hedge", "nofinal"):
        core = it.why + [rng.choice(EXPL[lg])] + it.mis + [rng.choice(NOFIN[lg])]
    else:
        core = list(it.why)
    okmode = mode in ("plain", "alias", "early", "fix", "recheck")
    redo_core = {"fix": it.why, "flip": it.mis, "wrong": it.mis}.get(mode, it.why if okmode or mode == "trunc" else core)
    explore = [rng.choice(EXPL[lg])] + it.mis + [REJ[lg].format(a=good)] if okmode else []
    quote = it.quote or it.q
    parts = []
    elim = ([("逐项检查：" if lg == "zh" else "Let me go through each option to be sure:")] + it.analysis) if okmode and it.analysis else []
    if style in ("think", "zh_think"):
        t = [rng.choice(OPEN[lg]) + " " + it.restate]
        if rng.random() < .85:
            t.append(("题目：" if lg == "zh" else "The question: ") + (it.q if it.kat == "alphabet_option" else quote))
        t += it.listing
        t += core
        t += elim
        if okmode or mode == "trunc":
            t += it.check
        if explore and (verb or rng.random() < .6):
            t += explore
        for _ in range(verb):
            t += [rng.choice(ph["redo"])] + (it.listing[1:] if rng.random() < .5 else []) + redo_core + \
                ([rng.choice(ph["muse"])] if rng.random() < .6 else [])
            if elim and rng.random() < .5:
                t += elim
            if okmode and explore and rng.random() < .5:
                t += explore
        if mode == "trunc":
            body = "\n\n".join(t)
            lo = len(t[0]) + 5
            cut = max(lo, int(len(body) * rng.uniform(.6, .97)))
            if lg == "en":
                while cut < len(body) - 1 and body[cut] != " ":
                    cut += 1
            return "<think>\n" + body[:cut].rstrip()
        if fin:
            t.append(rng.choice(SOFAR[lg]).format(a=fin))
        parts.append("<think>\n" + "\n\n".join(t) + "\n</think>")
        summ = core if mode not in ("fix", "flip") else (it.why if mode == "fix" else it.mis)
        parts.append(rng.choice(HEAD[lg]) + "\n\n" + bullets(summ, rng))
        if elim and rng.random() < .7:
            parts.append(("**其他选项：**" if lg == "zh" else rng.choice(["**Why not the others:**", "**Option check:**"])) + "\n" +
                         "\n".join("- " + x for x in it.analysis))
        if it.check and okmode and rng.random() < .6:
            parts.append(bullets(it.check, rng))
        if fin:
            parts.append(fin_line(it, style, fin, rng))
    elif style in ("md", "zh_md"):
        parts.append(("### 题意\n\n" if lg == "zh" else "## Question recap\n\n") + it.restate)
        if it.listing and rng.random() < .5:
            parts.append(bullets(it.listing, rng))
        parts.append(rng.choice(HEAD[lg]) + "\n\n" + bullets(core, rng))
        if elim:
            parts.append(("### 逐项分析\n\n" if lg == "zh" else "## Going through the options\n\n") + bullets(it.analysis, rng))
        if it.check and okmode:
            parts.append(("### 核对\n\n" if lg == "zh" else "## Double-check\n\n") + bullets(it.check, rng))
        if mode == "trunc":
            body = "\n\n".join(parts)
            cut = rng.randint(len(parts[0]), max(len(parts[0]) + 1, int(len(body) * .9)))
            return body[:cut].rstrip()
        if fin:
            parts.append(fin_line(it, style, fin, rng))
    elif style in ("plain", "zh_plain"):
        parts.append(" ".join(core))
        if it.check and okmode and rng.random() < .5:
            parts.append(" ".join(it.check))
        if fin:
            parts.append(fin_line(it, style, fin, rng))
    else:
        parts.append(core[-1])
        if fin:
            parts.append(fin_line(it, style, fin, rng))
    if mode == "early" and fin:
        parts.insert(0, ("答案：" if lg == "zh" else "**Answer: ") + fin + ("" if lg == "zh" else "**"))
    return "\n\n".join(parts)
