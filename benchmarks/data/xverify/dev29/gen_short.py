"""Short-answer science facts and classification labels (English and Chinese)."""
import math
from common import g, fixed, long_output, final_line, rec, cycle

# (question, reference, equal alias, near-miss wrong answer, background sentence)
FACTS = [
    ("What is the SI unit of electrical resistance?", "ohm", "the ohm (Ω)", "volt",
     "Resistance relates voltage to current through Ohm's law."),
    ("What is the SI unit of force?", "newton", "N (the newton)", "joule", "Force is mass times acceleration."),
    ("What is the SI unit of power?", "watt", "W, the watt", "joule", "Power is energy transferred per unit time."),
    ("What is the chemical symbol for sodium?", "Na", "Na (natrium)", "S", "Sodium is an alkali metal."),
    ("What is the chemical symbol for potassium?", "K", "K (kalium)", "P", "Potassium is in group 1."),
    ("Which gas do green plants absorb from the air for photosynthesis?", "carbon dioxide", "CO2", "oxygen",
     "Photosynthesis fixes carbon into sugars."),
    ("Who formulated the three laws of motion published in the Principia?", "Isaac Newton", "Newton",
     "Galileo Galilei", "The Principia appeared in 1687."),
    ("What particle carries a negative elementary charge and orbits the nucleus?", "electron", "the electron",
     "proton", "Atoms contain protons, neutrons and electrons."),
    ("What is the name of the constant approximately equal to 6.022 × 10^23 per mole?", "Avogadro constant",
     "N_A, the Avogadro constant", "Boltzmann constant", "It counts particles in one mole."),
    ("What is the SI unit of frequency?", "hertz", "Hz", "radian per second", "Frequency counts cycles per second."),
    ("Which element has atomic number 6?", "carbon", "C (carbon)", "nitrogen", "Atomic number counts protons."),
    ("What type of bond forms when electrons are shared between two atoms?", "covalent bond", "a covalent bond",
     "ionic bond", "Bonds differ in how electrons are distributed."),
    ("What is the SI unit of electric charge?", "coulomb", "C (coulombs)", "ampere",
     "Charge is current multiplied by time."),
    ("What law states that at constant temperature the pressure of a gas is inversely proportional to its volume?",
     "Boyle's law", "Boyle’s law (Boyle–Mariotte law)", "Charles's law", "Several gas laws are named after scientists."),
    ("What quantity is measured in pascals?", "pressure", "pressure (force per unit area)", "energy",
     "One pascal is one newton per square metre."),
    ("Which financial term describes interest calculated on both the principal and previously earned interest?",
     "compound interest", "compounding (compound interest)", "simple interest", "Interest can be computed in two ways."),
    ("Which measure of central tendency is the middle value of an ordered data set?", "median", "the median",
     "mode", "Common measures are mean, median and mode."),
    ("What is the SI base unit of amount of substance?", "mole", "mol", "kilogram",
     "There are seven SI base units."),
    ("What is the SI unit of energy?", "joule", "J", "watt", "Work and heat share the same unit."),
    ("What is the chemical formula of table salt?", "NaCl", "sodium chloride, NaCl", "KCl",
     "Table salt is an ionic compound."),
    ("What is the term for the speed of an object in a specified direction?", "velocity", "velocity (a vector)",
     "acceleration", "Some kinematic quantities are vectors."),
]

ZH_FACTS = [
    ("电阻的国际单位是什么？", "欧姆", "欧（Ω）", "伏特", "电阻联系着电压和电流。"),
    ("力的国际单位是什么？", "牛顿", "牛（N）", "焦耳", "力等于质量乘以加速度。"),
    ("绿色植物进行光合作用时从空气中吸收哪种气体？", "二氧化碳", "CO₂", "氧气", "光合作用把碳固定为糖类。"),
    ("物质的量的国际单位是什么？", "摩尔", "mol（摩）", "千克", "国际单位制有七个基本单位。"),
    ("能量的国际单位是什么？", "焦耳", "焦（J）", "瓦特", "功和热量的单位相同。"),
    ("原子序数为8的元素是什么？", "氧", "氧元素（O）", "氮", "原子序数等于质子数。"),
    ("频率的国际单位是什么？", "赫兹", "Hz（赫）", "秒", "频率表示每秒的周期数。"),
    ("提出三大运动定律的科学家是谁？", "牛顿", "艾萨克·牛顿", "伽利略", "《自然哲学的数学原理》发表于1687年。"),
]


def short(rng, fact, v, lang):
    q, ref, alias, wrong, bg = fact
    if lang == "en":
        restate = "This is a recall question. %s" % bg
        steps = ["Recall the definition and the standard name used in textbooks.",
                 "Check that the name matches the quantity or object described, not a related one."]
    else:
        restate = "这是一道知识回忆题。%s" % bg
        steps = ["回忆教材中的标准定义和名称。", "确认名称对应题目描述的量，而不是相关的另一个量。"]
    if v == "C_alias":
        ans, lab, trap = alias, "Correct", "alias_or_symbol"
    elif v == "C_exact":
        ans, lab, trap = ref, "Correct", "exact_short_answer"
    elif v == "I_near":
        ans, lab, trap = wrong, "Incorrect", "related_but_wrong_term"
    else:
        ans = ("either %s or %s" % (wrong, ref)) if lang == "en" else ("%s或者%s" % (wrong, ref))
        lab, trap = "Incorrect", "hedge_two_answers"
    out = long_output(rng, lang, restate, steps, final_line(rng, ans, lang),
                      *((900, 1500) if lang == "en" else (500, 900)))
    return rec("simpleqa_like", "short_text", q, out, ref, lab, lang, trap)


def cls_ph(rng, v, lang):
    a, b = rng.choice([1.0, 2.0, 5.0, 3.0]), rng.choice([3, 4, 5, 8, 9, 10, 11])
    acid = rng.random() < 0.5
    h = a * 10 ** (-b)
    ph = -math.log10(h) if acid else 14 + math.log10(h)
    if 6.5 < ph < 7.5:
        ph = ph + (3 if ph >= 7 else -3)
    lab_en = "acidic" if ph < 7 else "basic"
    syn_en = "acidic (pH below 7)" if ph < 7 else "alkaline"
    opp_en = "basic" if ph < 7 else "acidic"
    lab_zh, syn_zh, opp_zh = ("酸性", "呈酸性（pH小于7）", "碱性") if ph < 7 else ("碱性", "呈碱性（pH大于7）", "酸性")
    if lang == "en":
        q = "A solution has pH %s at 25 °C. Classify it as acidic, neutral or basic." % fixed(ph, 2)
        restate = "At 25 °C, pH < 7 is acidic, pH = 7 neutral, pH > 7 basic."
        steps = ["Compare %s with 7." % fixed(ph, 2)]
        ref, good, bad = lab_en, syn_en, opp_en
    else:
        q = "25 °C时某溶液的pH为%s，该溶液呈酸性、中性还是碱性？" % fixed(ph, 2)
        restate = "25 °C时，pH小于7为酸性，等于7为中性，大于7为碱性。"
        steps = ["将%s与7比较。" % fixed(ph, 2)]
        ref, good, bad = lab_zh, syn_zh, opp_zh
    return ref, good, bad, q, restate, steps, "cls_ph"


def cls_enthalpy(rng, v, lang):
    dh = rng.choice([-285.8, -92.4, 178.3, 52.3, -890.3, 131.3, -57.1])
    exo = dh < 0
    if lang == "en":
        q = "A reaction has ΔH = %s kJ/mol. Is it exothermic or endothermic?" % g(dh)
        restate = "Negative ΔH means heat is released; positive ΔH means heat is absorbed."
        steps = ["The sign of ΔH here is %s." % ("negative" if exo else "positive")]
        ref = "exothermic" if exo else "endothermic"
        good = "exothermic (releases heat)" if exo else "endothermic (absorbs heat)"
        bad = "endothermic" if exo else "exothermic"
    else:
        q = "某反应的ΔH = %s kJ/mol，该反应是放热反应还是吸热反应？" % g(dh)
        restate = "ΔH为负表示放出热量，ΔH为正表示吸收热量。"
        steps = ["这里ΔH的符号为%s。" % ("负" if exo else "正")]
        ref = "放热反应" if exo else "吸热反应"
        good = "放热" if exo else "吸热"
        bad = "吸热反应" if exo else "放热反应"
    return ref, good, bad, q, restate, steps, "cls_enthalpy"


def cls_collision(rng, v, lang):
    m1, m2 = rng.choice([1, 2, 3]), rng.choice([1, 2, 4])
    u = rng.choice([2, 4, 6])
    vf = m1 * u / (m1 + m2)
    ke0, ke1 = 0.5 * m1 * u * u, 0.5 * (m1 + m2) * vf * vf
    q = ("A %d kg cart moving at %d m/s collides with a stationary %d kg cart and they stick together, moving at %s "
         "m/s. Is the collision elastic or inelastic?" % (m1, u, m2, g(vf, 4)))
    restate = "Compare the total kinetic energy before and after."
    steps = ["Before: %s J. After: %s J." % (g(ke0, 4), g(ke1, 4)), "Kinetic energy is not conserved."]
    return "inelastic", "perfectly inelastic", "elastic", q, restate, steps, "cls_collision"


def cls_real(rng, v, lang):
    nom, inf = rng.choice([2, 3, 4, 6]), rng.choice([1, 3, 5, 7])
    if nom == inf:
        inf += 1
    real = (1 + nom / 100) / (1 + inf / 100) - 1
    q = ("A bond pays a nominal return of %d%% in a year when inflation is %d%%. Is the real return positive or "
         "negative?" % (nom, inf))
    restate = "Real return = (1 + nominal)/(1 + inflation) − 1."
    steps = ["(1.%02d)/(1.%02d) − 1 = %s." % (nom, inf, g(real, 5))]
    ref = "positive" if real > 0 else "negative"
    return ref, ref + " (about %s%%)" % fixed(real * 100, 2), "negative" if real > 0 else "positive", q, restate, \
        steps, "cls_real_return"


CLS_EN = [cls_ph, cls_enthalpy, cls_collision, cls_real]
CLS_ZH = [cls_ph, cls_enthalpy]


def classify(rng, v, lang):
    fn = rng.choice(CLS_EN if lang == "en" else CLS_ZH)
    ref, good, bad, q, restate, steps, tag = fn(rng, v, lang)
    if v == "C_syn":
        ans, lab, trap = good, "Correct", tag + "_synonym"
    elif v == "C_exact":
        ans, lab, trap = ref, "Correct", tag + "_exact"
    elif v == "I_opp":
        ans, lab, trap = bad, "Incorrect", tag + "_opposite"
    else:
        ans = ("it could be %s or %s" % (ref, bad)) if lang == "en" else ("可能是%s，也可能是%s" % (ref, bad))
        lab, trap = "Incorrect", "hedge_two_labels"
    if v == "I_opp":
        steps = steps[:-1] + ([("Reading the sign the other way round, the answer follows." if lang == "en"
                               else "把符号的含义反过来理解，就得到结论。")])
    out = long_output(rng, lang, restate, steps, final_line(rng, ans, lang),
                      *((900, 1600) if lang == "en" else (500, 900)))
    return rec("science_cls_like", "categorical_label", q, out, ref, lab, lang, trap)


def nli_zh(rng, v):
    sp, t = rng.choice([3, 4, 5, 6]), rng.choice([10, 20, 30])
    d = sp * t
    prem = "小林以%d米/秒的速度匀速跑了%d秒。" % (sp, t)
    if v in ("C_exact", "I_opp"):
        hyp, ref, bad = "小林跑了%d米。" % d, "entailment", "contradiction"
    elif v == "C_syn":
        hyp, ref, bad = "小林跑了%d米。" % (d + rng.choice([10, 20, -10])), "contradiction", "entailment"
    else:
        hyp, ref, bad = "小林比他的同学跑得快。", "neutral", "entailment"
    q = "前提：%s\n假设：%s\n请判断前提与假设的关系：entailment、neutral 或 contradiction。" % (prem, hyp)
    restate = "根据前提计算路程：s = vt = %d × %d = %d 米。" % (sp, t, d)
    steps = ["将计算结果与假设对照。"]
    if v == "I_hedge":
        ans, lab, trap = bad, "Incorrect", "nli_unstated_fact"
    elif v == "I_opp":
        ans, lab, trap = bad, "Incorrect", "nli_wrong_label"
    else:
        ans, lab, trap = ref, "Correct", "nli_computed_relation"
    out = long_output(rng, "zh", restate, steps, final_line(rng, ans, "zh"), 500, 900)
    return rec("cmnli_like", "categorical_label", q, out, ref, lab, "zh", trap)


def generate(rng):
    out = []
    facts = list(FACTS)
    for fact, v in zip(facts, cycle(rng, len(facts), ["C_alias", "C_exact", "I_near", "I_hedge"])):
        out.append(short(rng, fact, v, "en"))
    for fact, v in zip(facts, cycle(rng, len(facts), ["C_alias", "I_near", "I_hedge", "C_alias"])):
        out.append(short(rng, fact, v, "en"))
    for fact, v in zip(ZH_FACTS, cycle(rng, len(ZH_FACTS), ["C_alias", "C_exact", "I_near", "I_hedge"])):
        out.append(short(rng, fact, v, "zh"))
    for v in cycle(rng, 36, ["C_syn", "C_exact", "I_opp", "I_hedge"]):
        out.append(classify(rng, v, "en"))
    for v in cycle(rng, 6, ["C_syn", "C_exact", "I_opp", "I_hedge"]):
        out.append(classify(rng, v, "zh"))
    for v in cycle(rng, 6, ["C_syn", "C_exact", "I_opp", "I_hedge"]):
        out.append(nli_zh(rng, v))
    return out
