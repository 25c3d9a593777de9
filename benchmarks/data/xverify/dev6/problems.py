# Problem specs for dev6. Each spec:
# (dataset, key_answer_type, lang, question, reference, steps[list], goods[list of answer strings],
#  bads[list of (answer, trap, replacement_last_step)])
# Split by kind, imported in the order the specs were written: problems_math_en.py, problems_word.py,
# problems_math_zh.py (with the extra math that ends the list), problems_other.py (MCQ, CAT, SHORT).
from problems_math_en import P
import problems_word  # noqa: F401  (appends its problems to P)
import problems_math_zh  # noqa: F401  (appends its problems to P)
from problems_other import MCQ, CAT, SHORT
