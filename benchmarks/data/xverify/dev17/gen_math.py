"""Math case families for dev17. Each family returns a dict with question/steps/verify/final/ref/label/trap."""
from fractions import Fraction as F
import datetime
import math
from common import cn_int, cn_dec, fw, fnum, frac_tex, terminating, en_words
from collections import namedtuple
from word_problems import shopping, speed, hectare, clock, pct, work, dist  # noqa: F401
from algebra import quadratic, line, inequality, matmul, system, circle  # noqa: F401
from number_forms import prob, aime_mod, sci, mixed, bignum  # noqa: F401
from angles_and_dates import ANG, angle, _Pos, dates  # noqa: F401


FAMILIES = [(shopping, "gsm8k_like", "cmath_like"), (quadratic, "math_like", "gaokao_math_like"), (prob, "math_like", "gaokao_math_like"),
            (line, "math_like", "gaokao_math_like"), (speed, "gsm8k_like", "cmath_like"), (aime_mod, "aime_like", "aime_like"),
            (inequality, "math_like", "gaokao_math_like"), (matmul, "math_like", "gaokao_math_like"), (angle, "math_like", "gaokao_math_like"),
            (clock, "gsm8k_like", "cmath_like"), (dates, "gsm8k_like", "cmath_like"), (system, "math_like", "cmath_like"),
            (pct, "gsm8k_like", "cmath_like"), (sci, "gpqa_like", "ceval_like"), (mixed, "math_like", "cmath_like"),
            (dist, "math_like", "gaokao_math_like"), (circle, "gsm8k_like", "cmath_like"), (work, "gsm8k_like", "cmath_like")]


ZH_ONLY = [(hectare, None, "cmath_like"), (bignum, None, "cmath_like")]
