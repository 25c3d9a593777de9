# Item bank for dev9. Each item: dict(ds, kat, lang, q, ref, steps, ok=[correct forms], bad=[(form, trap)], say=restate template)
M = "math"; A = "alphabet_option"; C = "categorical_label"; S = "short_text"

def it(ds, kat, lang, q, ref, steps, ok, bad, say=None):
    return dict(ds=ds, kat=kat, lang=lang, q=q, ref=ref, steps=steps, ok=ok, bad=bad, say=say)

ITEMS = [
# ---------------- English math ----------------
it("gsm8k_like", M, "en", "A baker bakes 7 trays of muffins with 24 muffins on each tray. She sells 150 muffins. How many muffins are left?", "18",
   "Total baked: 7 × 24 = 168. Left after selling: 168 − 150 = 18.", ["18", "18 muffins", "eighteen"],
   [("168", "subquestion_total"), ("19", "near_miss_off_by_one")], "She has {a} left.")
,it("gsm8k_like", M, "en", "Tom buys 3 shirts at $12.50 each and pays with a $50 bill. How much change does he get?", "12.5",
   "Cost: 3 × 12.50 = 37.50. Change: 50 − 37.50 = 12.50.", ["$12.50", "12.50 dollars", "\\$12.5"],
   [("$37.50", "subquestion_cost"), ("$1.25", "wrong_scale")], "Tom gets {a} in change.")
,it("math_like", M, "en", "Simplify $\\frac{18}{24} + \\frac{1}{6}$.", "\\frac{11}{12}",
   "18/24 = 3/4 = 9/12 and 1/6 = 2/12, so the sum is 11/12.", ["11/12", "\\dfrac{11}{12}", "\\frac{22}{24}"],
   [("\\frac{12}{11}", "reciprocal"), ("\\frac{11}{24}", "wrong_denominator")])
,it("gsm8k_like", M, "en", "A recipe uses 2 1/4 cups of flour per batch. How many cups of flour are needed for 3 batches?", "6 3/4",
   "3 × 2 1/4 = 3 × 9/4 = 27/4 = 6 3/4.", ["27/4 cups", "6.75 cups", "6\\frac{3}{4}"],
   [("6 1/4", "near_miss_mixed_number"), ("7 3/4", "near_miss_mixed_number")], "You need {a} of flour.")
,it("gsm8k_like", M, "en", "The price of a jacket rises from $80 to $92. By what percent did the price increase?", "15\\%",
   "Increase = 92 − 80 = 12. Percent increase = 12/80 = 0.15 = 15%.", ["15%", "15 percent", "15\\%"],
   [("12%", "subquestion_difference"), ("13.04%", "wrong_base_percent")], "The price increased by {a}.")
,it("math_like", M, "en", "Light travels at about $3.0 \\times 10^8$ m/s. How far does light travel in 500 s? Give the distance in meters.", "1.5 \\times 10^{11} m",
   "d = v t = 3.0×10^8 × 500 = 1.5×10^11 m.", ["1.5 × 10^11 m", "150,000,000,000 meters", "1.5e11 m"],
   [("1.5 × 10^10 m", "wrong_exponent"), ("1.5 × 10^11 km", "wrong_unit")], "Light covers {a} in that time.")
,it("math_like", M, "en", "A car travels 150 km in 2.5 hours. What is its average speed in m/s?", "50/3 m/s",
   "150/2.5 = 60 km/h. 60 km/h = 60000 m / 3600 s = 50/3 m/s ≈ 16.67 m/s.", ["16.67 m/s", "\\frac{50}{3}\\text{ m/s}", "approximately 16.7 m/s"],
   [("60 m/s", "unit_confusion_kmh"), ("6 m/s", "wrong_scale")], "The average speed is {a}.")
,it("math_like", M, "en", "Solve the inequality $x^2 - 5x + 6 < 0$.", "(2, 3)",
   "Factor: (x−2)(x−3) < 0, which holds strictly between the roots.", ["2 < x < 3", "x \\in (2,3)", "\\{x \\mid 2<x<3\\}"],
   [("[2, 3]", "closed_vs_open_interval"), ("x < 2 \\text{ or } x > 3", "complement_interval")])
,it("math_like", M, "en", "Find all real solutions of $x^3 - 6x^2 + 11x - 6 = 0$.", "x = 1, 2, 3",
   "x = 1 is a root; dividing gives x^2 − 5x + 6 = (x−2)(x−3).", ["\\{1, 2, 3\\}", "x = 3, x = 1, x = 2", "1, 2, and 3"],
   [("x = 1, 2", "missing_root"), ("1, -2, 3", "sign_error_root")])
,it("math_like", M, "en", "Solve the system: $2x + y = 7$, $x - y = 2$.", "(3,1)",
   "Adding the equations: 3x = 9, so x = 3, and y = x − 2 = 1.", ["x = 3, y = 1", "(x, y) = (3, 1)", "$x=3$ and $y=1$"],
   [("(1, 3)", "swapped_pair"), ("x = 3, y = -1", "sign_error")])
,it("math_like", M, "en", "Compute the matrix product $\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}\\begin{pmatrix}0&1\\\\1&0\\end{pmatrix}$.", "\\begin{pmatrix}2&1\\\\4&3\\end{pmatrix}",
   "Right-multiplying by the swap matrix swaps the columns: row 1 (1,2) becomes (2,1), row 2 (3,4) becomes (4,3).", ["[[2, 1], [4, 3]]", "\\begin{bmatrix} 2 & 1 \\\\ 4 & 3 \\end{bmatrix}"],
   [("\\begin{pmatrix}3&4\\\\1&2\\end{pmatrix}", "wrong_multiplication_order"), ("[[2, 1], [3, 4]]", "partial_matrix")])
,it("math_like", M, "en", "Compute the cross product $\\mathbf{u} \\times \\mathbf{v}$ for $\\mathbf{u} = (1, 2, 3)$ and $\\mathbf{v} = (4, 5, 6)$.", "(-3, 6, -3)",
   "Components: 2·6 − 3·5 = −3, 3·4 − 1·6 = 6, 1·5 − 2·4 = −3.", ["\\langle -3, 6, -3 \\rangle", "-3\\mathbf{i} + 6\\mathbf{j} - 3\\mathbf{k}"],
   [("(3, -6, 3)", "reversed_order_sign"), ("(-3, -6, -3)", "sign_error_component")])
,it("math_like", M, "en", "Find the distance between the points $(1, 2)$ and $(4, 8)$.", "3\\sqrt{5}",
   "d = √((4−1)² + (8−2)²) = √(9 + 36) = √45 = 3√5.", ["\\sqrt{45}", "3√5", "3\\sqrt5"],
   [("45", "forgot_square_root"), ("5\\sqrt{3}", "swapped_radical")], "The distance is {a}.")
,it("math_like", M, "en", "A circle has circumference $10\\pi$. What is its area?", "25\\pi",
   "2πr = 10π gives r = 5, so the area is πr² = 25π.", ["25π", "25\\pi \\text{ square units}", "\\pi \\cdot 25"],
   [("100\\pi", "used_diameter"), ("25", "dropped_pi")], "The area of the circle is {a}.")
,it("math_like", M, "en", "Find the equation of the line through $(1, 3)$ and $(3, 7)$.", "y = 2x + 1",
   "Slope m = (7−3)/(3−1) = 2. Then y − 3 = 2(x − 1), i.e. y = 2x + 1.", ["2x - y + 1 = 0", "y - 3 = 2(x - 1)", "y=2x+1"],
   [("y = 2x + 3", "wrong_intercept"), ("y = \\frac{1}{2}x + \\frac{5}{2}", "inverted_slope")], "The line is {a}.")
,it("math_like", M, "en", "Write the equation of the circle with center $(2, -1)$ and radius $3$.", "(x-2)^2 + (y+1)^2 = 9",
   "Standard form (x−h)² + (y−k)² = r² with h = 2, k = −1, r = 3.", ["x^2 + y^2 - 4x + 2y - 4 = 0", "(x - 2)^2 + (y + 1)^2 = 3^2"],
   [("(x+2)^2 + (y-1)^2 = 9", "center_sign_flip"), ("(x-2)^2 + (y+1)^2 = 3", "radius_not_squared")])
,it("math_like", M, "en", "Convert $135^\\circ$ to radians.", "\\frac{3\\pi}{4}",
   "135 × π/180 = 3π/4.", ["3π/4 rad", "0.75\\pi", "\\tfrac{3}{4}\\pi"],
   [("\\frac{4\\pi}{3}", "inverted_fraction"), ("\\frac{3\\pi}{2}", "near_miss_angle")], "135° equals {a}.")
,it("math_like", M, "en", "What is the smallest positive $x$ (in radians) such that $\\sin x = \\tfrac12$?", "\\pi/6",
   "sin x = 1/2 at x = π/6 and 5π/6 in [0, 2π); the smaller one is π/6.", ["\\frac{\\pi}{6}", "π/6 radians", "\\tfrac{1}{6}\\pi"],
   [("\\frac{5\\pi}{6}", "not_smallest_solution"), ("\\frac{\\pi}{3}", "cos_confusion")])
,it("gsm8k_like", M, "en", "Maria deposits $2,000 at 5% simple interest per year. What is the total amount in the account after 3 years?", "$2,300",
   "Interest = 2000 × 0.05 × 3 = 300. Total = 2000 + 300 = 2300.", ["2300 dollars", "\\$2300.00", "$2.3 thousand"],
   [("$300", "subquestion_interest_only"), ("$2,315.25", "compound_instead_of_simple")], "The account will hold {a}.")
,it("gsm8k_like", M, "en", "A train leaves at 9:45 AM and the trip takes 2 hours 35 minutes. At what time does it arrive?", "12:20 PM",
   "9:45 + 2 h = 11:45; + 35 min = 12:20, which is just after noon.", ["12:20 p.m.", "12:20 in the afternoon", "12:20 pm"],
   [("12:20 AM", "am_pm_error"), ("12:10 PM", "near_miss_time")], "The train arrives at {a}.")
,it("math_like", M, "en", "What date is 100 days after January 1, 2023?", "April 11, 2023",
   "January 1 + 30 days = January 31; + 28 more = February 28 (day 58); + 31 = March 31 (day 89); + 11 = April 11 (day 100).", ["11 April 2023", "2023-04-11", "Tuesday, April 11, 2023"],
   [("April 10, 2023", "off_by_one_day"), ("April 12, 2023", "off_by_one_day")], "100 days later it is {a}.")
,it("aime_like", M, "en", "Find the number of positive divisors of $2024$.", "16",
   "2024 = 2^3 · 11 · 23, so the count is (3+1)(1+1)(1+1) = 16.", ["016", "16 divisors", "sixteen"],
   [("15", "near_miss_excluded_one"), ("8", "forgot_exponent")], "The number of positive divisors is {a}.")
,it("aime_like", M, "en", "Find the remainder when $3^{100}$ is divided by $7$.", "4",
   "3^6 ≡ 1 (mod 7). 100 = 6·16 + 4, so 3^100 ≡ 3^4 = 81 ≡ 4 (mod 7).", ["004", "4", "the remainder is four"],
   [("3", "near_miss"), ("1", "wrong_cycle_reduction")], "The remainder is {a}.")
,it("math_like", M, "en", "In how many ways can 5 different books be arranged in a row on a shelf?", "120",
   "Permutations of 5 distinct objects: 5! = 5·4·3·2·1 = 120.", ["5! = 120", "one hundred twenty", "120 ways"],
   [("24", "used_4_factorial"), ("25", "product_instead_of_factorial")], "The number of ways is {a}.")
,it("math_like", M, "en", "Two fair six-sided dice are rolled. What is the probability that the sum is 7?", "\\frac{1}{6}",
   "Favorable pairs: (1,6),(2,5),(3,4),(4,3),(5,2),(6,1) — 6 of 36 outcomes.", ["6/36", "0.1\\overline{6}", "1/6"],
   [("\\frac{1}{36}", "single_outcome"), ("\\frac{7}{36}", "near_miss_fraction")], "The probability of rolling a sum of 7 is {a}.")
,it("math_like", M, "en", "How many edges does a cube have?", "12",
   "A cube has 6 faces, each with 4 edges, and every edge is shared by 2 faces: 6·4/2 = 12.", ["twelve", "12 edges"],
   [("8", "answered_vertices"), ("6", "answered_faces")], "A cube has {a}.")
,it("math_like", M, "en", "Evaluate $\\displaystyle\\lim_{x\\to 0} \\frac{\\sin 3x}{x}$.", "3",
   "Write sin(3x)/x = 3 · sin(3x)/(3x) → 3 · 1.", ["3", "three", "L = 3"],
   [("1", "forgot_chain_factor"), ("\\frac{1}{3}", "inverted_factor")], "The limit equals {a}.")
,it("math_like", M, "en", "Compute $\\int_0^1 x^2\\,dx$.", "1/3",
   "Antiderivative x^3/3, evaluated from 0 to 1 gives 1/3.", ["\\frac{1}{3}", "0.\\overline{3}", "one third"],
   [("\\frac{1}{2}", "wrong_power_rule"), ("3", "inverted")], "The integral equals {a}.")
,it("math_like", M, "en", "Differentiate $f(x) = x^3 \\ln x$.", "3x^2\\ln x + x^2",
   "Product rule: (x^3)' ln x + x^3 (ln x)' = 3x^2 ln x + x^3 · (1/x) = 3x^2 ln x + x^2.", ["x^2(3\\ln x + 1)", "f'(x) = 3x^{2}\\ln x + x^{2}"],
   [("3x^2 \\ln x", "dropped_product_term"), ("3x^2 \\cdot \\frac{1}{x}", "derivative_of_product_as_product")])
,it("math_like", M, "en", "Solve $\\log_2 x + \\log_2 (x-2) = 3$.", "4",
   "log_2[x(x−2)] = 3 gives x² − 2x − 8 = 0, so x = 4 or x = −2; x = −2 is outside the domain.", ["x = 4", "x=4 (x=-2 is extraneous and rejected)", "four"],
   [("x = 4 \\text{ or } x = -2", "extraneous_root_kept"), ("-2", "wrong_root")])
,it("math_like", M, "en", "Find the sum of the infinite geometric series $1 + \\tfrac12 + \\tfrac14 + \\tfrac18 + \\cdots$.", "2",
   "a = 1, r = 1/2, S = a/(1 − r) = 1/(1/2) = 2.", ["2", "S = 2", "2.0"],
   [("1", "forgot_first_term"), ("\\frac{1}{2}", "used_ratio")], "The series sums to {a}.")
,it("gsm8k_like", M, "en", "A map has scale 1:50,000. Two towns are 6 cm apart on the map. What is the real distance in kilometers?", "3 km",
   "6 cm × 50,000 = 300,000 cm = 3,000 m = 3 km.", ["3 kilometres", "3000 m", "3.0 km"],
   [("30 km", "wrong_scale"), ("300 km", "wrong_scale")], "The towns are {a} apart.")
,it("gsm8k_like", M, "en", "Convert $68^\\circ$F to degrees Celsius.", "20",
   "C = (F − 32) × 5/9 = 36 × 5/9 = 20.", ["20 °C", "20 degrees Celsius", "20℃"],
   [("36 °C", "subquestion_difference"), ("-20 °C", "sign_error")], "68°F is {a}.")
,it("gsm8k_like", M, "en", "At 6 AM the temperature was −4°C. It rose by 3°C every hour. What was the temperature at 9 AM?", "5°C",
   "From 6 AM to 9 AM is 3 hours: −4 + 3·3 = −4 + 9 = 5.", ["5 °C", "5 degrees Celsius", "+5°C"],
   [("-13°C", "sign_error"), ("9°C", "subquestion_rise")], "At 9 AM it was {a}.")
,it("math_like", M, "en", "Compute $(2+3i)(1-i)$.", "5+i",
   "2 − 2i + 3i − 3i² = 2 + i + 3 = 5 + i.", ["5 + i", "i + 5", "5+1i"],
   [("-1 + i", "i_squared_sign"), ("5 - i", "conjugate")])
,it("math_like", M, "en", "What is the 10th term of the arithmetic sequence $3, 7, 11, \\ldots$?", "39",
   "a_n = 3 + (n − 1)·4, so a_10 = 3 + 36 = 39.", ["39", "a_{10} = 39", "thirty-nine"],
   [("43", "off_by_one_index"), ("210", "answered_sum")], "The 10th term is {a}.")
,it("math_like", M, "en", "Find the vertex of the parabola $y = x^2 - 4x + 7$.", "(2, 3)",
   "Complete the square: y = (x − 2)² + 3.", ["(2,3)", "x = 2, y = 3", "\\left(2, 3\\right)"],
   [("(-2, 3)", "sign_error"), ("(2, 7)", "wrong_y_value")], "The vertex is at {a}.")
,it("math_like", M, "en", "Solve $|x - 3| \\le 5$.", "[-2, 8]",
   "−5 ≤ x − 3 ≤ 5, so −2 ≤ x ≤ 8.", ["-2 \\le x \\le 8", "x \\in [-2, 8]", "-2 ≤ x ≤ 8"],
   [("(-2, 8)", "open_vs_closed_interval"), ("[-8, 2]", "sign_flip_interval")])
,it("gsm8k_like", M, "en", "What is 35% of 240?", "84",
   "0.35 × 240 = 84.", ["84.0", "84", "eighty-four"],
   [("8.4", "decimal_shift"), ("156", "complement_percent")], "35% of 240 is {a}.")
,it("gsm8k_like", M, "en", "Sarah reads 15 pages a day for 2 weeks, then 20 pages a day for 5 days. How many pages does she read in total?", "310",
   "2 weeks = 14 days: 15 × 14 = 210. Then 20 × 5 = 100. Total 310.", ["310 pages", "310", "three hundred ten"],
   [("210", "subquestion_first_phase"), ("300", "near_miss")], "Sarah reads {a} in total.")
,it("gsm8k_like", M, "en", "A store sells pencils at 3 for $1.20. How much do 10 pencils cost?", "$4.00",
   "One pencil costs 1.20 / 3 = 0.40. Ten pencils cost 10 × 0.40 = 4.00.", ["$4", "4 dollars", "400 cents"],
   [("$0.40", "subquestion_unit_price"), ("$3.60", "near_miss_9_pencils")], "Ten pencils cost {a}.")
# ---------------- Chinese math ----------------
,it("gsm8k_like", M, "zh", "鸡兔同笼，共有35个头，94只脚。问兔有多少只？", "12",
   "设兔有x只，则鸡有(35−x)只。4x + 2(35−x) = 94，2x = 24，x = 12。", ["12只", "十二只", "兔有12只"],
   [("23只", "subquestion_chickens"), ("11只", "near_miss")], "兔有{a}。")
,it("math_like", M, "zh", "解方程：$2x + 5 = 17$。", "x=6",
   "移项得 2x = 12，所以 x = 6。", ["6", "x = 6", "x的值为6"],
   [("x = 11", "forgot_divide"), ("x = -6", "sign_error")])
,it("math_like", M, "zh", "已知等差数列 $\\{a_n\\}$ 中 $a_1 = 2$，公差 $d = 3$，求前10项和 $S_{10}$。", "155",
   "S_10 = 10a_1 + 10×9/2 × d = 20 + 45×3 = 20 + 135 = 155。", ["155", "S_{10}=155", "一百五十五"],
   [("29", "subquestion_a10"), ("145", "near_miss")], "前10项和为{a}。")
,it("math_like", M, "zh", "一个圆的半径为3厘米，求它的面积。", "9\\pi 平方厘米",
   "S = πr² = π × 3² = 9π（平方厘米），约为28.27平方厘米。", ["9π平方厘米", "9\\pi\\ \\text{cm}^2", "约28.27平方厘米"],
   [("6π平方厘米", "answered_circumference"), ("3π平方厘米", "forgot_square")], "圆的面积是{a}。")
,it("math_like", M, "zh", "解不等式 $2x - 3 > 5$。", "x>4",
   "2x > 8，所以 x > 4。", ["(4, +\\infty)", "x > 4", "\\{x \\mid x>4\\}"],
   [("x < 4", "direction_flip"), ("x \\ge 4", "strict_vs_nonstrict")])
,it("math_like", M, "zh", "袋中有3个红球和2个白球，从中任取2个球，求两个都是红球的概率。", "\\frac{3}{10}",
   "P = C(3,2)/C(5,2) = 3/10。", ["0.3", "30%", "3/10"],
   [("\\frac{9}{25}", "with_replacement"), ("\\frac{3}{5}", "single_draw")], "两个都是红球的概率为{a}。")
,it("gsm8k_like", M, "zh", "一件商品打八折后售价为240元，这件商品的原价是多少元？", "300元",
   "原价 × 0.8 = 240，原价 = 240 ÷ 0.8 = 300（元）。", ["300", "300元", "三百元"],
   [("192元", "multiplied_instead_of_divided"), ("288元", "added_20_percent")], "原价是{a}。")
,it("math_like", M, "zh", "求函数 $f(x) = x^2 - 2x$ 在区间 $[0, 3]$ 上的最大值。", "3",
   "f(x) = (x−1)² − 1，对称轴 x = 1。f(0) = 0，f(1) = −1，f(3) = 3，所以最大值为 3。", ["3", "f(3)=3", "最大值为3"],
   [("-1", "answered_minimum"), ("0", "endpoint_error")], "最大值是{a}。")
,it("gsm8k_like", M, "zh", "甲乙两地相距300千米，一辆汽车每小时行驶60千米，从甲地到乙地需要多少小时？", "5",
   "时间 = 路程 ÷ 速度 = 300 ÷ 60 = 5（小时）。", ["5小时", "五个小时", "300分钟"],
   [("5分钟", "wrong_unit"), ("6小时", "near_miss")], "需要{a}。")
,it("math_like", M, "zh", "已知向量 $\\vec a = (1, 2)$，$\\vec b = (3, -1)$，求 $\\vec a \\cdot \\vec b$。", "1",
   "a·b = 1×3 + 2×(−1) = 3 − 2 = 1。", ["1", "\\vec a\\cdot\\vec b = 1", "数量积为1"],
   [("(3, -2)", "componentwise_product"), ("5", "sign_error")])
,it("math_like", M, "zh", "计算 $(1+i)^2$。", "2i",
   "(1+i)² = 1 + 2i + i² = 1 + 2i − 1 = 2i。", ["2i", "0+2i", "2\\mathrm{i}"],
   [("2", "dropped_i"), ("2+2i", "forgot_i_squared")])
,it("gsm8k_like", M, "zh", "计算 $1 + 2 + 3 + \\cdots + 100$。", "5050",
   "首尾配对：(1+100) × 100 ÷ 2 = 5050。", ["5050", "5,050", "五千零五十"],
   [("5000", "near_miss"), ("10100", "forgot_halve")], "和为{a}。")
]

def mc(ds, lang, q, opts, key, steps, wrong_letter, say=None):
    letters = "ABCDEFGHIJ"
    if ds in ("mmlu_like", "gpqa_like") and len(opts) > 4 and len(q) % 2 == 0:
        qq = q + " Answer Choices: " + " ".join(f"({letters[i]}) {o}" for i, o in enumerate(opts))
    else:
        qq = q + "\n" + "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
    ki = letters.index(key); wi = letters.index(wrong_letter)
    kt, wt = opts[ki], opts[wi]
    if lang == "zh":
        ok = [key, f"({key})", f"选项{key}", f"{key}. {kt}", f"答案是{key}"]
        bad = [(wrong_letter, "wrong_letter"), (f"{key}. {wt}", "letter_right_text_wrong"), (f"{wrong_letter}. {kt}", "text_right_letter_wrong")]
    else:
        ok = [key, f"({key})", f"option {key}", f"{key}. {kt}", f"**{key}** — {kt}", f"{kt} ({key})"]
        bad = [(wrong_letter, "wrong_letter"), (f"{key}. {wt}", "letter_right_text_wrong"), (f"({wrong_letter}) {kt}", "text_right_letter_wrong"), (wt, "other_option_text_only")]
    d = it(ds, A, lang, qq, key, steps, ok, bad, say)
    d["two"] = f"{key} or {wrong_letter}" if lang == "en" else f"{key}或{wrong_letter}"
    return d

ITEMS += [
 mc("mmlu_like", "en", "Under the U.S. Constitution, which amendment protects against unreasonable searches and seizures?",
    ["First Amendment", "Second Amendment", "Fourth Amendment", "Fifth Amendment", "Sixth Amendment", "Eighth Amendment", "Tenth Amendment", "Fourteenth Amendment"], "C",
    "The Fourth Amendment requires warrants supported by probable cause and bars unreasonable searches and seizures. The Fifth covers self-incrimination and due process; the Sixth covers counsel and speedy trial.", "D")
,mc("mmlu_like", "en", "A deficiency of which vitamin causes scurvy?",
    ["Vitamin A", "Vitamin B1", "Vitamin B12", "Vitamin C", "Vitamin D", "Vitamin K"], "D",
    "Scurvy results from impaired collagen hydroxylation, which needs ascorbic acid (vitamin C). B1 deficiency causes beriberi, D deficiency rickets, K deficiency bleeding.", "B")
,mc("mmlu_like", "en", "In which year did the Berlin Wall fall?",
    ["1987", "1988", "1989", "1990", "1991"], "C",
    "The wall was opened on 9 November 1989; German reunification followed in October 1990 and the USSR dissolved in 1991.", "D")
,mc("gpqa_like", "en", "A particle is confined to a one-dimensional infinite square well of width L. What is the ratio E_3/E_1 of the energy of the third level to the ground-state energy?",
    ["3", "6", "9", "27", "1/9", "√3"], "C",
    "For the infinite well E_n = n²π²ħ²/(2mL²), so E_3/E_1 = 3²/1² = 9.", "A")
,mc("gpqa_like", "en", "What is the hybridization of the carbon atom in carbon dioxide (CO2)?",
    ["sp", "sp2", "sp3", "sp3d", "sp3d2"], "A",
    "CO2 is linear (O=C=O); the carbon forms two σ bonds and two π bonds, so two hybrid orbitals: sp.", "B")
,mc("mmlu_like", "en", "Where does oxidative phosphorylation take place in eukaryotic cells?",
    ["Nucleus", "Golgi apparatus", "Ribosome", "Inner mitochondrial membrane", "Smooth endoplasmic reticulum", "Cytosol", "Lysosome", "Outer mitochondrial membrane"], "D",
    "The electron transport chain and ATP synthase are embedded in the inner mitochondrial membrane; glycolysis is cytosolic.", "H")
,mc("mmlu_like", "en", "The price elasticity of demand for a good is −2. If its price rises by 5%, the quantity demanded will change by approximately:",
    ["+10%", "−2.5%", "−10%", "−5%", "+2.5%"], "C",
    "%ΔQ = elasticity × %ΔP = −2 × 5% = −10%.", "B")
,mc("mmlu_like", "en", "Which doctrine allows a court to disregard the corporate form and hold shareholders personally liable for the corporation's obligations?",
    ["Respondeat superior", "Piercing the corporate veil", "Res ipsa loquitur", "Promissory estoppel", "Business judgment rule", "Ultra vires", "Laches", "Collateral estoppel", "Parol evidence rule", "Adverse possession"], "B",
    "Respondeat superior is employer liability for employees; res ipsa is a negligence inference; the business judgment rule protects directors. Disregarding the corporate entity is 'piercing the corporate veil'.", "E")
,mc("mmlu_like", "en", "What is the first-line treatment for anaphylaxis?",
    ["Oral diphenhydramine", "Intramuscular epinephrine", "Intravenous prednisone", "Inhaled albuterol", "Oral cetirizine", "Intravenous ranitidine"], "B",
    "Antihistamines and steroids are adjuncts; epinephrine IM in the anterolateral thigh is first-line for anaphylaxis.", "A")
,mc("mmlu_like", "en", "Who was the first emperor of a unified China?",
    ["Liu Bang", "Qin Shi Huang", "Kublai Khan", "Wu Zetian", "Emperor Wu of Han", "Sun Yat-sen", "Zhu Yuanzhang"], "B",
    "Ying Zheng unified the warring states in 221 BCE and took the title Qin Shi Huang. Liu Bang founded the later Han dynasty.", "A")
,mc("gpqa_like", "en", "For a planet on an elliptical orbit around a star (ignoring perturbations), which quantity is conserved?",
    ["Linear momentum", "Orbital speed", "Angular momentum", "Kinetic energy", "Gravitational potential energy"], "C",
    "Gravity is a central force, so torque about the star is zero and angular momentum is conserved (Kepler's second law). Speed and kinetic energy vary along the ellipse.", "D")
,mc("mmlu_like", "en", "What is the worst-case time complexity of binary search on a sorted array of n elements?",
    ["O(n)", "O(log n)", "O(n log n)", "O(1)", "O(n^2)"], "B",
    "Each comparison halves the search range, so at most about log2(n) + 1 comparisons.", "C")
,mc("mmlu_like", "en", "Which treaty ended the Thirty Years' War in 1648?",
    ["Treaty of Versailles", "Peace of Augsburg", "Peace of Westphalia", "Treaty of Utrecht", "Congress of Vienna", "Treaty of Tordesillas", "Treaty of Paris", "Edict of Nantes", "Treaty of Ghent", "Treaty of Nanjing"], "C",
    "Augsburg (1555) preceded the war; Utrecht (1713) ended the Spanish Succession war; Westphalia (1648) ended the Thirty Years' War.", "B")
,mc("gpqa_like", "en", "Which of the following amino acids is achiral?",
    ["Alanine", "Glycine", "Serine", "Valine", "Leucine", "Cysteine"], "B",
    "Glycine's side chain is a hydrogen, so its alpha carbon carries two identical H substituents and is not a stereocenter.", "A")
,mc("ceval_like", "zh", "中华人民共和国成立于哪一年？", ["1945年", "1949年", "1950年", "1911年"], "B",
    "1949年10月1日，中华人民共和国中央人民政府成立。1945年是抗日战争胜利，1911年是辛亥革命。", "A")
,mc("ceval_like", "zh", "下列能源中，属于可再生能源的是", ["煤炭", "石油", "太阳能", "天然气"], "C",
    "煤炭、石油、天然气都是化石能源，短期内无法再生；太阳能可以源源不断地获得。", "D")
,mc("ceval_like", "zh", "《红楼梦》的作者是", ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], "C",
    "罗贯中著《三国演义》，施耐庵著《水浒传》，吴承恩著《西游记》，《红楼梦》前八十回作者为曹雪芹。", "D")
,mc("ceval_like", "zh", "根据我国宪法，全国人民代表大会每届任期为", ["3年", "4年", "5年", "6年"], "C",
    "宪法第六十条规定，全国人民代表大会每届任期五年。", "B")
,mc("ceval_like", "zh", "光合作用的主要场所是", ["线粒体", "叶绿体", "核糖体", "高尔基体"], "B",
    "线粒体是有氧呼吸的主要场所；光合作用在叶绿体中进行。", "A")
]

def cls(ds, lang, q, ref, ok, bad, steps):
    return it(ds, C, lang, q, ref, steps, ok, bad)

ITEMS += [
 cls("mnli_like", "en", "Premise: A man in a red jacket is repairing a bicycle tire on the sidewalk.\nHypothesis: A person is fixing a bike.\nDoes the premise entail the hypothesis? Answer with entailment, neutral, or contradiction.",
     "entailment", ["entailment", "Entailment — the hypothesis follows", "the premise entails the hypothesis"],
     [("neutral", "wrong_label_neutral"), ("contradiction", "wrong_label")], "Repairing a bicycle tire is a way of fixing a bike, and a man is a person.")
,cls("mnli_like", "en", "Premise: The museum is closed on Mondays.\nHypothesis: The museum opens every day of the week.\nRelationship (entailment / neutral / contradiction)?",
     "contradiction", ["contradiction", "Contradiction", "they contradict each other"],
     [("neutral", "wrong_label_neutral"), ("entailment", "wrong_label")], "If it is closed on Mondays, it cannot open every day.")
,cls("mnli_like", "en", "Premise: Several students are studying in the library.\nHypothesis: The students are preparing for a final exam.\nLabel the pair as entailment, neutral or contradiction.",
     "neutral", ["neutral", "Neutral (not enough information)", "neither entailed nor contradicted — neutral"],
     [("entailment", "plausible_overinference"), ("contradiction", "wrong_label")], "Studying does not imply a final exam; the reason for studying is not stated.")
,cls("sentiment_like", "en", "Classify the sentiment of this review as positive or negative: \"I waited forty minutes for a lukewarm burger, and the staff acted like I was bothering them.\"",
     "negative", ["negative", "Negative", "the sentiment is negative"],
     [("positive", "wrong_label"), ("neutral", "label_outside_set")], "Long wait, lukewarm food, and rude staff are all complaints.")
,cls("sentiment_like", "en", "Sentiment (positive/negative): \"Not the flashiest phone, but the battery lasts two days and the camera surprised me. No regrets.\"",
     "positive", ["positive", "Positive", "overall positive"],
     [("negative", "hedge_misread"), ("mixed", "label_outside_set")], "The concession at the start is outweighed by praise and 'No regrets'.")
,cls("agnews_like", "en", "Classify the news headline into one of: World, Sports, Business, Sci/Tech.\nHeadline: \"Central bank raises interest rates by a quarter point to cool inflation\"",
     "Business", ["Business", "business / economy — Business", "the Business category"],
     [("World", "near_topic"), ("Sci/Tech", "wrong_label")], "Monetary policy and interest rates are business/economic news.")
,cls("agnews_like", "en", "Topic (World, Sports, Business, Sci/Tech): \"Astronomers detect water vapor in the atmosphere of a distant exoplanet\"",
     "Sci/Tech", ["Sci/Tech", "Science/Technology", "Sci-Tech"],
     [("World", "near_topic"), ("Business", "wrong_label")], "Astronomy findings belong to science and technology.")
,cls("cmnli_like", "zh", "前提：小王每天早上都坐地铁去公司上班。\n假设：小王是开车上班的。\n请判断两句话的关系：蕴含、矛盾还是中立？",
     "contradiction", ["矛盾", "两者是矛盾关系", "contradiction"],
     [("中立", "wrong_label_neutral"), ("蕴含", "wrong_label")], "每天坐地铁上班与开车上班相互冲突。")
,cls("cmnli_like", "zh", "前提：这家餐厅的招牌菜是红烧肉。\n假设：这家餐厅供应红烧肉。\n两句话的关系是（蕴含 / 中立 / 矛盾）？",
     "entailment", ["蕴含", "前提蕴含假设", "entailment"],
     [("中立", "wrong_label_neutral"), ("矛盾", "wrong_label")], "招牌菜是红烧肉，说明餐厅一定供应红烧肉。")
,cls("cmnli_like", "zh", "前提：李老师今天穿了一件蓝色的衬衫。\n假设：李老师今天心情很好。\n关系：蕴含、中立、矛盾？",
     "neutral", ["中立", "中性（无法判断）", "neutral"],
     [("蕴含", "plausible_overinference"), ("矛盾", "wrong_label")], "衣服颜色与心情无必然联系，无法推出也不冲突。")
,cls("chnsenti_like", "zh", "判断下面评论的情感倾向（正面/负面）：“房间干净，前台服务热情，下次还会再来。”",
     "正面", ["正面", "积极", "positive"],
     [("负面", "wrong_label"), ("中性", "label_outside_set")], "干净、热情、还会再来，都是正面评价。")
]

def st(ds, lang, q, ref, ok, bad, steps, say=None):
    return it(ds, S, lang, q, ref, steps, ok, bad, say)

FB = ("Passage: The Bears opened the scoring with a 23-yard field goal by Robbie Gould. Jay Cutler then threw a 12-yard touchdown pass to "
      "Brandon Marshall. The Lions answered with a 5-yard run by Reggie Bush. In the fourth quarter, Gould kicked a 41-yard field goal, and "
      "Matthew Stafford threw a 2-yard touchdown pass to Calvin Johnson with under a minute left.\n")
CEN = ("Passage: As of the 2010 census, the city had a population of 48,215. Of these residents, 23.4% were under the age of 18, "
       "9.1% were from 18 to 24, 27.8% were from 25 to 44, 25.6% were from 45 to 64, and 14.1% were 65 years of age or older.\n")
HIS = ("Passage: The Thirty Years' War began in 1618 with the Defenestration of Prague and ended in 1648 with the Peace of Westphalia. "
       "Sweden entered the conflict in 1630, and France joined openly in 1635.\n")
ITEMS += [
 st("simpleqa_like", "en", "What is the capital city of Australia?", "Canberra", ["Canberra", "Canberra, ACT"], [("Sydney", "largest_city_confusion"), ("Melbourne", "former_capital")],
    "Sydney is the largest city, Melbourne hosted the federal government until 1927, and Canberra was purpose-built as the capital.", "The capital of Australia is {a}.")
,st("simpleqa_like", "en", "Which country hosted the 1994 FIFA World Cup?", "United States", ["the USA", "the U.S.", "United States of America"], [("Mexico", "other_host_year"), ("France", "other_host_year")],
    "Mexico hosted in 1986, Italy in 1990, the United States in 1994, and France in 1998.", "The 1994 World Cup was hosted by {a}.")
,st("simpleqa_like", "en", "Who wrote the novel 'Pride and Prejudice'?", "Jane Austen", ["Jane Austen", "Austen", "Miss Jane Austen"], [("Charlotte Brontë", "same_era_author"), ("Emily Brontë", "same_era_author")],
    "Pride and Prejudice was published in 1813 by the author of Sense and Sensibility and Emma.", "Pride and Prejudice was written by {a}.")
,st("simpleqa_like", "en", "What is the chemical symbol for gold?", "Au", ["Au", "Au (from Latin aurum)"], [("Ag", "neighbor_element"), ("Go", "invented_symbol")],
    "The symbol comes from the Latin 'aurum'; silver is Ag from 'argentum'.", "The chemical symbol for gold is {a}.")
,st("simpleqa_like", "en", "In what year did Apollo 11 land on the Moon?", "1969", ["1969", "July 1969", "nineteen sixty-nine"], [("1968", "apollo8_year"), ("1972", "last_landing_year")],
    "Apollo 8 orbited the Moon in December 1968; Apollo 11 landed on 20 July 1969; Apollo 17, the last landing, was in 1972.", "Apollo 11 landed in {a}.")
,st("simpleqa_like", "en", "Who painted the Mona Lisa?", "Leonardo da Vinci", ["Leonardo da Vinci", "Leonardo", "da Vinci"], [("Michelangelo", "contemporary_artist"), ("Raphael", "contemporary_artist")],
    "The portrait was begun around 1503 in Florence and is in the Louvre.", "The Mona Lisa was painted by {a}.")
,st("simpleqa_like", "en", "Which element has atomic number 8?", "Oxygen", ["oxygen", "O (oxygen)", "Oxygen"], [("Nitrogen", "off_by_one_element"), ("Fluorine", "off_by_one_element")],
    "Z = 6 is carbon, 7 nitrogen, 8 oxygen, 9 fluorine.", "The element with atomic number 8 is {a}.")
,st("simpleqa_like", "en", "How many players does a soccer team have on the field at one time?", "11", ["eleven", "11 players", "11"], [("10", "outfield_only"), ("12", "near_miss")],
    "Ten outfield players plus one goalkeeper.", "A team fields {a}.")
,st("simpleqa_like", "en", "Which country's parliament meets in the Palace of Westminster?", "United Kingdom", ["the UK", "Britain (the United Kingdom)", "U.K."], [("Ireland", "neighbor_country"), ("Australia", "westminster_system_confusion")],
    "The Palace of Westminster in London houses the House of Commons and the House of Lords.", "It is the parliament of {a}.")
,st("drop_like", "en", FB + "Question: How many yards was the longest field goal?", "41", ["41", "41 yards", "forty-one yards"], [("23", "other_span"), ("64", "sum_of_spans")],
    "Field goals in the passage: 23 yards (first) and 41 yards (fourth quarter).", "The longest field goal was {a}.")
,st("drop_like", "en", FB + "Question: Who caught the first touchdown pass of the game?", "Brandon Marshall", ["Brandon Marshall", "Marshall"], [("Jay Cutler", "passer_not_receiver"), ("Calvin Johnson", "other_touchdown")],
    "The first touchdown was Cutler's 12-yard pass; the receiver was Marshall.", "The first touchdown pass was caught by {a}.")
,st("drop_like", "en", CEN + "Question: How many percent of people were not under the age of 18?", "76.6", ["76.6", "76.6%", "76.6 percent"], [("23.4", "subquestion_complement"), ("76.4", "near_miss")],
    "100 − 23.4 = 76.6.", "{a} were not under 18.")
,st("drop_like", "en", HIS + "Question: How many years did the Thirty Years' War last?", "30", ["30", "30 years", "thirty years"], [("1648", "end_year_span"), ("18", "years_after_sweden")],
    "1648 − 1618 = 30.", "The war lasted {a}.")
,st("drop_like", "en", HIS + "Question: Which country entered the war first, Sweden or France?", "Sweden", ["Sweden", "Sweden (1630)"], [("France", "wrong_span"), ("Sweden and France", "two_answers")],
    "Sweden entered in 1630; France joined openly in 1635.", "{a} entered first.")
,st("simpleqa_like", "zh", "中国最长的河流是哪条？", "长江", ["长江", "长江（扬子江）", "the Yangtze River"], [("黄河", "second_longest"), ("珠江", "wrong_river")],
    "长江全长约6300千米，是中国第一长河；黄河约5464千米，位居第二。", "中国最长的河流是{a}。")
,st("simpleqa_like", "zh", "世界上面积最大的国家是哪个？", "俄罗斯", ["俄罗斯", "俄罗斯联邦", "Russia"], [("加拿大", "second_largest"), ("中国", "wrong_country")],
    "俄罗斯面积约1710万平方千米，加拿大约998万平方千米居第二。", "面积最大的国家是{a}。")
,st("simpleqa_like", "zh", "“床前明月光”出自哪位诗人的作品？", "李白", ["李白", "李太白", "唐代诗人李白"], [("杜甫", "same_era_poet"), ("王维", "same_era_poet")],
    "这句出自《静夜思》，作者是李白，字太白。", "这句诗的作者是{a}。")
]
