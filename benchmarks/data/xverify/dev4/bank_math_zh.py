# -*- coding: utf-8 -*-
"""Chinese math problems for dev4 (the record layout: bank_math.py)."""
from bank_math import P


# ---------------- Chinese math ----------------
P(ds="gsm8k_like", lang="zh",
  q="鸡兔同笼，共有35个头，94只脚。问兔有多少只？",
  ref="12",
  setup="设鸡有 x 只，兔有 y 只。根据头数：x + y = 35；根据脚数：2x + 4y = 94。\n\n由第一个方程得 x = 35 − y，代入第二个方程：2(35 − y) + 4y = 94，即 70 + 2y = 94。",
  fin="所以 2y = 24，y = 12，兔有12只，鸡有 35 − 12 = 23 只。",
  check="验证：头数 23 + 12 = 35 ✓；脚数 23×2 + 12×4 = 46 + 48 = 94 ✓。",
  good=[("12只", "integer_with_measure_word"), ("兔子有12只", "sentence_answer"), ("十二只", "chinese_numeral")],
  bad=[("23只", "answered_chickens", "所以 y = 12 是鸡……不对，题目问的是另一种动物，x = 23，所以答案是23只。"),
       ("11只", "arithmetic_slip", "所以 2y = 22，y = 11。")])

P(ds="gsm8k_like", lang="zh",
  q="一项工程，甲单独做需要10天完成，乙单独做需要15天完成。两人合作，需要多少天完成？",
  ref="6天",
  setup="把工程总量看作1。甲每天完成 1/10，乙每天完成 1/15。",
  fin="合作每天完成 1/10 + 1/15 = 3/30 + 2/30 = 5/30 = 1/6，所以需要 1 ÷ 1/6 = 6 天。",
  check="验算：6天内甲完成 6/10，乙完成 6/15 = 4/10，合计 10/10 = 1 ✓。",
  good=[("6天", "value_with_chinese_unit"), ("6", "bare_number"), ("六天", "chinese_numeral")],
  bad=[("12.5天", "averaged_times", "两人合作的时间取平均：(10 + 15) ÷ 2 = 12.5 天。"),
       ("25天", "added_times", "合作需要的时间为 10 + 15 = 25 天。")])

P(ds="math_like", lang="zh",
  q="等差数列 $\\{a_n\\}$ 中，$a_1 = 3$，公差 $d = 4$，求前20项和 $S_{20}$。",
  ref="820",
  setup="先求第20项：a₂₀ = a₁ + 19d = 3 + 19×4 = 3 + 76 = 79。",
  fin="S₂₀ = 20 × (a₁ + a₂₀)/2 = 20 × (3 + 79)/2 = 10 × 82 = 820。",
  check="用另一公式验证：S_n = n·a₁ + n(n−1)d/2 = 60 + 20×19×4/2 = 60 + 760 = 820 ✓。",
  good=[("820", "plain_integer"), ("S_{20}=820", "named_value")],
  bad=[("79", "gave_nth_term", "所以所求为 a₂₀ = 79。"),
       ("860", "used_20d", "a₂₀ = 3 + 20×4 = 83，S₂₀ = 20 × (3 + 83)/2 = 10 × 86 = 860。")])

P(ds="math_like", lang="zh",
  q="解不等式 $x^2 - 3x - 4 < 0$。",
  ref="$(-1,4)$",
  setup="因式分解：x² − 3x − 4 = (x − 4)(x + 1)。两根为 x = −1 和 x = 4。",
  fin="二次项系数为正，开口向上，所以小于0的部分在两根之间：−1 < x < 4。",
  check="取 x = 0：−4 < 0 ✓；取 x = 5：25 − 15 − 4 = 6 > 0，不在解集中 ✓。",
  good=[("-1 < x < 4", "double_inequality"), ("(-1, 4)", "open_interval"), ("\\{x \\mid -1 < x < 4\\}", "set_builder")],
  bad=[("x < -1 \\text{ 或 } x > 4", "took_outside_region", "开口向上，所以小于0的部分在两根之外：x < −1 或 x > 4。"),
       ("[-1, 4]", "closed_interval_for_strict", "所以解集为 −1 ≤ x ≤ 4，即 [−1, 4]。")])

P(ds="math_like", lang="zh",
  q="袋中有3个红球和2个白球，从中任取2个球，求取到的2个球都是红球的概率。",
  ref="\\frac{3}{10}",
  setup="从5个球中任取2个，基本事件总数为 C(5,2) = 10。",
  fin="两个都是红球的取法为 C(3,2) = 3，所以概率 P = 3/10。",
  check="按顺序算：第一个是红球的概率 3/5，第二个仍是红球的概率 2/4，相乘 3/5 × 1/2 = 3/10 ✓。",
  good=[("\\frac{3}{10}", "latex_fraction"), ("0.3", "decimal_equivalent"), ("30\\%", "percent_equivalent")],
  bad=[("\\frac{9}{25}", "with_replacement", "每次取到红球的概率都是 3/5，所以 P = (3/5)² = 9/25。"),
       ("\\frac{3}{5}", "single_draw_probability", "取到红球的概率为 3/5。")])

P(ds="gsm8k_like", lang="zh",
  q="一件商品原价200元，先打八五折，再减20元。现价是多少元？",
  ref="150元",
  setup="八五折即原价的85%：200 × 0.85 = 170 元。",
  fin="再减20元：170 − 20 = 150 元。",
  check="反推：150 + 20 = 170，170 ÷ 0.85 = 200 ✓。",
  good=[("150元", "money_chinese_unit"), ("150", "bare_number"), ("￥150", "yuan_symbol")],
  bad=[("170元", "forgot_second_discount", "所以现价为 200 × 0.85 = 170 元。"),
       ("160元", "misread_discount_as_90", "八五折……按九折计算：200 × 0.9 = 180，再减20元得160元。")])

P(ds="math_like", lang="zh",
  q="求复数 $z = 3 + 4i$ 的模 $|z|$。",
  ref="5",
  setup="复数 a + bi 的模为 √(a² + b²)。",
  fin="|z| = √(3² + 4²) = √(9 + 16) = √25 = 5。",
  check="3-4-5 是勾股数 ✓。",
  good=[("5", "plain_integer"), ("|z| = 5", "named_value")],
  bad=[("25", "modulus_squared", "|z| = 3² + 4² = 25。"),
       ("7", "added_components", "|z| = 3 + 4 = 7。")])

P(ds="math_like", lang="zh",
  q="已知向量 $\\vec a = (1, 2)$，$\\vec b = (3, -1)$，求 $\\vec a \\cdot \\vec b$。",
  ref="1",
  setup="数量积 a·b = x₁x₂ + y₁y₂。",
  fin="a·b = 1×3 + 2×(−1) = 3 − 2 = 1。",
  check="注意 b 的纵坐标是负数，2×(−1) = −2，不能算成 +2 ✓。",
  good=[("1", "plain_integer"), ("\\vec a\\cdot\\vec b = 1", "named_value")],
  bad=[("5", "ignored_negative_sign", "a·b = 1×3 + 2×1 = 5。"),
       ("(3, -2)", "componentwise_product_vector", "a·b = (1×3, 2×(−1)) = (3, −2)。")])

P(ds="math_like", lang="zh",
  q="求函数 $f(x) = x^2 - 2x + 3$ 在区间 $[0, 3]$ 上的最大值。",
  ref="6",
  setup="配方：f(x) = (x − 1)² + 2，对称轴 x = 1，开口向上。在 [0, 1] 上递减，在 [1, 3] 上递增。",
  fin="最大值在端点取得：f(0) = 3，f(3) = 9 − 6 + 3 = 6。所以最大值为 6（在 x = 3 处取得）。",
  check="最小值为 f(1) = 2，最大值 6 > 3，取在离对称轴更远的端点 x = 3 ✓。",
  good=[("6", "plain_integer"), ("f(x)_{\\max} = 6", "named_value")],
  bad=[("2", "gave_minimum", "顶点处 f(1) = 2，所以最值为 2。"),
       ("3", "wrong_endpoint", "端点 f(0) = 3，所以最大值为 3。")])

P(ds="math_like", lang="zh",
  q="计算 $\\lg 2 + \\lg 50$。",
  ref="2",
  setup="利用对数运算法则 lg a + lg b = lg(ab)。",
  fin="lg 2 + lg 50 = lg(2 × 50) = lg 100 = 2。",
  check="10² = 100 ✓。",
  good=[("2", "plain_integer"), ("\\lg 100 = 2", "with_intermediate")],
  bad=[("\\lg 52", "added_arguments", "lg 2 + lg 50 = lg(2 + 50) = lg 52。"),
       ("100", "forgot_to_take_log", "lg 2 + lg 50 = 2 × 50 = 100。")])

P(ds="math_like", lang="zh",
  q="一个圆锥的底面半径为3 cm，高为4 cm，求它的侧面积。",
  ref="15\\pi\\ \\text{cm}^2",
  setup="圆锥侧面积公式 S = πrl，其中 l 是母线长。母线 l = √(r² + h²) = √(9 + 16) = 5 cm。",
  fin="S侧 = π × 3 × 5 = 15π cm²。",
  check="全面积还要加上底面积 9π，得 24π；题目只问侧面积，所以是 15π ✓。",
  good=[("15\\pi\\ \\text{cm}^2", "pi_with_unit"), ("15π", "unicode_pi")],
  bad=[("12\\pi", "used_height_as_slant", "S侧 = π × r × h = π × 3 × 4 = 12π cm²。"),
       ("24\\pi", "total_surface_area", "S = πrl + πr² = 15π + 9π = 24π cm²。")])

P(ds="aime_like", lang="zh",
  q="在1到100的整数中，既不是3的倍数也不是5的倍数的数共有多少个？",
  ref="53",
  setup="用容斥原理。3的倍数有 ⌊100/3⌋ = 33 个，5的倍数有 ⌊100/5⌋ = 20 个，15的倍数有 ⌊100/15⌋ = 6 个。",
  fin="是3或5的倍数的数：33 + 20 − 6 = 47 个。所以两者都不是的：100 − 47 = 53 个。",
  check="每15个连续整数中有 15 − 5 − 3 + 1 = 8 个满足条件；90以内有 6×8 = 48 个，91~100 中 91, 92, 94, 97, 98 共5个，48 + 5 = 53 ✓。",
  good=[("53", "plain_integer"), ("53个", "integer_with_measure_word")],
  bad=[("47", "gave_complement_count", "是3或5的倍数的数：33 + 20 − 6 = 47 个，即所求。"),
       ("53个是3或5的倍数，所以答案是47", "no_inclusion_exclusion", "3或5的倍数共 33 + 20 = 53 个，所以两者都不是的有 100 − 53 = 47 个。")])

P(ds="gsm8k_like", lang="zh",
  q="一列火车上午8:50出发，行驶了3小时25分钟后到达终点。火车几点到达？",
  ref="12:15",
  setup="先加3小时：8:50 + 3小时 = 11:50。",
  fin="再加25分钟：11:50 + 10分钟 = 12:00，再加15分钟 = 12:15。所以火车在中午12:15到达。",
  check="从8:50到12:15：10分钟 + 3小时 + 15分钟 = 3小时25分钟 ✓。",
  good=[("12:15", "clock_time"), ("中午12点15分", "chinese_time_words"), ("12时15分", "chinese_time_format")],
  bad=[("12:25", "minute_addition_error", "11:50 再加25分钟，50 + 25 = 75，即12:25。"),
       ("11:15", "hour_carry_missed", "11:50 + 25分钟 = 11:75 = 11:15。")])

P(ds="math_like", lang="zh",
  q="计算 $\\sin 30^\\circ + \\cos 60^\\circ$ 的值。",
  ref="1",
  setup="特殊角的三角函数值：sin 30° = 1/2，cos 60° = 1/2。",
  fin="所以 sin 30° + cos 60° = 1/2 + 1/2 = 1。",
  check="由互余关系 cos 60° = sin 30°，所以结果是 2 sin 30° = 1 ✓。",
  good=[("1", "plain_integer"), ("1.0", "decimal")],
  bad=[("\\sqrt{3}", "wrong_special_values", "sin 30° = √3/2，cos 60° = √3/2，相加得 √3。"),
       ("\\frac{1+\\sqrt{3}}{2}", "mixed_special_values", "sin 30° = 1/2，cos 60° = √3/2，相加得 (1 + √3)/2。")])
