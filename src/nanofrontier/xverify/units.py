"""Units of measure: their names in English and Chinese, their dimensions, and conversion factors.

    normalize_unit("square centimeters")   -> "cm^2"
    normalize_unit("miles per hour")       -> "mile/h"
    normalize_unit("apples")               -> "apple"     (a count noun: comparable, not convertible)
    unit_dimension("cm^2")                 -> ("length^2", Fraction(1, 10000))
    base_unit("kgs")                       -> "kg"
    unit_dimension("μJ")                   -> ("energy", Fraction(1, 1000000))   (SI prefixes on the symbols
    normalize_unit("N/mm^2")               -> "N/mm^2", of the dimension of "MPa"    that take them)

numbers.py reads a quantity's unit through these; structures.py and final_values.py compare them.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

F = Fraction
_UNITS = {
    "mm": ("length", F(1, 1000)), "cm": ("length", F(1, 100)), "dm": ("length", F(1, 10)), "m": ("length", F(1)),
    "km": ("length", F(1000)), "in": ("length", F(254, 10000)), "ft": ("length", F(3048, 10000)),
    "yd": ("length", F(9144, 10000)), "mile": ("length", F(1609344, 1000)),
    "mg": ("mass", F(1, 1000)), "g": ("mass", F(1)), "kg": ("mass", F(1000)), "t": ("mass", F(10**6)),
    "lb": ("mass", F(45359237, 100000)), "oz": ("mass", F(45359237, 1600000)),
    "s": ("time", F(1)), "min": ("time", F(60)), "h": ("time", F(3600)), "day": ("time", F(86400)),
    "week": ("time", F(604800)),
    "month": ("time", F(31557600, 12)), "year": ("time", F(31557600)),  # Julian year: 365.25 days
    "ml": ("volume", F(1, 1000)), "l": ("volume", F(1)), "ha": ("area", F(1)),
    "$": ("usd", F(1)), "cent": ("usd", F(1, 100)), "¥": ("cny", F(1)),
    "角": ("cny", F(1, 10)), "fen": ("cny", F(1, 100)),
    "€": ("eur", F(1)), "£": ("gbp", F(1)),
    "unit": ("unit", F(1)), "deg": ("angle", F(1)), "rad": ("radian", F(1)), "%": ("percent", F(1)),
    "pp": ("percentage_point", F(1)),  # a difference of percentages: not a percent
    "°c": ("celsius", F(1)),
    "°f": ("fahrenheit", F(1)),
    # Case matters from here: "MJ" is not "mJ", "M" (mol/L) is not "m".
    "J": ("energy", F(1)), "kJ": ("energy", F(1000)), "MJ": ("energy", F(10**6)), "kWh": ("energy", F(3600000)),
    "W": ("energy/time", F(1)), "kW": ("energy/time", F(1000)), "MW": ("energy/time", F(10**6)),
    "mol": ("amount", F(1)), "mmol": ("amount", F(1, 1000)), "N": ("force", F(1)), "kN": ("force", F(1000)),
    "A": ("current", F(1)), "mA": ("current", F(1, 1000)), "V": ("voltage", F(1)), "mV": ("voltage", F(1, 1000)),
    "kV": ("voltage", F(1000)), "Ω": ("resistance", F(1)), "kΩ": ("resistance", F(1000)),
    "Pa": ("force/length^2", F(1)), "hPa": ("force/length^2", F(100)),  # a pascal is a newton per square metre
    "kPa": ("force/length^2", F(1000)), "MPa": ("force/length^2", F(10**6)),
    "Å": ("length", F(1, 10**10)), "eV": ("energy", F(1602176634, 10**28)), "Hz": ("frequency", F(1)),
    # SI units whose one-letter symbols are taken here (C a constant, F Fahrenheit, T tera, H an hour, K a
    # constant, S a set): kept by name, so "韦伯" for weber and "特斯拉" for tesla are one answer.
    "Wb": ("magnetic_flux", F(1)), "tesla": ("magnetic_flux/length^2", F(1)), "henry": ("inductance", F(1)),
    "farad": ("capacitance", F(1)), "coulomb": ("charge", F(1)), "siemens": ("conductance", F(1)),
    "kelvin": ("temperature", F(1)), "candela": ("luminous_intensity", F(1)), "lm": ("luminous_flux", F(1)),
    "lx": ("illuminance", F(1)), "Bq": ("activity", F(1)), "Gy": ("absorbed_dose", F(1)),
    "Sv": ("equivalent_dose", F(1)),
}
# SI prefixes read before a symbol that takes them ("μJ", "nm", "GPa", "keV"); "c" and "d" only before metres
# and litres, "u" never (it is a word, "us"), and "p" not before "m" ("5 pm" is a clock time).
_PREFIXES = {"p": F(1, 10**12), "n": F(1, 10**9), "μ": F(1, 10**6), "µ": F(1, 10**6), "m": F(1, 1000),
             "c": F(1, 100), "d": F(1, 10), "k": F(1000), "M": F(10**6), "G": F(10**9), "T": F(10**12)}
_PREFIXED_RE = re.compile(r"(?!pm$)([pnμµmkMGT])(m|g|s|J|W|N|A|V|Ω|Pa|mol|L|eV|Hz)|([cd])(m|L)")
_ALIASES = {
    "millimeter": "mm", "centimeter": "cm", "decimeter": "dm", "meter": "m", "metre": "m", "kilometer": "km",
    "kilometre": "km", "centimetre": "cm", "millimetre": "mm", "inch": "in", "inches": "in", "foot": "ft",
    "feet": "ft", "yard": "yd", "mi": "mile", "milligram": "mg", "gram": "g", "kilogram": "kg", "kgs": "kg",
    "ton": "t", "tonne": "t", "pound": "lb", "lbs": "lb", "ounce": "oz", "second": "s", "sec": "s", "secs": "s",
    "minute": "min", "mins": "min", "hour": "h", "hr": "h", "hrs": "h", "days": "day", "weeks": "week",
    "months": "month", "years": "year", "yr": "year", "yrs": "year", "hectare": "ha", "hectares": "ha", "公顷": "ha",
    "liter": "l", "litre": "l", "milliliter": "ml", "millilitre": "ml", "dollar": "$", "usd": "$", "cents": "cent",
    "yuan": "¥", "rmb": "¥", "cny": "¥", "euro": "€", "eur": "€", "degree": "deg", "degrees": "deg", "°": "deg",
    "units": "unit", "percent": "%", "pct": "%", "per cent": "%", "percentage": "%", "kmh": "km/h", "kph": "km/h",
    "mph": "mile/h",
    "radian": "rad", "radians": "rad", "弧度": "rad", "fahrenheit": "°f", "degrees fahrenheit": "°f", "℉": "°f",
    "celsius": "°c", "degrees celsius": "°c", "℃": "°c", "摄氏度": "°c", "F": "°f",
    "米": "m", "厘米": "cm", "毫米": "mm", "分米": "dm", "千米": "km", "公里": "km", "克": "g", "千克": "kg",
    "公斤": "kg", "吨": "t", "秒": "s", "分钟": "min", "小时": "h", "天": "day", "周": "week", "升": "l",
    "joule": "J", "kilojoule": "kJ", "megajoule": "MJ", "watt": "W", "kilowatt": "kW", "megawatt": "MW",
    "kwh": "kWh", "kW h": "kWh", "kilowatt hour": "kWh", "kilowatt-hour": "kWh", "千瓦时": "kWh",
    "千瓦·时": "kWh", "焦": "J", "焦耳": "J", "千焦": "kJ", "瓦": "W", "瓦特": "W", "千瓦": "kW", "摩尔": "mol",
    "M": "mol/l", "mM": "mmol/l", "angstrom": "Å", "ångström": "Å", "electronvolt": "eV", "moles": "mol", "mole": "mol",
    "ampere": "A", "amperes": "A", "amp": "A", "amps": "A", "milliampere": "mA", "milliamperes": "mA", "volt": "V",
    "volts": "V", "millivolt": "mV", "kilovolt": "kV", "ohm": "Ω", "ohms": "Ω", "kilohm": "kΩ", "安": "A",
    "安培": "A", "毫安": "mA", "伏": "V", "伏特": "V", "欧": "Ω", "欧姆": "Ω",
    "毫升": "ml", "岁": "year", "元": "¥", "块": "¥", "毛": "角", "美元": "$", "度": "deg", "个百分点": "%",
    "华氏度": "°f", "newton": "N", "牛顿": "N", "kilonewton": "kN", "pascal": "Pa", "帕斯卡": "Pa", "帕": "Pa",
    "kilopascal": "kPa", "千帕": "kPa", "hertz": "Hz", "赫兹": "Hz", "赫": "Hz",
    "percentage point": "pp", "percentage points": "pp", "pct points": "pp",
    "weber": "Wb", "韦伯": "Wb", "特斯拉": "tesla", "亨利": "henry", "法拉": "farad", "库仑": "coulomb",
    "西门子": "siemens", "开尔文": "kelvin", "坎德拉": "candela", "lumen": "lm", "流明": "lm", "lux": "lx",
    "勒克斯": "lx", "becquerel": "Bq", "贝克勒尔": "Bq", "戈瑞": "Gy", "sievert": "Sv", "希沃特": "Sv",
}
_POWER_WORDS = {"square": 2, "sq": 2, "平方": 2, "cubic": 3, "cu": 3, "立方": 3}
_NOT_UNITS = {"and", "or", "the", "is", "are", "of", "to", "sin", "cos", "tan", "log", "sqrt", "pi", "times",
              "plus", "minus", "over", "divided", "by", "per"}
CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
# Chinese unit names, longest first (小时 before 时): a reference "2.25小时" is a quantity, not a phrase.
CJK_UNIT_NAMES = tuple(sorted([w for w in [*_ALIASES, *_POWER_WORDS] if CJK_RE.search(w)], key=len, reverse=True))
_WORD_UNIT_RE = re.compile(r"[a-z]+(?: [a-z]+){0,2}")


def _prefixed(name: str) -> tuple[str, Fraction] | None:
    """An SI prefix on a symbol that takes one: "μJ" -> ("energy", 1/10^6), "GPa" -> ("force/length^2", 10^9)."""
    if name in _UNITS or not (m := _PREFIXED_RE.fullmatch(name)):
        return _UNITS.get(name)
    prefix, symbol = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    dim, factor = _UNITS["l" if symbol == "L" else symbol]
    return dim, _PREFIXES[prefix] * factor


def _known(unit: str | None) -> bool:
    return unit is not None and _prefixed(unit.partition("^")[0]) is not None


def base_unit(word: str) -> str | None:
    """One unit word or symbol -> its canonical name; plural known units fold to the singular."""
    word = word.strip()
    for candidate in (word, word.lower()):
        if candidate in _UNITS:
            return candidate
        if candidate in _ALIASES:
            return _ALIASES[candidate]
    if _prefixed(word) is not None:
        return word.replace("µ", "μ")
    low = word.lower()
    if low.endswith("s") and (low[:-1] in _ALIASES or low[:-1] in _UNITS):
        return _ALIASES.get(low[:-1], low[:-1])
    return None


_PRODUCT_DOT = re.compile(r"(?<=[A-Za-z])\s*(?:cdot|·|⋅)\s*(?=[A-Za-z])")
_PER_POWER = re.compile(r"([A-Za-z]+)\s*(?:\s|\*|·|cdot)\s*([A-Za-z]+)\^-([123])")


def normalize_unit(text: str) -> str | None:
    """`cm^2`, `square centimeters`, `平方米`, `km/h`, `miles per hour`, `apples`; None when not a unit."""
    t = re.sub(r"[{}\\]", "", text).strip()
    t = re.sub(r"\s*\^\s*", "^", t)
    t = _PRODUCT_DOT.sub(" ", t)  # "mol·L^{-1}", "m\\cdot s^{-1}": a product of units, then read as a rate
    if m := _PER_POWER.fullmatch(t.replace(",", " ")):  # "m s^-1", "km h^{-1}": a rate in SI notation
        t = f"{m.group(1)}/{m.group(2)}" + (f"^{m.group(3)}" if m.group(3) != "1" else "")
    for word, power in _POWER_WORDS.items():
        if t.lower().startswith(word) and t[len(word):len(word) + 1] in (" ", ".", "") or (
                t.startswith(word) and CJK_RE.match(word)):
            inner = base_unit(t[len(word):].lstrip(" ."))
            return f"{inner}^{power}" if _known(inner) else None
    if (m := re.fullmatch(r"(.+?)\^([23])", t)) and "/" not in m.group(1) and " per " not in m.group(1):
        inner = base_unit(m.group(1))  # an area or a volume: a length squared or cubed ("ML^2" is M times L^2)
        return f"{inner}^{m.group(2)}" if _known(inner) and (unit_dimension(inner) or ("",))[0] == "length" else None
    if m := re.fullmatch(r"(.+?)\s*(?:/| per )\s*(.+)", t):
        top, bottom = base_unit(m.group(1)), _power_unit(m.group(2))
        if top is None and _known(bottom) and (noun := _count_noun(m.group(1).strip())):
            top = noun  # "pages per minute": a count per unit of time, comparable but not convertible
        return f"{top}/{bottom}" if top and _known(bottom) else None
    if (known := base_unit(t)) is not None:
        return known
    if (age := _AGE.fullmatch(t)) and base_unit(age.group(1)) in _AGE_UNITS:
        return base_unit(age.group(1))  # "18 years old" is 18 years
    if (m := re.fullmatch(r"([A-Za-z]+) ([A-Za-z]+)", t)) and _known(base_unit(m.group(1))) \
            and _known(base_unit(m.group(2))):
        return f"{base_unit(m.group(1))}·{base_unit(m.group(2))}"  # "N·m", "N\\cdot cm": a product of two units
    return _count_noun(t)


_AGE = re.compile(r"(.+?)\s+(?:old|of\s+age)", re.IGNORECASE)
_AGE_UNITS = {"year", "month", "week", "day"}


def _power_unit(t: str) -> str | None:
    """A unit, or a unit to the power 2 or 3, below a fraction bar: "s", "mm^2", "dm^3"."""
    m = re.fullmatch(r"(.+?)\^([23])", t.strip())
    inner = base_unit(m.group(1) if m else t)
    return f"{inner}^{m.group(2)}" if m and _known(inner) else inner if not m else None


def _count_noun(t: str) -> str | None:
    """`apples` -> `apple`: a unit this module cannot convert. A one-character Chinese measure word
    (个, 只, 人) gives the empty unit: it classifies the count rather than naming a unit."""
    if CJK_RE.fullmatch(t):
        if set(t) & set("或和且及万亿千百十分之"):
            return None
        return "" if len(t) == 1 else t if len(t) <= 4 else None
    low = t.lower()
    if not _WORD_UNIT_RE.fullmatch(low) or any(len(w) < 3 or w in _NOT_UNITS for w in low.split()):
        return None
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def unit_dimension(unit: str) -> tuple[str, Fraction] | None:
    """`cm^2` -> ("length^2", 1/10000); None for count nouns."""
    if "/" in unit:
        top, bottom = (unit_dimension(u) for u in unit.split("/", 1))
        return (f"{top[0]}/{bottom[0]}", top[1] / bottom[1]) if top and bottom else None
    if "·" in unit:
        left, right = (unit_dimension(u) for u in unit.split("·", 1))
        return (f"{left[0]}·{right[0]}", left[1] * right[1]) if left and right else None
    name, _, power = unit.partition("^")
    if (known := _prefixed(name)) is None:
        return None
    dim, factor = known
    if dim == "length" and power == "3":
        return "volume", factor ** 3 * 1000  # 1 dm^3 = 1 L, 1 cm^3 = 1 mL
    return (f"{dim}^{power}", factor ** int(power)) if power else (dim, factor)


@lru_cache(maxsize=64)
def unit_factors(dimension: str) -> frozenset[Fraction]:
    """The conversion factors of every unit of a dimension: "length^2" -> {1/1000000, 1/10000, ..., 1}."""
    if "/" in dimension:
        top, bottom = dimension.split("/", 1)
        return frozenset(a / b for a in unit_factors(top) for b in unit_factors(bottom))
    name, _, power = dimension.partition("^")
    return frozenset(factor ** int(power or 1) for dim, factor in _UNITS.values() if dim == name)


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def named_unit(text: str) -> tuple[str, Fraction] | None:
    """The dimension and factor of a text that is one unit and nothing else, by its name or its symbol: "the
    newton", "N", "牛顿", "N/m^2" (a count noun or anything more is None)."""
    unit = normalize_unit(_ARTICLE.sub("", text.strip().rstrip(".。")))
    return unit_dimension(unit) if unit else None


def prefix_free(unit: str) -> str:
    """The symbol under an SI prefix: "kPa" -> "Pa", "mL" -> "L", "km^2" -> "m^2"; other units as they are."""
    name, caret, power = unit.partition("^")
    if m := _PREFIXED_RE.fullmatch(name) or re.fullmatch(r"([mcd])(l)", name):  # "ml": litres are "l" here
        name = m.group(2) or m.group(4)
    return name + caret + power

