"""Parser for the hand-written case files (hand_*.txt).

Format: each case starts with a header line
    === dataset | key_answer_type | lang | label
followed by three sections introduced by the lines "--- question",
"--- output" and "--- answer".  Text is taken verbatim (backslashes are
literal LaTeX), with surrounding blank lines stripped.
"""
import glob
import os

TYPES = {"math", "alphabet_option", "short_text", "categorical_label"}


def parse(path):
    cases, cur, sec = [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("=== "):
                if cur:
                    cases.append(cur)
                ds, kt, lang, label = [x.strip() for x in line[4:].split("|")]
                assert kt in TYPES and lang in ("en", "zh") and label in ("Correct", "Incorrect"), line
                cur, sec = {"dataset": ds, "key_answer_type": kt, "lang": lang, "label": label,
                            "question": [], "llm_output": [], "correct_answer": []}, None
            elif line in ("--- question", "--- output", "--- answer"):
                sec = {"--- question": "question", "--- output": "llm_output", "--- answer": "correct_answer"}[line]
            elif cur is not None and sec:
                cur[sec].append(line)
    if cur:
        cases.append(cur)
    for c in cases:
        for k in ("question", "llm_output", "correct_answer"):
            c[k] = "\n".join(c[k]).strip("\n")
            assert c[k], (path, c["question"][:60], k)
        c["_src"] = "hand:" + os.path.basename(path)
    return cases


def load_all(folder):
    out = []
    for p in sorted(glob.glob(os.path.join(folder, "hand_*.txt"))):
        out += parse(p)
    return out
