"""Shared helpers for the dev41 builder (standard library only)."""
from fractions import Fraction

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DEN_WORDS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
             5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 7: ("seventh", "sevenths"),
             8: ("eighth", "eighths"), 9: ("ninth", "ninths"), 10: ("tenth", "tenths"),
             12: ("twelfth", "twelfths")}


def words(n):
    """Integer to English words (|n| < 10000)."""
    if n < 0:
        return "negative " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


def frac_words(fr):
    """Fraction with small denominator to words, e.g. -1/2 -> negative one half."""
    fr = Fraction(fr)
    sign = "negative " if fr < 0 else ""
    fr = abs(fr)
    n, d = fr.numerator, fr.denominator
    if d == 1:
        return sign + words(n)
    whole, n = divmod(n, d)
    one, many = DEN_WORDS[d]
    part = ("one " + one if d != 2 else "one half") if n == 1 else words(n) + " " + many
    if whole:
        return sign + words(whole) + " and " + part
    return sign + part


def tex_frac(fr, style="frac"):
    fr = Fraction(fr)
    if fr.denominator == 1:
        return str(fr.numerator)
    sign = "-" if fr < 0 else ""
    return "%s\\%s{%d}{%d}" % (sign, style, abs(fr.numerator), fr.denominator)


def mixed(fr):
    fr = Fraction(fr)
    whole, n = divmod(fr.numerator, fr.denominator)
    if n and not whole:
        return "%d/%d" % (n, fr.denominator)
    return "%d %d/%d" % (whole, n, fr.denominator) if n else str(whole)


def dec(x, places=None):
    """Exact-ish decimal string without trailing zeros (x is Fraction or number)."""
    if places is not None:
        return ("%." + str(places) + "f") % float(x)
    s = ("%.10f" % float(x)).rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def sup(n):
    return str(n).translate(SUP)


EN_OPEN = [
    "Okay, let me read the problem carefully before doing anything. {gist} I want to be sure which quantity is "
    "actually being asked for, because it is easy to compute something nearby and report the wrong thing.",
    "Let me think about this step by step. {gist} First I will write down what is given, then decide which "
    "relationship connects the givens to the unknown, and only then do the arithmetic.",
    "Alright. {gist} This looks routine, but routine problems are where careless slips happen, so I'll write "
    "every intermediate value out explicitly instead of doing it in my head.",
    "We need to work this out carefully. {gist} I'll set up the relevant relationship, simplify, and then "
    "state the result in a form that answers the question as asked.",
]
EN_MID = [
    "Before going further, let me restate the setup in my own words so I don't mix up which number plays "
    "which role. The givens are fixed; nothing in the wording suggests a trick such as a hidden unit change "
    "beyond what I've already noted.",
    "One thing I want to keep in mind: the question's wording determines the form of the answer, so after "
    "computing I'll reread it once more. Exact values are preferable to rounded ones unless rounding is "
    "requested.",
    "Let me pause and sanity-check the scale of things. The numbers involved are moderate, so the answer "
    "should be of a similar size; if I get something wildly larger or smaller, that signals an error.",
    "I considered a second approach (working backwards from a guessed answer), but the direct computation is "
    "cleaner here, so I'll stick with it and verify at the end instead.",
]
EN_MID += [
    "A common pitfall in problems like this is to stop one step early, reporting an intermediate quantity "
    "that merely looks like an answer. I'll keep track of which quantity each line computes so that the "
    "final line is the one the question actually requests.",
    "It also helps to think about what form the answer should take. Some quantities are cleanest as exact "
    "fractions or symbolic expressions, others as decimals or with units; the value matters more than the "
    "form, but I want the form to be unambiguous.",
    "Let me also be careful with signs and with the order of operations; many slips in this kind of problem "
    "come from dropping a negative sign or dividing before multiplying when the expression says otherwise.",
    "I'll write the computation out line by line. Doing it mentally is tempting, but a written chain of "
    "equalities is much easier to audit afterwards if the result turns out to look suspicious.",
]
EN_REREAD = [
    "Let me reread the question one more time to make sure I'm answering exactly what was asked and not an "
    "intermediate quantity.",
    "Rereading the problem statement: yes, that is the quantity requested.",
    "Quick reread of the question to confirm the requested quantity — it matches what I computed.",
]
EN_ABANDON = [
    "Hmm, wait. Something is off — this approach is getting messy and I'm no longer sure the setup is right. "
    "Let me try a completely different method. Suppose instead we start from the other end and work "
    "backwards... Actually, I keep going in circles here. I'm not able to pin down the final value with "
    "confidence, so I'll stop at this point rather than guess.",
    "Hold on, I think I set this up incorrectly from the start. Let me restart. Redefining the unknowns and "
    "going again from the beginning: the first relation gives us... no, that reproduces the same issue. I "
    "can't resolve which version of the setup is intended, so I can't give a definite final answer yet.",
    "Wait, I need to reconsider. The step above may double count. If I redo it the other way, the result "
    "changes, and I don't have a clean way to decide between the two right now. Let me leave it here and "
    "come back to it — I'm not confident enough to commit to a number.",
]
EN_FINAL = ["So the answer is {a}.", "**Final answer:** {a}", "Therefore, the answer is {a}.",
            "Final answer: {a}.", "Putting it all together, the answer is {a}.",
            "Hence the result: {a}."]


def compose_en(rng, p, mode):
    """Build a long English reasoning output for problem dict p under a labelling mode."""
    paras = [rng.choice(EN_OPEN).format(gist=p["gist"])]
    paras.append("The question, restated: " + p["q"].split("\n")[0])
    paras.extend(rng.sample(EN_MID, 3))
    paras.extend(p["steps"])
    if mode == "cut_off":
        text = "\n\n".join(paras)
        cut = int(len(text) * rng.uniform(0.72, 0.92))
        while cut < len(text) and text[cut].isalnum():
            cut -= 1
        return text[:cut].rstrip(" ,.;:\n") + " and then the next step is to", "cut_off"
    if mode == "abandoned":
        paras.append(rng.choice(EN_ABANDON))
        return "\n\n".join(paras), "abandoned"
    mids = [m for m in EN_MID if m not in paras]
    paras.append(rng.choice(mids))
    if mode == "correct":
        step, phrase = rng.choice(p["right"])
        paras.append(step)
        if p.get("check"):
            paras.append(p["check"])
        paras.append(rng.choice(EN_REREAD))
        paras.append(rng.choice(EN_FINAL).format(a=phrase) if not p.get("no_template") else phrase)
        return "\n\n".join(paras), "equal_form"
    if mode == "near_miss":
        step, phrase = rng.choice(p["wrong"])
        paras.append(step)
        paras.append(rng.choice(EN_REREAD))
        paras.append(rng.choice(EN_FINAL).format(a=phrase) if not p.get("no_template") else phrase)
        return "\n\n".join(paras), "near_miss"
    # hedge
    step, phrase = rng.choice(p["right"])
    wstep, wphrase = rng.choice(p["wrong"])
    paras.append(step)
    paras.append("But I'm worried about the last step. Redoing it a different way: " + wstep)
    pair = [phrase, wphrase]
    rng.shuffle(pair)
    paras.append("The two routes disagree and I can't tell which slip is real, so the answer is either "
                 "%s or %s — I'll leave both possibilities." % tuple(pair))
    return "\n\n".join(paras), "hedge"


MODES = ["correct"] * 6 + ["near_miss"] * 3 + ["hedge", "abandoned", "cut_off"]


def mode_cycle(rng, n):
    out = []
    while len(out) < n:
        block = MODES[:]
        rng.shuffle(block)
        out.extend(block)
    return out[:n]


def label_of(mode):
    return "Correct" if mode == "correct" else "Incorrect"
