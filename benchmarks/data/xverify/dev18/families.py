#!/usr/bin/env python3
"""dev18's math problem families, in the order the generator draws from them. Part of gen_dev18.py (see README.md)."""
from algebra import fam_linsys, fam_quad, fam_ineq, fam_matrix, fam_line, fam_radical, fam_circle, fam_angle, fam_eig
from word_problems import fam_shop, fam_shop_zh, fam_speed, fam_percent, fam_sci, fam_time, fam_arith_zh
from counting import fam_prob, fam_modpow, fam_aime_count, fam_expect
from calculus import fam_integral, fam_deriv, fam_limit

MATH_FAMS = [fam_shop, fam_shop_zh, fam_linsys, fam_quad, fam_integral, fam_prob, fam_modpow, fam_ineq, fam_matrix, fam_line,
             fam_radical, fam_circle, fam_angle, fam_deriv, fam_aime_count, fam_speed, fam_percent, fam_sci, fam_time, fam_eig,
             fam_arith_zh, fam_expect, fam_limit]
