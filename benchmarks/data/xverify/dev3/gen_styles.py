"""Output styles (markdown chat, <think> reasoning, terse, boxed, numbered,
#### line, answer-first, table, last-sentence, restated question, 解/答) and
small text helpers (truncation, hedging, self-correction phrases)."""
import re

from gen_common import pick, int_zh


# ---------------------------------------------------------------- output styles
THINK_FILL_EN = ["Okay.", "Right.", "Hmm.", "Let me write that down.", "Next.",
                 "So far so good.", "Let me be careful here.", "Wait, let me re-read that.",
                 "OK so.", "Fine.", "Let me double check this bit.", "Alright."]
THINK_FILL_ZH = ["嗯。", "好。", "等一下，我再看一遍。", "对。", "接下来。", "先记下来。", "嗯，没问题。", "这里要小心。"]


def _think_body(rng, lang, body):
    fills = THINK_FILL_EN if lang == "en" else THINK_FILL_ZH
    out = []
    for b in body:
        if rng.random() < 0.45:
            out.append(pick(rng, fills) + " " + b)
        else:
            out.append(b)
    return out


def st_markdown(rng, lang, q, body, fin, sent, post, core=None):
    if lang == "zh":
        parts = [pick(rng, ["### 分析", "## 解题思路", "**思路**"]), *body,
                 pick(rng, ["### 答案", "## 结论", "---"]),
                 pick(rng, ["**{}**", "最终答案：**{}**", "所以，**{}**。"]).format(fin)]
        return "\n\n".join(parts + post)
    bullet = pick(rng, ["- ", "* ", "num", "• "])
    parts = [pick(rng, ["Let's solve this step by step.", "Great question! Let's break it down.",
                        "Here's how to approach this problem:", "Sure — here is a careful solution."]),
             pick(rng, ["## Solution", "### Step-by-step", "## Working", "**Solution**"])]
    for i, b in enumerate(body):
        parts.append((f"{i + 1}. " if bullet == "num" else bullet) + b)
    parts.append(pick(rng, ["## Final Answer", "### Answer", "---", "### ✅ Result"]))
    parts.append(pick(rng, ["**{}**", "The answer is **{}**.", "**Answer:** {}", "> **{}**"]).format(fin))
    return "\n\n".join(parts + post)


def st_think(rng, lang, q, body, fin, sent, post, core=None):
    tb = _think_body(rng, lang, body)
    if lang == "zh":
        head = pick(rng, ["嗯，我先读一下题目。", "好的，这道题需要仔细算一下。", "让我想想这个问题。"])
        tail = pick(rng, ["嗯，应该就是这样了。", "我再检查一下……没问题。", "好，可以写答案了。"])
        summ = pick(rng, ["**答案：{}**", "因此，最终答案为 {}。", "综上所述，" + sent + "。"]).format(fin)
        summary = core if core and rng.random() < 0.85 else (core or body)[-1:]
        return "<think>\n" + "\n\n".join([head, *tb, tail]) + "\n</think>\n\n" + \
            "\n\n".join(summary + [summ] + post)
    head = pick(rng, ["Okay, let me read the problem again.", "Alright, let's figure this out.",
                      "So, the question is asking something fairly concrete. Let me work through it.",
                      "Hmm, let me start by restating what is given."])
    tail = pick(rng, ["I think that's it.", "That seems consistent. Let me write up the answer.",
                      "Okay, I'm fairly confident now.", "Good, nothing else to check."])
    summ = pick(rng, ["**Answer:** {}", "Therefore, the answer is {}.", "So the final answer is **{}**.",
                      "Final answer: {}"]).format(fin)
    return "<think>\n" + "\n\n".join([head, *tb, tail]) + "\n</think>\n\n" + \
        "\n\n".join([pick(rng, ["**Summary of the solution**", "Here is the solution.", "", "## Solution"])] +
                    (core if core and rng.random() < 0.85 else (core or body)[-1:]) + [summ] + post).lstrip("\n")


def st_terse(rng, lang, q, body, fin, sent, post, core=None):
    core = core or body
    core = core if len(core) <= 4 else [core[0], core[-2], core[-1]]
    if lang == "zh":
        return "\n".join(core) + "\n" + pick(rng, ["答案：{}", "故答案为{}。", "答：{}"]).format(fin) + \
            ("\n\n" + "\n\n".join(post) if post else "")
    return "\n".join(core) + "\n" + pick(rng, ["Answer: {}", "=> {}", "Ans: {}", "Result: {}"]).format(fin) + \
        ("\n\n" + "\n\n".join(post) if post else "")


def st_boxed(rng, lang, q, body, fin, sent, post, core=None):
    box = "$\\boxed{" + fin.replace("$", "\\$") + "}$"
    if re.search(r"[A-Za-z]{4,}", fin) and not fin.startswith("\\"):
        box = "**" + fin + "**"
    if lang == "zh":
        end = pick(rng, ["所以答案是 {}。", "故所求为 {}。", "最终答案：{}"]).format(box)
    else:
        end = pick(rng, ["Therefore the answer is {}.", "Hence {}.", "The final answer is {}.",
                         "So we get {}"]).format(box)
    return "\n\n".join(body + [end] + post)


def st_numbered(rng, lang, q, body, fin, sent, post, core=None):
    if lang == "zh":
        parts = [f"第{int_zh(i + 1)}步：{b}" for i, b in enumerate(body)]
        parts.append(pick(rng, ["最终答案：{}", "答：{}"]).format(fin))
    else:
        lab = pick(rng, ["Step {}: ", "**Step {}.** ", "{}) ", "({}) "])
        parts = [lab.format(i + 1) + b for i, b in enumerate(body)]
        parts.append(pick(rng, ["Final Answer: The final answer is {}. I hope it is correct.",
                                "Final answer: {}", "**Final Answer:** {}"]).format(fin))
    return "\n\n".join(parts + post)


def st_hash(rng, lang, q, body, fin, sent, post, core=None):
    return "\n".join(body) + "\n" + ("\n".join(post) + "\n" if post else "") + "#### " + fin


def st_first(rng, lang, q, body, fin, sent, post, core=None):
    if lang == "zh":
        head = pick(rng, ["答案：{}", "**{}**", "结论：{}"]).format(fin)
        return "\n\n".join([head, pick(rng, ["理由如下：", "解析：", "详细过程："]), *body] + post)
    head = pick(rng, ["**Answer: {}**", "{}", "Short answer: {}.", "The answer is {}."]).format(fin)
    return "\n\n".join([head, pick(rng, ["Explanation:", "Here's why:", "### Reasoning", "Details below."]),
                        *body] + post)


def st_table(rng, lang, q, body, fin, sent, post, core=None):
    if lang == "zh":
        tab = "| 项目 | 结果 |\n|---|---|\n| 最终答案 | " + fin + " |"
    else:
        tab = pick(rng, ["| Item | Value |\n|---|---|\n| **Final answer** | " + fin + " |",
                         "| Quantity | Result |\n|:--|--:|\n| Answer | **" + fin + "** |"])
    lab = pick(rng, ["汇总：", "结果如下：", "小结："] if lang == "zh" else ["Summary:", "Result table:", "In short:"])
    return "\n\n".join(body + [lab, tab] + post)


def st_last(rng, lang, q, body, fin, sent, post, core=None):
    s = sent.format(fin)
    if lang == "zh":
        end = pick(rng, ["综上所述，{}。", "因此{}。", "所以{}。"]).format(s)
    else:
        end = pick(rng, ["So {}.", "Therefore, {}.", "Putting it together, {}.", "That means {}."]).format(s)
    return "\n\n".join(body + post + [end]) if post and rng.random() < 0.5 else "\n\n".join(body + [end] + post)


def st_restate(rng, lang, q, body, fin, sent, post, core=None):
    if lang == "zh":
        head = "题目：" + q.strip().split("\n")[0] + "\n\n我们来逐步求解。"
        end = "答：" + sent.format(fin) + "。"
    else:
        head = pick(rng, ["**Problem restated.** ", "We are asked the following: ", "> "]) + \
            q.strip().split("\n")[0] + "\n\n" + pick(rng, ["Let's go.", "Plan: compute each piece, then combine.", "Solution:"])
        end = pick(rng, ["**Answer:** {}", "Answer: {}", "Hence the answer: {}."]).format(fin)
    return "\n\n".join([head, *body, end] + post)


def st_jieda(rng, lang, q, body, fin, sent, post, core=None):
    if lang != "zh":
        return st_numbered(rng, lang, q, body, fin, sent, post)
    return "解：" + "\n".join(body) + "\n答：" + sent.format(fin) + "。" + ("\n\n" + "\n\n".join(post) if post else "")


STYLES = {"markdown": st_markdown, "think": st_think, "terse": st_terse, "boxed": st_boxed,
          "numbered": st_numbered, "hash": st_hash, "first": st_first, "table": st_table,
          "last": st_last, "restate": st_restate, "jieda": st_jieda}
STYLES_EN = ["markdown", "think", "terse", "boxed", "numbered", "hash", "first", "table", "last", "restate",
             "markdown", "think", "boxed", "last"]
STYLES_ZH = ["jieda", "jieda", "markdown", "think", "boxed", "first", "last", "terse", "numbered", "table"]


def truncate(rng, text, lo=0.35, hi=0.8):
    """Cut text at a space (or CJK char) somewhere between lo and hi of its length."""
    n = len(text)
    pos = int(n * (lo + (hi - lo) * rng.random()))
    for j in range(pos, max(pos - 200, 1), -1):
        if text[j] in " ，,、":
            return text[:j].rstrip(" ，,、")
    return text[:pos]


def hedge_text(rng, lang, a, b):
    if lang == "zh":
        return pick(rng, ["{}或{}", "{}，也可能是{}", "大概是{}，不过也可能是{}"]).format(a, b)
    return pick(rng, ["{} or {}", "either {} or {}", "{} (or possibly {})", "{}, though it might be {}",
                      "{}; alternatively {}"]).format(a, b)


REDO_EN = ["Hmm, wait. That doesn't look right to me. Let me redo the computation more carefully.",
           "Actually, hold on — I think I made a slip somewhere. Starting over:",
           "Let me reconsider; I'm not sure the previous line is right.",
           "Wait, I should double-check this by redoing it from scratch."]
REDO_ZH = ["等一下，上面好像不对，我重新算一遍。", "不对，我可能算错了，重新来。", "再检查一下……好像有问题，重做。"]
