"""Multiple-choice (alphabet_option) problems: AQuA-style computed word problems
and a small bank of knowledge questions (MMLU / CMMLU style).  Returns the same
problem-dict interface as the math families so gen_common.compose can render it."""
from fractions import Fraction as F
from gen_common import pick, dec, sep
from gen_background import background

KB_EN = [
    ("Which gas makes up the largest share of Earth's atmosphere by volume?", ["Oxygen", "Nitrogen", "Argon", "Carbon dioxide"], 1, 0,
     "Dry air is about 78% nitrogen and about 21% oxygen; argon is under 1% and CO2 a few hundredths of a percent.",
     "Oxygen is what we breathe and it is so important for life that it must be the most abundant gas."),
    ("Which organelle is the site of photosynthesis in plant cells?", ["Mitochondrion", "Chloroplast", "Ribosome", "Golgi apparatus"], 1, 0,
     "Photosynthesis happens in chloroplasts, which contain chlorophyll; mitochondria carry out cellular respiration instead.",
     "Mitochondria are the energy organelles of the cell, so energy capture from light should happen there."),
    ("Who wrote the novel \"Pride and Prejudice\"?", ["Charlotte Brontë", "Jane Austen", "Mary Shelley", "George Eliot"], 1, 0,
     "Pride and Prejudice (1813) is by Jane Austen. Charlotte Brontë wrote Jane Eyre, Mary Shelley wrote Frankenstein, George Eliot wrote Middlemarch.",
     "It's an early-19th-century English novel about courtship, which sounds like the Brontë sisters, so Charlotte Brontë."),
    ("What is the SI unit of electrical resistance?", ["Volt", "Ampere", "Ohm", "Watt"], 2, 0,
     "Resistance is measured in ohms (Ω). Volts measure potential difference, amperes current, watts power.",
     "Resistance relates to voltage via Ohm's law, so its unit is the volt."),
    ("A binding price ceiling set below the equilibrium price will most likely cause", ["a surplus", "a shortage", "no change in quantity traded", "an increase in supply"], 1, 0,
     "Below equilibrium, quantity demanded exceeds quantity supplied at the capped price, so there is a shortage.",
     "A ceiling limits the price, producers are stuck with unsold goods, which is a surplus."),
    ("Which planet has the shortest orbital period around the Sun?", ["Venus", "Mercury", "Mars", "Earth"], 1, 0,
     "Mercury is the closest planet to the Sun and completes an orbit in about 88 days, the shortest of all planets.",
     "Venus is the hottest planet, so it is the one closest to the Sun and has the shortest year."),
    ("Under the U.S. Constitution, how many senators does each state have?", ["One", "Two", "It depends on the state's population", "Four"], 1, 2,
     "Article I gives every state two senators regardless of population; it is the House that is apportioned by population.",
     "Representation in Congress depends on population, so the number of senators varies by state."),
    ("Which of the following numbers is prime?", ["51", "57", "59", "63"], 2, 1,
     "51 = 3 × 17, 57 = 3 × 19 and 63 = 7 × 9 are composite; 59 has no divisor among 2, 3, 5, 7, so it is prime.",
     "57 looks prime because it is odd and not divisible by 5 or 7, so 57."),
    ("What is the derivative of sin x with respect to x?", ["−cos x", "cos x", "−sin x", "tan x"], 1, 0,
     "d/dx sin x = cos x; it is the derivative of cos x that carries the minus sign (d/dx cos x = −sin x).",
     "The derivatives of the trig functions alternate sign, so d/dx sin x = −cos x."),
    ("Which treaty formally ended World War I between the Allied Powers and Germany?", ["Treaty of Paris", "Treaty of Versailles", "Peace of Westphalia", "Treaty of Tordesillas"], 1, 0,
     "The Treaty of Versailles, signed on 28 June 1919, ended the war between Germany and the Allies.",
     "The peace conference was held in Paris in 1919, so it must be the Treaty of Paris."),
    ("Which data structure follows a last-in, first-out (LIFO) discipline?", ["Queue", "Stack", "Heap", "Hash table"], 1, 0,
     "A stack pops the most recently pushed element first (LIFO); a queue is first-in, first-out.",
     "A queue is the standard ordered container, so it is the LIFO one."),
    ("In which organ is insulin produced?", ["Liver", "Pancreas", "Kidney", "Spleen"], 1, 0,
     "Insulin is made by the beta cells of the islets of Langerhans in the pancreas.",
     "The liver regulates blood sugar by storing glycogen, so the liver must produce insulin."),
    ("Which equation expresses Newton's second law of motion?", ["F = ma", "E = mc²", "p = mv", "F = Gm₁m₂/r²"], 0, 2,
     "Newton's second law states that net force equals mass times acceleration, F = ma. p = mv is just the definition of momentum.",
     "The second law is about momentum, so it is p = mv."),
    ("Which is the largest ocean on Earth?", ["Atlantic Ocean", "Indian Ocean", "Pacific Ocean", "Arctic Ocean"], 2, 0,
     "The Pacific covers roughly 165 million km², about twice the area of the Atlantic.",
     "The Atlantic is the ocean between the Americas and Europe/Africa and is the biggest."),
    ("An argument that attacks the character of the person making a claim instead of the claim itself commits which fallacy?", ["Straw man", "Ad hominem", "Red herring", "Slippery slope"], 1, 0,
     "Attacking the person rather than the argument is the ad hominem fallacy; a straw man misrepresents the argument.",
     "This distorts the opponent's position, which is a straw man."),
    ("What is the worst-case time complexity of binary search on a sorted array of n elements?", ["O(n)", "O(log n)", "O(n log n)", "O(1)"], 1, 0,
     "Each comparison halves the remaining range, so at most about log₂ n + 1 comparisons are needed: O(log n).",
     "In the worst case you might have to look at every element, so O(n)."),
    ("Which blood type is considered the universal donor for red blood cell transfusions?", ["AB+", "O−", "A+", "B−"], 1, 0,
     "O-negative red cells carry no A, B or RhD antigens, so they can be given to recipients of any type.",
     "AB+ has all the antigens, so it's compatible with everybody: the universal donor."),
]

KB_ZH = [
    ("下列哪一项不属于中国古代四大发明？", ["造纸术", "指南针", "地动仪", "火药"], 2, 1,
     "四大发明是造纸术、印刷术、指南针和火药。地动仪是张衡发明的，但不在四大发明之列。",
     "指南针最早叫司南，和现在的指南针不一样，所以不算四大发明。"),
    ("“床前明月光，疑是地上霜”出自哪位诗人？", ["杜甫", "李白", "白居易", "王维"], 1, 0,
     "这两句出自李白的《静夜思》。", "杜甫是诗圣，这么有名的诗应该是杜甫写的。"),
    ("我国面积最大的省级行政区是：", ["西藏自治区", "内蒙古自治区", "新疆维吾尔自治区", "青海省"], 2, 0,
     "新疆面积约166万平方千米，是面积最大的省级行政区；西藏约120万平方千米，位居第二。", "西藏地广人稀，面积应该最大。"),
    ("《红楼梦》的作者一般认为是：", ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], 2, 0,
     "《红楼梦》前八十回的作者是曹雪芹；罗贯中著《三国演义》，施耐庵著《水浒传》，吴承恩著《西游记》。", "四大名著里第一部是罗贯中写的，所以选罗贯中。"),
    ("光在真空中的传播速度约为：", ["3×10⁵ m/s", "3×10⁸ m/s", "3×10⁸ km/s", "340 m/s"], 1, 2,
     "真空中光速约为 3×10⁸ m/s，即 3×10⁵ km/s；340 m/s 是空气中的声速。", "光速约为 3×10⁸，单位应该是千米每秒。"),
    ("人体最大的器官是：", ["肝脏", "皮肤", "肺", "大脑"], 1, 0,
     "皮肤是人体最大的器官，成人皮肤面积约1.5～2平方米；肝脏是最大的内脏器官。", "肝脏是人体最大的器官。"),
    ("秦始皇统一六国是在哪一年？", ["公元前221年", "公元前206年", "公元前202年", "公元前230年"], 0, 1,
     "秦于公元前230年灭韩开始统一战争，公元前221年灭齐，完成统一。", "秦朝在公元前206年建立统一王朝。"),
    ("下列哪种物质属于纯净物？", ["空气", "蒸馏水", "海水", "石油"], 1, 0,
     "蒸馏水只由水一种物质组成，是纯净物；空气、海水、石油都是混合物。", "空气看不见也摸不着，应该是纯净的。"),
]


def _aqua(rng):
    kind = pick(rng, ["work", "interest", "train", "average", "ratio"])
    if kind == "work":
        a, b = pick(rng, [(6, 12), (10, 15), (12, 24), (20, 30), (4, 12), (15, 30), (9, 18), (3, 6), (10, 40), (21, 28), (36, 45), (5, 20)])
        ans = F(a * b, a + b)
        q = f"A can finish a piece of work in {a} days and B can finish it in {b} days. Working together, in how many days will they finish the work?"
        steps = [f"A does 1/{a} of the work per day and B does 1/{b}.", f"Together: 1/{a} + 1/{b} = {b + a}/{a * b} = {F(a + b, a * b).numerator}/{F(a + b, a * b).denominator} of the work per day.",
                 f"Time = 1 ÷ ({F(a + b, a * b)}) = {dec(ans)} days."]
        wrong = [(F(a + b, 2), [f"Average of the two times: ({a} + {b})/2 = {dec(F(a + b, 2))} days."]),
                 (F(b - a), [f"The difference in their times is {b} − {a} = {b - a} days."])]
        unit = " days"
    elif kind == "interest":
        P, r, t = rng.randint(4, 40) * 500, rng.randint(3, 12), rng.randint(2, 6)
        ans = F(P * r * t, 100)
        q = f"What is the simple interest on ${sep(P)} at {r}% per annum for {t} years?"
        steps = [f"Simple interest = P × r × t / 100.", f"= {P} × {r} × {t} / 100 = {dec(ans)}."]
        wrong = [(ans + P, [f"Amount = P + PRT/100 = {P} + {dec(ans)} = {dec(ans + P)}."]), (F(P * r, 100), [f"Interest = {P} × {r}/100 = {dec(F(P * r, 100))}."])]
        unit = ""
        ans_fmt = lambda v: f"${sep(int(v))}" if v.denominator == 1 else f"${dec(v)}"
    elif kind == "train":
        v = pick(rng, [36, 45, 54, 72, 90, 108, 126, 144])
        t = rng.randint(6, 20)
        L = v * 5 * t // 18
        if v * 5 * t % 18:
            t = 18
            L = v * 5
        ans = F(v)
        q = f"A train {L} m long passes a telegraph pole in {t} seconds. What is the speed of the train in km/h?"
        steps = [f"To pass the pole the train covers its own length, {L} m, in {t} s.", f"Speed = {L}/{t} = {dec(F(L, t))} m/s.",
                 f"Convert: {dec(F(L, t))} × 18/5 = {v} km/h."]
        wrong = [(F(L, t), [f"Speed = {L}/{t} = {dec(F(L, t))}."]), (F(L, t) * 5 / 18, [f"Speed = {dec(F(L, t))} × 5/18 = {float(F(L, t) * 5 / 18):.1f} km/h."])]
        unit = " km/h"
    elif kind == "average":
        n, A = rng.randint(5, 12), rng.randint(20, 60)
        B = A + rng.randint(1, 4)
        x = (n + 1) * B - n * A
        ans = F(x)
        q = f"The average of {n} numbers is {A}. When one more number is added, the average becomes {B}. What is the number that was added?"
        steps = [f"Sum of the {n} numbers: {n} × {A} = {n * A}.", f"Sum of the {n + 1} numbers: {n + 1} × {B} = {(n + 1) * B}.",
                 f"Added number = {(n + 1) * B} − {n * A} = {x}."]
        wrong = [(F(B + (B - A)), [f"The average went up by {B - A}, so the new number is {B} + {B - A} = {2 * B - A}."]),
                 (F(n * (B - A)), [f"New sum: {n} × {B} = {n * B}.", f"Added number = {n * B} − {n * A} = {n * (B - A)}."])]
        unit = ""
    else:
        p, qq = pick(rng, [(3, 2), (5, 3), (7, 5), (4, 3), (5, 2), (9, 4), (7, 3)])
        T = (p + qq) * rng.randint(20, 150)
        ans = F(T * p, p + qq)
        q = f"${sep(T)} is divided between Rita and Sam in the ratio {p}:{qq}. How much does Rita receive?"
        steps = [f"Total parts: {p} + {qq} = {p + qq}.", f"One part = {T}/{p + qq} = {T // (p + qq)}.", f"Rita gets {p} parts: {p} × {T // (p + qq)} = {int(ans)}."]
        wrong = [(F(T * qq, p + qq), [f"Rita's share: {qq}/{p + qq} × {T} = {T * qq // (p + qq)}."]), (F(T, p), [f"{T}/{p} = {dec(F(T, p)) or float(F(T, p))}."])]
        unit = ""
        ans_fmt = lambda v: f"${sep(int(v))}" if v.denominator == 1 else f"${float(v):.2f}"
    if kind not in ("interest", "ratio"):
        ans_fmt = lambda v: (dec(v) or frac_str(v)) + unit
    return q, steps, ans, wrong, ans_fmt


def frac_str(v):
    return f"{v.numerator}/{v.denominator}"


def choice(rng, lang, source="auto"):
    letters = "ABCDE"
    if source == "auto":
        source = "aqua" if lang == "en" and rng.random() < 0.45 else "kb"
    if source == "aqua":
        q0, steps, ans, wrongs, fmt = _aqua(rng)
        vals, wsteps = [ans], {}
        for wv, ws in wrongs:
            if wv > 0 and wv not in vals:
                wsteps[len(vals)] = ws
                vals.append(wv)
        while len(vals) < 5:
            cand = ans + rng.choice([-3, -2, -1, 1, 2, 3, 4, 5]) * max(1, ans.numerator // ans.denominator // 10 or 1)
            if cand > 1 and cand not in vals:
                vals.append(cand)
        opts = [fmt(v) for v in vals]
        order = list(range(len(opts)))
        rng.shuffle(order)
        opts = [opts[i] for i in order]
        ci = order.index(0)
        wmap = {order.index(j): ws for j, ws in wsteps.items()}
        ds = "aqua_like"
        expl = steps
    else:
        bank = KB_EN if lang == "en" else KB_ZH
        qs, opts, ci, ti, expl1, trap = pick(rng, bank)
        opts = list(opts)
        order = list(range(4))
        if rng.random() < 0.5:
            rng.shuffle(order)
        opts = [opts[i] for i in order]
        ci, ti = order.index(ci), order.index(ti)
        q0 = qs
        expl = [expl1]
        wmap = {ti: [trap]}
        ds = "mmlu_like" if lang == "en" else "cmmlu_like"
    n = len(opts)
    L = letters[:n]
    fmt_q = pick(rng, ["inline", "lines", "lines_paren", "options_block"])
    if fmt_q == "inline":
        q = q0 + " Answer Choices: " + " ".join(f"({L[i]}) {opts[i]}" for i in range(n))
    elif fmt_q == "lines":
        q = q0 + "\n" + "\n".join(f"{L[i]}. {opts[i]}" for i in range(n))
    elif fmt_q == "lines_paren":
        q = q0 + "\n\n" + "\n".join(f"{L[i]}) {opts[i]}" for i in range(n))
    else:
        q = q0 + ("\nOptions:\n" if lang == "en" else "\n选项：\n") + "\n".join(f"({L[i]}) {opts[i]}" for i in range(n))
    c, t = L[ci], opts[ci]

    def forms_for(i):
        X, T = L[i], opts[i]
        if lang == "en":
            return [f"({X})", X, f"Option {X}", f"{X}) {T}", f"{X}: {T}", f"{T} (option {X})", f"({X}) {T}", f"{X}. {T}", f"choice {X}"]
        return [X, f"{X}项", f"选{X}", f"{X}．{T}", f"{X}（{T}）", f"({X})"]
    forms = forms_for(ci) + ([t] if rng.random() < 0.5 else [])
    if lang == "en":
        elim = [f"({L[i]}) {opts[i]} — " + ("consistent with the reasoning above." if i == ci else "doesn't match, so I can rule it out.") for i in range(n)]
        steps = list(expl) + (["Going through the options:\n" + "\n".join("- " + e for e in elim)] if rng.random() < 0.6 else []) + \
            [pick(rng, [f"That corresponds to option {c}.", f"So the matching choice is ({c}) {t}.", f"This is option {c}."])]
    else:
        elim = [f"{L[i]}项：{opts[i]}，" + ("符合。" if i == ci else "不符合，排除。") for i in range(n)]
        steps = list(expl) + (["逐项分析：\n" + "\n".join(elim)] if rng.random() < 0.6 else []) + [f"所以应选{c}。"]
    wrong = []
    for wi, ws in wmap.items():
        wl = L[wi]
        tail = (f"That corresponds to option {wl}." if lang == "en" else f"所以选{wl}。")
        wrong.append({"steps": list(ws) + [tail], "forms": forms_for(wi)[:6]})
    refs = [c, f"({c})", f"{c}. {t}", f"{c}: {t}"] if lang == "en" else [c, f"{c}. {t}", f"答案：{c}"]
    sentence = "the answer is {}" if lang == "en" else "答案是{}"
    notes = []
    if lang == "en":
        notes.append(pick(rng, ["Before answering, let me make sure none of the other options is also defensible. Each distractor fails for a concrete reason, so there's a single best answer.",
                                "Multiple-choice questions like this often include one 'tempting' distractor that matches a common misconception. I should make sure I'm not falling for that.",
                                "Let me reread the options carefully, since they are sometimes worded to trap a hasty reader."]))
    else:
        notes.append(pick(rng, ["再看一遍各个选项，确认没有第二个正确答案。", "这类选择题常有一个“干扰项”，要避免掉进陷阱。"]))
    verify = [f"Double-check: {t} is listed as option {c}." if lang == "en" else f"核对：{t} 对应的是{c}项。"]
    explore = []
    bg = background(q0) if source != "aqua" else None
    if bg:
        (explore if bg[1] else notes).append(bg[0])
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, notes=notes, explore=explore, restate="", stem=q0,
                skind="calc" if source == "aqua" else "know")
