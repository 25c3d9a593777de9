"""Chinese math word problems; every value is computed here."""
from fractions import Fraction
from common import ZH_NAMES, zh_num, num, zh_clock


def ages(rng):
    a, b = rng.sample(ZH_NAMES, 2)
    y, d = rng.randint(8, 30), rng.randint(3, 12)
    s, x = 2 * y + d, y + d
    return dict(dataset="gsm8k_like", ans=str(x),
                q=f"{a}比{b}大{d}岁，两人的年龄之和是{s}岁。{a}今年多少岁？",
                givens=[f"{a}比{b}大{d}岁", f"两人年龄之和为{s}岁"], ask=f"{a}的年龄", other_desc=f"{b}的年龄",
                steps=[f"设{b}的年龄为x岁，则{a}的年龄为(x + {d})岁。",
                       f"根据年龄之和：x + (x + {d}) = {s}，即2x = {s - d}，所以x = {y}。这是{b}的年龄，还不是题目要求的。"],
                last=f"{a}的年龄 = {y} + {d} = {{v}}岁。", vw=str(x), nw=str(x - 1),
                forms=[f"{x}岁", f"{zh_num(x)}岁", str(x)], near=f"{x - 1}岁",
                other_final=f"所以{b}今年{y}岁。",
                final=[f"所以{a}今年{{a}}。", f"综上，{a}的年龄是{{a}}。", f"答：{a}今年{{a}}。"],
                check=f"验证：{{v}} + {y} = {s}，差为{d}，都符合题意。",
                recap=f"（{b}{y}岁，两人相差{d}岁，合计{s}岁。）")


def shopping(rng):
    n, p = rng.randint(3, 9), rng.choice([4.5, 6, 7.5, 8, 12.5, 15])
    pct = rng.choice([8, 9])  # 八折 / 九折
    tot = round(n * p * pct / 10, 2)
    bill = 50 if tot < 50 else 100
    if tot >= 100:
        n, tot = 3, round(3 * p * pct / 10, 2)
        bill = 50 if tot < 50 else 100
    ch = round(bill - tot, 2)
    nr = round(ch + 1, 2)
    return dict(dataset="gsm8k_like", ans=f"{num(ch)}元",
                q=f"一支钢笔{num(p)}元，{ZH_NAMES[n]}买了{n}支，商店打{zh_num(pct)}折。{ZH_NAMES[n]}付了{bill}元，应找回多少元？",
                givens=[f"单价{num(p)}元，买{n}支", f"打{zh_num(pct)}折，即按原价的{pct * 10}%付款", f"付款{bill}元"],
                ask="应找回的钱", other_desc="实际付款金额",
                steps=[f"原价总额：{n} × {num(p)} = {num(n * p)}元。",
                       f"打{zh_num(pct)}折后：{num(n * p)} × 0.{pct} = {num(tot)}元。",
                       f"找回的钱等于付款减去实际应付金额。"],
                last=f"{bill} − {num(tot)} = {{v}}元。", vw=num(ch), nw=num(nr),
                forms=[f"{num(ch)}元", f"{ch:.2f}元", f"{num(ch)}块钱"], near=f"{num(nr)}元",
                other_final=f"所以打折后一共要付{num(tot)}元。" if tot != ch else None,
                final=["所以应找回{a}。", f"综上，商店应该找给{ZH_NAMES[n]}{{a}}。", "答：应找回{a}。"],
                check=f"验证：{num(tot)} + {{v}} = {bill}，正确。",
                recap=f"（原价共{num(n * p)}元，折后{num(tot)}元。）")


def seq(rng):
    n = rng.randint(6, 12)
    a = [1]
    for _ in range(n - 1):
        a.append(2 * a[-1] + 1)
    return dict(dataset="math_like", ans=str(a[-1]),
                q=f"数列{{aₙ}}满足a₁ = 1，aₙ = 2aₙ₋₁ + 1（n ≥ 2），求这个数列的第{n}项。",
                givens=["a₁ = 1", "aₙ = 2aₙ₋₁ + 1"], ask=f"第{n}项a_{n}", other_desc="前一项或前n项和",
                steps=["先逐项写出来：" + "，".join(f"a{i + 1} = {v}" for i, v in enumerate(a[:-1])) + "。",
                       "观察可知aₙ + 1 = 2(aₙ₋₁ + 1)，所以{aₙ + 1}是首项为2、公比为2的等比数列，aₙ = 2ⁿ − 1。",
                       f"最后一步用递推：a_{n} = 2 × a_{n - 1} + 1，其中a_{n - 1} = {a[-2]}。"],
                last=f"a_{n} = 2 × {a[-2]} + 1 = {{v}}。", vw=str(a[-1]), nw=str(a[-1] + 1),
                forms=[str(a[-1])], near=str(a[-1] + 1),
                other_final=f"所以得到的这一项是{a[-2]}。",
                final=[f"综上，这个数列的第{n}项等于{{a}}。", f"所以a_{n} = {{a}}。", f"答案是{{a}}。"],
                check=f"用通项公式验证：2^{n} − 1 = {{v}}，一致。",
                recap=f"（前几项依次是{', '.join(map(str, a[:4]))}……）")


WORK = [(3, 6), (4, 12), (6, 12), (10, 15), (12, 24), (20, 30), (5, 20), (9, 18), (15, 30), (6, 30)]


def work(rng):
    a, b = rng.choice(WORK)
    t = a * b // (a + b)
    r = Fraction(1, a) + Fraction(1, b)
    return dict(dataset="gsm8k_like", ans=f"{t}天",
                q=f"一项工程，甲队单独做需要{a}天完成，乙队单独做需要{b}天完成。两队合作，需要多少天完成？",
                givens=[f"甲队单独{a}天", f"乙队单独{b}天", "两队同时合作"],
                ask="合作完成所需天数", other_desc="两队的合作工效",
                steps=[f"把工程总量看作1。甲每天完成1/{a}，乙每天完成1/{b}。",
                       f"合作每天完成1/{a} + 1/{b} = {r}。", "所需天数 = 工作总量 ÷ 合作工效。"],
                last=f"1 ÷ {r} = {{v}}天。", vw=str(t), nw=num((a + b) / 2),
                forms=[f"{t}天", f"{zh_num(t)}天"], near=f"{num((a + b) / 2)}天",
                other_final=f"所以两队合作每天能完成工程的{r}。",
                final=["所以两队合作需要{a}完成。", "答：合作{a}可以完成。", "综上，需要{a}。"],
                check=f"验证：{{v}}天里甲完成{t}/{a}，乙完成{t}/{b}，合起来正好是1。",
                recap=f"（甲单独{a}天，乙单独{b}天，合作明显更快。）")


def trip(rng):
    v = rng.choice([60, 80, 90, 120])
    dur = rng.choice([90, 120, 150, 180, 210, 240])
    d = v * dur // 60
    start = rng.choice(range(7 * 60, 14 * 60, 30))
    arr = start + dur
    ds = f"{dur // 60}小时{dur % 60}分钟" if dur % 60 else f"{dur // 60}小时"
    return dict(dataset="gsm8k_like", ans=zh_clock(arr),
                q=f"一辆汽车{zh_clock(start)}从甲地出发，以每小时{v}千米的速度匀速行驶，甲乙两地相距{d}千米。汽车几点到达乙地？",
                givens=[f"出发时间{zh_clock(start)}", f"速度{v}千米/时", f"路程{d}千米"],
                ask="到达的时刻", other_desc="行驶所用的时间",
                steps=[f"行驶时间 = 路程 ÷ 速度 = {d} ÷ {v} = {num(dur / 60)}小时" + (f"，也就是{ds}。" if dur % 60 else "。"),
                       f"到达时刻 = 出发时刻 + 行驶时间，从{zh_clock(start)}往后推{ds}。"],
                last=f"{zh_clock(start)}再过{ds}是{{v}}。", vw=zh_clock(arr), nw=zh_clock(arr - 30),
                forms=[zh_clock(arr), f"{(arr // 60):02d}:{arr % 60:02d}"], near=zh_clock(arr - 30),
                other_final=f"所以汽车路上一共要开{ds}。",
                final=["所以汽车{a}到达乙地。", "答：汽车在{a}到达。", "综上，到达时间是{a}。"],
                check=f"验证：{v} × {num(dur / 60)} = {d}千米，时间正确。",
                recap=f"（全程{d}千米，用时{ds}。）")


def pct(rng):
    p = rng.choice([100, 200, 250, 400, 500, 800])
    a, b = rng.choice([(20, 20), (10, 10), (25, 20), (50, 20), (20, 25)])
    mid = p * (100 + a) / 100
    fin = mid * (100 - b) / 100
    naive = p * (100 + a - b) / 100
    if naive == fin:
        naive = fin + 10
    return dict(dataset="gsm8k_like", ans=f"{num(fin)}元",
                q=f"一件商品原价{p}元，先提价{a}%，后来又降价{b}%。现在的售价是多少元？",
                givens=[f"原价{p}元", f"先提价{a}%", f"再降价{b}%（以提价后的价格为基准）"],
                ask="现在的售价", other_desc="提价后的价格",
                steps=[f"提价后：{p} × (1 + {a}%) = {num(mid)}元。",
                       f"降价是在{num(mid)}元的基础上降{b}%，不能直接用原价加减百分比。"],
                last=f"{num(mid)} × (1 − {b}%) = {{v}}元。", vw=num(fin), nw=num(naive),
                forms=[f"{num(fin)}元", f"{num(fin)}", f"{num(fin)}块"], near=f"{num(naive)}元",
                other_final=f"所以提价后的价格是{num(mid)}元。",
                final=["所以现在的售价是{a}。", "答：现价为{a}。", "综上，这件商品现在卖{a}。"],
                check=f"验证：总体系数为{1 + a / 100} × {1 - b / 100} = {round((1 + a / 100) * (1 - b / 100), 4)}，"
                      f"{p}乘以它得{{v}}。",
                recap=f"（中间价格{num(mid)}元，和原价{p}元相比变化了{num(fin - p)}元。）")


GENS = [ages, shopping, seq, work, trip, pct]
