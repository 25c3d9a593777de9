"""Shared helpers for the dev23 generators (standard library only)."""
from fractions import Fraction

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

EN_NAMES = ["Lena", "Marcus", "Priya", "Tomas", "Aiko", "Daniel", "Fatima", "Oliver", "Sofia", "Jamal",
            "Hannah", "Ravi", "Chloe", "Mateo", "Greta", "Noah", "Ingrid", "Kwame", "Elena", "Felix"]
ZH_NAMES = ["小明", "小红", "李华", "王芳", "张伟", "刘洋", "陈静", "赵磊", "孙丽", "周杰", "吴敏", "郑浩"]


def en_words(n):
    """English words for 0 <= n < 1,000,000."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + en_words(r) if r else "")
    th, r = divmod(n, 1000)
    return en_words(th) + " thousand" + ((" and " if r < 100 else " ") + en_words(r) if r else "")


ZH_DIG = "零一二三四五六七八九"


def zh_num(n):
    """Chinese numerals for 0 <= n < 100000."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for val, name in units:
        d = n // val
        n %= val
        if d:
            if zero:
                out += "零"
                zero = False
            out += ZH_DIG[d] + name
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def num(x):
    """Plain number text: ints without decimals, floats trimmed."""
    if isinstance(x, Fraction):
        if x.denominator == 1:
            x = x.numerator
        else:
            return f"{x.numerator}/{x.denominator}"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int):
        return f"{x:,}" if abs(x) >= 10000 else str(x)
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return s


def money(x):
    return f"${x:,.2f}"


def clock(minutes, style="12"):
    """minutes since midnight -> text."""
    h, m = divmod(minutes % (24 * 60), 60)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    suf = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    if style == "12dot":
        suf = "a.m." if h < 12 else "p.m."
    return f"{h12}:{m:02d} {suf}"


def zh_clock(minutes):
    h, m = divmod(minutes % (24 * 60), 60)
    part = "上午" if h < 12 else ("中午" if h == 12 else "下午")
    h12 = h % 12 or 12
    return f"{part}{h12}点{m:02d}分" if m else f"{part}{h12}点"


def paras(parts):
    return "\n\n".join(p for p in parts if p)


def bullets(items):
    return "\n".join("- " + i for i in items)


def cut(text, rng):
    """Truncate text mid-sentence (for cut-off outputs)."""
    k = rng.randint(len(text) * 2 // 5, len(text) * 3 // 5)
    while k < len(text) and text[k] not in " ，,":
        k += 1
    eq = text.rfind("=", 0, k)
    if eq != -1 and k - eq < 10:
        k = eq
    return text[:k].rstrip(" ，,=")


def rec(dataset, kat, question, output, answer, label, lang, trap):
    return {"dataset": dataset, "key_answer_type": kat, "question": question, "llm_output": output,
            "correct_answer": answer, "label": label, "lang": lang, "trap": trap}
