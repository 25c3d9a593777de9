"""Short-answer items: simpleqa_like (well-known facts) and drop_like (fictional passages)."""
from common import T, EN_NAMES, ZH_NAMES

# (question, reference, equal form, wrong answer, fact sentence)
QA_EN = [
    ("Which element has the chemical symbol Fe?", "Iron", "iron (Fe)", "Fluorine"),
    ("What is the capital city of Australia?", "Canberra", "Canberra, ACT", "Sydney"),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", "da Vinci", "Michelangelo"),
    ("What is the longest river in South America?", "Amazon", "the Amazon River", "Orinoco"),
    ("In which year did the first crewed Moon landing take place?", "1969", "in 1969 (July)", "1972"),
    ("What is the largest planet in the Solar System?", "Jupiter", "planet Jupiter", "Saturn"),
    ("Which scientist proposed the theory of general relativity?", "Albert Einstein", "Einstein", "Isaac Newton"),
    ("What is the currency of Japan?", "Yen", "the Japanese yen", "Won"),
    ("How many bones are in the adult human body?", "206", "206 bones", "212"),
    ("What is the tallest mountain above sea level?", "Mount Everest", "Everest", "K2"),
]
QA_ZH = [
    ("元素符号Fe代表哪种元素？", "铁", "铁元素", "氟"),
    ("澳大利亚的首都是哪座城市？", "堪培拉", "堪培拉市", "悉尼"),
    ("《蒙娜丽莎》的作者是谁？", "列奥纳多·达·芬奇", "达·芬奇", "米开朗基罗"),
    ("太阳系中最大的行星是哪一颗？", "木星", "木星（Jupiter）", "土星"),
    ("世界上海拔最高的山峰是哪座？", "珠穆朗玛峰", "珠峰", "乔戈里峰"),
]


def _qa(rng, lang):
    q, ref, alt, wrong = rng.choice(QA_ZH if lang == "zh" else QA_EN)
    ev = T(lang, "This is a well-known fact that I can recall directly.", "这是一个常识性的事实，可以直接回忆。")
    st = lambda a: [T(lang, "The question asks for a single short fact.", "这道题问的是一个简短的事实。"),
                    T(lang, "I should give just the name or number, not a long description.", "只需要给出名称或数字，不需要长篇描述。"),
                    T(lang, "Let me recall the relevant knowledge.", "我回忆一下相关知识。"), ev,
                    T(lang, f"I am fairly confident it is {a}.", f"我比较确定是{a}。")]
    app = None
    for _ in range(40):
        q2, r2, _, _ = rng.choice(QA_ZH if lang == "zh" else QA_EN)
        if q2 != q:
            app = (q2, [T(lang, "Recalling the fact directly.", "直接回忆这个事实。")], r2)
            break
    core = dict(lang=lang, kind="text", q=q, steps_g=st(ref), steps_b=st(wrong), g=ref, b=wrong, alt=alt,
                rest=None, brest=None, app=app)
    return core, "simpleqa_like", "short_text", ref


def _passage(rng, lang):
    names = rng.sample(ZH_NAMES if lang == "zh" else EN_NAMES, 3)
    pts = rng.sample(range(4, 31), 3)
    team = T(lang, rng.choice(["the Dunmore Otters", "the Kestrel Bay Hawks", "the Ashgrove Comets"]),
             rng.choice(["白沙水獭队", "鹰湾队", "灰林彗星队"]))
    if lang == "zh":
        p = (f"在上周六的比赛中，{team}以多出几分的优势获胜。{names[0]}全场得到{pts[0]}分，{names[1]}得到{pts[1]}分，"
             f"替补上场的{names[2]}也贡献了{pts[2]}分。教练赛后表示，球队的防守在下半场明显改善。")
    else:
        p = (f"In last Saturday's game, {team} won by a narrow margin. {names[0]} scored {pts[0]} points, {names[1]} "
             f"added {pts[1]}, and {names[2]}, coming off the bench, contributed {pts[2]} points. The coach said "
             f"afterwards that the defense improved noticeably in the second half.")
    return names, pts, team, p


def _drop(rng, lang):
    names, pts, team, p = _passage(rng, lang)
    if rng.random() < 0.5:
        i, j = rng.sample(range(3), 2)
        if pts[i] < pts[j]:
            i, j = j, i
        v = pts[i] - pts[j]
        w = pts[i] + pts[j]
        q = T(lang, f"{p}\nQuestion: How many more points did {names[i]} score than {names[j]}?",
              f"{p}\n问题：{names[i]}比{names[j]}多得了多少分？")
        mk = lambda res, op: [T(lang, "First find the two relevant numbers in the passage.", "先在文章中找到两个相关的数字。"),
                              T(lang, f"{names[i]}: {pts[i]} points; {names[j]}: {pts[j]} points.", f"{names[i]}：{pts[i]}分；{names[j]}：{pts[j]}分。"),
                              T(lang, f"Compute {pts[i]} {op} {pts[j]} = {res}.", f"计算 {pts[i]} {op} {pts[j]} = {res}。")]
        core = dict(lang=lang, kind="math", q=q, steps_g=mk(v, "-"), steps_b=mk(w, "+"), g=str(v), b=str(w),
                    alt=T(lang, f"{v} points", f"{v}分"), rest=None, brest=None, app=None)
        ref, kat = str(v), "math"
    else:
        top = max(range(3), key=lambda k: pts[k])
        wr = rng.choice([k for k in range(3) if k != top])
        q = T(lang, f"{p}\nQuestion: Which player scored the most points?", f"{p}\n问题：哪位球员得分最多？")
        mk = lambda k: [T(lang, "List each player's points from the passage.", "列出文章中每位球员的得分。"),
                        T(lang, "; ".join(f"{names[x]}: {pts[x]}" for x in range(3)) + ".", "；".join(f"{names[x]}：{pts[x]}分" for x in range(3)) + "。"),
                        T(lang, f"The largest is {names[k]}.", f"最多的是{names[k]}。")]
        core = dict(lang=lang, kind="text", q=q, steps_g=mk(top), steps_b=mk(wr), g=names[top], b=names[wr],
                    alt=None, rest=None, brest=None, app=None)
        ref, kat = names[top], "short_text"
        if pts[wr] == pts[top]:
            return None
    # appended follow-up about a new passage
    names2, pts2, _, p2 = _passage(rng, lang)
    a2 = str(sum(pts2))
    if a2 == ref:
        return None
    core["app"] = (p2 + T(lang, "\nHow many points did the three players score in total?", "\n三名球员一共得了多少分？"),
                   [T(lang, f"{pts2[0]} + {pts2[1]} + {pts2[2]} = {a2}.", f"{pts2[0]} + {pts2[1]} + {pts2[2]} = {a2}。")], a2)
    return core, "drop_like", kat, ref


def make(rng, lang):
    if rng.random() < 0.45:
        return _qa(rng, lang)
    while True:
        r = _drop(rng, lang)
        if r:
            return r
