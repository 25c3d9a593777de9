"""Multiple choice: the options a question lists, the option(s) an answer names, and choice equality;
plus `detect_kind`, which types a (question, reference) pair.

    options = parse_options("... Answer Choices: (A) Paris (B) London")   # {"A": "Paris", "B": "London"}
    answer_labels("\\text{(B)}", options)     # ["B"];  "B. London" / "London" -> ["B"];  "A or B" -> ["A", "B"]
    choice_equal("London", "B", options)      # True
    detect_kind(question, "B")                # "multiple_choice"

Labels are letters A-P, Roman I-XV or Arabic 1-15 (VAR's `_enh` variants relabel options); Arabic labels
are only read from a question that announces its options ("Answer Choices:", "Options:", 选项).
`label_equal` and `short_answer_equal` live in `labels.py` and `short.py` and are re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nanofrontier.xverify.capture import MY_ANSWER_TAIL
from nanofrontier.xverify.labels import is_label_reference, label_equal
from nanofrontier.xverify.normalize import fold_scripts, fold_unicode, normalize_text, strip_latex_wrappers
from nanofrontier.xverify.short import short_answer_equal
from nanofrontier.xverify.short_forms import looks_like_date
from nanofrontier.xverify.units import CJK_UNIT_NAMES
from nanofrontier.xverify.verdict import KINDS

__all__ = ["parse_options", "detect_kind", "choice_equal", "answer_labels", "label_equal", "short_answer_equal"]

LETTERS = tuple("ABCDEFGHIJKLMNOP")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
ARABIC = tuple(str(i) for i in range(1, 16))
LOWER = tuple("abcdefghijklmnop")
STEMS = tuple("甲乙丙丁戊己庚辛壬癸")  # the heavenly stems: Chinese exams' option labels
SYSTEMS = (LETTERS, ROMAN, ARABIC, STEMS)
MULTIPLE_CHOICE, MATH, SHORT_ANSWER, CLASSIFICATION = KINDS

_LABEL = r"(?:XIII|XIV|XII|VIII|VII|III|IX|IV|VI|XI|XV|II|1[0-5]|[1-9]|[A-P]|[甲乙丙丁戊己庚辛壬癸])"
_PAREN_MARK = re.compile(r"[(（\[]\s*(" + _LABEL + r")\s*[)）\]]\s*")
# "A. 3" but not "3.5"; "B、3" and "B) 3" are labels whatever follows ("、" and ")" are never a decimal point)
_DOT_MARK = re.compile(r"(?:^|(?<=\s))(" + _LABEL + r")\s*(?:[.．:：](?!\d)|[、)）])\s*(?=\S)", re.MULTILINE)
# "a) ..." or "1) ..." opening each line: a list of options without a header, read as one when it runs 3+ lines.
_LINE_MARK = re.compile(r"^[ \t]*([a-p]|1[0-5]|[1-9])\)[ \t]*(?=\S)", re.MULTILINE)
_OPTIONS_HEADER = re.compile(r"answer\s+choices|choices|options|选项|备选答案", re.IGNORECASE)


def _chains(marks: list[tuple[int, int, str]], system: tuple[str, ...]) -> list[list[tuple[int, int, str]]]:
    """Runs of marks whose labels go system[0], system[1], ... in order (other marks are skipped)."""
    chains, chain = [], []
    for mark in marks:
        if mark[2] == system[0]:
            if len(chain) >= 2:
                chains.append(chain)
            chain = [mark]
        elif chain and len(chain) < len(system) and mark[2] == system[len(chain)]:
            chain.append(mark)
    if len(chain) >= 2:
        chains.append(chain)
    return chains


def _option_texts(text: str, chain: list[tuple[int, int, str]]) -> dict[str, str]:
    options = {}
    for k, (_, end, label) in enumerate(chain):
        stop = chain[k + 1][0] if k + 1 < len(chain) else len(text)
        body = text[end:stop]
        if k + 1 == len(chain):
            body = body.split("\n", 1)[0]
        body = _LAYOUT_EDGES.sub("", body.strip()).strip()
        if body.count("$") % 2 and body.endswith("$"):
            body = body[:-1].rstrip()  # the "$" that closed the whole line of options
        options[label] = body.rstrip(";；,，")
    return options


# What an AMC-style line leaves around an option: "$\textbf{(A)}\ \frac12 \qquad \textbf{(B)}\ 3$" gives
# "}\ \frac12 \qquad \textbf{" for A: the brace that closed the label, the spacing, the next label's opening
_LAYOUT_EDGES = re.compile(r"^\}\s*(?:\\ \s*)?|(?:\s*(?:\\q?quad(?![a-zA-Z])|\\(?:textbf|mathbf|text|mathrm)\s*\{))+$")


def parse_options(question: str) -> dict[str, str]:
    """Label -> option text for the options the question lists; {} when it lists none. When several
    lists qualify (statements "(I) ... (II) ..." then "Answer Choices: (A) ... (B) ..."), the last wins."""
    # not fold_unicode: it turns "C、" into "C, "; a full-width "A．3" is a label before a number, not a decimal
    text = unicodedata.normalize("NFKC", fold_scripts(question.replace("．", ". ")))  # "m/s²" as answers write it
    best: tuple[int, int] | None = None
    best_chain: list = []
    for pattern in (_PAREN_MARK, _DOT_MARK):
        marks = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]
        for system in SYSTEMS:
            for chain in _chains(marks, system):
                if system is ARABIC and not _OPTIONS_HEADER.search(text, max(0, chain[0][0] - 200), chain[0][0]):
                    continue
                rank = (chain[0][0], len(chain))
                if best is None or rank > best:
                    best, best_chain = rank, chain
    if not best_chain:
        marks = [(m.start(), m.end(), m.group(1)) for m in _LINE_MARK.finditer(text)]
        chains = [c for system in (LOWER, ARABIC) for c in _chains(marks, system) if len(c) >= 3]
        best_chain = max(chains, key=lambda c: (c[0][0], len(c)), default=[])
    return _option_texts(text, best_chain) if best_chain else {}


@lru_cache(maxsize=256)
def _label_patterns(labels: tuple[str, ...]) -> dict[str, re.Pattern]:
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    lab = rf"(?<![A-Za-z0-9])({alt})(?![A-Za-z0-9])"
    bare = rf"(?<![A-Za-z0-9])(?:{alt})(?![A-Za-z0-9])"
    word = r"(?:option|choice|answer|选项|选择|选|答案)"
    return {
        "whole": re.compile(rf"\s*(?:{word}\s*[:：]?\s*)?[(（\[]?\s*{lab}\s*[)）\]]?\s*(?:项|选项)?[.:：、。]?\s*",
                            re.I),
        "label": re.compile(lab),
        "many": re.compile(rf"\s*(?:{word}s?\s*)?[(（\[]?{lab}[)）\]]?(?:\s*(?:,|、|and|or|和|或|与|/|&)\s*"
                           rf"[(（\[]?{lab}[)）\]]?|(?<=[)）\]])\s*[(（\[]{lab}[)）\]])+\s*[.。]?\s*"),  # "(A)(C)"
        "spaced": re.compile(rf"\s*{lab}(?:\s+{lab})+\s*[.。]?\s*"),  # "**B** **C** **D**": bold labels, spaced
        "leading": re.compile(rf"\s*(?:{word}\s*)?(?P<open>[(（\[])?\s*(?P<label>{bare})\s*(?P<close>[)）\]])?"
                              rf"(?P<sep>\s*[.:：、)）]|\s+[-—–]+(?![\d.])|\s*$|\s+)"),  # "C) -54": a minus sign
        "glossed": re.compile(rf"\s*(?:{word}\s*)?(?P<label>{bare})\s*[(（](?P<gloss>[^()（）]+)[)）]\s*[.。]?\s*",
                              re.I),
        "explicit": re.compile(rf"(?:(?:option|choice)\s+|选项\s*|选\s*|[(（])\s*{lab}\s*[)）]?|{lab}\s*(?:项|选项)",
                               re.I),
    }


def _system_of(labels: tuple[str, ...]) -> tuple[str, ...]:
    return next((s for s in (ROMAN, ARABIC, STEMS) if labels and all(x in s for x in labels)), LETTERS)


_PAIRED = re.compile(r"\s*(?:和|或|与|and\s|or\s|&|/)\s*[(（]?\s*", re.I)
_CONNECTIVE = re.compile(r"(?:because|since|as|is|was|which|would|seems|-|–|:)\b", re.I)
_NEGATED = re.compile(r"(?:not|rather\s+than|instead\s+of|except|eliminate|排除|不|不是)\s*$", re.I)


# A label named only to be rejected after the answer: "B, not A", "B rather than A", "B而不是A".
_REJECTED = re.compile(r"\s*(?:(?:is|are|was|seems|looks)\s+(?:(?:clearly|also|definitely)\s+)?"
                       r"(?:wrong|incorrect|false|not\b|ruled\s+out|eliminated|excluded|out\b)|"
                       r"(?:也|就|显然)?(?:不对|错误|不正确|错|排除|被排除))", re.I)
_LONE_LABEL = re.compile(r"(?<![A-Za-z'])([A-J])(?![A-Za-z'])")
_REJECTED_TAIL = re.compile(r"(?P<kept>.+?)\s*[,;，；]?\s*(?:\b(?:and\s+)?not|\brather\s+than|\binstead\s+of|"
                            r"而不是|而非|不是)\s*(?P<rejected>[^,;，；\s]{1,6}?)[\s.。!]*$", re.I)


def _leading_label(s: str, pats: dict, options: dict[str, str]) -> str | None:
    """"C. Paris" / "(C) Paris" / "C because ..." -> "C"; "A cattle breeder ..." -> None (an article)."""
    m = pats["leading"].match(s)
    if not m:
        return None
    label, rest = m.group("label"), s[m.end():]
    if _REJECTED.match(rest):
        return None  # "B is wrong, so A": an option ruled out, not chosen
    if (pair := _PAIRED.match(rest)) and pats["label"].match(rest, pair.end()):
        return None  # "B 和 D 都说得通": two options named, neither chosen
    if m.group("close") or m.group("sep").strip() or not rest:
        return label
    opt = normalize_text(options.get(label, ""))
    if label not in ("A", "I") or _CONNECTIVE.match(rest) or (opt and normalize_text(rest).startswith(opt)):
        return label
    return None


def _by_option_text(s: str, options: dict[str, str]) -> list[str]:
    """Labels whose option text the answer states: exactly, or as the one whole phrase it contains."""
    said = normalize_text(s)
    if not said:
        return []
    texts = {label: normalize_text(text) for label, text in options.items()}
    exact = [label for label, t in texts.items() if t and t == said]
    if exact:
        return exact[:1]
    inside = [label for label, t in texts.items() if len(t) >= 3 and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", said)]
    inside = [a for a in inside if not any(a != b and texts[a] in texts[b] for b in inside)]  # "Paris" in "Paris, TX"
    return inside if len(inside) == 1 else []


def _leading_text(s: str, options: dict[str, str]) -> list[str]:
    """An answer that opens with one option's text and names no other: "9 on the Mohs scale" -> the
    option "9" (short texts such as numbers are only read there)."""
    said = normalize_text(s)
    texts = {label: normalize_text(text) for label, text in options.items()}
    lead = [label for label, t in texts.items() if t and re.match(rf"{re.escape(t)}(?!\w)", said)]
    if not lead:
        return []
    label = max(lead, key=lambda x: len(texts[x]))
    rest = said[len(texts[label]):]
    if _NEGATED_TAIL.match(re.sub(r"^\s*(?:is|was|are|s)\s+", "", rest).strip()) \
            or re.match(r"\s*(?:or|and|和|或)\b", rest):
        return []
    others = [t for x, t in texts.items() if x != label and t and t not in texts[label]]
    return [] if any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", rest) for t in others) else [label]


_LEADING_LABEL = re.compile(r"\s*[(（]?\s*([A-Za-z]|\d{1,2})\s*[)）.．:：]\s*(?P<text>\S.*?)\s*[.。]?\s*$", re.DOTALL)


def other_option_named(text: str, options: dict[str, str]) -> str | None:
    """The label of another option whose whole text follows a label ("C. <the text of D>" -> "D"), or None."""
    m = _LEADING_LABEL.match(text)
    if not m or m.group(1) not in options:
        return None
    said = normalize_text(m.group("text"))
    if said == normalize_text(options[m.group(1)]):
        return None
    named = [label for label, body in options.items() if normalize_text(body) == said]
    return named[0] if len(named) == 1 else None


def answer_labels(text: str, options: dict[str, str] | None = None, *, strict: bool = False) -> list[str]:
    """The option labels an answer names, in order: one for a committed answer, several for "A or C" /
    "AC"; [] when it names none. `strict` (for scanning prose) drops option-text containment."""
    options = options or {}
    labels = tuple(options) or LETTERS[:10]
    pats = _label_patterns(labels)
    s = strip_latex_wrappers(fold_unicode(text)).replace("**", "").strip()
    while s.endswith("}") and s.count("}") > s.count("{"):
        s = s[:-1].rstrip()  # "C}": a brace left over from a box
    s = MY_ANSWER_TAIL.sub("", s)  # "… is C, so that is my choice": a clause pointing back at the label
    if len(s) <= 100 and (lead := _LEAD_WORD.match(s)) and len(s) - lead.end() <= 40 \
            and not pats["whole"].fullmatch(s):
        s = s[lead.end():]  # "Result: B. Mitochondrion": the label, then the text, after a word and a colon
    if (lead := _CANDIDATES_LEAD.match(s)) and s[lead.end():].strip():
        s = s[lead.end():]  # "Between (A) and (B), the LIFO one is (B) Stack": the candidates, then the answer
    if choose := _CJK_CHOOSE.match(s):
        s = s[choose.end():]  # "选AC" under a 结论 heading: the verb before the labels
    if (m := _REJECTED_TAIL.match(s)) and pats["whole"].fullmatch(m.group("rejected")):
        s = m.group("kept")  # "B, not A": the rejected label is no second answer
    if m := pats["whole"].fullmatch(s):
        return [_case(m.group(1), labels)]
    if pats["many"].fullmatch(s) or pats["spaced"].fullmatch(s):
        return list(dict.fromkeys(pats["label"].findall(s)))
    if _system_of(labels) is LETTERS and 2 <= len(s) <= len(labels) and s.isupper() and s.isalpha() \
            and len(set(s)) == len(s) and all(c in labels for c in s):
        return list(s)  # Chinese multi-select "ACD"
    if m := pats["glossed"].fullmatch(s):
        return _glossed(m.group("label"), m.group("gloss"), options)
    if label := _leading_label(s, pats, options):
        other = [_case(m.group(1), labels) for m in _OR_LABEL.finditer(s)]  # "C．曹雪芹或A项": a second answer
        other += _text_of_another(label, s, pats, options)  # "B. 帕斯卡" where D is 帕斯卡: a contradiction
        return list(dict.fromkeys([label] + [x for x in other if x]))
    found = [m for m in pats["explicit"].finditer(s) if not _NEGATED.search(s, max(0, m.start() - 15), m.start())]
    explicit = [_case(m.group(1) or m.group(2), labels) or m.group(1) or m.group(2) for m in found]  # "(b)" is B
    if len(set(explicit)) == 1 and options:  # "B项：鲨鱼" where A is 鲨鱼: a contradiction
        said = normalize_text(s[found[-1].end():].lstrip(" :：,，.、"))
        own = normalize_text(options.get(explicit[0], ""))  # "B项，(2,+∞)" where C is [2,+∞): B's own text stands
        explicit += [x for x, text in options.items()
                     if said and said != own and x != explicit[0] and normalize_text(text) == said][:1]
    if explicit:  # "C项 或 A": a second label offered after the first
        return list(dict.fromkeys(explicit + [_case(m.group(1), labels) or m.group(1) for m in _OR_LABEL.finditer(s)]))
    if options and (found := _by_option_text(s, options)) and (not strict or normalize_text(s) == normalize_text(
            options[found[0]])):
        return found
    if strict and options and (tail := _stated_tail(s)):
        return answer_labels(tail, options, strict=True)
    if not strict and options and (found := _leading_text(s, options)):
        return found
    if not strict and (m := _CONCLUDED_LABEL.search(s)) and len(s) <= 60:
        label = m.group("label") if m.group("label").isupper() or m.group("arrow") else ""
        if label.upper() in labels:
            return [label.upper()]  # "This gives D", "因此结果为B", "=> c": a lone label closing a sentence
    return _ordinal(s, labels)


_CANDIDATES_LEAD = re.compile(r"\s*(?:(?:between|of|among)\s+[^,，:：]{1,40}?\s(?:and|or)\s[^,，:：]{1,40}?|"
                              r"(?:having\s+)?(?:eliminated|ruled\s+out|excluded)\s+(?:[(（]?\w{1,4}[)）]?\s*(?:,|and)?\s*)+?"
                              r"(?=,\s*the\s)|"
                              r"在[^,，:：]{1,20}?(?:和|与|或)[^,，:：]{1,20}?之间|[^,，:：]{1,20}?(?:和|与)[^,，:：]{1,20}?中)"
                              r"\s*[,，]\s*", re.IGNORECASE)
_CJK_CHOOSE = re.compile(r"(?:故|所以|因此|应)?选(?:择)?\s*[:：]?\s*(?=[(（]?[A-Ja-j](?![a-z]))")
# "Result: B", "Selected options (in the order I checked them): D, A", "最后确认的选项(按复核顺序):B, A"
_LEAD_WORD = re.compile(r"(?:[A-Za-z]{2,12}(?:\s+[A-Za-z]{2,12})?|[\u4e00-\u9fff]{2,12})"
                        r"\s*(?:[(（][^()（）]{1,60}[)）])?\s*[:：]\s*(?=\S)")
# A lone label after a verb of concluding or an arrow, ending the text ("the result is B", "So it's B", 结果为C,
# "=> c").
_CONCLUDED_LABEL = re.compile(r"(?:(?<![A-Za-z])(?:gives?|is|was|be|(?<=['’])s)\s+|[为是选]\s*|(?P<arrow>=>|->|→|⇒)\s*)"
                              r"(?P<label>[A-Ja-j])\s*[}.。)）]*\s*$")


# "... or (A)", "或A项", "or option B": another label offered as an alternative after the answer.
_OR_LABEL = re.compile(r"(?:\bor\b|或者?)\s*(?:option\s+|choice\s+|选项\s*|选\s*)?[(（]?([A-J])[)）]?"
                       r"(?:\s*(?:项|选项))?"
                       r"(?![A-Za-z])")


def _text_of_another(label: str, s: str, pats: dict, options: dict[str, str]) -> list[str]:
    """The option whose text follows `label` in "B. a surplus of the good" when that text is not B's own."""
    m = pats["leading"].match(s)
    said = normalize_text(s[m.end():]) if m else ""
    if not said or said == normalize_text(options.get(label, "")):
        return []
    return [x for x, text in options.items() if x != label and normalize_text(text) == said][:1]


def _glossed(label: str, gloss: str, options: dict[str, str]) -> list[str]:
    """"C（隋朝）": the label, glossed by its text. A gloss that is another option's text names both (a
    contradiction, never a match)."""
    said = normalize_text(gloss)
    if said == normalize_text(options.get(label, "")):
        return [label]
    other = [x for x, text in options.items() if x != label and said and normalize_text(text) == said]
    return [label] + other[:1]


# The last "must be / answer is / 答案是 / 选" of a prose line, and what it states ("So it must be Helicase.").
_COPULA = re.compile(r"(?:\b(?:(?:must|would|should|has\s+to)\s+be|answer\s+(?:is|would\s+be)|choose|pick|select)\b"
                     r"|答案(?:应该|可能)?[是为]|(?:应该|应当|就|即|必然|一定)[是为]|选择?)\s*[:：]?\s*", re.I)
_NEGATED_TAIL = re.compile(r"(?:not|never|neither|no|n't|other\s+than)\b|不|非|没", re.I)


def _stated_tail(s: str) -> str | None:
    """What a prose line's last copula states, when that is the rest of the line and not negated."""
    last = None
    for match in _COPULA.finditer(s):
        last = match
    if last is None or last.end() >= len(s):
        return None
    tail = s[last.end():].strip()
    return None if _NEGATED_TAIL.match(tail) else tail


def _case(label: str, labels: tuple[str, ...]) -> str:
    return label if label in labels else next((x for x in labels if x.casefold() == label.casefold()), "")


_CJK_ORDINALS = "一二三四五六七八九十"
_EN_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# An option named by its position: "第二个选项", "第3项", "the second option", "option three" is not one.
_POSITION = re.compile(r"^\s*(?:(?:it|that|this)(?:'s|’s|\s+is)\s+|(?:应|应该|就)?(?:是|选)\s*)?(?:the\s+)?"
                       r"(?:第\s*(?P<zh>[一二三四五六七八九十]|\d{1,2})\s*(?:个)?\s*(?:选项|项|个)"
                       r"|(?P<en>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                       r"(?:option|choice|answer|one))\s*[.。!]?\s*$", re.IGNORECASE)


def _position(s: str, labels: tuple[str, ...]) -> list[str]:
    """The option in the position an answer names ("第二个选项" -> the second label), or []."""
    if not (m := _POSITION.match(s)):
        return []
    if m.group("zh"):
        zh = m.group("zh")
        index = int(zh) - 1 if zh.isdigit() else _CJK_ORDINALS.index(zh)
    else:
        index = _EN_ORDINALS.index(m.group("en").lower())
    return [labels[index]] if 0 <= index < len(labels) else []


def _ordinal(s: str, labels: tuple[str, ...]) -> list[str]:
    """A letter answer on Roman/Arabic-labelled options names the option in that position ("B" -> "II"); an
    option named by its position ("第二个选项", "the third option") names that option."""
    if by_position := _position(s, labels):
        return by_position
    if _system_of(labels) is LETTERS:
        return []
    m = _label_patterns(LETTERS[:len(labels)])["whole"].fullmatch(s)
    if m and m.group(1) not in ROMAN:
        return [labels[LETTERS.index(m.group(1).upper())]]
    return []


def chosen_together(said: str, statement: str, reference: str, question: str,
                    options: dict[str, str]) -> list[str] | None:
    """The options a multiple-select answer chooses ("A and C", "AC", 选 A 和 C), sorted; None when the question
    takes one option or the answer offers alternatives ("A or C")."""
    if len(answer_labels(reference, options)) < 2 and not _SELECT_MANY.search(question):
        return None
    if _ALTERNATIVE.search(said) or _ALTERNATIVE.search(statement):
        return None
    chosen = answer_labels(said, options)
    return sorted(chosen) if len(chosen) >= 2 else None


_SELECT_MANY = re.compile(r"select\s+all|all\s+that\s+apply|choose\s+all|more\s+than\s+one|多选|不定项|所有正确", re.I)
_ALTERNATIVE = re.compile(r"\bor\b|\beither\b|\bmaybe\b|\bpossibly\b|或|还是|可能|/", re.I)


def choice_equal(pred: str, reference: str, options: dict[str, str]) -> bool | None:
    """Whether `pred` names the option `reference` names (label, "(C)", "\\text{C}", "C. text", or the option's
    text). Naming several options, another option, or nothing recognisable is False; None when it mentions
    an option's label without choosing it ("B is wrong")."""
    ref = answer_labels(reference, options)
    got = answer_labels(pred, options)
    if ref and got:
        return set(ref) == set(got) and len(got) == len(ref)
    if ref and options and _LONE_LABEL.search(pred) and any(label in options for label in _LONE_LABEL.findall(pred)):
        return None  # "B is wrong": it names an option but chooses none; a judge reads the rest
    if ref and options:
        return None  # names no option the rules can read ("the fourth one", a paraphrase): a judge's call
    if ref:
        return False
    return bool(normalize_text(pred)) and normalize_text(pred) == normalize_text(reference)


# ---------------------------------------------------------------------------------------------
# detect_kind

_MATH_SIGNS = re.compile(r"[\d\\^=+*/<>(){}\[\]|_]|\bpi\b|[√π∞≤≥]")
_LATEX_COMMAND = re.compile(r"\\(?:begin|end)\s*\{[a-zA-Z*]*\}|\\[a-zA-Z]+")  # an environment's name is no word
_TEXT_UNIT = re.compile(r"\\(?:text|mathrm|mbox|textrm)\s*\{[^{}]*\}")
_WORD = re.compile(r"[A-Za-z]{3,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_UNIT_WORD = re.compile("|".join(map(re.escape, CJK_UNIT_NAMES)))
_CJK_UNITS = set("万亿千百十元角分个只米克吨度岁天年月日时秒次人倍份块张本条")
_ASKS_WHEN = re.compile(r"\b(?:what|which)\s+year\b|\bwhen\b|\bin\s+what\s+year\b|哪一?年|何年|什么时候|何时", re.I)
_SINGLE_LETTER = re.compile(r"\s*[(（]?\s*[A-J]\s*[)）]?\s*")
_MATH_CONNECTIVE = re.compile(r"(?<=[\w)\]}$])\s*(?:或|且|和|\bor\b|\band\b)\s*(?=[-\w(\[{$\\])")
_ASKS_CHOICE = re.compile(r"which\s+of\s+the\s+following|选择|下列|以下", re.I)


def looks_mathematical(reference: str) -> bool:
    """Digits, LaTeX, operators, intervals or sets, with at most one plain word (a unit) beside them."""
    s = fold_unicode(reference)
    if not _MATH_SIGNS.search(s):
        return False
    rest = _CJK_UNIT_WORD.sub(" ", _LATEX_COMMAND.sub(" ", _TEXT_UNIT.sub(" ", s)))
    rest = _MATH_CONNECTIVE.sub(" ", rest)  # "2或3", "x<1或x>3": a connective between math items is no word
    cjk = _CJK.findall(rest)
    if cjk and (len(cjk) > 2 or any(c not in _CJK_UNITS for c in cjk)):
        return False
    return len(_WORD.findall(rest)) <= 1


def detect_kind(question: str, reference: str) -> str:
    """One of KINDS, from the options the question lists and the shape of the reference."""
    options = parse_options(question)
    ref = reference.strip()
    if options and answer_labels(ref, options, strict=True):
        return MULTIPLE_CHOICE
    if not options and _SINGLE_LETTER.fullmatch(ref) and _ASKS_CHOICE.search(question):
        return MULTIPLE_CHOICE
    if is_label_reference(ref, question):
        return CLASSIFICATION
    if looks_like_date(ref):
        return SHORT_ANSWER
    if re.fullmatch(r"\s*\d{3,4}\s*年?\s*", ref) and _ASKS_WHEN.search(question):
        return SHORT_ANSWER
    return MATH if looks_mathematical(ref) else SHORT_ANSWER
