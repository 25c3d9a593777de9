"""Short-answer cases: fictional reading passages, dates, times, well-known facts."""
from common import pad, case

TEAMS = [("Harbor City Gulls", "Gulls"), ("Ridgeview Foxes", "Foxes"), ("Lakeport Herons", "Herons"), ("Stonebridge Owls", "Owls")]
FIRST = ["Dana", "Marcus", "Elena", "Tobias", "Ruth", "Caleb"]
LAST = ["Whitlock", "Oyelaran", "Brenner", "Castellano"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def drop(rng, lang, ok):
    (t1, s1), (t2, s2) = rng.sample(TEAMS, 2)
    last = rng.choice(LAST)
    f1, f2 = rng.sample(FIRST, 2)
    a = [rng.choice([0, 3, 7, 7, 10]) for _ in range(4)]
    b = [rng.choice([0, 3, 7, 3]) for _ in range(4)]
    a[0] = 7
    A, B = sum(a), sum(b)
    if A == B:
        a[3] += 3
        A += 3
    if A < B:
        a, b, A, B = b, a, B, A
        a[0], b[0] = 7, b[0]
    p = ("The %s hosted the %s on a windy Sunday. %s %s opened the scoring with a touchdown catch in the first quarter, "
         "and a relative, %s %s, the %s' kicker, added field goals later on. By quarter, the %s scored %s points, "
         "while the %s scored %s. A late interception sealed the result." %
         (t1, t2, f1, last, f2, last, s1, s1, ", ".join(map(str, a)), s2, ", ".join(map(str, b))))
    if rng.random() < 0.5:
        q = "Passage: %s\nQuestion: How many more points did the %s score than the %s?" % (p, s1, s2)
        ref = str(A - B)
        parts = ["%s total: %s = %d." % (s1, " + ".join(map(str, a)), A), "%s total: %s = %d." % (s2, " + ".join(map(str, b)), B)]
        if ok:
            d = A - B
            ans = NUMW[d] if d < len(NUMW) else "%d points (%d - %d)" % (d, A, B)
            trap = "number_as_word" if d < len(NUMW) else "difference_with_working"
            parts.append("Difference: %d - %d = %d." % (A, B, d))
        else:
            ans, trap = rng.choice([(str(A + B), "total_for_difference"), (str(A), "one_team_score")])
            parts.append("Combining the quarter-by-quarter numbers gives the figure the question is after.")
        fin = "Answer: %s" % ans
    else:
        q = "Passage: %s\nQuestion: Who scored the first touchdown of the game?" % p
        ref = "%s %s" % (f1, last)
        parts = ["The passage says the scoring was opened with a touchdown catch in the first quarter.",
                 "Two players named %s appear: %s (who caught the touchdown) and %s (the kicker)." % (last, f1, f2)]
        if ok:
            ans, trap = "the receiver %s, i.e. %s %s" % (f1, f1, last), "name_with_description"
        else:
            ans, trap = "%s %s" % (f2, last), "wrong_first_name"
        fin = "Answer: %s" % ans
    return case("drop_like", "short_text", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


def date_q(rng, lang, ok):
    y, m, d = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(13, 28)
    ref = "%s %d, %d" % (MONTHS[m - 1], d, y)
    town = rng.choice(["Elmsworth", "Caddin Bay", "Norrow", "Velham"])
    q = ("Passage: The %s Lantern Festival, founded by the local weavers' guild, opened on %s, and ran for nine days. "
         "Attendance in its first year was modest.\nQuestion: On what date did the festival open?" % (town, ref))
    parts = ["The passage states the opening date explicitly.", "The guild and the nine-day run are distractors; only the opening date matters."]
    if ok:
        ans, trap = rng.choice([("%d-%02d-%02d" % (y, m, d), "iso_date"), ("%d %s %d" % (d, MONTHS[m - 1], y), "day_month_year")])
    else:
        ans, trap = rng.choice([("%s %d, %d" % (MONTHS[m - 1], d, y + 1), "wrong_year"), ("%s %d, %d" % (MONTHS[m - 1], d - 9, y), "neighbouring_date")])
        if trap == "neighbouring_date":
            parts.append("Counting back the nine days of the run from the date mentioned gives the start.")
    fin = "Answer: %s" % ans
    return case("drop_like", "short_text", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


def time_q(rng, lang, ok):
    h, mi = rng.randint(9, 11), rng.choice([5, 15, 20, 40, 45, 50])
    dh, dm = rng.randint(3, 6), rng.choice([25, 35, 55])
    tot = h * 60 + mi + dh * 60 + dm
    H, M = divmod(tot, 60)
    h12 = H - 12 if H > 12 else H
    ref = "%d:%02d PM" % (h12, M)
    q = "A ferry leaves at %d:%02d AM and the crossing takes %d hours %d minutes. At what time does it arrive?" % (h, mi, dh, dm)
    parts = ["Departure in minutes after midnight: %d x 60 + %d = %d." % (h, mi, h * 60 + mi),
             "Crossing time: %d x 60 + %d = %d minutes." % (dh, dm, dh * 60 + dm),
             "Arrival: %d minutes after midnight, i.e. %d:%02d on the 24-hour clock." % (tot, H, M)]
    if ok:
        ans, trap = "%d:%02d" % (H, M), "24_hour_format"
    else:
        ans, trap = rng.choice([("%d:%02d AM" % (h12, M), "am_pm_flip"), ("%d:%02d PM" % (h12, (M + 10) % 60), "minute_slip")])
    fin = "Answer: %s" % ans
    return case("time_like", "short_text", q, pad(rng, "en", parts, fin), ref, "Correct" if ok else "Incorrect", "en", trap)


FACTS = [
    ("en", "In which century did the French Revolution begin?", "18th century", "the 1700s (it began in 1789)", "19th century", "wrong_century"),
    ("en", "In which century did Columbus first reach the Americas?", "15th century", "the 1400s (1492)", "16th century", "wrong_century"),
    ("en", "In which century did the First World War begin?", "20th century", "the 1900s (it began in 1914)", "19th century", "wrong_century"),
    ("en", "Which Chinese dynasty built most of the Great Wall that survives today?", "Ming dynasty", "the Ming (明朝)", "Qing dynasty", "wrong_dynasty"),
    ("en", "What was China's last imperial dynasty?", "Qing dynasty", "the Qing (清朝, 1644-1912)", "Ming dynasty", "wrong_dynasty"),
    ("en", "Which dynasty did Emperor Taizong (Li Shimin) rule?", "Tang dynasty", "the Tang (唐朝)", "Song dynasty", "wrong_dynasty"),
    ("en", "Who was the first President of the United States?", "George Washington", "President Washington", "Martha Washington", "wrong_first_name"),
    ("en", "Who formulated the three laws of motion and universal gravitation?", "Isaac Newton", "Sir Isaac Newton", "John Newton", "wrong_first_name"),
    ("en", "Who wrote 'On the Origin of Species'?", "Charles Darwin", "Darwin (Charles Robert Darwin)", "Erasmus Darwin", "wrong_first_name"),
    ("en", "Who developed the theory of general relativity?", "Albert Einstein", "Einstein", "Alfred Einstein", "wrong_first_name"),
    ("zh", "秦始皇是哪个朝代的皇帝？", "秦朝", "秦（公元前221年统一六国）", "汉朝", "wrong_dynasty"),
    ("zh", "李白是哪个朝代的诗人？", "唐朝", "唐代", "宋朝", "wrong_dynasty"),
    ("zh", "《史记》的作者是谁？", "司马迁", "西汉史学家司马迁", "司马光", "name_one_part_differs"),
    ("zh", "《资治通鉴》的主编是谁？", "司马光", "北宋的司马光", "司马迁", "name_one_part_differs"),
]


def fact(rng, lang, ok):
    pool = [f for f in FACTS if f[0] == lang]
    lg, q, ref, alt, wrong, wtrap = rng.choice(pool)
    if lg == "en":
        parts = ["This is a well-known historical fact, but let me reason about it rather than answer from reflex.",
                 "I recall the key dates and people associated with the question and compare them with similar-sounding alternatives.",
                 "Similar names and neighbouring periods are easy to confuse, so I check which one the question really points at."]
        fin = "Answer: %s" % (alt if ok else wrong)
    else:
        parts = ["这是常见的历史常识，但我还是仔细推理一下，而不是凭直觉作答。",
                 "回忆与题目相关的年代和人物，并与名字相近的选项比较。",
                 "相近的名字和相邻的朝代很容易混淆，需要确认题目真正问的是哪一个。"]
        fin = "答案：%s" % (alt if ok else wrong)
    trap = "equivalent_rephrasing" if ok else wtrap
    return case("trivia_like", "short_text", q, pad(rng, lg, parts, fin), ref, "Correct" if ok else "Incorrect", lg, trap)
