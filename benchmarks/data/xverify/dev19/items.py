# Hand-written items for dev19. Each item: question, reference, body (its own worked reasoning),
# check (its own verification), good finals (equivalent forms), bad finals (really wrong, with trap tag).
I = []
def add(**k): I.append(k)

add(ds="scibench_like", kat="math", lang="en",
 q="How much heat is required to raise the temperature of 2.0 kg of liquid water from 20 °C to 50 °C? Take c = 4186 J/(kg·K).",
 ref="2.5 × 10^5 J",
 body="We need the sensible heat for a temperature change with no phase transition, so Q = m c ΔT applies directly.\n\nGiven:\n- m = 2.0 kg\n- c = 4186 J/(kg·K)\n- ΔT = 50 °C − 20 °C = 30 K (a difference in Celsius equals a difference in kelvin)\n\nSo Q = 2.0 × 4186 × 30. First 4186 × 30 = 125,580 J per kilogram, and doubling gives 251,160 J.\n\nThe data are given to two significant figures (2.0 kg), so the physically meaningful result is about 2.5 × 10^5 J. Heat is absorbed by the water, so Q is positive.",
 check="Sanity check: one kilogram of water needs roughly 4.2 kJ per degree, so 2 kg over 30 degrees is 2 × 30 × 4.2 kJ ≈ 252 kJ. Consistent.",
 good=["251 kJ","2.51 × 10^5 J","\\(2.5\\times10^{5}\\ \\text{J}\\)","251,160 J (≈ 2.5 × 10^5 J)","0.25 MJ","about 250 kJ"],
 bad=[("251 J","scale_1e3"),("2.5 × 10^8 J","scale_1e3"),("−2.5 × 10^5 J","sign"),("125.6 kJ","dropped_mass")])

add(ds="mmlu_pro_like", kat="math", lang="en",
 q="4.00 g of NaOH (M = 40.00 g/mol) is dissolved in water and diluted to exactly 250.0 mL. What is the molar concentration of the solution?",
 ref="0.400 mol/L",
 body="Step 1 — moles of solute: n = m / M = 4.00 g / 40.00 g·mol⁻¹ = 0.100 mol.\n\nStep 2 — volume in litres: 250.0 mL = 0.2500 L. It's the final solution volume, not the volume of water added, which is what molarity is defined on.\n\nStep 3 — concentration: c = n / V = 0.100 mol / 0.2500 L = 0.400 mol/L.\n\nThree significant figures throughout (4.00 g, 250.0 mL), so three in the answer.",
 check="Check by proportion: 0.1 mol in a quarter litre means 4 × 0.1 = 0.4 mol in a full litre. Same result.",
 good=["0.400 M","0.4 M","400 mM","\\(0.400\\ \\mathrm{mol\\,L^{-1}}\\)","4.00 × 10⁻¹ mol/L","0.40 mol dm⁻³"],
 bad=[("0.100 M","moles_not_conc"),("0.0004 M","mL_not_L"),("1.6 M","divided_wrong"),("0.400 mmol/L","unit_scale")])

add(ds="ceval_like", kat="math", lang="en",
 q="What is the pH of a 0.0050 M aqueous solution of HCl at 25 °C? (Assume complete dissociation.)",
 ref="2.30",
 body="HCl is a strong acid, so it dissociates completely: HCl → H⁺ + Cl⁻. Therefore [H⁺] = 0.0050 M (the autoionization of water contributes ~10⁻⁷ M, negligible here).\n\npH = −log₁₀[H⁺] = −log₁₀(5.0 × 10⁻³) = −(log 5.0 + log 10⁻³) = −(0.699 − 3) = 2.301.\n\nWith two significant figures in the concentration, the pH gets two decimal places: 2.30.",
 check="Verify: 10^(−2.30) = 5.01 × 10⁻³ M, which reproduces the given concentration. And a pH between 2 and 3 makes sense for a concentration between 10⁻² and 10⁻³ M.",
 good=["pH = 2.30","2.3","pH ≈ 2.301","\\boxed{2.30}"],
 bad=[("11.70","pOH_confusion"),("3.30","log_slip"),("−2.30","sign"),("2.00","wrong_log")])

add(ds="scibench_like", kat="math", lang="en",
 q="A sample of a radioactive isotope decays from 80.0 mg to 10.0 mg in 36 days. What is its half-life?",
 ref="12 days",
 body="The ratio remaining is 10.0 / 80.0 = 1/8 = (1/2)³, so exactly three half-lives have elapsed.\n\nt½ = 36 days / 3 = 12 days.\n\nEquivalently with the decay law: N = N₀ e^(−λt) → λ = ln(8)/36 d = 2.0794/36 = 0.05776 d⁻¹, and t½ = ln2/λ = 0.6931/0.05776 = 12.0 d.",
 check="Check: 80 → 40 (12 d) → 20 (24 d) → 10 (36 d). Yes.",
 good=["12 d","288 hours","1.04 × 10^6 s","twelve days","t_{1/2} = 12.0 days"],
 bad=[("12 hours","unit"),("18 days","halves_count"),("4.5 days","halves_count"),("0.0578 days","rate_not_halflife")])

add(ds="theoremqa_like", kat="math", lang="en",
 q="What is the present value of $10,000 to be received 5 years from now if the discount rate is 8% compounded annually? Round to the nearest cent.",
 ref="$6,805.83",
 body="Present value under annual compounding: PV = FV / (1 + r)^n.\n\n(1.08)^2 = 1.1664\n(1.08)^4 = 1.1664² = 1.36048896\n(1.08)^5 = 1.36048896 × 1.08 = 1.4693280768\n\nPV = 10,000 / 1.4693280768 = 6,805.83 (more precisely 6805.8320).\n\nSo an investor would be indifferent between roughly $6,805.83 today and $10,000 in five years at 8%.",
 check="Reverse check: 6,805.83 × 1.4693280768 = 9,999.99… ≈ $10,000. Good.",
 good=["$6805.83","6,805.83 dollars","USD 6,805.83","\\$6{,}805.83"],
 bad=[("$14,693.28","future_value"),("$7,142.86","simple_interest"),("$680.58","scale_10"),("$6,805.83 per year","wrong_quantity")])

add(ds="mmlu_pro_like", kat="math", lang="en",
 q="When the price of a good rises from $10 to $12, quantity demanded falls from 100 units to 80 units. Using the midpoint (arc) method, what is the magnitude of the price elasticity of demand?",
 ref="1.22",
 body="Midpoint method: E = (ΔQ / Q̄) / (ΔP / P̄).\n\nΔQ = 80 − 100 = −20, Q̄ = (100 + 80)/2 = 90 → %ΔQ = −20/90 = −0.2222.\nΔP = 12 − 10 = 2, P̄ = (10 + 12)/2 = 11 → %ΔP = 2/11 = 0.1818.\n\nE = −0.2222 / 0.1818 = −1.222 = −11/9. The magnitude is 11/9 ≈ 1.22, greater than 1, so demand is elastic over this range.",
 check="Double-check: (20/90)/(2/11) = (20·11)/(90·2) = 220/180 = 11/9 = 1.2222.",
 good=["11/9","≈ 1.2","1.222","|E_d| = 1.22 (elastic)"],
 bad=[("0.82","inverted"),("1.0","simple_percent_method"),("0.22","arithmetic"),("2.2","scale")])

add(ds="scibench_like", kat="math", lang="en",
 q="A solid steel rod of diameter 20 mm carries an axial tensile load of 50 kN. What is the normal stress in the rod?",
 ref="159 MPa",
 body="Normal stress σ = F / A.\n\nCross-sectional area: A = π d² / 4 = π (0.020 m)² / 4 = π × 4.0 × 10⁻⁴ / 4 = 3.1416 × 10⁻⁴ m².\n\nσ = 50,000 N / 3.1416 × 10⁻⁴ m² = 1.5915 × 10⁸ Pa ≈ 159 MPa.\n\nIn N/mm² (same as MPa): A = 314.16 mm², σ = 50,000 / 314.16 = 159.2 N/mm².",
 check="Units: N/m² = Pa, and 10⁶ Pa = 1 MPa, so 1.59 × 10⁸ Pa = 159 MPa. Typical structural steel yields around 250 MPa, so the rod is fine.",
 good=["1.59 × 10^8 Pa","159.2 N/mm²","0.159 GPa","σ ≈ 159 MPa (tensile)"],
 bad=[("39.8 MPa","diameter_as_radius"),("637 MPa","area_formula"),("159 kPa","scale_1e3"),("1.59 × 10^5 Pa","scale_1e3")])

add(ds="medqa_like", kat="math", lang="en",
 q="A child weighing 22 lb is prescribed a drug at 15 mg/kg as a single dose. What dose should be given?",
 ref="150 mg",
 body="First convert weight to kilograms: 1 kg = 2.2046 lb, so 22 lb / 2.2046 = 9.98 kg, essentially 10 kg.\n\nDose = 15 mg/kg × 9.98 kg = 149.7 mg, which is rounded to 150 mg for administration.\n\nThe classic error here is multiplying by the weight in pounds, which would give 330 mg, more than double the intended dose.",
 check="Check with the rule of thumb 2.2 lb/kg: 22/2.2 = 10 kg; 10 × 15 = 150 mg.",
 good=["0.15 g","≈150 mg (149.7 mg)","150 milligrams"],
 bad=[("330 mg","lb_not_kg"),("1.5 g","scale_10"),("15 mg","missing_weight")])

add(ds="mmlu_pro_like", kat="math", lang="en",
 q="A two-tailed z-test gives a test statistic z = 2.10. What is the p-value?",
 ref="0.036",
 body="For a standard normal variable, Φ(2.10) = 0.98214. The upper-tail area is 1 − 0.98214 = 0.01786.\n\nBecause the test is two-tailed, we double it: p = 2 × 0.01786 = 0.0357.\n\nAt α = 0.05 this is significant; at α = 0.01 it is not.",
 check="Cross-check: z = 1.96 corresponds to p = 0.05 two-tailed, and 2.10 is a bit further out, so p a bit below 0.05 — 0.036 fits.",
 good=["p ≈ 0.0357","3.6%","3.57 × 10^-2","p = .036"],
 bad=[("0.018","one_tailed"),("0.982","cdf_not_p"),("0.36","scale_10")])

add(ds="theoremqa_like", kat="math", lang="en",
 q="Given vectors A = (1, 2, 3) and B = (4, 5, 6), compute A × B.",
 ref="(-3, 6, -3)",
 body="Use the determinant form:\n\n\\[ \\mathbf A\\times\\mathbf B = \\begin{vmatrix} \\hat i & \\hat j & \\hat k \\\\ 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{vmatrix} \\]\n\n- i-component: 2·6 − 3·5 = 12 − 15 = −3\n- j-component: 3·4 − 1·6 = 12 − 6 = 6  (the cyclic form avoids the minus-sign slip)\n- k-component: 1·5 − 2·4 = 5 − 8 = −3\n\nSo A × B = (−3, 6, −3).",
 check="Verification: the cross product must be orthogonal to both. (−3,6,−3)·(1,2,3) = −3+12−9 = 0 and (−3,6,−3)·(4,5,6) = −12+30−18 = 0. ✓",
 good=["−3i + 6j − 3k","⟨−3, 6, −3⟩","-3\\hat{i}+6\\hat{j}-3\\hat{k}","\\begin{pmatrix}-3\\\\6\\\\-3\\end{pmatrix}"],
 bad=[("(3, −6, 3)","order_reversed"),("(−3, −6, −3)","sign_j"),("32","dot_product")])

add(ds="theoremqa_like", kat="math", lang="en",
 q="Find the inverse of the matrix M = [[4, 7], [2, 6]].",
 ref="\\begin{pmatrix}0.6 & -0.7\\\\ -0.2 & 0.4\\end{pmatrix}",
 body="For a 2×2 matrix [[a, b], [c, d]], the inverse is (1/det)·[[d, −b], [−c, a]] provided det ≠ 0.\n\ndet M = 4·6 − 7·2 = 24 − 14 = 10.\n\nM⁻¹ = (1/10)·[[6, −7], [−2, 4]] = [[0.6, −0.7], [−0.2, 0.4]].",
 check="Check M·M⁻¹: first row (4·0.6 + 7·(−0.2), 4·(−0.7) + 7·0.4) = (2.4 − 1.4, −2.8 + 2.8) = (1, 0); second row (2·0.6 + 6·(−0.2), 2·(−0.7) + 6·0.4) = (0, 1). Identity. ✓",
 good=["(1/10)[[6, −7], [−2, 4]]","[[3/5, -7/10], [-1/5, 2/5]]","\\frac{1}{10}\\begin{bmatrix}6&-7\\\\-2&4\\end{bmatrix}"],
 bad=[("[[0.6, 0.7], [0.2, 0.4]]","sign"),("[[6, −7], [−2, 4]]","missing_det"),("[[0.4, −0.7], [−0.2, 0.6]]","swap_error")])

add(ds="ceval_like", kat="short_text", lang="en",
 q="Write the balanced chemical equation, with the smallest whole-number coefficients, for the complete combustion of propane.",
 ref="C3H8 + 5O2 → 3CO2 + 4H2O",
 body="Complete combustion of a hydrocarbon gives CO₂ and H₂O.\n\nSkeleton: C₃H₈ + O₂ → CO₂ + H₂O\n\n1. Carbon: 3 on the left, so 3 CO₂.\n2. Hydrogen: 8 on the left, so 4 H₂O.\n3. Oxygen on the right: 3×2 + 4×1 = 10 atoms → 5 O₂.\n\nCoefficients 1, 5, 3, 4 are already coprime, so they're the smallest set.",
 check="Atom count: C 3 = 3; H 8 = 8; O 10 = 6 + 4. Balanced.",
 good=["C₃H₈ + 5 O₂ → 3 CO₂ + 4 H₂O","C3H8(g) + 5O2(g) -> 3CO2(g) + 4H2O(l)","\\mathrm{C_3H_8 + 5\\,O_2 \\rightarrow 3\\,CO_2 + 4\\,H_2O}"],
 bad=[("C3H8 + 4O2 → 3CO2 + 4H2O","unbalanced_O"),("2C3H8 + 10O2 → 6CO2 + 8H2O","not_smallest"),("C3H8 + 5O2 → 3CO + 4H2O","incomplete_combustion")])

add(ds="scibench_like", kat="math", lang="en",
 q="Heating 10.0 g of CaCO3 (M = 100.09 g/mol) produced 4.20 g of CaO (M = 56.08 g/mol). What is the percent yield?",
 ref="75.0%",
 body="CaCO₃(s) → CaO(s) + CO₂(g), 1:1 mole ratio.\n\nMoles CaCO₃ = 10.0 / 100.09 = 0.09991 mol → theoretical CaO = 0.09991 mol.\n\nTheoretical mass CaO = 0.09991 × 56.08 = 5.603 g.\n\nPercent yield = actual / theoretical × 100 = 4.20 / 5.603 × 100 = 74.96% ≈ 75.0%.",
 check="Shortcut: the mass ratio CaO/CaCO₃ is 56.08/100.09 = 0.5603, so 10.0 g gives at most 5.60 g; 4.20/5.60 = 0.75.",
 good=["75%","0.750 (i.e. 75.0 %)","74.96%","\\(75.0\\%\\)"],
 bad=[("42.0%","mass_ratio"),("133%","inverted"),("25.0%","complement")])

add(ds="gpqa_like", kat="math", lang="en",
 q="How many moles of an ideal gas occupy 5.00 L at 2.00 atm and 300 K? (R = 0.08206 L·atm·mol⁻¹·K⁻¹)",
 ref="0.406 mol",
 body="Ideal gas law: n = PV / RT.\n\nPV = 2.00 atm × 5.00 L = 10.0 L·atm.\nRT = 0.08206 × 300 = 24.62 L·atm/mol.\n\nn = 10.0 / 24.62 = 0.4062 mol → 0.406 mol to three significant figures.\n\nUnits check: (atm·L)/(L·atm·mol⁻¹·K⁻¹·K) = mol. Using R = 8.314 here would be a mismatch because the pressure is in atm and the volume in litres.",
 check="At STP one mole occupies 22.4 L; at 300 K and 2 atm molar volume is 22.4 × (300/273) / 2 ≈ 12.3 L, and 5.00/12.3 ≈ 0.41 mol. ✓",
 good=["0.41 mol","406 mmol","4.06 × 10⁻¹ mol","n ≈ 0.4062 mol"],
 bad=[("4.01 × 10⁻³ mol","wrong_R"),("0.406 mmol","unit_scale"),("2.46 mol","inverted")])

def mc(options, ans):
    L="ABCDEFGHIJ"
    return "\n".join(f"{L[i]}. {o}" for i,o in enumerate(options)), ans, options["ABCDEFGHIJ".index(ans)]

add(ds="gpqa_like", kat="alphabet_option", lang="en",
 q="What is the energy of a single photon of wavelength 500 nm?\nA. 1.24 eV\nB. 2.48 eV\nC. 4.96 eV\nD. 0.248 eV\nE. 24.8 eV",
 ref="B",
 body="Photon energy E = hc/λ. A handy constant: hc ≈ 1240 eV·nm.\n\nE = 1240 eV·nm / 500 nm = 2.48 eV.\n\nIn joules: 2.48 × 1.602 × 10⁻¹⁹ = 3.97 × 10⁻¹⁹ J, consistent with hc/λ = (6.626×10⁻³⁴ × 3.00×10⁸)/(5.00×10⁻⁷) = 3.98 × 10⁻¹⁹ J.\n\nSo among the choices it's 2.48 eV. Green light sits around 2.2–2.5 eV, which fits.",
 check="Sanity: 1.24 eV would be 1000 nm (infrared), 4.96 eV would be 250 nm (UV).",
 good=["B","(B) 2.48 eV","option B","2.48 eV","**B**"],
 bad=[("A","neighbour_option"),("C","factor_2"),("B. 4.96 eV","letter_right_text_wrong"),("D. 2.48 eV","letter_wrong_text_right")])

add(ds="mmlu_pro_like", kat="alphabet_option", lang="en",
 q="A car starts from rest and accelerates uniformly to 27 m/s in 9.0 s. How far does it travel during this time?\nA. 243 m\nB. 81 m\nC. 60.75 m\nD. 27 m\nE. 364.5 m\nF. 3.0 m\nG. 121.5 m\nH. 135 m\nI. 100 m\nJ. 12.15 m",
 ref="G",
 body="Uniform acceleration from rest: a = Δv/Δt = 27 / 9.0 = 3.0 m/s².\n\nDistance s = ½ a t² = 0.5 × 3.0 × 81 = 121.5 m.\n\nAlternative: average velocity = (0 + 27)/2 = 13.5 m/s, times 9.0 s = 121.5 m. Both agree.\n\nNote 243 m would be v·t (forgetting the car started at rest), and 3.0 m is just the acceleration's numerical value.",
 check="Check with v² = 2as: 27² = 729 = 2 × 3.0 × s → s = 121.5 m. ✓",
 good=["G","(G) 121.5 m","121.5 m","The answer is G.","option G: 121.5 m"],
 bad=[("A","v_times_t"),("H","neighbour_option"),("G. 243 m","letter_right_text_wrong"),("C","half_value")])

add(ds="mmlu_like", kat="alphabet_option", lang="en",
 q="What is the molar mass of calcium hydroxide, Ca(OH)2? (Ca = 40.08, O = 16.00, H = 1.008)\nA. 57.09 g/mol\nB. 74.09 g/mol\nC. 56.08 g/mol\nD. 114.1 g/mol",
 ref="B",
 body="Ca(OH)₂ contains one Ca, two O and two H.\n\n- Ca: 40.08\n- O: 2 × 16.00 = 32.00\n- H: 2 × 1.008 = 2.016\n\nTotal: 40.08 + 32.00 + 2.016 = 74.096 ≈ 74.09–74.10 g/mol.\n\n57.09 g/mol is what you get if you forget the subscript 2 (Ca + OH), and 56.08 is CaO.",
 check="Recount: OH group = 17.008; doubled 34.016; plus 40.08 = 74.096.",
 good=["B","74.09 g/mol","(B)","Answer: B — 74.09 g/mol"],
 bad=[("A","forgot_subscript"),("C","related_compound"),("B. 57.09 g/mol","letter_right_text_wrong")])

add(ds="mmlu_like", kat="alphabet_option", lang="en",
 q="In a given year nominal GDP is $12 trillion and real GDP is $10 trillion. What is the GDP deflator?\nA. 83.3\nB. 120\nC. 20\nD. 220\nE. 10",
 ref="B",
 body="GDP deflator = (nominal GDP / real GDP) × 100.\n\n= (12 / 10) × 100 = 120.\n\nThat means the price level is 20% above the base year. The 83.3 option is the inverse ratio (real over nominal), and 20 is the percentage change rather than the index.",
 check="If prices were at base-year levels nominal = real and the deflator would be 100; here nominal exceeds real by 20%, so 120. ✓",
 good=["B","120","(B) 120","option (B)"],
 bad=[("A","inverted"),("C","percent_change_not_index"),("E","distractor")])

add(ds="mmlu_like", kat="short_text", lang="en",
 q="Which enzyme unwinds the DNA double helix at the replication fork by breaking hydrogen bonds between base pairs?",
 ref="Helicase",
 body="At the replication fork several enzymes cooperate:\n\n- Topoisomerase (DNA gyrase in bacteria) relieves the supercoiling tension ahead of the fork by cutting and rejoining strands — it doesn't separate base pairs.\n- Single-strand binding proteins keep the separated strands apart.\n- Primase lays down RNA primers.\n- DNA polymerase III extends the primers.\n\nThe enzyme that actually separates the two strands, using ATP hydrolysis to break the hydrogen bonds between complementary bases, is helicase (DnaB in E. coli, the MCM complex in eukaryotes).",
 check="Reasoning check: the question stresses 'breaking hydrogen bonds between base pairs', which is the helicase-specific activity; gyrase changes topology by breaking phosphodiester bonds.",
 good=["DNA helicase","helicase","Helicase (e.g., DnaB in E. coli)","the replicative helicase"],
 bad=[("topoisomerase","related_term"),("DNA gyrase","related_term"),("primase","related_term")])

add(ds="mmlu_like", kat="short_text", lang="en",
 q="What is the common chemical name of the compound with formula NaHCO3?",
 ref="sodium bicarbonate",
 body="Break down the formula: Na⁺ cation, HCO₃⁻ anion. HCO₃⁻ is the hydrogen carbonate ion (traditionally 'bicarbonate').\n\nSo the IUPAC-style name is sodium hydrogen carbonate, commonly called sodium bicarbonate, the household 'baking soda'.\n\nNot to be confused with Na₂CO₃, sodium carbonate ('washing soda'), which lacks the hydrogen and is much more alkaline.",
 check="Charge balance: Na⁺ (+1) and HCO₃⁻ (−1), neutral, one-to-one. ✓",
 good=["sodium hydrogen carbonate","baking soda (sodium bicarbonate)","Sodium bicarbonate","bicarbonate of soda"],
 bad=[("sodium carbonate","related_compound"),("washing soda","related_compound"),("sodium hydroxide","wrong_compound")])

add(ds="lsat_like", kat="short_text", lang="en",
 q="What is the name of the legal doctrine under which courts are bound to follow precedents established by higher courts in earlier cases?",
 ref="Stare decisis",
 body="Several Latin doctrines get confused here:\n\n- Res judicata: a matter already finally adjudicated between the same parties cannot be relitigated. It binds parties, not future courts in other cases.\n- Certiorari: a writ by which a higher court agrees to review a lower court's decision.\n- Habeas corpus: a writ challenging unlawful detention.\n- Stare decisis ('to stand by things decided'): courts follow precedent; vertical stare decisis binds lower courts to decisions of higher courts in the same jurisdiction.\n\nThe doctrine described is stare decisis.",
 check="The key words 'precedents' and 'earlier cases' point to precedent generally, not preclusion between parties, so res judicata is excluded.",
 good=["stare decisis","the doctrine of binding precedent (stare decisis)","*Stare decisis*","stare decisis et non quieta movere"],
 bad=[("res judicata","related_term"),("certiorari","related_term"),("judicial review","related_term")])

add(ds="mmlu_like", kat="short_text", lang="en",
 q="Which gas law states that the total pressure of a mixture of non-reacting gases equals the sum of the partial pressures of the individual gases?",
 ref="Dalton's law of partial pressures",
 body="Candidates:\n\n- Henry's law: dissolved gas concentration proportional to its partial pressure above the liquid.\n- Raoult's law: vapour pressure of a solvent in an ideal solution proportional to its mole fraction.\n- Avogadro's law: equal volumes of gases at the same T and P contain equal numbers of molecules.\n- Dalton's law: P_total = P₁ + P₂ + … for non-reacting gases.\n\nThe statement is Dalton's law.",
 check="Each ideal gas behaves as if alone in the container, so its partial pressure is nᵢRT/V; summing gives n_total RT/V = P_total, which is exactly Dalton's statement.",
 good=["Dalton's law","Dalton’s law of partial pressures","the law of partial pressures (Dalton)"],
 bad=[("Henry's law","related_term"),("Raoult's law","related_term"),("Avogadro's law","related_term")])

add(ds="medqa_like", kat="short_text", lang="en",
 q="What is the first-line drug for the emergency treatment of anaphylaxis?",
 ref="Epinephrine",
 body="Anaphylaxis is a life-threatening systemic hypersensitivity reaction with airway swelling, bronchospasm and distributive shock.\n\nThe priority drug is intramuscular epinephrine (adrenaline), 0.01 mg/kg up to 0.5 mg in adults (1 mg/mL solution) into the anterolateral thigh, repeated every 5–15 minutes as needed. Its α1 effect reverses vasodilation and mucosal oedema, β1 supports the heart, and β2 relaxes bronchial smooth muscle.\n\nAntihistamines (diphenhydramine) and corticosteroids are adjuncts only; they don't treat airway obstruction or shock acutely.",
 check="Guidelines (WAO, resuscitation councils) are consistent: IM epinephrine first, adjuncts later.",
 good=["adrenaline","IM epinephrine (0.5 mg of 1 mg/mL in adults)","Epinephrine (adrenaline)"],
 bad=[("diphenhydramine","adjunct_not_first_line"),("norepinephrine","related_term"),("hydrocortisone","adjunct_not_first_line")])

add(ds="scibench_like", kat="math", lang="en",
 q="A 10 μF capacitor is charged to 12 V. How much energy is stored in it?",
 ref="7.2 × 10^-4 J",
 body="Energy stored in a capacitor: U = ½ C V².\n\nC = 10 μF = 1.0 × 10⁻⁵ F, V = 12 V, V² = 144 V².\n\nU = 0.5 × 1.0 × 10⁻⁵ × 144 = 7.2 × 10⁻⁴ J.",
 check="Equivalent form U = ½ QV with Q = CV = 1.2 × 10⁻⁴ C: ½ × 1.2 × 10⁻⁴ × 12 = 7.2 × 10⁻⁴ J. ✓",
 good=["0.72 mJ","720 μJ","0.00072 J","7.2e-4 J"],
 bad=[("0.72 J","scale_1e3"),("1.44 mJ","missing_half"),("60 μJ","V_not_squared")])

add(ds="theoremqa_like", kat="math", lang="en",
 q="Two points on a sinusoidal travelling wave are 0.25 m apart along the direction of propagation. The wavelength is 1.0 m. What is the phase difference between them, in radians?",
 ref="π/2",
 body="Phase difference Δφ = 2π Δx / λ.\n\nΔx/λ = 0.25 / 1.0 = 1/4 of a wavelength.\n\nΔφ = 2π × 1/4 = π/2 rad.",
 check="A full wavelength is 2π rad (360°); a quarter wavelength is a quarter of that, 90°, which is π/2 rad.",
 good=["1.57 rad","\\frac{\\pi}{2}","π/2 radians (i.e. 90°)","≈ 1.571 rad"],
 bad=[("π/4","factor_2"),("π","factor_2"),("0.25 rad","no_2pi"),("90 rad","degrees_as_radians")])

add(ds="mmlu_pro_like", kat="math", lang="en",
 q="In a population in Hardy–Weinberg equilibrium, 16% of individuals show the recessive phenotype. What is the frequency of heterozygous individuals?",
 ref="0.48",
 body="Recessive phenotype frequency = q² = 0.16 → q = 0.4.\np = 1 − q = 0.6.\n\nHeterozygote frequency = 2pq = 2 × 0.6 × 0.4 = 0.48.\n\nCheck of the partition: p² = 0.36, 2pq = 0.48, q² = 0.16, summing to 1.00.",
 check="0.36 + 0.48 + 0.16 = 1. ✓",
 good=["48%","12/25","2pq = 0.48"],
 bad=[("0.24","missing_2"),("0.36","homozygous_dominant"),("0.4","allele_freq")])

add(ds="scibench_like", kat="math", lang="en",
 q="Calculate the de Broglie wavelength of an electron that has been accelerated from rest through a potential difference of 100 V.",
 ref="0.123 nm",
 body="Kinetic energy K = eV = 100 eV = 1.602 × 10⁻¹⁷ J.\n\nMomentum p = √(2 m K) = √(2 × 9.109 × 10⁻³¹ × 1.602 × 10⁻¹⁷) = √(2.919 × 10⁻⁴⁷) = 5.40 × 10⁻²⁴ kg·m/s.\n\nλ = h/p = 6.626 × 10⁻³⁴ / 5.40 × 10⁻²⁴ = 1.227 × 10⁻¹⁰ m.\n\nNon-relativistic treatment is fine since 100 eV ≪ 511 keV.",
 check="Known shortcut: λ(nm) ≈ 1.226/√V for electrons → 1.226/10 = 0.1226 nm. ✓",
 good=["1.23 Å","1.23 × 10^-10 m","123 pm","0.1227 nm"],
 bad=[("1.23 nm","scale_10"),("0.123 Å","scale_10"),("12.3 pm","scale_10")])

add(ds="theoremqa_like", kat="math", lang="en",
 q="What is the effective annual rate corresponding to a nominal annual rate of 12% compounded monthly?",
 ref="12.68%",
 body="EAR = (1 + r/m)^m − 1 with r = 0.12, m = 12.\n\nMonthly rate = 1%. (1.01)^12: 1.01² = 1.0201; ^4 = 1.04060401; ^8 = 1.0828567; ^12 = 1.0828567 × 1.0406040 = 1.1268250.\n\nEAR = 0.126825 = 12.68%.",
 check="Continuous compounding would give e^0.12 − 1 = 12.75%, and annual 12%; monthly should be in between — 12.68% is.",
 good=["0.1268","≈ 12.7%","12.6825%","EAR = 12.68 percent"],
 bad=[("12%","nominal_not_effective"),("12.36%","semiannual"),("1.268%","scale_10")])

add(ds="scibench_like", kat="math", lang="en",
 q="How many water molecules are in 9.0 g of water? (M(H2O) = 18.0 g/mol, N_A = 6.022 × 10^23 mol⁻¹)",
 ref="3.01 × 10^23",
 body="n = 9.0 g / 18.0 g/mol = 0.50 mol.\n\nN = n × N_A = 0.50 × 6.022 × 10²³ = 3.011 × 10²³ molecules.\n\nThe question asks for molecules, not atoms; atoms would be three times as many (9.03 × 10²³).",
 check="Half a mole is half of Avogadro's number: 6.022/2 = 3.011. ✓",
 good=["3.0 × 10^23 molecules","3.011e23","\\(3.01\\times 10^{23}\\)","about 3 × 10²³"],
 bad=[("9.03 × 10^23","atoms_not_molecules"),("3.01 × 10^22","scale_10"),("6.02 × 10^23","one_mole")])

add(ds="mmlu_pro_like", kat="alphabet_option", lang="en",
 q="What is the spin-only magnetic moment of a high-spin Fe³⁺ ion?\nA. 1.73 BM\nB. 3.87 BM\nC. 4.90 BM\nD. 5.92 BM\nE. 2.83 BM\nF. 0 BM",
 ref="D",
 body="Fe has configuration [Ar]3d⁶4s². Fe³⁺ loses the two 4s electrons and one 3d electron → 3d⁵.\n\nHigh spin d⁵: all five electrons unpaired, n = 5.\n\nμ_so = √(n(n+2)) BM = √(5 × 7) = √35 = 5.92 BM.\n\n4.90 BM (√24) would correspond to n = 4, i.e. high-spin Fe²⁺.",
 check="List: n=1 → 1.73, 2 → 2.83, 3 → 3.87, 4 → 4.90, 5 → 5.92. n = 5 → 5.92. ✓",
 good=["D","5.92 BM","(D) 5.92 BM","Option D"],
 bad=[("C","neighbour_option"),("B","neighbour_option"),("D. 4.90 BM","letter_right_text_wrong"),("C. 5.92 BM","letter_wrong_text_right")])

add(ds="mmlu_pro_like", kat="alphabet_option", lang="en",
 q="A 6 Ω resistor and a 3 Ω resistor are connected in parallel, and the combination is connected in series with a 4 Ω resistor across an ideal 12 V battery. What current flows from the battery?\nA. 0.92 A\nB. 1.0 A\nC. 2.0 A\nD. 3.0 A\nE. 6.0 A\nF. 1.5 A\nG. 4.0 A",
 ref="C",
 body="Parallel part: R_p = (6 × 3)/(6 + 3) = 18/9 = 2 Ω.\n\nTotal: R = 2 + 4 = 6 Ω.\n\nI = V/R = 12/6 = 2.0 A.\n\nIf someone treated all three in series they'd get 12/13 = 0.92 A.",
 check="Voltages: 4 Ω drops 8 V, the parallel pair drops 4 V; 4 V/6 Ω = 0.667 A plus 4 V/3 Ω = 1.333 A = 2.0 A. ✓",
 good=["C","2.0 A","(C) 2 A","answer: C"],
 bad=[("A","all_series"),("D","neighbour_option"),("F","neighbour_option")])

add(ds="medqa_like", kat="alphabet_option", lang="en",
 q="A patient has a heart rate of 75 beats/min and a stroke volume of 80 mL. What is the cardiac output?\nA. 0.6 L/min\nB. 6.0 L/min\nC. 60 L/min\nD. 1.07 L/min\nE. 155 mL/min",
 ref="B",
 body="Cardiac output = heart rate × stroke volume.\n\n= 75 /min × 80 mL = 6000 mL/min = 6.0 L/min.\n\nThat is within the normal resting adult range of roughly 4–8 L/min. 155 would be the sum rather than product, and 1.07 the ratio 80/75.",
 check="Unit check: beats/min × mL/beat = mL/min; 6000 mL = 6.0 L.",
 good=["B","6.0 L/min","B — 6000 mL/min","(B)"],
 bad=[("A","scale_10"),("C","scale_10"),("B. 0.6 L/min","letter_right_text_wrong")])

add(ds="theoremqa_like", kat="math", lang="en",
 q="Derive the expression for the period T of a simple pendulum of length L oscillating with small amplitude in a uniform gravitational field g.",
 ref="T = 2\\pi\\sqrt{L/g}",
 body="Tangential equation of motion: m L θ̈ = −m g sin θ.\n\nFor small angles sin θ ≈ θ, so θ̈ + (g/L) θ = 0, simple harmonic motion with angular frequency ω = √(g/L).\n\nThe period is T = 2π/ω = 2π √(L/g). It's independent of mass and (to this order) of amplitude.",
 check="Dimensions: √(m / (m/s²)) = √(s²) = s. ✓ And a 1 m pendulum gives T ≈ 2.0 s, the familiar 'seconds pendulum'.",
 good=["2\\pi\\sqrt{\\frac{L}{g}}","T = 2π (L/g)^{1/2}","\\sqrt{4\\pi^2 L/g}"],
 bad=[("2π√(g/L)","inverted"),("π√(L/g)","factor_2"),("√(g/L)","omega_not_T")])

add(ds="mmlu_like", kat="categorical_label", lang="en",
 q="Classify an aqueous solution at 25 °C with [OH⁻] = 1.0 × 10⁻³ M as acidic, basic, or neutral.",
 ref="basic",
 body="At 25 °C, K_w = [H⁺][OH⁻] = 1.0 × 10⁻¹⁴.\n\n[H⁺] = 1.0 × 10⁻¹⁴ / 1.0 × 10⁻³ = 1.0 × 10⁻¹¹ M.\n\npH = 11, pOH = 3. Since [OH⁻] > [H⁺] (pH > 7), the solution is basic.",
 check="Neutral would require [OH⁻] = 1.0 × 10⁻⁷ M; 10⁻³ is ten thousand times larger.",
 good=["Basic","alkaline","basic (pH = 11)"],
 bad=[("acidic","wrong_label"),("neutral","wrong_label")])

add(ds="gpqa_like", kat="categorical_label", lang="en",
 q="For the reaction CH4(g) + 2O2(g) → CO2(g) + 2H2O(l), ΔH° = −890 kJ/mol. Is the reaction exothermic or endothermic?",
 ref="exothermic",
 body="The sign of ΔH tells us the direction of heat flow at constant pressure. ΔH < 0 means the enthalpy of the products is lower than that of the reactants; the difference is released to the surroundings as heat.\n\nHere ΔH° = −890 kJ/mol, which is negative, and combustion reactions are generally heat-releasing anyway.",
 check="Consistent with experience: burning natural gas heats things up.",
 good=["Exothermic","it is exothermic (releases 890 kJ per mole CH4)","exothermic reaction"],
 bad=[("endothermic","wrong_label"),("endothermic, absorbing 890 kJ/mol","sign")])

# ---------------- Chinese ----------------
add(ds="jec_qa_like", kat="alphabet_option", lang="zh",
 q="根据《中华人民共和国民法典》，不满多少周岁的未成年人为无民事行为能力人？\nA. 六周岁\nB. 八周岁\nC. 十周岁\nD. 十二周岁",
 ref="B",
 body="《民法典》第二十条规定：不满八周岁的未成年人为无民事行为能力人，由其法定代理人代理实施民事法律行为。\n\n需要注意的是，原《民法通则》规定的界限是十周岁，《民法总则》（2017年）起已改为八周岁，《民法典》沿用了这一规定。八周岁以上的未成年人为限制民事行为能力人；十八周岁以上为成年人；十六周岁以上以自己的劳动收入为主要生活来源的，视为完全民事行为能力人。",
 check="复核：题目问的是现行《民法典》，不是《民法通则》，所以“十周岁”是旧法的干扰项。",
 good=["B","答案是B","B. 八周岁","选B（八周岁）","八周岁"],
 bad=[("C","old_law"),("A","neighbour_option"),("B. 十周岁","letter_right_text_wrong")])

add(ds="ceval_like", kat="alphabet_option", lang="zh",
 q="标准状况下，16 g 氧气（O₂）所占的体积约为\nA. 5.6 L\nB. 11.2 L\nC. 22.4 L\nD. 44.8 L",
 ref="B",
 body="O₂ 的摩尔质量为 32 g/mol，所以 16 g O₂ 的物质的量 n = 16 ÷ 32 = 0.5 mol。\n\n标准状况下气体摩尔体积 Vm = 22.4 L/mol，\nV = n·Vm = 0.5 × 22.4 = 11.2 L。\n\n容易出错的地方：如果把 O₂ 的摩尔质量当成 16 g/mol，会得到 1 mol、22.4 L。",
 check="验算：11.2 L ÷ 22.4 L/mol = 0.5 mol，0.5 mol × 32 g/mol = 16 g，与题设一致。",
 good=["B","答案：B","11.2 L","选项B，11.2升"],
 bad=[("C","molar_mass_slip"),("A","neighbour_option"),("B（22.4 L）","letter_right_text_wrong")])

add(ds="ceval_like", kat="math", lang="zh",
 q="质量为 2 kg 的物体从 20 m 高处由静止自由下落，不计空气阻力，g 取 10 m/s²。求物体落地时的动能。",
 ref="400 J",
 body="只有重力做功，机械能守恒。\n\n落地时动能 Ek = mgh = 2 × 10 × 20 = 400 J。\n\n也可以用运动学：v² = 2gh = 400 m²/s²，v = 20 m/s，Ek = ½mv² = ½ × 2 × 400 = 400 J。两种方法一致。",
 check="检查单位：kg·m/s²·m = N·m = J。数量级合理。",
 good=["0.4 kJ","4×10² J","Ek = 400焦耳","400 焦"],
 bad=[("40 J","scale_10"),("200 J","missing_factor"),("400 kJ","scale_1e3")])

add(ds="ceval_like", kat="math", lang="zh",
 q="实验室配制 500 mL 0.2 mol/L 的 NaCl 溶液，需要称取 NaCl 固体的质量是多少？（NaCl 的摩尔质量为 58.5 g/mol）",
 ref="5.85 g",
 body="所需溶质的物质的量：n = c·V = 0.2 mol/L × 0.5 L = 0.1 mol。\n\n质量：m = n·M = 0.1 mol × 58.5 g/mol = 5.85 g。\n\n注意体积要换算成升：500 mL = 0.5 L，不能直接用 500 代入。",
 check="反算：5.85 g ÷ 58.5 g/mol = 0.1 mol，0.1 mol ÷ 0.5 L = 0.2 mol/L。✓",
 good=["5.85克","5850 mg","m(NaCl) = 5.85 g","约 5.9 g"],
 bad=[("11.7 g","volume_slip"),("58.5 g","one_mole"),("5.85 kg","unit_scale")])

add(ds="ceval_like", kat="math", lang="zh",
 q="某人将 1000 元存入银行，年利率 6%，按年复利计息，3 年后的本利和是多少元？（保留两位小数）",
 ref="1191.02元",
 body="复利终值公式：F = P(1 + i)ⁿ。\n\n(1.06)² = 1.1236，(1.06)³ = 1.1236 × 1.06 = 1.191016。\n\nF = 1000 × 1.191016 = 1191.016 ≈ 1191.02 元。\n\n如果按单利计算则是 1000 × (1 + 0.06 × 3) = 1180 元，那是不同的计息方式。",
 check="逐年验算：第一年 1060，第二年 1123.60，第三年 1191.016。✓",
 good=["约1191.02元","¥1,191.02","1191.02","本利和为1191.02元"],
 bad=[("1180元","simple_interest"),("191.02元","interest_only"),("1191.02万元","unit_scale")])

add(ds="ceval_like", kat="short_text", lang="zh",
 q="在 C3 植物光合作用的暗反应（卡尔文循环）中，催化 CO₂ 与 RuBP（核酮糖-1,5-二磷酸）结合的酶是什么？",
 ref="RuBisCO（核酮糖-1,5-二磷酸羧化酶/加氧酶）",
 body="卡尔文循环的第一步是 CO₂ 的固定：CO₂ + RuBP（五碳化合物）→ 2 分子 3-磷酸甘油酸（三碳化合物）。\n\n催化这一步的酶是核酮糖-1,5-二磷酸羧化酶/加氧酶，简称 Rubisco。它也能催化 RuBP 与 O₂ 反应，即光呼吸。\n\n干扰项：PEP 羧化酶是 C4 植物和 CAM 植物在叶肉细胞中最初固定 CO₂ 的酶，底物是磷酸烯醇式丙酮酸而不是 RuBP；ATP 合酶则在光反应中合成 ATP。",
 check="题目限定的是 C3 植物、底物是 RuBP，所以只能是 Rubisco。",
 good=["Rubisco","RuBP羧化酶","核酮糖-1,5-二磷酸羧化酶/加氧酶"],
 bad=[("PEP羧化酶","related_term"),("ATP合酶","related_term"),("碳酸酐酶","related_term")])

add(ds="ceval_like", kat="categorical_label", lang="zh",
 q="判断下列反应是吸热反应还是放热反应：CaCO₃(s) 高温分解生成 CaO(s) 和 CO₂(g)。",
 ref="吸热反应",
 body="碳酸钙分解需要持续高温加热才能进行，一旦停止加热反应就停止，说明反应需要从外界吸收能量。\n\n其热化学方程式为 CaCO₃(s) = CaO(s) + CO₂(g)，ΔH ≈ +178 kJ/mol，ΔH > 0。\n\n一般规律：大多数分解反应是吸热的，而燃烧、中和、活泼金属与酸反应是放热的。",
 check="ΔH 为正值，与“需要持续加热”的现象一致。",
 good=["吸热","该反应为吸热反应","endothermic（吸热反应）"],
 bad=[("放热反应","wrong_label"),("放热","wrong_label")])
