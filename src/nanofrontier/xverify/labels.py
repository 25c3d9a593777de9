"""Classification labels: yes/no, sentiment, NLI and topic labels in English and Chinese, with synonyms,
labels stated inside a sentence, and negation.

    label_equal("The sentiment is positive.", "正面", question)   # True
    label_equal("not positive", "negative", "positive or negative?")  # True (binary set, negated other)
    label_equal("Yse", "yes", q)                                  # True (a typo found in VAR's label ranges)
    label_equal("It depends.", "yes", q)                          # None: undecidable

Labels are compared by canonical name (`yes`, `no`, `positive`, ...). Labels not in the table (e.g.
"odd or even") become their own canonical names when the question names them in an "X, Y or Z" list.
"""

from __future__ import annotations

import re

from nanofrontier.xverify.normalize import normalize_text

_SYNONYMS = {
    "yes": ("yes", "y", "true", "correct", "right", "yse", "是", "对", "正确", "是的", "对的", "成立", "符合", "能",
            "可以"),
    "no": ("no", "n", "false", "incorrect", "wrong", "否", "不是", "错", "错误", "不对", "不正确", "不成立", "不符合",
           "不能", "不可以"),
    "positive": ("positive", "pos", "favorable", "favourable", "正面", "积极", "正向", "好评", "褒义", "正面情感",
                 "积极情感"),
    "negative": ("negative", "neg", "unfavorable", "unfavourable", "负面", "消极", "负向", "差评", "贬义", "负面情感",
                 "消极情感"),
    "neutral": ("neutral", "中性", "中立"),
    "entailment": ("entailment", "entails", "entailed", "entail", "蕴含", "蕴涵"),
    "contradiction": ("contradiction", "contradicts", "contradictory", "contradict", "contradicted", "矛盾"),
    "world": ("world", "世界", "国际"),
    "sports": ("sports", "sport", "体育"),
    "business": ("business", "商业", "财经"),
    "acidic": ("acidic", "酸性"),  # a solution's pH class
    "basic": ("basic", "alkaline", "碱性"),
    "sci/tech": ("sci tech", "scitech", "science technology", "science and technology", "technology", "科技"),
}
CANONICAL = {normalize_text(s): label for label, syns in _SYNONYMS.items() for s in syns}
_ALWAYS_LABELS = {"yes", "no", "positive", "negative", "neutral", "entailment", "contradiction"}
_BINARY = ({"yes", "no"}, {"positive", "negative"})
# In a Chinese sentence 是/对 are mostly the copula and "right", so sentence scanning uses only these.
_CJK_SENTENCE_WORDS = {"正确": "yes", "是的": "yes", "成立": "yes", "符合": "yes", "错误": "no", "不对": "no",
                       "否": "no", "正面": "positive", "积极": "positive", "好评": "positive", "褒义": "positive",
                       "负面": "negative", "消极": "negative", "差评": "negative", "贬义": "negative",
                       "中性": "neutral",
                       "中立": "neutral", "蕴含": "entailment", "蕴涵": "entailment", "矛盾": "contradiction",
                       "能推出": "entailment", "可以推出": "entailment", "无法判断": "neutral", "无法确定": "neutral"}
_CJK_SENTENCE_ORDER = sorted(_CJK_SENTENCE_WORDS.items(), key=lambda kv: -len(kv[0]))
_CJK_NEGATION = re.compile(r"[不非没]$|并非$|不是$")
_EN_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|isn t|isnt|aren t|arent|doesn t|cannot|non)\s+(?:\w+\s+)?$")
_ABOUT_ANSWER = re.compile(r"\b(?:correct|right|true|best|final)\s+(?:answer|option|choice|label|response)\b")
_OR_ITEM = re.compile(r"\s+or\s+[\"'“‘]?([\w/-]+)", re.IGNORECASE)
# matched in a bounded window before " or " (items may be quoted: '"spam" or "ham"')
_ITEMS_BEFORE_OR = re.compile(r"((?:[\"'“‘]?[\w/-]+[\"'”’]?,\s*)*[\"'“‘]?[\w/-]+)[\"'”’]?,?$")
_TABLE_WORDS = [(word, label) for word, label in CANONICAL.items() if label not in ("yes", "no") and len(word) > 2]
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEAD_CLAUSE = re.compile(r"[^,，.。!！;；:：]*")


def named_labels(question: str) -> set[str]:
    """Canonical labels the question offers: table labels it mentions, plus the items of "X, Y or Z" lists."""
    q = normalize_text(question)
    padded = f" {q} "
    found = {label for word, label in _TABLE_WORDS if (f" {word} " in padded if word.isascii() else word in q)}
    for m in _OR_ITEM.finditer(question):
        left = _ITEMS_BEFORE_OR.search(question, max(0, m.start() - 120), m.start())
        items = ([x.strip(" \"'“”‘’") for x in left.group(1).split(",")] if left else []) + [m.group(1)]
        found.update(CANONICAL.get(normalize_text(x), normalize_text(x)) for x in items if x.strip())
    if m := _ONE_OF.search(question):  # "Answer with one of: entailment, not_entailment."
        items = [x.strip(" \"'“”‘’") for x in re.split(r"\s*(?:,|\bor\b)\s*", m.group(1))]
        found.update(CANONICAL.get(normalize_text(x), normalize_text(x)) for x in items if x)
    return found - _NOT_LABELS  # "contradict it, or neither?": words of the question's sentence, not labels


_NOT_LABELS = frozenset({"it", "this", "that", "them", "neither", "either", "both", "not", "something"})
_ONE_OF = re.compile(r"\b(?:one\s+of|from|among)\s*[:：]\s*([\w\s,/\"'“”‘’-]{3,120}?)\s*(?:[.?;\n]|$)", re.IGNORECASE)


def canonical_label(text: str) -> str | None:
    """The canonical label when the whole text is one ("Positive." -> "positive", "是" -> "yes")."""
    norm = normalize_text(text)
    return CANONICAL.get(norm) or CANONICAL.get(_CJK_KIND_SUFFIX.sub("", norm) or norm)  # 体育类新闻 is 体育


_CJK_KIND_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])(?:类的?新闻|类|新闻|情感|倾向)$")


def is_label_reference(reference: str, question: str) -> bool:
    label = canonical_label(reference)
    if label in _ALWAYS_LABELS:
        return True
    norm = normalize_text(reference)
    return bool(norm) and (label or norm) in named_labels(question)


def _words_for(labels: set[str]) -> list[tuple[str, str]]:
    """(word, label) pairs to look for: the table's synonyms, and each label the question names itself ("spam")."""
    return list(CANONICAL.items()) + [(label, label) for label in labels if label not in CANONICAL]


def _mentions(pred: str, in_play: set[str]) -> tuple[set[str], set[str]]:
    """(labels stated, labels negated) in a sentence, among the labels in play."""
    stated, negated = set(), set()
    if _CJK.search(pred):
        text = pred.replace("是否", "\0\0")  # "whether": neither yes nor no; same length keeps offsets
        for word, label in _CJK_SENTENCE_ORDER:
            for m in re.finditer(re.escape(word), text):
                flip = _CJK_NEGATION.search(pred, max(0, m.start() - 2), m.start()) is not None
                if label in ("yes", "no") and flip:
                    stated.add("no" if label == "yes" else "yes")
                else:
                    (negated if flip else stated).add(label)
        latin = _CJK.sub(" ", pred)  # "neutral 应该没有问题": an English label in a Chinese sentence
        more, less = _mentions(latin, in_play) if latin.strip() and latin.isascii() else (set(), set())
        return (stated | more) & in_play, (negated | less) & in_play
    norm = _ABOUT_ANSWER.sub(" ", normalize_text(pred))
    for word, label in _words_for(in_play):
        if label not in in_play or not word.isascii() or len(word) < 2 or word not in norm:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", norm):
            if word == "no" and _HAVING.search(norm, max(0, m.start() - 16), m.start()) \
                    and _DETERMINER_NO.match(norm, m.end()):
                continue  # "143 has no divisors other than 1": a determiner, no answer to a yes/no question
            (negated if _EN_NEGATION.search(norm, max(0, m.start() - 24), m.start()) else stated).add(label)
    return stated, negated


_HAVING = re.compile(r"\b(?:has|have|had|is|are|was|were|with|leaves|gives|finds)\s+$")  # "has no divisors"
_DETERMINER_NO = re.compile(r"\s+(?!(?:it|this|that|they|he|she|i|we|you|the|a|an|not|because|since|so|but)\b)"
                            r"[a-z]")
_PREDICATE = r"\b(?:is|was|are|be|as|seems|appears)\s+(?:(?:overall|clearly|mostly|mainly|predominantly|ultimately|" \
             r"definitely|actually|really)\s+)?"


def _predicated(pred: str, labels: set[str]) -> set[str]:
    """The labels a sentence predicates ("the sentiment is negative", "classify it as negative"), leaving out
    those that only modify a noun ("a positive note", "positive-sounding words"). A predicated label joined to
    more by and/or ("the labels are business and world", "is positive and the end is ...") makes it none."""
    norm = _ABOUT_ANSWER.sub(" ", normalize_text(pred))
    found = set()
    for word, label in _words_for(labels):
        if label not in labels or not word.isascii() or len(word) <= 2:
            continue
        for m in re.finditer(_PREDICATE + rf"{re.escape(word)}(?!\w)", norm):
            if _COORDINATED.match(norm, m.end()):
                return set()
            found.add(label)
    return found


_COORDINATED = re.compile(r"\s*,?\s*(?:and|or|plus|as well as|&)\s")


def _neither_nor(pred: str, in_play: set[str]) -> str | None:
    """"neither entailed nor contradicted": the one label of a three-label set that is left."""
    m = _NEITHER.search(normalize_text(pred))
    if m is None:
        return None
    named = {canonical_label(m.group(1)), canonical_label(m.group(2))}
    for labels in _THREE_WAY:
        if named < labels and len(named) == 2 and labels <= in_play | {"neutral"}:
            return next(iter(labels - named))
    return None


_NEITHER = re.compile(r"\bneither\s+(\w+)\s+nor\s+(\w+)")
_THREE_WAY = ({"entailment", "contradiction", "neutral"}, {"positive", "negative", "neutral"})


# "It is not.", "They aren't", "It does": a short reply that affirms or denies with its auxiliary verb
_AUXILIARY_REPLY = re.compile(r"\s*(?:(?:yes|no)\s*,?\s*)?(?:it|this|that|they|he|she)\s+"
                              r"(?:is|are|was|were|does|do|did|can|will|has|have)(n'?t|\s+not)?\s*[.!]?\s*",
                              re.IGNORECASE)


def _pred_label(pred: str, in_play: set[str]) -> str | None:
    if (left := _neither_nor(pred, in_play)) is not None:
        rest = _NEITHER.sub(" ", normalize_text(pred))  # "neither X nor Y (neutral) or contradictory": two answers
        return left if _mentions(rest, in_play)[0] <= {left} else None
    if {"yes", "no"} <= in_play and (reply := _AUXILIARY_REPLY.fullmatch(pred)):
        lead = canonical_label(pred.split(",")[0].split()[0])
        said = "no" if reply.group(1) else "yes"
        return said if lead in (None, said) else None  # "Yes, it isn't": the two words disagree
    whole = canonical_label(pred)
    if whole is not None or normalize_text(pred) in in_play:
        return whole or normalize_text(pred)
    lead = canonical_label(_LEAD_CLAUSE.match(pred.strip()).group())
    if lead in ("yes", "no") and lead in in_play:
        return lead  # "对，“他”指李明。" / "不是，她指女儿": the opening word answers the yes/no question
    stated, negated = _mentions(pred, in_play)
    if {"yes", "no"} <= stated and stated - {"yes", "no"}:
        stated -= {"yes", "no"}  # "No, the sentiment is positive": the label, not the interjection
    if len(stated) > 1 and not _CJK.search(pred):
        stated = _predicated(pred, stated) or stated
    if len(stated) == 1:
        return next(iter(stated))
    if not stated and len(negated) == 1:
        for pair in _BINARY:
            if negated <= pair and pair <= in_play:
                return next(iter(pair - negated))
        if len(in_play) == 2 and negated < in_play:
            return next(iter(in_play - negated))
    return None


_LABEL_NAME = r"[A-Za-z\u4e00-\u9fff][\w/-]{0,20}"
_CODE = re.compile(rf"(?<![\w.])(\d)\s*(?:=|:|：|-|–|—|means|for|表示)\s*({_LABEL_NAME})|"
                   rf"({_LABEL_NAME})\s*[(（=]\s*(\d)\s*[)）]?"
                   rf"(?![\w.])|(?<![\w.])(\d)\s*[(（]\s*({_LABEL_NAME})\s*[)）]")
_LABEL_WORD = re.compile(r"^(?:(?:the\s+)?(?:final\s+)?label\s*(?:is|:)?|标签\s*[:：为是]?|类别\s*[:：为是]?)\s*",
                         re.IGNORECASE)
_GLOSSED = re.compile(r"(\S{1,20})\s*[(（]\s*([^()（）]{1,30}?)\s*[)）]")


def label_codes(question: str) -> dict[str, str]:
    """Numeric codes the question gives its labels ("0 = entailment, 1 = neutral", "2 (contradiction)",
    "contradiction (2)"): code -> canonical label."""
    codes = {}
    for m in _CODE.finditer(question[-2000:]):
        code, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3)) if m.group(3) else (
            m.group(5), m.group(6))
        codes.setdefault(code, canonical_label(word) or normalize_text(word))
    return codes


def _decoded(text: str, codes: dict[str, str]) -> str:
    """"Label 2", "2", "答案：2" as the label that code stands for; anything else unchanged."""
    bare = _LABEL_WORD.sub("", text.strip()).strip(" .。*")
    return codes.get(bare, text)


def label_equal(pred: str, reference: str, question: str) -> bool | None:
    """Whether the predicted label is the reference label (synonyms, in-sentence labels, negation of one
    side of a binary set, numeric codes the question defines); None when the prediction names no label, or
    several."""
    if mark := _LONE_MARK.fullmatch(pred):  # "判断：√" / "判断：×": a tick or a cross alone is the verdict
        pred = "对" if mark.group(1) else "错"
    pred = pred.translate(_TRADITIONAL)  # "所以是蘊含": the label words in traditional characters
    pred = _JUDGED_ADJECTIVE.sub(lambda m: {"对": "正确", "错": "错误"}.get(m.group(1), m.group(1)),
                                 _MARK_GLYPH.sub(" ", pred)).strip()  # "× 错"; "这个说法是错的" -> 这个说法错误
    if codes := label_codes(question):
        pred, reference = _decoded(pred, codes), _decoded(reference, codes)
    if (glossed := _GLOSSED.fullmatch(reference.strip())) and canonical_label(glossed.group(2)):
        # "2 (contradiction)": a code glossed by its label; either names the reference
        verdicts = [label_equal(pred, glossed.group(1), question), label_equal(pred, glossed.group(2), question)]
        return True if True in verdicts else None if None in verdicts else False
    ref = canonical_label(reference) or normalize_text(reference)
    in_play = named_labels(question) | {ref}
    for family in (*_BINARY, *_THREE_WAY[:1]):  # "如果是蕴含…；如果是矛盾…": the other labels of its family count
        if ref in family:
            in_play |= family
    got = _pred_label(pred, in_play)
    if got is None and ref in _THREE_WAY[0] and not _mentions(pred, in_play)[0]:
        got = nli_relation(pred)  # "the hypothesis follows necessarily from the premise": entailment, said in words
    if got is None and (stem := alternative_named(pred, reference, question)) is not None:
        return stem
    if ref in ("yes", "no") and (said := predicate_answer(pred, question)) is not None:
        if got is not None and got != said:
            return None  # "No divisor works, so 97 is prime": the label words and the predicate disagree
        got = said
    if got is None and _abbreviates(pred, reference):
        return True
    return None if got is None else got == ref


# "是吸热反应还是放热反应", "属于酸性、碱性还是中性": the alternatives a Chinese question offers.
_CJK_ALTERNATIVES = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:[、，,][\u4e00-\u9fff]{1,8}?)*)还是([\u4e00-\u9fff]{1,8})")
_ANY_NEGATION = re.compile(r"[不非没未无否]|\b(?:not|no|never)\b|n't", re.IGNORECASE)
_CJK_LEAD = re.compile(r"^.*(?:是|为|属于|呈)")  # the asking words before the first alternative


# An NLI relation said in words (neutral first: "neither confirms nor rules out" also says "rules out")
_NEUTRAL_SAID = (r"\bneither\s+(?:confirm|entail|prove|establish|support)(?:s|ed)?\s+nor\s+"
                 r"(?:rule[sd]?\s+out|contradict(?:s|ed)?|refute[sd]?|den(?:y|ies|ied))|"
                 r"\bcan\s+be\s+neither\s+(?:confirmed|proven|established)\s+nor\s+(?:ruled\s+out|refuted|denied)|"
                 r"既不能推出也不能否定|既不能(?:证实|推出)也不能(?:否定|排除)|无法(?:推出)?也无法否定")
_ENTAILMENT_SAID = (r"\b(?:hypothesis|conclusion|second\s+(?:statement|sentence))\s+"
                    r"(?:necessarily\s+|logically\s+|must\s+|does\s+)?follows?\s+(?:necessarily\s+|logically\s+)?"
                    r"from\s+the\s+premise|\bpremise\s+(?:guarantees|implies|entails|proves)\s+the\s+hypothesis|"
                    r"由前提(?:可以|能够?)?(?:必然)?推出(?:假设)?|前提(?:可以|能够?)(?:必然)?推出假设")
_CONTRADICTION_SAID = (r"\bcan(?:not|'t)\s+both\s+be\s+true|\b(?:statements|sentences)\s+(?:are\s+)?"
                       r"(?:incompatible|mutually\s+exclusive)|\bpremise\s+rules\s+out\s+the\s+hypothesis|"
                       r"前提与假设(?:相互)?矛盾|(?:两者|二者)不能同时成立")
_RELATIONS = tuple((label, re.compile(said, re.IGNORECASE)) for label, said in (
    ("neutral", _NEUTRAL_SAID), ("entailment", _ENTAILMENT_SAID), ("contradiction", _CONTRADICTION_SAID)))


def nli_relation(pred: str) -> str | None:
    """Entailment, neutral or contradiction, said in words ("the two statements are incompatible", 由前提可以必然推出
    假设); None when no such wording, or a negated one ("does not follow from the premise"), is found."""
    if re.search(r"\b(?:not|never|doesn't|does\s+not)\s+(?:necessarily\s+)?follow|不能推出(?!也)", pred, re.I) \
            and not _RELATIONS[0][1].search(pred):
        return None
    return next((label for label, said in _RELATIONS if said.search(pred)), None)


def _distinctive(options: list[str]) -> list[str]:
    """Each option less the characters all share at its start and end, kept to two characters or more with the
    shared ending's first: 吸热反应/放热反应 -> 吸热/放热, 酸性/碱性/中性 -> 酸性/碱性/中性."""
    head = len(_common_prefix(options))
    tail = len(_common_prefix([o[::-1] for o in options]))
    return [o[head:max(len(o) - tail, head + 2)] for o in options]


def _common_prefix(words: list[str]) -> str:
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def alternative_named(pred: str, reference: str, question: str) -> bool | None:
    """Whether the prediction names the reference among the alternatives of a Chinese "A还是B" question by the
    part that tells them apart ("吸热", "该反应为吸热反应", "endothermic（吸热反应）" for 吸热反应 when
    吸热反应还是放热反应 is asked); None when the question offers no such list, the reference is not in it,
    or the prediction names none of them or several."""
    if not (m := _CJK_ALTERNATIVES.search(question[-600:])):
        return None
    options = [_CJK_LEAD.sub("", o) for o in re.split(r"[、，,]", m.group(1))] + [m.group(2)]
    ref = normalize_text(reference)
    if len(options) < 2 or ref not in options or len(set(options)) != len(options):
        return None
    if _ANY_NEGATION.search(pred):
        return None  # "不是吸热反应", "not endothermic": _pred_label weighs negations; this reading does not
    stems = _distinctive(options)
    named = {option for option, stem in zip(options, stems, strict=True) if stem in pred}
    return None if len(named) != 1 else named == {ref}


def _abbreviates(pred: str, reference: str) -> bool:
    """"NEI" or "Not enough information" for "NOT ENOUGH INFO": the reference's initials in capitals, or its
    words one by one, each the start of the other."""
    said, words = re.findall(r"[A-Za-z]+", pred.lower()), re.findall(r"[A-Za-z]+", reference.lower())
    if len(words) >= 2 and pred.strip(" .*") == "".join(w[0] for w in words).upper():
        return True
    return len(said) == len(words) >= 2 and "".join(said) == re.sub(r"[^a-z]", "", pred.lower()) \
        and all(min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a))
                for a, b in zip(said, words, strict=True))


# A tick or a cross written before a verdict ("× 错", "\\checkmark True"), and 是错的/是对的 ("it is wrong").
_MARK_GLYPH = re.compile(r"\\(?:times|checkmark)(?![A-Za-z])|[×✗✘✓✔√]")
_LONE_MARK = re.compile(r"\s*(?:(\\checkmark|\\sqrt|[✓✔√])|(\\times|[×✗✘]))\s*[.。]?\s*")
# The traditional forms of the characters the label words above are written with.
_TRADITIONAL = str.maketrans("蘊確錯誤對負積極評貶義體財經國際與論", "蕴确错误对负积极评贬义体财经国际与论")
_JUDGED_ADJECTIVE = re.compile(r"是(对|错|正确|错误)的")


# "Is 91 prime?" answered "... so 91 is not prime": the question's predicate, affirmed or negated in the answer's
# last clause. 判断："91是质数" answered "所以91不是质数" likewise.
_YES_NO_QUESTION = re.compile(r"\b(?:is|are|was|were)\s+.{1,60}?\s+(?:an?\s+)?([a-z][a-z-]{2,})\s*\?\s*$", re.I)
_CJK_CLAIM = re.compile(r"([\u4e00-\u9fff\w]{1,12})是([\u4e00-\u9fff\w]{1,12})[。.]?\s*$")


def predicate_answer(pred: str, question: str) -> str | None:
    """"yes"/"no" from the answer's last clause affirming or negating the question's predicate; None otherwise."""
    clause = re.split(r"[.。;；!?！？]\s*", pred.strip().rstrip(".。!！ "))[-1]
    if m := _YES_NO_QUESTION.search(question.strip()):
        word = re.escape(m.group(1))
        said = re.search(rf"\b(?:is|are|was|were)(n't|\s+not)?\s+(?:an?\s+)?{word}\b", clause, re.I)
        return None if said is None else "no" if said.group(1) else "yes"
    if m := _CJK_CLAIM.search(question.strip()):
        subject, attribute = map(re.escape, m.groups())
        said = re.search(rf"{subject}(不是|并非|是)(?:一个)?{attribute}", clause)
        return None if said is None else "yes" if said.group(1) == "是" else "no"
    return None
