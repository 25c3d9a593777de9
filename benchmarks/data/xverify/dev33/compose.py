"""Turn a problem family record plus a generation mode into an llm_output string."""
from pools import plan, reflect

EN = dict(
    intro=["Okay, let me read the problem carefully. {q}",
           "Alright, so the question is: {q} Let me work through it step by step.",
           "Let me make sure I understand what is asked. {q}",
           "Hmm, let's see. The problem says: {q} I'll set things up carefully first."],
    attempt="First attempt:",
    gives="So my first pass gives {a}.",
    wait=["Wait, that can't be right. ", "Hold on, let me check this. ", "Hmm, something is off. "],
    redo="Let me redo it properly.",
    hmm=["Hmm, wait. Actually, ", "But on second thought, ", "Hmm, let me reconsider. "],
    but="However, another reading is possible: ",
    both="So I end up with two candidates: {a} and {b}. I am not sure which one the problem intends.",
    tails=["Now I just need to plug these numbers in and compute the final",
           "Next, substituting back to get the final value, we have",
           "The remaining step is to carry out this last calculation, which gives"],
    recheck="Let me double-check this.",
)
ZH = dict(
    intro=["好的，先仔细读题。{q}", "题目是：{q} 我来一步一步分析。", "先理解题意。{q}", "嗯，我们看一下这道题：{q} 先把条件整理清楚。"],
    attempt="第一次尝试：",
    gives="这样算出来是 {a}。",
    wait=["等等，这好像不对。", "稍等，我检查一下。", "嗯，这里有问题。"],
    redo="重新来算。",
    hmm=["嗯，等一下，其实", "不过再想想，", "再考虑一下，"],
    but="不过也可以换一种理解：",
    both="所以有两个可能的结果：{a} 和 {b}，我不确定题目想要哪一个。",
    tails=["接下来只要把数代进去算出最后的", "最后一步是把上面的结果代入，得到", "现在只剩下最后的计算："],
    recheck="再验算一下。",
)


def _restate(q, lang):
    q = q.split("\n")[0]
    if len(q) > 400:
        cut = q[:220]
        k = max(cut.rfind(". "), cut.rfind("。"), cut.rfind("，"))
        q = cut[:k + 1] if k > 60 else cut + "..."
    return q


def _parts(rng, f, mode, T):
    w, s, n = f["work"], f["slip"], f["near"]
    if mode in ("ok", "alt"):
        return w, w, None
    if mode == "recover":
        th = [T["attempt"]] + s["steps"] + [T["gives"].format(a=_m(f, s["ans"])),
                                           _cat(rng.choice(T["wait"]), s["note"]), T["redo"]] + w
        return th, w, th
    if mode == "slip":
        return s["steps"], s["steps"], None
    if mode == "near":
        return n["steps"], n["steps"], None
    if mode == "abandon":
        th = w + [_cat(rng.choice(T["hmm"]), s["excuse"])] + s["steps"]
        return th, s["steps"], th
    if mode == "hedge":
        th = w + [_cat(T["but"], s["excuse"])] + s["steps"] + [T["both"].format(a=_m(f, f["answer"]), b=_m(f, s["ans"]))]
        return th, th, th
    if mode == "trunc":
        return f["trunc"] + [rng.choice(T["tails"])], None, None
    raise ValueError(mode)


def _cat(a, b):
    if a.rstrip().endswith((".", "?", "!")) and b[:1].isalpha():
        b = b[0].upper() + b[1:]
    return a + b


def _m(f, a):
    if f.get("textual") or any("\u4e00" <= ch <= "\u9fff" for ch in a.replace("\\text", "")) and "\\" not in a:
        return a
    return "$%s$" % a


def _think(intro, lines, refl=""):
    return "<think>\n" + intro + "\n\n" + "\n".join(lines) + ("\n\n" + refl if refl else "") + "\n</think>\n\n"


def _numbered(lines, lang):
    return "\n".join(("%d. " % (i + 1)) + ln for i, ln in enumerate(lines))


def _hedge_final(rng, f, lang):
    a, b = _m(f, f["answer"]), _m(f, f["slip"]["ans"])
    if lang == "zh":
        return rng.choice(["**最终答案：** 可能是 %s，也可能是 %s，取决于对题意的理解。" % (a, b),
                           "综上，答案为 %s 或 %s，我无法确定是哪一个。" % (a, b)])
    return rng.choice(["**Final Answer**\nThe answer is either %s or %s, depending on the interpretation; I can't determine which one is intended." % (a, b),
                       "So the answer is %s, or possibly %s; both seem defensible and I will leave it at that." % (a, b)])


def compose(rng, f, mode, final):
    """final: the answer string the output commits to (None for hedge/trunc)."""
    lang = f["lang"]
    T = ZH if lang == "zh" else EN
    intro = rng.choice(T["intro"]).format(q=_restate(f["question"], lang)) + "\n\n" + plan(rng, lang, 7 if lang == "en" else 12)
    think, sol, full = _parts(rng, f, mode, T)
    full = full or think
    refl = reflect(rng, lang, 3)
    zh = lang == "zh"
    if mode == "trunc":
        if rng.random() < 0.5:
            return "<think>\n" + intro + "\n\n" + "\n".join(think)
        head = "### 解题步骤\n" if zh else "### Step-by-step\n"
        return intro + "\n\n" + head + _numbered(think, lang)
    if mode == "hedge":
        if rng.random() < 0.5:
            return _think(intro, think, refl) + _hedge_final(rng, f, lang)
        return intro + "\n\n" + "\n".join(think) + "\n\n" + _hedge_final(rng, f, lang)
    A, mA = final, _m(f, final)
    post = ([T["recheck"]] + f["check"]) if mode in ("ok", "alt", "recover") and f["check"] else []
    lay = rng.randrange(6)
    if lay == 3 and "\\" in A and not zh:
        lay = 0
    if lay in (0, 2, 5) and sol:
        sol = sol + ["", ("**要点回顾：** " if zh else "**Key steps:** ") + sol[0] + (" …… " if zh else " ... ") + sol[-1]]
    if lay == 0:
        return (_think(intro, think + post, refl) + ("**解答：**\n\n" if zh else "**Solution**\n\n") + "\n".join(sol) +
                ("\n\n**最终答案：** \\boxed{%s}" if zh else "\n\n**Final Answer**\n\\[\n\\boxed{%s}\n\\]") % A)
    if lay == 1:
        out = ("### 题意分析\n" if zh else "### Understanding the problem\n") + intro + "\n\n"
        out += ("### 解题步骤\n" if zh else "### Step-by-step\n") + _numbered(full, lang) + "\n\n"
        out += ("### 答案\n答案为 %s。" if zh else "### Answer\nThe answer is %s.") % mA
        if post:
            out += ("\n\n### 检验\n" if zh else "\n\n### Verification\n") + "\n".join(post[1:])
        return out
    if lay == 2:
        return (_think(intro, think + post, refl) + "\n".join(sol) +
                ("\n\n所以最终答案是 \\(\\boxed{%s}\\)。" if zh else "\n\nTherefore, the final answer is \\(\\boxed{%s}\\).") % A)
    if lay == 3:
        return intro + "\n\n" + "\n".join(full + post) + ("\n答：%s。" if zh else "\n#### %s") % A
    if lay == 4:
        out = ("**答案：** %s\n\n**过程回顾：**\n" if zh else "**Answer:** %s\n\n**Recap:**\n") % mA
        return out + "\n".join("- " + x for x in full + post)
    return _think(intro, full + post, refl) + ("答案是 **%s**。" if zh else "The answer is **%s**.") % mA
