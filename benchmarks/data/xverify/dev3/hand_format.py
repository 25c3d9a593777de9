"""Parser for the hand-written case files (hand_*.txt).

Format: cases are separated by a line '=== CASE'.  A case starts with header
lines 'key: value' (dataset, type, lang, label), followed by three sections
introduced by the lines '--- question', '--- output', '--- answer'.  Section
text is taken verbatim (leading/trailing blank lines stripped)."""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SECTIONS = {"--- question": "question", "--- output": "llm_output", "--- answer": "correct_answer"}


def parse_file(path):
    cases = []
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    for chunk in ("\n" + text).split("\n=== CASE\n")[1:]:
        head, cur, buf, case = True, None, [], {}
        for line in chunk.split("\n"):
            if line.rstrip() in SECTIONS:
                if cur:
                    case[cur] = "\n".join(buf).strip("\n")
                cur, buf, head = SECTIONS[line.rstrip()], [], False
                continue
            if head:
                if line.strip():
                    k, v = line.split(":", 1)
                    case[k.strip()] = v.strip()
            else:
                buf.append(line)
        if cur:
            case[cur] = "\n".join(buf).strip("\n")
        out = {"dataset": case["dataset"], "key_answer_type": case["type"], "question": case["question"],
               "llm_output": case["llm_output"], "correct_answer": case["correct_answer"], "label": case["label"],
               "lang": case["lang"]}
        cases.append(out)
    return cases


def load_all():
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        cases.extend(parse_file(path))
    return cases


if __name__ == "__main__":
    import collections
    cs = load_all()
    print(len(cs), collections.Counter((c["key_answer_type"], c["lang"], c["label"]) for c in cs))
