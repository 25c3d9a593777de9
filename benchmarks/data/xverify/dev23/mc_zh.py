"""Chinese multiple choice and labels (蕴含/中立/矛盾, 正面/负面, 是/否)."""
from fractions import Fraction
from common import ZH_NAMES, rec, bullets
from mc_common import choice_out

L4 = "ABCD"
KNOW = [
    ("下列哪个城市是中国的首都？", ["上海", "北京", "广州", "南京"], 1,
     ["上海是中国最大的经济中心之一", "北京是中华人民共和国的首都", "广州是华南的重要城市", "南京曾是多个朝代的都城，但现在不是首都"]),
    ("水在标准大气压下的沸点是多少摄氏度？", ["90℃", "100℃", "110℃", "120℃"], 1,
     ["90℃偏低", "标准大气压下水的沸点是100℃", "110℃需要更高的气压", "120℃是高压锅里才能达到的温度"]),
    ("《水浒传》的作者是谁？", ["罗贯中", "吴承恩", "施耐庵", "曹雪芹"], 2,
     ["罗贯中写了《三国演义》", "吴承恩写了《西游记》", "施耐庵是《水浒传》的作者", "曹雪芹写了《红楼梦》"]),
    ("下列哪种能源属于可再生能源？", ["煤炭", "石油", "太阳能", "天然气"], 2,
     ["煤炭是化石能源", "石油是化石能源", "太阳能可以不断再生", "天然气是化石能源"]),
    ("人体中负责输送氧气的是哪种细胞？", ["白细胞", "红细胞", "血小板", "神经细胞"], 1,
     ["白细胞主要负责免疫", "红细胞中的血红蛋白负责运输氧气", "血小板参与凝血", "神经细胞负责传递信号"]),
    ("太阳系中离太阳最近的行星是哪一颗？", ["金星", "地球", "水星", "火星"], 2,
     ["金星是第二颗", "地球是第三颗", "水星是离太阳最近的行星", "火星是第四颗"]),
]

NLI = [
    ("{n}周六上午去超市买了两斤苹果。", "{n}周六买了水果。", "{n}买苹果是为了做苹果派。", "{n}周六什么也没买。"),
    ("这家餐厅每周一休息。", "这家餐厅周一不营业。", "这家餐厅的菜很受欢迎。", "这家餐厅一周七天都营业。"),
    ("{n}从2016年起一直在杭州的一所中学当老师。", "{n}从事教育工作。", "{n}教的是数学。", "{n}从来没有在杭州工作过。"),
    ("{n}因为堵车错过了早上八点的航班。", "{n}没有赶上八点的航班。", "{n}那天要去参加一个重要的会议。", "{n}准时登上了八点的航班。"),
    ("{n}跑完了全程马拉松，用时不到四小时。", "{n}完成了马拉松比赛。", "{n}平时每天都跑步。", "{n}中途退出了比赛。"),
    ("{n}对花生过敏，买东西时总会看配料表。", "{n}有食物过敏。", "{n}对海鲜也过敏。", "{n}吃花生没有任何问题。"),
]
NLI_LABS = ["蕴含", "中立", "矛盾"]
NLI_EXPL = {"蕴含": "如果前提成立，假设也一定成立，假设只是把前提的内容说得更概括一些。",
            "中立": "前提对这一点没有提及，假设可能成立也可能不成立，前提本身推不出来。",
            "矛盾": "两句话不可能同时为真，假设和前提描述的情况直接冲突。"}

POS = ["物流很快，第二天就到了。", "质量很好，做工精细。", "客服态度特别好，问题很快就解决了。", "用了一个月，非常满意。",
       "性价比很高，会推荐给朋友。"]
NEG = ["用了两周就坏了。", "做工粗糙，按键很松。", "客服一直不回复消息。", "和描述完全不符，已经退货了。", "太失望了，不会再买。"]
ITEMS = ["蓝牙耳机", "电饭煲", "台灯", "保温杯", "背包"]


def _opts(opts):
    return "\n".join(f"{L4[i]}．{o}" for i, o in enumerate(opts))


def know(rng, item, label):
    q, opts, ci, notes = item
    order = list(range(4))
    rng.shuffle(order)
    o2 = [opts[i] for i in order]
    c2 = order.index(ci)
    w2 = rng.choice([i for i in range(4) if i != c2])
    head = [f"题目问：{q}四个选项中只有一个正确。", "逐个分析：\n" + bullets(f"{L4[i]}．{o2[i]}：{notes[order[i]]}。" for i in range(4))]
    fins = ["所以答案是{a}。", "因此选{a}。", "综合来看，应该选{a}。"]
    rt, wt = L4[c2], L4[w2]
    if rng.random() < 0.4:
        rt, wt = f"{rt}（{o2[c2]}）", f"{wt}（{o2[w2]}）"
    out, trap = choice_out(rng, "zh", head, rt, wt, fins, label, q=q + "\n" + _opts(o2))
    return rec("ceval_like", "alphabet_option", q + "\n" + _opts(o2), out, L4[c2], label, "zh", trap)


def nli(rng, label, idx):
    sc = NLI[idx % len(NLI)]
    n = rng.choice(ZH_NAMES)
    k = rng.randrange(3)
    prem, hyp = sc[0].format(n=n), sc[1 + k].format(n=n)
    gold = NLI_LABS[k]
    wrong = rng.choice([x for x in NLI_LABS if x != gold])
    q = f"语句一：{prem}\n语句二：{hyp}\n请判断语句一和语句二的关系：蕴含、中立还是矛盾？"
    head = [f"语句一说的是：“{prem}”语句二说的是：“{hyp}”",
            "三种关系的含义：蕴含——语句一成立时语句二必然成立；中立——语句二可能成立也可能不成立；矛盾——两句不能同时成立。",
            "对比两句：" + NLI_EXPL[gold] if label == "Correct" or rng.random() < 0.5 else "对比两句，要看语句二是能推出、相冲突，还是无关。"]
    fins = ["所以两句的关系是{a}。", "我认为是{a}。", "因此答案是{a}。"]
    out, trap = choice_out(rng, "zh", head, gold, wrong, fins, label, q=q, safe=1)
    return rec("cmnli_like", "categorical_label", q, out, gold, label, "zh", trap)


def sentiment(rng, label):
    pos = rng.random() < 0.5
    bank = POS if pos else NEG
    it = rng.choice(ITEMS)
    sents = rng.sample(bank, 3)
    review = f"上个月买的{it}。" + "".join(sents)
    gold, wrong = ("正面", "负面") if pos else ("负面", "正面")
    q = f"评论：“{review}”\n这条评论的情感倾向是正面还是负面？"
    head = [f"这条评论说的是一款{it}，要看评论者的具体评价，而不是只看商品本身。", "逐句来看：\n" + bullets(sents)]
    fins = ["整体来看，这条评论是{a}的。", "所以情感倾向是{a}。", "答案：{a}。"]
    out, trap = choice_out(rng, "zh", head, gold, wrong, fins, label, q=q, safe=0)
    return rec("chnsenticorp_like", "categorical_label", q, out, gold, label, "zh", trap)


def yesno(rng, label):
    k = rng.randrange(2)
    if k == 0:
        n = rng.choice([91, 119, 143, 187, 221, 97, 101, 113, 131, 151])
        f = next((d for d in range(2, n) if n % d == 0), None)
        ans = f is None
        q = f"{n}是质数吗？请回答是或否。"
        work = f"检查不超过√{n}≈{int(n ** 0.5)}的质因数：" + (f"{n} = {f} × {n // f}。" if f else f"都不能整除{n}。")
    else:
        a, b = rng.choice([(3, 8), (5, 12), (7, 16), (4, 9)])
        c = rng.choice([0.4, 0.45, 0.35])
        ans = Fraction(a, b) > Fraction(str(c))
        q = f"{a}/{b}大于{c}吗？请回答是或否。"
        work = f"{a}/{b} = {a / b:.4f}……，{c} = {c:.4f}，逐位比较小数。"
    gold, wrong = ("是", "否") if ans else ("否", "是")
    head = [f"这是一道判断题：{q.split('？')[0]}？", work]
    fins = ["答案：{a}。", "结论是“{a}”。", "所以应该回答“{a}”。"]
    out, trap = choice_out(rng, "zh", head, gold, wrong, fins, label, q=q, safe=0)
    return rec("cboolq_like", "categorical_label", q, out, gold, label, "zh", trap)
