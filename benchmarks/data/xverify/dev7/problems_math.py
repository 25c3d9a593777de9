"""dev7's math problems, English and Chinese (registered in PROBLEMS by problems_dev7.py)."""
from problems_dev7 import G, B, P, A  # noqa: F401

# ---------------- English math ----------------
A(P("gsm8k_like", "math", "en",
    "Maria picked 30 apples. She gave 11 apples to her neighbor and then ate 7 of the remaining apples over the week. How many apples does Maria have left?",
    ["12", "Maria gave away 11, leaving 30 - 11 = 19. She ate 7, so 19 - 7 = 12. #### 12"],
    ["Maria starts with 30 apples. That's our starting quantity.",
     "She gives 11 apples to her neighbor. After that she has 30 − 11 = 19 apples. I want to be careful here: the 7 she eats come out of the *remaining* apples, i.e. out of the 19, not out of the original 30. Either way the subtraction is the same, but it's good to be clear about the order of events.",
     "Then she eats 7 of those over the week: 19 − 7 = 12. So after both events, 12 apples remain."],
    [G("12", "plain_integer"), G("So she has twelve apples left.", "sentence_number_word", raw=True),
     G("12 apples", "number_with_unit_word"), G("12", "bare_number_only", bare=True)],
    [B("18", "forgot_second_subtraction", steps=["Maria starts with 30 apples.", "She ate 7 of them? No wait, she gave 11 away... so 30 - 11 - 7... actually the question only asks about what she gave away: 30 - 11 = 19. Hmm, then she ate some... I'll subtract: 30 - 12 = 18."]),
     B("So she has nineteen apples left.", "sentence_wrong_number_word", raw=True)],
    extra=["flip", "trunc", "selfcorrect"]))

A(P("gsm8k_like", "math", "en",
    "A cookie recipe uses 3/4 cup of sugar per batch. Jenna is making 5 batches for a bake sale. How many cups of sugar does she need in total?",
    ["3 3/4 cups", "\\dfrac{15}{4}", "3.75"],
    ["Each batch needs $\\tfrac{3}{4}$ cup of sugar, and there are 5 batches.",
     "Total sugar $= 5 \\times \\tfrac{3}{4} = \\tfrac{15}{4}$ cups.",
     "Converting to a mixed number: $15 \\div 4 = 3$ remainder $3$, so $\\tfrac{15}{4} = 3\\tfrac{3}{4}$ cups, which is $3.75$ cups as a decimal."],
    [G("3.75 cups", "decimal_vs_mixed_ref"), G("\\tfrac{15}{4}\\text{ cups}", "tfrac_with_text_unit"),
     G("3¾ cups", "unicode_fraction_mixed"), G("She needs three and three-quarter cups of sugar.", "words_mixed_number", raw=True),
     G("3 \\frac{3}{4}", "latex_mixed_number")],
    [B("3/4 cup", "per_batch_not_total"), B("3.5 cups", "near_miss_decimal"), B("4 cups", "rounded_up")],
    extra=["two", "selfcorrect"]))

A(P("gsm8k_like", "math", "en",
    "A shirt is priced at $40. It is on sale for 15% off, and then an 8% sales tax is applied to the sale price. What is the final price of the shirt?",
    ["$36.72", "36.72"],
    ["Discount: 15% of \\$40 is 0.15 × 40 = \\$6, so the sale price is 40 − 6 = \\$34.",
     "Tax is applied to the sale price, not the original price: 8% of \\$34 = 0.08 × 34 = \\$2.72.",
     "Final price = 34 + 2.72 = \\$36.72."],
    [G("\\$36.72", "money_escaped_dollar"), G("36.72 dollars", "money_words_unit"),
     G("The shirt costs $36.72 after discount and tax.", "sentence_money", raw=True), G("$36.72", "bare_money", bare=True)],
    [B("$34.00", "forgot_tax"), B("$37.20", "net_percent_shortcut_wrong", steps=["The discount is 15% and the tax is 8%, so the net change is −15% + 8% = −7%.", "0.93 × 40 = 37.20."]),
     B("$3672", "scale_error_cents")],
    extra=["flip", "two"]))

A(P("gsm8k_like", "math", "en",
    "A train departs at 9:45 AM and the trip takes 2 hours 50 minutes. At what time does the train arrive?",
    ["12:35 PM", "12:35 p.m."],
    ["Start at 9:45 AM.", "Adding 2 hours gives 11:45 AM.",
     "Adding the remaining 50 minutes: 11:45 + 0:15 = 12:00 noon, and then 35 more minutes gives 12:35 PM."],
    [G("12:35 p.m.", "time_pm_lower"), G("12:35 in the afternoon", "time_words"), G("12:35 PM", "time_plain")],
    [B("12:35 AM", "am_pm_error"), B("1:35 PM", "off_by_hour"), B("11:35 AM", "subtracted_hour")],
    extra=["trunc", "selfcorrect"]))

A(P("gsm8k_like", "math", "en",
    "The price of a concert ticket rose from $80 to $100. By what percent did the price increase?",
    ["25%", "25\\%"],
    ["The increase is 100 − 80 = \\$20.",
     "Percent increase is measured relative to the ORIGINAL price: 20 / 80 = 0.25.",
     "0.25 = 25%. So the price went up by 25%."],
    [G("25%", "percent_plain"), G("25 percent", "percent_word"), G("25\\%", "latex_percent"),
     G("an increase of twenty-five percent", "percent_number_word")],
    [B("20%", "divided_by_new_value", steps=["The increase is $20.", "Relative to the price: 20/100 = 0.2."]),
     B("0.25%", "fraction_as_percent_scale"), B("$20", "absolute_not_percent")],
    extra=["flip", "selfcorrect", "refuse"]))

A(P("math_like", "math", "en",
    "Solve the equation $x^2 + x - 6 = 0$.",
    ["x=2 or x=-3", "x = -3, 2", "\\{-3, 2\\}"],
    ["We look for two numbers whose product is $-6$ and whose sum is $1$: these are $3$ and $-2$.",
     "So $x^2 + x - 6 = (x+3)(x-2)$.",
     "Setting each factor to zero: $x + 3 = 0 \\Rightarrow x = -3$, and $x - 2 = 0 \\Rightarrow x = 2$. So the solutions are $x=-3$ and $x=2$."],
    [G("x = -3 \\text{ or } x = 2", "roots_text_or"), G("\\{-3,\\ 2\\}", "roots_as_set"), G("x₁ = 2, x₂ = −3", "roots_subscript_unicode_minus"),
     G("2, -3", "roots_list_reordered")],
    [B("x = 2", "missing_root"), B("x = -2 \\text{ or } x = 3", "sign_flipped_roots"), B("(x+3)(x-2)", "factored_not_solved")],
    extra=["flip", "two"]))

A(P("math_like", "math", "en",
    "Find all real numbers $x$ satisfying $|2x - 1| < 5$. Express your answer in interval notation.",
    ["(-2, 3)", "-2 < x < 3"],
    ["$|2x-1| < 5$ is equivalent to $-5 < 2x - 1 < 5$.",
     "Add 1 throughout: $-4 < 2x < 6$.",
     "Divide by 2: $-2 < x < 3$, i.e. the open interval $(-2, 3)$. The endpoints are excluded because the inequality is strict."],
    [G("\\left( -2,\\, 3 \\right)", "left_right_thinspace"), G("-2<x<3", "inequality_vs_interval"), G("x \\in (−2, 3)", "in_interval_unicode_minus")],
    [B("[-2, 3]", "closed_vs_open"), B("(-3, 2)", "swapped_signs"), B("x < 3", "half_interval")],
    extra=["trunc", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Solve the system: $2x + y = 3$ and $x - y = 3$. Give your answer as an ordered pair $(x, y)$.",
    ["(2, -1)", "x=2, y=-1"],
    ["Add the two equations to eliminate $y$: $(2x + y) + (x - y) = 3 + 3$, so $3x = 6$.",
     "Hence $x = 2$.",
     "Substitute into $x - y = 3$: $2 - y = 3 \\Rightarrow y = -1$. Check in the first equation: $2(2) + (-1) = 3$ ✓. So $(x,y) = (2,-1)$."],
    [G("(2,\\,-1)", "pair_thinspace"), G("x = 2, y = −1", "pair_as_assignments"), G("\\left(2, -1\\right)", "pair_left_right")],
    [B("(-1, 2)", "pair_swapped_order"), B("(2, 1)", "pair_sign_error")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Find the inverse of the matrix $A = \\begin{pmatrix} 2 & 1 \\\\ 5 & 3 \\end{pmatrix}$.",
    ["\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}", "[[3, -1], [-5, 2]]"],
    ["For a $2\\times 2$ matrix $\\begin{pmatrix} a & b \\\\ c & d\\end{pmatrix}$, the inverse is $\\frac{1}{ad-bc}\\begin{pmatrix} d & -b \\\\ -c & a\\end{pmatrix}$.",
     "Here $\\det A = 2\\cdot 3 - 1 \\cdot 5 = 6 - 5 = 1$.",
     "So $A^{-1} = \\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}$. Check: $A A^{-1} = \\begin{pmatrix} 6-5 & -2+2 \\\\ 15-15 & -5+6\\end{pmatrix} = I$ ✓."],
    [G("\\begin{bmatrix} 3 & -1 \\\\ -5 & 2 \\end{bmatrix}", "bmatrix_vs_pmatrix"), G("[[3, -1], [-5, 2]]", "matrix_list_form"),
     G("\\dfrac{1}{1}\\begin{pmatrix} 3 & -1 \\\\ -5 & 2 \\end{pmatrix}", "matrix_with_unit_scalar")],
    [B("\\begin{pmatrix} 3 & -5 \\\\ -1 & 2 \\end{pmatrix}", "transposed_matrix"), B("\\begin{pmatrix} 3 & 1 \\\\ 5 & 2 \\end{pmatrix}", "missing_sign_changes")],
    extra=["trunc", "two"]))

A(P("math_like", "math", "en",
    "Simplify $\\sqrt{50} + \\sqrt{18}$.",
    ["8\\sqrt{2}"],
    ["$\\sqrt{50} = \\sqrt{25 \\cdot 2} = 5\\sqrt{2}$.", "$\\sqrt{18} = \\sqrt{9\\cdot 2} = 3\\sqrt{2}$.",
     "Adding like radicals: $5\\sqrt{2} + 3\\sqrt{2} = 8\\sqrt{2}$."],
    [G("8√2", "unicode_radical"), G("8\\sqrt2", "sqrt_no_braces"), G("8 \\cdot \\sqrt{2}", "cdot_radical")],
    [B("\\sqrt{68}", "added_radicands"), B("8\\sqrt{3}", "wrong_radicand"), B("16\\sqrt{2}", "doubled")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "A circle has a diameter of 10 cm. What is its exact area?",
    ["25\\pi \\text{ cm}^2", "25π cm²"],
    ["The radius is half the diameter: $r = 5$ cm.", "Area $= \\pi r^2 = \\pi \\cdot 5^2$.",
     "$= 25\\pi$ cm². (Numerically about 78.5 cm², but the question asks for the exact value.)"],
    [G("25\\pi\\ \\text{cm}^2", "pi_latex_unit"), G("25π cm²", "pi_unicode_superscript"), G("2500\\pi \\text{ mm}^2", "unit_conversion_mm2")],
    [B("10\\pi \\text{ cm}", "circumference_instead_of_area"), B("100\\pi \\text{ cm}^2", "diameter_as_radius"),
     B("78.54 cm²", "decimal_when_exact_asked", full=True)],
    extra=["trunc", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Find the equation of the line passing through the points $(1, 2)$ and $(3, 8)$. Write it in slope-intercept form.",
    ["y = 3x - 1", "y=3x-1"],
    ["Slope: $m = \\frac{8 - 2}{3 - 1} = \\frac{6}{2} = 3$.",
     "Point-slope form with $(1,2)$: $y - 2 = 3(x - 1)$.",
     "Expanding: $y = 3x - 3 + 2 = 3x - 1$. Check with $(3,8)$: $3\\cdot 3 - 1 = 8$ ✓."],
    [G("y = 3x − 1", "unicode_minus_line"), G("y=3x-1", "compact_line"), G("y = -1 + 3x", "reordered_terms")],
    [B("y = 3x + 1", "intercept_sign_error"), B("y = \\tfrac{1}{3}x + \\tfrac{5}{3}", "inverted_slope"), B("3", "slope_only")],
    extra=["flip", "two"]))

A(P("math_like", "math", "en",
    "Find the smallest positive solution of $\\sin x = \\frac{1}{2}$, in radians.",
    ["\\frac{\\pi}{6}", "π/6"],
    ["We need $\\sin x = 1/2$ with $x > 0$.", "On $[0, 2\\pi)$ the solutions are $x = \\pi/6$ and $x = 5\\pi/6$.",
     "The smallest positive one is $x = \\dfrac{\\pi}{6}$."],
    [G("\\dfrac{\\pi}{6}", "dfrac_pi"), G("π/6", "unicode_pi_slash"), G("x = \\frac{\\pi}{6}", "with_variable")],
    [B("\\frac{5\\pi}{6}", "second_solution_not_smallest", full=True), B("\\frac{\\pi}{3}", "cos_confusion"), B("30", "degrees_number_without_unit_radians_asked")],
    extra=["trunc", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Light travels at approximately $3.0 \\times 10^8$ m/s. How far does light travel in 5 minutes? Give your answer in kilometers.",
    ["9 \\times 10^7 \\text{ km}", "90,000,000 km"],
    ["5 minutes = 5 × 60 = 300 s.", "Distance = speed × time = $3.0\\times10^8 \\times 300 = 9.0\\times 10^{10}$ m.",
     "Convert to kilometers: divide by 1000 → $9.0 \\times 10^{7}$ km."],
    [G("9.0 \\times 10^{7}\\ \\text{km}", "sci_latex_km"), G("9 × 10⁷ km", "sci_unicode_superscript"),
     G("90,000,000 km", "comma_grouped_integer"), G("9e7 km", "e_notation")],
    [B("9 \\times 10^{10} \\text{ km}", "forgot_m_to_km"), B("1.5 \\times 10^{6} \\text{ km}", "used_5_seconds")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "A car travels 150 km in 2.5 hours at constant speed. What is its speed in meters per second, rounded to one decimal place?",
    ["16.7 m/s"],
    ["Speed in km/h: 150 / 2.5 = 60 km/h.", "Convert: 1 km/h = 1000 m / 3600 s = 5/18 m/s.",
     "60 × 5/18 = 300/18 = 16.666... m/s ≈ 16.7 m/s."],
    [G("16.7 m/s", "rounded_decimal_unit"), G("≈ 16.7 m·s⁻¹", "unit_negative_exponent")],
    [B("60 m/s", "wrong_unit_label"), B("16.6 m/s", "truncated_not_rounded"), B("4.6 m/s", "divided_by_3600_only_wrong")],
    extra=["trunc", "two"]))

A(P("aime_like", "math", "en",
    "Find the remainder when $2^{100}$ is divided by $7$.",
    ["2", "002", "Since $2^3 \\equiv 1 \\pmod 7$ and $100 = 3\\cdot 33 + 1$, $2^{100} \\equiv 2$. Answer: $\\boxed{2}$"],
    ["Powers of 2 modulo 7: $2^1 = 2$, $2^2 = 4$, $2^3 = 8 \\equiv 1$.",
     "So the powers cycle with period 3. Since $100 = 3\\cdot 33 + 1$, $2^{100} = (2^3)^{33}\\cdot 2 \\equiv 1^{33}\\cdot 2$.",
     "Therefore $2^{100} \\equiv 2 \\pmod 7$."],
    [G("002", "aime_padded"), G("\\boxed{2}", "boxed_only", bare=True), G("2", "plain_integer")],
    [B("4", "off_by_one_exponent"), B("1", "cycle_misread")],
    extra=["flip", "selfcorrect"]))

A(P("aime_like", "math", "en",
    "How many positive divisors does $720$ have?",
    ["30", "720 = 2^4 · 3^2 · 5, so the count is (4+1)(2+1)(1+1) = 30."],
    ["Prime factorization: $720 = 2^4 \\cdot 3^2 \\cdot 5$.",
     "The number of divisors is the product of (exponent + 1): $(4+1)(2+1)(1+1)$.",
     "$= 5 \\cdot 3 \\cdot 2 = 30$."],
    [G("30", "plain_integer"), G("thirty", "number_word"), G("720 has 30 positive divisors.", "sentence_answer", raw=True)],
    [B("28", "excluded_1_and_itself"), B("24", "miscounted_divisors")],
    extra=["trunc", "two", "refuse"]))

A(P("aime_like", "math", "en",
    "In how many distinct ways can the letters of the word BANANA be arranged?",
    ["60"],
    ["BANANA has 6 letters: B ×1, A ×3, N ×2.",
     "Arrangements of a multiset: $\\frac{6!}{3!\\,2!\\,1!}$.",
     "$= \\frac{720}{6 \\cdot 2} = 60$."],
    [G("60", "plain_integer"), G("sixty", "number_word"), G("060", "aime_padded")],
    [B("720", "ignored_repeats"), B("120", "divided_by_3!_only")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Factor completely: $x^3 - 8$.",
    ["(x-2)(x^2+2x+4)"],
    ["This is a difference of cubes: $a^3 - b^3 = (a-b)(a^2+ab+b^2)$ with $a = x$, $b = 2$.",
     "So $x^3 - 8 = (x - 2)(x^2 + 2x + 4)$.",
     "The quadratic $x^2+2x+4$ has discriminant $4 - 16 < 0$, so it doesn't factor over the reals. Final: $(x-2)(x^2+2x+4)$."],
    [G("(x − 2)(x² + 2x + 4)", "unicode_superscript_factor"), G("(x^2+2x+4)(x-2)", "factor_order_swapped"),
     G("\\left(x-2\\right)\\left(x^{2}+2x+4\\right)", "left_right_factors")],
    [B("(x-2)(x^2-2x+4)", "sum_of_cubes_sign"), B("(x-2)^3", "binomial_cube_confusion")],
    extra=["trunc", "two"]))

A(P("math_like", "math", "en",
    "Simplify $\\dfrac{a^2 - b^2}{a - b}$ for $a \\neq b$.",
    ["a+b"],
    ["Numerator is a difference of squares: $a^2 - b^2 = (a-b)(a+b)$.",
     "Since $a \\ne b$, we can cancel the factor $a - b$.",
     "Result: $a + b$."],
    [G("a + b", "plain_expr"), G("b+a", "commuted_expr")],
    [B("a - b", "wrong_factor_kept"), B("(a-b)(a+b)", "numerator_only")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "For which real values of $k$ does the equation $x^2 + kx + 9 = 0$ have two distinct real roots?",
    ["k<-6 \\text{ or } k>6", "(-\\infty,-6)\\cup(6,\\infty)"],
    ["Two distinct real roots requires the discriminant to be strictly positive: $\\Delta = k^2 - 4\\cdot 1 \\cdot 9 > 0$.",
     "So $k^2 > 36$.",
     "That means $|k| > 6$, i.e. $k < -6$ or $k > 6$."],
    [G("(-\\infty, -6) \\cup (6, +\\infty)", "union_intervals"), G("|k| > 6", "absolute_value_form"), G("k < −6 or k > 6", "text_or_unicode_minus")],
    [B("k > 6", "missing_negative_branch"), B("-6 < k < 6", "inverted_region"), B("k \\le -6 \\text{ or } k \\ge 6", "included_endpoints")],
    extra=["trunc", "two"]))

A(P("math_like", "math", "en",
    "Solve $ax = 2$ for $x$, discussing all cases of the real parameter $a$.",
    ["If a ≠ 0, x = 2/a; if a = 0, there is no solution."],
    ["This is a linear equation in $x$ whose coefficient depends on $a$, so we split into cases.",
     "Case $a \\neq 0$: divide both sides by $a$ to get $x = \\dfrac{2}{a}$.",
     "Case $a = 0$: the equation becomes $0 = 2$, which is false, so there is no solution. Summary: $x = 2/a$ when $a \\ne 0$; no solution when $a = 0$."],
    [G("x = \\frac{2}{a} \\text{ for } a \\neq 0;\\ \\text{no solution for } a = 0", "piecewise_complete"),
     G("When a = 0 there are no solutions; otherwise x = 2/a.", "piecewise_sentence", raw=True)],
    [B("x = \\frac{2}{a}", "missing_case_a_zero"), B("x = 2/a for a ≠ 0; every real x when a = 0", "wrong_degenerate_case")],
    extra=["flip"]))

A(P("math_like", "math", "en",
    "Let $f(x) = x^2 - 3x$. (a) Compute $f(2)$. (b) Solve $f(x) = 0$.",
    ["(a) -2 (b) x = 0 or x = 3"],
    ["(a) $f(2) = 2^2 - 3\\cdot 2 = 4 - 6 = -2$.",
     "(b) $x^2 - 3x = x(x-3) = 0$.",
     "So $x = 0$ or $x = 3$. Summary: (a) $-2$; (b) $x \\in \\{0, 3\\}$."],
    [G("(a) f(2) = −2; (b) x = 0 or x = 3", "multipart_both_right"), G("(a) $-2$ (b) $\\{0, 3\\}$", "multipart_set_form")],
    [B("(a) −2; (b) x = 3", "multipart_b_missing_root", full=True), B("(a) 2; (b) x = 0 or x = 3", "multipart_a_sign_error"),
     B("(a) -2", "multipart_b_omitted", full=True)],
    extra=["trunc"]))

A(P("math_like", "math", "en",
    "Compute the cross product $\\mathbf{u} \\times \\mathbf{v}$ where $\\mathbf{u} = (1, 2, 3)$ and $\\mathbf{v} = (4, 5, 6)$.",
    ["(-3, 6, -3)", "\\begin{pmatrix}-3\\\\6\\\\-3\\end{pmatrix}"],
    ["$\\mathbf{u}\\times\\mathbf{v} = (u_2v_3 - u_3v_2,\\ u_3v_1 - u_1v_3,\\ u_1v_2 - u_2v_1)$.",
     "Components: $2\\cdot 6 - 3\\cdot 5 = -3$; $3\\cdot 4 - 1\\cdot 6 = 6$; $1\\cdot 5 - 2\\cdot 4 = -3$.",
     "So $\\mathbf{u}\\times\\mathbf{v} = (-3, 6, -3)$. Check: dot with $\\mathbf{u}$: $-3 + 12 - 9 = 0$ ✓."],
    [G("\\langle -3, 6, -3 \\rangle", "angle_bracket_vector"), G("-3\\mathbf{i} + 6\\mathbf{j} - 3\\mathbf{k}", "ijk_form"),
     G("\\begin{pmatrix} -3 \\\\ 6 \\\\ -3 \\end{pmatrix}", "column_vector")],
    [B("(3, -6, 3)", "reversed_order_v_cross_u"), B("(-3, -6, -3)", "middle_sign_error")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Two fair six-sided dice are rolled. What is the probability that the sum is 7?",
    ["\\frac{1}{6}", "1/6"],
    ["There are $6 \\times 6 = 36$ equally likely outcomes.",
     "Sum 7: (1,6), (2,5), (3,4), (4,3), (5,2), (6,1) — 6 outcomes.",
     "Probability $= 6/36 = 1/6$."],
    [G("\\dfrac{1}{6}", "dfrac"), G("one sixth", "fraction_words"), G("6/36", "unreduced_fraction"), G("1/6 ≈ 0.1667", "fraction_with_approx")],
    [B("\\frac{1}{36}", "single_outcome"), B("\\frac{7}{36}", "numerator_as_sum"), B("1/12", "unordered_pairs_error")],
    extra=["trunc", "two"]))

A(P("gsm8k_like", "math", "en",
    "Compute $3\\frac{1}{2} + 2\\frac{2}{3}$. Write the answer as a mixed number.",
    ["6\\frac{1}{6}", "6 1/6"],
    ["Convert to improper fractions: $3\\tfrac12 = \\tfrac72$, $2\\tfrac23 = \\tfrac83$.",
     "Common denominator 6: $\\tfrac{21}{6} + \\tfrac{16}{6} = \\tfrac{37}{6}$.",
     "$\\tfrac{37}{6} = 6\\tfrac{1}{6}$."],
    [G("6 1/6", "mixed_plain"), G("6\\tfrac{1}{6}", "tfrac_mixed"), G("6⅙", "unicode_vulgar_fraction")],
    [B("5 3/5", "added_numerators_denominators"), B("6 1/5", "near_miss_denominator")],
    extra=["flip", "selfcorrect"]))

A(P("gsm8k_like", "math", "en",
    "What calendar date is 45 days after March 30, 2026?",
    ["May 14, 2026", "2026-05-14"],
    ["March has 31 days, so March 31 is 1 day after March 30.",
     "April has 30 days, so April 30 is 1 + 30 = 31 days after March 30.",
     "We need 45 − 31 = 14 more days into May, giving May 14, 2026."],
    [G("May 14, 2026", "date_us"), G("14 May 2026", "date_european_order"), G("2026-05-14", "date_iso"), G("Thursday, May 14, 2026", "date_with_weekday")],
    [B("May 15, 2026", "off_by_one_day"), B("May 13, 2026", "off_by_one_day_early"), B("April 14, 2026", "wrong_month")],
    extra=["trunc", "two"]))

A(P("gsm8k_like", "math", "en",
    "Tom earns $18 per hour. He works 7.5 hours a day, 5 days a week. How much does he earn per week?",
    ["675", "$675"],
    ["Hours per week: 7.5 × 5 = 37.5 hours.", "Daily pay would be 18 × 7.5 = \\$135.",
     "Weekly pay: 18 × 37.5 = \\$675 (equivalently 135 × 5)."],
    [G("$675.00", "money_cents"), G("675 dollars", "money_word"), G("Tom earns $675 each week.", "sentence_money", raw=True)],
    [B("$135", "daily_not_weekly", full=True), B("$67.50", "decimal_shift"), B("$630", "used_7_hours")],
    extra=["flip", "selfcorrect", "refuse"]))

A(P("math_like", "math", "en",
    "Find the sum of the infinite geometric series $1 + \\frac{1}{3} + \\frac{1}{9} + \\frac{1}{27} + \\cdots$.",
    ["\\frac{3}{2}", "1.5"],
    ["First term $a = 1$, common ratio $r = \\tfrac13$, and $|r| < 1$ so the series converges.",
     "$S = \\dfrac{a}{1 - r} = \\dfrac{1}{1 - 1/3}$.",
     "$= \\dfrac{1}{2/3} = \\dfrac{3}{2}$."],
    [G("1.5", "decimal"), G("1½", "unicode_half_mixed"), G("\\tfrac{3}{2}", "tfrac")],
    [B("\\frac{2}{3}", "reciprocal"), B("3", "used_r_as_denominator")],
    extra=["trunc", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Solve $\\log_2 x + \\log_2 (x - 2) = 3$.",
    ["x = 4", "4"],
    ["Domain: need $x > 0$ and $x - 2 > 0$, so $x > 2$.",
     "Combine: $\\log_2[x(x-2)] = 3 \\Rightarrow x^2 - 2x = 8 \\Rightarrow x^2 - 2x - 8 = 0 \\Rightarrow (x-4)(x+2) = 0$.",
     "Candidates $x = 4$ and $x = -2$; only $x = 4$ satisfies $x > 2$. So $x = 4$."],
    [G("x=4", "with_variable"), G("4", "plain")],
    [B("x = 4 \\text{ or } x = -2", "extraneous_root_kept"), B("x = -2", "wrong_root")],
    extra=["flip", "two"]))

A(P("gsm8k_like", "math", "en",
    "A rectangle has a perimeter of 26 cm and a length of 8 cm. What is its area?",
    ["40 cm^2", "40"],
    ["Perimeter $= 2(L + W) = 26$, so $L + W = 13$.", "With $L = 8$: $W = 5$ cm.",
     "Area $= L \\times W = 8 \\times 5 = 40$ cm²."],
    [G("40 cm²", "area_unit_superscript"), G("4000 mm²", "unit_conversion_area"), G("40\\,\\text{cm}^2", "thin_space_text_unit")],
    [B("26 cm", "perimeter_instead_of_area"), B("0.4 m²", "area_conversion_scale_error"), B("13 cm", "half_perimeter")],
    extra=["trunc", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Evaluate $\\displaystyle \\int_0^{\\pi} \\sin x \\, dx$.",
    ["2"],
    ["An antiderivative of $\\sin x$ is $-\\cos x$.", "So the integral is $[-\\cos x]_0^{\\pi} = -\\cos\\pi - (-\\cos 0)$.",
     "$= -(-1) + 1 = 2$."],
    [G("2", "plain"), G("2.0", "trailing_zero_decimal")],
    [B("0", "sign_error_cancel"), B("-2", "negated")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Find the derivative of $f(x) = x^2 e^{3x}$.",
    ["e^{3x}(3x^2 + 2x)", "(2x + 3x^2)e^{3x}"],
    ["Product rule: $(uv)' = u'v + uv'$ with $u = x^2$, $v = e^{3x}$.",
     "$u' = 2x$ and $v' = 3e^{3x}$ (chain rule).",
     "$f'(x) = 2x e^{3x} + 3x^2 e^{3x} = x e^{3x}(3x + 2)$."],
    [G("xe^{3x}(3x+2)", "factored_derivative"), G("2xe^{3x} + 3x^2e^{3x}", "expanded_derivative"), G("e^{3x}\\left(3x^{2}+2x\\right)", "left_right_derivative")],
    [B("2x e^{3x}", "missed_chain_term"), B("6x e^{3x}", "multiplied_derivatives"), B("x e^{3x}(2x + 3)", "swapped_coefficients")],
    extra=["trunc", "two"]))

A(P("gsm8k_like", "math", "en",
    "A tank holds 2.4 liters of water. How many milliliters is that? Then, if 350 mL are poured out, how many milliliters remain?",
    ["2050 mL", "2050"],
    ["1 liter = 1000 mL, so 2.4 L = 2400 mL.", "Pour out 350 mL.", "2400 − 350 = 2050 mL remain."],
    [G("2050 mL", "ml_unit"), G("2,050 milliliters", "comma_word_unit")],
    [B("2400 mL", "answered_first_subquestion_only", full=True), B("2.05 mL", "unit_scale_error"), B("2050 L", "wrong_unit_liters")],
    extra=["flip", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Convert $135^\\circ$ to radians.",
    ["\\frac{3\\pi}{4}"],
    ["Use $180^\\circ = \\pi$ rad.", "$135^\\circ = 135 \\cdot \\frac{\\pi}{180}$.", "$= \\frac{135}{180}\\pi = \\frac{3\\pi}{4}$ rad."],
    [G("\\frac{3\\pi}{4}\\text{ rad}", "radians_with_unit"), G("3π/4", "unicode_pi"), G("0.75\\pi", "decimal_pi_coefficient")],
    [B("\\frac{4\\pi}{3}", "inverted_fraction"), B("\\frac{3\\pi}{2}", "wrong_denominator")],
    extra=["trunc", "selfcorrect"]))

A(P("math_like", "math", "en",
    "Find the center and radius of the circle $x^2 + y^2 - 4x + 6y - 12 = 0$.",
    ["center (2, -3), radius 5"],
    ["Complete the square: $x^2 - 4x = (x-2)^2 - 4$ and $y^2 + 6y = (y+3)^2 - 9$.",
     "So $(x-2)^2 + (y+3)^2 - 4 - 9 - 12 = 0 \\Rightarrow (x-2)^2 + (y+3)^2 = 25$.",
     "Center $(2, -3)$, radius $\\sqrt{25} = 5$."],
    [G("Center: (2, −3); radius: 5", "multipart_center_radius"), G("(x-2)^2+(y+3)^2=25, so the center is (2,-3) and r = 5", "equation_plus_parts")],
    [B("center (-2, 3), radius 5", "center_sign_flipped"), B("center (2, -3), radius 25", "radius_squared_not_rooted")],
    extra=["flip", "two"]))

# ---------------- Chinese math (gaokao-like / primary school) ----------------
A(P("gaokao_math_like", "math", "zh",
    "已知集合 A={x | x²−3x+2=0}，B={1，3}，求 A∪B。",
    ["\\{1,2,3\\}", "{1，2，3}"],
    ["解方程 x²−3x+2=0，即 (x−1)(x−2)=0，得 x=1 或 x=2，所以 A={1，2}。",
     "B={1，3}。并集是把两个集合的元素合在一起（重复的只写一次）。",
     "所以 A∪B={1，2，3}。"],
    [G("{1，2，3}", "set_fullwidth_comma"), G("\\{1, 2, 3\\}", "set_latex"), G("A∪B={3，1，2}", "set_reordered")],
    [B("{1}", "intersection_not_union"), B("{1，2}", "set_A_only")],
    extra=["flip", "selfcorrect"]))

A(P("gaokao_math_like", "math", "zh",
    "函数 f(x)=x²−4x+3 在区间 [0，3] 上的最小值是多少？",
    ["-1", "−1"],
    ["f(x)=x²−4x+3=(x−2)²−1，对称轴为 x=2。",
     "因为 2∈[0，3]，抛物线开口向上，所以最小值在顶点处取得。",
     "最小值为 f(2)=4−8+3=−1。"],
    [G("−1", "unicode_minus"), G("最小值为 -1", "chinese_phrase_value"), G("f(x)_{\\min}=-1", "latex_min_subscript")],
    [B("0", "endpoint_value_not_min"), B("3", "value_at_zero"), B("2", "argmin_not_min_value", full=True)],
    extra=["trunc", "two"]))

A(P("gaokao_math_like", "math", "zh",
    "在等差数列 {aₙ} 中，a₁=2，公差 d=3，求前 10 项和 S₁₀。",
    ["155", "S_{10}=155", "S₁₀=10×2+10×9×3÷2=20+135=155"],
    ["等差数列前 n 项和公式：Sₙ = n·a₁ + n(n−1)d/2。",
     "代入 n=10：S₁₀ = 10×2 + 10×9×3/2 = 20 + 135。",
     "所以 S₁₀ = 155。"],
    [G("155", "plain"), G("S₁₀＝155", "fullwidth_equals_subscript"), G("一百五十五", "chinese_number_word")],
    [B("29", "nth_term_not_sum", steps=["通项 aₙ=a₁+(n−1)d。", "a₁₀=2+9×3=29。"]), B("165", "arith_error")],
    extra=["flip", "selfcorrect"]))

A(P("gaokao_math_like", "math", "zh",
    "已知复数 z=(1+i)/(1−i)，其中 i 为虚数单位，则 z=（  ）",
    ["i"],
    ["分子分母同乘 (1+i)：z=(1+i)²/[(1−i)(1+i)]。",
     "(1+i)²=1+2i+i²=2i，(1−i)(1+i)=1−i²=2。",
     "所以 z=2i/2=i。"],
    [G("i", "plain"), G("z=i", "with_variable"), G("0+1·i", "expanded_complex")],
    [B("−i", "sign_error"), B("1", "real_part_confused")],
    extra=["trunc", "selfcorrect"]))

A(P("gaokao_math_like", "math", "zh",
    "函数 y=sin2x 的最小正周期是多少？",
    ["\\pi", "π"],
    ["正弦型函数 y=sin(ωx) 的最小正周期 T=2π/|ω|。", "这里 ω=2。", "T=2π/2=π。"],
    [G("π", "unicode_pi"), G("\\pi", "latex_pi"), G("最小正周期为 π", "chinese_phrase")],
    [B("2π", "forgot_omega"), B("π/2", "halved_twice")],
    extra=["flip", "two"]))

A(P("gaokao_math_like", "math", "zh",
    "双曲线 x²/4 − y²/5 = 1 的离心率为多少？",
    ["\\dfrac{3}{2}", "3/2"],
    ["由方程知 a²=4，b²=5，所以 a=2。", "双曲线中 c²=a²+b²=9，c=3。", "离心率 e=c/a=3/2。"],
    [G("\\dfrac{3}{2}", "dfrac"), G("1.5", "decimal"), G("e＝3/2", "fullwidth_equals")],
    [B("\\frac{\\sqrt{5}}{2}", "used_b_over_a"), B("\\frac{1}{2}", "ellipse_formula_c2_a2_minus_b2")],
    extra=["trunc", "selfcorrect"]))

A(P("gaokao_math_like", "math", "zh",
    "解不等式 x²−x−2>0，并用区间表示解集。",
    ["(-\\infty,-1)\\cup(2,+\\infty)", "{x | x<-1 或 x>2}"],
    ["x²−x−2=(x−2)(x+1)，零点为 x=−1 和 x=2。", "二次函数开口向上，大于零的部分在两根之外。",
     "所以解集为 (−∞，−1)∪(2，+∞)。"],
    [G("(−∞，−1)∪(2，+∞)", "interval_fullwidth_comma"), G("{x | x<−1 或 x>2}", "set_builder_chinese_or"), G("x<-1或x>2", "inequality_chinese_or")],
    [B("(−1，2)", "inverted_region"), B("(-\\infty,-2)\\cup(1,+\\infty)", "roots_sign_swapped")],
    extra=["flip", "two"]))

A(P("gaokao_math_like", "math", "zh",
    "小明有 48 元，买了 3 本笔记本，每本 9.5 元。他还剩多少元？",
    ["19.5元", "19.5"],
    ["3 本笔记本共花费 3×9.5=28.5（元）。", "剩下的钱 = 原有的钱 − 花费。", "48−28.5=19.5（元）。答：还剩 19.5 元。"],
    [G("19.5元", "yuan_unit"), G("19元5角", "yuan_jiao_mixed_units"), G("他还剩十九点五元。", "chinese_number_sentence", raw=True)],
    [B("28.5元", "spent_not_remaining", full=True), B("20.5元", "arith_error"), B("195元", "decimal_point_lost")],
    extra=["trunc", "selfcorrect", "refuse"]))

A(P("gaokao_math_like", "math", "zh",
    "已知向量 a=(1，2)，b=(3，−1)，求 a·b 以及 |a+b|。",
    ["a·b=1，|a+b|=√17"],
    ["数量积 a·b=1×3+2×(−1)=3−2=1。", "a+b=(4，1)。", "|a+b|=√(4²+1²)=√17。所以 a·b=1，|a+b|=√17。"],
    [G("a·b=1，|a+b|=√17", "multipart_both"), G("1；\\sqrt{17}", "multipart_latex_semicolon")],
    [B("a·b=1，|a+b|=17", "forgot_square_root"), B("a·b=5，|a+b|=√17", "dot_product_sign_error")],
    extra=["flip", "two"]))

A(P("gaokao_math_like", "math", "zh",
    "某商品原价 200 元，先提价 10%，再降价 10%，现价是多少元？",
    ["198元", "198"],
    ["提价 10% 后：200×(1+10%)=220（元）。", "再降价 10%，降价是在 220 元的基础上：220×(1−10%)。", "=220×0.9=198（元）。"],
    [G("198元", "yuan_unit"), G("198", "plain"), G("现价为一百九十八元", "chinese_number_word")],
    [B("200元", "assumed_cancel_out", steps=["先提价 10% 再降价 10%，两者抵消。"]), B("202元", "wrong_direction")],
    extra=["trunc", "selfcorrect"]))

A(P("gaokao_math_like", "math", "zh",
    "已知函数 f(x)= { x+1, x≤0；x², x>0 }，求 f(f(−2)) 的值。",
    ["0", "f(f(-2))=0"],
    ["先算内层：−2≤0，所以 f(−2)=−2+1=−1。", "再算外层：注意 −1≤0，仍然用第一段，f(−1)=−1+1。",
     "所以 f(f(−2))=f(−1)=0。"],
    [G("0", "plain"), G("f(f(−2))＝0", "fullwidth_equals"), G("零", "chinese_number_word")],
    [B("1", "wrong_branch_used"), B("4", "used_square_branch_on_negative")],
    extra=["flip"]))
