"""Physics word problems (English): kinematics, energy, circuits, waves, power, conversions."""
import math
from common import g, fixed, sci_latex, sci_min, sci_txt, long_output, final_line, boxed_ref, rec, cycle

G = 9.8


def _out(rng, restate, steps, ans):
    return long_output(rng, "en", restate, steps, final_line(rng, ans))


def _ref(rng, lines, ref):
    return boxed_ref(lines, ref) if rng.random() < 0.4 else ref


def kinematics(rng, v):
    a = rng.choice([1.5, 2.0, 2.5, 3.0, 4.0, 1.2])
    t = rng.randint(4, 14)
    d = 0.5 * a * t * t
    vf = a * t
    q = ("A cart starts from rest and accelerates uniformly at %s m/s^2 for %d s. How far does it travel "
         "during this time?" % (g(a), t))
    restate = "The cart starts from rest (u = 0), a = %s m/s^2, t = %d s. We need the displacement." % (g(a), t)
    steps = ["Use s = ut + (1/2)at^2 with u = 0.",
             "s = 0.5 × %s × %d^2 = 0.5 × %s × %d = %s m." % (g(a), t, g(a), t * t, g(d))]
    ref = _ref(rng, ["With u = 0, s = (1/2)at^2 = 0.5 × %s × %d^2 = %s m." % (g(a), t, g(d))], "%s m" % g(d))
    if v == "C_km":
        steps.append("Expressing this in kilometres: %s m = %s km." % (g(d), g(d / 1000)))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s km" % g(d / 1000)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_words":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s meters" % g(d)), ref,
                   "Correct", "en", "unit_spelled_out")
    if v == "I_speed":
        steps = ["The final speed is v = u + at = 0 + %s × %d = %s m/s." % (g(a), t, g(vf)),
                 "This speed describes how far the motion has progressed, so it is the result we want."]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s m/s" % g(vf)), ref,
                   "Incorrect", "en", "intermediate_quantity")
    steps.append("Converting to kilometres for a cleaner number.")
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s km" % g(d)), ref,
               "Incorrect", "en", "wrong_unit_right_digits")


def kinetic(rng, v):
    m = rng.choice([12, 15, 20, 25, 40, 50, 60, 80])
    vel = rng.choice([10, 12, 15, 20, 25, 30])
    ke = 0.5 * m * vel * vel
    q = "A %d kg object moves at %d m/s. What is its kinetic energy?" % (m, vel)
    restate = "Mass m = %d kg, speed v = %d m/s. Kinetic energy KE = (1/2)mv^2." % (m, vel)
    steps = ["v^2 = %d m^2/s^2." % (vel * vel),
             "KE = 0.5 × %d × %d = %s J." % (m, vel * vel, g(ke))]
    ref = _ref(rng, ["KE = (1/2)mv^2 = 0.5 × %d × %d^2 = %s J." % (m, vel, g(ke))], sci_min(ke) + " J")
    if v == "C_kJ":
        steps.append("In kilojoules that is %s kJ." % g(ke / 1000))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s kJ" % g(ke / 1000)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_plain":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s J" % g(ke)), ref,
                   "Correct", "en", "sci_vs_plain_notation")
    if v == "I_nohalf":
        steps = ["KE = m v^2 = %d × %d = %s J." % (m, vel * vel, g(2 * ke))]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s J" % g(2 * ke)), ref,
                   "Incorrect", "en", "missing_factor_half")
    steps.append("Writing the mantissa only: KE = %s J." % g(ke / 1000))
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s J" % g(ke / 1000)), ref,
               "Incorrect", "en", "dropped_exponent")


def resistors(rng, v):
    total = rng.choice([1200, 1500, 2200, 3300, 4700, 1800, 2700])
    r1 = rng.choice([x for x in range(100, total - 100, 10) if x % 10 == 0 and (total - x) % 10 == 0])
    r2 = total - r1
    par = r1 * r2 / total
    q = "Two resistors of %d Ω and %d Ω are connected in series. What is the equivalent resistance?" % (r1, r2)
    restate = "Series connection: R_eq = R1 + R2 with R1 = %d Ω and R2 = %d Ω." % (r1, r2)
    steps = ["R_eq = %d + %d = %d Ω." % (r1, r2, total)]
    ref = _ref(rng, ["In series, R = R1 + R2 = %d Ω + %d Ω = %d Ω." % (r1, r2, total)], "%s kΩ" % g(total / 1000))
    if v == "C_ohm":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%d Ω" % total), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_word":
        steps.append("That is %s kilohms." % g(total / 1000))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%d ohms" % total), ref,
                   "Correct", "en", "unit_spelled_out")
    if v == "I_par":
        steps = ["Combine them: R_eq = R1 R2 / (R1 + R2) = %d × %d / %d = %s Ω." % (r1, r2, total, fixed(par, 1))]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s Ω" % fixed(par, 1)), ref,
                   "Incorrect", "en", "series_parallel_confusion")
    steps.append("Expressed with a prefix this is %s MΩ." % g(total / 1000))
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s MΩ" % g(total / 1000)), ref,
               "Incorrect", "en", "wrong_unit_prefix")


def ohm(rng, v):
    r = rng.choice([100, 150, 200, 250, 400, 500])
    i_ma = rng.choice([10, 12, 20, 24, 30, 40, 60])
    volt = r * i_ma / 1000
    i = i_ma / 1000
    q = "A %s V battery is connected across a %d Ω resistor. What current flows through the resistor (in amperes)?" % (
        g(volt), r)
    restate = "Ohm's law: I = V/R, V = %s V, R = %d Ω." % (g(volt), r)
    steps = ["I = %s / %d = %s A." % (g(volt), r, g(i))]
    ref = "%s A" % g(i)
    if v == "C_mA":
        steps.append("That equals %d mA." % i_ma)
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s A (i.e. %d mA)" % (g(i), i_ma)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_sci":
        return rec("math_like", "math", q, _out(rng, restate, steps, sci_txt(i, 2) + " A"), ref,
                   "Correct", "en", "sci_vs_plain_notation")
    if v == "I_pow":
        steps.append("Converting, the current is %s mA." % g(i_ma / 10))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mA" % g(i_ma / 10)), ref,
                   "Incorrect", "en", "power_of_ten_off")
    inv = r / volt
    steps = ["I = R / V = %d / %s = %s A." % (r, g(volt), fixed(inv, 2))]
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s A" % fixed(inv, 2)), ref,
               "Incorrect", "en", "inverted_formula")


def wave(rng, v):
    speed = rng.choice([340, 330, 343])
    f = rng.choice([x for x in range(100, 1400, 5) if (speed * 1000) % x == 0 and x > 150])
    lam = speed / f
    q = "A sound wave travels at %d m/s with a frequency of %d Hz. What is its wavelength?" % (speed, f)
    restate = "v = fλ, so λ = v/f with v = %d m/s and f = %d Hz." % (speed, f)
    steps = ["λ = %d / %d = %s m." % (speed, f, g(lam))]
    ref = _ref(rng, ["λ = v/f = %d/%d = %s m." % (speed, f, g(lam))], "%s m" % g(lam))
    if v == "C_cm":
        steps.append("In centimetres: %s cm." % g(lam * 100))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s cm" % g(lam * 100)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_mm":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mm" % g(lam * 1000)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "I_period":
        steps = ["The period is T = 1/f = 1/%d = %s s, which sets the wave's repeat length." % (f, g(1 / f, 6))]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s s" % g(1 / f, 6)), ref,
                   "Incorrect", "en", "other_quantity_period")
    steps.append("Writing it in smaller units: %s mm." % g(lam * 100))
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s mm" % g(lam * 100)), ref,
               "Incorrect", "en", "wrong_unit_prefix")


def freefall(rng, v):
    while True:
        h = rng.randint(5, 80)
        t = math.sqrt(2 * h / G)
        r2, r1 = fixed(t, 2), fixed(t, 1)
        trunc = "%.2f" % (math.floor(t * 100) / 100)
        if v == "I_trunc" and trunc == r2:
            continue
        if v == "I_prec" and not (abs(float(r1) - float(r2)) > 1e-9):
            continue
        break
    q = ("A stone is dropped from rest from a height of %d m. Neglecting air resistance and taking g = 9.8 m/s^2, "
         "how long does it take to reach the ground? Give your answer to two decimal places." % h)
    restate = "h = (1/2)g t^2, so t = sqrt(2h/g) with h = %d m and g = 9.8 m/s^2." % h
    steps = ["2h/g = %d / 9.8 = %s s^2." % (2 * h, g(2 * h / G, 5)),
             "t = sqrt(%s) = %s s." % (g(2 * h / G, 5), g(t, 5))]
    ref = "%s s" % r2
    if v == "C_approx":
        steps.append("Rounded to two decimal places, t ≈ %s s." % r2)
        return rec("math_like", "math", q, _out(rng, restate, steps, "approximately %s s" % r2), ref,
                   "Correct", "en", "rounded_to_requested_precision")
    if v == "C_plain":
        return rec("math_like", "math", q, _out(rng, restate, steps, "t = %s seconds" % r2), ref,
                   "Correct", "en", "unit_spelled_out")
    if v == "I_trunc":
        steps.append("Keeping two decimals: t = %s s." % trunc)
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s s" % trunc), ref,
                   "Incorrect", "en", "misrounded_last_digit")
    steps.append("Rounding gives t ≈ %s s." % r1)
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s s" % r1), ref,
               "Incorrect", "en", "wrong_precision_requested")


def throw_up(rng, v):
    u = rng.choice([5, 8, 10, 12, 15])
    t = rng.choice([x for x in (2, 3, 4) if u - G * x < 0])
    vel = u - G * t
    q = ("A ball is thrown straight up at %d m/s. Taking upward as positive and g = 9.8 m/s^2, what is its velocity "
         "%d s after release?" % (u, t))
    restate = "v = u − g t with u = +%d m/s, g = 9.8 m/s^2, t = %d s." % (u, t)
    steps = ["g t = 9.8 × %d = %s m/s." % (t, g(G * t)),
             "v = %d − %s = %s m/s." % (u, g(G * t), g(vel))]
    ref = "%s m/s" % g(vel)
    if v == "C_sign":
        steps.append("The negative sign means the ball is already moving downward.")
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s m/s (that is, %s m/s directed downward)" % (
            g(vel), g(-vel))), ref, "Correct", "en", "sign_convention_equal")
    if v == "C_plain":
        return rec("math_like", "math", q, _out(rng, restate, steps, "v = −%s m/s" % g(-vel)), ref,
                   "Correct", "en", "unicode_minus_sign")
    steps.append("Velocity magnitude: %s m/s." % g(-vel))
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s m/s" % g(-vel)), ref,
               "Incorrect", "en", "sign_error")


def power(rng, v):
    p = rng.choice([1200, 1500, 2500, 750, 4500, 3600])
    t = rng.choice([4, 5, 6, 8, 10, 12])
    w = p * t
    q = "A motor does %d J of work in %d s. What is its average power output?" % (w, t)
    restate = "Average power P = W / t with W = %d J and t = %d s." % (w, t)
    steps = ["P = %d / %d = %d W." % (w, t, p)]
    ref = _ref(rng, ["P = W/t = %d J / %d s = %d W." % (w, t, p)], "%d W" % p)
    if v == "C_kW":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s kW" % g(p / 1000)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_sci":
        return rec("math_like", "math", q, _out(rng, restate, steps, sci_latex(p, 2 if p % 100 == 0 else 3) + " W"),
                   ref, "Correct", "en", "sci_vs_plain_notation")
    if v == "I_mult":
        steps = ["P = W × t = %d × %d = %d W." % (w, t, w * t)]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%d W" % (w * t)), ref,
                   "Incorrect", "en", "inverted_formula")
    steps.append("So the power is %s W." % g(p / 1000))
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s W" % g(p / 1000)), ref,
               "Incorrect", "en", "dropped_prefix")


def speed_conv(rng, v):
    kmh = rng.choice([36, 54, 72, 90, 108, 126, 144, 18])
    ms = kmh / 3.6
    q = "Convert a speed of %d km/h into metres per second." % kmh
    restate = "1 km/h = 1000 m / 3600 s = 1/3.6 m/s."
    steps = ["%d / 3.6 = %s m/s." % (kmh, g(ms))]
    ref = "%s m/s" % g(ms)
    if v == "C_dec":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s m/s" % fixed(ms, 1)), ref,
                   "Correct", "en", "trailing_zero_form")
    if v == "C_words":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s metres per second" % g(ms)), ref,
                   "Correct", "en", "unit_spelled_out")
    if v == "I_inv":
        steps = ["Multiply by 3.6: %d × 3.6 = %s m/s." % (kmh, g(kmh * 3.6))]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s m/s" % g(kmh * 3.6)), ref,
                   "Incorrect", "en", "inverse_conversion")
    steps = ["Since both are speeds, the numerical value carries over: %d m/s." % kmh]
    return rec("math_like", "math", q, _out(rng, restate, steps, "%d m/s" % kmh), ref,
               "Incorrect", "en", "unconverted_value")


TEMPLATES = [
    (kinematics, ["C_km", "C_words", "I_speed", "I_unit"]),
    (kinetic, ["C_kJ", "C_plain", "I_nohalf", "I_exp"]),
    (resistors, ["C_ohm", "C_word", "I_par", "I_prefix"]),
    (ohm, ["C_mA", "C_sci", "I_pow", "I_inv"]),
    (wave, ["C_cm", "C_mm", "I_period", "I_prefix"]),
    (freefall, ["C_approx", "C_plain", "I_trunc", "I_prec"]),
    (throw_up, ["C_sign", "C_plain", "I_sign", "I_sign"]),
    (power, ["C_kW", "C_sci", "I_mult", "I_prefix"]),
    (speed_conv, ["C_dec", "C_words", "I_inv", "I_unconv"]),
]


def generate(rng, per=5):
    out = []
    for fn, variants in TEMPLATES:
        for v in cycle(rng, per, variants):
            out.append(fn(rng, v))
    return out
