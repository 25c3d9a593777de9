"""What every family shares: the one seeded ``random.Random`` (``R``) and the list ``CASES`` that ``add`` appends
to. Every draw goes through ``R``, so the order in which the families run fixes the output."""

import random

SEED = 20250611
R = random.Random(SEED)
CASES = []


def add(ds, kat, q, out, gold, label, lang, trap):
    assert label in ("Correct", "Incorrect")
    CASES.append(dict(dataset=ds, key_answer_type=kat, question=q, llm_output=out,
                      correct_answer=gold, label=label, lang=lang, trap=trap))


def pick(seq):
    return R.choice(seq)
