"""Shared helpers for the dev28 builder (standard library only)."""
import io
import json
import os
from contextlib import redirect_stdout
from fractions import Fraction

KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output",
        "correct_answer", "label", "lang", "trap"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZH_DIG = "零一二三四五六七八九"


def words(n):
    """English words for 0 <= n < 1000."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " and " + words(r))


def zh_words(n):
    """Chinese numerals for 0 <= n < 100."""
    if n < 10:
        return ZH_DIG[n]
    t, o = divmod(n, 10)
    head = "十" if t == 1 else ZH_DIG[t] + "十"
    return head + ("" if o == 0 else ZH_DIG[o])


def frac(x):
    """Canonical string: integer or p/q."""
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def is_terminating(x):
    d = Fraction(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec(x, places=None):
    """Exact decimal string for a terminating fraction (or rounded if places given)."""
    x = Fraction(x)
    if places is not None:
        return f"{float(x):.{places}f}"
    assert is_terminating(x), x
    if x.denominator == 1:
        return str(x.numerator)
    k = 0
    while (x * 10 ** k).denominator != 1:
        k += 1
    v = x * 10 ** k
    sign = "-" if v < 0 else ""
    s = str(abs(v.numerator)).rjust(k + 1, "0")
    return sign + s[:-k] + "." + s[-k:]


def latex_frac(x):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    sign = "-" if x < 0 else ""
    return f"{sign}\\frac{{{abs(x.numerator)}}}{{{x.denominator}}}"


def commas(n):
    return f"{n:,}"


def money(x):
    return f"${float(Fraction(x)):.2f}"


def run_code(code):
    """Execute a generated snippet and return what it prints (so printed output is real)."""
    buf = io.StringIO()
    with redirect_stdout(buf):
        exec(code, {"Fraction": Fraction})
    return buf.getvalue().rstrip("\n")


def record(idx, case, output):
    rec = {
        "id": f"d28-{idx:04d}",
        "dataset": case["dataset"],
        "key_answer_type": case["kat"],
        "question": case["question"],
        "llm_output": output,
        "correct_answer": case["ref"],
        "label": case["label"],
        "lang": case["lang"],
        "trap": case["trap"],
    }
    return {k: rec[k] for k in KEYS}


def write_jsonl(path, recs):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
