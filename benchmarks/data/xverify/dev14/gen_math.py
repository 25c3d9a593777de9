from fractions import Fraction as F
import math
from forms import fr_tex, fr_txt, sgn, poly2, NUMW, TENS, words  # noqa: F401
from algebra import fam_quad_ineq, fam_cubic_roots, fam_system, fam_arith_sum, fam_complex, fam_amgm, fam_recurrence, fam_abs_ineq, fam_log  # noqa: F401
from counting import fam_prob_balls, _pf, fam_committee, fam_modpow, fam_aime_digits  # noqa: F401
from geometry import fam_cylinder, fam_distance_radical, fam_triangle_angle, fam_matrix, fam_cross, fam_line, fam_circle, fam_integral  # noqa: F401
from everyday import fam_speed_units, fam_compound, fam_clock, fam_date, fam_percent, fam_scinote  # noqa: F401


FAMILIES = [fam_quad_ineq, fam_cubic_roots, fam_system, fam_arith_sum, fam_prob_balls, fam_committee, fam_cylinder,
            fam_distance_radical, fam_speed_units, fam_triangle_angle, fam_complex, fam_modpow, fam_integral,
            fam_matrix, fam_cross, fam_line, fam_circle, fam_compound, fam_clock, fam_date, fam_percent, fam_scinote,
            fam_amgm, fam_recurrence, fam_aime_digits, fam_abs_ineq, fam_log]
