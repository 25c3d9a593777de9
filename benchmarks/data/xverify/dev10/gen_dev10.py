#!/usr/bin/env python3
"""Generator for dev10 (independent author; did not read the verifier). Run: python3 gen_dev10.py"""
import json, os, random, statistics

R = random.Random(20261207)
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

# ---------------- text pieces ----------------
EN_OPEN = ["Let me work through this carefully.","Okay, so the problem asks for the following. Let me restate it to make sure I understand.","We need to be careful here because it's easy to slip on a detail.","Alright. First I'll set up the problem, then solve, then check.","This is a standard exercise but let's not rush it.","Let's think step by step.","Hmm, let me see. I'll start from the definitions.","**Approach.** I'll identify the key relation, compute, and verify."]
EN_FILL = ["Before going on, it is worth noting what kind of answer is expected, since the form matters: the problem statement fixes the quantity, and any equivalent form of it should be acceptable as long as the value is the same.",
 "One common mistake here is to drop a factor or mix up a sign when simplifying, so I'll write each intermediate step explicitly rather than doing it in my head.",
 "Let me also think about whether there's an alternative approach. An alternative route would be to set up the computation differently, but it should lead to the same place; I'll use the direct method and then sanity-check the magnitude.",
 "I want to double-check the setup: the conditions given are all used, nothing extra is assumed, and the domain restrictions (if any) are respected.",
 "Quick sanity check on the size of the result: it should be in a reasonable range given the numbers in the problem, not off by an order of magnitude.",
 "As a side remark, problems like this one often appear in contest practice sets precisely because the arithmetic is light but the bookkeeping is easy to get wrong.",
 "Now let me organize the computation cleanly so it can be followed line by line.",
 "I'll keep exact values (fractions, radicals) rather than decimals until the very end to avoid rounding issues.",
 "## Understanding the problem\nRestating in my own words: we are given a small amount of data and asked for a single quantity. The main risk is misreading what is asked (for instance, giving an intermediate quantity instead of the requested one), so I'll keep the target in mind throughout.",
 "Hmm, hold on. Let me re-read the question to make sure I'm answering what is actually being asked and not a closely related quantity. Yes, okay, the target is clear.",
 "**Key idea.** Reduce the problem to a standard formula or identity, apply it carefully, and only then simplify. Most of the difficulty is in not losing track of constants along the way.",
 "I recall that there are a couple of standard pitfalls here: forgetting a boundary case, and confusing a quantity with its reciprocal or its negative. I'll watch for both.",
 "Let me write down what I know:\n- the given data as stated in the problem;\n- the standard relation that connects them;\n- any constraint (domain, sign, integrality) that the final answer has to respect."]
ZH_OPEN = ["解：","我们一步一步来分析。","首先读题，明确要求的是什么。","【分析】本题考查基础知识与基本运算能力。","好的，我来仔细算一下这道题。"]
ZH_FILL = ["这里需要注意定义域和符号问题，很多同学在这一步容易出错，所以我们把每一步都写清楚。",
 "先回顾一下相关公式，确保代入时不会漏掉系数。",
 "我们再检查一下题目条件是否全部用上，有没有遗漏的限制条件。",
 "这类题目在高考中属于基础题，但计算时要细心，避免因为粗心丢分。",
 "为了稳妥，我们保留精确值（分数、根式），最后再化简。",
 "另外也可以用另一种方法验证，结果应该一致。",
 "## 思路分析\n本题的关键是把已知条件转化为方程或公式，再进行求解。求解过程中要注意题目问的究竟是什么量，不要把中间量当成最终答案，也不要忽略题目中隐含的限制条件，例如定义域、象限、取值范围等。",
 "**易错点提醒：**\n- 符号容易弄错，尤其是移项和开方时；\n- 公式中的系数（比如 $\\frac12$、$2$）容易漏掉；\n- 求出结果后要检验是否满足题目的所有条件。",
 "嗯，让我再读一遍题目……好的，题目的条件和要求都清楚了。接下来按部就班地计算，每一步都写出依据，这样即使出错也便于回头检查。",
 "回顾相关知识点：这类问题在课本中有标准的解法，考试中常以选择题或填空题的形式出现，要求在较短时间内准确作答，因此熟练掌握公式非常重要。",
 "我们先不急着代入数字，而是先把一般形式写出来，看清楚结构，再代入具体数值，这样不容易出错，也方便最后检验。"]
EN_FINAL = ["**Final answer:** {a}","Final answer: {a}","Therefore, the answer is {a}.","So the answer is $\\boxed{{{a}}}$.","\\[\\boxed{{{a}}}\\]","The answer is: {a}","$$\\boxed{{{a}}}$$","**Answer:** $ {a} $","Hence the required value is ${a}$.","Thus we get ${a}$ as the final result.","ANSWER: {a}","So, putting it all together: **{a}**"]
ZH_FINAL = ["故答案为：{a}。","所以答案是 {a}。","综上，{a}。","最终答案：$\\boxed{{{a}}}$","答：{a}","因此所求为 {a}。","【答案】{a}"]
EN_VERIFY = ["## Verification\nLet me plug back in / recheck each step. The setup uses all the given data, the arithmetic in each line is consistent, and the magnitude is reasonable. Everything checks out.",
 "**Check:** Re-deriving quickly with the same relations gives the same value, and the units/form match what was asked.",
 "---\nDouble-checking: I redid the key step on scratch paper and got the same intermediate results, so I'm fairly confident.",
 "Verification: substituting back satisfies all the conditions in the problem. No extraneous cases arise."]
ZH_VERIFY = ["【检验】将结果代回原题，条件均满足，计算无误。","验证：按照上面的步骤重新计算一遍，结果一致。","检查：各步推导均符合公式，符号和定义域都没有问题。"]
THINK_EN = ["Hmm, what is this asking. Let me recall the relevant facts. ", "ok so first thing, ", "Let me be careful. Actually, let me reconsider the setup once more. ", "Wait, I should double check the definition. "]
THINK_ZH = ["嗯，这题考的是什么呢？先回忆一下公式。", "让我想想……先把条件列出来。", "等一下，我再确认一遍题意。"]

def mangle_latex(a):
    """Broken-but-readable LaTeX, meaning kept."""
    b = a.replace("\\frac{1}{4}", "\\frac14").replace("\\sqrt{2}", "\\sqrt2").replace("\\sqrt{3}", "\\sqrt3")
    b = b.replace("^\\circ", "^\\circ")
    return b

def pad(parts, lang, target):
    fill = EN_FILL if lang == "en" else ZH_FILL
    pool = fill[:]
    R.shuffle(pool)
    while sum(len(x) for x in parts) < target and pool:
        parts.insert(R.randint(1, max(1, len(parts) - 1)), pool.pop())
    return parts

def target_len(lang):
    return R.choice([1200, 1500, 1800, 2100, 2500, 3000, 3600]) if lang == "en" else R.choice([800, 1000, 1300, 1600, 2000])

def final_line(lang, a, math=True):
    t = R.choice(EN_FINAL if lang == "en" else ZH_FINAL)
    if not math:
        t = t.replace("$\\boxed{{{a}}}$", "{a}").replace("\\[\\boxed{{{a}}}\\]", "{a}").replace("$$\\boxed{{{a}}}$$", "{a}").replace("${a}$", "{a}").replace("$ {a} $", "{a}")
    return t.format(a=a)

def wrap_math(a):
    # answers containing $ already (Chinese multi-part) are kept as-is
    return a

def strip_dollar(a):
    return a.replace("$", "")

def body(p, lang, extra_mid=None):
    parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN)]
    if R.random() < 0.5:
        parts.append(("### Step 1: Setup\n" if lang == "en" else "**第一步：分析条件**\n") + "The question: " + p["q"] if lang == "en" else "题目：" + p["q"])
    steps = p["steps"]
    if R.random() < 0.4:
        steps = "- " + steps.replace(". ", ".\n- ") if lang == "en" else steps
    parts.append(("### Solution\n" if (lang == "en" and R.random() < 0.5) else "") + steps)
    if extra_mid:
        parts.append(extra_mid)
    return parts

def render_math(p, kind, ans, alt=None):
    """kind: plain | think | verify | selfcorrect_good | selfcorrect_bad | contradict | two | truncated | broken | mid_restate"""
    lang = p["lang"]
    A = ans
    Ad = strip_dollar(A) if "$" in A else A
    parts = body(p, lang)
    if kind == "think":
        th = R.choice(THINK_EN if lang == "en" else THINK_ZH) + p["steps"].replace("$", "")
        parts.insert(0, "<think>\n" + th + "\n" + (EN_FILL[R.randrange(len(EN_FILL))] if lang == "en" else ZH_FILL[R.randrange(len(ZH_FILL))]) + "\n</think>\n")
    if kind == "selfcorrect_good":
        parts.append((f"So I get ${strip_dollar(alt)}$. Wait, that's wrong — I slipped in the last step. Let me redo it carefully." if lang == "en" else f"得到 ${strip_dollar(alt)}$。等等，这一步算错了，重新计算一下。") + "\n" + p["steps"])
    if kind == "selfcorrect_bad":
        parts.append((f"This gives ${Ad_good(p)}$. Hmm, wait, actually I think I mis-applied a rule there. Redoing it, I now get a different value." if lang == "en" else f"这样得到 ${Ad_good(p)}$。不对，好像哪里用错了，重新算一下，结果应该不一样。"))
    if kind == "mid_restate":
        parts.append((f"So the result is ${Ad}$. Let me restate: the value we want is ${Ad}$." if lang == "en" else f"所以结果为 ${Ad}$，即所求为 ${Ad}$。"))
    if kind == "truncated":
        st = p["steps"]
        cut_at = max(20, int(len(st) * R.uniform(0.35, 0.6)))
        head = [parts[0]] + ([parts[1]] if len(parts) > 2 else [])
        head = pad(head + ["(placeholder)"], lang, target_len(lang))[:-1]
        tail = R.choice(["Now substituting, we get $", "Then \\[ \\frac{", "So next we compute "]) if lang == "en" else R.choice(["代入得 $", "于是 $\\frac{", "接下来计算"])
        return "\n\n".join(head) + "\n\n" + st[:cut_at] + " " + tail
    parts = pad(parts, lang, target_len(lang))
    if kind == "contradict":
        # text says one thing, final box says another
        parts.append((f"Therefore the answer is ${strip_dollar(alt)}$." if lang == "en" else f"因此答案为 ${strip_dollar(alt)}$。"))
        parts.append(f"\\[\\boxed{{{Ad}}}\\]")
        return "\n\n".join(parts)
    if kind == "two":
        parts.append((f"So the answer is either ${Ad}$ or ${strip_dollar(alt)}$; I'm not completely sure which interpretation is intended." if lang == "en" else f"所以答案是 ${Ad}$ 或 ${strip_dollar(alt)}$，不太确定是哪一个。"))
        return "\n\n".join(parts)
    if kind == "broken":
        bb = R.choice(["$\\boxed{%s" % Ad, "\\boxed{%s" % Ad, "答案 $%s" % Ad if lang == "zh" else "Final: $%s" % Ad])
        parts.append(bb)
        return "\n\n".join(parts)
    if kind == "varname":
        parts.append(final_line(lang, A))
        return "\n\n".join(parts)
    fl = final_line(lang, Ad if "boxed" in "".join(EN_FINAL + ZH_FINAL) and "$" in A else A)
    if "$" in A and ("boxed" in fl or fl.count("$") % 2 == 1):
        fl = final_line(lang, Ad).replace("$\\boxed", "$\\boxed")
    parts.append(fl)
    if kind == "verify" or R.random() < 0.3:
        parts.append(R.choice(EN_VERIFY if lang == "en" else ZH_VERIFY))
    return "\n\n".join(parts)

def Ad_good(p):
    return strip_dollar(p["good"][0])

out = []
def emit(ds, kt, q, llm, ref, label, trap, lang):
    out.append(dict(dataset=ds, key_answer_type=kt, question=q, llm_output=llm, correct_answer=ref, label=label, trap=trap, lang=lang))

for p in P:
    g, b = p["good"], p["bad"]
    # correct variants
    for i, form in enumerate(g):
        kind = R.choice(["plain", "think", "verify", "mid_restate", "plain"])
        emit(p["ds"], "math", p["q"], render_math(p, kind, form), p["ref"], "Correct", "equiv_form" if i else "canonical_form", p["lang"])
    # broken latex correct
    emit(p["ds"], "math", p["q"], render_math(p, "broken", g[0]), p["ref"], "Correct", "broken_latex_unclosed", p["lang"])
    # self-correction ending right
    emit(p["ds"], "math", p["q"], render_math(p, "selfcorrect_good", g[R.randrange(len(g))], alt=b[0][0]), p["ref"], "Correct", "self_correction_to_right", p["lang"])
    # answer repeated in two equivalent forms / hedged but single commitment
    if len(g) > 1 and R.random() < 0.6:
        f1, f2 = R.sample(g, 2)
        mid = (f"Intermediate conclusion: ${strip_dollar(f1)}$." if p["lang"] == "en" else f"初步得到：${strip_dollar(f1)}$。")
        txt = render_math(p, "plain", f2).rsplit("\n\n", 1)
        txt = txt[0] + "\n\n" + mid + "\n\n" + txt[1] if len(txt) == 2 else txt[0]
        emit(p["ds"], "math", p["q"], txt, p["ref"], "Correct", "repeated_equivalent_forms", p["lang"])
    if R.random() < 0.5:
        hedge = (f"I'm fairly (not 100%) confident in this, but my answer is ${strip_dollar(g[0])}$." if p["lang"] == "en" else f"不太确定，但我认为答案应该是 ${strip_dollar(g[0])}$。")
        emit(p["ds"], "math", p["q"], "\n\n".join(pad(body(p, p["lang"]) + [hedge], p["lang"], target_len(p["lang"]))), p["ref"], "Correct", "hedged_single_answer", p["lang"])
    # wrong near misses
    for form, trap in b:
        kind = R.choice(["plain", "think", "verify", "plain"])
        emit(p["ds"], "math", p["q"], render_math(p, kind, form), p["ref"], "Incorrect", trap, p["lang"])
    # structural incorrect (one per problem, rotating)
    s = R.choice(["contradict", "two", "truncated", "selfcorrect_bad"])
    if s == "contradict":
        if R.random() < 0.5:
            emit(p["ds"], "math", p["q"], render_math(p, "contradict", b[0][0], alt=g[0]), p["ref"], "Incorrect", "box_contradicts_text", p["lang"])
        else:
            emit(p["ds"], "math", p["q"], render_math(p, "contradict", g[0], alt=b[0][0]), p["ref"], "Incorrect", "box_contradicts_text", p["lang"])
    elif s == "two":
        emit(p["ds"], "math", p["q"], render_math(p, "two", g[0], alt=b[-1][0]), p["ref"], "Incorrect", "two_answers_hedged", p["lang"])
    elif s == "truncated":
        emit(p["ds"], "math", p["q"], render_math(p, "truncated", g[0]), p["ref"], "Incorrect", "truncated_no_final", p["lang"])
    else:
        emit(p["ds"], "math", p["q"], render_math(p, "selfcorrect_bad", b[0][0]), p["ref"], "Incorrect", "right_in_reasoning_wrong_final", p["lang"])

# multiple choice
LET = "ABCD"
def mcq(m):
    if m["style"] == "paren":
        return m["q"] + " Answer Choices: " + " ".join(f"({LET[i]}) {o}" for i, o in enumerate(m["opts"]))
    return m["q"] + "\n" + "\n".join(f"{LET[i]}. {o}" for i, o in enumerate(m["opts"]))
def mc_text(m, letter, text_idx, mode):
    lang = m["lang"]
    parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN)]
    parts.append(("Going through the options one at a time.\n" if lang == "en" else "逐项分析：\n") + "\n".join(f"- {LET[i]}: {o}" + (" — let me check this one." if lang == "en" else " —— 看一下是否符合。") for i, o in enumerate(m["opts"])))
    parts.append(m["expl"])
    parts = pad(parts, lang, target_len(lang))
    t = m["opts"][text_idx]
    if lang == "en":
        forms = {"letter": f"The answer is {letter}.", "paren": f"**Answer: ({letter})**", "opt": f"So the correct choice is option {letter}: {t}.", "textonly": f"Final answer: {t}", "boxed": f"$\\boxed{{{letter}}}$", "lower": f"I'd go with ({letter.lower()}) {t}."}
    else:
        forms = {"letter": f"答案是{letter}。", "paren": f"故选（{letter}）。", "opt": f"所以正确选项为 {letter}：{t}。", "textonly": f"答案：{t}", "boxed": f"$\\boxed{{{letter}}}$", "lower": f"选{letter}项，{t}。"}
    parts.append(forms[mode])
    return "\n\n".join(parts)

for m in MC:
    ai = LET.index(m["ans"])
    wi = (ai + 1 + R.randrange(3)) % 4
    q = mcq(m)
    for mode in ["letter", "paren", "opt", "textonly", "boxed", "lower"]:
        emit(m["ds"], "alphabet_option", q, mc_text(m, m["ans"], ai, mode), m["ans"], "Correct", "mc_" + mode, m["lang"])
    emit(m["ds"], "alphabet_option", q, mc_text(m, LET[wi], wi, "opt"), m["ans"], "Incorrect", "mc_wrong_option", m["lang"])
    emit(m["ds"], "alphabet_option", q, mc_text(m, m["ans"], wi, "opt"), m["ans"], "Incorrect", "mc_letter_right_text_wrong", m["lang"])
    emit(m["ds"], "alphabet_option", q, mc_text(m, LET[wi], ai, "opt"), m["ans"], "Incorrect", "mc_text_right_letter_wrong", m["lang"])
    two = mc_text(m, m["ans"], ai, "letter").rsplit("\n\n", 1)[0] + ("\n\nIt's either " + m["ans"] + " or " + LET[wi] + "; both seem defensible." if m["lang"] == "en" else f"\n\n答案可能是{m['ans']}，也可能是{LET[wi]}。")
    emit(m["ds"], "alphabet_option", q, two, m["ans"], "Incorrect", "mc_two_letters", m["lang"])
    _tp = [R.choice(EN_OPEN if m["lang"] == "en" else ZH_OPEN), ("Going through the options one at a time.\n" if m["lang"] == "en" else "逐项分析：\n") + "\n".join(f"- {LET[i]}: {o}" for i, o in enumerate(m["opts"]))]
    trunc = "\n\n".join(pad(_tp + ["x"], m["lang"], target_len(m["lang"]))[:-1]) + ("\n\nComparing the remaining candidates, the key difference is" if m["lang"] == "en" else "\n\n比较剩下的选项，关键区别在于")
    emit(m["ds"], "alphabet_option", q, trunc, m["ans"], "Incorrect", "mc_truncated", m["lang"])

# NLI
for n in NLI:
    lang = n["lang"]
    labs = ZH_LAB if lang == "zh" else EN_LAB
    if lang == "zh":
        q = f"前提：{n['prem']}\n假设：{n['hyp']}\n请判断前提与假设的关系：蕴含、矛盾还是中立？"
        ref = labs[n["lab"]][0]
    else:
        q = f"Premise: {n['prem']}\nHypothesis: {n['hyp']}\nDoes the premise entail the hypothesis? Answer entailment, neutral, or contradiction."
        ref = n["lab"]
    others = [k for k in labs if k != n["lab"]]
    def nli_text(lab_str, extra=""):
        parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN), n["expl"]]
        parts = pad(parts, lang, target_len(lang))
        if extra: parts.append(extra)
        parts.append(final_line(lang, lab_str, math=False))
        return "\n\n".join(parts)
    for s in labs[n["lab"]]:
        emit(n["ds"], "categorical_label", q, nli_text(s), ref, "Correct", "label_phrasing", lang)
    if lang == "zh":
        emit(n["ds"], "categorical_label", q, nli_text({"entailment": "entailment", "contradiction": "contradiction", "neutral": "neutral"}[n["lab"]]), ref, "Correct", "english_label_for_zh_ref", lang)
    for o in others:
        emit(n["ds"], "categorical_label", q, nli_text(labs[o][0]), ref, "Incorrect", "wrong_label", lang)
    first = labs[others[0]][0]
    emit(n["ds"], "categorical_label", q, nli_text(labs[n["lab"]][0], (f"At first glance this looks like {first}, but that's too hasty." if lang == "en" else f"乍一看像是{first}，但这样判断太草率了。")), ref, "Correct", "rejected_label_mentioned", lang)

# short text
for s in SQ:
    lang = s["lang"]
    def sq_text(a, extra=""):
        parts = [R.choice(EN_OPEN if lang == "en" else ZH_OPEN), s["expl"]]
        parts = pad(parts, lang, target_len(lang))
        if extra: parts.append(extra)
        parts.append(final_line(lang, a, math=False))
        return "\n\n".join(parts)
    for a in s["good"]:
        emit(s["ds"], "short_text", s["q"], sq_text(a), s["ref"], "Correct", "alias_or_phrasing", lang)
    for a, trap in s["bad"]:
        emit(s["ds"], "short_text", s["q"], sq_text(a), s["ref"], "Incorrect", trap, lang)
    b0 = s["bad"][0][0]
    emit(s["ds"], "short_text", s["q"], sq_text(s["good"][0], (f"Some people say {b0}, but that is a common misconception." if lang == "en" else f"有人会误以为是{b0}，但这是常见误解。")), s["ref"], "Correct", "distractor_mentioned", lang)
    emit(s["ds"], "short_text", s["q"], sq_text(f"{s['good'][0]} or {b0}" if lang == "en" else f"{s['good'][0]}或{b0}"), s["ref"], "Incorrect", "two_answers", lang)

R.shuffle(out)
for i, r in enumerate(out, 1):
    r["id"] = f"d10-{i:04d}"
keys = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "trap", "lang"]
here = os.path.dirname(os.path.abspath(__file__))
tmp = os.path.join(here, "dev10.jsonl.tmp")
with open(tmp, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
os.replace(tmp, os.path.join(here, "dev10.jsonl"))
from collections import Counter
print(len(out), Counter(r["key_answer_type"] for r in out), Counter(r["lang"] for r in out), Counter(r["label"] for r in out))
print("median len", statistics.median(len(r["llm_output"]) for r in out))
