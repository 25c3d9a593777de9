"""dev10's hand-written items: math problems (P, EN_MATH), multiple choice (MC), NLI and short answers (SQ),
with their label words. Part of gen_dev10.py (see README.md)."""

P = []

def add(ds, lang, q, ref, steps, good, bad, kt="math"):
    P.append(dict(ds=ds, lang=lang, q=q, ref=ref, steps=steps, good=good, bad=bad, kt=kt))

# ---------------- English competition / exam math ----------------
add("aime_like","en","How many positive integer divisors does $360$ have?",
    "360 = 2^3 \\cdot 3^2 \\cdot 5, so the count is (3+1)(2+1)(1+1) = 24.",
    "Factor: $360 = 2^3\\cdot 3^2\\cdot 5$. A divisor is $2^a3^b5^c$ with $0\\le a\\le 3$, $0\\le b\\le 2$, $0\\le c\\le1$. Count the exponent choices: $4$ choices for $a$, $3$ for $b$, $2$ for $c$.",
    ["24","\\boxed{24}","twenty-four","24 divisors"], [("23","off_by_one"),("48","factor_of_2"),("12","lost_factor_2")])
add("aime_like","en","Find the sum of all positive integers less than $100$ that are multiples of $3$ or $5$.",
    "2318",
    "Multiples of 3 below 100: $3,6,\\dots,99$, which is 33 terms with sum $3\\cdot\\frac{33\\cdot34}{2}=1683$. Multiples of 5: $5,\\dots,95$, 19 terms, sum $5\\cdot\\frac{19\\cdot 20}{2}=950$. Multiples of 15 counted twice: $15,\\dots,90$, 6 terms, sum $15\\cdot 21=315$. Inclusion-exclusion gives $1683+950-315$.",
    ["2318","2,318","\\boxed{2318}"], [("2418","digit_near_miss"),("2633","forgot_inclusion_exclusion"),("2003","subtracted_twice")])
add("aime_like","en","Two fair six-sided dice are rolled. The probability that at least one die shows a $6$ is $\\frac{m}{n}$, where $m$ and $n$ are relatively prime positive integers. Find $m+n$.",
    "P = 1 - (5/6)^2 = 11/36, so m + n = 47.",
    "Complement: no six on either die has probability $\\left(\\frac56\\right)^2 = \\frac{25}{36}$. So the probability of at least one six is $1-\\frac{25}{36} = \\frac{11}{36}$. Since $\\gcd(11,36)=1$, $m=11$, $n=36$.",
    ["47","m+n = 47","m + n = 11 + 36 = 47","\\boxed{47}"], [("\\frac{11}{36}","gave_probability_not_m_plus_n"),("61","used_25_36"),("46","off_by_one")])
add("aime_like","en","Compute $\\displaystyle\\sum_{k=1}^{20}\\frac{1}{k(k+1)}$. Write it as $\\frac mn$ in lowest terms and give $m+n$.",
    "Telescoping: 1 - 1/21 = 20/21, m+n = 41.",
    "Partial fractions: $\\frac{1}{k(k+1)} = \\frac1k-\\frac1{k+1}$. The sum telescopes to $1-\\frac{1}{21} = \\frac{20}{21}$, already in lowest terms.",
    ["41","m+n=41","\\boxed{41}","forty-one"], [("\\frac{20}{21}","gave_fraction_not_m_plus_n"),("40","off_by_one"),("43","used_22")])
add("aime_like","en","Find the last two digits of $7^{2023}$.",
    "7^4 = 2401 \\equiv 1 \\pmod{100}; 2023 = 4\\cdot505+3, so 7^{2023} \\equiv 7^3 = 343 \\equiv 43.",
    "Note $7^2=49$, $7^4 = 2401\\equiv 1 \\pmod{100}$. Write $2023 = 4\\cdot 505 + 3$. Then $7^{2023} \\equiv 7^3 = 343 \\pmod{100}$.",
    ["43","\\boxed{43}","the last two digits are 43"], [("343","did_not_reduce"),("49","wrong_exponent_residue"),("07","wrong_cycle")])
add("aime_like","en","Find the remainder when $2^{100}$ is divided by $7$.",
    "2",
    "Since $2^3 = 8 \\equiv 1 \\pmod 7$ and $100 = 3\\cdot 33 + 1$, we get $2^{100} = (2^3)^{33}\\cdot 2 \\equiv 2$.",
    ["2","\\boxed{2}","remainder 2","two"], [("4","off_by_exponent"),("1","ignored_leftover")])
add("amc_like","en","In how many distinct ways can the letters of BANANA be arranged?",
    "\\frac{6!}{3!\\,2!} = 60",
    "There are 6 letters with A repeated 3 times and N repeated 2 times, so the count is $\\frac{6!}{3!\\,2!} = \\frac{720}{12}$.",
    ["60","\\boxed{60}","sixty"], [("120","lost_factor_2"),("720","ignored_repeats"),("30","extra_factor_2")])
add("amc_like","en","What is the area of a triangle with side lengths $13$, $14$, and $15$?",
    "By Heron: s = 21, area = \\sqrt{21\\cdot8\\cdot7\\cdot6} = 84.",
    "Heron's formula: $s = \\frac{13+14+15}{2} = 21$. Area $=\\sqrt{21(21-13)(21-14)(21-15)} = \\sqrt{21\\cdot 8\\cdot 7\\cdot 6} = \\sqrt{7056}$.",
    ["84","84 square units","\\boxed{84}","84 \\text{ units}^2"], [("42","lost_factor_2"),("168","factor_of_2"),("7056","forgot_sqrt")])
add("amc_like","en","How many zeros are at the end of $100!$?",
    "\\lfloor 100/5\\rfloor + \\lfloor 100/25\\rfloor = 20 + 4 = 24",
    "Count factors of 5: $\\lfloor 100/5 \\rfloor = 20$ multiples of 5, and $\\lfloor 100/25\\rfloor = 4$ multiples of 25 each contribute one extra.",
    ["24","\\boxed{24}","twenty-four trailing zeros"], [("20","forgot_25s"),("25","off_by_one")])
add("amc_like","en","The arithmetic sequence has first term $3$ and common difference $4$. What is its $20$th term?",
    "a_{20} = 3 + 19\\cdot 4 = 79",
    "The $n$th term is $a_n = a_1 + (n-1)d$, so $a_{20} = 3 + 19\\cdot 4$.",
    ["79","a_{20} = 79","\\boxed{79}"], [("83","off_by_one"),("75","off_by_one_low")])
add("math_like","en","Find $\\gcd(252, 198)$.",
    "18",
    "Euclid: $252 = 1\\cdot198 + 54$; $198 = 3\\cdot 54 + 36$; $54 = 1\\cdot 36+18$; $36 = 2\\cdot 18 + 0$.",
    ["18","\\gcd(252,198)=18","\\boxed{18}"], [("9","lost_factor_2"),("36","one_step_early"),("54","stopped_early")])
add("math_like","en","Solve $x^2-5x+6=0$.",
    "x = 2 \\text{ or } x = 3",
    "Factor: $x^2-5x+6 = (x-2)(x-3)$, so each factor can be zero.",
    ["x=2 \\text{ or } x=3","\\{2, 3\\}","x_1 = 2,\\ x_2 = 3","3, 2"], [("x = 2","missing_root"),("\\{-2,-3\\}","sign_error"),("x=6","wrong_factoring")])
add("math_like","en","Solve the inequality $|2x-3|<5$.",
    "-5 < 2x - 3 < 5 \\Rightarrow -1 < x < 4, i.e. (-1, 4).",
    "Remove the absolute value: $-5<2x-3<5$. Add 3: $-2 < 2x < 8$. Divide by 2.",
    ["(-1,4)","-1<x<4","x\\in(-1,\\,4)","\\{x \\mid -1 < x < 4\\}"], [("[-1,4]","closed_endpoints"),("(-4,1)","sign_error"),("x<4","dropped_lower_bound")])
add("math_like","en","Find the distance from the point $(1,1)$ to the line $x+y+1=0$.",
    "\\frac{3\\sqrt{2}}{2}",
    "Point-to-line distance: $d = \\frac{|1\\cdot 1 + 1\\cdot 1 + 1|}{\\sqrt{1^2+1^2}} = \\frac{3}{\\sqrt{2}}$.",
    ["\\frac{3}{\\sqrt2}","3\\sqrt{2}/2","\\frac{3\\sqrt2}{2}","\\frac{3}{2}\\sqrt{2}"], [("3\\sqrt{2}","lost_factor_2"),("\\frac{\\sqrt2}{2}","numerator_slip"),("\\frac{3}{2}","forgot_sqrt")])
add("math_like","en","Rationalize and simplify $\\dfrac{2}{\\sqrt{3}}$.",
    "\\frac{2\\sqrt{3}}{3}",
    "Multiply numerator and denominator by $\\sqrt3$: $\\frac{2}{\\sqrt3}\\cdot\\frac{\\sqrt3}{\\sqrt3}$.",
    ["\\frac{2\\sqrt{3}}{3}","2\\sqrt3/3","\\frac23\\sqrt3","\\frac{2}{3}\\sqrt{3}"], [("\\frac{\\sqrt{3}}{3}","lost_factor_2"),("2\\sqrt{3}","forgot_denominator"),("\\frac{3\\sqrt2}{2}","wrong_radicand")])
add("math_like","en","Compute $\\sin 15^\\circ\\cos 15^\\circ$.",
    "\\frac12\\sin 30^\\circ = \\frac14",
    "Use $\\sin 2\\theta = 2\\sin\\theta\\cos\\theta$: $\\sin15^\\circ\\cos15^\\circ = \\frac12\\sin 30^\\circ$.",
    ["\\frac14","0.25","1/4","\\frac{1}{4}"], [("\\frac12","lost_factor_2"),("\\frac{\\sqrt3}{4}","used_cos30"),("\\frac18","extra_factor_2")])
add("math_like","en","Simplify $\\sqrt{50}+\\sqrt{18}$.",
    "5\\sqrt2 + 3\\sqrt2 = 8\\sqrt{2}",
    "$\\sqrt{50} = \\sqrt{25\\cdot 2} = 5\\sqrt2$ and $\\sqrt{18} = \\sqrt{9\\cdot2} = 3\\sqrt2$.",
    ["8\\sqrt{2}","8\\sqrt2","\\sqrt{128}","8 \\cdot \\sqrt{2}"], [("\\sqrt{68}","added_radicands"),("15\\sqrt2","multiplied_coefficients"),("8\\sqrt{4}","wrong_radicand")])
add("math_like","en","Find the larger root of $x^2-2x-1=0$.",
    "x = 1 + \\sqrt{2}",
    "Quadratic formula: $x = \\frac{2\\pm\\sqrt{4+4}}{2} = 1\\pm\\sqrt2$.",
    ["1+\\sqrt{2}","\\sqrt2+1","x=1+\\sqrt2","\\frac{2+2\\sqrt2}{2}"], [("1-\\sqrt{2}","wrong_branch_of_pm"),("1+2\\sqrt2","lost_factor_2"),("2+\\sqrt2","forgot_halving")])
add("math_like","en","Solve $x^2-4>0$.",
    "x<-2 \\text{ or } x>2",
    "$x^2-4 = (x-2)(x+2)$ is positive when both factors have the same sign, i.e. outside the roots $\\pm2$.",
    ["(-\\infty,-2)\\cup(2,\\infty)","x<-2 \\text{ or } x>2","|x|>2","(-\\infty,-2)\\cup(2,+\\infty)"], [("-2<x<2","inside_vs_outside"),("x>2","missing_branch"),("(-\\infty,-2]\\cup[2,\\infty)","closed_endpoints")])
add("math_like","en","Find the domain of $f(x)=\\dfrac{\\sqrt{x-1}}{x-3}$.",
    "[1,3)\\cup(3,\\infty)",
    "Need $x-1\\ge 0$ for the square root and $x-3\\ne 0$ for the denominator.",
    ["[1,3)\\cup(3,\\infty)","x\\ge1,\\ x\\ne3","\\{x\\mid x\\geq 1 \\text{ and } x\\neq 3\\}"], [("(1,3)\\cup(3,\\infty)","open_endpoint"),("[1,\\infty)","forgot_denominator"),("x>3","wrong_domain")])
add("math_like","en","Find the equation of the tangent line to $y=x^2$ at the point $(1,1)$.",
    "y' = 2x, slope 2: y - 1 = 2(x-1), i.e. y = 2x - 1.",
    "Derivative $y'=2x$, so the slope at $x=1$ is $2$. Point-slope form through $(1,1)$.",
    ["y=2x-1","2x-y-1=0","y-1=2(x-1)","y = -1 + 2x"], [("y=2x+1","sign_error"),("y=2x","wrong_intercept"),("y=x","wrong_slope")])
add("math_like","en","Find the inverse of the matrix $\\begin{pmatrix}2&1\\\\1&1\\end{pmatrix}$.",
    "\\begin{pmatrix}1&-1\\\\-1&2\\end{pmatrix}",
    "The determinant is $2\\cdot1-1\\cdot1 = 1$. Swap the diagonal entries, negate the off-diagonal ones, divide by the determinant.",
    ["\\begin{pmatrix}1&-1\\\\-1&2\\end{pmatrix}","[[1, -1], [-1, 2]]","\\begin{bmatrix}1 & -1\\\\ -1 & 2\\end{bmatrix}"], [("\\begin{pmatrix}1&1\\\\1&2\\end{pmatrix}","sign_error"),("\\begin{pmatrix}2&-1\\\\-1&1\\end{pmatrix}","forgot_swap"),("[[1, -1], [-1, 1]]","entry_slip")])
add("math_like","en","Compute the cross product $(1,2,3)\\times(4,5,6)$.",
    "(2\\cdot6-3\\cdot5,\\ 3\\cdot4-1\\cdot6,\\ 1\\cdot5-2\\cdot4) = (-3, 6, -3)",
    "Use the determinant with rows $\\mathbf i,\\mathbf j,\\mathbf k$; $(1,2,3)$; $(4,5,6)$. First component $2\\cdot6-3\\cdot5$, second $3\\cdot 4-1\\cdot6$, third $1\\cdot5-2\\cdot4$.",
    ["(-3,6,-3)","\\langle -3, 6, -3\\rangle","-3\\mathbf{i}+6\\mathbf{j}-3\\mathbf{k}","\\begin{pmatrix}-3\\\\6\\\\-3\\end{pmatrix}"], [("(3,-6,3)","sign_error"),("(-3,-6,-3)","middle_sign"),("32","dot_product_instead")])
add("math_like","en","Convert $150^\\circ$ to radians.",
    "150 \\cdot \\frac{\\pi}{180} = \\frac{5\\pi}{6}",
    "Multiply by $\\frac{\\pi}{180}$: $150\\cdot\\frac{\\pi}{180} = \\frac{150}{180}\\pi$.",
    ["\\frac{5\\pi}{6}","5\\pi/6 \\text{ rad}","\\frac56\\pi"], [("\\frac{5\\pi}{3}","lost_factor_2"),("\\frac{6\\pi}{5}","inverted"),("\\frac{2\\pi}{3}","wrong_angle")])
add("math_like","en","Find all $x\\in[0,2\\pi)$ with $\\sin x=\\tfrac12$.",
    "x = \\frac{\\pi}{6}, \\frac{5\\pi}{6}",
    "The reference angle is $\\pi/6$; sine is positive in quadrants I and II, giving $\\pi/6$ and $\\pi - \\pi/6$.",
    ["x=\\frac{\\pi}{6} \\text{ or } x=\\frac{5\\pi}{6}","\\left\\{\\frac{\\pi}{6},\\frac{5\\pi}{6}\\right\\}","\\pi/6,\\ 5\\pi/6"], [("\\frac{\\pi}{6}","missing_solution"),("\\frac{\\pi}{6},\\ \\frac{7\\pi}{6}","wrong_quadrant"),("\\frac{\\pi}{3},\\ \\frac{2\\pi}{3}","cos_sin_confusion")])
add("math_like","en","Evaluate $\\cos\\frac{2\\pi}{3}$.",
    "-\\frac12",
    "$\\frac{2\\pi}{3}$ is in quadrant II with reference angle $\\frac{\\pi}{3}$, and cosine is negative in quadrant II.",
    ["-\\frac12","-0.5","-1/2","-\\frac{1}{2}"], [("\\frac12","sign_error"),("-\\frac{\\sqrt3}{2}","sin_cos_confusion")])
add("math_like","en","Differentiate $f(x)=xe^x$.",
    "f'(x) = e^x + xe^x = (x+1)e^x",
    "Product rule: $(uv)' = u'v + uv'$ with $u=x$, $v=e^x$.",
    ["(x+1)e^x","e^x+xe^x","e^x(1+x)"], [("xe^x","forgot_product_rule"),("(x-1)e^x","sign_error"),("e^x","only_one_term")])
add("math_like","en","Evaluate $\\displaystyle\\int_0^1 x^2\\,dx$.",
    "\\left[\\frac{x^3}{3}\\right]_0^1 = \\frac13",
    "An antiderivative of $x^2$ is $\\frac{x^3}{3}$; evaluate from 0 to 1.",
    ["\\frac13","1/3","0.\\overline{3}","\\frac{1}{3}"], [("\\frac12","wrong_power"),("3","inverted"),("\\frac{2}{3}","factor_of_2")])
add("math_like","en","Compute $\\displaystyle\\lim_{x\\to0}\\frac{\\sin 3x}{x}$.",
    "3",
    "Write $\\frac{\\sin3x}{x} = 3\\cdot\\frac{\\sin 3x}{3x}$ and use $\\lim_{u\\to0}\\frac{\\sin u}{u}=1$.",
    ["3","\\boxed{3}","the limit equals 3"], [("1","forgot_chain_factor"),("\\frac13","inverted")])
add("math_like","en","A bag has $5$ red and $3$ blue marbles. Two are drawn without replacement. What is the probability both are red?",
    "\\binom52/\\binom82 = 10/28 = 5/14",
    "Favourable pairs: $\\binom52 = 10$. Total pairs: $\\binom82 = 28$.",
    ["\\frac{5}{14}","5/14","\\frac{10}{28}"], [("\\frac{25}{64}","with_replacement"),("\\frac{5}{8}","single_draw"),("\\frac{5}{28}","lost_factor_2")])
add("math_like","en","A fair die is rolled once. What is the expected value of the number shown?",
    "\\frac{1+2+3+4+5+6}{6} = 3.5",
    "Each face has probability $\\frac16$, so $E = \\frac{1+2+\\cdots+6}{6} = \\frac{21}{6}$.",
    ["3.5","\\frac72","7/2","3\\tfrac12"], [("3","rounded_down"),("4","rounded_up"),("21","forgot_divide")])
add("math_like","en","Solve the system $x+y=5$, $x-y=1$. Give the solution as an ordered pair $(x,y)$.",
    "(3, 2)",
    "Adding the equations: $2x = 6$. Substituting back into $x+y=5$ gives $y$.",
    ["(3,2)","x=3,\\ y=2","(x, y) = (3, 2)"], [("(2,3)","swapped_coordinates"),("(3,-2)","sign_error"),("x=3","missing_y")])
add("math_like","en","Write the equation of the circle with center $(1,-2)$ and radius $3$.",
    "(x-1)^2+(y+2)^2=9",
    "Standard form $(x-h)^2+(y-k)^2=r^2$ with $h=1$, $k=-2$, $r=3$.",
    ["(x-1)^2+(y+2)^2=9","x^2+y^2-2x+4y-4=0","(x-1)^2 + (y+2)^2 = 3^2"], [("(x+1)^2+(y-2)^2=9","sign_error_center"),("(x-1)^2+(y+2)^2=3","forgot_square_radius"),("x^2+y^2-2x+4y+4=0","constant_sign")])
add("gsm8k_like","en","You deposit \\$1000 in an account paying 5% interest compounded annually. How much is in the account after 2 years?",
    "1000 \\times 1.05^2 = 1102.50 dollars",
    "After one year: $1000\\times1.05 = 1050$. After the second year: $1050\\times 1.05$.",
    ["\\$1,102.50","1102.5 dollars","\\$1102.50","1102.50"], [("\\$1,100","simple_interest"),("\\$102.50","interest_only"),("\\$1,105.00","wrong_rounding")])
add("gsm8k_like","en","A car travels at $72$ km/h. What is its speed in metres per second?",
    "72 km/h = 72000 m / 3600 s = 20 m/s",
    "1 km = 1000 m and 1 h = 3600 s, so multiply by $\\frac{1000}{3600} = \\frac{5}{18}$.",
    ["20 m/s","20\\ \\text{m/s}","20 \\text{ m s}^{-1}","twenty metres per second"], [("20 km/h","wrong_unit"),("259.2 m/s","converted_wrong_way"),("2 m/s","scale_error")])
add("gsm8k_like","en","Compute $0.00042\\times5$ and give the result in scientific notation.",
    "2.1 \\times 10^{-3}",
    "$0.00042 \\times 5 = 0.0021$. Move the decimal point three places.",
    ["2.1\\times10^{-3}","2.1e-3","2.1 \\cdot 10^{-3}"], [("2.1\\times10^{-4}","exponent_off_by_one"),("21\\times10^{-3}","scale_error"),("2.1\\times10^{3}","exponent_sign")])
add("gsm8k_like","en","What is $\\frac18$ written as a percent?",
    "12.5%",
    "$\\frac18 = 0.125$; multiply by 100 to convert to a percent.",
    ["12.5\\%","12.5 percent","12\\tfrac12\\%"], [("1.25\\%","scale_error"),("125\\%","scale_error_up"),("8\\%","inverted")])
add("gsm8k_like","en","Compute $2\\tfrac13+1\\tfrac34$ and give the answer as a mixed number.",
    "2\\tfrac{4}{12}+1\\tfrac{9}{12} = 3\\tfrac{13}{12} = 4\\tfrac{1}{12}",
    "Common denominator 12: $\\frac13 = \\frac4{12}$, $\\frac34 = \\frac9{12}$. Whole parts: $2+1=3$; fractional parts: $\\frac{13}{12}$.",
    ["4\\tfrac{1}{12}","4 1/12","4\\frac{1}{12}"], [("3\\tfrac{4}{7}","added_num_and_den"),("4\\tfrac17","bad_denominator"),("3\\tfrac{1}{12}","dropped_carry")])
add("gsm8k_like","en","A train leaves at 9:45 AM and travels for 2 hours 50 minutes. At what time does it arrive?",
    "12:35 PM",
    "Add 2 hours: 11:45 AM. Add 50 minutes: 11:45 + 15 min = 12:00, then 35 more minutes.",
    ["12:35 PM","12:35 p.m.","12:35 in the afternoon","12:35"], [("12:35 AM","am_pm_error"),("11:35 AM","hour_slip"),("12:25 PM","minute_slip")])
add("gsm8k_like","en","What date is 100 days after March 1, 2023?",
    "June 9, 2023",
    "March 1 is day 60 of 2023 (31 + 28 + 1). Day $60+100 = 160$. Cumulative month ends: Jan 31, Feb 59, Mar 90, Apr 120, May 151, so day 160 is 9 days into June.",
    ["June 9, 2023","2023-06-09","9 June 2023","June 9th"], [("June 8, 2023","off_by_one"),("June 10, 2023","off_by_one_high"),("June 9, 2024","wrong_year")])
add("gsm8k_like","en","A cube is made of wire along its edges. How many pieces of wire (edges) are needed?",
    "12",
    "A cube has 6 faces, each with 4 edges, and each edge is shared by 2 faces: $\\frac{6\\cdot4}{2}$.",
    ["12","twelve","12 edges"], [("24","forgot_sharing"),("8","vertices_not_edges")])
add("gsm8k_like","en","A shirt costs \\$40. It is discounted 25%, and then 8% sales tax is added to the discounted price. What is the final price?",
    "40(0.75)(1.08) = 32.40",
    "Discounted price: $40\\times 0.75 = 30$. Add tax: $30\\times1.08$.",
    ["\\$32.40","32.4 dollars","\\$32.4"], [("\\$33.20","arithmetic_slip"),("\\$30.00","forgot_tax"),("\\$3.24","scale_error")])

# ---------------- Chinese gaokao-style math ----------------
add("gaokao_like","zh","已知等差数列$\\{a_n\\}$中，$a_1=2$，$a_3=8$。(1) 求$\\{a_n\\}$的通项公式；(2) 求前$n$项和$S_n$。",
    "解：d=(8-2)/2=3，(1) a_n=3n-1；(2) S_n=n(2+3n-1)/2=\\frac{3n^2+n}{2}。",
    "由$a_3=a_1+2d$得$8=2+2d$，所以公差$d=3$。于是$a_n=2+3(n-1)$。前$n$项和$S_n=\\frac{n(a_1+a_n)}{2}$。",
    ["(1) $a_n=3n-1$；(2) $S_n=\\frac{3n^2+n}{2}$","(1) $a_n = 3n-1$ (2) $S_n=\\frac{n(3n+1)}{2}$","$a_n=3n-1$，$S_n=\\frac32n^2+\\frac12n$"],
    [("(1) $a_n=3n-1$","missing_part_2"),("(1) $a_n=3n-1$；(2) $S_n=\\frac{n(3n-1)}{2}$","part2_wrong"),("(1) $a_n=3n+2$；(2) $S_n=\\frac{3n^2+7n}{2}$","index_shift")])
add("gaokao_like","zh","函数$f(x)=x^3-3x$的极大值为多少？",
    "f'(x)=3x^2-3，x=-1时取极大值f(-1)=2。",
    "$f'(x)=3x^2-3=3(x+1)(x-1)$。当$x<-1$时$f'(x)>0$，$-1<x<1$时$f'(x)<0$，所以在$x=-1$处取得极大值。",
    ["2","极大值为$2$","$f(-1)=2$"], [("-2","min_instead_of_max"),("$x=-1$","gave_location_not_value"),("4","arithmetic_slip")])
add("gaokao_like","zh","已知$\\sin\\alpha=\\frac35$，且$\\alpha$是第二象限角，求$\\cos\\alpha$。",
    "-\\frac45",
    "由$\\sin^2\\alpha+\\cos^2\\alpha=1$得$\\cos^2\\alpha=1-\\frac{9}{25}=\\frac{16}{25}$。第二象限角余弦为负。",
    ["$-\\frac45$","$\\cos\\alpha=-\\frac{4}{5}$","$-0.8$"], [("$\\frac45$","sign_error"),("$\\pm\\frac45$","did_not_choose_sign"),("$-\\frac34$","tan_confusion")])
add("gaokao_like","zh","复数$z=\\frac{1+i}{1-i}$（$i$为虚数单位），则$z=$？",
    "i",
    "分子分母同乘$1+i$：$z=\\frac{(1+i)^2}{(1-i)(1+i)}=\\frac{2i}{2}$。",
    ["$i$","$z=i$","$0+1i$"], [("$-i$","sign_error"),("$2i$","lost_factor_2"),("$1$","modulus_instead")])
add("gaokao_like","zh","设集合$A=\\{x\\mid x^2-3x+2<0\\}$，$B=\\{x\\mid 2x>3\\}$，求$A\\cap B$。",
    "A=(1,2)，B=(3/2,+∞)，故A∩B=\\{x\\mid \\frac32<x<2\\}",
    "解$x^2-3x+2<0$得$(x-1)(x-2)<0$，即$1<x<2$；$B$中$x>\\frac32$。",
    ["$\\{x\\mid \\frac32<x<2\\}$","$(\\frac{3}{2},2)$","$(1.5,\\,2)$"], [("$[\\frac32,2)$","closed_endpoint"),("$(1,2)$","forgot_B"),("$(\\frac32,+\\infty)$","union_instead")])
add("gaokao_like","zh","椭圆$\\frac{x^2}{4}+\\frac{y^2}{3}=1$的离心率为多少？",
    "a=2，c=\\sqrt{4-3}=1，e=\\frac12",
    "$a^2=4$，$b^2=3$，$c^2=a^2-b^2=1$，$e=\\frac{c}{a}$。",
    ["$\\frac12$","$e=0.5$","$\\frac{1}{2}$"], [("$\\frac{\\sqrt3}{2}$","used_b_over_a"),("$\\frac14$","squared"),("$2$","inverted")])
add("gaokao_like","zh","$(x+2)^5$的展开式中$x^3$的系数为多少？",
    "T_{r+1}=C_5^r x^{5-r}2^r，令5-r=3得r=2，系数C_5^2\\cdot 2^2=40",
    "通项$T_{r+1}=C_5^r x^{5-r}\\cdot 2^r$，令$5-r=3$，得$r=2$。",
    ["40","系数为$40$","$C_5^2\\cdot 4=40$"], [("80","wrong_power_of_2"),("10","forgot_2_power")])
add("gaokao_like","zh","已知向量$\\vec a=(1,2)$，$\\vec b=(m,-1)$，且$\\vec a\\perp\\vec b$，求$m$。",
    "m=2",
    "$\\vec a\\perp\\vec b$等价于$\\vec a\\cdot\\vec b=0$，即$1\\cdot m+2\\cdot(-1)=0$。",
    ["$m=2$","2","$m = 2$"], [("$m=-2$","sign_error"),("$m=\\frac12$","parallel_condition"),("$m=-\\frac12$","parallel_and_sign")])
add("gaokao_like","zh","解不等式$\\log_2(x-1)<1$。",
    "0<x-1<2，解集为(1,3)",
    "由对数函数定义域$x-1>0$，且$\\log_2(x-1)<\\log_2 2$，而$\\log_2$单调递增，所以$x-1<2$。",
    ["$(1,3)$","$\\{x\\mid 1<x<3\\}$","$1<x<3$"], [("$x<3$","missing_domain"),("$(1,3]$","closed_endpoint"),("$(0,2)$","forgot_shift")])
add("gaokao_like","zh","从$1,2,3,4,5$中任取两个不同的数，则两数之和为偶数的概率为多少？",
    "C_5^2=10，和为偶数：两奇C_3^2=3，两偶C_2^2=1，P=\\frac{4}{10}=\\frac25",
    "基本事件总数$C_5^2=10$。和为偶数需两数同奇或同偶：同奇$C_3^2=3$种，同偶$C_2^2=1$种。",
    ["$\\frac25$","$0.4$","$\\frac{4}{10}$","40%"], [("$\\frac35$","complement"),("$\\frac{3}{10}$","forgot_even_pair"),("$\\frac12$","guess")])
add("gaokao_like","zh","在$\\triangle ABC$中，$a=\\sqrt3$，$b=1$，$A=60^\\circ$，求$B$。",
    "由正弦定理\\sin B=\\frac{b\\sin A}{a}=\\frac12，又b<a故B<A，B=30^\\circ",
    "由正弦定理$\\frac{a}{\\sin A}=\\frac{b}{\\sin B}$，得$\\sin B=\\frac{1\\cdot\\frac{\\sqrt3}{2}}{\\sqrt3}=\\frac12$。因为$b<a$，所以$B<A$。",
    ["$B=30^\\circ$","$B=\\frac{\\pi}{6}$","30°"], [("$B=30^\\circ$或$150^\\circ$","extra_invalid_branch"),("$B=150^\\circ$","wrong_branch"),("$B=60^\\circ$","copied_A")])
add("gaokao_like","zh","等比数列$\\{a_n\\}$中，$a_1=1$，公比$q=2$，求前$10$项和$S_{10}$。",
    "S_{10}=\\frac{1-2^{10}}{1-2}=1023",
    "等比数列求和公式$S_n=\\frac{a_1(1-q^n)}{1-q}$，代入$a_1=1$，$q=2$，$n=10$。",
    ["1023","$S_{10}=2^{10}-1=1023$","$2^{10}-1$"], [("1024","off_by_one"),("511","index_shift"),("2047","index_shift_high")])
add("gaokao_like","zh","已知函数$f(x)=2\\sin(2x+\\frac{\\pi}{6})$，求$f(x)$的最小正周期。",
    "T=\\frac{2\\pi}{2}=\\pi",
    "对于$y=A\\sin(\\omega x+\\varphi)$，最小正周期$T=\\frac{2\\pi}{|\\omega|}$，这里$\\omega=2$。",
    ["$\\pi$","$T=\\pi$","π"], [("$2\\pi$","lost_factor_2"),("$\\frac{\\pi}{2}$","halved"),("$\\frac{\\pi}{6}$","phase_confusion")])
add("gaokao_like","zh","抛物线$y^2=8x$的焦点坐标是什么？",
    "2p=8，p=4，焦点(\\frac p2,0)=(2,0)",
    "由$y^2=2px$得$2p=8$，$p=4$，焦点为$(\\frac{p}{2},0)$。",
    ["$(2,0)$","焦点为$(2, 0)$","$F(2,0)$"], [("$(4,0)$","used_p_not_half"),("$(0,2)$","swapped_coordinates"),("$(-2,0)$","sign_error")])
add("gaokao_like","zh","已知$\\tan\\theta=2$，求$\\frac{\\sin\\theta+\\cos\\theta}{\\sin\\theta-\\cos\\theta}$的值。",
    "分子分母同除以\\cos\\theta得\\frac{\\tan\\theta+1}{\\tan\\theta-1}=3",
    "分子分母同除以$\\cos\\theta$，得$\\frac{\\tan\\theta+1}{\\tan\\theta-1}$，代入$\\tan\\theta=2$。",
    ["3","$3$","值为$3$"], [("$\\frac13$","inverted"),("$-3$","sign_error"),("1","arithmetic_slip")])

EN_MATH = [p for p in P if p["lang"]=="en"]

# ---------------- non-math items ----------------
MC = []
def mc(ds, lang, q, opts, ans, expl, style="lines"):
    MC.append(dict(ds=ds, lang=lang, q=q, opts=opts, ans=ans, expl=expl, style=style))
mc("mmlu_like","en","Which organelle is the primary site of ATP production in eukaryotic cells?",["Ribosome","Mitochondrion","Golgi apparatus","Lysosome"],"B",
   "Oxidative phosphorylation happens on the inner mitochondrial membrane, where the electron transport chain drives ATP synthase. Ribosomes make proteins, the Golgi packages them, lysosomes digest material.")
mc("mmlu_like","en","Which of the following numbers is prime?",["51","57","59","63"],"C",
   "51 = 3 x 17, 57 = 3 x 19, 63 = 7 x 9. 59 is not divisible by 2, 3, 5 or 7 (and 8^2 > 59), so it is prime.","paren")
mc("mmlu_like","en","Who wrote the novel 'Pride and Prejudice'?",["Charlotte Bronte","Jane Austen","Mary Shelley","George Eliot"],"B",
   "Pride and Prejudice was published in 1813 by Jane Austen. Bronte wrote Jane Eyre, Shelley wrote Frankenstein, Eliot wrote Middlemarch.")
mc("mmlu_like","en","What is the SI unit of electrical resistance?",["Volt","Ampere","Ohm","Watt"],"C",
   "Resistance R = V / I is measured in ohms. The volt measures potential difference, the ampere current, the watt power.","paren")
mc("mmlu_like","en","In economics, a price ceiling set below the equilibrium price typically leads to:",["A surplus","A shortage","No change in quantity traded","An increase in supply"],"B",
   "Below equilibrium, quantity demanded exceeds quantity supplied, so there is excess demand, i.e. a shortage.")
mc("gpqa_like","en","A spin-1/2 particle is in the state (|up> + |down>)/sqrt(2). What is the probability of measuring spin up along z?",["0","1/4","1/2","1"],"C",
   "The amplitude on |up> is 1/sqrt(2); the Born rule gives |1/sqrt(2)|^2 = 1/2.","paren")
mc("gpqa_like","en","Which reagent converts a primary alcohol to an aldehyde without over-oxidation to the carboxylic acid?",["KMnO4 (hot, acidic)","PCC in dichloromethane","Jones reagent","NaBH4"],"B",
   "PCC is a mild, anhydrous oxidant that stops at the aldehyde. Hot KMnO4 and Jones reagent go on to the acid; NaBH4 is a reducing agent.")
mc("gpqa_like","en","What is the hybridization of the central carbon atom in CO2?",["sp","sp2","sp3","sp3d"],"A",
   "Carbon in CO2 has two sigma bonds and no lone pairs (two electron domains), linear geometry, so it is sp hybridized.","paren")
mc("aqua_like","en","A shopkeeper buys an item for $80 and sells it for $100. What is the profit percentage?",["20%","25%","80%","125%"],"B",
   "Profit = 100 - 80 = 20. Profit percent is measured on the cost price: 20/80 = 25%.","paren")
mc("aqua_like","en","If 3x + 7 = 22, what is x?",["3","4","5","6"],"C",
   "3x = 15, so x = 5.","paren")
mc("ceval_like","zh","下列哪一项是我国第一部纪传体通史？",["《汉书》","《史记》","《资治通鉴》","《春秋》"],"B",
   "《史记》由司马迁撰写，是第一部纪传体通史；《汉书》是第一部纪传体断代史；《资治通鉴》是编年体通史；《春秋》是编年体史书。")
mc("ceval_like","zh","光在真空中的传播速度约为：",["3×10^5 m/s","3×10^8 m/s","3×10^8 km/s","340 m/s"],"B",
   "光速约为$3\\times10^8$ m/s，即$3\\times 10^5$ km/s；340 m/s 是声音在空气中的速度。")
mc("ceval_like","zh","函数$y=\\lg(x-2)$的定义域是：",["$(0,+\\infty)$","$(2,+\\infty)$","$[2,+\\infty)$","$(-\\infty,2)$"],"B",
   "真数必须大于零：$x-2>0$，即$x>2$。")
mc("ceval_like","zh","下列物质中属于电解质的是：",["铜","蔗糖","氯化钠","二氧化碳"],"C",
   "电解质是在水溶液或熔融状态下能导电的化合物。铜是单质，蔗糖是非电解质，二氧化碳本身是非电解质，氯化钠是电解质。")

NLI = []
def nli(ds, lang, prem, hyp, lab, expl):
    NLI.append(dict(ds=ds, lang=lang, prem=prem, hyp=hyp, lab=lab, expl=expl))
nli("cmnli_like","zh","一名男子正在厨房里切洋葱，眼睛有些发红。","厨房里有人在准备食材。","entailment","切洋葱就是在准备食材，而且是在厨房里，所以前提可以推出假设。")
nli("cmnli_like","zh","这家餐厅周一全天不营业。","周一中午可以在这家餐厅吃午饭。","contradiction","周一全天不营业意味着中午也不营业，与假设直接冲突。")
nli("cmnli_like","zh","小王昨天去了图书馆。","小王在图书馆借了一本小说。","neutral","前提只说去了图书馆，没有说借没借书、借了什么，无法判断。")
nli("cmnli_like","zh","会议因为暴雨被推迟到下周举行。","会议没有取消。","entailment","推迟到下周说明会议仍会举行，因此没有取消。")
nli("ocnli_like","zh","他把所有的积蓄都捐给了山区的学校。","他还留着一大笔存款。","contradiction","所有积蓄都捐出去了，就不可能还留着一大笔存款。")
nli("mnli_like","en","A woman in a red coat is walking her dog across a snowy park.","The woman is on her way to work.","neutral","The premise says she is walking her dog in a park; nothing tells us whether she is heading to work afterwards or not, so it is neither entailed nor contradicted.")
nli("mnli_like","en","The museum was closed for renovations throughout 2019.","Visitors toured the museum's galleries in mid-2019.","contradiction","If it was closed all year, nobody toured the galleries in mid-2019.")
nli("mnli_like","en","Three children are building a sandcastle on the beach.","Kids are playing outdoors.","entailment","Children building a sandcastle on a beach are playing, and a beach is outdoors.")
ZH_LAB = {"entailment":["蕴含","蕴涵"],"contradiction":["矛盾"],"neutral":["中立","中性"]}
EN_LAB = {"entailment":["entailment","Entailment","the premise entails the hypothesis"],"contradiction":["contradiction","Contradiction","the hypothesis contradicts the premise"],"neutral":["neutral","Neutral","neither entailed nor contradicted (neutral)"]}

SQ = []
def sq(ds, lang, q, ref, good, bad, expl):
    SQ.append(dict(ds=ds, lang=lang, q=q, ref=ref, good=good, bad=bad, expl=expl))
sq("simpleqa_like","en","What is the capital city of Australia?","Canberra",["Canberra","Canberra, ACT","the city of Canberra"],[("Sydney","famous_city_near_miss"),("Melbourne","former_capital_near_miss")],
   "Australia's federal capital was purpose-built as a compromise between Sydney and Melbourne; Parliament moved there in 1927. Melbourne served as the temporary seat of government from 1901 to 1927.")
sq("simpleqa_like","en","Which element has the chemical symbol 'W'?","Tungsten",["tungsten","Tungsten (wolfram)","wolfram"],[("Wolframite","mineral_near_miss"),("Vanadium","wrong_element")],
   "The symbol W comes from the German/Swedish name wolfram; the English name of element 74 is tungsten (Swedish for 'heavy stone').")
sq("simpleqa_like","en","Who was the first person to walk on the Moon?","Neil Armstrong",["Neil Armstrong","Armstrong","Neil A. Armstrong"],[("Buzz Aldrin","second_person_near_miss"),("Michael Collins","crew_member_near_miss")],
   "Apollo 11 landed on 20 July 1969. The commander stepped onto the surface first; the lunar module pilot followed about 19 minutes later, while the command module pilot stayed in orbit.")
sq("simpleqa_like","en","In what year did the Berlin Wall fall?","1989",["1989","November 1989","9 November 1989"],[("1990","reunification_year_near_miss"),("1961","construction_year")],
   "The border crossings opened on the night of 9 November 1989; German reunification followed on 3 October 1990. The wall had been built in August 1961.")
sq("drop_like","en","Passage: The Falcons scored a 23-yard field goal in the first quarter and a 41-yard touchdown pass in the second. In the third quarter the Saints answered with a 17-yard field goal. Question: How many yards longer was the touchdown pass than the Saints' field goal?","24",["24","24 yards","twenty-four yards"],[("18","subtracted_wrong_kick"),("41","restated_number")],
   "The touchdown pass was 41 yards. The Saints' field goal was 17 yards. The difference is 41 - 17.")
sq("drop_like","en","Passage: In 1850 the town had 1,240 residents. By 1870 the population had grown by 860, and by 1890 it had fallen by 310 from its 1870 level. Question: What was the population in 1890?","1790",["1790","1,790","1,790 residents"],[("2100","stopped_at_1870"),("1690","arithmetic_slip")],
   "1870 population: 1,240 + 860 = 2,100. Then it fell by 310 by 1890.")
sq("simpleqa_like","zh","中国历史上第一个统一的中央集权封建王朝是哪个？","秦朝",["秦朝","秦","秦王朝"],[("汉朝","adjacent_dynasty"),("周朝","earlier_dynasty")],
   "公元前221年秦王嬴政灭六国，建立了中国历史上第一个统一的中央集权封建国家，之后才是西汉。")
sq("simpleqa_like","zh","《红楼梦》的作者通常被认为是谁？","曹雪芹",["曹雪芹","曹雪芹（前八十回）","清代曹雪芹"],[("高鹗","continuator_near_miss"),("吴承恩","other_classic_author")],
   "一般认为前八十回由曹雪芹所著，后四十回通常署名高鹗续补；吴承恩是《西游记》的作者。")
sq("simpleqa_like","zh","水的沸点在标准大气压下是多少摄氏度？","100℃",["100℃","100摄氏度","100 °C"],[("100°F","wrong_unit"),("373℃","kelvin_confused")],
   "标准大气压（101.325 kPa）下纯水的沸点为100摄氏度，即373.15 K，约212华氏度。")
