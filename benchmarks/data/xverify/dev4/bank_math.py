# -*- coding: utf-8 -*-
"""Math problems for dev4. Each problem: dict with
q, ds, lang, ref, setup (neutral reasoning, no final value), fin (finishing step reaching the answer),
check (verification text for the correct answer), good [(answer_form, trap)], bad [(answer_form, trap, wrong_finish or None)].
wrong_finish None => the reasoning is the correct one but the committed answer differs (mismatch trap)."""

M = []


def P(**kw):
    M.append(kw)


P(ds="gsm8k_like", lang="en",
  q="A bakery bakes 3 trays of cookies with 24 cookies on each tray. By closing time it has sold 5/8 of the cookies. How many cookies are left unsold?",
  ref="27",
  setup="First find the total number of cookies baked. There are 3 trays and each tray holds 24 cookies, so the total is 3 × 24 = 72 cookies.\n\nNext, the bakery sells 5/8 of them. Five eighths of 72: 72 ÷ 8 = 9, and 9 × 5 = 45 cookies sold.",
  fin="The question asks for the cookies that are left, not the ones sold. Left = 72 − 45 = 27. Equivalently, 3/8 of 72 remain, and 3 × 9 = 27.",
  check="Sold + left = 45 + 27 = 72, which matches the total baked, and 27/72 = 3/8 = 1 − 5/8. Consistent.",
  good=[("27", "plain_integer"), ("27 cookies", "integer_with_unit_word"), ("twenty-seven", "number_word")],
  bad=[("45", "answered_sold_not_left", "The question is about the cookies sold at 5/8 of the stock, so the number we want is the 45 cookies computed above."),
       ("72", "answered_total", "Since every cookie baked is accounted for by the end of the day, the count we need is simply the total of 72.")])

P(ds="gsm8k_like", lang="en",
  q="A train covers 180 km in 2.5 hours at a constant speed. What is its speed in metres per second?",
  ref="20 m/s",
  setup="Speed is distance divided by time. In km/h: 180 km ÷ 2.5 h = 72 km/h.\n\nThe question wants metres per second, so convert. 1 km = 1000 m and 1 h = 3600 s, so 1 km/h = 1000/3600 m/s = 5/18 m/s.",
  fin="72 km/h × 5/18 = 72 × 5 / 18 = 360/18 = 20 m/s.",
  check="Directly in SI units: 180 000 m ÷ 9 000 s = 20 m/s. Same result.",
  good=[("20 m/s", "value_with_unit"), ("20 metres per second", "unit_in_words"), ("$20\\ \\mathrm{m\\,s^{-1}}$", "latex_unit")],
  bad=[("72", "unconverted_km_per_h_number", "So the speed is 72, which is the rate the train travels."),
       ("20 km/h", "right_number_wrong_unit", "Converting, the speed works out to 20 km/h."),
       ("72 m/s", "wrong_unit_conversion", "Since the speed is 72 per hour-unit, and we keep the same number in metres per second, the answer is 72 m/s.")])

P(ds="math_like", lang="en",
  q="Compute $\\frac{3}{4} + \\frac{5}{6}$. Express your answer as a common fraction.",
  ref="\\frac{19}{12}",
  setup="We need a common denominator. The least common multiple of 4 and 6 is 12.\n\n$\\frac{3}{4} = \\frac{9}{12}$ and $\\frac{5}{6} = \\frac{10}{12}$.",
  fin="Adding: $\\frac{9}{12} + \\frac{10}{12} = \\frac{19}{12}$. Since 19 is prime and does not divide 12, the fraction is already in lowest terms.",
  check="Decimal check: 0.75 + 0.8333... = 1.5833..., and 19/12 = 1.58333..., so it agrees.",
  good=[("\\frac{19}{12}", "latex_fraction"), ("19/12", "slash_fraction"), ("\\dfrac{19}{12}", "dfrac")],
  bad=[("\\frac{8}{10}", "added_numerators_and_denominators", "Adding numerators and denominators: $\\frac{3+5}{4+6} = \\frac{8}{10}$."),
       ("\\frac{7}{12}", "dropped_whole_part", "That is $1\\frac{7}{12}$, and the fractional part we need is $\\frac{7}{12}$.")])

P(ds="gsm8k_like", lang="en",
  q="A jacket costs $80. The store raises the price by 25%, and a week later lowers the new price by 20%. What is the net percent change from the original price?",
  ref="0%",
  setup="After a 25% increase the price is 80 × 1.25 = $100.\n\nA 20% decrease is applied to the new price, not the original: 20% of 100 is 20.",
  fin="So the final price is 100 − 20 = $80, exactly the original price. The net change is (80 − 80)/80 = 0%. In multiplier form, 1.25 × 0.8 = 1.00.",
  check="The multipliers 1.25 and 0.80 are reciprocals (5/4 and 4/5), so they cancel exactly; no rounding is involved.",
  good=[("0%", "zero_percent"), ("0", "bare_zero"), ("no change (0%)", "words_and_percent")],
  bad=[("5%", "naive_percent_subtraction", "The price goes up 25% and then down 20%, so overall it rises by 25 − 20 = 5%."),
       ("-5%", "wrong_sign_and_naive", "A decrease of 20% applied after 25%... overall I get a 5% drop, i.e. −5%.")])

P(ds="math_like", lang="en",
  q="How many molecules are in 2.00 mol of water? Use Avogadro's number $N_A = 6.022\\times10^{23}\\ \\text{mol}^{-1}$.",
  ref="$1.2044\\times 10^{24}$",
  setup="The number of molecules is N = n × N_A, where n is the amount in moles.",
  fin="N = 2.00 × 6.022 × 10^23 = 12.044 × 10^23. Normalising to scientific notation gives 1.2044 × 10^24 molecules (1.20 × 10^24 to three significant figures).",
  check="Order of magnitude: 2 × 6 × 10^23 = 12 × 10^23 ≈ 10^24. The exponent 24 is right.",
  good=[("1.2044 \\times 10^{24}", "sci_notation_latex"), ("1.20e24 molecules", "e_notation"), ("$12.044\\times10^{23}$", "unnormalised_sci_notation")],
  bad=[("1.2044 \\times 10^{23}", "exponent_off_by_one", "N = 2.00 × 6.022 × 10^23 = 1.2044 × 10^23 molecules."),
       ("3.011 \\times 10^{23}", "divided_instead_of_multiplied", "N = N_A / n = 6.022 × 10^23 / 2 = 3.011 × 10^23.")])

P(ds="math_like", lang="en",
  q="Find all real solutions of $x^2 - 5x + 6 = 0$.",
  ref="x=2, x=3",
  setup="Look for two numbers whose product is 6 and whose sum is 5. The pairs of factors of 6 are (1, 6) and (2, 3); only 2 + 3 = 5.",
  fin="So $x^2 - 5x + 6 = (x-2)(x-3) = 0$, giving $x = 2$ or $x = 3$.",
  check="Plug in: 4 − 10 + 6 = 0 ✓ and 9 − 15 + 6 = 0 ✓. The discriminant is 25 − 24 = 1 > 0, so there are exactly two real roots.",
  good=[("x = 2 \\text{ or } x = 3", "roots_or"), ("\\{2, 3\\}", "root_set"), ("3, 2", "roots_reordered")],
  bad=[("x = 2", "only_one_root", "Factoring, $(x-2)(x-3)=0$, and taking the first factor, $x=2$."),
       ("x = -2, x = -3", "sign_error_roots", "So $x^2-5x+6 = (x+2)(x+3)$, giving $x=-2$ or $x=-3$.")])

P(ds="math_like", lang="en",
  q="Solve the inequality $2x - 3 > 7$.",
  ref="$x>5$",
  setup="Add 3 to both sides: $2x > 10$.",
  fin="Divide both sides by 2 (a positive number, so the direction is unchanged): $x > 5$.",
  check="Test x = 6: 12 − 3 = 9 > 7 ✓. Test x = 5: 10 − 3 = 7, which is not > 7, so 5 itself is excluded ✓.",
  good=[("x > 5", "inequality"), ("(5, \\infty)", "interval_notation"), ("x \\in (5, +\\infty)", "interval_membership")],
  bad=[("[5, \\infty)", "endpoint_included", "Dividing by 2, $x \\ge 5$, i.e. the interval $[5,\\infty)$."),
       ("x < 5", "flipped_inequality", "Dividing by 2 flips the inequality, so $x < 5$.")])

P(ds="math_like", lang="en",
  q="Solve the system: $x + y = 10$, $x - y = 4$. Give your answer as an ordered pair $(x, y)$.",
  ref="(7,3)",
  setup="Add the two equations to eliminate y: (x + y) + (x − y) = 10 + 4, so 2x = 14.",
  fin="Thus x = 7, and from x + y = 10, y = 3. The solution is (x, y) = (7, 3).",
  check="7 + 3 = 10 ✓ and 7 − 3 = 4 ✓.",
  good=[("(7, 3)", "ordered_pair"), ("x = 7,\\ y = 3", "named_components")],
  bad=[("(3, 7)", "swapped_pair_order", "So y = 7 and x = 3... writing it as (x, y): (3, 7).")])

P(ds="math_like", lang="en",
  q="Simplify $\\sqrt{50} + \\sqrt{18}$.",
  ref="8\\sqrt{2}",
  setup="Pull perfect squares out of each radical. 50 = 25 · 2, so √50 = 5√2. 18 = 9 · 2, so √18 = 3√2.",
  fin="Both are multiples of √2, so they combine: 5√2 + 3√2 = 8√2.",
  check="Numerically √50 ≈ 7.0711 and √18 ≈ 4.2426, sum ≈ 11.3137; 8√2 ≈ 8 × 1.41421 = 11.3137 ✓.",
  good=[("8\\sqrt{2}", "radical_latex"), ("8√2", "radical_unicode")],
  bad=[("\\sqrt{68}", "added_under_radicals", "Radicals add under the root: √50 + √18 = √68."),
       ("2\\sqrt{17}", "added_under_radicals_simplified", "Adding under the root gives √68 = √(4·17) = 2√17.")])

P(ds="math_like", lang="en",
  q="A circle has radius 3 cm. What is its area? Express your answer in terms of $\\pi$.",
  ref="$9\\pi\\ \\text{cm}^2$",
  setup="The area of a circle is A = πr².",
  fin="With r = 3 cm: A = π · 3² = 9π cm².",
  check="Units: cm × cm = cm², as expected for area. Numerically 9π ≈ 28.27 cm², plausible for a circle 6 cm across.",
  good=[("9\\pi", "pi_expression"), ("9\\pi\\ \\text{cm}^2", "pi_with_unit"), ("9π cm²", "unicode_pi_unit")],
  bad=[("6\\pi", "circumference_not_area", "The circle measures 2πr = 2π · 3 = 6π."),
       ("3\\pi", "forgot_square", "A = πr = 3π cm².")])

P(ds="math_like", lang="en",
  q="What is the measure, in radians, of each interior angle of a regular hexagon?",
  ref="\\frac{2\\pi}{3}",
  setup="The sum of interior angles of an n-gon is (n − 2)·180°. For a hexagon, n = 6, so the sum is 4 · 180° = 720°. Each of the six equal angles is 720°/6 = 120°.",
  fin="Convert to radians: 120° × π/180° = 2π/3.",
  check="Alternative: each exterior angle of a regular hexagon is 2π/6 = π/3, and interior = π − π/3 = 2π/3 ✓.",
  good=[("\\frac{2\\pi}{3}", "radians_latex"), ("2π/3 rad", "radians_unicode")],
  bad=[("120", "degrees_when_radians_asked", "Each interior angle is 120."),
       ("\\frac{\\pi}{3}", "exterior_angle_given", "Each angle of the hexagon, measured at the vertex as it turns, is 2π/6 = π/3.")])

P(ds="math_like", lang="en",
  q="In triangle ABC, angle A = 50° and angle B = 60°. Find angle C in degrees.",
  ref="70",
  setup="The interior angles of a triangle sum to 180°.",
  fin="C = 180° − 50° − 60° = 70°.",
  check="50 + 60 + 70 = 180 ✓.",
  good=[("70^\\circ", "degree_symbol_latex"), ("70 degrees", "degrees_in_words"), ("70°", "degree_symbol_unicode")],
  bad=[("110^\\circ", "sum_of_given_angles", "Angle C is the exterior supplement: 50° + 60° = 110°."),
       ("80^\\circ", "arithmetic_slip", "C = 180° − 50° − 60° = 80°.")])

P(ds="math_like", lang="en",
  q="Find the equation of the line passing through the points (1, 2) and (3, 8). Write it in slope-intercept form.",
  ref="y=3x-1",
  setup="Slope: m = (8 − 2)/(3 − 1) = 6/2 = 3.",
  fin="Point-slope form through (1, 2): y − 2 = 3(x − 1), so y = 3x − 3 + 2 = 3x − 1.",
  check="At x = 1: 3 − 1 = 2 ✓. At x = 3: 9 − 1 = 8 ✓.",
  good=[("y = 3x - 1", "slope_intercept"), ("y=3x-1", "no_spaces"), ("3x - y - 1 = 0 \\ (\\text{i.e. } y = 3x - 1)", "general_form_with_restatement")],
  bad=[("y = 3x + 1", "intercept_sign_error", "y − 2 = 3(x − 1) gives y = 3x − 3 + 2... = 3x + 1."),
       ("y = \\frac{1}{3}x + \\frac{5}{3}", "inverted_slope", "Slope: Δx/Δy = 2/6 = 1/3. Then y − 2 = (1/3)(x − 1), so y = x/3 + 5/3.")])

P(ds="math_like", lang="en",
  q="Compute the matrix product $AB$ where $A = \\begin{pmatrix}1 & 2\\\\ 3 & 4\\end{pmatrix}$ and $B = \\begin{pmatrix}0 & 1\\\\ 1 & 0\\end{pmatrix}$.",
  ref="\\begin{pmatrix}2&1\\\\4&3\\end{pmatrix}",
  setup="Entry (i, j) of AB is row i of A dotted with column j of B. Columns of B are (0, 1)ᵀ and (1, 0)ᵀ.",
  fin="Row 1 (1, 2): with col 1 → 0 + 2 = 2, with col 2 → 1 + 0 = 1. Row 2 (3, 4): col 1 → 0 + 4 = 4, col 2 → 3 + 0 = 3. So AB = [[2, 1], [4, 3]] — right-multiplying by B swaps the columns of A.",
  check="B is the permutation matrix that swaps columns when multiplied on the right, and indeed the columns (1,3) and (2,4) of A are swapped ✓.",
  good=[("\\begin{pmatrix}2 & 1\\\\ 4 & 3\\end{pmatrix}", "pmatrix"), ("[[2, 1], [4, 3]]", "nested_list_matrix"), ("\\left[\\begin{array}{cc}2&1\\\\4&3\\end{array}\\right]", "array_matrix")],
  bad=[("\\begin{pmatrix}3 & 4\\\\ 1 & 2\\end{pmatrix}", "computed_BA_instead", "Multiplying by the swap matrix swaps the rows of A, giving [[3, 4], [1, 2]]."),
       ("\\begin{pmatrix}0 & 2\\\\ 3 & 0\\end{pmatrix}", "entrywise_product", "Multiplying entry by entry: [[1·0, 2·1], [3·1, 4·0]] = [[0, 2], [3, 0]].")])

P(ds="math_like", lang="en",
  q="Compute the cross product $\\mathbf{u}\\times\\mathbf{v}$ for $\\mathbf{u} = (1, 2, 3)$ and $\\mathbf{v} = (4, 5, 6)$.",
  ref="(-3,6,-3)",
  setup="Use u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁).",
  fin="First: 2·6 − 3·5 = 12 − 15 = −3. Second: 3·4 − 1·6 = 12 − 6 = 6. Third: 1·5 − 2·4 = 5 − 8 = −3. So u × v = (−3, 6, −3).",
  check="Orthogonality: (−3,6,−3)·(1,2,3) = −3 + 12 − 9 = 0 ✓; (−3,6,−3)·(4,5,6) = −12 + 30 − 18 = 0 ✓.",
  good=[("(-3, 6, -3)", "tuple_vector"), ("\\langle -3, 6, -3\\rangle", "angle_bracket_vector"), ("-3\\mathbf{i} + 6\\mathbf{j} - 3\\mathbf{k}", "ijk_form")],
  bad=[("(3, -6, 3)", "reversed_orientation_sign", "First: 3·5 − 2·6 = 3. Second: 1·6 − 3·4 = −6. Third: 2·4 − 1·5 = 3. So (3, −6, 3)."),
       ("(4, 10, 18)", "componentwise_product", "Multiplying component by component: (1·4, 2·5, 3·6) = (4, 10, 18).")])

P(ds="gsm8k_like", lang="en",
  q="Maria deposits $1,200 in an account that pays 5% simple interest per year. How much money is in the account after 3 years?",
  ref="1380",
  setup="Simple interest means interest is computed on the original principal only: I = P · r · t.",
  fin="I = 1200 × 0.05 × 3 = 60 × 3 = $180. The balance is principal plus interest: 1200 + 180 = $1,380.",
  check="Year by year: 1260, 1320, 1380 — each year adds the same $60 ✓.",
  good=[("\\$1,380", "money_with_comma"), ("1380 dollars", "money_words"), ("$1380.00", "money_cents")],
  bad=[("\\$180", "interest_only", "The money earned is I = 1200 × 0.05 × 3 = $180."),
       ("\\$1,389.15", "compound_instead_of_simple", "Growing at 5% per year: 1200 × 1.05³ = 1200 × 1.157625 = $1,389.15.")])

P(ds="gsm8k_like", lang="en",
  q="A meeting starts at 9:45 AM and lasts 2 hours and 35 minutes. At what time does it end?",
  ref="12:20 PM",
  setup="Add the hours first: 9:45 AM + 2 h = 11:45 AM.",
  fin="Then add 35 minutes: 11:45 + 15 min = 12:00 noon, plus the remaining 20 min = 12:20 PM.",
  check="Total minutes: from 9:45 to 12:20 is 15 + 60 + 60 + 20 = 155 min = 2 h 35 min ✓.",
  good=[("12:20 PM", "clock_time_pm"), ("12:20 p.m.", "clock_time_pm_dots"), ("twenty past twelve in the afternoon (12:20)", "time_in_words")],
  bad=[("12:20 AM", "am_pm_error", "11:45 + 35 minutes = 12:20, and going past twelve the label becomes AM, so 12:20 AM."),
       ("12:10 PM", "minute_carry_error", "11:45 + 35 minutes: 45 + 35 = 70 = 1 h 10 min... wait 70 = 1 h 10, so 12:10 PM.")])

P(ds="gsm8k_like", lang="en",
  q="What date is 100 days after March 1, 2025?",
  ref="June 9, 2025",
  setup="Count month by month. March has 31 days, so March 1 + 30 days = March 31 (30 days used, 70 left). April has 30 days: March 31 + 30 = April 30 (60 used, 40 left).",
  fin="May has 31 days: April 30 + 31 = May 31 (91 used, 9 left). May 31 + 9 days = June 9, 2025.",
  check="Day-of-year check: March 1, 2025 is day 60 (2025 is not a leap year), 60 + 100 = 160, and day 160 is June 9 (31+28+31+30+31 = 151, 160 − 151 = 9) ✓.",
  good=[("June 9, 2025", "us_date"), ("2025-06-09", "iso_date"), ("9 June 2025", "uk_date")],
  bad=[("June 8, 2025", "off_by_one_day", "Counting March 1 itself as day 1, the 100th day lands on June 8, 2025."),
       ("June 10, 2025", "leap_year_assumed", "Treating 2025 as a leap year shifts everything one day later: June 10, 2025.")])

P(ds="aime_like", lang="en",
  q="Find the remainder when $2^{100}$ is divided by $7$.",
  ref="2",
  setup="Powers of 2 mod 7 cycle: 2¹ ≡ 2, 2² ≡ 4, 2³ = 8 ≡ 1. So the cycle length is 3.",
  fin="100 = 3 · 33 + 1, so 2¹⁰⁰ = (2³)³³ · 2 ≡ 1³³ · 2 = 2 (mod 7).",
  check="Sanity check with a smaller exponent of the same residue class: 2⁴ = 16 = 2·7 + 2 ≡ 2 ✓ (4 ≡ 1 mod 3 as well).",
  good=[("2", "plain_integer"), ("002", "aime_three_digit"), ("2^{100} \\equiv 2 \\pmod 7", "congruence_statement")],
  bad=[("4", "cycle_index_error", "100 = 3·33 + 1, and the residue for position 2 in the cycle (2, 4, 1) is 4."),
       ("1", "assumed_exponent_multiple_of_3", "Since the cycle length 3 divides 99 ≈ 100, 2¹⁰⁰ ≡ 1.")])

P(ds="aime_like", lang="en",
  q="Find the sum of all positive integers $n$ for which $n^2 - 19n + 99$ is a perfect square.",
  ref="38",
  setup="Set n² − 19n + 99 = k² with k ≥ 0. Multiply by 4: 4n² − 76n + 396 = 4k², i.e. (2n − 19)² − 361 + 396 = 4k², so (2n − 19)² + 35 = (2k)².\n\nThus (2k − (2n − 19))(2k + (2n − 19)) = 35. Factor pairs of 35 with both factors positive (2k > |2n − 19|): (1, 35) and (5, 7).",
  fin="(1, 35): 2k = 18, 2n − 19 = ±17 → n = 18 or n = 1. (5, 7): 2k = 6, 2n − 19 = ±1 → n = 10 or n = 9. The valid n are 1, 9, 10, 18, and their sum is 38.",
  check="n = 1: 1 − 19 + 99 = 81 = 9² ✓. n = 9: 81 − 171 + 99 = 9 ✓. n = 10: 100 − 190 + 99 = 9 ✓. n = 18: 324 − 342 + 99 = 81 ✓.",
  good=[("38", "plain_integer"), ("038", "aime_three_digit")],
  bad=[("28", "missed_solution_n10", "Taking only the positive sign in the first pair and both in the second: n = 18, 9, 1 → sum 28."),
       ("19", "only_one_factor_pair", "From (1, 35) we get n = 1 and n = 18, which sum to 19.")])

P(ds="math_like", lang="en",
  q="How many edges does a cube have?",
  ref="12",
  setup="A cube has 6 square faces, and each square has 4 edges, giving 6 × 4 = 24 edge-incidences.",
  fin="Each edge is shared by exactly 2 faces, so the number of edges is 24 / 2 = 12.",
  check="Euler's formula V − E + F = 2: 8 − 12 + 6 = 2 ✓.",
  good=[("12", "plain_integer"), ("twelve", "number_word"), ("12 edges", "integer_with_noun")],
  bad=[("8", "counted_vertices", "A cube has 8 corners, and that is the count asked for."),
       ("24", "forgot_double_counting", "Each of 6 faces has 4 edges, so 24 edges.")])

P(ds="math_like", lang="en",
  q="Write $\\frac{7}{8}$ as a decimal.",
  ref="0.875",
  setup="8 = 2³, so the decimal terminates. Multiply numerator and denominator by 125 = 5³: 7/8 = 875/1000.",
  fin="875/1000 = 0.875.",
  check="0.875 × 8 = 7.000 ✓.",
  good=[("0.875", "decimal"), (".875", "decimal_no_leading_zero"), ("0.8750", "decimal_trailing_zero")],
  bad=[("8.75", "decimal_scale_error", "875/1000 — moving the point gives 8.75."),
       ("0.78", "digit_confusion", "7/8 written as a decimal is 0.78.")])

P(ds="math_like", lang="en",
  q="Two fair six-sided dice are rolled. What is the probability that the sum is 7? Express your answer as a common fraction.",
  ref="1/6",
  setup="There are 6 × 6 = 36 equally likely ordered outcomes.",
  fin="Sum 7 occurs for (1,6), (2,5), (3,4), (4,3), (5,2), (6,1): 6 outcomes. Probability = 6/36 = 1/6.",
  check="Whatever the first die shows, exactly one value of the second die makes the sum 7, so the probability is 1/6 ✓.",
  good=[("\\frac{1}{6}", "latex_fraction"), ("1/6", "slash_fraction")],
  bad=[("\\frac{1}{12}", "unordered_outcomes", "Unordered pairs {1,6}, {2,5}, {3,4}: 3 out of 36, i.e. 1/12."),
       ("\\frac{7}{36}", "counted_seven_outcomes", "Favourable outcomes: 7 (one for each way to reach 7), so 7/36.")])

P(ds="math_like", lang="en",
  q="In how many ways can a committee of 3 people be chosen from 10 people?",
  ref="120",
  setup="Order does not matter in a committee, so we count combinations C(10, 3).",
  fin="C(10, 3) = 10·9·8 / (3·2·1) = 720 / 6 = 120.",
  check="Cross-check: C(10,3) = C(10,7), and by Pascal C(10,3) = C(9,2) + C(9,3) = 36 + 84 = 120 ✓.",
  good=[("120", "plain_integer"), ("\\binom{10}{3} = 120", "binomial_with_value")],
  bad=[("720", "permutations_not_combinations", "Choosing 3 people one after another: 10 · 9 · 8 = 720."),
       ("1000", "with_repetition", "Each of the 3 seats can go to any of 10 people: 10³ = 1000.")])

P(ds="math_like", lang="en",
  q="Let $f(x) = 2x + 1$ and $g(x) = x^2$. Find $f(g(x))$.",
  ref="2x^2+1",
  setup="f(g(x)) means apply g first, then f. g(x) = x².",
  fin="f(x²) = 2x² + 1.",
  check="At x = 2: g(2) = 4, f(4) = 9, and 2·4 + 1 = 9 ✓.",
  good=[("2x^2 + 1", "polynomial"), ("1 + 2x^{2}", "reordered_terms")],
  bad=[("(2x+1)^2", "composition_order_reversed", "Apply f first: f(x) = 2x + 1, then square: (2x + 1)²."),
       ("4x^2 + 4x + 1", "composition_order_reversed_expanded", "Apply f then g: (2x + 1)² = 4x² + 4x + 1.")])

P(ds="math_like", lang="en",
  q="Differentiate $y = x^3 \\ln x$ with respect to $x$.",
  ref="$x^2(3\\ln x+1)$",
  setup="Use the product rule: (uv)' = u'v + uv' with u = x³, v = ln x. u' = 3x², v' = 1/x.",
  fin="y' = 3x² ln x + x³ · (1/x) = 3x² ln x + x² = x²(3 ln x + 1).",
  check="At x = 1: y' = 3·1·0 + 1 = 1. Numerically, ((1.001)³ ln 1.001 − 0)/0.001 ≈ 1.003·0.0009995/0.001 ≈ 1.0025 → 1 ✓.",
  good=[("3x^2\\ln x + x^2", "expanded_derivative"), ("x^2(3\\ln x + 1)", "factored_derivative")],
  bad=[("3x^2 \\ln x", "missing_product_rule_term", "The derivative of x³ is 3x², and ln x is carried along: y' = 3x² ln x."),
       ("3x", "multiplied_derivatives", "y' = (x³)' · (ln x)' = 3x² · (1/x) = 3x.")])

P(ds="math_like", lang="en",
  q="Evaluate $\\displaystyle\\int_0^1 x^2\\,dx$.",
  ref="1/3",
  setup="An antiderivative of x² is x³/3.",
  fin="Evaluate from 0 to 1: 1³/3 − 0³/3 = 1/3.",
  check="The Riemann sum with n rectangles tends to (n(n+1)(2n+1))/(6n³) → 2/6 = 1/3 ✓.",
  good=[("\\frac{1}{3}", "latex_fraction"), ("0.\\overline{3}", "repeating_decimal"), ("1/3", "slash_fraction")],
  bad=[("\\frac{x^3}{3}", "antiderivative_not_evaluated", None),
       ("\\frac{1}{2}", "wrong_power_rule", "Integrating, x² → x²/2, and at x = 1 this is 1/2.")])

P(ds="math_like", lang="en",
  q="Find $\\displaystyle\\lim_{x\\to 0} \\frac{\\sin 3x}{x}$.",
  ref="3",
  setup="Rewrite to use the standard limit sin t / t → 1: sin 3x / x = 3 · (sin 3x)/(3x).",
  fin="As x → 0, 3x → 0, so (sin 3x)/(3x) → 1 and the limit is 3 · 1 = 3.",
  check="L'Hôpital: (3 cos 3x)/1 → 3 ✓.",
  good=[("3", "plain_integer"), ("L = 3", "named_value")],
  bad=[("1", "standard_limit_misapplied", "This is the standard limit sin t / t, which equals 1."),
       ("\\frac{1}{3}", "inverted_factor", "sin 3x / x = (1/3)·(sin 3x)/(3x)·... → 1/3.")])

P(ds="math_like", lang="en",
  q="Compute $(1+i)^2$, where $i^2 = -1$.",
  ref="2i",
  setup="Expand: (1 + i)² = 1 + 2i + i².",
  fin="Since i² = −1, this is 1 + 2i − 1 = 2i.",
  check="In polar form 1 + i = √2 e^{iπ/4}; squaring gives 2 e^{iπ/2} = 2i ✓.",
  good=[("2i", "pure_imaginary"), ("0 + 2i", "rectangular_form")],
  bad=[("2 + 2i", "treated_i_squared_as_plus_one", "1 + 2i + i² = 1 + 2i + 1 = 2 + 2i."),
       ("2", "modulus_squared_given", "|1 + i|² = 1 + 1 = 2.")])

P(ds="math_like", lang="en",
  q="Find the domain of $f(x) = \\dfrac{\\sqrt{x-2}}{x-5}$.",
  ref="[2,5)\\cup(5,\\infty)",
  setup="Two conditions: the radicand must be non-negative, x − 2 ≥ 0 ⇒ x ≥ 2; and the denominator must be non-zero, x ≠ 5.",
  fin="Combining: x ≥ 2 and x ≠ 5, i.e. [2, 5) ∪ (5, ∞).",
  check="x = 2 gives 0/(−3) = 0, defined ✓; x = 5 gives division by zero ✗; x = 1 gives √(−1) ✗.",
  good=[("[2, 5) \\cup (5, \\infty)", "interval_union"), ("x \\ge 2,\\ x \\ne 5", "conditions")],
  bad=[("[2, \\infty)", "forgot_denominator", "Only the square root restricts the domain: x ≥ 2, i.e. [2, ∞)."),
       ("(2, 5) \\cup (5, \\infty)", "excluded_closed_endpoint", "x − 2 > 0 and x ≠ 5 gives (2, 5) ∪ (5, ∞).")])

P(ds="math_like", lang="en",
  q="Write the equation of the circle with center $(2, -3)$ and radius $4$.",
  ref="$(x-2)^2+(y+3)^2=16$",
  setup="Standard form: (x − h)² + (y − k)² = r² with (h, k) = (2, −3), r = 4.",
  fin="(x − 2)² + (y − (−3))² = 4², i.e. (x − 2)² + (y + 3)² = 16.",
  check="Expanded: x² − 4x + 4 + y² + 6y + 9 = 16 → x² + y² − 4x + 6y − 3 = 0. The point (6, −3) is at distance 4 from the center and satisfies it: 16 + 0 = 16 ✓.",
  good=[("(x-2)^2 + (y+3)^2 = 16", "standard_form"), ("x^2 + y^2 - 4x + 6y - 3 = 0", "expanded_general_form")],
  bad=[("(x+2)^2 + (y-3)^2 = 16", "center_sign_error", "Plug in h = 2, k = −3: (x + 2)² + (y − 3)² = 16."),
       ("(x-2)^2 + (y+3)^2 = 4", "radius_not_squared", "Right-hand side is the radius: (x − 2)² + (y + 3)² = 4.")])

P(ds="gsm8k_like", lang="en",
  q="A water bottle holds 3.2 liters. How many milliliters is that?",
  ref="3200 mL",
  setup="1 liter = 1000 milliliters.",
  fin="3.2 L × 1000 mL/L = 3200 mL.",
  check="Reverse: 3200 mL ÷ 1000 = 3.2 L ✓.",
  good=[("3200 mL", "value_with_unit"), ("3,200 milliliters", "comma_and_unit_words"), ("3.2 \\times 10^3\\ \\text{mL}", "sci_notation_unit")],
  bad=[("320 mL", "conversion_factor_100", "1 L = 100 mL, so 3.2 × 100 = 320 mL."),
       ("3200 L", "right_number_wrong_unit", "3.2 × 1000 = 3200 L.")])

P(ds="math_like", lang="en",
  q="Find the sum of the infinite geometric series $1 + \\frac12 + \\frac14 + \\frac18 + \\cdots$.",
  ref="2",
  setup="First term a = 1, common ratio r = 1/2. Since |r| < 1, the series converges to a/(1 − r).",
  fin="S = 1/(1 − 1/2) = 1/(1/2) = 2.",
  check="Partial sums 1, 1.5, 1.75, 1.875, ... each halve the distance to 2 ✓.",
  good=[("2", "plain_integer"), ("S = 2", "named_value"), ("2.0", "decimal_form")],
  bad=[("1", "used_r_over_1_minus_r", "S = r/(1 − r) = (1/2)/(1/2) = 1."),
       ("\\infty", "claimed_divergence", "An infinite number of positive terms adds up without bound, so the series diverges to ∞.")])

P(ds="gsm8k_like", lang="en",
  q="What is the sum of all integers from 1 to 100?",
  ref="5050",
  setup="Pair the terms: 1 + 100 = 101, 2 + 99 = 101, ..., 50 + 51 = 101. There are 50 such pairs.",
  fin="Sum = 50 × 101 = 5050.",
  check="Formula n(n+1)/2 = 100·101/2 = 5050 ✓.",
  good=[("5050", "plain_integer"), ("5,050", "comma_thousands")],
  bad=[("4950", "summed_to_99", "Using n(n − 1)/2 = 100·99/2 = 4950."),
       ("5000", "rounded_estimate", "About 100 numbers averaging 50 gives 100 × 50 = 5000.")])

P(ds="gsm8k_like", lang="en",
  q="The ratio of boys to girls in a class is 3:5. There are 40 students in the class. How many girls are there?",
  ref="25",
  setup="The ratio 3:5 splits the class into 3 + 5 = 8 equal parts. Each part is 40 / 8 = 5 students.",
  fin="Girls correspond to 5 parts: 5 × 5 = 25 girls (and 15 boys).",
  check="25 + 15 = 40 ✓ and 15:25 = 3:5 ✓.",
  good=[("25", "plain_integer"), ("25 girls", "integer_with_noun")],
  bad=[("15", "answered_boys", "Boys are 3 parts: 3 × 5 = 15, and that is the count asked for."),
       ("24", "ratio_as_fraction_of_whole_wrong", "Girls are 5/... hmm, 3/5 of 40 = 24.")])

P(ds="math_like", lang="en",
  q="What is the least common multiple of 12 and 18?",
  ref="36",
  setup="Prime factorisations: 12 = 2² · 3 and 18 = 2 · 3².",
  fin="The LCM takes the highest power of each prime: 2² · 3² = 36.",
  check="36/12 = 3 and 36/18 = 2, and gcd · lcm = 6 · 36 = 216 = 12 · 18 ✓.",
  good=[("36", "plain_integer"), ("\\operatorname{lcm}(12,18)=36", "named_value")],
  bad=[("6", "gave_gcd", "The lowest powers common to both: 2 · 3 = 6."),
       ("216", "product_not_lcm", "12 × 18 = 216.")])

P(ds="gsm8k_like", lang="en",
  q="The legs of a right triangle measure 5 cm and 12 cm. How long is the hypotenuse?",
  ref="13 cm",
  setup="By the Pythagorean theorem, c² = a² + b² = 25 + 144 = 169.",
  fin="c = √169 = 13 cm.",
  check="5-12-13 is a well-known Pythagorean triple ✓.",
  good=[("13 cm", "value_with_unit"), ("13", "bare_number_unit_implied"), ("13 centimeters", "unit_in_words")],
  bad=[("17 cm", "added_legs", "The hypotenuse is the sum of the legs: 5 + 12 = 17 cm."),
       ("13 m", "wrong_unit_scale", "c = √169 = 13 m.")])

P(ds="gsm8k_like", lang="en",
  q="At 6 a.m. the temperature was −5°C. By midnight it had fallen by another 12 degrees. What was the temperature at midnight?",
  ref="−17 °C",
  setup="A fall of 12 degrees means subtracting 12 from the starting temperature.",
  fin="−5 − 12 = −17, so the temperature at midnight was −17 °C.",
  check="On a number line, starting at −5 and moving 12 units left lands at −17 ✓.",
  good=[("-17^\\circ\\text{C}", "negative_with_unit"), ("17 degrees below zero", "words_below_zero"), ("−17 °C", "unicode_minus")],
  bad=[("17^\\circ\\text{C}", "lost_sign", "The temperature dropped 12 from 5: 5 + 12 = 17 °C."),
       ("-7^\\circ\\text{C}", "added_instead", "−5 + 12 = 7, falling means negative, so −7 °C.")])

P(ds="aime_like", lang="en",
  q="How many zeros are at the end of $100!$?",
  ref="24",
  setup="Trailing zeros come from factors of 10 = 2 · 5, and factors of 2 are more plentiful, so count factors of 5 (Legendre's formula).",
  fin="⌊100/5⌋ + ⌊100/25⌋ + ⌊100/125⌋ = 20 + 4 + 0 = 24.",
  check="The multiples of 25 (25, 50, 75, 100) each contribute an extra 5, which is where the 4 comes from ✓.",
  good=[("24", "plain_integer"), ("024", "aime_three_digit")],
  bad=[("20", "ignored_powers_of_25", "⌊100/5⌋ = 20 multiples of 5, so 20 zeros."),
       ("21", "counted_100_as_extra_zero", "20 multiples of 5, plus one extra zero from 100 itself: 21.")])

P(ds="math_like", lang="en",
  q="Find all roots of $x^3 - 6x^2 + 11x - 6 = 0$.",
  ref="1, 2, 3",
  setup="Rational root test: try divisors of 6. x = 1: 1 − 6 + 11 − 6 = 0, so x − 1 is a factor.",
  fin="Divide: x³ − 6x² + 11x − 6 = (x − 1)(x² − 5x + 6) = (x − 1)(x − 2)(x − 3). Roots: 1, 2, 3.",
  check="Vieta: sum 1+2+3 = 6 ✓, sum of pairwise products 2+3+6 = 11 ✓, product 6 ✓.",
  good=[("x = 1, 2, 3", "root_list"), ("\\{1, 2, 3\\}", "root_set"), ("x=3,\\ x=1,\\ x=2", "roots_reordered")],
  bad=[("\\{-1, -2, -3\\}", "sign_error_roots", "The factorisation is (x + 1)(x + 2)(x + 3), so −1, −2, −3."),
       ("x = 1", "stopped_after_first_root", "x = 1 works, so that's the root.")])

P(ds="gsm8k_like", lang="en",
  q="What percent of 80 is 12?",
  ref="15%",
  setup="Percent = part / whole × 100.",
  fin="12 / 80 = 0.15, and 0.15 × 100 = 15%.",
  check="15% of 80 = 0.15 × 80 = 12 ✓.",
  good=[("15\\%", "latex_percent"), ("15 percent", "percent_words")],
  bad=[("0.15\\%", "percent_scale_error", "12 / 80 = 0.15, so it is 0.15%."),
       ("666.7\\%", "inverted_ratio", "80 / 12 ≈ 6.667 → 666.7%.")])

P(ds="math_like", lang="en",
  q="Find the vertex of the parabola $y = x^2 - 4x + 7$.",
  ref="(2,3)",
  setup="Complete the square: x² − 4x + 7 = (x² − 4x + 4) + 3 = (x − 2)² + 3.",
  fin="The vertex is at x = 2, y = 3, i.e. (2, 3).",
  check="Using x = −b/(2a) = 4/2 = 2 and y(2) = 4 − 8 + 7 = 3 ✓.",
  good=[("(2, 3)", "ordered_pair"), ("x=2,\\ y=3", "named_components")],
  bad=[("(-2, 3)", "vertex_sign_error", "From (x − 2)² + 3 the vertex is at (−2, 3)."),
       ("(2, 7)", "used_y_intercept", "x = 2 and the constant term gives y = 7: (2, 7).")])

P(ds="math_like", lang="en",
  q="Compute $2\\frac{1}{3} \\times 1\\frac{1}{2}$. Express the answer as a mixed number.",
  ref="3\\frac{1}{2}",
  setup="Convert to improper fractions: 2⅓ = 7/3 and 1½ = 3/2.",
  fin="7/3 × 3/2 = 21/6 = 7/2 = 3½.",
  check="Decimal check: 2.333... × 1.5 = 3.5 ✓.",
  good=[("3\\frac{1}{2}", "mixed_number_latex"), ("3 1/2", "mixed_number_plain")],
  bad=[("2\\frac{1}{6}", "multiplied_parts_separately", "Whole parts: 2 × 1 = 2; fraction parts: 1/3 × 1/2 = 1/6; so 2⅙."),
       ("3\\frac{1}{6}", "mixed_number_partial_error", "7/3 × 3/2 = 19/6 = 3⅙.")])

P(ds="math_like", lang="en",
  q="Evaluate $\\log_2 32 + \\log_3 9$.",
  ref="7",
  setup="log₂ 32 asks for the power of 2 that gives 32; log₃ 9 asks for the power of 3 that gives 9.",
  fin="2⁵ = 32 so log₂ 32 = 5; 3² = 9 so log₃ 9 = 2. Sum: 5 + 2 = 7.",
  check="Both values are exact integers, no approximation involved ✓.",
  good=[("7", "plain_integer"), ("seven", "number_word")],
  bad=[("5", "dropped_second_term", "log₂ 32 = 5, and that's the main term."),
       ("\\log_6 41", "invalid_log_combination", "Combining the logs: log₂ 32 + log₃ 9 = log₆(32 + 9) = log₆ 41.")])


import bank_math_zh  # noqa: E402, F401  (appends the Chinese problems to M, after these)
