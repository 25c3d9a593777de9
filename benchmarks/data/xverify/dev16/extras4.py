"""Fourth family-specific passage: how the solver plans to present / double-check. No final result stated."""


def fam_shop(v):
    return (f"Presentation plan: I'll show each line item (quantity × price), then the subtotal, then the subtraction from $100. "
            f"If I were doing this at a till, I'd count up from the total to $100 — the 'cashier's method' — which is a nice independent check on the subtraction. "
            f"I'll also make sure not to confuse the {v['n1']} with the {v['n2']} when multiplying; swapping quantities between the two items is an easy slip.")


def fam_percent(v):
    return ("How I'll present it: define the original price, apply each multiplier in order, compare the final price to the original, and express the relative change "
            "with an explicit sign. I'll also mention the 'naive' answer and why it's wrong, because that's what the question is really testing.")


def fam_dice(v):
    return ("Presentation: I'll list the favourable ordered pairs explicitly, count them, divide by 36, then reduce. Listing the pairs makes it easy for a reader to verify the count. "
            "I'll avoid converting to a decimal in the final answer since a common fraction is requested.")


def fam_quadratic(v):
    return ("Presentation: I'll show the discriminant, the two roots, and then substitute each root back into the original equation. "
            "The final answer will list both solutions, since the problem says 'all real solutions'.")


def fam_abs_ineq(v):
    return ("Presentation: rewrite as a compound inequality, solve, then convert to interval notation. I'll test one point inside and one point on each side outside the interval, "
            "plus the endpoints, to confirm strictness.")


def fam_line(v):
    return ("Presentation: compute m, compute b, write y = mx + b, check both points. If the slope is fractional I'll keep the fraction; decimals can hide rounding errors. "
            "I'll also be careful with double negatives when substituting negative coordinates.")


def fam_speed(v):
    return ("Presentation: convert the speed, multiply by the time, state the result in metres with the unit. A second method (converting time to hours) will serve as the check. "
            "Keeping units attached to every number is the simplest way to avoid the classic km/m mix-up.")


def fam_clock(v):
    return ("Presentation: I'll write the intermediate times explicitly (after adding the hours, after adding the minutes) and then do a 24-hour-clock check. "
            "The final answer will include AM or PM.")


def fam_divisors(v):
    return ("Presentation: show the prime factorization with exponents, apply the formula, and verify the factorization by multiplying back. "
            "This is an integer answer, so no units or formatting issues — just need the count right.")


def fam_powmod(v):
    return ("Presentation: list the cycle, state its length, reduce the exponent, read off the residue, and confirm with a second method. "
            "The answer is a single residue between 0 and the modulus minus one.")


def fam_distance(v):
    return ("Presentation: show the differences, the squares, the sum, then simplify the radical step by step (factor out the perfect square). "
            "I'll give a decimal approximation only as a check, not as the answer.")


def fam_cross(v):
    return ("Presentation: write the determinant, compute the three 2×2 minors with their signs, assemble the vector, then verify orthogonality with both input vectors. "
            "I'll present the answer as an ordered triple.")


def fam_sci(v):
    return ("Presentation: one multiplication, normalisation of the mantissa, and a rough order-of-magnitude check. "
            "I'll keep four significant figures to match the given constant.")


def fam_mixed(v):
    return ("Presentation: improper fraction, multiply, simplify, convert to a mixed number, then verify with decimals. "
            "I'll state the unit (cups) in the final answer.")


def fam_angle(v):
    return ("Presentation: compute the dot product and norms, get cos θ, identify θ exactly, convert to radians. "
            "I'll mention the degree value only as a side note, because the question explicitly asks for radians.")


def fam_date(v):
    return ("Presentation: a short month-by-month ledger of remaining days, then the final date with its weekday, then a day-of-year cross-check. "
            "I'll state the full date (month, day, year).")


def fam_series(v):
    return ("Presentation: compute the last term, apply the pairing formula, and verify with the alternative formula. "
            "The answer is a single integer (the sum).")


def fam_matrix(v):
    return ("Presentation: write out the four entries as row-column dot products, assemble the 2×2 result, then check via determinants. "
            "I'll present the final matrix in bracket notation.")


def zh_shop(v):
    return (f"书写步骤：先分别列出两种商品的总价，再求和，最后用100减去总价。每一步都写清楚单位“元”。"
            f"验算时可以用“凑整”的方法：从总价往上加，看加多少能凑到100元，这和收银员找零的思路一样。"
            f"另外要注意别把数量{v['n1']}和{v['n2']}弄混，钢笔对应{v['n1']}支，笔记本对应{v['n2']}本。"
            f"小数乘法的结果要注意保留到“分”，也就是小数点后两位，但末尾的0可以省略。")


def zh_quadratic(v):
    return ("书写步骤：第一步写出因式分解的形式；第二步令每个因式等于0；第三步分别求出两个根；第四步代入原方程检验。"
            "常见错误有：因式分解时符号写反，导致两个根都变成相反数；或者只写出一个根，漏掉另一个。"
            "另外，解一元二次方程的结果通常写成x₁ = …，x₂ = …，两个根的顺序无所谓。"
            "如果判别式小于0，就要写“方程无实数根”，但本题判别式大于0，所以一定有两个不同的实数根。")


def zh_prob(v):
    return ("书写步骤：先说明是古典概型或者用乘法公式，再写出算式，最后化简为最简分数。"
            "常见错误有：把不放回当成有放回（第二次的分母没有减1）；把“两个都是红球”理解成“至少一个红球”；分数没有约分。"
            "为了保险，我会用两种方法各算一次：一种是分步乘法 P = P(第一个红) × P(第二个红 | 第一个红)，另一种是组合数 C(红,2)/C(总,2)。"
            "两种方法结果相同，才说明计算没有问题。")


def zh_speed(v):
    return ("书写步骤：先求速度和，再用路程除以速度和得到时间，最后验算。"
            "常见错误有：把相遇问题当成追及问题用速度差；单位换算出错，比如把小时和分钟混淆。"
            "如果结果是小数，比如1.5小时，也可以写成1小时30分钟，两种写法都表示同一个时间。"
            "画线段图可以帮助理解：全程分成两段，一段是客车走的，一段是货车走的，两段合起来正好是全程。")


def zh_ineq(v):
    return ("书写步骤：移项时要变号；合并同类项；系数化为1时看清系数的正负；最后写出解集。"
            "常见错误有：移项忘记变号；除以负数忘记改变不等号方向；把“>”写成“≥”或反过来。"
            "解集的写法可以是不等式形式（如x > 2），也可以是区间形式（如(2, +∞)），两者等价。"
            "最后在数轴上表示时，实心点表示包含端点，空心点表示不包含端点。")


def zh_series(v):
    return ("书写步骤：写出公式，代入首项、公比和项数，计算qⁿ，最后求出结果。"
            "常见错误有：公式中的指数用错；把通项公式和求和公式混淆；公比为负数或分数时计算出错。"
            "本题公比是正整数，项数也不多，所以可以把每一项列出来直接相加，作为对公式结果的检验。"
            "等比数列求和公式有两种写法：a₁(qⁿ − 1)/(q − 1) 和 a₁(1 − qⁿ)/(1 − q)，当q > 1时用前一种比较方便。")
