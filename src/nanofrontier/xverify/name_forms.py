"""Two spellings of one name: the forms a short answer may take that plain normalisation does not equate.

    same_name("Antonin Dvorak", ["Antonín Dvořák"])             # True  (accents)
    same_name("St. Petersburg", ["Saint Petersburg"])            # True  (written-out abbreviations)
    same_name("法国", ["France"]); same_name("USA", ["United States"])   # True  (closed tables)
    same_name("Spiderman", ["Spider-Man"]); same_name("penguin", ["Penguins"])   # True (spacing, number)
    same_name("the Amazon", ["Amazon River"])                    # True  (a generic word the reference has)
    same_name("Mount Qomolangma (Everest)", ["Mount Everest"])   # True  (a parenthetical alias)
    same_name("Blue, red and yellow", ["red, yellow, blue"])     # True  (a list in another order)
    same_name("Jordan River", ["Jordan"])                         # False (the question asked for no river)

Only whole-name equality counts: a name is never matched by a part of it, and a parenthetical that hedges
("or possibly Sydney") or negates ("not Canberra") is no alias. False means "not shown equal", not "different".
"""

from __future__ import annotations

import os
import re
import unicodedata

from nanofrontier.xverify.name_tables import (
    EN_ALIASES,
    GENERIC_WORDS,
    WORD_FORMS,
    ZH_ADMIN_SUFFIXES,
    ZH_COURTESY_TITLES,
    ZH_TO_EN,
)
from nanofrontier.xverify.normalize import normalize_text, strip_latex_wrappers

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Titles and honorifics before a personal name, dropped when a full name follows.
_TITLES = frozenset("president king queen emperor empress pope sir dame lord lady dr doctor prof professor mr mrs ms "
                    "miss madame general admiral count countess baron baroness duke duchess prince princess".split())
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
_LATIN = re.compile(r"[A-Za-z]")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8"}
# "X (Y)" with full- or half-width brackets; Y holds no brackets.
_PAREN = re.compile(r"^(?P<x>[^()]+?)\s*\((?P<y>[^()]+)\)\s*$")
# A parenthetical that introduces another name for X: "(formerly Burma)", "(also called ...)", "(又称...)".
_ALIAS_MARK = re.compile(r"^(?:formerly|also(?:\s+(?:called|known\s+as))?|aka|a\.k\.a\.|i\.e\.|or\s+simply|"
                         r"又称|又名|原名|旧称|简称|即)\s*[:：]?\s*", re.IGNORECASE)
_NOT_ALIAS = re.compile(r"^(?:or|not|maybe|possibly|perhaps|probably|either|but|and|rather|near|in|of|或|不是|可能|"
                        r"也可能|而非|还是|并非)(?![a-z])", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z0-9_{}\s.$¥€£₹-]{1,8}$")  # "(CHF)", "(CO_2)", "(¥)": a symbol or code, not a name
_LIST_SPLIT = re.compile(r"\s*(?:[,;，；、]|\band\b|和|与|及)\s*", re.IGNORECASE)  # "a, b and c", 甲、乙和丙
# (plural, singular) endings, longest first: "ies/y" (colonies), Latin "a/on" (mitochondria), "a/um", "i/us".
_PLURAL_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("a", "on"), ("a", "um"), ("i", "us"))


def _fold_accents(text: str) -> str:
    """Latin letters without their diacritics: "Dvořák" -> "Dvorak" (CJK untouched)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_keys(text: str) -> set[str]:
    """The comparable forms of a name: casefolded and accent-free, abbreviations written out, "and" and
    subscripts dropped, a trailing Roman numeral as a digit, and mapped through the closed tables."""
    s = normalize_text(_fold_accents(text)).replace("_", "").replace("{", "").replace("}", "")
    if _CJK.search(s):
        s = s.replace(" ", "")
        for title in ZH_COURTESY_TITLES:  # 鲁迅先生: a courtesy title after the name
            if s.endswith(title) and len(s) - len(title) >= 2:
                s = s[:-len(title)]
                break
        for suffix in ZH_ADMIN_SUFFIXES:
            if s.endswith(suffix) and len(s) - len(suffix) >= 2:
                s = s[:-len(suffix)]
                break
        if s in ZH_TO_EN:
            return {EN_ALIASES.get(e, e) for e in ZH_TO_EN[s]} | {s}
        return {s}
    words = [_american(WORD_FORMS.get(w, w)) for w in s.split()]
    words = [w for w in words if w != "and"] or words
    if len(words) > 2 and words[0] in _TITLES:
        words = words[1:]  # "President John F. Kennedy": a title before a full name (not "King" alone)
    if len(words) > 1 and words[-1] in _ROMAN:
        words[-1] = _ROMAN[words[-1]]
    s = " ".join(words)
    return {EN_ALIASES.get(s, s)}


# British spellings folded to American ones on both sides: organisation/organization, centre/center,
# colour/color, analyse/analyze, defence/defense
_BRITISH = ((re.compile(r"isation(s?)$"), r"ization\1"), (re.compile(r"(?<=[a-z]{3})tre(s?)$"), r"ter\1"),
            (re.compile(r"(?<=[a-z]{2}[^aeiou])our(s?)$"), r"or\1"), (re.compile(r"yse(s?)$"), r"yze\1"),
            (re.compile(r"(?<=[a-z]{3})ence$"), "ense"))


def _american(word: str) -> str:
    for british, american in _BRITISH:
        word = british.sub(american, word)
    return word


def spelled_alike(pred: str, names: list[str]) -> bool:
    """The same name in another transliteration or spelling: "Dmitri Mendeleyev" for "Dmitri Mendeleev",
    "Fyodor Dostoyevsky" for "Fyodor Dostoevsky" (a middle name dropped first). Names of two words or more (not
    "Austria" for "Australia"); each word equal or, from six letters and with the same first letter, one edit apart
    (two from nine letters). Unsure: a judge decides."""
    ours = normalize_text(_fold_accents(pred)).split()
    for name in names:
        theirs = normalize_text(_fold_accents(name)).split()
        if len(ours) > len(theirs) == 2 and ours[0] == theirs[0]:
            ours = [ours[0], ours[-1]]  # "Dmitri Ivanovich Mendeleyev": the patronymic dropped
        if len(ours) == len(theirs) >= 2 and ours != theirs and all(
                x == y or (min(len(x), len(y)) >= 6 and x[0] == y[0] and _edits(x, y) <= (2 if len(x) >= 9 else 1))
                for x, y in zip(ours, theirs, strict=True)):
            return True
    return False


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short words only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _singular(word: str) -> set[str]:
    forms = {word}
    for plural, single in _PLURAL_ENDINGS:
        if word.endswith(plural) and len(word) - len(plural) >= 3:
            forms.add(word[:-len(plural)] + single)
    return forms


def _keys_equal(a: str, b: str, generic: frozenset[str]) -> bool:
    """Equal, equal without spaces ("spider man" / "spiderman"), equal up to the number of the last word, or
    equal once generic words that `generic` allows are dropped."""
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    if _CJK.search(a) or _CJK.search(b):
        return False
    aw, bw = a.split(), b.split()
    if len(aw) == len(bw) and aw[:-1] == bw[:-1] and len(aw[-1]) >= 4 and aw[-1].isalpha() \
            and bw[-1].isalpha() and _singular(aw[-1]) & _singular(bw[-1]):  # not "1990s" for "1990"
        return True
    if len(aw) > len(bw) >= 2 and aw[0] == bw[0] and aw[-1] == bw[-1] and _subsequence(bw, aw) \
            and all(w.isalpha() and len(w) >= 3 for w in aw[1:-1]):
        return True  # "Neil Alden Armstrong" for "Neil Armstrong" (middle names; an initial, George W., tells apart)
    if len(aw) == len(bw) >= 3 and aw[0] == bw[0] and aw[-1] == bw[-1] and all(
            x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(aw[1:-1], bw[1:-1], strict=True)):
        return True  # "John Fitzgerald Kennedy" for "John F. Kennedy": a middle name and its initial
    if generic:
        a2 = " ".join(w for w in aw if w not in generic)
        b2 = " ".join(w for w in bw if w not in generic)
        return bool(a2) and bool(b2) and (a2, b2) != (a, b) and _keys_equal(a2, b2, frozenset())
    return False


def _subsequence(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(any(w == x for x in rest) for w in short)


def _allowed_generic(names: list[str], question: str) -> frozenset[str]:
    """Generic words that the question or the reference itself uses: "Which river ..." lets "Jordan River"
    equal "Jordan"; with no such word it names another thing (the country Jordan)."""
    said = set(normalize_text(question).split()) | {w for n in names for w in normalize_text(n).split()}
    return GENERIC_WORDS & (said | {w + "s" for w in said} | {w.rstrip("s") for w in said})


def _equal_forms(pred: str, names: list[str], generic: frozenset[str]) -> bool:
    """Some form of `pred` equals some form of a name. Two Chinese names compare as written: the table would
    make "水星" (the planet) equal "汞" (the element) through "mercury"."""
    keys = name_keys(pred)
    for n in names:
        ref_keys = name_keys(n)
        if _CJK.search(pred) and _CJK.search(n):
            keys, ref_keys = {k for k in keys if _CJK.search(k)}, {r for r in ref_keys if _CJK.search(r)}
        if any(_keys_equal(k, r, generic) for r in ref_keys for k in keys):
            return True
    return False


def _paren_alias(pred: str, names: list[str], generic: frozenset[str]) -> bool:
    """"X (Y)" where Y is the reference ("Mount Qomolangma (Everest)"), or X is and Y only glosses it: a
    translation in the other script, a code or symbol, a marked alias ("formerly Burma"), or a Chinese
    alternative name ("鲁迅（周树人）")."""
    m = _PAREN.match(normalize_paren(strip_latex_wrappers(pred)))
    if not m:
        return False
    x, y = m.group("x").strip(), m.group("y").strip()
    if _NOT_ALIAS.match(y):
        return False
    marked = _ALIAS_MARK.match(y)
    y = y[marked.end():] if marked else y
    other_script = bool(_CJK.search(x)) != bool(_CJK.search(y)) and bool(_LATIN.search(x) or _LATIN.search(y))
    if _equal_forms(y, names, generic):  # X must not be a rival answer: "Mount Everest (K2)" for "K2"
        return bool(marked) or other_script or _shares_word(x, names)
    if not _equal_forms(x, names, generic):
        return False
    # A Chinese alternative name, unless it is another entry of the table ("北京（南京）")
    cjk_alias = bool(_CJK.search(x)) and bool(_CJK_NAME.fullmatch(y)) and y not in ZH_TO_EN
    return bool(marked) or other_script or cjk_alias or _CODE.fullmatch(y) is not None


def _shares_word(x: str, names: list[str]) -> bool:
    words = set(normalize_text(x).split())
    return any(words & set(normalize_text(n).split()) for n in names)


def normalize_paren(text: str) -> str:
    return text.replace("（", "(").replace("）", ")").strip().rstrip(".。")


def list_items(text: str) -> list[str]:
    """The items of a list written with commas, "and", 、 or 和: "Ada, Ben and Cy" -> [Ada, Ben, Cy]."""
    return [item for item in _LIST_SPLIT.split(text) if item.strip()]


def _same_list(pred: str, names: list[str], generic: frozenset[str]) -> bool:
    """The same items in another order: "Blue, red and yellow" for "red, yellow, blue"."""
    items = list_items(pred)
    if len(items) < 2:
        return False
    for name in names:
        ref_items = list_items(name)
        if len(ref_items) != len(items):
            continue
        left = list(ref_items)
        for item in items:
            hit = next((r for r in left if _equal_forms(item, [r], generic)), None)
            if hit is None:
                break
            left.remove(hit)
        else:
            return True
    return False


def same_name(pred: str, names: list[str], *, question: str = "") -> bool:
    """`pred` is one of `names` written another way (see the module docstring)."""
    generic = _allowed_generic(names, question)
    return (_equal_forms(pred, names, generic) or _paren_alias(pred, names, generic)
            or _same_list(pred, names, generic) or _same_dynasty(pred, names, question)
            or _transliterated_middle(pred, names) or _cjk_generic_dropped(pred, names, question))


# Chinese generic words after a place's name: 撒哈拉沙漠, 长江 (not split: 江 alone is too short to drop), 喜马拉雅山脉
_ZH_GENERIC = ("沙漠", "山脉", "高原", "平原", "盆地", "半岛", "海峡", "群岛", "大洋", "运河", "湖泊", "河流")


def _cjk_generic_dropped(pred: str, names: list[str], question: str) -> bool:
    """撒哈拉 for 撒哈拉沙漠 when the question asks for a 沙漠: the generic word the question uses may be left out,
    as "the Amazon" answers "Amazon River" when a river is asked."""
    p = normalize_text(pred).replace(" ", "").rstrip("。.")
    if not _CJK.search(p) or len(p) < 2:
        return False
    for name in names:
        n = normalize_text(name).replace(" ", "")
        for word in _ZH_GENERIC:
            if n.endswith(word) and word in question and n[:-len(word)] == p:
                return True
    return False


def _transliterated_middle(pred: str, names: list[str]) -> bool:
    """A foreign name written in Chinese with its middle names, or without them: "列奥纳多·迪·皮耶罗·达·芬奇" for
    "列奥纳多·达·芬奇" (the first and last parts the same, the shorter's parts in order within the longer's)."""
    if not _CJK.search(pred) or "·" not in pred.replace("・", "·"):
        return False
    mine = normalize_text(pred).split()
    for name in names:
        theirs = normalize_text(name).split()
        if not _CJK.search(name) or len(theirs) < 2 or mine == theirs:
            continue
        short, long = sorted((mine, theirs), key=len)
        if len(short) >= 2 and short[0] == long[0] and short[-1] == long[-1] and _subsequence(short, long):
            return True
    return False


_ASKS_DYNASTY = re.compile(r"朝代|哪(?:个|一)?朝|什么朝")
_DYNASTY_WORD = re.compile(r"(?:王朝|朝|代)$")
_ERA_FIRST = re.compile(r"(?:[东西南北]?[汉晋宋周]|唐|元|明|清|隋|秦|三国|春秋|战国)(?:代|朝)"
                        r"(?:的|时期的?|末年的?|初年的?)?(?=[\u4e00-\u9fff])")


def _same_dynasty(pred: str, names: list[str], question: str) -> bool:
    """唐代, 唐朝 and 唐 name one dynasty when the question asks for a dynasty (朝代): the word 朝 or 代 after
    the name is generic, like "river" after a river's name."""
    if not _ASKS_DYNASTY.search(question):
        return False
    stem = _DYNASTY_WORD.sub("", normalize_text(pred).replace(" ", "").rstrip("。."))
    return bool(stem) and _CJK.fullmatch(stem[-1]) is not None and any(
        stem == _DYNASTY_WORD.sub("", normalize_text(n).replace(" ", "")) for n in names)


# "Jupiter — the fifth planet from the Sun", "Neil Armstrong, commander of Apollo 11", "Quebec City, Quebec, Canada"
_APPOSITION = re.compile(r"^(?P<head>[^,，—–(（]{1,60}?)\s*(?:[,，]|\s[—–-]\s|[—–])\s*(?P<tail>\S.{0,100})$")
_DOUBT = re.compile(r"\b(?:or|not|maybe|perhaps|possibly|probably|but|though|although|either|unless|if)\b|[?？]",
                    re.IGNORECASE)
_COUNTRIES = frozenset(EN_ALIASES.get(e, e) for names in ZH_TO_EN.values() for e in names)


def _place_after_country(pred: str) -> str | None:
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,14}", pred):
        return None
    for n in range(2, min(8, len(pred) - 1)):
        if pred[:n] in ZH_TO_EN:
            rest = pred[n:].removeprefix("的")
            return rest if len(rest) >= 2 else None
    return None


# A name the apposition gives for the same person or thing: "Eric Blair, pen name George Orwell".
_NAME_MARK = re.compile(r"(?:(?:better\s+|also\s+)?known\s+as|(?:his|her|their)?\s*(?:pen|stage|real|birth)\s+name"
                        r"(?:\s+(?:was|is))?|aka|a\.k\.a\.|born|formerly|笔名|原名|本名|又名)\s*[:：]?\s*(?=\S)",
                        re.IGNORECASE)


def apposition_names(pred: str) -> list[str]:
    """The names an answer gives before and inside an apposition: the head when the rest only describes or
    locates it (`apposition_head`), or both when the rest gives another name for the same one ("Eric Blair, pen
    name George Orwell", "Samuel Clemens, better known as Mark Twain", "F, the farad"); [] otherwise."""
    if place := _place_after_country(pred.strip().rstrip(".。")):
        return [place]  # "法国巴黎", "法国的巴黎": the place, after the country (or city) it lies in
    if (era := _ERA_FIRST.match(pred.strip())) and len(pred.strip().rstrip(".。")) - era.end() >= 2:
        return [pred.strip().rstrip(".。")[era.end():]]  # "明代吴承恩", "清代曹雪芹": the person, after their era
    if head := apposition_head(pred):
        tail = pred.strip().rstrip(".。")[len(head):].lstrip(" ,，—–-")
        if named := _NAME_MARK.match(tail):
            return [head, tail[named.end():]]
        if described := re.match(r"(?:the|an?)\s+(?=\S)", tail):  # "F, the farad": the symbol, then its name
            return [head, tail[described.end():]]
        return [head]
    return []


def place_with_region(pred: str, question: str) -> str | None:
    """The place before a region named after it ("Ottawa, Ontario", "Canberra, Australian Capital Territory",
    "Southampton, England") when the question asks for a city, a capital or a town; None otherwise. Which region
    is a judge's call ("Paris, Texas" names another Paris), so the caller keeps it unsure."""
    m = _PLACE_REGION.fullmatch(pred.strip().rstrip(".。"))
    if not m or not _ASKS_PLACE.search(question):
        return None
    region = normalize_text(m.group("region"))
    if region in _US_STATES or name_keys(region) & _COUNTRIES:
        return None  # "Paris, Texas", "Athens, Georgia", "Granada, Nicaragua": another place of the same name
    return m.group("head")


_PLACE_REGION = re.compile(r"(?P<head>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}),\s*"
                           r"(?P<region>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})")
_US_STATES = frozenset(normalize_text(s) for s in (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming").split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
                                     "north dakota", "rhode island", "south carolina", "south dakota", "west virginia"}
_ASKS_PLACE = re.compile(r"\b(?:city|capital|town|village|port|where)\b|城市|首都|首府", re.IGNORECASE)


def described_first(pred: str, names: list[str]) -> bool:
    """A name after the words that describe it ("the English novelist Jane Austen", "the Italian city of Florence"),
    or a Chinese name before a comparison it wins (云台乡人口更多: "Yuntai has the larger population"). Unsure."""
    said = pred.strip().rstrip(".。")
    for name in (n.strip() for n in names if n.strip()):
        head = said[:-len(name)] if said.endswith(name) and name[:1].isupper() else ""
        if _DESCRIPTION_BEFORE.fullmatch(head) and not _PREPOSITION_LAST.search(head):
            return True
        if said.startswith(name) and _CJK_COMPARISON_WON.fullmatch(said[len(name):]):
            return True
    return False


def cjk_shortened(pred: str, names: list[str]) -> bool:
    """A Chinese name shortened to its first and last characters, as 珠峰 for 珠穆朗玛峰 (not 北京 for 北京大学: the
    last characters differ). Unsure."""
    p = pred.strip(" 。.")
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", p)) and any(
        len(n) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", n) and p[0] == n[0] and p[-1] == n[-1]
        and _in_order(p, n) for n in (x.strip() for x in names))


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# "the English novelist ", "the Italian city of ": an article, up to four words, the last a noun in lower case
# (or a place word and "of"; not "the sister of ", "the railway reached the town in ")
_DESCRIPTION_BEFORE = re.compile(r"the\s+(?:[A-Za-z-]+\s+){0,3}(?:[a-z][a-z-]+|(?:city|town|village|island|state|"
                                 r"province|kingdom|republic|county|region|port|river|lake|country)\s+of)\s+")
_PREPOSITION_LAST = re.compile(r"\b(?:in|on|at|to|by|from|for|with|of|and|or|than|as|is|was|are|were)\s+$")
_CJK_COMPARISON_WON = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:更|较|最)(?:多|大|高|长|快|早|强|重|远|深|宽)")


def apposition_head(pred: str) -> str | None:
    """The name before an apposition that only describes or locates it: a description in lower case ("Jupiter —
    the fifth planet from the Sun", "George Orwell, pen name of Eric Blair") or places ending in a country
    ("Quebec City, Quebec, Canada"); None otherwise ("Paris, Texas" names another Paris; "Mars, or Venus" and
    "Marie Curie, 1911" say more)."""
    m = _APPOSITION.match(pred.strip().rstrip(".。"))
    if m is None or _DOUBT.search(m.group("tail")):
        return None
    tail = m.group("tail").strip()
    if tail[:1].islower():
        return m.group("head")
    parts = [p.strip() for p in re.split(r"[,，]", tail)]
    country = name_keys(parts[-1])
    if all(p[:1].isupper() and not re.search(r"\d", p) for p in parts) and country & _COUNTRIES:
        return m.group("head")
    return None


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def without_demonym(name: str, question: str) -> str | None:
    """The reference without a word derived from a name the question gives ("Japanese yen" when the question
    asks about Japan -> "yen"; Chinese/China, Brazilian/Brazil, German/Germany), or None when it has none. The
    question already says whose it is, so the answer may leave the word out."""
    asked = {w.casefold() for w in _CAPITALISED.findall(question)}
    words = name.split()
    kept = [w for w in words if not any(_derived(w.casefold(), q) for q in asked)]
    return " ".join(kept) if kept and len(kept) < len(words) else None


def _derived(word: str, base: str) -> bool:
    """`word` is formed from `base` (Japanese from Japan, Chinese from China, German from Germany): they share
    all of `base` but its last letter, and are not the same word."""
    if word == base or not word[:1].isalpha():
        return False
    common = len(os.path.commonprefix([word, base]))
    return common >= 4 and common >= len(base) - 1


def titled_surname(pred: str, names: list[str]) -> bool:
    """A title and the surname for a full name: "Madame Curie" for "Marie Curie", "President Lincoln" for
    "Abraham Lincoln". Which Curie or Lincoln is a judge's call, so the caller keeps it unsure."""
    words = normalize_text(_fold_accents(pred)).split()
    if len(words) != 2 or words[0] not in _TITLES:
        return False
    return any(len(n.split()) >= 2 and n.split()[-1] == words[1]
               for n in (normalize_text(_fold_accents(name)) for name in names))

