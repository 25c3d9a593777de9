"""Chemistry problems (English): moles, concentration, pH, gas laws, dilution."""
import math
from common import g, fixed, sig, sci_txt, long_output, final_line, boxed_ref, rec, cycle

R = 8.314
COMPOUNDS = [("NaCl", 58.44), ("NaOH", 40.00), ("CaCO3", 100.09), ("KCl", 74.55), ("glucose (C6H12O6)", 180.16),
             ("MgSO4", 120.37)]


def _out(rng, restate, steps, ans):
    return long_output(rng, "en", restate, steps, final_line(rng, ans))


def moles(rng, v):
    name, mm = rng.choice(COMPOUNDS)
    n_t = rng.choice([0.125, 0.25, 0.35, 0.42, 0.6, 0.75, 0.18, 0.28])
    mass = float(fixed(n_t * mm, 2))
    n = mass / mm
    s3 = sig(n, 3)
    q = "How many moles are in %s g of %s (molar mass %s g/mol)? Give the answer to three significant figures." % (
        fixed(mass, 2), name, fixed(mm, 2))
    restate = "n = m / M with m = %s g and M = %s g/mol." % (fixed(mass, 2), fixed(mm, 2))
    steps = ["n = %s / %s = %s mol." % (fixed(mass, 2), fixed(mm, 2), g(n, 6)),
             "To three significant figures: %s mol." % s3]
    ref = "%s mol" % s3
    if rng.random() < 0.4:
        ref = boxed_ref(["n = m/M = %s g ÷ %s g/mol ≈ %s mol." % (fixed(mass, 2), fixed(mm, 2), s3)], "%s\\ \\text{mol}" % s3)
    if v == "C_mmol":
        steps.append("Equivalently %s mmol." % g(float(s3) * 1000))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mmol" % g(float(s3) * 1000)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_sci":
        return rec("math_like", "math", q, _out(rng, restate, steps, sci_txt(n, 3) + " mol"), ref,
                   "Correct", "en", "sci_vs_plain_notation")
    if v == "I_pow":
        steps.append("Adjusting the decimal point: %s mol." % g(float(s3) * 10))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mol" % g(float(s3) * 10)), ref,
                   "Incorrect", "en", "power_of_ten_off")
    molec = n * 6.022e23
    steps.append("Multiplying by Avogadro's number: %s × 6.022 × 10^23 = %s particles." % (s3, sci_txt(molec, 3)))
    return rec("math_like", "math", q, _out(rng, restate, steps, sci_txt(molec, 3) + " molecules"), ref,
               "Incorrect", "en", "intermediate_quantity")


def concentration(rng, v):
    c = rng.choice([0.5, 1.5, 2.5, 4.5, 0.8, 1.2, 3.0])
    vol_ml = rng.choice([200, 250, 400, 500, 800])
    n = c * vol_ml / 1000
    q = "%s mol of solute is dissolved to make %d mL of solution. What is the molar concentration?" % (g(n), vol_ml)
    restate = "c = n / V; n = %s mol, V = %d mL = %s L." % (g(n), vol_ml, g(vol_ml / 1000))
    steps = ["c = %s / %s = %s mol/L." % (g(n), g(vol_ml / 1000), g(c))]
    ref = "%s mol/L" % g(c)
    if v == "C_M":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s M" % g(c)), ref,
                   "Correct", "en", "unit_synonym")
    if v == "C_mmolmL":
        steps.append("This is the same as %s mmol/mL." % g(c))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mmol/mL" % g(c)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "I_unconv":
        steps = ["c = n / V = %s / %d = %s mol/L." % (g(n), vol_ml, g(n / vol_ml, 8))]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mol/L" % g(n / vol_ml, 8)), ref,
                   "Incorrect", "en", "unconverted_volume")
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s mmol/L" % g(c)), ref,
               "Incorrect", "en", "wrong_unit_right_digits")


def ph(rng, v):
    a = rng.choice([2.0, 3.0, 4.0, 5.0, 6.0, 2.5, 1.5, 8.0])
    b = rng.choice([2, 3, 4])
    conc = a * 10 ** (-b)
    p = -math.log10(conc)
    q = ("What is the pH of a %s × 10^-%d M solution of HCl (a strong acid)? Give the answer to two decimal places."
         % (g(a), b))
    restate = "HCl dissociates completely, so [H+] = %s × 10^-%d M, and pH = −log10[H+]." % (g(a), b)
    steps = ["log10(%s) = %s." % (g(a), g(math.log10(a), 5)),
             "pH = −(%s − %d) = %s." % (g(math.log10(a), 5), b, g(p, 5)),
             "Rounded to two decimals: %s." % fixed(p, 2)]
    ref = fixed(p, 2)
    if v == "C_approx":
        return rec("math_like", "math", q, _out(rng, restate, steps, "pH ≈ %s" % fixed(p, 2)), ref,
                   "Correct", "en", "approx_marker_same_value")
    if v == "C_plain":
        return rec("math_like", "math", q, _out(rng, restate, steps, "The pH is %s" % fixed(p, 2)), ref,
                   "Correct", "en", "answer_in_sentence")
    if v == "I_poh":
        steps.append("Then the requested value is 14 − %s = %s." % (fixed(p, 2), fixed(14 - p, 2)))
        return rec("math_like", "math", q, _out(rng, restate, steps, fixed(14 - p, 2)), ref,
                   "Incorrect", "en", "pOH_instead_of_pH")
    steps[-1] = "pH = log10[H+] = %s." % fixed(-p, 2)
    return rec("math_like", "math", q, _out(rng, restate, steps, fixed(-p, 2)), ref,
               "Incorrect", "en", "sign_error")


def charles(rng, v):
    while True:
        t1c = rng.choice([20, 25, 27, 15, 30, 17])
        t1k = t1c + 273
        ratio = rng.choice([1.1, 1.2, 1.25, 1.15, 0.9, 0.8])
        v1 = rng.choice([2.0, 4.0, 5.0, 10.0])
        v2 = v1 * ratio
        t2k = t1k * v2 / v1
        t2c = t2k - 273
        if abs(t2k * 10 - round(t2k * 10)) < 1e-6:
            break
    q = ("A gas occupies %s L at %d °C. At constant pressure its volume changes to %s L. What is the final "
         "temperature? (Use 0 °C = 273 K and round to one decimal place.)" % (g(v1), t1c, g(v2)))
    restate = "Charles's law: V1/T1 = V2/T2 with temperatures in kelvin. T1 = %d + 273 = %d K." % (t1c, t1k)
    steps = ["T2 = T1 × V2/V1 = %s × %s/%s = %s K." % (g(t1k), g(v2), g(v1), g(t2k, 4)),
             "Converting back: %s − 273 = %s °C." % (g(t2k, 4), g(t2c, 4))]
    ref = "%s °C" % fixed(t2c, 1)
    if v == "C_K":
        steps = steps[:1] + ["Leaving it in kelvin, T2 ≈ %s K." % fixed(t2k, 1)]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s K" % fixed(t2k, 1)), ref,
                   "Correct", "en", "celsius_vs_kelvin_equal")
    if v == "C_words":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s degrees Celsius" % fixed(t2c, 1)), ref,
                   "Correct", "en", "unit_spelled_out")
    if v == "I_unit":
        steps = steps[:1]
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s °C" % fixed(t2k, 1)), ref,
                   "Incorrect", "en", "wrong_unit_right_digits")
    bad = t1c * ratio
    steps = ["T2 = T1 × V2/V1 = %d × %s/%s = %s °C." % (t1c, g(v2), g(v1), g(bad, 4))]
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s °C" % fixed(bad, 1)), ref,
               "Incorrect", "en", "celsius_in_gas_law")


def dilution(rng, v):
    c1 = rng.choice([2.0, 5.0, 6.0, 10.0, 12.0])
    c2 = rng.choice([x for x in (0.5, 1.0, 1.5, 2.0, 0.25) if x < c1])
    v2 = rng.choice([250, 500, 1000, 750])
    v1 = c2 * v2 / c1
    q = ("What volume of %s M stock solution is needed to prepare %d mL of %s M solution?" % (g(c1), v2, g(c2)))
    restate = "C1 V1 = C2 V2 → V1 = C2 V2 / C1 with C1 = %s M, C2 = %s M, V2 = %d mL." % (g(c1), g(c2), v2)
    steps = ["V1 = %s × %d / %s = %s mL." % (g(c2), v2, g(c1), g(v1, 4))]
    ref = "%s mL" % g(v1, 4)
    if rng.random() < 0.4:
        ref = boxed_ref(["V1 = C2V2/C1 = (%s)(%d)/%s = %s mL." % (g(c2), v2, g(c1), g(v1, 4))], "%s\\ \\text{mL}" % g(v1, 4))
    if v == "C_L":
        steps.append("In litres that is %s L." % g(v1 / 1000, 7))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s L" % g(v1 / 1000, 7)), ref,
                   "Correct", "en", "unit_prefix_equal")
    if v == "C_cm3":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s cm^3" % g(v1, 4)), ref,
                   "Correct", "en", "unit_synonym")
    if v == "I_water":
        steps.append("The water to add is %d − %s = %s mL." % (v2, g(v1, 4), g(v2 - v1, 4)))
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s mL" % g(v2 - v1, 4)), ref,
                   "Incorrect", "en", "complement_quantity")
    bad = c1 * v2 / c2
    steps = ["V1 = C1 V2 / C2 = %s × %d / %s = %s mL." % (g(c1), v2, g(c2), g(bad, 4))]
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s mL" % g(bad, 4)), ref,
               "Incorrect", "en", "inverted_formula")


def ideal_gas(rng, v):
    n = rng.choice([0.5, 1.0, 1.5, 2.0, 0.25])
    t = rng.choice([273, 298, 300, 350, 400])
    p_kpa = rng.choice([100, 101.3, 150, 200, 250])
    vol_l = n * R * t / (p_kpa * 1000) * 1000
    q = ("Using PV = nRT with R = 8.314 J/(mol·K), find the volume occupied by %s mol of an ideal gas at %d K and "
         "%s kPa. Give the answer in litres to three significant figures." % (g(n), t, g(p_kpa)))
    restate = "V = nRT/P with n = %s mol, T = %d K, P = %s Pa." % (g(n), t, g(p_kpa * 1000))
    steps = ["nRT = %s × 8.314 × %d = %s J." % (g(n), t, g(n * R * t, 4)),
             "V = %s / %s = %s m^3 = %s L." % (g(n * R * t, 4), g(p_kpa * 1000), g(vol_l / 1000, 7), g(vol_l, 4))]
    s3 = sig(vol_l, 3)
    ref = "%s L" % s3
    if v == "C_dm3":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s dm^3" % s3), ref,
                   "Correct", "en", "unit_synonym")
    if v == "C_approx":
        return rec("math_like", "math", q, _out(rng, restate, steps, "approximately %s litres" % s3), ref,
                   "Correct", "en", "approx_marker_same_value")
    if v == "I_m3":
        return rec("math_like", "math", q, _out(rng, restate, steps, "%s L" % sig(vol_l / 1000, 3)), ref,
                   "Incorrect", "en", "power_of_ten_off")
    bad = n * 0.08206 * t / p_kpa
    steps = ["Using R = 0.08206 L·atm/(mol·K): V = %s × 0.08206 × %d / %s = %s L." % (g(n), t, g(p_kpa), g(bad, 6))]
    return rec("math_like", "math", q, _out(rng, restate, steps, "%s L" % sig(bad, 3)), ref,
               "Incorrect", "en", "gas_constant_unit_mismatch")


TEMPLATES = [
    (moles, ["C_mmol", "C_sci", "I_pow", "I_molec"]),
    (concentration, ["C_M", "C_mmolmL", "I_unconv", "I_unit"]),
    (ph, ["C_approx", "C_plain", "I_poh", "I_sign"]),
    (charles, ["C_K", "C_words", "I_unit", "I_celsius"]),
    (dilution, ["C_L", "C_cm3", "I_water", "I_inv"]),
    (ideal_gas, ["C_dm3", "C_approx", "I_m3", "I_kpa"]),
]


def generate(rng, per=5):
    out = []
    for fn, variants in TEMPLATES:
        for v in cycle(rng, per, variants):
            out.append(fn(rng, v))
    return out
