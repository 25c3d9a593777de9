"""Classification cases (NLI) whose references come as codes, names, or 'code (name)'."""
from common import pad, make, EN_NAMES, ZH_NAMES

EN_LABELS = ["entailment", "neutral", "contradiction"]
ZH_LABELS = ["蕴含", "中立", "矛盾"]

EN_T = [
    ("{n} walked the dog along the canal every morning in {m}.", "{n} has a dog to walk.",
     "{n}'s dog is a terrier.", "{n} did not go outside at all in {m}."),
    ("{n} finished the Alderbrook marathon in just under four hours.", "{n} took part in a marathon.",
     "{n} trained for a whole year before the race.", "{n} dropped out of the Alderbrook marathon."),
    ("The bakery run by {n} closed at noon on Tuesday because its oven broke.", "The bakery's oven broke.",
     "The bakery will reopen next week.", "The bakery stayed open all day on Tuesday."),
    ("{n} paid for both concert tickets in cash.", "{n} bought concert tickets.",
     "{n} went to the concert with a colleague.", "{n} paid for the concert tickets by card."),
    ("All fourteen pupils in {n}'s class passed the spring exam.", "No pupil in the class failed the spring exam.",
     "The spring exam was easy.", "Several pupils in the class failed the spring exam."),
    ("{n} moved from a coastal village to the capital in {m} 2015.", "{n} once lived in a coastal village.",
     "{n} moved to the capital for a new job.", "{n} has always lived in the capital."),
    ("The parcel {n} ordered arrived two days after the promised date.", "The parcel arrived late.",
     "The parcel contained books.", "The parcel arrived on the promised date."),
]
ZH_T = [
    ("{n}在{m}每天早上都沿着河边跑步。", "{n}在{m}有跑步的习惯。", "{n}正在为马拉松比赛做准备。", "{n}在{m}从来不运动。"),
    ("{n}用现金支付了两张电影票。", "{n}买了电影票。", "{n}和朋友一起去看了电影。", "{n}是刷卡买的电影票。"),
    ("由于烤箱坏了，{n}开的面包店周二中午就关门了。", "面包店的烤箱坏了。", "面包店下周会重新开业。", "面包店周二全天营业。"),
    ("{n}班上的十二名学生全部通过了期末考试。", "班上没有学生期末考试不及格。", "这次期末考试很简单。", "班上有几名学生没有通过期末考试。"),
    ("{n}订的包裹比承诺的日期晚到了三天。", "包裹晚到了。", "包裹里装的是衣服。", "包裹按时送达。"),
]
EN_M = ["March", "October", "June", "January"]
ZH_M = ["三月", "十月", "六月", "一月"]
# near misses: entailment<->neutral, neutral<->contradiction (and contradiction->neutral)
NEAR = {0: 1, 1: 2, 2: 1}


def nli(rng, ok, lang, idx):
    T = EN_T if lang == "en" else ZH_T
    prem, *hyps = T[idx % len(T)]
    gold = rng.randrange(3)
    n = rng.choice(EN_NAMES if lang == "en" else ZH_NAMES)
    m = rng.choice(EN_M if lang == "en" else ZH_M)
    p, h = prem.format(n=n, m=m), hyps[gold].format(n=n, m=m)
    pred = gold if ok else NEAR[gold]
    labs = EN_LABELS if lang == "en" else ZH_LABELS
    rst = rng.choice(["code_name", "code", "name"])
    if lang == "en":
        ref = {"code_name": f"{gold} ({labs[gold]})", "code": str(gold), "name": labs[gold]}[rst]
        q = (f"Premise: {p}\nHypothesis: {h}\nDoes the premise entail the hypothesis? Answer with a label: "
             f"0 = entailment, 1 = neutral, 2 = contradiction.")
        why = {0: "the hypothesis follows directly from what the premise states",
               1: "the premise neither confirms nor rules out the hypothesis; it adds information not given",
               2: "the hypothesis cannot be true if the premise is true"}[pred]
        body = (f"Let me compare the two sentences carefully.\n\nPremise: \"{p}\"\nHypothesis: \"{h}\"\n\n"
                f"The key question is whether the hypothesis must be true, might be true, or cannot be true given "
                f"the premise. Looking at the specific claims, {why}.")
        ost = rng.choice(["name", "code_name"]) if rst == "code" else rng.choice(["name", "code", "code_name"])
        shown = {"name": labs[pred].capitalize(), "code": str(pred),
                 "code_name": f"{pred} ({labs[pred]})"}[ost]
        final = rng.choice([f"**Label: {shown}**", f"Final answer: {shown}"])
    else:
        ref = {"code_name": f"{gold}（{labs[gold]}）", "code": str(gold), "name": labs[gold]}[rst]
        q = (f"前提：{p}\n假设：{h}\n请判断前提与假设的关系，用标签作答：0 = 蕴含，1 = 中立，2 = 矛盾。")
        why = {0: "假设可以直接从前提推出", 1: "前提既不能证实也不能否定假设，假设包含了前提中没有的信息",
               2: "如果前提为真，假设就不可能为真"}[pred]
        body = (f"仔细比较两句话。\n\n前提：“{p}”\n假设：“{h}”\n\n关键在于：在前提成立的情况下，假设是必然成立、可能成立，"
                f"还是不可能成立。逐项比对具体内容后，{why}。")
        ost = rng.choice(["name", "code_name"]) if rst == "code" else rng.choice(["name", "code", "code_name"])
        shown = {"name": labs[pred], "code": str(pred), "code_name": f"{pred}（{labs[pred]}）"}[ost]
        final = f"**答案：{shown}**"
    trap = f"label_ref_{rst}_out_{ost}" if ok else f"label_near_miss_{EN_LABELS[gold]}_as_{EN_LABELS[pred]}"
    return make("cmnli_like" if lang == "zh" else "mnli_like", "categorical_label", q,
                pad(rng, lang, body, final), ref, ok, lang, trap)


def build(rng):
    out = []
    for i in range(42):
        lang = "zh" if i < 8 else "en"
        out.append(nli(rng, i % 2 == 0, lang, i))
    return out
