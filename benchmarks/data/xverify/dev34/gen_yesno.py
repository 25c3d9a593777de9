"""Yes/no questions: half with computed math content, half knowledge or fictional reading."""
from fractions import Fraction
from cls_core import build_cls

KNOW_EN = [
    ("Is the Pacific Ocean larger than the Atlantic Ocean?", True,
     "The Pacific covers roughly 165 million km², the Atlantic roughly 106 million km²."),
    ("Is a tomato botanically a fruit?", True, "It develops from the flower's ovary and contains seeds."),
    ("Do spiders have six legs?", False, "Spiders are arachnids with eight legs; insects have six."),
    ("Is sound able to travel through a vacuum?", False, "Sound is a mechanical wave and needs a medium."),
    ("Is Mount Everest in the Himalayas?", True, "Everest lies on the Nepal-China border in the Himalayas."),
    ("Is the Sun a planet?", False, "The Sun is a star; planets orbit it."),
]
KNOW_ZH = [
    ("鲸鱼是鱼类吗？", False, "鲸用肺呼吸、胎生哺乳，属于哺乳动物，不是鱼类。"),
    ("长江是中国最长的河流吗？", True, "长江全长约6300千米，是中国第一长河。"),
    ("声音可以在真空中传播吗？", False, "声音的传播需要介质。"),
]


def is_prime(v):
    return v > 1 and all(v % d for d in range(2, int(v ** 0.5) + 1))


def math_item(rng, lang):
    kind = rng.choice(["prime", "frac", "power"])
    if kind == "prime":
        v = rng.choice([rng.randrange(101, 400, 2) for _ in range(3)])
        ans = is_prime(v)
        div = next((d for d in range(2, v) if v % d == 0), None)
        if lang == "en":
            q = f"Is {v} a prime number? Answer yes or no."
            w = (f"I test divisors up to √{v} ≈ {v ** 0.5:.1f}. " +
                 (f"{v} = {div} × {v // div}, so it has a factor other than 1 and itself." if div else
                  f"None of the primes up to {int(v ** 0.5)} divide {v}, so it is prime."))
        else:
            q = f"{v}是质数吗？请回答是或否。"
            w = (f"用不超过√{v}≈{v ** 0.5:.1f}的质数试除。" +
                 (f"{v} = {div} × {v // div}，有1和自身以外的因数。" if div else f"没有能整除{v}的质数，所以是质数。"))
    elif kind == "frac":
        a, b = rng.randint(2, 12), rng.randint(13, 30)
        c, d = rng.randint(2, 12), rng.randint(13, 30)
        while Fraction(a, b) == Fraction(c, d):
            c += 1
        ans = Fraction(a, b) > Fraction(c, d)
        if lang == "en":
            q = f"Is {a}/{b} greater than {c}/{d}? Answer yes or no."
            w = f"Cross-multiply: {a}·{d} = {a * d} and {c}·{b} = {c * b}. {a * d} {'>' if ans else '<'} {c * b}."
        else:
            q = f"{a}/{b} 大于 {c}/{d} 吗？请回答是或否。"
            w = f"交叉相乘：{a}×{d} = {a * d}，{c}×{b} = {c * b}，{a * d} {'>' if ans else '<'} {c * b}。"
    else:
        k, m = rng.randint(6, 14), rng.randint(10, 120)
        while 2 ** k == m * m:
            m += 1
        ans = 2 ** k > m * m
        if lang == "en":
            q = f"Is 2^{k} greater than {m}^2? Answer yes or no."
            w = f"2^{k} = {2 ** k} and {m}^2 = {m * m}; {2 ** k} {'>' if ans else '<'} {m * m}."
        else:
            q = f"2^{k} 大于 {m}^2 吗？请回答是或否。"
            w = f"2^{k} = {2 ** k}，{m}^2 = {m * m}，{2 ** k} {'>' if ans else '<'} {m * m}。"
    return q, ans, w, "yesno_math"


def reading_item(rng, lang):
    opened = rng.randint(1990, 2015)
    closed = opened + rng.randint(4, 20)
    ask = rng.choice([y for y in range(opened - 5, closed + 6) if y not in (opened, closed)])
    ans = opened <= ask <= closed
    if lang == "en":
        p = (f"The Greywater Ferry Museum opened in {opened} in a former customs house and closed to the public "
             f"in {closed}, when its collection moved to the regional archive.")
        q = f"Passage: {p}\nQuestion: Was the museum open to the public during {ask}? Answer yes or no."
        w = f"The museum was open from {opened} to {closed}. The year {ask} is {'inside' if ans else 'outside'} that range."
    else:
        p = f"灰水渡口博物馆于{opened}年在旧海关大楼开馆，{closed}年藏品迁往地区档案馆后停止对外开放。"
        q = f"短文：{p}\n问题：{ask}年该博物馆对外开放吗？请回答是或否。"
        w = f"博物馆开放时间为{opened}年至{closed}年，{ask}年{'在' if ans else '不在'}这个范围内。"
    return q, ans, w, "yesno_reading"


def gen_yesno(rng, n, lang, flags, target_fn, math_share=0.5):
    out = []
    labs = ["Yes", "No"] if lang == "en" else ["是", "否"]
    bank = KNOW_EN if lang == "en" else KNOW_ZH
    for j in range(n):
        if j % 2 == 0:
            q, ans, w, tag = math_item(rng, lang)
        elif j % 4 == 1:
            q, ans, w, tag = reading_item(rng, lang)
        else:
            qq, ans, w = bank[(j // 4) % len(bank)]
            q = qq + (" Answer yes or no." if lang == "en" else "请回答是或否。")
            tag = "yesno_fact"
        ref = labs[0] if ans else labs[1]

        def analysis(label, w=w, ref=ref):
            if lang == "en":
                if label == ref:
                    return f"Working it out: {w} Therefore the answer to the question is {label.lower()}."
                return f"My quick impression is that the answer is {label.lower()}; I don't think a detailed check changes that."
            if label == ref:
                return f"分析：{w}所以答案是“{label}”。"
            return f"直觉上答案应该是“{label}”，不需要再细算。"

        def sentence(label, q=q):
            if lang == "en":
                return ("Yes — the statement in the question holds." if label == "Yes"
                        else "No, that is not the case.")
            return "是的，题目中的说法成立。" if label == "是" else "否，题目中的说法不成立。"
        out.append(build_cls(rng, lang, "boolq_like" if tag != "yesno_math" else "math_yesno_like", q, labs,
                             ref, analysis, sentence, flags[j], target_fn(), tag))
    return out
