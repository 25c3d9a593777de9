"""Family-specific 'reading the problem' passages: how the solver interprets the statement and what
it plans to do. They do not state the final result."""


def fam_shop(v):
    return (f"Reading the problem again: two purchases, one payment. The quantities are {v['n1']} notebooks and {v['n2']} marker sets; the unit prices are "
            f"${v['p1']:.2f} and ${v['p2']:.2f}. Is 'set of markers' priced per set or per marker? The problem says '{v['n2']} sets of markers at ${v['p2']:.2f} each', so per set — "
            f"I won't multiply by the number of markers inside a set, which isn't given anyway.\n\n"
            f"Output format: dollars. I'll keep two decimal places because it's money, but a value like 12.5 and 12.50 are the same amount. "
            f"The structure is: cost = Σ quantity × unit price; change = payment − cost. Nothing is said about the shop running out of change or rounding to the nearest 5 cents, so exact cents it is.")


def fam_percent(v):
    return (f"Let me be precise about the wording: 'increased by {v['p']}%' means multiplied by (1 + {v['p']}/100); 'the new price is decreased by {v['q_']}%' means the "
            f"decrease is computed on the new (increased) price, not on the original. That second clause is what makes this a trap question.\n\n"
            f"The answer should be expressed relative to the ORIGINAL price, as a signed percentage. Since I don't know the original price, I'll either use a variable P or just pick "
            f"P = 100, which makes the final number read directly as a percentage of the original. Either works because percentage change is scale-invariant.")


def fam_dice(v):
    return ("Interpretation: 'two fair six-sided dice' — each face 1–6 equally likely, the dice independent. 'The sum of the numbers shown' is just the total of the two top faces. "
            "'Common fraction' means a reduced fraction a/b, not a decimal or percentage.\n\n"
            "Approaches: (a) enumerate the 6×6 grid and count cells on the anti-diagonal with the target sum; (b) use the triangular distribution formula; "
            "(c) generating functions, (x + x² + … + x⁶)², and read off a coefficient. (c) is overkill; I'll do (a) and use (b) as a check.")


def fam_quadratic(v):
    return (f"The equation is {v['poly']} = 0. It's a quadratic in standard form with leading coefficient 1. 'All real solutions' — so I should check the discriminant to see "
            f"whether there are two, one, or zero real roots, and then list every one of them.\n\n"
            f"Options: factoring (fastest when the roots are integers), completing the square, or the quadratic formula (always works). "
            f"I'll try factoring first and confirm with the formula, because listing only one root or getting a sign backwards are both easy mistakes with factoring.")


def fam_abs_ineq(v):
    return (f"The inequality is strict ('<', not '≤'), and the right-hand side {v['d']} is positive, so the solution set is non-empty. "
            f"(If the right side were negative there would be no solutions at all, since an absolute value is never negative.)\n\n"
            f"Requested format: interval notation. So the final answer should look like (lower, upper) with round brackets for excluded endpoints. "
            f"I'll still keep the inequality form around because it's easier to check.")


def fam_line(v):
    return ("The problem gives two points and asks for slope-intercept form, y = mx + b. So I need two numbers: the slope m and the y-intercept b. "
            "If the slope turns out to be a fraction I'll keep it as an exact fraction rather than a decimal.\n\n"
            "Alternative forms (point-slope, standard Ax + By + C = 0) describe the same line, but the question specifically wants slope-intercept, so that's how I'll present it, "
            "possibly mentioning the standard form as a cross-check.")


def fam_speed(v):
    return (f"What's given: a constant speed of {v['kmh']} km/h and a duration of {v['t']} s. What's asked: distance in metres. "
            f"Constant speed means distance = speed × time, no acceleration to worry about.\n\n"
            f"The only real content is the unit conversion. I remember 36 km/h = 10 m/s, which is a handy anchor: 72 km/h = 20 m/s, 18 km/h = 5 m/s, and so on. "
            f"I'll use that anchor to sanity-check the exact conversion.")


def fam_clock(v):
    return (f"The bus departs at {v['start']} and the trip lasts {v['dh']} hours {v['dm']} minutes. We want the arrival time on a 12-hour clock with AM/PM. "
            f"No time zones or stops are mentioned, so it's pure clock arithmetic.\n\n"
            f"A table might help keep track: departure, add hours, add minutes, normalise the minutes (carry if ≥ 60), normalise the hour (mod 24), then convert to 12-hour format. "
            f"The AM/PM suffix is part of the answer — giving the right digits with the wrong suffix would be a 12-hour error.")


def fam_divisors(v):
    return (f"'Positive divisors of {v['N']}' — all positive integers d with d | {v['N']}, including 1 and the number itself. "
            f"Listing them all by trial division up to √{v['N']} ≈ {v['N'] ** 0.5:.1f} is possible but tedious and error-prone; the factorization formula is much more reliable.\n\n"
            f"This is a standard competition question, answer is a positive integer. I'll factor, apply τ(n) = Π(e_i + 1), and sanity-check the parity: τ(n) is odd exactly when n is a perfect square. "
            f"{v['N']} {'is' if int(v['N'] ** 0.5) ** 2 == v['N'] else 'is not'} a perfect square, so τ should be {'odd' if int(v['N'] ** 0.5) ** 2 == v['N'] else 'even'}.")


def fam_powmod(v):
    return (f"We want {v['base']}^{v['n']} mod {v['m']}, an integer between 0 and {v['m'] - 1}. "
            f"Tools: Fermat/Euler (exponent reduction), or just finding the period by hand since the modulus is small.\n\n"
            f"φ({v['m']}) bounds the period: the order of {v['base']} divides φ({v['m']}). I'll find the actual order, which may be smaller than φ, and use it to reduce the exponent. "
            f"An alternative check is repeated squaring: write {v['n']} in binary ({bin(v['n'])[2:]}) and square-and-multiply.")


def fam_distance(v):
    return ("The answer is requested in 'simplest radical form', so a decimal approximation wouldn't be acceptable as the final answer — I need an exact expression "
            "of the form a√b with b squarefree (or an integer if the sum of squares is a perfect square).\n\n"
            "The distance formula is just the Pythagorean theorem applied to the horizontal and vertical legs. I'll compute the legs, square, add, and simplify the root.")


def fam_cross(v):
    return ("Both vectors are in three dimensions, so the cross product is defined and is again a 3-vector. The output should be a vector (three components), "
            "not a scalar — the dot product would be a scalar, and mixing those up is a different kind of error.\n\n"
            "Formula: u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁). I'll compute each component separately and show the products so that sign slips are visible.")


def fam_sci(v):
    return (f"Given: amount of substance n = {v['mol']} mol of CO₂, and Avogadro's constant 6.022 × 10²³ per mole. Wanted: the number of molecules, in scientific notation.\n\n"
            f"The molar mass of CO₂ (44 g/mol) is irrelevant here, since the amount is already given in moles rather than grams — it's a distractor if you reach for it. "
            f"So it is a one-step multiplication followed by normalising the mantissa.")


def fam_mixed(v):
    return (f"Recipe: {v['serv_from']} servings need {v['w']} {v['n']}/{v['dd']} cups. Target: {v['serv_to']} servings. Assumption: flour scales linearly with servings, "
            f"which is the intended model for these problems.\n\n"
            f"Answer format: a mixed number (whole part plus a proper fraction). I'll compute with improper fractions and convert at the end, making sure the fractional part is reduced.")


def fam_angle(v):
    return ("The problem wants the angle between two plane vectors, in radians. The angle between vectors is defined to lie in [0, π], so there's exactly one answer.\n\n"
            "Plan: dot product, the two norms, the cosine, then recognise the angle. If the cosine isn't a standard value I'd leave the answer as an arccos, but "
            "here the inputs look designed to give a standard angle.")


def fam_date(v):
    return (f"Starting date: {v['start'].strftime('%A, %B')} {v['start'].day}, {v['start'].year}. Offset: {v['k']} days forward. Output: a full calendar date (month, day, year); "
            f"a weekday alone wouldn't answer the question, though it's useful as a check.\n\n"
            f"I'll walk month by month. Doing it in one jump by 'average month length' is how people end up a day or two off.")


def fam_series(v):
    return (f"The sequence {v['a']}, {v['a'] + v['d']}, {v['a'] + 2 * v['d']}, … has constant differences of {v['d']}, so it's arithmetic. "
            f"We need S_{v['n']}, the sum of the first {v['n']} terms.\n\n"
            f"Two equivalent formulas: S_n = n(a₁ + a_n)/2 and S_n = n a₁ + d n(n−1)/2. I'll use the first and check with the second.")


def fam_matrix(v):
    return ("Both matrices are 2×2, so AB is defined and is 2×2. The product is computed row-by-column; I'll lay the four entries out explicitly.\n\n"
            "The expected answer is a matrix, so I'll present it in matrix form (pmatrix), and perhaps also as a nested list for readability.")


def zh_shop(v):
    return (f"读题：小明买了两种东西，钢笔{v['n1']}支、单价{v['p1']:g}元；笔记本{v['n2']}本、单价{v['p2']:g}元。付款100元。问题是找回多少钱。\n\n"
            f"思路：总价 = 单价 × 数量，两种商品分别算再相加；找回的钱 = 付款 − 总价。答案用“元”作单位，保留到角、分即可。")


def zh_quadratic(v):
    return (f"读题：方程是 {v['poly']} = 0，要求解出所有的解。这是标准形式的一元二次方程。\n\n"
            f"可选方法：因式分解法、配方法、公式法。系数比较简单，先用因式分解（十字相乘），再用公式法或韦达定理检验。最后答案要写成 x₁ = …，x₂ = … 的形式。")


def zh_prob(v):
    return (f"读题：袋中共有{v['red'] + v['blue']}个球，其中红球{v['red']}个、蓝球{v['blue']}个，不放回地依次摸两个，求两个都是红球的概率。"
            f"每个球被摸到的可能性相同，属于古典概型。\n\n"
            f"答案应为一个最简分数。我会用分步乘法计算，再用组合数法验证。")


def zh_speed(v):
    return (f"读题：两地相距{v['d']}千米，客车速度每小时{v['v1']}千米，货车速度每小时{v['v2']}千米，两车同时从两地出发，相向而行，求相遇时间。\n\n"
            f"画一条线段表示全程，两车从两端向中间走，相遇时两车所走路程之和等于全程。这是典型的相遇问题。")


def zh_ineq(v):
    return ("读题：求一元一次不等式的解集。解集可以用不等式表示，也可以用区间表示，两种写法都可以。\n\n"
            "步骤：移项 → 合并 → 系数化为1 → 写出解集 → 检验。")


def zh_series(v):
    return (f"读题：等比数列，首项a₁ = {v['a']}，公比q = {v['q_']}，求前{v['n']}项和。\n\n"
            f"等比数列的通项公式是 a_n = a₁q^(n−1)，前n项和公式是 S_n = a₁(1 − qⁿ)/(1 − q)（q ≠ 1）。两种写法等价，分子分母同乘−1即可。")
