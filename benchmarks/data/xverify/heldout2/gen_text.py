"""Non-math generators: multiple choice (knowledge and computed), classification
labels (topic, NLI, sentiment, yes/no).  DROP-style and date questions are in
gen_drop.py.  Returns res dicts rendered by styles.render."""
import random
import re
from fractions import Fraction
import banks
import styles
import math_en_a as MA
import math_en_b as MB
import gsm_en as GE
import math_zh as MZ
import gen_drop

L4 = "ABCD"
TEXT_MODES = [("ok", 28), ("alt", 20), ("recover", 4), ("wrong", 32), ("hedge", 6), ("trunc", 3), ("abandon", 7)]


def pick(rng, table=TEXT_MODES):
    r = rng.uniform(0, sum(w for _, w in table))
    for m, w in table:
        r -= w
        if r <= 0:
            return m
    return table[-1][0]


def finish(res, mode, rng):
    """Apply the generic modes to a text res built in ok/alt/wrong form."""
    res["plain"] = True
    res["box"] = rng.random() < 0.45
    res["boxraw"] = rng.random() < 0.5
    if mode in ("hedge", "trunc", "abandon", "recover"):
        styles.apply_mode(res, mode, rng)
    res["mode"] = mode
    return res


def mc_question(rng, q, opts, lang):
    if lang == "zh":
        return q + "\n" + "\n".join("%s. %s" % (L4[i], o) for i, o in enumerate(opts))
    fmt = rng.choice(["inline", "lines", "lines"])
    if fmt == "inline":
        return q + " Answer Choices: " + " ".join("(%s) %s" % (L4[i], o) for i, o in enumerate(opts))
    return q + "\n\n" + "\n".join("%s. %s" % (L4[i], o) for i, o in enumerate(opts))


def mc_know(item, lang, rng, mode):
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    opts, a, t = item["opts"], item["ans"], item["trap"]
    q = mc_question(rng, item["q"], opts, lang)
    steps = []
    en = lang == "en"
    steps.append(("Identify what is being asked" if en else "分析题意",
                  ("The question: %s I'll go through the options one at a time and eliminate what doesn't fit." % item["q"]) if en
                  else "题目问的是：%s 逐项分析，排除不符合的选项。" % item["q"]))
    for i, o in enumerate(opts):
        note = item["notes"][i]
        if base == "wrong" and i == t:
            note = item["mis"] + (" So option %s looks right." % L4[t] if en else " 所以 %s 项看起来是对的。" % L4[t])
        elif base == "wrong" and i == a:
            note = ("This is plausible at first glance, but I'm not convinced it is the best fit here." if en
                    else "乍一看有道理，但我觉得不是最合适的。")
        steps.append((("Evaluate option %s" % L4[i]) if en else "分析选项%s" % L4[i], "**%s. %s** — %s" % (L4[i], o, note)))
    ch = t if base == "wrong" else a
    steps.append(("Summarize the elimination" if en else "排除法小结",
                  "\n".join(("- %s: %s" % (L4[i], "keep" if i == ch else "eliminate")) if en else ("- %s 项：%s" % (L4[i], "保留" if i == ch else "排除")) for i in range(4))))
    steps.append(("Choose the best answer" if en else "得出结论",
                  ("The option that survives the analysis is %s (%s)." % (L4[ch], opts[ch])) if en else "综合以上分析，正确选项是 %s（%s）。" % (L4[ch], opts[ch])))
    final = L4[ch]
    say = ("the answer is %s" % L4[ch]) if en else "答案是 %s" % L4[ch]
    if base == "alt":
        final = rng.choice(["%s. %s" % (L4[a], opts[a]), opts[a], "(%s) %s" % (L4[a], opts[a])])
        say = ("the correct choice is %s" % final) if en else "正确答案为 %s" % final
    res = dict(dataset="mmlu_like" if en else "cmmlu_like", type="alphabet_option", lang=lang, q=q,
               ref=rng.choice([L4[a], L4[a], "(%s)" % L4[a]]) if en else L4[a],
               gist=("answer a multiple-choice question about: " + item["q"][:60].rstrip() + "...") if en else "回答这道选择题",
               steps=steps, check=None, final=final, say=say, wrong=L4[t],
               wrong_path=("go with option %s, since %s" % (L4[t], re.sub(r"^(since|because) ", "", item["mis"][0].lower() + item["mis"][1:].rstrip(".")))) if en
               else "选 %s，因为%s" % (L4[t], item["mis"].rstrip("。")),
               label="Incorrect" if base == "wrong" else "Correct",
               think_extra=("Let me recall the relevant facts before looking at the options too closely." if en else "先回忆一下相关知识点，再看选项。"))
    return finish(res, mode, rng)


def numval(s):
    s = re.sub(r"\\text\{[^}]*\}|\\\$|\\,|\\mathrm\{[^}]*\}|x\s*=\s*|[ ,]", "", str(s))
    m = re.fullmatch(r"(-?)\\[dt]?frac\{(\d+)\}\{(\d+)\}", s)
    if m:
        return Fraction(int(m.group(2)), int(m.group(3))) * (-1 if m.group(1) else 1)
    try:
        return Fraction(s)
    except (ValueError, ZeroDivisionError):
        return None


def vfmt(v):
    if v.denominator == 1:
        return str(v.numerator)
    d = gen_drop.dec(v)
    return d if d else "%d/%d" % (v.numerator, v.denominator)


MC_FAMS = [(MA.inclexcl, "en"), (MA.powmod, "en"), (MA.counting, "en"), (MB.compose, "en"), (MB.shoelace, "en"),
           (GE.shopping, "en"), (GE.wages, "en"), (GE.percent, "en"), (GE.pipes, "en"), (GE.recipe, "en"),
           (MZ.discount, "zh"), (MZ.gongcheng, "zh"), (MZ.series_zh, "zh"), (MZ.mo_qiu, "zh")]


def mc_math(fam, lang, rng, mode):
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    for _ in range(30):
        seed = rng.random()
        r_ok, r_sl = fam(random.Random(seed), "ok"), fam(random.Random(seed), "slip")
        if r_ok["q"] != r_sl["q"]:
            continue
        right, sl, wr = numval(r_ok["ref"]), numval(r_sl["final"]), numval(r_ok["wrong"])
        if right is None or sl is None or sl == right:
            continue
        vals = [right, sl]
        if wr is not None and wr not in vals:
            vals.append(wr)
        k = 1
        step = max(1, int(abs(right)) // 12) if right.denominator == 1 else None
        while len(vals) < 4:
            cand = right + (k * step if step else right * Fraction(k, 10))
            k = -k if k > 0 else -k + 1
            if cand not in vals and cand > 0:
                vals.append(cand)
        vals = vals[:4]
        rng.shuffle(vals)
        break
    opts = [vfmt(v) for v in vals]
    a, t = vals.index(right), vals.index(sl)
    src = r_sl if base == "wrong" else r_ok
    en = lang == "en"
    q = mc_question(rng, src["q"], opts, lang)
    ch = t if base == "wrong" else a
    got = sl if base == "wrong" else right
    steps = list(src["steps"]) + [(("Match with the answer choices" if en else "对照选项"),
                                   ("Our result is %s, which is option %s." % (vfmt(got), L4[ch])) if en else
                                   "计算结果为 %s，对应选项 %s。" % (vfmt(got), L4[ch]))]
    final, say = L4[ch], ("the answer is (%s)" % L4[ch]) if en else "答案选 %s" % L4[ch]
    if base == "alt":
        final = rng.choice([opts[a], "%s (%s)" % (L4[a], opts[a]), "(%s)" % L4[a]])
        say = ("the answer is %s, i.e. choice %s" % (opts[a], L4[a])) if en else "答案为 %s，即选项 %s" % (opts[a], L4[a])
    res = dict(dataset="mmlu_like" if en else "ceval_like", type="alphabet_option", lang=lang, q=q, ref=L4[a],
               gist=src["gist"] + (" and pick the matching choice" if en else "，并选出对应选项"), steps=steps,
               check=src["check"] if base != "wrong" else None, final=final, say=say, wrong=L4[t],
               wrong_path=src["wrong_path"] if en else src["wrong_path"],
               label="Incorrect" if base == "wrong" else "Correct", think_extra=src.get("think_extra"))
    return finish(res, mode, rng)


AG_SYN = {"Business": ["business", "Business / Economy"], "Sci/Tech": ["Science/Technology", "Sci-Tech", "Science and Technology"],
          "Sports": ["Sport", "sports"], "World": ["World news", "world"]}


def agnews(item, rng, mode):
    title, desc, lab, dis, wr, ww = item
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    q = rng.choice(["Classify the following news article into one of these categories: World, Sports, Business, Sci/Tech.\n\nTitle: %s\nDescription: %s",
                    "Which topic does this news item belong to? Choose from World, Sports, Business, or Sci/Tech.\n\n%s -- %s"]) % (title, desc)
    pick_ = dis if base == "wrong" else lab
    steps = [("Read the headline and summary", "Headline: \"%s\". Summary: %s" % (title, desc)),
             ("Identify the main subject", ww if base == "wrong" else wr),
             ("Consider competing categories", ("It could also be read as %s, since %s But the %s angle seems dominant." % (lab, wr[0].lower() + wr[1:], dis)) if base == "wrong"
              else ("Could it be %s? %s However, that is secondary; the article is primarily about what its first sentence reports." % (dis, ww))),
             ("Check each category", "\n".join("- %s: %s" % (c, "this is the main focus." if c == pick_ else ("a secondary angle at most." if c in (lab, dis) else "not relevant here."))
                                                for c in ["World", "Sports", "Business", "Sci/Tech"])),
             ("Decide on the label", "The best fit is **%s**." % pick_)]
    final = pick_
    if base == "alt":
        final = rng.choice(AG_SYN[lab])
    res = dict(dataset="agnews_like", type="categorical_label", lang="en", q=q, ref=lab, gist="assign a topic label to a news article",
               steps=steps, check=None, final=final, say="the category is " + final, wrong=dis,
               wrong_path="label it %s because %s" % (dis, ww[0].lower() + ww[1:].rstrip(".")),
               label="Incorrect" if base == "wrong" else "Correct", think_extra="The four options are World, Sports, Business, Sci/Tech. Topic labels are about the main focus, not every entity mentioned.")
    return finish(res, mode, rng)


NLI_ZH_WORD = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}


def nli(item, lang, rng, mode):
    pre, hyp, lab, dis, wr, ww = item
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    en = lang == "en"
    if en:
        q = "Premise: %s\nHypothesis: %s\nWhat is the relationship between the premise and the hypothesis? Answer with one of: entailment, neutral, contradiction." % (pre, hyp)
    else:
        q = "前提：%s\n假设：%s\n请判断前提和假设之间的关系，从“蕴含（entailment）”“中立（neutral）”“矛盾（contradiction）”中选择一个。" % (pre, hyp)
    pick_ = dis if base == "wrong" else lab
    if en:
        steps = [("Restate the premise and hypothesis", "Premise: \"%s\" Hypothesis: \"%s\"" % (pre, hyp)),
                 ("Check whether the premise guarantees the hypothesis", wr if base != "wrong" else ww),
                 ("Rule out the other labels", ("Could it be %s? %s I don't think that holds." % (dis, ww)) if base != "wrong" else ("One might say %s because %s But I'll stay cautious." % (lab, wr[0].lower() + wr[1:]))),
                 ("Run the two diagnostic tests", "Test 1 - if the premise is true, must the hypothesis be true? %s\nTest 2 - can the premise and the hypothesis both be true at once? %s" % (
                     "Yes." if pick_ == "entailment" else "No, the premise does not force it.", "No, they exclude each other." if pick_ == "contradiction" else "Yes, nothing rules that out.")),
                 ("Conclude", "Entailment needs a yes on test 1; contradiction needs a no on test 2; otherwise neutral. The relationship is **%s**." % pick_)]
    else:
        steps = [("复述前提和假设", "前提：“%s” 假设：“%s”" % (pre, hyp)),
                 ("判断前提能否推出假设", wr if base != "wrong" else ww),
                 ("排除其他选项", ("会不会是%s？%s 这个理由站不住。" % (NLI_ZH_WORD[dis], ww)) if base != "wrong" else ("也有人会认为是%s：%s 但我更谨慎一些。" % (NLI_ZH_WORD[lab], wr))),
                 ("做两个检验", "检验一：前提为真时，假设是否必然为真？%s\n检验二：前提和假设能否同时为真？%s" % (
                     "是的，必然为真。" if pick_ == "entailment" else "不是，前提推不出假设。", "不能，两者互相排斥。" if pick_ == "contradiction" else "可以，没有冲突。")),
                 ("结论", "检验一为“是”则为蕴含，检验二为“不能”则为矛盾，否则为中立。两者关系为**%s（%s）**。" % (NLI_ZH_WORD[pick_], pick_))]
    final = pick_
    if base == "alt":
        final = rng.choice(["Entailment" if lab == "entailment" else lab.capitalize(), "%s" % lab.upper()]) if en else rng.choice([NLI_ZH_WORD[lab], "%s（%s）" % (NLI_ZH_WORD[lab], lab)])
    res = dict(dataset="mnli_like" if en else "cmnli_like", type="categorical_label", lang=lang, q=q, ref=lab,
               gist="decide the NLI relation between a premise and a hypothesis" if en else "判断前提与假设之间的推理关系",
               steps=steps, check=None, final=final, say=("the label is " + final) if en else "答案是" + final, wrong=dis,
               wrong_path=("treat it as %s" % dis) if en else "把它判为%s" % NLI_ZH_WORD[dis],
               label="Incorrect" if base == "wrong" else "Correct",
               think_extra=("Entailment means the premise guarantees the hypothesis; contradiction means they cannot both be true; neutral otherwise." if en
                            else "蕴含：前提成立时假设一定成立；矛盾：两者不可能同时成立；其余为中立。"))
    return finish(res, mode, rng)


SENT_ZH_WORD = {"positive": ["正面", "积极"], "negative": ["负面", "消极"]}


def sentiment(item, lang, rng, mode):
    text, lab, dis, wr, ww = item
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    en = lang == "en"
    q = ("What is the sentiment of the following review? Answer positive or negative.\n\nReview: \"%s\"" % text) if en else \
        "判断下面这条评论的情感倾向（positive 或 negative）：\n\n“%s”" % text
    pick_ = dis if base == "wrong" else lab
    if en:
        steps = [("Read the review closely", "\"%s\"" % text), ("Weigh the cues", ww if base == "wrong" else wr),
                 ("Check for sarcasm or contrast", ("There might be some %s reading (%s), but I'll go with the surface cues." % (lab, wr[0].lower() + wr[1:].rstrip("."))) if base == "wrong"
                  else "A %s reading would rest on: %s That doesn't reflect the overall verdict." % (dis, ww)),
                 ("Consider the reviewer's bottom line", "Reviews usually end with the verdict. The closing clause here, \"%s\", reads as %s." % (re.split(r"[.,;!]\s*", text.strip(" .!"))[-1], pick_)),
                 ("Give the verdict", "Overall sentiment: **%s**." % pick_)]
    else:
        steps = [("通读评论", "“%s”" % text), ("分析情感线索", ww if base == "wrong" else wr),
                 ("检查反讽或转折", ("也许可以理解为%s，但我按字面意思判断。" % SENT_ZH_WORD[lab][0]) if base == "wrong" else "如果判为%s，依据只能是：%s 这不代表整体态度。" % (SENT_ZH_WORD[dis][0], ww)),
                 ("看评论的落脚点", "评论通常在结尾表明态度，这里最后一句“%s”体现的倾向是%s。" % (re.split(r"[，。！；]", text.strip("。！"))[-1], SENT_ZH_WORD[pick_][0])),
                 ("结论", "整体情感为**%s**。" % pick_)]
    final = pick_
    if base == "alt":
        final = rng.choice([lab.capitalize(), lab.upper()]) if en else rng.choice(SENT_ZH_WORD[lab]) + ("（%s）" % lab if rng.random() < 0.5 else "")
    res = dict(dataset="sentiment_like" if en else "sentiment_zh_like", type="categorical_label", lang=lang, q=q, ref=lab,
               gist="classify the sentiment of a review" if en else "判断评论的情感倾向", steps=steps, check=None, final=final,
               say=("the sentiment is " + final) if en else "情感倾向为" + final, wrong=dis,
               wrong_path=("read it as %s" % dis) if en else "把它理解成%s" % SENT_ZH_WORD[dis][0],
               label="Incorrect" if base == "wrong" else "Correct",
               think_extra=("Sentiment questions: look at the overall verdict, watch for sarcasm and for 'but/yet' contrasts that flip the meaning." if en
                            else "情感分类要看整体态度，注意反讽和“但是”之类的转折。"))
    return finish(res, mode, rng)


def boolq(item, rng, mode):
    ps, qq, lab, wr, ww = item
    base = "ok" if mode in ("hedge", "trunc", "abandon", "recover") else mode
    other = "no" if lab == "yes" else "yes"
    pick_ = other if base == "wrong" else lab
    q = "Read the passage and answer the question with yes or no.\n\nPassage: %s\n\nQuestion: %s" % (ps, qq)
    sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", ps)
    ref_words = set(re.findall(r"[a-z]+", (ww if base == "wrong" else wr).lower()))
    key = max(sents, key=lambda x: len(ref_words & set(re.findall(r"[a-z]+", x.lower()))))
    steps = [("Find the relevant sentence", "The key part of the passage: \"%s\"" % key),
             ("Reason about it", ww if base == "wrong" else wr),
             ("State the answer", "So the answer is **%s**." % pick_)]
    final = pick_
    if base == "alt":
        final = rng.choice([lab.capitalize(), "%s." % lab.capitalize()]) + (" — " + wr.split(",")[0].rstrip(".") if rng.random() < 0.4 else "")
    res = dict(dataset="boolq_like", type="categorical_label", lang="en", q=q, ref=lab, gist="answer a yes/no question about a passage",
               steps=steps, check=None, final=final, say="the answer is " + final, wrong=other, wrong_path="answer %s because %s" % (other, ww[0].lower() + ww[1:].rstrip(".")),
               label="Incorrect" if base == "wrong" else "Correct", think_extra="Yes/no questions about a passage: the answer must be supported by the passage itself, not outside assumptions.")
    return finish(res, mode, rng)


def all_text(rng):
    out = []
    for i, it in enumerate(banks.MC_EN):
        out.append(mc_know(it, "en", rng, pick(rng)))
    for i, it in enumerate(banks.MC_ZH[:9]):
        out.append(mc_know(it, "zh", rng, pick(rng)))
    for fam, lang in MC_FAMS:
        out.append(mc_math(fam, lang, rng, pick(rng)))
    for it in banks.AG:
        out.append(agnews(it, rng, pick(rng)))
    for it in banks.NLI_EN:
        out.append(nli(it, "en", rng, pick(rng)))
    for it in banks.NLI_ZH:
        out.append(nli(it, "zh", rng, pick(rng)))
    for it in banks.SENT_EN:
        out.append(sentiment(it, "en", rng, pick(rng)))
    for it in banks.SENT_ZH:
        out.append(sentiment(it, "zh", rng, pick(rng)))
    for it in banks.BOOLQ:
        out.append(boolq(it, rng, pick(rng)))
    out += gen_drop.all_drop(rng, pick, finish)
    return out
