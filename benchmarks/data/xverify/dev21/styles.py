"""Answer-style wrappers imitating many model families / prompt formats."""
import random

EN_OPEN = [
    "Let me work through this step by step.",
    "Okay, so the question is asking for one specific value. Let me compute it.",
    "Sure! Let's break this down.",
    "We need to find the requested quantity.",
    "Alright.",
    "Here's how I'd approach it.",
    "First, let me restate what we know.",
    "Step-by-step solution:",
    "Let's think about this carefully.",
    "To solve this, I'll set up the relevant quantities.",
]
ZH_OPEN = ["我们一步一步来分析。", "好的，我来解这道题。", "解：", "首先整理已知条件。", "这道题可以这样思考。", "嗯，让我想一想。"]


def think_wrap(body, rng, lang):
    extra = rng.choice([
        "Hmm, let me double-check the arithmetic once more before answering.",
        "Wait, did I read the question right? Yes, I think so.",
        "Let me make sure I didn't drop a term.",
        "OK that seems consistent.",
    ]) if lang == "en" else rng.choice(["嗯，再核对一下计算。", "等一下，题目问的是什么？确认一下。", "好，应该没问题。"])
    return "<think>\n" + body + "\n\n" + extra + "\n</think>\n\n"


def final_line(ans, style, lang, rng):
    """Return the closing text that commits to `ans` in the given style."""
    if lang == "zh":
        opts = {
            "zh_box": "\n\n所以最终答案是 $\\boxed{%s}$。" % ans,
            "zh_colon": "\n\n答案：%s" % ans,
            "zh_bold": "\n\n**最终答案：%s**" % ans,
            "zh_gsm": "\n\n#### %s" % ans,
            "zh_sum": "\n\n综上所述，答案为 %s。" % ans,
            "zh_friendly": "\n\n因此答案是 %s。希望这个解答对你有帮助！如果还有问题欢迎继续问～" % ans,
        }
        return opts.get(style, opts["zh_colon"])
    opts = {
        "gsm": "\n#### %s" % ans,
        "minerva": "\n\nFinal Answer: The final answer is $%s$. I hope it is correct." % ans,
        "bold_final": "\n\n**Final Answer**\n\\[\n\\boxed{%s}\n\\]" % ans,
        "bold_final_plain": "\n\n**Final Answer**\n\n%s" % ans,
        "arrow": "\n\nAnswer -> %s" % ans,
        "the_answer": "\n\nThe answer: %s" % ans,
        "answer_caps": "\n\nANSWER: %s" % ans,
        "boxed_inline": "\n\nTherefore, the answer is $\\boxed{%s}$." % ans,
        "display": "\n\nSo we get\n$$%s$$\nas the final result." % ans,
        "friendly": "\n\nSo the answer is **%s**. Let me know if you'd like me to go over any step again! 😊" % ans,
        "so_plain": "\n\nSo, the final answer is %s." % ans,
        "hash_answer": "\n\n### Answer\n%s" % ans,
        "result_colon": "\n\nResult: %s" % ans,
    }
    return opts.get(style, opts["so_plain"])


EN_STYLES = ["gsm", "minerva", "bold_final", "bold_final_plain", "arrow", "the_answer", "answer_caps",
             "boxed_inline", "display", "friendly", "so_plain", "hash_answer", "result_colon"]
ZH_STYLES = ["zh_box", "zh_colon", "zh_bold", "zh_gsm", "zh_sum", "zh_friendly"]


def pick_style(lang, rng):
    return rng.choice(EN_STYLES if lang == "en" else ZH_STYLES)


def opener(lang, rng):
    return rng.choice(EN_OPEN if lang == "en" else ZH_OPEN)
