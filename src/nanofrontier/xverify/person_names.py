"""Personal names inside short answers: a phrase said (and not negated) in a sentence, a reference named by its
surname ("Dr. Bishop" for "Jordan Bishop"), a surname given in full ("George Washington" for "Washington"), and a
Chinese transliterated name by its last part ("托尔斯泰" for "列夫·托尔斯泰").

short.py decides with these; none of them is exact, so its verdicts from them stay unsure."""

from __future__ import annotations

import re

from nanofrontier.xverify.name_tables import SURNAME_PARTICLES, ZH_COURTESY_TITLES, ZH_RANK_TITLES
from nanofrontier.xverify.normalize import normalize_text

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|isn t|isnt|wasn t|wasnt|rather than|instead of|other than|except|"
                             r"excluding|(?:anything|everything|all|nothing|none)\s+but)\s+(?:\w+\s+)?$")
CJK_NEGATED_BEFORE = re.compile(r"(?:不|非|不是|并非|而非|而不是)\s*$")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]\.")
# Words that open a place name ("New York", "San Jose", "Mount Everest") rather than a person's name.
_PLACE_OPENERS = frozenset("New San Santa Los Las Saint St Fort Port Mount Lake Cape North South East West Great "
                           "United Upper Lower".split())
_FULL_NAME_WORDS = re.compile(r"(?:[A-Z][a-z]+\.?|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+\.?|[A-Z]\.)){0,4}")


def contains_phrase(pred: str, phrase: str) -> bool:
    """`phrase` occurs in `pred` as whole words (any substring for CJK) and is not negated there."""
    if not phrase or phrase not in pred:  # the substring test first: no pattern to compile in the common case
        return False
    cjk = _CJK.search(phrase) is not None
    pattern = re.escape(phrase) if cjk else rf"(?<!\w){re.escape(phrase)}(?!\w)"
    negated = CJK_NEGATED_BEFORE if cjk else _NEGATED_BEFORE
    for m in re.finditer(pattern, pred):
        if not negated.search(pred, max(0, m.start() - 24), m.start()):
            return True
    return False


def surname_in(sentence: str, reference: str) -> bool:
    """A personal-name reference ("Jordan Bishop") named by its surname ("the merchant Bishop", "Dr. Bishop",
    "J. Bishop"), but not after another capitalised word ("Michael Bishop") or "the" ("the Tower"), nor
    before one ("Bishop Street")."""
    words = reference.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) or w in SURNAME_PARTICLES for w in words) \
            or words[0] in _PLACE_OPENERS or len(words[-1]) < 3 or words[0] in SURNAME_PARTICLES:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", sentence, re.IGNORECASE):
        before = [re.sub(r"^\W+|[^\w.]+$", "", w) for w in sentence[:m.start()].split()]
        while before and before[-1].casefold() in SURNAME_PARTICLES:  # "Da Vinci", "van Gogh": the surname's own
            before.pop()
        before = before or [""]
        prev = before[-1]
        if prev in words[:-1] and _skips_middle_name(prev, words):
            return False
        after = re.sub(r"^\W+", "", (sentence[m.end():].split() or [""])[0])
        prev_ok = (not prev or prev in words or (prev[0].islower() and prev != "the")
                   or _initials_fit(before, words)
                   or (len(prev) > 2 and prev[0].isupper() and prev.endswith(".")))
        if prev_ok and not after[:1].isupper():
            return contains_phrase(normalize_text(sentence), words[-1].casefold())
    return False


def _skips_middle_name(prev: str, words: list[str]) -> bool:
    """"John Adams" for "John Quincy Adams" leaves out a full middle name: often another person's name. An
    initial ("John Kennedy" for "John F. Kennedy") or a particle may go."""
    skipped = words[words.index(prev) + 1:-1]
    return any(len(w) > 2 and not w.endswith(".") and w not in SURNAME_PARTICLES for w in skipped)


def _initials_fit(before: list[str], words: list[str]) -> bool:
    """The initials just before the surname start with the first given name's: "J. Bishop" and "M. A. Bulgakov"
    (a patronymic or middle initial may follow) for "Mikhail Bulgakov", but not "A. Bulgakov"."""
    run = []
    for w in reversed(before):
        if not re.fullmatch(r"[A-Z]\.", w):
            break
        run.insert(0, w[0])
    return bool(run) and run[0] == words[0][0] and all(a == w[0] for a, w in zip(run[1:], words[1:-1], strict=False))


def full_name_of(pred: str, names: list[str]) -> bool:
    """A personal name that ends with a one-word reference ("George Washington", "J. S. Bach" for "Bach") or, for
    a reference of five letters or more, begins with it ("Rembrandt van Rijn", "Michelangelo di Lodovico
    Buonarroti Simoni" for the names the painters go by)."""
    words = [w for w in pred.strip(" .").split() if w.lower() not in SURNAME_PARTICLES]
    if not 2 <= len(words) <= 5 or _FULL_NAME_WORDS.fullmatch(" ".join(words)) is None:
        return False
    return any(len(n.split()) == 1 and (words[-1] == n.strip() or (words[0] == n.strip() and len(n.strip()) >= 5))
               for n in names)


_CJK_NAME_DOT = re.compile(r"\s*[·•・]\s*")


def cjk_name_part(pred: str, names: list[str]) -> bool:
    """A transliterated name written with a middle dot, one side the other's last part: "托尔斯泰" for
    "列夫·托尔斯泰", "威廉·莎士比亚" for "莎士比亚"."""
    def last(text: str) -> str | None:
        parts = _CJK_NAME_DOT.split(text.strip(" 。."))
        return parts[-1] if len(parts) > 1 and all(_CJK.fullmatch(x[:1] or "a") for x in parts) else None
    said = pred.strip(" 。.")
    if (titled := _CJK_TITLE.fullmatch(said)) and _CJK.fullmatch(titled.group(1)[:1]):
        said = titled.group(1)  # "居里夫人" for "玛丽·居里": the surname and a title (which Curie is a judge's call)
    return any((last(said) or "\0") == n.strip() or (last(n) or "\0") == said for n in names if _CJK.search(n))


_CJK_TITLE = re.compile(r"(.{2,6}?)(?:" + "|".join(ZH_COURTESY_TITLES + ZH_RANK_TITLES) + ")")
