"""Family-specific conceptual paragraphs that reasoning-style outputs use while
thinking a problem through (static text; numbers live in the families)."""

CONCEPT = {
    "shop": {
        "en": ["The key modelling question is what the discount applies to. 'On the whole purchase' means one percentage taken off the grand total. If it said 'on the first item only' or 'buy one get one', the computation would be different, so it matters to read that phrase precisely.",
               "Money questions also have a formatting subtlety: the result should be a dollar amount with at most two decimal places. If my arithmetic produced something like a third of a cent, that would be a red flag that I misread a price."],
        "zh": ["先算出原价总和，再乘以折扣率，最后检查结果是否保留到分（两位小数）。如果出现比分还小的零头，说明某个价格看错了。", "关键是弄清楚折扣作用在哪里：题目说的是全部商品统一打折，所以可以先求总价再打折。", "打几折就是按原价的百分之几十付款，比如打八五折就是付原价的85%。"],
    },
    "travel": {
        "en": ["Time = distance ÷ speed gives hours when speed is in km/h. The question wants minutes, so there has to be a conversion factor of 60 somewhere — forgetting it is the classic error on this kind of problem.",
               "Any stop adds directly to the travel time; it doesn't change the moving time, because the speed given is the speed while moving."],
        "zh": ["途中停靠的时间要单独加上，因为题目给出的速度是行驶时的速度，停车时不前进。", "最后答案的单位必须是题目要求的“分钟”，不能直接写小时数。", "路程 ÷ 速度 = 时间，速度单位是千米/时，算出来的时间单位是小时，题目问的是分钟，所以最后要乘60。"],
    },
    "dice": {
        "en": ["For two dice the cleanest sample space is the 36 ordered pairs (first die, second die). They are equally likely, which is exactly what makes 'favourable ÷ total' valid. The 21 unordered outcomes are NOT equally likely — a double like (3,3) can happen one way, while {2,5} can happen two ways.",
               "It is often easier to count the complement and subtract from 1, but only if the complement is simpler. Here I'll count directly and use the complement as a check."],
        "zh": ["求概率的基本步骤：确定样本空间、确认每个基本事件等可能、数出符合条件的基本事件个数、相除。", "可以用列表法或树状图把36种结果全部列出来，避免遗漏或重复。", "两枚骰子的基本事件应看作有序数对，共36个，而且每个等可能。若不计顺序只有21种，但它们不是等可能的，不能直接用古典概型。"],
    },
    "quadratic": {
        "en": ["A quadratic has at most two real roots, and the discriminant tells us how many. If Δ is a perfect square and the coefficients are integers, the roots are rational and the polynomial factors over the integers.",
               "It's easy to report only one root when a question says 'solve' — but 'solve' means find all solutions, so both roots must appear in the final answer."],
        "zh": ["解一元二次方程常用的方法有因式分解法、配方法和公式法。系数不太好分解时，用求根公式最稳妥。", "求出根之后最好代回原方程检验，防止符号出错。", "一元二次方程的解的个数由判别式决定：Δ>0 有两个不等实根。求解时两个根都要写出来。"],
    },
    "system": {
        "en": ["Two linear equations in two unknowns: elimination is usually the least error-prone method. I'll scale the equations so one variable cancels, solve for the other, then back-substitute.",
               "The final answer should be an ordered pair (x, y) — the order matters, so I have to be careful not to list y first."],
        "zh": ["消元时要注意每一项都要乘以相同的倍数，常数项也不能漏乘。", "求出的解要写成有序数对的形式，x 在前、y 在后。", "二元一次方程组常用加减消元法或代入消元法。这里用加减消元法，先消去x求y，再代回求x。"],
    },
    "inequality": {
        "en": ["Linear inequalities are solved like equations except for one rule: multiplying or dividing both sides by a negative number reverses the direction of the inequality.",
               "Whether the endpoint is included depends on whether the original inequality is strict (<, >) or not (≤, ≥). In interval notation that's the difference between a round and a square bracket."],
        "zh": ["解集可以用不等式表示，也可以用区间表示，两种写法等价。", "最后可以取一个特殊值代入原不等式检验方向是否正确。", "解一元一次不等式和解方程类似，但两边同乘或同除一个负数时，不等号方向要改变。端点是否取到取决于原不等式是否带等号。"],
    },
    "polygon": {
        "en": ["For any convex polygon with n sides, the interior angles sum to (n − 2)·180°, and the exterior angles always sum to 360°. For a regular polygon all angles are equal, so dividing gives each one.",
               "I need to respect the unit the question asks for — degrees and radians describe the same angle but the numbers are different."],
        "zh": ["注意题目问的是“每个内角”还是“内角和”，二者不要混淆；单位要用度。", "n边形内角和公式：(n−2)×180°；任意多边形外角和都是360°。正多边形各内角相等。"],
    },
    "combos": {
        "en": ["The deciding question in counting problems is whether order matters. A committee (or a set of toppings) is just a set: choosing Ann then Bob gives the same committee as Bob then Ann. So it's combinations, not permutations.",
               "Computing n!/(k!(n−k)!) directly with huge factorials is wasteful; cancel the (n−k)! first and multiply only the top k factors."],
        "zh": ["组合数的计算可以先约分再相乘，减少计算量，也不容易出错。", "可以用组合数的性质 C(n,k)=C(n,n−k) 和 C(n,k)=C(n−1,k−1)+C(n−1,k) 来检验结果。", "排列与组合的区别在于是否与顺序有关。选出若干人组成小组，与顺序无关，用组合数。"],
    },
    "series": {
        "en": ["For an arithmetic sequence, the sum of the first n terms is n times the average of the first and last terms. The subtle point is the nth term: it is a₁ + (n − 1)d, not a₁ + nd, because the first term already counts as one of the n.",
               "A quick sanity bound: the sum must lie between n·a₁ and n·aₙ."],
        "zh": ["等差数列的项数是 n，第 n 项是 a₁+(n−1)d，最容易错的是把项数或末项算错一个。", "也可以用“首尾配对”的方法：第一项加最后一项、第二项加倒数第二项，和都相等。", "等差数列求和公式 Sₙ = n(a₁+aₙ)/2 = na₁ + n(n−1)d/2。注意第n项是 a₁+(n−1)d。"],
    },
    "percent": {
        "en": ["Percentage change = (new − old) / old × 100%. The denominator is the old value — that's the reference point the change is measured from.",
               "It's easy to confuse 'the new price is 125% of the old' with 'the price increased by 125%'. Only the difference over 100% is the increase."],
        "zh": ["涨了百分之几与现价是原价的百分之几不同：后者减去100%才是涨幅。", "算完后可以用原价乘以(1+增长率)验算是否等于现价。", "增长率 = (现价 − 原价) ÷ 原价 × 100%，分母是原价。"],
    },
    "matrix": {
        "en": ["Matrix multiplication is row-by-column: the (i, j) entry of AB is row i of A dotted with column j of B. It's not commutative, so AB and BA are generally different, and it's definitely not the entrywise product.",
               "A convenient check is the determinant: det(AB) = det(A)·det(B)."],
        "zh": ["AB 的第一行第一列元素是 A 的第一行与 B 的第一列对应相乘再相加，其余元素同理。", "可以用行列式验证：det(AB)=det(A)·det(B)。", "矩阵乘法是“行乘列”：AB 的第 i 行第 j 列元素等于 A 的第 i 行与 B 的第 j 列对应元素乘积之和。矩阵乘法一般不满足交换律。"],
    },
    "derivative": {
        "en": ["The power rule d/dx xⁿ = n·xⁿ⁻¹ applies term by term, and the derivative of a constant is zero. Forgetting to lower the exponent, or keeping the constant, are the typical slips.",
               "If the question asks for the derivative at a point, I first get f'(x) and only then substitute — substituting into f itself would give the function value, not the slope."],
        "zh": ["求某点处的导数值，要先求导函数，再代入该点，不能先代入再求导。", "逐项求导时要注意符号和系数，常数项求导后为0。", "幂函数求导公式 (xⁿ)' = nxⁿ⁻¹，常数的导数为0，和的导数等于导数的和。"],
    },
    "modpow": {
        "en": ["Powers modulo m are eventually periodic, and when gcd(a, m) = 1 they are purely periodic, starting over at 1. So the task reduces to finding the period and reducing the exponent modulo that period — not modulo m itself.",
               "Off-by-one errors are the danger: if n ≡ r (mod period), the answer is the r-th power in the cycle, and when r = 0 it is the last one in the cycle (which is 1)."],
        "zh": ["找周期时要一直列到余数重新回到1为止，周期长度就是循环节的长度。", "指数除以周期，余数为0时对应循环节的最后一项。", "求幂的余数，常用的方法是找余数的周期：先列出前几项的余数，找到循环节，再用指数除以周期的余数确定位置。"],
    },
    "fractions_": {
        "en": ["To add or subtract fractions you need a common denominator; numerators and denominators are never added separately. For multiplication it's straight across, and division is multiplication by the reciprocal.",
               "At the end the fraction should be in lowest terms — although an unsimplified fraction still represents the same number."],
        "zh": ["异分母分数相加减，分母取最小公倍数最简便。", "计算结果若是假分数，也可以化成带分数，两者表示同一个数。", "分数加减要先通分，分数乘法分子乘分子、分母乘分母，除以一个数等于乘它的倒数。结果要化成最简分数。"],
    },
    "scinot": {
        "en": ["In scientific notation a × 10ⁿ the mantissa a must satisfy 1 ≤ a < 10. When the product of the mantissas is 10 or more, I shift the decimal point and increase the exponent by one — forgetting to adjust the exponent changes the value by a factor of ten.",
               "Exponents add under multiplication and subtract under division; mantissas multiply or divide. They never add."],
        "zh": ["科学记数法中指数表示小数点移动的位数，系数每扩大10倍，指数就要减1，反之亦然。", "可以把结果写回普通数，检查数量级是否合理。", "科学记数法 a×10ⁿ 中 1≤a<10。系数相乘后若大于等于10，要调整系数并把指数加1。"],
    },
    "lcm_clock": {
        "en": ["Two periodic events coincide again after the least common multiple of their periods, not the product (the product is only correct when the periods share no common factor).",
               "Then the LCM in minutes has to be converted into hours and minutes properly — 100 minutes is 1 h 40 min, not 1 h 00 min — and added to the starting clock time."],
        "zh": ["求最小公倍数可以用短除法，也可以用公式：两数之积除以它们的最大公约数。", "把分钟换算成几小时几分钟时，要除以60，而不是100。", "两个周期性事件再次同时发生的间隔是两个周期的最小公倍数，而不一定是它们的乘积。换算时间时注意1小时=60分钟。"],
    },
    "units": {
        "en": ["Area scales with the square of the length unit and volume with the cube: 1 m = 100 cm gives 1 m² = 10,000 cm², and 1 dm = 10 cm gives 1 L = 1 dm³ = 1,000 cm³. Dividing by 100 would only be right for lengths.",
               "The question specifies the unit of the answer, so the final number must be expressed in that unit."],
        "zh": ["单位换算时一定要先确定换算的进率：长度10、100，面积10000，体积1000。", "题目要求用什么单位作答，最后就要写成那个单位。", "面积单位的进率是长度进率的平方：1平方米 = 10000平方厘米；体积单位：1升 = 1立方分米 = 1000立方厘米。"],
    },
}
