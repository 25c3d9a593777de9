"""Multiple-choice cases whose option texts are formulas (from the math families) plus a few knowledge items."""
from common import T, assemble, cut_off, record
from pad import paras

L = "ABCD"
KNOW = [  # (zh, question, options, correct index, explanation)
    (0, "Which expression gives the kinetic energy of a body of mass m moving at speed v?",
     ["mv", "½mv²", "mgh", "m²v"], 1, "Kinetic energy is the work needed to accelerate the mass from rest: ∫ F dx = ½mv²."),
    (0, "Which is the ideal gas law?", ["PV = nRT", "P = ρgh", "F = kx", "E = hν"], 0,
     "Pressure times volume equals amount times gas constant times temperature."),
    (0, "The derivative of ln x (x > 0) is", ["ln x / x", "1/x", "e^x", "x ln x - x"], 1,
     "d/dx ln x = 1/x; x ln x - x is the antiderivative instead."),
    (1, "下列哪个是二次方程 ax²+bx+c=0 (a≠0) 的求根公式？",
     ["x = (-b ± √(b²-4ac))/(2a)", "x = (b ± √(b²-4ac))/(2a)", "x = -b/(2a)", "x = (-b ± √(b²+4ac))/(2a)"], 0,
     "配方得 (x + b/2a)² = (b²-4ac)/4a²。"),
    (1, "欧姆定律的表达式是", ["P = UI", "I = U/R", "Q = I²Rt", "W = Fs"], 1, "电流等于电压除以电阻。"),
    (1, "sin²α + cos²α 等于", ["0", "1", "2sinαcosα", "tanα"], 1, "单位圆上 x²+y²=1。"),
    (0, "Which is Euler's identity?", ["e^{iπ} + 1 = 0", "e^{π} = -1", "i^2 = 1", "e^{iπ} = 1"], 0,
     "e^{iθ} = cos θ + i sin θ, at θ = π gives -1."),
    (1, "等差数列前 n 项和公式为", ["S_n = n(a_1 + a_n)/2", "S_n = a_1(1-q^n)/(1-q)", "S_n = na_n", "S_n = n²a_1"], 0,
     "首尾配对求和。"),
]


def layout(rng, zh, q, opts):
    k = rng.randrange(4)
    if zh and k == 0:
        return q + "\n" + "\n".join("%s．%s" % (L[i], o) for i, o in enumerate(opts))
    if k == 1:
        return q + "\nAnswer Choices: " + " ".join("(%s) %s" % (L[i], o) for i, o in enumerate(opts))
    if k == 2:
        return q + "\n" + "\n".join("%s. %s" % (L[i], o) for i, o in enumerate(opts))
    return q + "\n" + "  ".join("%s) %s" % (L[i], o) for i, o in enumerate(opts))


def say(rng, zh, letter, text):
    en = ["The answer is (%s).", "**Answer: %s**", "$\\boxed{%s}$", "So the correct choice is %s, " + text + ".",
          "Final answer: %s"]
    cn = ["故选%s。", "答案：%s", "正确选项为 %s（" + text + "）。", "$\\boxed{%s}$", "所以应选 **%s**。"]
    return rng.choice(cn if zh else en) % letter


def build(rng, zh, fam_list, want_correct, cid_trap=None):
    if rng.random() < 0.2:
        items = [k for k in KNOW if k[0] == zh]
        kz, qq, opts0, ci, expl = rng.choice(items)
        order = list(range(4))
        rng.shuffle(order)
        opts = [opts0[i] for i in order]
        cidx = order.index(ci)
        steps = [expl] + [T(zh, "Option %s, %s, does not fit." % (L[i], opts[i]), "选项%s（%s）不符合。" % (L[i], opts[i]))
                          for i in range(4) if i != cidx]
        wrong_idx = [i for i in range(4) if i != cidx]
        ds = "ceval_like" if zh else "mmlu_like"
    else:
        fam = rng.choice(fam_list)
        P = fam(rng, zh)
        qq = P["q"]
        opts = [P["ref"]] + [w[0] for w in P["wrongs"]]
        tries = 0
        while len(opts) < 4 and tries < 20:
            tries += 1
            extra = fam(rng, zh)["ref"]
            if extra not in opts:
                opts.append(extra)
        opts = list(dict.fromkeys(opts))[:4]
        rng.shuffle(opts)
        cidx = opts.index(P["ref"])
        steps = list(P["steps"]) + P["checks"]
        wrong_idx = [i for i in range(len(opts)) if i != cidx]
        ds = "ceval_like" if zh else rng.choice(["mmlu_like", "gpqa_like"])
    q = layout(rng, zh, qq + ("" if zh else ""), opts)
    pad = paras(rng, zh, qq, steps[:2], rng.randint(6, 9))
    body = pad[:1] + steps + pad[1:]
    ref = L[cidx]
    if want_correct:
        mode = rng.choice(["letter", "letter", "self_corrected"])
        if mode == "self_corrected":
            w = rng.choice(wrong_idx)
            body = body + [T(zh, "At first glance %s looks right, but wait — it fails the check above, so it's %s." %
                             (L[w], ref), "乍看像是%s，等等，它不满足上面的检验，应该是%s。" % (L[w], ref))]
        out = assemble(rng, zh, body, None, say(rng, zh, ref, opts[cidx]), summary_steps=steps[:2])
        return record(None, ds, "alphabet_option", q, out, ref, "Correct", zh,
                      "mc_formula_options" if mode == "letter" else "mc_self_corrected")
    mode = rng.choice(["wrong", "wrong", "hedge", "flip"])
    w = rng.choice(wrong_idx)
    if mode == "hedge":
        a, b = sorted([ref, L[w]])
        fin = T(zh, "I can't fully decide; it's either %s or %s." % (a, b), "无法完全确定，可能是%s或%s。" % (a, b))
        trap = "mc_hedge_two_letters"
    elif mode == "flip":
        body = body + [T(zh, "That points to %s. Hmm, wait, maybe I misapplied a rule; %s seems more standard." %
                         (ref, L[w]), "这指向%s。等等，可能哪里用错了，%s 看起来更常见。" % (ref, L[w]))]
        fin = say(rng, zh, L[w], opts[w])
        trap = "mc_flip_right_to_wrong"
    else:
        fin = say(rng, zh, L[w], opts[w])
        trap = "mc_wrong_letter"
    out = assemble(rng, zh, body, None, fin, summary_steps=steps[:2])
    return record(None, ds, "alphabet_option", q, out, ref, "Incorrect", zh, trap)
