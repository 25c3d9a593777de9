"""Math problem families for dev16. Each family returns a dict describing one problem:
q, setup_think, setup_clean, finish (correct derivation sentence), verify, right (list of
equivalent correct answer strings), ref, wrongs (list of (answer, sentence, trap)), dataset, lang.
Written by hand by an independent author; numbers are computed, text is family-specific."""
from fractions import Fraction
import math
import inspect
from context import _x  # noqa: F401
from word_problems import fam_shop, fam_percent, fam_speed, fam_clock, fam_distance, fam_mixed, fam_date  # noqa: F401
from algebra import fam_quadratic, fam_abs_ineq, fam_line, fam_cross, fam_angle, fam_matrix, fam_series  # noqa: F401
from number_theory import fam_dice, fam_divisors, fam_powmod, fam_sci  # noqa: F401
from chinese import zh_shop, zh_quadratic, zh_prob, zh_speed, zh_ineq, zh_series  # noqa: F401


EN_FAMS = [fam_shop, fam_percent, fam_dice, fam_quadratic, fam_abs_ineq, fam_line, fam_speed, fam_clock, fam_divisors,
           fam_powmod, fam_distance, fam_cross, fam_sci, fam_mixed, fam_angle, fam_date, fam_series, fam_matrix]


ZH_FAMS = [zh_shop, zh_quadratic, zh_prob, zh_speed, zh_ineq, zh_series]
