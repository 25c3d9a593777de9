"""Family-specific exploratory passages (the 'thinking out loud' part before a solution).
They never state the final result, so they are safe to put before any ending, including truncation."""
from fractions import Fraction


def fam_shop(v):
    n1, p1, n2, p2, name = v["n1"], v["p1"], v["n2"], v["p2"], v["name"]
    return (f"First, what exactly is being asked? Not the total cost — the change from a $100 bill. I've seen a lot of people "
            f"(and, honestly, a lot of model outputs) stop at the total, so I'll keep the target in mind: change = 100 − (cost of notebooks + cost of markers).\n\n"
            f"Rough estimate before doing exact arithmetic: notebooks are about ${round(p1):d} each, {n1} of them, so roughly ${round(p1) * n1}; "
            f"markers are about ${round(p2):d} a set, {n2} sets, so roughly ${round(p2) * n2}. Total ballpark ${round(p1) * n1 + round(p2) * n2}, so the change should be "
            f"somewhere around ${100 - round(p1) * n1 - round(p2) * n2}. That gives me something to compare against at the end — if my exact answer is far from this, I've slipped.\n\n"
            f"Money problems are also where decimal slips happen: {p1:.2f} × {n1} needs the cents handled correctly. One safe way is to work in cents: "
            f"{int(round(p1 * 100))} cents × {n1} and {int(round(p2 * 100))} cents × {n2}, then convert back to dollars at the very end. "
            f"I'll do it in dollars but cross-check in cents. Also no tax or discount is mentioned, so I won't invent any. {name} pays with exactly one $100 bill.")


def fam_percent(v):
    p, q_, item = v["p"], v["q_"], v["item"]
    return (f"Classic successive-percentage question about {item}. The trap is obvious once you've seen it: a +{p}% change followed by −{q_}% is NOT the same as "
            f"{p - q_:+d}%, because the {q_}% is taken of the already-changed price.\n\n"
            f"Let me think about which direction the answer should go. If the two percentages were equal, say +x% then −x%, the multiplier is (1+x)(1−x) = 1 − x², which "
            f"is always below 1 — you always end up lower. Here the increase is {p}% and the decrease is {q_}%, so I expect "
            f"{'a net loss' if (100 + p) * (100 - q_) < 10000 else 'a net gain'} but I'll compute it exactly rather than trust intuition.\n\n"
            f"Multipliers are the cleanest tool: an increase of {p}% is ×{1 + p / 100:g}, a decrease of {q_}% is ×{1 - q_ / 100:g}. Order doesn't matter for multiplication "
            f"(decreasing first and then increasing gives the same final price), which is a nice sanity property. The question also wants a signed percent, so I must keep track of "
            f"whether this is an increase or a decrease and write the sign explicitly, not just a magnitude.")


def fam_dice(v):
    s, n = v["s"], v["n"]
    return (f"Sum of two dice equal to {s}. The sample space: I'll treat the dice as distinguishable (die 1, die 2), so 36 equally likely outcomes. "
            f"If I used unordered pairs I'd get 21 outcomes that are NOT equally likely — e.g. {{1,2}} can happen two ways while {{1,1}} happens one way — so that approach gives wrong probabilities.\n\n"
            f"Which sums are possible: 2 through 12. The distribution is the triangle 1,2,3,4,5,6,5,4,3,2,1. Sum 7 is the mode with 6 ways. "
            f"{s} is {abs(s - 7)} away from 7, so by symmetry it should have 6 − {abs(s - 7)} ways. But I'd rather enumerate than trust the pattern blindly.\n\n"
            f"For the enumeration: first die a from 1 to 6, second die must be {s} − a, which must also be between 1 and 6. So a must satisfy "
            f"max(1, {s} − 6) ≤ a ≤ min(6, {s} − 1), i.e. {max(1, s - 6)} ≤ a ≤ {min(6, s - 1)}. Then the fraction must be reduced to lowest terms, since the question says 'common fraction'.")


def fam_quadratic(v):
    a, b, s, p = v["a"], v["b"], v["s"], v["p"]
    return (f"Monic quadratic, integer coefficients, so factoring over the integers is the first thing to try. By Vieta, the roots r₁, r₂ satisfy r₁ + r₂ = {s} and r₁r₂ = {p}.\n\n"
            f"Sign analysis: the product is {'positive, so the roots have the same sign' if p > 0 else 'negative, so the roots have opposite signs'}; "
            f"the sum is {'positive' if s > 0 else 'negative'}, so {'both roots are positive' if p > 0 and s > 0 else ('both roots are negative' if p > 0 else 'the root with the larger absolute value is ' + ('positive' if s > 0 else 'negative'))}.\n\n"
            f"Factor pairs of {abs(p)}: " + ", ".join(f"{i}×{abs(p) // i}" for i in range(1, abs(p) + 1) if abs(p) % i == 0 and i * i <= abs(p)) +
            f". I'll scan these with the right signs for a sum of {s}. If nothing works I can always fall back on the quadratic formula — the discriminant {s * s - 4 * p} is a perfect square, "
            f"which already tells me the roots are rational (indeed integers, since the polynomial is monic). The question asks for all real solutions, so I should report both roots, not just one.")


def fam_abs_ineq(v):
    c, d, cs = v["c"], v["d"], v["cs"]
    return (f"Geometric reading first: |{cs}| is the distance from x to {c} on the number line. 'Distance less than {d}' means x is within {d} units of {c}, strictly. "
            f"So the solution is a single open interval centred at {c} with radius {d}. That picture already tells me the form of the answer: an open interval, no union, no closed brackets.\n\n"
            f"Common errors I want to avoid: (1) writing a closed interval — the inequality is strict, so the endpoints are excluded; (2) flipping the shift direction, i.e. centring at {-c} "
            f"instead of {c} because the expression is written as '{cs}'; (3) confusing |u| < k (a 'between' condition) with |u| > k (an 'outside' condition, which gives two rays).\n\n"
            f"Algebraically I'll use the standard equivalence −k < u < k for k > 0, then isolate x by {'adding' if c > 0 else 'subtracting'} {abs(c)} on all three parts.")


def fam_line(v):
    x1, x2, y1, y2, f = v["x1"], v["x2"], v["y1"], v["y2"], v["f"]
    return (f"Two points determine a unique line (they have different x-coordinates, {x1} and {x2}, so it's not vertical and slope-intercept form exists).\n\n"
            f"Plan: slope from the difference quotient, then the intercept from one of the points, then verify with the other point. The usual pitfalls: subtracting in "
            f"inconsistent order (y₂ − y₁ over x₁ − x₂ flips the sign), and sign slips when solving b = y − mx with negative coordinates. "
            f"Here the coordinates are ({x1}, {f(y1)}) and ({x2}, {f(y2)}), so there are {'negative numbers involved, which is exactly where sign slips happen' if min(x1, x2, y1, y2) < 0 else 'no negatives, good'}.\n\n"
            f"Direction check before computing: going from x = {x1} to x = {x2}, y goes from {f(y1)} to {f(y2)}, so the line is {'rising' if (y2 - y1) * (x2 - x1) > 0 else 'falling'} — the slope should be "
            f"{'positive' if (y2 - y1) * (x2 - x1) > 0 else 'negative'}. The answer should be written as y = mx + b as requested.")


def fam_speed(v):
    kmh, t, vehicle = v["kmh"], v["t"], v["vehicle"]
    return (f"Mixed units: speed in kilometres per hour, time in seconds, answer wanted in metres. The cleanest route is to convert the speed to metres per second once, "
            f"then multiply by the time. Recall 1 km/h = 1000 m / 3600 s = 5/18 m/s, i.e. divide by 3.6.\n\n"
            f"Sanity: {kmh} km/h is {'a typical highway-ish speed' if kmh >= 70 else 'a moderate urban speed'} for {vehicle.lower()}. In one second it covers about "
            f"{kmh / 3.6:.1f} metres, so in {t} seconds it should be a few hundred metres at most — definitely not {kmh * t} (that's what you get if you forget to convert) and not a fraction of a metre "
            f"(what you get if you leave the answer in kilometres but label it metres).\n\n"
            f"I'll also do it a second way at the end: convert the time to hours ({t}/3600 h), get kilometres, and convert to metres. Both ways must agree.")


def fam_clock(v):
    start, dh, dm, m = v["start"], v["dh"], v["dm"], v["m"]
    return (f"Time arithmetic. I'll add hours and minutes separately and handle the carry: {m} + {dm} minutes is {m + dm}, which is {'≥ 60, so there is a carry of one hour' if m + dm >= 60 else 'under 60, so no carry'}.\n\n"
            f"I also need to watch the AM/PM boundary — starting at {start} and adding {dh} h {dm} min might cross noon or midnight. "
            f"Twelve-hour clocks are annoying: 12:xx PM is just after noon, 12:xx AM is just after midnight. To be safe I'll convert to 24-hour time, add, and convert back.\n\n"
            f"In 24-hour terms the start is {v['h']:02d}:{m:02d}. The duration in minutes is {dh * 60 + dm}. The question wants the 12-hour clock with AM/PM, so the final answer needs the suffix.")


def fam_divisors(v):
    N, ps = v["N"], v["ps"]
    return (f"Divisor counting is all about the prime factorization: if N = p₁^e₁ ⋯ p_k^e_k, every divisor is p₁^f₁ ⋯ p_k^f_k with 0 ≤ f_i ≤ e_i, "
            f"independently, so there are (e₁+1)⋯(e_k+1) of them. Note this counts 1 and N itself — 'positive divisors' includes both.\n\n"
            f"So the whole job is factoring {N} correctly. It's even? {'Yes' if N % 2 == 0 else 'No'}. Divisible by 3? digit sum is {sum(map(int, str(N)))}, so {'yes' if N % 3 == 0 else 'no'}. "
            f"Divisible by 5? ends in {str(N)[-1]}, so {'yes' if N % 5 == 0 else 'no'}. I'll also test 7 and 11 since they're small. "
            f"The primes that should show up are among {', '.join(map(str, ps))} — I'll strip each one out completely before moving on, counting how many times it divides.\n\n"
            f"A common mistake is adding the exponents instead of multiplying (e+1) terms, or forgetting the '+1' that accounts for the exponent 0 choice.")


def fam_powmod(v):
    base, m, n, per = v["base"], v["m"], v["n"], v["per"]
    return (f"Huge exponent ({n}), small modulus ({m}). Direct computation is out; the standard approach is to find the cycle of {base}^k mod {m}. "
            f"Since gcd({base}, {m}) = 1, Euler's theorem guarantees the powers eventually return to 1, and the order divides φ({m}).\n\n"
            f"Then reduce the exponent modulo the cycle length. The indexing is the error-prone part: if the cycle is {base}^1, {base}^2, …, {base}^L ≡ 1, then "
            f"{base}^n depends on n mod L, where a remainder of 0 corresponds to {base}^L ≡ 1, not to the first element. I'll be careful with that off-by-one.\n\n"
            f"I'll list the residues one by one by multiplying the previous residue by {base} and reducing mod {m}, which keeps the numbers tiny. "
            f"Then {n} ÷ L with remainder, and read off the residue.")


def fam_distance(v):
    x1, y1, x2, y2 = v["x1"], v["y1"], v["x2"], v["y2"]
    return (f"Distance formula d = √((x₂−x₁)² + (y₂−y₁)²). Signs don't matter after squaring, but I still need the differences right: subtracting a negative "
            f"coordinate is where people slip. Points are ({x1}, {y1}) and ({x2}, {y2}).\n\n"
            f"After getting the sum of squares, 'simplest radical form' means pulling out the largest perfect-square factor: √(a²·b) = a√b with b squarefree. "
            f"So I'll need the factorization of the sum and look for 4, 9, 16, 25, 36, 49, ... as factors.\n\n"
            f"Estimate: the horizontal gap is {abs(x2 - x1)} and the vertical gap is {abs(y2 - y1)}, so the distance is between {max(abs(x2 - x1), abs(y2 - y1))} (the longer leg) and "
            f"{abs(x2 - x1) + abs(y2 - y1)} (the sum of the legs). Whatever radical I get should land in that range numerically.")


def fam_cross(v):
    u, w = v["u"], v["v"]
    return (f"Cross product in R³. Mnemonic: the 3×3 determinant with i, j, k in the top row. The middle (j) component carries a minus sign in cofactor expansion — "
            f"equivalently it's u₃v₁ − u₁v₃ in cyclic order — and that sign is the single most common mistake.\n\n"
            f"Order also matters: u × v = −(v × u). The question asks for u × v with u = ({', '.join(map(str, u))}) first.\n\n"
            f"Built-in check available: the result must be orthogonal to both u and v, so its dot product with each must be 0. I'll do that check at the end; it catches "
            f"almost every sign error. (Another check: if u and v were parallel the result would be the zero vector — they are {'not parallel' if any(u[i] * w[j] != u[j] * w[i] for i in range(3) for j in range(3)) else 'parallel'} here.)")


def fam_sci(v):
    mol = v["mol"]
    return (f"Number of molecules = moles × Avogadro's number. The question is about CO₂ molecules — not atoms. Each CO₂ has three atoms, which is a tempting multiplication "
            f"to make if you misread 'molecules' as 'atoms'; I won't.\n\n"
            f"Scientific notation: the mantissa must be in [1, 10). Multiplying {mol} × 6.022 gives a number that might fall outside that range, in which case I shift the decimal "
            f"point and adjust the exponent by one. That adjustment is the classic off-by-one-exponent error, so I'll double-check it by estimating: {mol} mol is "
            f"{'more than' if mol > 1 else 'less than'} one mole, so the count is {'more' if mol > 1 else 'less'} than 6×10²³.\n\n"
            f"Significant figures: N_A is given to four figures, so four significant figures in the result is reasonable.")


def fam_mixed(v):
    w, n, dd, serv_from, serv_to, sc_ = v["w"], v["n"], v["dd"], v["serv_from"], v["serv_to"], v["sc_"]
    return (f"Scaling a recipe from {serv_from} servings to {serv_to}. The multiplier is {serv_to}/{serv_from}, which simplifies to {sc_}. "
            f"{'More servings, so more flour — the answer must exceed' if sc_ > 1 else 'Fewer servings, so less flour — the answer must be below'} {w} {n}/{dd} cups.\n\n"
            f"Mixed numbers should be converted to improper fractions before multiplying. A frequent mistake is to scale only the whole-number part (e.g. "
            f"multiplying {w} by the factor and leaving {n}/{dd} alone) — that's wrong because the fractional part must scale too.\n\n"
            f"After multiplying I'll reduce and convert back to a mixed number, since the question explicitly asks for one. As a backup check I'll redo it in decimals: "
            f"{w} {n}/{dd} = {w + n / dd:g}, times {float(sc_):g}.")


def fam_angle(v):
    return ("Angle between two vectors: cos θ = (a·b)/(|a||b|), with θ taken in [0, π]. Because arccos has range [0, π], there's no ambiguity once I have the cosine.\n\n"
            "Two things to be careful about: (1) the question asks for radians, so if I recognise a familiar angle in degrees I must convert (multiply by π/180); "
            "(2) a negative cosine means an obtuse angle, not the acute reference angle.\n\n"
            "The vectors involve small integers (and possibly √3), which suggests a 'nice' special angle — 30°, 45°, 60°, 90°, 120°, 135°, 150° are the candidates. "
            "I'll compute the dot product and magnitudes exactly rather than using decimals, so I can recognise the exact value.")


def fam_date(v):
    start, k = v["start"], v["k"]
    return (f"Date arithmetic: {k} days after {start.strftime('%B')} {start.day}, {start.year}. Convention: 'k days from today' means today is day 0, so tomorrow is 1 day from today. "
            f"Counting today as day 1 would be an off-by-one error.\n\n"
            f"Month lengths matter: 30 days hath September, April, June and November; February has 28, or 29 in a leap year. Is {start.year} a leap year? "
            f"{start.year} {'is' if start.year % 4 == 0 and (start.year % 100 != 0 or start.year % 400 == 0) else 'is not'} divisible by 4 in the leap-year sense, "
            f"so February {start.year} has {29 if start.year % 4 == 0 else 28} days — relevant only if the span crosses February.\n\n"
            f"Method: use up the rest of the current month, then subtract whole months until fewer days remain than the next month has. As a check, the weekday must advance by {k} mod 7 = {k % 7}.")


def fam_series(v):
    a, d, n = v["a"], v["d"], v["n"]
    return (f"Arithmetic sequence starting at {a} with common difference {d} (each term is {d} more than the previous: {a}, {a + d}, {a + 2 * d}, ...). "
            f"The sum of the first n terms is S_n = n/2·(a₁ + a_n) = n/2·(2a₁ + (n−1)d).\n\n"
            f"The n-th term is a₁ + (n−1)d — with (n−1), not n. Using n instead of n−1 is the classic fencepost error, and it shifts every term and therefore the sum, so I'll be careful.\n\n"
            f"Also, the question asks for the sum, not the {n}th term. Estimate: the average term is about the middle term, roughly {a} + {n // 2}·{d} ≈ {a + (n // 2) * d}, "
            f"so the sum should be roughly {n} × {a + (n // 2) * d} ≈ {n * (a + (n // 2) * d)} — a little less, because the middle is between terms.")


def fam_matrix(v):
    A, B = v["A"], v["B"]
    return (f"2×2 matrix multiplication. Entry (i, j) of AB is row i of A dotted with column j of B. Matrix multiplication is not commutative, so computing BA by accident "
            f"would usually give a different matrix — I need A on the left.\n\n"
            f"Row 1 of A is ({A[0][0]}, {A[0][1]}), row 2 is ({A[1][0]}, {A[1][1]}). Column 1 of B is ({B[0][0]}, {B[1][0]}), column 2 is ({B[0][1]}, {B[1][1]}). "
            f"I'll write all four dot products out rather than doing them mentally; negative entries invite sign slips.\n\n"
            f"Check available afterwards: det(AB) = det(A)·det(B). det A = {A[0][0] * A[1][1] - A[0][1] * A[1][0]}, det B = {B[0][0] * B[1][1] - B[0][1] * B[1][0]}. "
            f"Also the trace isn't multiplicative, so I can't use that — only the determinant.")


def zh_shop(v):
    n1, p1, n2, p2 = v["n1"], v["p1"], v["n2"], v["p2"]
    return (f"这题问的是“找回多少元”，不是“一共花了多少元”，这一点先记住。\n\n"
            f"先粗略估计一下：钢笔大约{round(p1)}元一支，{n1}支大概{round(p1) * n1}元；笔记本大约{round(p2)}元一本，{n2}本大概{round(p2) * n2}元。"
            f"合计大约{round(p1) * n1 + round(p2) * n2}元，所以找回的钱应该在{100 - round(p1) * n1 - round(p2) * n2}元左右。最后算出来的精确值如果和这个差太多，就说明算错了。\n\n"
            f"小数乘法要注意小数点位置，比如{p1:g}×{n1}，可以先按整数{int(round(p1 * 10))}×{n1}算，再除以10。减法的时候注意借位。题目没有提到打折或优惠，所以直接按原价算。")


def zh_quadratic(v):
    s, p = v["s"], v["p"]
    return (f"一元二次方程，二次项系数为1，常数项和一次项系数都是整数，先考虑十字相乘法。根据韦达定理，两根之和为{s}，两根之积为{p}。\n\n"
            f"两根之积{'为正，说明两根同号' if p > 0 else '为负，说明两根异号'}。"
            f"判别式 Δ = {s}² − 4×{p} = {s * s - 4 * p} > 0，所以有两个不相等的实数根，而且Δ是完全平方数，根是有理数。\n\n"
            f"题目要求解方程，所以两个根都要写出来，不能只写一个。解出来以后代回原方程检验。")


def zh_prob(v):
    red, blue = v["red"], v["blue"]
    return (f"关键词是“不放回”。第一次摸出一个红球以后，袋子里只剩{red + blue - 1}个球，其中红球{red - 1}个。如果按“放回”来算，两次概率都是{red}/{red + blue}，那就错了。\n\n"
            f"可以用两种方法：一是分步乘法（条件概率），二是古典概型用组合数，C(红球数,2)/C(总数,2)。两种方法结果应该一致，我两种都算一下互相验证。\n\n"
            f"另外要注意题目问的是“两个都是红球”，不是“至少一个红球”，也不是“恰好一个红球”。最后把分数化成最简分数。")


def zh_speed(v):
    v1, v2, d = v["v1"], v["v2"], v["d"]
    return (f"相遇问题。两车同时出发、相向而行，所以每小时两车之间的距离缩短{v1}+{v2}千米，也就是用速度和。"
            f"如果是同向的追及问题才用速度差，这里不是。\n\n"
            f"公式：相遇时间 = 总路程 ÷ 速度和。总路程{d}千米。单位：千米 ÷ 千米/时 = 小时，题目问的也是小时，不用换算。"
            f"如果结果不是整数，可以写成小数或者几小时几分钟。\n\n"
            f"最后验算：两车各自走的路程加起来应该正好等于{d}千米。")


def zh_ineq(v):
    a, neg = v["a"], v["neg"]
    return (f"一元一次不等式。步骤：移项、合并同类项、系数化为1。关键的一步是系数化为1的时候：" +
            (f"这里x的系数是−{a}，是负数，两边同除以负数时不等号方向必须改变。这是最容易错的地方。" if neg else f"这里x的系数是{a}，是正数，两边同除以正数时不等号方向不变。") +
            f"\n\n还要注意端点：题目里是{'严格不等号“>”' if neg else '“≥”，端点可以取到'}，最后的解集写法要对应{'开区间' if neg else '闭端点'}。\n\n"
            f"解完后取一个解集内的数和一个解集外的数代回去检验。")


def zh_series(v):
    a, q_, n = v["a"], v["q_"], v["n"]
    return (f"等比数列求前n项和。公比q = {q_} ≠ 1，所以可以用公式 S_n = a₁(qⁿ − 1)/(q − 1)。如果q = 1就要用 S_n = n·a₁，这里不是这种情况。\n\n"
            f"容易出错的地方：指数写成n+1或n−1；或者把第{n}项a_{n}当成前{n}项和。题目问的是前{n}项和 S_{n}。\n\n"
            f"因为项数不多（{n}项），我可以把每一项都写出来直接相加来验证公式结果：首项{a}，每次乘以{q_}。")
