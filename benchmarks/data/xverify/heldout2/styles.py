"""Rendering helpers: turn a structured solution ("res" dict) into text that
looks like the output of one of several reasoning-model families.

A res dict carries: lang, gist, steps [(title, body)], check, final (LaTeX or
plain answer the model commits to), say (answer restated in words), label,
and optionally wrong / wrong_path (used by the generic error modes), box.
"""
from fractions import Fraction
import explain
from phrases import EN, ZH, ZHN, NOUNS, REFL

CN_DIG = "零一二三四五六七八九"


def ftex(x, cmd=r"\frac"):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return "%s%s{%d}{%d}" % (s, cmd, abs(x.numerator), x.denominator)


def fpl(x):
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else "%d/%d" % (x.numerator, x.denominator)


def par(x):
    """Number wrapped in parentheses when negative (for substitutions)."""
    s = ftex(x)
    return "(" + s + ")" if Fraction(x) < 0 else s


def il(rng, e):
    return ("\\(" + e + "\\)") if (rng.random() < 0.55 or "\\$" in e) else ("$" + e + "$")


def dm(rng, e):
    r = rng.random()
    if "\\$" in e:
        return "\n" + ("\\[\n" + e + "\n\\]" if r < 0.6 else "\\[ " + e + " \\]") + "\n"
    if r < 0.45:
        return "\n\\[\n" + e + "\n\\]\n"
    if r < 0.8:
        return "\n$$\n" + e + "\n$$\n"
    return "\n\\[ " + e + " \\]\n"


def lin(coefs, names):
    """Render sum c_i * name_i with signs, e.g. 2x^2 - 5x + 3."""
    out = ""
    for c, n in zip(coefs, names):
        if c == 0:
            continue
        mag = abs(c)
        body = (str(mag) if (mag != 1 or n == "") else "") + n
        if out == "":
            out = ("-" if c < 0 else "") + body
        else:
            out += (" - " if c < 0 else " + ") + body
    return out or "0"


def cn_num(n):
    """Integer -> Chinese numerals (0 <= n < 10**8)."""
    if n == 0:
        return "零"
    if n < 0:
        return "负" + cn_num(-n)

    def four(k, top):
        s, zero = "", False
        for d, u in zip((int(c) for c in "%04d" % k), "千百十 "):
            u = u.strip()
            if d == 0:
                zero = zero or bool(s)
                continue
            if zero:
                s, zero = s + "零", False
            s += "十" if (d == 1 and u == "十" and not s and top) else CN_DIG[d] + u
        return s

    hi, lo = divmod(n, 10000)
    if hi:
        return four(hi, True) + "万" + (("零" if lo < 1000 else "") + four(lo, False) if lo else "")
    return four(lo, True)


def _tl(t):
    return t[0].lower() + t[1:] if t else t


def _fa(res, rng):
    """Final answer, inline (math) or plain (text)."""
    if res.get("plain"):
        return "**" + res["final"] + "**"
    return il(rng, res["final"])


def _boxed(res, rng, inline=False):
    f = res["final"]
    if res.get("plain") and not res.get("box"):
        return "**" + f + "**"
    raw = res.get("boxraw") and " " not in f
    b = "\\boxed{" + (("\\text{" + f + "}") if res.get("plain") and not raw else f) + "}"
    if inline:
        return il(rng, b)
    return dm(rng, b)


def _hedge(res, rng, P, lang):
    a, w = res["final"], res["wrong"]
    if rng.random() < 0.5:
        a, w = w, a
    if res.get("plain"):
        fa, fw = "**" + a + "**", "**" + w + "**"
    else:
        fa, fw = il(rng, "\\boxed{" + a + "}"), il(rng, "\\boxed{" + w + "}")
    if lang == "zh":
        return rng.choice(["综上，答案可能是 %s，也可能是 %s，两种理解似乎都说得通，我无法确定是哪一个。",
                           "**答案**：%s 或 %s（取决于题目的理解方式，无法确定）。"]) % (fa, fw)
    return rng.choice([
        "**Final Answer**\n\nIt is either %s or %s, depending on how the question is read; I can't pin it down to one.",
        "So I'll give both candidates: %s or %s. I'm not able to decide between them.",
        "**Answer:** %s or %s (both interpretations seem plausible, so I'm listing both)."]) % (fa, fw)


def _steps_txt(res, rng, fmt, p_explain=0.9):
    out = []
    lang = res.get("lang", "en")
    for i, (t, b) in enumerate(res["steps"], 1):
        ld = explain.lead(t, lang)
        if ld and rng.random() < p_explain:
            b = ld + ("\n" if b.startswith(("\\[", "$$")) else " ") + b
        out.append(fmt.format(i=i, t=t, b=b, z=ZHN[(i - 1) % 10]))
    return "\n\n".join(out)


def _cut(text, rng):
    """Truncate text mid-way at a space/newline, never finishing the answer."""
    n = len(text)
    pos = int(n * rng.uniform(0.62, 0.85))
    while pos < n and text[pos] not in " \n，。":
        pos += 1
    return text[:pos].rstrip()


import re

_MATH = re.compile(r"(\\\(.+?\\\)|(?<![$\\])\$(?:[^$\n]|\\\$)+?(?<!\\)\$(?!\$))", re.S)
_DISP = re.compile(r"\\\[\s*(.+?)\s*\\\]|\$\$\s*(.+?)\s*\$\$", re.S)


def _key(body):
    m = [x for x in _MATH.findall(body) if re.search(r"=|\\in|<|>|\\le|\\ge|\\equiv", x)]
    if m:
        return m[-1]
    d = [x or y for x, y in _DISP.findall(body) if "\\begin" not in (x or y) and len(x or y) < 120]
    return (("\\(" + d[-1] + "\\)") if "\\$" in d[-1] else ("$" + d[-1] + "$")) if d else None


def _summary(res, rng, lang):
    rows = []
    for t, b in res["steps"]:
        k = _key(b)
        rows.append("- **%s**%s" % (t, (": " + k) if k else ""))
    head = rng.choice(["### Summary", "**Summary of the steps**", "### Recap"]) if lang == "en" else rng.choice(["### 小结", "**步骤回顾**"])
    return head + "\n" + "\n".join(rows)


def _pitfall(res, rng, lang):
    if not res.get("pit") or not res.get("wrong_path"):
        return ""
    w = ("**" + str(res["wrong"]) + "**") if res.get("plain") else il(rng, str(res["wrong"]))
    if lang == "en":
        return rng.choice(["A common mistake here would be to %s, which leads to %s. That does not answer the question as posed.",
                           "Note: if one were to %s, one would get %s instead; that is a trap, not the answer.",
                           "One thing to watch out for: it is tempting to %s, giving %s, but that's incorrect here."]) % (res["wrong_path"], w)
    return rng.choice(["注意：如果%s，就会得到 %s，这是常见错误。", "易错点：有人会%s，得到 %s，但这不符合题意。"]) % (res["wrong_path"], w)


def _recheck(res, rng, lang):
    eqs = []
    for _, b in res["steps"]:
        eqs += [m.strip() for m in _MATH.findall(b) + [x or y for x, y in _DISP.findall(b)] if "=" in m and len(m) < 160 and "\\begin" not in m]
    if len(eqs) < 2:
        return ""
    k = rng.randint(3, 6)
    eqs = eqs[-k:] if rng.random() < 0.5 else eqs[:k]
    eqs = [(("\\(" + e.strip() + "\\)") if "\\$" in e else ("$" + e.strip() + "$")) if not e.startswith(("$", "\\(")) else e for e in eqs]
    ok = ["✓", "— yes.", "— correct.", "(checks out)"] if lang == "en" else ["✓", "——对。", "（没问题）"]
    head = rng.choice(["Let me re-verify the arithmetic line by line:", "Double-checking each computation:", "Arithmetic check:"]) if lang == "en" \
        else rng.choice(["逐行核对一下计算：", "再核对一遍算术："])
    return head + "\n" + "\n".join("- " + e + " " + rng.choice(ok) for e in eqs)


def _restate(res, rng, lang):
    q = res["q"].strip()
    if "$" in q and not re.search(r"\$(?!\d)", q):
        q = re.sub(r"\$(\d)", r"\\$\1", q)
    if lang == "en":
        return rng.choice(["The problem says:\n\n> " + q.replace("\n", "\n> "), "Restating the problem: " + q,
                           "Let me re-read the question: \"" + q + "\""])
    return rng.choice(["题目是：\n\n> " + q.replace("\n", "\n> "), "重新读一遍题目：" + q])


def _think(res, rng, P, lang):
    out = [rng.choice(P["open"]).format(g=res["gist"])]
    if rng.random() < (0.7 if lang == "en" else 0.95):
        out.append(_restate(res, rng, lang))
    titles = [t if lang == "zh" else _tl(t) for t, _ in res["steps"]]
    if len(titles) > 1 and rng.random() < 0.8:
        if lang == "en":
            out.append(rng.choice(["So the plan is: ", "My plan: ", "Roughly, I need to: "]) + ", then ".join(titles) + ".")
        else:
            out.append(rng.choice(["思路是：", "大致步骤："]) + "，再".join(titles) + "。")
    if res.get("think_extra"):
        out.append(res["think_extra"])
    refl = rng.sample(REFL[lang], rng.randint(1, 3) if lang == "en" else rng.randint(4, 6))
    for i, (t, b) in enumerate(res["steps"]):
        if refl and rng.random() < 0.5:
            out.append(refl.pop())
        c = P["conn"][0] if i == 0 else rng.choice(P["conn"][1:])
        t2 = t if lang == "zh" else _tl(t)
        out.append(rng.choice(P["stepfmt"]).format(c=c, t=t2) + ("\n\n" if rng.random() < 0.3 else " ") + b)
        if rng.random() < 0.5:
            out.append(rng.choice(P["interj"]))
    redo = rng.sample(range(len(res["steps"])), min(len(res["steps"]), rng.choice([1, 1, 2] if lang == "en" else [2, 2, 3]))) if len(res["steps"]) > 1 and rng.random() < 0.8 else []
    for j in sorted(redo):
        t, b = res["steps"][j]
        if lang == "en":
            out.append(rng.choice(["Wait, let me go back and re-check the part where I had to %s." % _tl(t),
                                   "Hmm, before finishing, let me redo the step \"%s\" more slowly." % _tl(t)]) + "\n\n" + b
                       + "\n\n" + rng.choice(["Yes, same thing. Okay.", "Right, that matches what I had.", "Okay, consistent."]))
        else:
            out.append(rng.choice(["等等，回头再检查一下“%s”这一步。" % t, "收尾之前，把“%s”再慢慢算一遍。" % t]) + "\n\n" + b
                       + "\n\n" + rng.choice(["对，一样的。", "没错，和之前一致。"]))
    keys = [(t if lang == "zh" else _tl(t), _key(b)) for t, b in res["steps"] if _key(b)]
    if len(keys) > 1 and rng.random() < (0.75 if lang == "en" else 1.0) and not res.get("trunc"):
        if lang == "en":
            out.append(rng.choice(["To summarize what I have: ", "So, recapping: ", "Putting it together: "])
                       + "; ".join("%s gives %s" % kv for kv in keys) + ".")
        else:
            out.append(rng.choice(["整理一下：", "小结一下目前的结果："]) + "；".join("%s得到 %s" % kv for kv in keys) + "。")
    out += refl
    rc = _recheck(res, rng, lang)
    if rc and rng.random() < (0.8 if lang == "en" else 1.0):
        out.append(rc)
    pf = _pitfall(res, rng, lang)
    if pf and rng.random() < (0.7 if lang == "en" else 0.95):
        out.append(pf)
    if res.get("check") and not res.get("trunc"):
        out.append(rng.choice(P["checklead"]) + " " + res["check"])
    if not res.get("trunc") and not res.get("hedge") and rng.random() < 0.7:
        last = [x for x in re.split(r"(?<=[.?!])\s+|(?<=[。？！])", res["q"].strip()) if x.strip()][-1].strip()
        if lang == "en":
            out.append(rng.choice(["Let me make sure I'm answering what's actually asked: \"%s\" Yes — that's exactly what I computed.",
                                   "One more look at the question: \"%s\" Okay, the quantity I found is the one requested, and the form is fine."]) % last)
        else:
            out.append(rng.choice(["再确认一下题目问的是什么：“%s” 对，求的就是这个。", "回到题目：“%s” 我算的正是所求的量。"]) % last)
        if res.get("hedge"):
            out.append("Hmm, I keep going back and forth here." if lang == "en" else "嗯，我在两个答案之间有点犹豫。")
        else:
            out.append(rng.choice(P["close"]).format(a=_fa(res, rng)))
    return "\n\n".join(out)


def _r1(res, rng, P, lang):
    th = _think(res, rng, P, lang)
    if res.get("trunc"):
        return "<think>\n" + _cut(th, rng)
    head = "**Solution**" if lang == "en" else "**解答**"
    if res.get("think_extra") and rng.random() < (0.5 if lang == "en" else 0.85):
        head = (("**Approach.** " if lang == "en" else "**思路分析**：") + res["think_extra"] + "\n\n" + head)
    fmt = rng.choice(["{i}. **{t}.** {b}", "**{t}.** {b}"] if lang == "en" else ["{i}. **{t}**：{b}", "**{t}**\n{b}"])
    sol = _steps_txt(res, rng, fmt, 0.5)
    if res.get("hedge"):
        fin = _hedge(res, rng, P, lang)
    elif lang == "en":
        fin = rng.choice(["**Final Answer**\n", "The final answer is ", "**Final Answer:** "]) + _boxed(res, rng, True)
    else:
        fin = rng.choice(["**最终答案**\n", "综上所述，答案为 ", "**答案**："]) + _boxed(res, rng, True)
    zh = lang == "zh"
    if res.get("check") and not res.get("hedge") and rng.random() < (0.7 if not zh else 0.95):
        sol += "\n\n" + ("**Verification.** " if lang == "en" else "**验证**：") + res["check"]
    pf = _pitfall(res, rng, lang)
    if pf and rng.random() < (0.6 if not zh else 0.9):
        sol += "\n\n" + pf
    if rng.random() < (0.35 if not zh else 0.7) and not res.get("hedge"):
        sol += "\n\n" + _summary(res, rng, lang)
    return "<think>\n" + th + "\n</think>\n\n" + head + "\n\n" + sol + "\n\n" + fin


def _gpt(res, rng, P, lang):
    en = lang == "en"
    intro = ("To %s, let's work through it carefully." % res["gist"]) if en else ("我们需要%s，下面逐步求解。" % res["gist"])
    und = ("### Understanding the Problem\n" if en else "### 理解题意\n") + _restate(res, rng, lang)
    fmt = "### Step {i}: {t}\n{b}" if en else "### 第{i}步：{t}\n{b}"
    body = _steps_txt(res, rng, fmt)
    if res.get("trunc"):
        return _cut(intro + "\n\n" + und + "\n\n---\n\n" + body, rng)
    ver = ""
    if res.get("check"):
        ver = ("### Verification\n" if en else "### 验证\n") + res["check"]
    if res.get("hedge"):
        fin = _hedge(res, rng, P, lang)
    elif en:
        sy = res["say"]
        sy = ("The " + sy) if sy.split()[0] in NOUNS else sy[0].upper() + sy[1:]
        fin = "### Final Answer\n" + (sy + ":\n" if rng.random() < 0.6 else "") + _boxed(res, rng)
    else:
        fin = "### 最终答案\n" + (res["say"] + "：\n" if rng.random() < 0.6 else "") + _boxed(res, rng)
    parts = [intro, und]
    if res.get("think_extra") and rng.random() < 0.85:
        parts.append(("### Approach\n" if en else "### 思路分析\n") + res["think_extra"])
    parts += ["---", body]
    pf = _pitfall(res, rng, lang)
    if pf:
        parts.append(("### Common Pitfall\n" if en else "### 易错点\n") + pf)
    if ver and rng.random() < 0.5 and not res.get("hedge"):
        parts += [fin, "---", ver]
    else:
        parts += ([ver] if ver else []) + [fin]
    if rng.random() < 0.9 and not res.get("hedge"):
        parts.append(_summary(res, rng, lang))
    return "\n\n".join(parts)


def _claude(res, rng, P, lang):
    intro = rng.choice(["I'll work through this step by step.", "Let me set this up carefully.",
                        "Here's how I'd approach this."]) + " We need to " + res["gist"] + "."
    und = "## What we're given\n\n" + _restate(res, rng, lang)
    if res.get("think_extra"):
        und += "\n\n## Strategy\n\n" + res["think_extra"]
    body = _steps_txt(res, rng, "## {t}\n\n{b}")
    if res.get("trunc"):
        return _cut(intro + "\n\n" + und + "\n\n" + body, rng)
    parts = [intro, und, body]
    if res.get("check"):
        parts.append("## Checking the result\n\n" + res["check"])
    pf = _pitfall(res, rng, lang)
    if pf:
        parts.append("## A note on a tempting wrong path\n\n" + pf)
    if not res.get("hedge") and rng.random() < 0.7:
        parts.append(_summary(res, rng, lang).replace("### Summary", "## Summary").replace("### Recap", "## Recap"))
    if res.get("hedge"):
        parts.append(_hedge(res, rng, P, lang))
    else:
        s = res["say"]
        parts.append("**Answer:** " + s[0].upper() + s[1:] + ("." if not s.endswith(".") else "")
                     + ("" if res.get("plain") or rng.random() < 0.5 else " That is, " + il(rng, res["final"]) + "."))
    return "\n\n".join(parts)


def _qwen(res, rng, P, lang):
    if lang == "en":
        intro = "To solve the problem, we need to " + res["gist"] + ". Let's proceed step by step.\n\n" + _restate(res, rng, lang)
        fmt = "{i}. **{t}**:\n{b}"
    else:
        intro = "要解决这个问题，我们需要" + res["gist"] + "。下面一步一步来。\n\n" + _restate(res, rng, lang)
        fmt = "{i}. **{t}**：\n{b}"
    if res.get("think_extra") and rng.random() < 0.8:
        intro += "\n\n" + res["think_extra"]
    body = _steps_txt(res, rng, fmt)
    if res.get("trunc"):
        return _cut(intro + "\n\n" + body, rng)
    if res.get("hedge"):
        fin = _hedge(res, rng, P, lang)
    elif lang == "en":
        fin = "Therefore, the final answer is " + _boxed(res, rng, True) + "."
    else:
        fin = "因此，最终答案是 " + _boxed(res, rng, True) + "。"
    parts = [intro, body]
    pf = _pitfall(res, rng, lang)
    if pf and rng.random() < 0.6:
        parts.append(pf)
    parts.append(fin)
    if res.get("check") and not res.get("hedge"):
        if lang == "en":
            parts.append("### Verification\n" + res["check"] + "\n\nThus, the answer " + _fa(res, rng) + " is confirmed.")
        else:
            parts.append("### 验证\n" + res["check"] + "\n\n验证通过，答案为 " + _fa(res, rng) + "。")
    if rng.random() < 0.9 and not res.get("hedge"):
        parts.append(_summary(res, rng, lang))
    return "\n\n".join(parts)


def _llama(res, rng, P, lang):
    first = "## Step 1: Understand the problem\n" + _restate(res, rng, lang) + " We need to " + res["gist"] + "." + (
        (" " + res["think_extra"]) if res.get("think_extra") else "")
    body = _steps_txt(res, rng, "## Step {i}: {t}\n{b}").replace("## Step ", "## Step@")
    for i in range(len(res["steps"]), 0, -1):
        body = body.replace("## Step@%d:" % i, "## Step %d:" % (i + 1))
    body = first + "\n\n" + body
    if res.get("trunc"):
        return _cut(body, rng)
    if res.get("hedge"):
        return body + "\n\n" + _hedge(res, rng, P, lang)
    n = len(res["steps"]) + 2
    chk = ("\n\n## Step %d: Verify the result\n%s" % (n, res["check"])) if res.get("check") else ""
    pf = _pitfall(res, rng, lang)
    if pf:
        chk += "\n\n" + pf
    return body + chk + "\n\nThe final answer is: " + ("$\\boxed{" + res["final"] + "}$" if not res.get("plain") else res["final"])


def _plain(res, rng, P, lang):
    intro = rng.choice(["**分析**：本题需要" + res["gist"] + "。", "解：题目要求" + res["gist"] + "。"]) + "\n\n" + _restate(res, rng, lang)
    if res.get("think_extra"):
        intro += "\n\n" + res["think_extra"]
    body = _steps_txt(res, rng, "（{z}）{t}\n\n{b}")
    if res.get("trunc"):
        return _cut(intro + "\n\n" + body, rng)
    parts = [intro, body]
    if res.get("check"):
        parts.append("**检验**：" + res["check"])
    pf = _pitfall(res, rng, lang)
    if pf:
        parts.append(pf)
    if res.get("hedge"):
        parts.append(_hedge(res, rng, P, lang))
    else:
        parts.append(rng.choice(["答：", "综上所述，", "故"]) + res["say"] + "。")
    if rng.random() < 0.8 and not res.get("hedge"):
        parts.append(_summary(res, rng, lang))
    return "\n\n".join(parts)


def _thinkwrap(inner):
    def f(res, rng, P, lang):
        th = _think(res, rng, P, lang)
        if res.get("trunc"):
            return "<think>\n" + _cut(th, rng)
        return "<think>\n" + th + "\n</think>\n\n" + inner(res, rng, P, lang)
    return f


STYLES = {"en": ["r1"] * 5 + ["t_gpt"] * 4 + ["t_qwen"] * 3 + ["t_claude"] * 2 + ["t_llama", "gpt", "gpt", "claude", "qwen", "llama"],
          "zh": ["r1"] * 6 + ["t_gpt"] * 4 + ["t_qwen"] * 3 + ["t_plain"] * 2 + ["gpt", "qwen", "plain"]}
FN = {"r1": _r1, "gpt": _gpt, "claude": _claude, "qwen": _qwen, "llama": _llama, "plain": _plain,
      "t_gpt": _thinkwrap(_gpt), "t_qwen": _thinkwrap(_qwen), "t_claude": _thinkwrap(_claude),
      "t_llama": _thinkwrap(_llama), "t_plain": _thinkwrap(_plain)}


def apply_mode(res, mode, rng):
    """Generic error / recovery modes that work for any family."""
    lang = res.get("lang", "en")
    w, p = res.get("wrong"), res.get("wrong_path")
    fw = ("**" + str(w) + "**") if res.get("plain") else il(rng, str(w))
    fr = _fa(res, rng)
    if mode == "hedge":
        res["hedge"], res["label"] = True, "Incorrect"
    elif mode == "trunc":
        res["trunc"], res["label"] = True, "Incorrect"
        drop = 2 if res.get("type") in ("alphabet_option", "categorical_label") else 1
        res["steps"] = res["steps"][:max(1, len(res["steps"]) - drop)]
    elif mode == "abandon":
        if lang == "en":
            b = rng.choice([
                "Hmm, wait. So far I have %s, but on second thought I think the intended reading is to %s. Doing that instead gives %s, so I'll go with %s.",
                "Actually, hold on — %s feels off. I think we are supposed to %s, and then the result becomes %s. Let me revise: the answer is %s.",
            ]) % (fr, p, fw, fw)
            t = "Reconsider the interpretation"
        else:
            b = rng.choice(["等等，前面得到 %s，但仔细想想，题目的意思应该是要%s，这样得到 %s。所以我改为 %s。",
                            "嗯，%s 好像不太对。应该%s，于是结果变成 %s。修正：答案为 %s。"]) % (fr, p, fw, fw)
            t = "重新审题"
        res["steps"].append((t, b))
        res["final"], res["say"] = w, res.get("wrong_say") or (
            ("the answer is " + fw) if lang == "en" else ("答案是 " + fw))
        res["check"], res["label"] = None, "Incorrect"
    elif mode == "recover":
        if lang == "en":
            t = "Avoid a tempting shortcut"
            b = rng.choice([
                "My first instinct was to %s, which would give %s. Wait, that's wrong — that does not match what the question actually asks, so let me redo this properly.",
                "A quick first pass (where I tried to %s) gave %s. Hmm, no, that's a mistake; scrap it and start over carefully.",
            ]) % (p, fw)
        else:
            t = "先排除一个错误思路"
            b = rng.choice(["一开始我想%s，得到 %s。等一下，这样不对，和题意不符，重新来。",
                            "如果%s，会得到 %s——不对，这是个错误，重新仔细计算。"]) % (p, fw)
        res["steps"].insert(0, (t, b))
        res["recovered"] = True
    return res


def render(res, rng, style=None):
    lang = res.get("lang", "en")
    P = EN if lang == "en" else ZH
    style = style or rng.choice(STYLES[lang])
    res["style"] = style
    res["steps"] = [(t, b.strip("\n")) for t, b in res["steps"]]
    if "pit" not in res:
        res["pit"] = res.get("label") == "Correct" and not res.get("recovered") and rng.random() < 0.55
    out = FN[style](res, rng, P, lang)
    out = re.sub(r"[ \t]+\n", "\n", out)
    return re.sub(r"\n{3,}", "\n\n", out).strip()
