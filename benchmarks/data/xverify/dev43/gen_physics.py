"""Physics / engineering formula problems answered in the given symbols, plus numeric ones with units."""
import math
from common import T, expand, sig, build_output, final_line, record


def symbolic():
    ts = []
    ts.append(T("physics",
        "A ball is released from rest at height $h$ above the ground. Neglecting air resistance, find its speed $v$ just before it hits the ground, in terms of $g$ and $h$.",
        "一个小球从离地高度 $h$ 处由静止释放，不计空气阻力，求它落地前瞬间的速度 $v$（用 $g$ 和 $h$ 表示）。",
        "v = \\sqrt{2gh}",
        [("\\sqrt{2hg}", "factors_reordered"), ("(2gh)^{1/2}", "root_as_fractional_exponent"),
         ("\\sqrt{2}\\,\\sqrt{gh}", "sqrt_split_product")],
        [("\\sqrt{gh}", "missing_factor_2"), ("2gh", "missing_square_root"), ("\\sqrt{2g/h}", "variable_inverted")],
        ["Energy conservation: the potential energy $mgh$ at the top turns into kinetic energy $\\frac{1}{2}mv^2$ at the bottom.",
         "Setting $mgh = \\frac{1}{2}mv^2$, the mass cancels and I solve for $v$."],
        ["能量守恒：顶端的重力势能 $mgh$ 全部转化为底端的动能 $\\frac{1}{2}mv^2$。",
         "令 $mgh = \\frac{1}{2}mv^2$，质量约去，解出 $v$。"], "v", ("the speed", "速度")))
    ts.append(T("physics",
        "A simple pendulum of length $L$ swings with small amplitude where the gravitational acceleration is $g$. Find its period $T$.",
        "单摆摆长为 $L$，重力加速度为 $g$，做小角度摆动。求其周期 $T$。",
        "T = 2\\pi\\sqrt{\\frac{L}{g}}",
        [("\\frac{2\\pi\\sqrt{L}}{\\sqrt{g}}", "sqrt_split_quotient"), ("2\\pi\\left(\\frac{L}{g}\\right)^{1/2}", "root_as_fractional_exponent"),
         ("\\sqrt{\\frac{4\\pi^2 L}{g}}", "constant_moved_inside_root")],
        [("\\pi\\sqrt{\\frac{L}{g}}", "missing_factor_2"), ("2\\pi\\sqrt{\\frac{g}{L}}", "variables_swapped"),
         ("\\sqrt{\\frac{L}{g}}", "missing_factor_2pi")],
        ["For small angles, $\\sin\\theta \\approx \\theta$, so the equation of motion is $\\ddot\\theta = -\\frac{g}{L}\\theta$.",
         "This is simple harmonic motion with angular frequency $\\omega = \\sqrt{g/L}$, and the period is $2\\pi/\\omega$."],
        ["小角度时 $\\sin\\theta \\approx \\theta$，运动方程为 $\\ddot\\theta = -\\frac{g}{L}\\theta$。",
         "这是简谐运动，角频率 $\\omega = \\sqrt{g/L}$，周期为 $2\\pi/\\omega$。"], "T", ("the period", "周期")))
    ts.append(T("physics",
        "A car of mass $m$ moves at constant speed $v$ around a flat circular track of radius $r$. What net horizontal force is required to keep it on the circle?",
        "质量为 $m$ 的汽车以恒定速率 $v$ 在半径为 $r$ 的水平圆形跑道上行驶，维持其做圆周运动所需的合力大小是多少？",
        "\\frac{mv^2}{r}",
        [("\\frac{v^2 m}{r}", "factors_reordered"), ("m v^2 r^{-1}", "negative_exponent_for_division"),
         ("m\\cdot\\frac{v^2}{r}", "factor_pulled_out")],
        [("\\frac{mv}{r}", "wrong_exponent"), ("\\frac{mv^2}{r^2}", "wrong_exponent"), ("\\frac{mv^2}{2r}", "spurious_factor_half")],
        ["The centripetal acceleration of uniform circular motion is $a_c = v^2/r$, directed toward the centre.",
         "Newton's second law gives $F = m a_c$."],
        ["匀速圆周运动的向心加速度为 $a_c = v^2/r$，指向圆心。", "由牛顿第二定律 $F = m a_c$。"],
        "F", ("the required force", "所需的力")))
    ts.append(T("physics",
        "A spring with spring constant $k$ is compressed a distance $x$ from its natural length. How much elastic potential energy is stored?",
        "劲度系数为 $k$ 的弹簧从原长被压缩了 $x$，弹簧储存的弹性势能是多少？",
        "\\frac{1}{2}kx^2",
        [("\\frac{kx^2}{2}", "fraction_rewritten"), ("0.5\\,k x^2", "decimal_coefficient"), ("\\frac{x^2 k}{2}", "factors_reordered")],
        [("kx^2", "missing_factor_half"), ("\\frac{1}{2}kx", "wrong_exponent"), ("\\frac{1}{2}k^2x", "exponent_on_wrong_symbol")],
        ["The force needed is $F = kx'$ at compression $x'$, so the work done is $\\int_0^x kx'\\,dx'$.",
         "Evaluating the integral gives the stored energy."],
        ["压缩量为 $x'$ 时所需的力为 $F = kx'$，所做的功为 $\\int_0^x kx'\\,dx'$。", "计算积分即得储存的能量。"],
        "U", ("the stored energy", "储存的能量")))
    ts.append(T("physics",
        "A point charge $Q$ sits in vacuum. Using Coulomb's constant $k = \\frac{1}{4\\pi\\varepsilon_0}$, find the magnitude of the electric field $E$ at distance $r$ from the charge.",
        "真空中有一点电荷 $Q$。利用库仑常量 $k = \\frac{1}{4\\pi\\varepsilon_0}$，求距该电荷 $r$ 处的电场强度大小 $E$。",
        "E = \\frac{kQ}{r^2}",
        [("\\frac{Q}{4\\pi\\varepsilon_0 r^2}", "constant_substituted"), ("kQr^{-2}", "negative_exponent_for_division"),
         ("\\frac{Qk}{r^{2}}", "factors_reordered")],
        [("\\frac{kQ}{r}", "wrong_exponent"), ("\\frac{kQ^2}{r^2}", "wrong_exponent"), ("\\frac{Q}{4\\pi r^2}", "missing_constant")],
        ["The force on a test charge $q$ is $F = \\frac{kQq}{r^2}$ by Coulomb's law.",
         "The field is the force per unit test charge, $E = F/q$."],
        ["由库仑定律，试探电荷 $q$ 受力 $F = \\frac{kQq}{r^2}$。", "电场强度是单位试探电荷所受的力，$E = F/q$。"],
        "E", ("the field magnitude", "电场强度")))
    ts.append(T("physics",
        "A particle of mass $m$ has momentum of magnitude $p$. Express its (non-relativistic) kinetic energy $K$ in terms of $p$ and $m$.",
        "质量为 $m$ 的粒子动量大小为 $p$，用 $p$ 和 $m$ 表示其（非相对论）动能 $K$。",
        "K = \\frac{p^2}{2m}",
        [("\\frac{1}{2}\\cdot\\frac{p^2}{m}", "factor_pulled_out"), ("0.5\\,p^2 m^{-1}", "negative_exponent_for_division"),
         ("\\frac{p^2}{m+m}", "denominator_rewritten")],
        [("\\frac{p^2}{m}", "missing_factor_half"), ("\\frac{p}{2m}", "wrong_exponent"), ("\\frac{p^2 m}{2}", "variable_inverted")],
        ["Kinetic energy is $K = \\frac{1}{2}mv^2$ and momentum is $p = mv$, so $v = p/m$.",
         "Substituting $v = p/m$ into the kinetic energy formula."],
        ["动能 $K = \\frac{1}{2}mv^2$，动量 $p = mv$，所以 $v = p/m$。", "把 $v = p/m$ 代入动能公式。"],
        "K", ("the kinetic energy", "动能")))
    ts.append(T("physics",
        "A projectile is launched from level ground with speed $v_0$ at angle $\\theta$ above the horizontal. Ignoring air resistance, find its horizontal range $R$.",
        "在水平地面上以速度 $v_0$、与水平方向成 $\\theta$ 角抛出一物体，不计空气阻力，求其水平射程 $R$。",
        "R = \\frac{v_0^2\\sin 2\\theta}{g}",
        [("\\frac{2v_0^2\\sin\\theta\\cos\\theta}{g}", "double_angle_expanded"),
         ("\\frac{v_0^2}{g}\\sin(2\\theta)", "factor_pulled_out"),
         ("\\frac{2 v_0\\sin\\theta \\cdot v_0\\cos\\theta}{g}", "product_form")],
        [("\\frac{v_0^2\\sin\\theta}{g}", "wrong_trig_argument"), ("\\frac{v_0^2\\sin 2\\theta}{2g}", "spurious_factor_half"),
         ("\\frac{v_0\\sin 2\\theta}{g}", "wrong_exponent")],
        ["Time of flight: the vertical velocity $v_0\\sin\\theta$ reverses, so $t = \\frac{2v_0\\sin\\theta}{g}$.",
         "Range is the horizontal velocity $v_0\\cos\\theta$ times that time."],
        ["飞行时间：竖直分速度 $v_0\\sin\\theta$ 反向，故 $t = \\frac{2v_0\\sin\\theta}{g}$。", "射程等于水平分速度 $v_0\\cos\\theta$ 乘以飞行时间。"],
        "R", ("the range", "射程")))
    ts.append(T("physics",
        "A projectile is launched with speed $v_0$ at angle $\\theta$ above the horizontal. Find the maximum height $H$ it reaches above the launch point (no air resistance).",
        "以速度 $v_0$、与水平方向成 $\\theta$ 角斜抛一物体（不计空气阻力），求它上升的最大高度 $H$。",
        "H = \\frac{v_0^2\\sin^2\\theta}{2g}",
        [("\\frac{(v_0\\sin\\theta)^2}{2g}", "square_grouped"), ("\\frac{v_0^2(1-\\cos^2\\theta)}{2g}", "pythagorean_identity"),
         ("\\frac{v_0^2(1-\\cos 2\\theta)}{4g}", "half_angle_identity")],
        [("\\frac{v_0^2\\sin^2\\theta}{g}", "missing_factor_2"), ("\\frac{v_0^2\\sin\\theta}{2g}", "wrong_exponent"),
         ("\\frac{v_0^2\\cos^2\\theta}{2g}", "sin_cos_swapped")],
        ["Only the vertical component matters: $v_y = v_0\\sin\\theta$ decreases to zero at the top.",
         "Using $v_y^2 = 2gH$ at the top."],
        ["只需考虑竖直分量：$v_y = v_0\\sin\\theta$ 在最高点减为零。", "由 $v_y^2 = 2gH$ 求最大高度。"],
        "H", ("the maximum height", "最大高度")))
    ts.append(T("physics",
        "A satellite moves in a circular orbit of radius $r$ around a planet of mass $M$. Find its orbital speed $v$ in terms of $G$, $M$ and $r$.",
        "卫星绕质量为 $M$ 的行星做半径为 $r$ 的圆周运动，用 $G$、$M$、$r$ 表示其环绕速度 $v$。",
        "v = \\sqrt{\\frac{GM}{r}}",
        [("(GM)^{1/2} r^{-1/2}", "root_as_fractional_exponent"), ("\\frac{\\sqrt{GMr}}{r}", "rationalized"),
         ("\\sqrt{\\frac{MG}{r}}", "factors_reordered")],
        [("\\sqrt{\\frac{2GM}{r}}", "escape_speed_confusion"), ("\\frac{\\sqrt{GM}}{r}", "root_misapplied"),
         ("\\frac{GM}{r}", "missing_square_root")],
        ["Gravity supplies the centripetal force: $\\frac{GMm}{r^2} = \\frac{mv^2}{r}$.",
         "The satellite mass $m$ cancels, leaving $v^2 = GM/r$ once I clear one factor of $r$."],
        ["万有引力提供向心力：$\\frac{GMm}{r^2} = \\frac{mv^2}{r}$。", "卫星质量 $m$ 约去，再消去一个 $r$。"],
        "v", ("the orbital speed", "环绕速度")))
    ts.append(T("physics",
        "A block of mass $m$ hangs from a spring of stiffness $k$ and oscillates vertically. Find the period $T$ of the oscillation.",
        "质量为 $m$ 的物块挂在劲度系数为 $k$ 的弹簧上做竖直振动，求振动周期 $T$。",
        "T = 2\\pi\\sqrt{\\frac{m}{k}}",
        [("\\frac{2\\pi}{\\sqrt{k/m}}", "reciprocal_of_omega"), ("\\frac{2\\pi\\sqrt{m}}{\\sqrt{k}}", "sqrt_split_quotient"),
         ("2\\pi\\sqrt{mk^{-1}}", "negative_exponent_for_division")],
        [("2\\pi\\sqrt{\\frac{k}{m}}", "variables_swapped"), ("\\frac{1}{2\\pi}\\sqrt{\\frac{k}{m}}", "frequency_instead_of_period"),
         ("\\pi\\sqrt{\\frac{m}{k}}", "missing_factor_2")],
        ["Gravity only shifts the equilibrium point; about equilibrium the net force is $-ky$.",
         "So $\\omega = \\sqrt{k/m}$ and $T = 2\\pi/\\omega$."],
        ["重力只改变平衡位置，相对平衡位置的合力为 $-ky$。", "所以 $\\omega = \\sqrt{k/m}$，$T = 2\\pi/\\omega$。"],
        "T", ("the period", "周期")))
    ts.append(T("physics",
        "A uniform solid sphere rolls without slipping from rest down a ramp, descending a vertical height $h$. Find its speed $v$ at the bottom.",
        "一个均匀实心球从静止开始沿斜面纯滚动而下，下降的竖直高度为 $h$，求它到达底端时的速度 $v$。",
        "v = \\sqrt{\\frac{10gh}{7}}",
        [("\\sqrt{\\frac{10}{7}gh}", "coefficient_separated"), ("\\left(\\frac{10gh}{7}\\right)^{1/2}", "root_as_fractional_exponent"),
         ("\\sqrt{10gh/7}", "inline_fraction")],
        [("\\sqrt{2gh}", "ignored_rotation"), ("\\sqrt{\\frac{4gh}{3}}", "wrong_moment_of_inertia"),
         ("\\sqrt{\\frac{7gh}{10}}", "fraction_inverted")],
        ["For a solid sphere $I = \\frac{2}{5}mR^2$ and rolling means $\\omega = v/R$.",
         "Energy: $mgh = \\frac{1}{2}mv^2 + \\frac{1}{2}I\\omega^2 = \\frac{7}{10}mv^2$."],
        ["实心球 $I = \\frac{2}{5}mR^2$，纯滚动 $\\omega = v/R$。", "能量守恒：$mgh = \\frac{1}{2}mv^2 + \\frac{1}{2}I\\omega^2 = \\frac{7}{10}mv^2$。"],
        "v", ("the speed at the bottom", "底端速度")))
    ts.append(T("physics",
        "Two resistors $R_1$ and $R_2$ are connected in parallel. Find the equivalent resistance $R$.",
        "两个电阻 $R_1$ 和 $R_2$ 并联，求等效电阻 $R$。",
        "R = \\frac{R_1R_2}{R_1+R_2}",
        [("\\left(\\frac{1}{R_1}+\\frac{1}{R_2}\\right)^{-1}", "reciprocal_sum_form"), ("\\frac{R_2R_1}{R_2+R_1}", "factors_reordered"),
         ("\\frac{1}{R_1^{-1}+R_2^{-1}}", "negative_exponent_for_division")],
        [("R_1+R_2", "series_instead_of_parallel"), ("\\frac{R_1+R_2}{R_1R_2}", "fraction_inverted"),
         ("\\frac{R_1R_2}{R_1-R_2}", "sign_error")],
        ["In parallel the voltage is the same and currents add: $I = V/R_1 + V/R_2$.",
         "So $\\frac{1}{R} = \\frac{1}{R_1} + \\frac{1}{R_2}$; I combine the fractions."],
        ["并联时电压相同、电流相加：$I = V/R_1 + V/R_2$。", "所以 $\\frac{1}{R} = \\frac{1}{R_1} + \\frac{1}{R_2}$，通分即可。"],
        "R", ("the equivalent resistance", "等效电阻")))
    ts.append(T("physics",
        "A long straight wire carries steady current $I$. Find the magnitude of the magnetic field $B$ at perpendicular distance $r$ from the wire (permeability $\\mu_0$).",
        "一根长直导线通有恒定电流 $I$，求距导线垂直距离为 $r$ 处的磁感应强度大小 $B$（真空磁导率 $\\mu_0$）。",
        "B = \\frac{\\mu_0 I}{2\\pi r}",
        [("\\frac{\\mu_0}{2\\pi}\\cdot\\frac{I}{r}", "factor_pulled_out"), ("\\frac{I\\mu_0}{2r\\pi}", "factors_reordered"),
         ("\\frac{\\mu_0 I}{2\\pi}r^{-1}", "negative_exponent_for_division")],
        [("\\frac{\\mu_0 I}{4\\pi r}", "wrong_constant_4pi"), ("\\frac{\\mu_0 I}{2 r}", "missing_factor_pi"),
         ("\\frac{\\mu_0 I}{2\\pi r^2}", "wrong_exponent")],
        ["Ampere's law on a circle of radius $r$ centred on the wire: $\\oint B\\,dl = \\mu_0 I$.",
         "By symmetry $B$ is constant on the circle, so $B\\cdot 2\\pi r = \\mu_0 I$."],
        ["取以导线为中心、半径为 $r$ 的圆环应用安培环路定理：$\\oint B\\,dl = \\mu_0 I$。", "由对称性 $B$ 在圆上大小不变，$B\\cdot 2\\pi r = \\mu_0 I$。"],
        "B", ("the field", "磁感应强度")))
    ts.append(T("physics",
        "A particle of charge $q$ and mass $m$ moves with speed $v$ perpendicular to a uniform magnetic field $B$. Find the radius $r$ of its circular path.",
        "电荷量为 $q$、质量为 $m$ 的粒子以速度 $v$ 垂直进入磁感应强度为 $B$ 的匀强磁场，求其圆周运动的半径 $r$。",
        "r = \\frac{mv}{qB}",
        [("\\frac{mv}{Bq}", "factors_reordered"), ("\\frac{m}{qB}\\,v", "factor_pulled_out"), ("mv(qB)^{-1}", "negative_exponent_for_division")],
        [("\\frac{qB}{mv}", "fraction_inverted"), ("\\frac{mv^2}{qB}", "wrong_exponent"), ("\\frac{qv}{mB}", "variables_swapped")],
        ["The magnetic force $qvB$ provides the centripetal force $mv^2/r$.", "So $qvB = \\frac{mv^2}{r}$; one factor of $v$ cancels."],
        ["洛伦兹力 $qvB$ 提供向心力 $mv^2/r$。", "所以 $qvB = \\frac{mv^2}{r}$，约去一个 $v$。"],
        "r", ("the radius", "半径")))
    ts.append(T("physics",
        "A cantilever beam of length $L$, Young's modulus $E$ and second moment of area $I$ carries a point load $P$ at its free end. Find the tip deflection $\\delta$ (small deflections).",
        "长为 $L$ 的悬臂梁，弹性模量 $E$，截面惯性矩 $I$，自由端受集中力 $P$。求自由端挠度 $\\delta$（小变形）。",
        "\\delta = \\frac{PL^3}{3EI}",
        [("\\frac{1}{3}\\cdot\\frac{PL^3}{EI}", "factor_pulled_out"), ("\\frac{L^3P}{3IE}", "factors_reordered"),
         ("\\frac{PL^3}{3}(EI)^{-1}", "negative_exponent_for_division")],
        [("\\frac{PL^3}{48EI}", "wrong_support_case"), ("\\frac{PL^2}{3EI}", "wrong_exponent"), ("\\frac{PL^3}{6EI}", "wrong_coefficient")],
        ["The bending moment at distance $x$ from the wall is $M(x) = -P(L-x)$, and $EI\\,y'' = M$.",
         "Integrating twice with $y(0) = y'(0) = 0$ and evaluating at $x = L$."],
        ["距固定端 $x$ 处弯矩 $M(x) = -P(L-x)$，且 $EI\\,y'' = M$。", "积分两次并用 $y(0) = y'(0) = 0$，再取 $x = L$。"],
        "\\delta", ("the tip deflection", "自由端挠度")))
    ts.append(T("physics",
        "A thin uniform rod of mass $M$ and length $L$ rotates about an axis through one end, perpendicular to the rod. Find its moment of inertia $I$.",
        "质量为 $M$、长为 $L$ 的均匀细杆绕通过其一端且垂直于杆的轴转动，求其转动惯量 $I$。",
        "I = \\frac{1}{3}ML^2",
        [("\\frac{ML^2}{3}", "fraction_rewritten"), ("\\frac{4ML^2}{12}", "unreduced_fraction"),
         ("\\frac{L^2 M}{3}", "factors_reordered")],
        [("\\frac{1}{12}ML^2", "centre_axis_confusion"), ("\\frac{1}{2}ML^2", "wrong_coefficient"), ("\\frac{1}{3}ML", "wrong_exponent")],
        ["Take a slice $dm = \\frac{M}{L}dx$ at distance $x$ from the axis.", "Then $I = \\int_0^L x^2 \\frac{M}{L}dx$."],
        ["取距转轴 $x$ 处的微元 $dm = \\frac{M}{L}dx$。", "则 $I = \\int_0^L x^2 \\frac{M}{L}dx$。"],
        "I", ("the moment of inertia", "转动惯量")))
    ts.append(T("physics",
        "A capacitor of capacitance $C$ holds charge $Q$. Express the energy $U$ stored in it in terms of $Q$ and $C$.",
        "电容为 $C$ 的电容器带电量为 $Q$，用 $Q$ 和 $C$ 表示其储存的能量 $U$。",
        "U = \\frac{Q^2}{2C}",
        [("\\frac{1}{2}\\,\\frac{Q^2}{C}", "factor_pulled_out"), ("\\frac{Q^2}{2}C^{-1}", "negative_exponent_for_division"),
         ("\\frac{Q\\cdot Q}{2C}", "power_written_as_product")],
        [("\\frac{Q^2}{C}", "missing_factor_half"), ("\\frac{Q}{2C}", "wrong_exponent"), ("\\frac{1}{2}Q^2C", "variable_inverted")],
        ["Moving charge $dq$ against voltage $q/C$ costs $dW = \\frac{q}{C}dq$.", "Integrate from $0$ to $Q$."],
        ["把电荷 $dq$ 逆着电压 $q/C$ 移动需要做功 $dW = \\frac{q}{C}dq$。", "从 $0$ 积分到 $Q$。"],
        "U", ("the stored energy", "储存的能量")))
    ts.append(T("physics",
        "A capacitor $C$ is charged through resistor $R$ by an ideal battery of emf $\\varepsilon$, starting uncharged at $t = 0$. Find the charge $q(t)$.",
        "电容 $C$ 通过电阻 $R$ 由电动势为 $\\varepsilon$ 的理想电源充电，$t = 0$ 时电容不带电，求电荷 $q(t)$。",
        "q(t) = C\\varepsilon\\left(1 - e^{-t/(RC)}\\right)",
        [("C\\varepsilon - C\\varepsilon e^{-t/(RC)}", "expanded"), ("\\varepsilon C\\left(1-\\exp\\left(-\\frac{t}{RC}\\right)\\right)", "exp_notation"),
         ("C\\varepsilon\\left(1 - \\frac{1}{e^{t/(RC)}}\\right)", "negative_exponent_as_reciprocal")],
        [("C\\varepsilon e^{-t/(RC)}", "discharge_confusion"), ("C\\varepsilon\\left(1 - e^{-RCt}\\right)", "time_constant_inverted"),
         ("C\\varepsilon\\left(1 + e^{-t/(RC)}\\right)", "sign_error")],
        ["Kirchhoff: $\\varepsilon = R\\frac{dq}{dt} + \\frac{q}{C}$.", "Separating variables with $q(0) = 0$."],
        ["基尔霍夫定律：$\\varepsilon = R\\frac{dq}{dt} + \\frac{q}{C}$。", "分离变量并利用 $q(0) = 0$。"],
        "q(t)", ("the charge", "电荷量")))
    ts.append(T("physics",
        "An object at initial temperature $T_0$ is placed in surroundings at constant temperature $T_a$ and cools by Newton's law, $\\frac{dT}{dt} = -k(T - T_a)$ with $k > 0$. Find $T(t)$.",
        "初始温度为 $T_0$ 的物体放在恒温 $T_a$ 的环境中，按牛顿冷却定律 $\\frac{dT}{dt} = -k(T - T_a)$（$k > 0$）冷却，求 $T(t)$。",
        "T(t) = T_a + (T_0 - T_a)e^{-kt}",
        [("T_a\\left(1 - e^{-kt}\\right) + T_0 e^{-kt}", "regrouped"), ("(T_0 - T_a)e^{-kt} + T_a", "terms_reordered"),
         ("T_a - (T_a - T_0)e^{-kt}", "sign_pulled_out")],
        [("T_a + (T_0 - T_a)e^{kt}", "sign_error_exponent"), ("T_0 + (T_a - T_0)e^{-kt}", "roles_swapped"),
         ("(T_0 - T_a)e^{-kt}", "missing_constant_term")],
        ["Let $u = T - T_a$, then $u' = -ku$, so $u = u(0)e^{-kt}$.", "Here $u(0) = T_0 - T_a$."],
        ["令 $u = T - T_a$，则 $u' = -ku$，故 $u = u(0)e^{-kt}$。", "其中 $u(0) = T_0 - T_a$。"],
        "T(t)", ("the temperature", "温度")))
    ts.append(T("physics",
        "A rod of length $L$ and cross-sectional area $A$, made of material with Young's modulus $E$, is pulled by an axial force $F$. Find its elongation $\\Delta L$.",
        "长为 $L$、横截面积为 $A$、弹性模量为 $E$ 的杆受轴向拉力 $F$，求其伸长量 $\\Delta L$。",
        "\\Delta L = \\frac{FL}{AE}",
        [("\\frac{F}{A}\\cdot\\frac{L}{E}", "factor_pulled_out"), ("\\frac{LF}{EA}", "factors_reordered"), ("FL(AE)^{-1}", "negative_exponent_for_division")],
        [("\\frac{FA}{LE}", "variables_swapped"), ("\\frac{FLE}{A}", "variable_inverted"), ("\\frac{F}{AE}", "missing_factor_L")],
        ["Stress is $\\sigma = F/A$ and strain is $\\varepsilon = \\Delta L / L$.", "Hooke's law $\\sigma = E\\varepsilon$."],
        ["应力 $\\sigma = F/A$，应变 $\\varepsilon = \\Delta L / L$。", "胡克定律 $\\sigma = E\\varepsilon$。"],
        "\\Delta L", ("the elongation", "伸长量")))
    return ts


def numeric(rng):
    """Numeric answers with units and significant figures."""
    recs = []
    g = 9.8
    cases = []
    for h in (5.0, 12.0, 20.0, 45.0):
        v = math.sqrt(2 * g * h)
        q_en = "A stone is dropped from rest from a height of %g m. Taking $g = 9.8\\ \\mathrm{m/s^2}$ and ignoring air resistance, find its speed just before impact (3 significant figures)." % h
        q_zh = "一块石头从 %g m 高处由静止落下，取 $g = 9.8\\ \\mathrm{m/s^2}$，不计空气阻力，求落地前瞬间的速度（保留 3 位有效数字）。" % h
        st_en = ["Energy conservation gives $v = \\sqrt{2gh}$.", "Substituting: $v = \\sqrt{2 \\times 9.8 \\times %g}$." % h]
        st_zh = ["由能量守恒 $v = \\sqrt{2gh}$。", "代入：$v = \\sqrt{2 \\times 9.8 \\times %g}$。" % h]
        cases.append((q_en, q_zh, v, "m/s", [(v * 3.6, "km/h"), (v * 100, "cm/s")], math.sqrt(g * h), st_en, st_zh))
    for L in (0.5, 1.2, 2.0):
        T_ = 2 * math.pi * math.sqrt(L / g)
        q_en = "Find the period of a simple pendulum of length %g m for small oscillations, with $g = 9.8\\ \\mathrm{m/s^2}$ (3 significant figures)." % L
        q_zh = "摆长为 %g m 的单摆做小角度摆动，取 $g = 9.8\\ \\mathrm{m/s^2}$，求其周期（保留 3 位有效数字）。" % L
        st_en = ["$T = 2\\pi\\sqrt{L/g}$.", "$T = 2\\pi\\sqrt{%g / 9.8}$." % L]
        st_zh = ["$T = 2\\pi\\sqrt{L/g}$。", "$T = 2\\pi\\sqrt{%g / 9.8}$。" % L]
        cases.append((q_en, q_zh, T_, "s", [(T_ * 1000, "ms")], math.pi * math.sqrt(L / g), st_en, st_zh))
    for (k, x) in ((200.0, 0.15), (450.0, 0.08), (1200.0, 0.05)):
        U = 0.5 * k * x * x
        q_en = "A spring with $k = %g\\ \\mathrm{N/m}$ is stretched by %g m. How much elastic potential energy does it store (3 significant figures)?" % (k, x)
        q_zh = "劲度系数 $k = %g\\ \\mathrm{N/m}$ 的弹簧被拉长 %g m，储存的弹性势能是多少（保留 3 位有效数字）？" % (k, x)
        st_en = ["$U = \\frac{1}{2}kx^2$.", "$U = 0.5 \\times %g \\times %g^2$." % (k, x)]
        st_zh = ["$U = \\frac{1}{2}kx^2$。", "$U = 0.5 \\times %g \\times %g^2$。" % (k, x)]
        cases.append((q_en, q_zh, U, "J", [(U * 1000, "mJ")], k * x * x, st_en, st_zh))
    for (m, v, r) in ((1200.0, 15.0, 50.0), (0.25, 4.0, 0.8), (70.0, 6.0, 12.0)):
        F = m * v * v / r
        q_en = "A %g kg object moves at %g m/s on a circle of radius %g m. What centripetal force acts on it (3 significant figures)?" % (m, v, r)
        q_zh = "质量 %g kg 的物体以 %g m/s 的速率沿半径 %g m 的圆周运动，它受到的向心力是多少（保留 3 位有效数字）？" % (m, v, r)
        st_en = ["$F = mv^2/r$.", "$F = %g \\times %g^2 / %g$." % (m, v, r)]
        st_zh = ["$F = mv^2/r$。", "$F = %g \\times %g^2 / %g$。" % (m, v, r)]
        cases.append((q_en, q_zh, F, "N", [(F / 1000, "kN")], m * v / r, st_en, st_zh))
    for (q_en, q_zh, val, unit, alts, wrongval, st_en, st_zh) in cases:
        ref = "%s\\ \\mathrm{%s}" % (sig(val), unit)
        variants = [("%s\\ \\mathrm{%s}" % (sig(val), unit), "Correct", "numeric_same_value"),
                    ("%s\\ \\mathrm{%s}" % (sig(val, 4), unit), "Correct", "extra_significant_figure")]
        av, au = rng.choice(alts)
        variants.append(("%s\\ \\mathrm{%s}" % (sig(av), au), "Correct", "unit_converted"))
        variants.append(("%s\\ \\mathrm{%s}" % (sig(wrongval), unit), "Incorrect", "numeric_wrong_formula"))
        variants.append(("%s\\ \\mathrm{%s}" % (sig(val), au), "Incorrect", "wrong_unit"))
        for form, label, trap in variants:
            lang = "zh" if rng.random() < 0.22 else "en"
            q = q_zh if lang == "zh" else q_en
            st = st_zh if lang == "zh" else st_en
            out = build_output(rng, lang, "physics", st, final_line(rng, lang, None, form, ("the result", "结果")))
            recs.append(record("physics_like", "math", q, out, ref, label, lang, trap))
    return recs


def generate(rng):
    recs = []
    for t in symbolic():
        recs.extend(expand(rng, t))
    recs.extend(numeric(rng))
    return recs
