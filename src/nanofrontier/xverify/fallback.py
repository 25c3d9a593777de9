"""The answer of an output that commits to none by a marker: an option label stated plainly (multiple
choice), bold text, the last line, the last number; and the value a Chinese answer sentence states.

    fallback("... so 12 apples remain.", "math", None).answer       # "12 apples"
    math_value("共经过10.8小时")                                      # "10.8小时"
    before_checks("x = 3.\n\nVerification:\n2*3 = 6")                # "x = 3."

extract.py calls these when no marker commits, and for what follows the last commitment.
"""

from __future__ import annotations

import re

from nanofrontier.xverify.capture import REJECTED_ASIDE, tidy, without_closing_remarks, without_restatement
from nanofrontier.xverify.choice import MATH, MULTIPLE_CHOICE, answer_labels
from nanofrontier.xverify.extraction import HEDGED, NONE, OK, TRUNCATED, Extraction
from nanofrontier.xverify.final_values import value_run
from nanofrontier.xverify.normalize import fold_unicode, normalize_text
from nanofrontier.xverify.number_words import counted_numerals
from nanofrontier.xverify.numbers import compound_tail, parse_quantity, unit_after
from nanofrontier.xverify.short_forms import date_and_day_at_end, date_at_end
from nanofrontier.xverify.units import normalize_unit

TAIL_LINES = 5  # the bold/final-line fallbacks look only this far back
HEDGE = re.compile(r"^\s*either\b|\beither\s+(?:one\s+)?could\s+be\b|\btorn\s+between\b|\bgive\s+both\b|"
                   r"\btwo\s+(?:plausible|possible)\s+(?:values|answers)\b|"
                   r"\bif\s+you\s+read\s+it\s+(?:one|another|the\s+other)\s+way\b|"
                   r"\bor\s+(?:maybe|possibly|perhaps)\b|\bnot\s+(?:sure|certain)\b|"
                   r"\b(?:might|could|may)\s+also\s+be\b(?!\s+(?:written|expressed|stated|simplified|called|known))|"
                   r"\bboth\s+(?:seem|look|are|appear)\s+(?:plausible|possible)\b|"
                   r"\bcan(?:'t|not)\s+rule\s+(?:either|one)\s+out\b|无法排除(?:其中)?任何一个|"
                   r"\b(?:maybe|perhaps|possibly)\b.*\bor\b|\(\s*(?:or\s+)?(?:possibly|maybe|perhaps)\s|或者|也可能|不确定",
                   re.IGNORECASE)
_LETTER_PAIR = re.compile(r"\s*[(]?[A-J][)]?\s*(?:or|and|/|,|或|和)\s*[(]?[A-J][)]?\s*")
# "C (Michelangelo) the one", not "Option A (Queue): FIFO" (a list entry: the gloss before a colon or dash).
_GLOSSED_LABEL = re.compile(r"(?<![A-Za-z0-9])([A-Z])\s*[(（]([^()（）]{1,80})[)）](?!\s*(?:[:：]|[-—–]+\s))")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+")
_SHORT_OR = re.compile(r"\s+or\s+|或", re.IGNORECASE)
BOLD = re.compile(r"\*\*([^*\n]{1,120}?)\*\*")
_HEADING_BOLD = re.compile(r"(?:step|part|case|solution|explanation|analysis|reasoning)\b|:\s*$|"
                           r"^\s*(?:approach|method|attempt|way)\s+\d+\b|"  # "**Approach 2 — counting.**"
                           r"^\s*(?:verification|check(?:ing)?|summary|note|recap|conclusion)\W*$|"
                           r"^\s*(?:解析|分析|解答|思路|解题思路|总结|小结|过程|解题过程|详解)\W*$", re.IGNORECASE)
_CHECK_HEADING = re.compile(
    r"(?m)^[ \t#>*]*(?:(?:step|part)\s*\d+\s*[:.)-]?\s*)?"  # "## Step 3: Verify"
    r"(?:verification|verify(?:ing)?|check(?:ing)?|double[- ]check(?:ing)?|sanity\s+check|"
    r"let\s+me\s+(?:verify|check|double[- ]check)|let'?s\s+(?:verify|check)|summary(?:\s+of\s+steps)?|key\s+steps|"
    r"recap|here(?:'s|\s+is)\s+why|(?:the\s+)?reasoning\s+(?:behind\s+it|is\s+as\s+follows)|"
    r"原因如下|理由如下|验证|检验|检查)\b[^\n\d]{0,30}$", re.IGNORECASE)  # a heading line, not "Check: 3 + 4 = 7"
_BOLD_LABEL = re.compile(r"[-*>\s]*\*\*[^*\n]{1,40}?(?:\*\*\s*[:：]|[:：]\s*\*\*)\s*(?=\S)")
CHECK_LINE = re.compile(r"[#>*\s]*(?:[-•][ \t]+)?(?:check(?:ing)?|verification|verify|sanity\s+check|double[- ]check|"
                        r"note|remark|"
                         r"验证|检验|验算|检查|注意|注|备注)\s*\**\s*[:：]", re.IGNORECASE)
FILLER_LINE = re.compile(r"hope (?:this|it|that) helps|let me know|feel free|good luck|希望.*帮助|如有.*问题|"
                         r"(?:如果|若)(?:你|您)?还想.{0,12}(?:告诉我|问我)",
                          re.IGNORECASE)
_REFUSAL = re.compile(r"\b(?:I(?:\s+(?:cannot|can't|can not|am)|'m)\s+(?:(?:unable|not\s+able)\s+to\s+)?"
                      r"(?:answer|help|provide|determine|solve|compute|calculate)|"
                      r"I'?m sorry|I apologi[sz]e|as an AI|I don'?t know)\b|"
                      r"\brather\s+not\s+commit\b|\bnot\s+(?:commit|settle)\s+(?:to|on)\s+(?:a\s+single|one|any)\b|"
                      r"\b(?:won'?t|will\s+not)\s+commit\s+to\s+(?:a|an|the|any)\s+(?:final\s+)?(?:answer|value)\b|"
                      r"\bwithout\s+(?:committing\s+to|giving|settling\s+on)\s+(?:an?\s+|the\s+)?(?:final\s+)?answer\b|"
                      r"\b(?:can(?:'t|not)|(?:was|were)(?:n't|\s+not)\s+able\s+to|could(?:n't|\s+not))\s+"
                      r"(?:pin\s+down|settle\s+on)\s+(?:the|a)\s+(?:final\s+)?(?:value|answer)\b|"
                      r"无法(?:回答|解答|确定(?:最终)?(?:答案|结果))|抱歉|对不起", re.IGNORECASE)
# "the result x∈{-4, -6} satisfies every condition", "结果 -5<x<-4 满足题目的所有条件": the value the check is about
_RESULT_SATISFIES = re.compile(r"(?:\bthe\s+result|结果)\s*(?P<value>(?:\{[^{}]*\}|\([^()]*\)|\[[^\[\]]*[\])]|"
                               r"[^,，。;；{}()\[\]]){1,60}?)\s*(?:satisfies|满足)", re.IGNORECASE)
_GOT_AGAIN = re.compile(r"\W*(?:yes|right|ok(?:ay)?|good)?\W*(?:I|we)\s+(?:still\s+)?(?:get|got|obtain|arrive\s+at)\s+"
                        r"(?P<value>.+?)\s+(?:again|once\s+more)\W*$|\W*(?:没错|对)?[,，]?\s*再算一次仍(?:然)?是\s*(?P<zh>.+?)[。.]?$",
                        re.IGNORECASE)
_BARE_OPTION = re.compile(r"\s*(?:option|choice|选项)\s*\(?[A-Z]\)?\s*", re.IGNORECASE)
_OPTION_SAID = re.compile(r"\s*(?:option|choice|选项)\s*\(?[A-Z]\)?\s*(?:is\b|是|[:：])", re.IGNORECASE)
_NEGATED_ANSWER = re.compile(r"\banswer\s+(?:is|would\s+be|should\s+be)\s+not\b|答案不是|答案并非", re.IGNORECASE)
_INLINE_MATH = re.compile(r"\$([^$]+)\$|\\\((.+?)\\\)")
# A number; a mixed number or one in scientific notation is one number: "5 5/8", "9.033 × 10^23", not 5/8 or 23.
_NUMBER = re.compile(r"-?\d+[ \t]+\d+/\d+(?![\d.])|-?\d+(?:,\d{3})*(?:\.\d+)?"
                     r"(?:\s*/\s*\d+|\s*(?:×|\\times|x)\s*10\s*\^\s*(?:\{-?\d+\}|-?\d+))?")
# A final line that opens with its verdict and then explains it ("No, it refers to ...", "对，…").
_LEADING_VERDICT = re.compile(r"(yes|no|true|false|correct|incorrect|是的|不是|是|否|不对|对|错|正确|错误)\s*[,.!;:]",
                              re.IGNORECASE)
_PROSE_WORD = re.compile(r"(?<!\\)\b[A-Za-z]{3,}\b|[\u4e00-\u9fff]")
_LEAD_CONNECTIVE = re.compile(r"^(?:(?:so|thus|therefore|hence|in\s+conclusion|finally|overall)\b\s*,?\s*"
                              r"(?:(?:it|that)(?:'s|’s|\s+is)\s+(?=\S))?|"  # "So it's 212.": the pronoun too
                              r"(?:⇒|=>|∴)\s*|(?:that|this)\s+makes\s+it\s+|"  # "That makes it A."
                              r"(?:所以|因此|故|综上所述|综上|总之)\s*,\s*|"
                              r"(?:综合以上分析|综合来看|综上所述)?\s*,?\s*(?:本题|这道题|该题|所求)的?(?:最终)?(?:结果|答案)(?:为|是)\s*"
                              r")+", re.IGNORECASE)  # "综合以上分析，本题的结果为 水星"
# A line that concludes ("Hence, 108 km/h.", "⇒ 11i + 3", "In summary, ...", 所以……): after a check section it
# restates the answer rather than checking it.
_CONCLUDING = re.compile(r"[\s*#>]*(?:(?:so|thus|therefore|hence|in\s+(?:summary|conclusion|short)|to\s+conclude|"
                         r"overall|finally|final\s+answer|answer)\b|⇒|=>|→|∴|所以|因此|综上|总之|故|答)", re.IGNORECASE)
# A lesson drawn from the question after the answer: "This is a good example of why the wording matters."
_LESSON = re.compile(r"(?:this|that|it)\s+is\s+a\s+(?:good|classic|nice|typical|great)\s+example\s+of\b|"
                     r"the\s+key\s+(?:here|to\s+(?:this|such)\s+(?:question|problem)s?)\s+is\b|"
                     r"(?:这|此)(?:道|类)?题的关键|(?:这|此)(?:道|类)?题(?:主要)?考(?:查|察)的?是", re.IGNORECASE)
_ASIDE_LINE = re.compile(r"\((?:[^()]|\([^()]*\))+\)[.。]?|（[^（）]+）[.。]?")
_UNIT_POWER = re.compile(r"(?<=[A-Za-zµμ])\s*(?:\^\s*\{?-?[1-3]\}?|[²³¹])")
_LEAD_ARROW = re.compile(r"^\s*(?:⇒|=>|∴|\\Rightarrow|\\therefore)\s*")
# A remark after the concluding line ("Note that 48% would be the result of a slip ...", 注意……).
_REMARK = re.compile(r"[\s*>]*(?:note\s+that|notice\s+that|remark|注意|提示)\b", re.IGNORECASE)
# "<value> is what <the problem restated> comes out to": the value is the subject.
_IS_WHAT = re.compile(r"^(?:(?:so|thus|therefore|hence|in\s+(?:summary|conclusion|short)|overall|finally)\b\s*,?\s*)?"
                      r"(?P<value>[^;:]{1,60}?)\s+is\s+what\b", re.IGNORECASE)
MAX_CONCLUSION = 200  # characters: a longer closing line is prose, not a restated answer
_LABEL_VALUE = re.compile(r"^[^\d:=$\\]{1,40}?:\s*(?=\S)")  # "Total revenue: $7,425,000" -> the value
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CN_FRACTION = re.compile(r"[零一二两三四五六七八九十百]+分之[零一二两三四五六七八九十百]+")
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s*[Mm]\b\.?|"
                         r"\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b)?")
_SCALE_WORD = re.compile(r"\s*(thousand|million|billion|trillion|万亿|千万|百万|万|亿)(?![a-z])", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^()]*\)|（[^（）]*）")
_PI_FACTOR = re.compile(r"\s*(?:π|\\pi\b)")
_CJK_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：,，]?\s*([^\u4e00-\u9fff]*[=<>][^\u4e00-\u9fff]*)")
_VALUE_AFTER_VERB = re.compile(r"(?:为|是|等于|约|有)\s*([^为是有]+)$")
_UNIT_TAIL = re.compile(r"\s*(?:%|[\u4e00-\u9fff]{1,4})?$")
_HALF_DAY = re.compile(r"(?:上午|凌晨|早上|下午|晚上|中午)\s*$")  # "下午3点": the half of the day stays with the hour
_NO_SOLUTION = re.compile(r"\bno\s+(?:real\s+|integer\s+)?(?:solutions?|roots?)\b|无解|\bempty\s+set\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# A value restated after "that is" / "i.e." / "namely", up to a semicolon or the end of its sentence.
_THAT_IS = re.compile(r"\b(?:that\s+is|i\.e\.|namely)\s*[:,]?\s*(?P<value>[^;:\n]{1,80}?)\s*(?:;|\.\s|\.?$)",
                      re.IGNORECASE)
_NON_CJK_RUN = re.compile(r"[^\u4e00-\u9fff，。,；;：:、]+")
_NUM_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
             r"thousand|million|billion|dozen)")
_NUMBER_WORDS = re.compile(rf"\b{_NUM_WORD}(?:(?:[\s-]+|\s+and\s+){_NUM_WORD})*\b", re.IGNORECASE)


def _tail_lines(text: str) -> list[str]:
    text = before_checks(text)
    lines = [ln.strip() for ln in text[-4000:].split("\n") if ln.strip()]
    lines = [ln for ln in lines if not FILLER_LINE.search(ln) and not _RULE_LINE.fullmatch(ln)]  # "---": a rule
    while len(lines) > 1 and (CHECK_LINE.match(lines[-1]) or (_REMARK.match(lines[-1]) and _concludes(lines[-2]))
                              or _aside(lines[-1]) or _LESSON.match(lines[-1])
                              or not without_restatement(lines[-1]).strip()):
        lines.pop()  # "检验：12÷4=3，正确。", "Check: 10 + 2 = 12 ✓", a remark after "Hence, 60%.", a line in
        # brackets after the answer ("(Current total 341, target 430.)"), a lesson drawn from the question, the
        # answer restated ("(Equivalently, 126 ways.)"): not the answer
    return lines[-TAIL_LINES:]


def before_checks(text: str) -> str:
    """The text before a trailing check or recap section ("Verification:", "## Double-check", "Summary of
    steps", 验证：) that follows the answer: its last line is a check, not the answer."""
    heads = list(_CHECK_HEADING.finditer(text, max(0, len(text) - 4000)))
    if heads and _concludes(text) and not _concludes(text[:heads[-1].start()]):
        return text  # "Hence, 108 km/h." after the check section, none before it: the answer, after the check
    for head in reversed(heads):
        before = text[:head.start()].rstrip()
        if before and _DIGIT.search(before[-300:]):
            return before
    return text


def _concludes(text: str) -> bool:
    """The text's last line concludes with a value ("Hence, 108 km/h.", "⇒ 11i + 3")."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    return len(last) <= MAX_CONCLUSION and bool(_CONCLUDING.match(last)) and bool(_DIGIT.search(last))


def glossed_label(line: str, options: dict[str, str]) -> list[str]:
    """The one option a prose line names by its label with its own text in brackets, not as a list entry:
    "That makes C (Michelangelo) the one that fits", "所以 B（木星）正确". [] for none or several."""
    named = {m.group(1) for m in _GLOSSED_LABEL.finditer(fold_unicode(line).replace("**", ""))
             if m.group(1) in options and normalize_text(m.group(2)) == normalize_text(options[m.group(1)])}
    return list(named) if len(named) == 1 else []


def _line_labels(line: str, options: dict[str, str] | None) -> list[str]:
    return answer_labels(tidy(_LEAD_CONNECTIVE.sub("", _CJK_SO.sub("", line.replace("**", "")))), options, strict=True)


def fallback(text: str, kind: str | None, options: dict[str, str] | None, *, counts: bool = True) -> Extraction:
    """No marker: an option label stated plainly (MC), then bold text, the last line, the last number."""
    lines = _tail_lines(text)
    if not lines:
        return Extraction(answer=None, status=NONE, source="none")
    if kind == MULTIPLE_CHOICE and _REFUSAL.search(lines[-1]):
        return Extraction(answer=None, status=NONE, source="none")  # "I would rather not commit to a single choice"
    if kind == MULTIPLE_CHOICE and len(lines) >= 2 and _BARE_OPTION.fullmatch(lines[-1]) \
            and _OPTION_SAID.match(lines[-2]):  # "Option C is Kidney.\nOption D": a list of the options, cut off
        return Extraction(answer=None, status=TRUNCATED, source="cut_off")
    if kind == MULTIPLE_CHOICE:
        opening = _opening_labels(text, options)  # "C or A\n\n<reasoning>": an answer given first
        closing = _line_labels(lines[-1], options)
        if 2 <= len(closing) < len(options or {}):  # "B 或 A" closing the output: two answers offered, whatever
            return Extraction(answer=", ".join(closing), status=HEDGED, source="option_label")  # was eliminated
        if (kept := _one_left(text, options)) is not None:  # "- (B) Two: this fits" among three eliminated
            labels = list(dict.fromkeys(opening + [kept]))
            return Extraction(answer=", ".join(labels), status=HEDGED if len(labels) > 1 else OK,
                              source="elimination")
        if opening:
            return Extraction(answer=", ".join(opening), status=HEDGED if len(opening) > 1 else OK,
                              source="first_line")
        for line in reversed(lines[-3:]):
            labels = _line_labels(line, options)
            if len(labels) >= 3 and len(labels) == len(options or {}):
                continue  # "Option A (Queue): FIFO. Option B (Stack): LIFO. ...": a survey of every option
            labels = labels or glossed_label(line, options or {})
            if labels:
                status = HEDGED if len(labels) > 1 else OK
                return Extraction(answer=", ".join(labels), status=status, source="option_label")
    if kind == "short_answer" and (first := _stated_first(text)):  # "transpiration.\n\nTranspiration happens …"
        return Extraction(answer=first, status=OK, source="first_line")
    bolds = [b.group(1) for i, ln in enumerate(lines) for b in BOLD.finditer(ln)
             if not _HEADING_BOLD.search(b.group(1)) and not _run_in_heading(ln, b)
             and not (ln.startswith("|") and i < len(lines) - 1)  # a table's inner rows; its last row may total
             and not _section_heading(ln, b, lines[i + 1:i + 2])]
    if bolds:
        return _finish(_LABEL_VALUE.sub("", tidy(bolds[-1])), "bold", kind, options)
    if label := _BOLD_LABEL.match(lines[-1]):  # "**Result**: n = 7", "**Total:** 12 km": the value after the label
        return _finish(_LEAD_CONNECTIVE.sub("", tidy(lines[-1][label.end():])), "bold", kind, options)
    if kind == MATH and _REFUSAL.search(lines[-1]):  # "... I'll stop here without committing to an answer."
        return Extraction(answer=None, status=NONE, source="none")
    while kind == MATH and len(lines) > 1 and _valueless(lines[-1]) and _DIGIT.search(lines[-2]):
        lines.pop()  # "I can also show a quicker way to set this up.": a remark after the line with the value
    line = _POINTING_BACK.sub("", lines[-1].replace("**", ""))
    line = without_closing_remarks(line)
    if again := _GOT_AGAIN.match(line):
        line = again.group("value") or again.group("zh")  # "Yes, I get [[-10, 4], [6, -8]] again."
    # "…, which matches the check", "… (equivalently, 116 yards)": the value said again, or confirmed
    if _REFUSAL.search(line) or _NEGATED_ANSWER.search(line):
        return Extraction(answer=None, status=NONE, source="none")
    if kind == "classification" and (verdict := _LEADING_VERDICT.match(line)):  # "不是，"她"指的是女儿。"
        return Extraction(answer=verdict.group(1), status=OK, source="final_line")
    if kind == MATH:
        ext = _math_fallback(text, line, counts=counts)
        hedged = ext.answer is not None and HEDGE.search(line)  # "It could be 350, but it might also be 410."
        return Extraction(answer=ext.answer, status=HEDGED, source=ext.source) if hedged else ext
    line = _LABEL_VALUE.sub("", line) if kind in ("short_answer", "classification") else line  # "Date: 15/04/1912"
    return _finish(_LEAD_CONNECTIVE.sub("", tidy(line)), "final_line", kind, options)


# ", and that is what I'll commit to": a clause that points back at the value the line just gave, no value itself.
_POINTING_BACK = re.compile(r"[,;]?\s*(?:and\s+)?(?:that|this|which)(?:'s|\s+is|\s+was)?\s+(?:what|the\s+(?:one|answer|"
                            r"value))\s+(?:I|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:commit\s+to|go\s+with|answer|choose|"
                            r"pick|give|stand\s+by|stick\s+with|report)\s*[.!]?\s*$", re.IGNORECASE)
# An option judged on its own line: "- (A) O(n): does not fit; eliminate.", "- 选项B（西汉）：符合题意，是正确的。"
_OPTION_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*(?:\*\*)?(?:(?:option|选项)[ \t]*[(（]?([A-J])[)）]?|"
                          r"[(（]([A-J])[)）]|([A-J])[.)：:、])(?![A-Za-z])(.*)$", re.IGNORECASE)
_RULED_OUT = re.compile(r"\b(?:does\s+not|doesn'?t|do\s+not|cannot)\s+(?:fit|apply|match|work)|\beliminat|"
                        r"\bruled?\s+out\b|"
                        r"\b(?:incorrect|wrong|false)\b|\bnot\s+(?:correct|right|true|the\s+answer)\b|"
                        r"排除|不符|错误|不正确|不对|不是", re.IGNORECASE)
_FITS = re.compile(r"\b(?:fits|matches|correct|right|true)\b|符合|正确|是对的", re.IGNORECASE)
_RULE_LINE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*")
_CJK_SO = re.compile(r"^\s*(?:所以|因此|故|综上所述|综上)\s*[,，:：]?\s*")


def _opening_labels(text: str, options: dict[str, str] | None) -> list[str]:
    """The option labels a short first line states on its own ("C or A", "**B**"), before any reasoning."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or len(first) > 40 or "\n" not in text.strip():
        return []
    return answer_labels(tidy(first.replace("**", "")), options, strict=True)


def _stated_first(text: str) -> str | None:
    """A short first line on its own whose words open a later sentence or paragraph of the explanation that
    follows ("Titan (Saturn VI).\n\nTitan is the only moon …", "北京。\n\n北京是…"): the answer given first,
    its bracketed gloss left out. None for a first line that asks, labels or runs longer than a short name."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip().replace("**", "")
    core = re.sub(r"\s*[(（][^()（）]*[)）]", "", first).strip(" .。!！")
    if not rest.strip() or not core or len(core) > 40 or len(core.split()) > 4 or re.search(r"[:：?？]", first):
        return None
    opens = re.compile(r"(?:^|[.。!?！？]\s*|\n\s*)" + re.escape(core), re.IGNORECASE)
    return core if opens.search(rest) else None


def _one_left(text: str, options: dict[str, str] | None) -> str | None:
    """The one option a list of verdicts on every option keeps ("- (A) ...: eliminate." ... "- (C) ...: this
    fits the question."), when it is judged to fit; None for any other list, or when the list is not the last
    block of option lines."""
    if not options or len(options) < 2:
        return None
    judged: dict[str, str] = {}
    for m in _OPTION_LINE.finditer(text[-3000:]):
        label = (m.group(1) or m.group(2) or m.group(3)).upper()
        if label in options and m.group(4).strip():
            judged[label] = m.group(4)
    if set(judged) != set(options):
        return None
    kept = [label for label, said in judged.items() if not _RULED_OUT.search(said)]
    return kept[0] if len(kept) == 1 and _FITS.search(judged[kept[0]]) else None


def _section_heading(line: str, bold: re.Match, following: list[str]) -> bool:
    """"**Relevant figures from the passage**" over a list or a table: the title of what follows."""
    return bold.group() == line and bool(following) and following[0][:1] in "-*|•" and not _DIGIT.search(line)


def _run_in_heading(line: str, bold: re.Match) -> bool:
    """"**Combine.** Both conditions must hold, ...": a bold label that opens a paragraph, not an answer."""
    rest = line[bold.end():]
    lead = BOLD.sub("", line[:bold.start()])  # "- **Side note.** ...", "**Step 8.** **Side note.** ..."
    opens = not lead.strip(" \t-*•>#0123456789.)")
    return opens and (bold.group(1).rstrip()[-1:] in ".:：" or rest.lstrip()[:1] in (":", "：")) \
        and bool(rest.strip(" :：")) and not _DIGIT.search(bold.group(1))  # "**Result**: 7" labels the value too


def _finish(answer: str, source: str, kind: str | None, options: dict[str, str] | None) -> Extraction:
    if not answer:
        return Extraction(answer=None, status=NONE, source="none")
    if kind == MULTIPLE_CHOICE and (labels := answer_labels(answer, options, strict=source != "bold")):
        return Extraction(answer=", ".join(labels), status=HEDGED if len(labels) > 1 else OK, source=source)
    if kind == MATH:
        answer = math_value(answer)
    status = HEDGED if is_hedged(answer, kind) else OK
    return Extraction(answer=answer, status=status, source=source)


def _math_fallback(text: str, line: str, *, counts: bool = True) -> Extraction:
    """The last line's value: its last inline formula, what follows its last `=`, the line itself when it
    is a formula, else its last number, else the text's last number."""
    line = REJECTED_ASIDE.sub("", _LEAD_ARROW.sub("", line))  # "⇒ 11i + 3"; "16 (the root -1 is rejected)"
    if (lead := _CJK_SO.match(line)) and line[lead.end():].strip():
        line = line[lead.end():]  # "综上所述，x² + 6x + 5。": the value after the connective
    if (checked := _RESULT_SATISFIES.search(line)) and _DIGIT.search(checked.group("value")):
        return Extraction(answer=tidy(checked.group("value")), status=OK, source="final_line")  # "the result
        # x∈{-4, -6} satisfies every condition": the value the check is about
    if (subject := _IS_WHAT.match(line)) and (run := value_run(subject.group("value"), min_items=1)):
        return Extraction(answer=run, status=OK, source="final_line")  # "In summary, 253 is what ... comes to."
    if counts and _CJK.search(line) and not _DIGIT.search(line):
        line = counted_numerals(line)  # "所以需要五个小时": the count in digits (not in a recap after the answer)
    if date := date_and_day_at_end(line) or date_at_end(line):  # "So, to restate: November 8, 2027.": a date
        return Extraction(answer=date, status=OK, source="final_line")
    if run := value_run(line):  # "So the roots are -1, 7 and 4", "x < -8 或 x > 7": one answer
        return Extraction(answer=_unbraced(run), status=OK, source="final_line")
    if run := value_run(line, min_items=1):  # "Therefore, the result is \\dfrac{23}{9}.", "Final: 3x - y - 1 = 0"
        return Extraction(answer=_unbraced(run), status=OK, source="final_line")
    if (said := _THAT_IS.search(line)) and (run := value_run(said.group("value"), min_items=1)):
        return Extraction(answer=run, status=OK, source="final_line")  # "Rounded, that is 3x - y + 4 = 0; ..."
    formulas = [a or b for a, b in _INLINE_MATH.findall(line)]
    after = line[line.rfind("$") + 1:] if formulas else ""
    if "=" in after and _NUMBER.search(after.rsplit("=", 1)[1]):  # "So $AB$ = [[-2,-10],[-1,0]]."
        formulas = []
    if formulas:
        return Extraction(answer=tidy(formulas[-1]), status=OK, source="final_line")
    rhs = line.rsplit("=", 1)[1] if "=" in line else ""
    if _NUMBER.search(rhs) and (len(rhs.split()) <= 3 or not _PROSE_WORD.search(rhs)):  # "AB = [[4, 6], [1, 0]]"
        return Extraction(answer=tidy(rhs), status=OK, source="final_line")
    if len(_PROSE_WORD.findall(line)) <= 1:  # "So 12.": the connective is no part of the value
        return Extraction(answer=tidy(_LEAD_CONNECTIVE.sub("", line)) or tidy(line), status=OK, source="final_line")
    if none := _NO_SOLUTION.search(line):  # "so there is no real solution": the empty set, not a stray number
        return Extraction(answer=none.group(), status=OK, source="final_line")
    words = [w for w in _NUMBER_WORDS.findall(line) if w.lower() != "one"]  # "the one" is a pronoun
    if words and not _DIGIT.search(line):  # "He needs eight weeks.": the number the line states
        return Extraction(answer=words[-1], status=OK, source="final_line")
    if mixed := compound_tail(line):  # "She should receive 31 dollars and 28 cents.": one amount, in two units
        return Extraction(answer=mixed, status=OK, source="final_line")
    clocks = list(_CLOCK_TIME.finditer(line))
    if clocks and clocks[-1].end() >= len(line.rstrip(" .。")) - 1:  # "...they next coincide at 2:00 PM."
        return Extraction(answer=clocks[-1].group(), status=OK, source="final_line")
    for where in (line, text):
        aside = _PARENTHESES.sub(lambda m: " " * len(m.group()), where)  # "1.875 ft (that's 1 ft 10.5 in)"
        aside = _UNIT_POWER.sub(lambda m: " " * len(m.group()), aside)  # "162 cm²", "254.5 m^2": no number 2
        numbers = list(_NUMBER.finditer(aside)) or list(_NUMBER.finditer(where))
        if numbers:
            return Extraction(answer=_with_unit(where, numbers[-1]), status=OK, source="last_number")
    return Extraction(answer=None, status=NONE, source="none")


def _aside(line: str) -> bool:
    """A line of prose in brackets ("(Not to be confused with ...)"), not a bracketed value ("(B)", "(3, 4)")."""
    return bool(_ASIDE_LINE.fullmatch(line)) and len(_PROSE_WORD.findall(line)) >= 3


def _valueless(line: str) -> bool:
    """A finished sentence of prose (four words or more) with no value a math answer could be: no digit, number
    word, formula or "no solution". Not a line cut off ("we get ...", "Let me doubl") nor a short one ("Wed")."""
    return bool(_FINISHED.search(line)) and len(_PROSE_WORD.findall(line)) >= 4 and not (
        _DIGIT.search(line) or _NUMBER_WORDS.search(line) or _NO_SOLUTION.search(line)
        or re.search(r"[$=\\<>≤≥^]|[零一二两三四五六七八九十百千万亿]", line))


_FINISHED = re.compile(r"(?<![.…])[.!?。！？]\s*$")


def _unbraced(run: str) -> str:
    """A run read out of set-builder form ("{x : -4 < x < 8}" gives "-4 < x < 8}") without the brace that
    closed the set: the condition is the answer."""
    return run[:-1].rstrip() if run.endswith("}") and run.count("}") > run.count("{") else run


def _with_unit(text: str, number: re.Match) -> str:
    """The number and the unit written right after it ("after 1 hour" -> "1 hour", 260000米): a unit that
    differs from the one asked decides the answer, so it must not be dropped."""
    value = re.sub(r"(?<!\d)\s+|\s+(?!\d+/)", "", number.group())  # "5 5/8" keeps its space: a mixed number
    end = number.end()
    if scale := _SCALE_WORD.match(text, end):  # "3.7 billion people": the scale is part of the number
        value, end = value + " " + scale.group(1), scale.end()
    elif pi := _PI_FACTOR.match(text, end):  # "9π square units": π is a factor of the value, not a unit
        value, end = value + "\\pi", pi.end()
    unit = unit_after(text[end:])
    if unit and (power := _UNIT_POWER.match(text, text.find(unit, end) + len(unit))):
        unit += power.group().strip()  # "162 cm²": the unit's power is part of it
    return f"{value} {unit}" if unit else value


_FORMULA_ONLY = re.compile(r"[^\u4e00-\u9fff]*\\[a-zA-Z]+[^\u4e00-\u9fff]*")
_FORMULA_CJK_UNIT = re.compile(r"([^\u4e00-\u9fff]*[\d}]\s*|[^\u4e00-\u9fff]*\\pi\s*)([\u4e00-\u9fff]{1,6})")


_CONSTANT_GLOSS = re.compile(r"\s*[(（]\s*[A-Za-z]\w?\s*(?:为|是)\s*(?:任意)?(?:实)?常数\s*[)）]\s*$")


def math_value(answer: str) -> str:
    """The value a Chinese sentence states ("共经过10.8小时" -> "10.8小时", "概率为0.28" -> "0.28"): what follows
    its last 为/是/有 when that is a value, else its only number or formula and unit. Counts in Chinese
    numerals are read first ("一共需要种九十棵" -> "90棵"). Formulas ("x>3或x<1") are kept."""
    if parse_quantity(answer) is not None:  # 2又四分之一, 四分之三: a number as it stands
        return answer
    answer = _CONSTANT_GLOSS.sub("", answer)  # "x^7 + C（C为常数）": the constant named, no part of the value
    if (tail := _FORMULA_CJK_UNIT.fullmatch(answer)) and (unit := normalize_unit(tail.group(2))):
        return f"{tail.group(1).strip()} {unit}"  # "12\\pi 立方厘米": a formula and a unit named in Chinese
    if lead := _CJK_LEAD.fullmatch(answer):  # "解得 x=-7, y=2": the formula after a short Chinese lead
        return lead.group(1)
    if len(_CJK.findall(answer)) < 3:
        return answer
    if not _DIGIT.search(answer) and (after := _VALUE_AFTER_VERB.search(answer)) \
            and _FORMULA_ONLY.fullmatch(after.group(1).strip()):
        return after.group(1).strip()  # "最小正周期为 \\pi": a formula with no digit after 为
    if not _DIGIT.search(answer):
        answer = counted_numerals(answer)
    if not _DIGIT.search(answer) or _SHORT_OR.search(answer):
        return answer  # not a sentence with a value, or two values ("77平方厘米或63平方厘米" is a hedge)
    after = _VALUE_AFTER_VERB.search(answer)
    if after and _DIGIT.search(after.group(1)) and len(_CJK.findall(after.group(1))) <= 4 \
            and not _DIGIT.search(answer, 0, after.start()):  # "鸡有12只,兔有21只" states two values
        return after.group(1).strip()
    if _CN_FRACTION.search(answer):
        return answer  # "合作2小时完成了六分之五": a fraction in Chinese numerals is a value too (verify picks one)
    numbers = list(_NUMBER.finditer(answer))
    formulas = [m for m in _NON_CJK_RUN.finditer(answer) if _DIGIT.search(m.group())]
    if len(numbers) > 1 and len(formulas) == 1 and "\\" in formulas[0].group():  # "需要 \\frac{56}{15} 天完成"
        unit = unit_after(answer[formulas[0].end():])
        return f"{formulas[0].group().strip()} {unit}" if unit else formulas[0].group().strip()
    if len(numbers) != 1:
        return answer
    last = numbers[0]
    unit = _UNIT_TAIL.match(answer, last.end())
    start = last.start() - (len(half.group()) if (half := _HALF_DAY.search(answer, 0, last.start())) else 0)
    return answer[start:unit.end()].strip() if unit and unit.end() == len(answer) else answer[start:last.end()]


def is_hedged(answer: str, kind: str | None) -> bool:
    if HEDGE.search(answer):
        return True
    if kind is None and _LETTER_PAIR.fullmatch(answer):
        return True
    if kind in ("short_answer", "classification"):
        if _two_short_alternatives(answer):
            return True
        last = _CLAUSE_SPLIT.split(answer)[-1].strip()  # "..., so Kenya or Tanzania": a concluding clause
        clause = _LEAD_CONNECTIVE.sub("", last)
        return clause != last and _two_short_alternatives(clause)
    return False


def _two_short_alternatives(answer: str) -> bool:
    parts = [p for p in _SHORT_OR.split(answer) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts)
