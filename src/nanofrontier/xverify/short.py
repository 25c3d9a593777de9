"""Short free-text answers: names, dates, counts and phrases.

    short_answer_equal("the Eiffel Tower.", "Eiffel Tower")           # True (articles, case, punctuation)
    short_answer_equal("New York City", "NYC / New York City")       # True (aliases after " / ", ";", " or ")
    short_answer_equal("March 5, 2001", "2001-03-05")                # True (dates in any common format)
    short_answer_equal("It opened in 1887.", "1889")                 # False (a different year)
    short_answer_equal("The Big Apple", "New York City")             # None: a paraphrase, for a judge
    short_answer_equal("Mount Qomolangma (Everest)", "Mount Everest")  # True (name_forms.same_name: aliases,
                                                                     # accents, tables, plurals, list order)

A reference contained as a whole phrase in a short prediction (<= short_forms.SHORT_WORDS words) is a match, and so
is a short final sentence that names it by all its content words, its acronym, or (for a personal name)
the surname, as long as nothing else of substance is said: "Carbon dioxide", "New South Wales" or
"George W. Bush" for "Carbon", "Wales" or "George Bush" add a word that changes the answer, so they are
undecided (words of the question, articles, copulas and "the answer" do not count). Math wrapped around a
one-letter reference ("|x|", "\\sqrt{x^2}", "-x" for "x") is undecided too, and so is a year with a
qualifier ("1990s", "1990 BC" for "1990"). Any other prediction contained in the reference ("Barack" for
"Barack Obama") is undecided.
"""

from __future__ import annotations

import re

from nanofrontier.xverify.measures import measure_decision, without_approximation
from nanofrontier.xverify.name_forms import (
    apposition_names,
    cjk_shortened,
    described_first,
    list_items,
    place_with_region,
    same_name,
    spelled_alike,
    titled_surname,
    without_demonym,
)
from nanofrontier.xverify.name_tables import ELEMENT_SYMBOLS
from nanofrontier.xverify.normalize import normalize_text, strip_latex_wrappers
from nanofrontier.xverify.periods import compare_periods
from nanofrontier.xverify.person_names import (
    CJK_NEGATED_BEFORE,
    cjk_name_part,
    contains_phrase,
    full_name_of,
    surname_in,
)
from nanofrontier.xverify.reactions import reaction_decision
from nanofrontier.xverify.short_forms import (
    NUMBER,
    arabic_dates,
    compare_dated_days,
    compare_dates,
    compare_numbers,
    date_for_year,
    is_short,
    numbers_in,
    ordinal_digits,
    weekday,
)
from nanofrontier.xverify.units import named_unit

_ALIAS_SPLIT = re.compile(r"\s+/\s+|\s*[;；|]\s*|\s+or\s+", re.IGNORECASE)
_PAREN_ALIAS = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]\s*$")
_STOPWORDS = frozenset("a an the of and or in on at to for by with is was are were it its from as that this".split())
_CJK = re.compile(r"[\u4e00-\u9fff]")
# An alternative the prediction rejects: "Canberra, not Sydney", "It's not Istanbul — the capital is Ankara".
_REJECTED = re.compile(r"(?:^|(?<=[,;—–]))\s*(?:(?:it|that)(?:'s|\s+is|\s+was)\s+)?(?:not|rather\s+than|"
                       r"instead\s+of)\s[^,;—–.]*", re.IGNORECASE)
# A sentence ends at . ! ? followed by space (not after an initial such as "F."), or at 。！？.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?]+[\"')\]]*\s+|[。！？]+")
_MATH_MARKUP = re.compile(r"[\\$^{}=&]")
# Math around a name that normalizing would erase: math LaTeX (not \\emph{}), |x|, a glued minus ("-x"), "x!". (An
# operator such as "x+1" or "2*x" survives normalization, so it counts as an extra word.)
_MATH_AROUND = re.compile(r"[\^_=|]|\\(?:d?t?frac|sqrt|arc\w+|sinh?|cosh?|tanh?|cot|sec|csc|log|ln|exp|[lr]?vert|"
                          r"abs|left|right|cdot|times|pm|mp|int|sum|prod|lim|binom|overline|bar|hat|vec|partial|"
                          r"infty)(?![a-zA-Z])|(?:^|(?<=[\s(]))-(?=[A-Za-z(\\])|(?<![A-Za-z])[A-Za-z]!")
# Words that frame an answer without changing it: "It is called Paris", "I think the answer is Dr. Bishop".
_FRAMING = _STOPWORDS | frozenset("""answer answers final correct right therefore thus hence so then be been being
    these those there here i we my our think believe guess would should will must can could called named known
    refers refer today now currently overall finally clearly indeed mr mrs ms miss dr prof sir dame
    based according passage text you re looking thinking asking place""".split())  # "Based on the passage, it's Marsh"
_CJK_FRAMING = re.compile(r"答案|所以|因此|最终|应该|就是|是|为|了|即|选")
# A subject that describes what was asked, then the answer: "The author you're looking for is Jane Austen".
_COPULA = re.compile(r"\s*(?:the|this|that)\s+[^,;:.]{1,50}?\s+(?:is|was|would\s+be)\s+(?P<value>.+)", re.IGNORECASE)
_CJK_DEMONSTRATIVE = re.compile(r"[这那]一?(?:天|日|年|个|位|种|次|座|条|本|部|首|项|时期|时候)")
_CJK_DESCRIBES = tuple("家人者师帝王的")  # 科学家, 诗人, 作者, 皇帝, 国王, 中国的: a description of the name after it
_STATE_FORM = frozenset("republic kingdom federation federal commonwealth united democratic people peoples socialist "
                        "islamic plurinational principality sultanate emirate".split())



def final_sentence(text: str) -> str:
    """The last non-empty sentence of `text` (the whole text when it is one sentence)."""
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    return parts[-1].strip() if parts else text.strip()


def aliases(reference: str) -> list[str]:
    """The reference and its alternatives: "NYC / New York City", "a; b", "New York City (NYC)"."""
    names = [reference] + [a for a in _ALIAS_SPLIT.split(reference) if a.strip()]
    if m := _PAREN_ALIAS.match(reference):
        names += [m.group(1), m.group(2)]
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def _acronym(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in long.split() if w not in _STOPWORDS)
    return 2 <= len(short) <= 6 and " " not in short and short == initials


def _clear_mismatch(p: str, r: str) -> bool:
    """Two different single words ("London" vs "Paris"; short CJK names "上海" vs "北京"). Anything longer
    ("The Big Apple" vs "New York City", "Hmm" vs "Frank Herbert") may be an alias or a non-answer: a
    judge decides."""
    if _CJK.search(p) or _CJK.search(r):
        return not set(_CJK.findall(p)) & set(_CJK.findall(r)) and max(len(p), len(r)) <= 4
    pw, rw = set(p.split()) - _STOPWORDS, set(r.split()) - _STOPWORDS
    return len(pw) == 1 and len(rw) == 1 and not pw & rw


def _content_words_in(sentence: str, ref: str, raw_ref: str) -> bool:
    """Every content word of a multi-word prose reference stands, unnegated, in the (normalized) sentence, in
    any order: "London's population is greater" names "London's 2022 population". A sentence that states
    numbers must state exactly the reference's; one with "than" compares both sides: no match."""
    words = [w for w in ref.split() if w not in _STOPWORDS]
    plain = [w for w in words if not NUMBER.fullmatch(w)]
    if len(plain) < 2 or _CJK.search(ref) or _MATH_MARKUP.search(raw_ref) \
            or re.search(r"\b(?:than|vs|versus)\b", sentence):
        return False
    said = numbers_in(sentence)
    return (not said or said == numbers_in(ref)) and all(contains_phrase(sentence, w) for w in plain)


# "X is longer (than Y)": the subject is the answer. Words ending in -er after "is" that are no comparatives:
_NOT_COMPARATIVE = frozenset("never over under either neither other another rather ever whatever however together "
                             "after per".split())
_COMPARISON = re.compile(r"(?P<subj>[^,:;—–]+?)\s+(?:is|was|are|were)\s+(?:(?:much|far|slightly|significantly)\s+)?"
                         r"(?P<cmp>(?:more|less)\s+\w+|\w{2,}er)\b(?P<rest>[^.;—–]*)", re.IGNORECASE)


def _comparison_side(pred: str, norms: list[str]) -> str | None:
    """Where a final sentence "X is longer than Y" / "X is longer — ..." puts the reference: "subject" (the
    answer is X), "object" (only Y names it), or None (no comparison, or both sides name it)."""
    m = _COMPARISON.search(final_sentence(pred))
    if not m or m.group("cmp").casefold() in _NOT_COMPARATIVE:
        return None
    subj = normalize_text(m.group("subj"))
    than = re.match(r"\s*than\b(.*)", m.group("rest"), re.IGNORECASE)
    obj = normalize_text(than.group(1)) if than else ""
    in_subj = any(contains_phrase(subj, r) for r in norms if r)
    in_obj = any(contains_phrase(obj, r) for r in norms if r)
    return None if in_subj == in_obj else "subject" if in_subj else "object"


_OR_AFTER = re.compile(r"\s*(?:\bor\b|或者?|还是)\s*(?P<other>\w+)")
_OR_BEFORE = re.compile(r"(?P<other>\w+)\s*(?:\bor\b|或者?|还是)\s*$")
_NOT_ALTERNATIVE = frozenset("not so rather else otherwise both 不是 不".split())


def _offers_alternative(p: str, norms: list[str]) -> bool:
    """The (normalized) prediction offers the reference as one of two answers: "Kenya or Tanzania"."""
    for r in norms:
        if not r or r not in p:
            continue
        pattern = re.escape(r) if _CJK.search(r) else rf"(?<!\w){re.escape(r)}(?!\w)"
        for m in re.finditer(pattern, p):
            alt = _OR_AFTER.match(p, m.end()) or _OR_BEFORE.search(p, 0, m.start())
            other = alt.group("other") if alt else ""
            if other and other not in _NOT_ALTERNATIVE and not any(other in a.split() or _acronym(other, a)
                                                                   for a in norms):
                return True
    return False


def _acronym_in(sentence: str, ref: str) -> bool:
    """The sentence uses the multi-word reference's acronym: "It refers to NYC." for "New York City"."""
    norm = normalize_text(sentence)
    return any(_acronym(tok.casefold(), ref) and contains_phrase(norm, tok.casefold())
               for tok in re.findall(r"\b[A-Z]{2,6}\b", sentence))


def _sentence_names(pred: str, names: list[str]) -> bool:
    """The final sentence of the prediction, when short, names the reference or one of its aliases."""
    sentence = final_sentence(pred)
    s = normalize_text(sentence)
    if not s or not is_short(s):
        return False
    for name in names:
        r = normalize_text(name)
        if r and (contains_phrase(s, r) or _content_words_in(s, r, name) or surname_in(sentence, name)
                  or _acronym_in(sentence, r)):
            return True
    return False


def _adds_content(pred: str, s: str, names: list[str], norms: list[str], question: str) -> bool:
    """The prediction (`s` normalized) says more than the reference: a word that is neither the reference's,
    the question's, nor answer framing ("Carbon dioxide" for "Carbon", "George W. Bush" for "George Bush").
    Not extra: the reference's acronym or code in brackets ("the Swiss franc (CHF)"), the initials of a given
    name it leaves out ("M. A. Bulgakov"), a state form ("the United Republic of Tanzania"), and lower-case
    words before a proper name ("the physicist Albert Einstein", CJK "明代科学家宋应星"), which describe it rather
    than change it."""
    if any(_CJK.search(r) for r in norms):
        return _cjk_adds_content(s, norms, question)
    if (copula := _COPULA.match(pred)) and any(contains_phrase(normalize_text(copula.group("value")), r)
                                               for r in norms if r):
        pred, s = copula.group("value"), normalize_text(copula.group("value"))  # "The author you want is X"
    kept = _REJECTED.sub(" ", pred)
    if kept != pred and not any(contains_phrase(normalize_text(m.group()), r)
                                for m in _REJECTED.finditer(pred) for r in norms if r):
        pred, s = kept, normalize_text(kept)
    words = s.split()
    ref_words = {w for r in norms for w in r.split()}
    allowed = _FRAMING | ref_words | set(normalize_text(question).split())
    allowed |= {ELEMENT_SYMBOLS[r] for r in norms if r in ELEMENT_SYMBOLS}  # "H, hydrogen": the element's symbol
    if not ref_words & _STATE_FORM:
        allowed |= _STATE_FORM
    initials = [w for w in words if len(w) == 1 and w.isalpha()]
    given = [r.split()[0] for r in norms if len(r.split()) > 1]  # "M. A. Bulgakov": initials stand for "Mikhail"
    if initials and any(g not in words and g[0] == initials[0] for g in given):
        allowed |= set(initials)
    extra = [w for w in words if w not in allowed and not any(_acronym(w, r) for r in norms)]
    # "the Swiss franc (CHF)", "Canberra, ACT": an abbreviation or a region's code in passing
    code = re.search(r"(?:\(([A-Z]{2,5})\)|,\s*([A-Z]{2,3}))\W*$", pred)
    if code:
        extra = [w for w in extra if w != (code.group(1) or code.group(2)).casefold()]
    if not extra:
        return False
    first = next((i for i, w in enumerate(words) if w in ref_words), 0)
    before = words[:first]
    proper = any(n[:1].isupper() for n in names)
    return not (proper and all(w in before and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", pred) for w in extra))


def _cjk_adds_content(s: str, norms: list[str], question: str = "") -> bool:
    """CJK: a character left once the reference and framing (答案是, 所以) are taken out ("北京大学" for "北京"),
    unless it only describes a person named after it ("明代医药学家李时珍") or echoes the question
    ("被称为冰城的城市是哈尔滨")."""
    ref = max((r for r in norms if r and r in s), key=len, default="")
    if not ref:
        return True
    head, _, tail = s.partition(ref)
    head, tail = _CJK_FRAMING.sub("", head).strip(" ,"), _CJK_FRAMING.sub("", tail).strip(" ,.")
    echo = set(_CJK.findall(question)) | {"的"}
    head_echoes = bool(question) and set(_CJK.findall(head)) <= echo and not re.search(r"[\w]", _CJK.sub("", head))
    if _CJK_DEMONSTRATIVE.fullmatch(tail):
        tail = ""  # "夏至这一天": the answer, then "this day" pointing back at it
    return bool(tail) or (bool(head) and not head.endswith(_CJK_DESCRIBES) and not head_echoes)


_CHEMICAL_INDEX = re.compile(r"(?:(?<=[A-Z])|(?<=[A-Z][a-z])|(?<=\)))_\{?\d+\}?")


def _math_around(pred: str, names: list[str]) -> bool:
    """Math wrapped around a plain reference ("|x|", "\\sqrt{x^2}", "-x" for "x"): normalizing it away would
    make it look equal to the reference, or contain it."""
    p = _CHEMICAL_INDEX.sub("", strip_latex_wrappers(pred))  # "CO_2", "H_2O": a formula's counts, not math
    if not _MATH_AROUND.search(p) or any(_MATH_AROUND.search(strip_latex_wrappers(n)) for n in names):
        return False  # plain text, or a math reference: math_equal has had its say
    return "".join(p.split()).strip(".") not in {"".join(strip_latex_wrappers(n).split()) for n in names}


def short_answer_equal(pred: str, reference: str, *, question: str = "") -> bool | None:
    """True for an equal, aliased, re-dated or contained answer; False for a clear mismatch (a different
    number, year, date or entity); None when only a judge could tell (paraphrase, partial name, a contained
    reference with more said around it). `question` supplies words a prediction may repeat."""
    return short_answer_decision(pred, reference, question=question)[0]


def short_answer_decision(pred: str, reference: str, *, question: str = "") -> tuple[bool | None, str]:
    """`short_answer_equal`'s answer and the rule that gave it ("short.alias", "short.date", ...)."""
    if (reaction := reaction_decision(pred, reference)) is not None:
        return reaction  # "C3H8(g) + 5O2(g) -> 3CO2(g) + 4H2O(l)" for C3H8 + 5O2 → 3CO2 + 4H2O
    formulas = _formula(pred), _formula(reference)
    if None not in formulas and re.search(r"\d", "".join(formulas)):
        return formulas[0] == formulas[1], "short.formula"  # H₂O, H_2O, \\mathrm{H_2O} for H2O
    pred, reference = arabic_dates(_ANNO_DOMINI.sub("", pred)), arabic_dates(_ANNO_DOMINI.sub("", reference))
    if _DIGIT_ORDINAL.search(pred) or _DIGIT_ORDINAL.search(reference):  # "5th place" for "fifth", 第3名 for 第三名
        pred, reference = ordinal_digits(pred), ordinal_digits(reference)
    p = normalize_text(pred)
    if not p:
        return False, "short.empty"
    names = aliases(reference)
    norms = [normalize_text(n) for n in names]
    mathy = _math_around(pred, names)
    if p in norms or _unpossessed(pred) in {_unpossessed(n) for n in names}:  # "Rolle theorem", "Rolle's theorem"
        return (None, "short.math_around") if mathy else (True, "short.alias")
    if _offers_alternative(p, norms):
        return False, "short.alternative"
    if listed := _list_decision(pred, reference):
        return listed
    if slashed := _slashed_decision(pred, reference, question):
        return slashed
    if (not mathy or not _MATH_AROUND.search(re.sub(r"_\{?\d+\}?", "", pred))) \
            and same_name(pred, names, question=question):
        return True, "short.name_form"
    if glossed := _glossed_decision(pred, reference, question):
        return glossed
    symbols = _element(pred), _element(reference)
    if None not in symbols and any(_SYMBOL.fullmatch(x.strip(" .。*$")) for x in (pred, reference)):
        return symbols[0] == symbols[1], "short.element"  # "Fe" for iron or 铁: an element by its symbol (exact)
    if _ASKS_UNIT.search(question) and (mine := named_unit(pred)) and (theirs := named_unit(reference)):
        return (True, "short.unit") if mine == theirs else (False, "short.unit_mismatch")  # "J" for joule
    side = _comparison_side(pred, norms)
    if side is not None:  # "Y is shorter than X" also answers X: a judge's call, not a mismatch
        return (True, "short.comparison") if side == "subject" else (None, "short.comparison")
    if described_first(pred, names) or cjk_shortened(pred, names):
        return True, "short.described"  # "the English novelist Jane Austen", 珠峰 for 珠穆朗玛峰 (unsure)
    if (day := weekday(pred)) is not None and (asked := weekday(reference)) is not None:
        return day == asked, "short.date"  # "Wed." for Wednesday, 周三 for 星期三
    if (by_day := compare_dated_days(pred, reference)) is not None:
        return by_day, "short.date"  # "3 April 2026, a Friday" for "Friday, 3 April 2026": date and weekday
    if (dated := date_for_year(pred, reference, question)) is not None:
        return dated, "short.date"  # "1949年10月1日" when the year 1949 is asked: its year (exact)
    if (same_span := compare_periods(pred, reference)) is not None:
        return same_span, "short.period"  # "the 1600s" for the 17th century, "44 BCE" for 44 BC (unsure)
    if measured := measure_decision(pred, reference, question):
        return measured  # "212 °F" for 100 °C, "299,792,458 m/s" for 3.00 × 10^8 m/s: converted or rounded (unsure)
    for decide, rule in ((compare_dates, "short.date"), (compare_numbers, "short.number")):
        verdicts = [decide(pred, n) for n in names]
        if True in verdicts:
            return True, rule
        if False in verdicts and None not in verdicts:
            return False, rule
    if any(short_answer_decision(name, reference, question=question)[0] is True for name in apposition_names(pred)) \
            or ((head := place_with_region(pred, question)) and short_answer_decision(head, reference)[0] is True):
        return True, "short.described"  # "Jupiter — the fifth planet from the Sun", "Ottawa, Ontario" (unsure)
    if mathy:
        return None, "short.math_around"  # math around the reference is for math_equal (or a judge)
    if titled_surname(pred, names):
        return True, "short.full_name"  # "Madame Curie" for "Marie Curie": a title and the surname (unsure)
    if spelled_alike(pred, names):
        return True, "short.spelling"  # "Dostoyevsky" for "Dostoevsky": another transliteration (unsure)
    if cjk_name_part(pred, names):
        return True, "short.full_name"  # "托尔斯泰" for "列夫·托尔斯泰": one part of a transliterated name (unsure)
    if _ASKS_WHO.search(question) and full_name_of(pred, names):
        return True, "short.full_name"  # "George Washington" for "Washington": a surname given in full (unsure)
    if is_short(p) and any(contains_phrase(p, r) for r in norms if r):
        if _another_name_joined(pred, norms):
            return False, "short.two_names"  # "Sweden and France" for Sweden: a second answer (unsure)
        return (None, "short.contained_more") if _adds_content(pred, p, names, norms, question) \
            else (True, "short.contained")
    ref_numbers, pred_numbers = numbers_in(reference), numbers_in(pred)
    if ref_numbers and pred_numbers and not ref_numbers & pred_numbers:
        return False, "short.other_number"
    if any(_acronym(p, r) or _acronym(r, p) for r in norms):
        return True, "short.acronym"
    if _sentence_names(pred, names):
        sentence = final_sentence(pred)
        said_more = _adds_content(sentence, normalize_text(sentence), names, norms, question)
        return (None, "short.sentence_more") if said_more else (True, "short.sentence")
    if any((bare := without_demonym(n, question)) and short_answer_decision(pred, bare)[0] for n in names):
        return True, "short.question_word"  # "yen" for "Japanese yen" when the currency of Japan is asked (unsure)
    if any(contains_phrase(r, p) for r in norms):
        return None, "short.partial"
    return (False, "short.mismatch") if all(_clear_mismatch(p, r) for r in norms) else (None, "short.undecided")


_JOINED_NAMES = re.compile(r"^\s*(?P<a>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*(?:,?\s+and\s+|\s*&\s*)"
                           r"(?P<b>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*\.?\s*$")


_SYMBOL = re.compile(r"[A-Z][a-z]?")
_SYMBOLS = frozenset(ELEMENT_SYMBOLS.values())


def _element(text: str) -> str | None:
    """The symbol of the element a text names by its symbol ("Fe") or its name ("iron", 铁), in lower case."""
    t = text.strip(" .。*$")
    if _SYMBOL.fullmatch(t):
        return t.lower() if t.lower() in _SYMBOLS else None
    return ELEMENT_SYMBOLS.get(normalize_text(t))


def _unpossessed(text: str) -> str:
    return normalize_text(_POSSESSIVE.sub("", text))


_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s?(?![A-Za-z])")


def _list_decision(pred: str, reference: str) -> tuple[bool, str] | None:
    """A list answer against a list reference, item by item as written: every item of the reference and more
    ("Ada, Ben and Cy" for "Ada, Ben") or fewer ("Ben and Cy" for "Ada, Ben and Cy") is no match (unsure: an
    item may be another item's alias); None when the items differ otherwise (the other rules read them)."""
    ref = {normalize_text(x) for x in list_items(reference)}
    said = {normalize_text(x) for x in list_items(pred)}
    if len(ref) < 2 or len(said) < 2 or said == ref or re.search(r"\d", pred + reference):
        return None  # "Monday, June 9, 2025" is a date, not a list
    if ref < said:
        return False, "short.extra_item"
    return (False, "short.missing_item") if said < ref else None


_DIGIT_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b|第\s*\d")
_ANNO_DOMINI = re.compile(r"公元(?!前)")  # 公元208年 is 208年; 公元前208年 is another year


def _another_name_joined(pred: str, norms: list[str]) -> bool:
    """"Sweden and France" for Sweden: two capitalised names joined by "and", one of them the reference's and
    the other not part of it (not "Trinidad and Tobago" when that is the reference)."""
    m = _JOINED_NAMES.match(pred)
    if not m or normalize_text(pred) in norms:
        return False
    a, b = normalize_text(m.group("a")), normalize_text(m.group("b"))
    return (a in norms) != (b in norms)


_UNSURE_GLOSS = re.compile(r"\b(?:or|possibly|maybe|perhaps|probably)\b|或|可能|也许", re.IGNORECASE)
_GLOSS = re.compile(r"^(?P<head>[^()（）]{1,60}?)\s*[(（](?P<gloss>[^()（）]{1,30})[)）]\s*[.。]?$")


def _glossed_decision(pred: str, reference: str, question: str) -> tuple[bool, str] | None:
    """"The ohm (Ω)", "the Tigris River (Dijla)", "亚细亚洲(亚洲)": a name with its symbol or alias in brackets
    matches when either part does; not when the bracket rejects ("Sydney (not Canberra)"). Unsure: a judge's
    call whether the gloss is right."""
    m = _GLOSS.match(strip_latex_wrappers(pred).strip())
    if m is None or _REJECTED.search(m.group("gloss")) or CJK_NEGATED_BEFORE.search(m.group("gloss")[:2]) \
            or _UNSURE_GLOSS.search(m.group("gloss")):
        return None
    for part in (m.group("head"), without_approximation(m.group("gloss"))):  # "1,811 K (≈1538 °C)"
        if part.strip() and short_answer_decision(part, reference, question=question)[0] is True:
            return True, "short.glossed"
    return None


def _slashed_decision(pred: str, reference: str, question: str) -> tuple[bool | None, str] | None:
    """"円 / yen", "the African lion / lion": one name written two ways across a slash, one way the reference's
    and the other in another script or containing it. Unsure, like a gloss. "Marie Curie / Irène Joliot-Curie": the
    reference and another name in the same script, two answers (unsure: it may be an alias the rules miss)."""
    parts = [part.strip() for part in re.split(r"\s+/\s+", pred)]
    if len(parts) != 2 or not all(parts):
        return None
    matched = [short_answer_decision(part, reference, question=question)[0] is True for part in parts]
    for i, part in enumerate(parts):
        other = parts[1 - i]
        if matched[i] and (bool(_CJK.search(part)) != bool(_CJK.search(other))
                           or contains_phrase(normalize_text(other), normalize_text(part))):
            return True, "short.glossed"
    return (None, "short.two_names") if any(matched) and not all(matched) else None


_ASKS_UNIT = re.compile(r"\bunits?\b|单位", re.IGNORECASE)  # "the SI unit of force": N, newton, 牛顿 are one answer
_ASKS_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)  # a person is asked: "Equatorial Guinea" is no full name



_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d*|\(|\)\d*)+")


def _formula(text: str) -> str | None:
    """A chemical formula without its layout ("\\mathrm{H_2O}", "H₂O" -> "H2O"), or None. It needs an element
    count or two capitals, so a name or a word is none (the caller also wants a count on one side: "USA" is no
    formula to compare with "US")."""
    s = re.sub(r"\\(?:mathrm|text|ce)\s*\{([^{}]*)\}", r"\1", text.strip().strip("$ .。"))
    s = re.sub(r"_\{?(\d+)\}?", r"\1", s).replace(" ", "")
    if not _FORMULA.fullmatch(s) or not (re.search(r"\d", s) or len(re.findall(r"[A-Z]", s)) >= 2):
        return None
    return s
