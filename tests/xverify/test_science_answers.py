"""Forms of science and professional-exam answers: values written to other significant figures than the reference
(never a sure mismatch), SI prefixes and pascals as newtons per square metre, chemical equations with state
symbols, Chinese "A还是B" alternatives named by the part that tells them apart, a named value given with ≈ and a
one-word note after it, and commitments phrased "I'll commit to" or pointing back at the value just given.
Examples are our own."""

from nanofrontier.xverify.extract import extract_answer
from nanofrontier.xverify.labels import label_equal
from nanofrontier.xverify.math_equiv import math_equal
from nanofrontier.xverify.reactions import reaction_decision
from nanofrontier.xverify.units import normalize_unit, unit_dimension
from nanofrontier.xverify.verify import verify

GAS = "How many moles of helium fill 3.00 L at 1.50 atm and 290 K?"
HEAT = "The reaction A -> B absorbs heat. 判断该反应是吸热反应还是放热反应。"


def test_a_measure_to_fewer_significant_figures_matches_but_never_surely():
    v = verify(GAS, "n = PV/RT = 0.18908...\n\nFinal answer: 0.19 mol", "0.189 mol")
    assert v.verdict == "Correct" and not v.sure and v.rule == "math.rounded"
    v = verify(GAS, "Final answer: 0.2 mol", "0.189 mol")  # one figure: a mismatch, still not a sure one
    assert v.verdict == "Incorrect" and not v.sure


def test_a_bare_decimal_coarser_than_the_reference_is_a_mismatch_but_not_a_sure_one():
    v = verify("What is 1/8 as a decimal?", "Final answer: 0.13", "0.125")
    assert v.verdict == "Incorrect" and not v.sure


def test_an_answer_marked_approximate_or_finer_than_the_reference_matches_within_its_rounding():
    assert math_equal("约 4.7 g", "4.68 g") == (True, "math.rounded")
    assert math_equal("about 6 \\times 10^{23}", "6.02 × 10^23") == (True, "math.rounded")
    assert math_equal("3.14 \\times 10^4 J", "3.1 × 10^4 J") == (True, "math.rounded")  # the reference rounds it
    assert math_equal("≈ 480 N", "476 N")[0] is False  # an integer, approximate or not, is read as written
    assert math_equal("4.9 g", "4.68 g")[0] is False
    v = verify("How much NaCl is needed?", "**答案：约 4.7 g**", "4.68 g")
    assert v.verdict == "Correct" and not v.sure


def test_si_prefixes_convert_and_a_pascal_is_a_newton_per_square_metre():
    assert math_equal("450 μJ", "4.5 × 10^-4 J") == (True, "math.number")
    assert math_equal("0.45 mJ", "4.5 × 10^-4 J")[0] is True
    assert math_equal("2.1 Å", "0.21 nm")[0] is True
    assert math_equal("0.21 GPa", "210 MPa")[0] is True
    assert math_equal("0.25 mol dm^{-3}", "0.250 mol/L")[0] is True
    assert unit_dimension(normalize_unit("N/mm^2")) == unit_dimension("MPa")
    assert math_equal("450 μJ", "4.5 × 10^-4 kJ")[0] is False
    assert normalize_unit("pm") is None and normalize_unit("us") is None  # "5 pm" is a clock time, "us" a word


def test_chemical_equations_compare_species_and_coefficients_not_layout():
    ref = "CH4 + 2O2 → CO2 + 2H2O"
    assert reaction_decision("CH4(g) + 2O2(g) -> CO2(g) + 2H2O(l)", ref) == (True, "short.formula")
    assert reaction_decision("\\mathrm{CH_4 + 2\\,O_2 \\rightarrow CO_2 + 2\\,H_2O}", ref)[0] is True
    assert reaction_decision("2O2 + CH4 = 2H2O + CO2", ref)[0] is True
    assert reaction_decision("CH4 + 3O2 → CO2 + 2H2O", ref) == (False, "short.formula")
    assert reaction_decision("2CH4 + 4O2 → 2CO2 + 4H2O", ref) == (False, "short.reaction")  # a multiple: unsure
    assert reaction_decision("CH4 + O2 → CO + 2H2O", ref) == (None, "short.reaction")  # other species
    assert reaction_decision("A + B = C", "B + A = C") is None and reaction_decision("Paris", ref) is None
    v = verify("Write the balanced equation for methane burning.", "Final answer: CH4(g) + 2O2(g) -> CO2(g) + "
               "2H2O(l)", ref, kind="short_answer")
    assert v.verdict == "Correct"


def test_chinese_alternatives_are_named_by_the_part_that_tells_them_apart():
    assert label_equal("吸热", "吸热反应", HEAT) is True
    assert label_equal("该反应为吸热反应", "吸热反应", HEAT) is True
    assert label_equal("endothermic（吸热反应）", "吸热反应", HEAT) is True
    assert label_equal("放热", "吸热反应", HEAT) is False
    assert label_equal("不是放热而是吸热", "吸热反应", HEAT) is None  # both named: a judge's call
    ph = "该溶液呈酸性、碱性还是中性？"
    assert label_equal("呈碱性", "碱性", ph) is True and label_equal("中性", "碱性", ph) is False
    assert label_equal("在水中", "中性", ph) is None  # one shared character is no name


def test_a_named_value_given_approximately_and_a_one_word_note_read_as_the_value():
    assert math_equal("σ ≈ 212 MPa (compressive)", "212 MPa")[0] is True
    assert math_equal("|E| = 0.85 (inelastic)", "0.85")[0] is True
    assert math_equal("σ ≈ 230 MPa", "212 MPa")[0] is False
    assert math_equal("1/6 ≈ 0.1667", "\\frac{1}{6}")[0] is True  # a number before ≈ is no name
    assert math_equal("5 (or 7)", "5")[0] is not True  # another value in the brackets is no note


def test_a_check_answering_no_to_its_own_question_withdraws_nothing():
    out = ("A common slip is Lyon; the answer is Paris.\n\n"
           "Let me double check there's no trick in the wording — no, it's a plain question.\n\n**Paris")
    assert extract_answer(out, kind="short_answer").answer == "Paris"
    assert verify("What is the capital of France?", out, "Paris").verdict == "Correct"


def test_commit_to_and_a_clause_pointing_back_name_the_answer():
    out = "The work sums to 7/3.\n\nI'll commit to \\frac{7}{3}."
    assert verify("Find the work done.", out, "\\frac{7}{3}").verdict == "Correct"
    back = "x = 4 - 1 = 3.\n\nPutting it together we get \\frac{11}{4}, and that is what I'll commit to."
    assert extract_answer(back, kind="math").answer == "\\frac{11}{4}"
    assert verify("Find the mean.", back, "\\frac{11}{4}").verdict == "Correct"


def test_a_numbered_approach_in_bold_is_a_heading_and_putting_it_together_concludes():
    out = ("**Method 1 — direct.** 3 of 10 are defective, so 3/10.\n\n**Method 2 — complement.** 1 - 7/10 = 3/10.\n\n"
           "So the probability is \\frac{3}{10}")
    assert extract_answer(out, kind="math").answer == "\\frac{3}{10}"
    out = "p = 2 × 0.0124 = 0.0248.\n\nPitfall: 0.0124 is one tail.\n\nPutting it together: p ≈ 0.0248."
    ext = extract_answer(out, kind="math")
    assert (ext.answer, ext.source) == ("p ≈ 0.0248", "final_answer")
    assert verify("Find the two-tailed p-value for z = 2.5.", out, "0.025").verdict == "Correct"  # finer: rounds


def test_switching_the_answer_after_a_conclusion_commits_to_the_new_one():
    q = "Which is a noble gas?\nA. Nitrogen\nB. Argon\nC. Oxygen\nD. Chlorine"
    out = "Putting it together: that leaves B, Argon.\n\nHmm, on reflection I'll switch my answer to C."
    assert verify(q, out, "C").verdict == "Correct" and verify(q, out, "B").verdict == "Incorrect"


def test_a_negated_alternative_is_never_read_as_the_one_named():
    assert label_equal("不是吸热反应", "吸热反应", HEAT) is not True
    assert label_equal("not endothermic（吸热反应）", "吸热反应", HEAT) is not True


def test_a_scalar_before_a_matrix_written_as_rows_multiplies_every_entry():
    ref = "\\begin{pmatrix}0.5 & -1\\\\ 0.25 & 2\\end{pmatrix}"
    assert math_equal("(1/4)[[2, -4], [1, 8]]", ref) == (True, "math.matrix")
    assert math_equal("1/4 [[2, -4], [1, 9]]", ref) == (False, "math.matrix")
    assert math_equal("x[[2, -4], [1, 8]]", ref)[0] is not True  # a symbol is no scalar the rules can apply


def test_a_marker_written_with_its_other_name_after_a_slash_gives_the_value():
    q = "下列哪个是惰性气体？\nA. 氮气\nB. 氩气\nC. 氧气\nD. 氯气"
    v = verify(q, "氩气是惰性气体。\n\n故选/答：B", "B")
    assert (v.verdict, v.extracted) == ("Correct", "B")
    assert verify(q, "So the noble gas is argon.\n\nTherefore select/answer: B", "C").verdict == "Incorrect"
