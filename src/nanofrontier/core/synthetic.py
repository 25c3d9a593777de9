"""Seeded, procedural training text in eight domains, with nothing to download.

Each domain has its own statistics (digits, punctuation, vocabulary, layout), so a tiny LM has
something to learn, an embedding model has clusters to find, and a data-mixture search has
domains to weigh:

    arithmetic    word problems with step-by-step solutions (from `core.tasks`)
    stories       a small probabilistic grammar of characters, places and events
    code          small Python functions with consistent naming (each compiles)
    facts         key-value facts about invented countries, then questions about them
    calendar      weekdays, date arithmetic and leap years, computed with `datetime`
    lists         an input list, an operation, and the output
    multilingual  templated sentences in Spanish, German, French, Italian or pinyin
    spam          ads, random characters and repeated tokens

    docs = corpus(1000, seed=0)                                  # list[Document]
    docs = corpus(100, domains=["code", "spam"], weights=[3, 1])
    for doc in iter_corpus(seed=0): ...                          # endless; same order as corpus()

Documents are 100–800 characters. The same seed gives the same text in every process: all
randomness flows from one `random.Random(seed)` and nothing depends on `hash()` or set order.
Only the standard library is used. Question–answer tasks with checkable answers live in
`core.tasks` and are re-exported here.
"""

from __future__ import annotations

import calendar
import itertools
import math
import random
import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from nanofrontier.core.tasks import (
    TASK_KINDS,
    Task,
    check_answer,
    extract_answer,
    format_solution,
    generate_task,
    reasoning_tasks,
)

__all__ = [
    "DOMAINS", "Document", "corpus", "iter_corpus", "generate_document",
    "TASK_KINDS", "Task", "reasoning_tasks", "generate_task", "check_answer", "extract_answer",
    "format_solution",
]

DOMAINS: tuple[str, ...] = (
    "arithmetic", "stories", "code", "facts", "calendar", "lists", "multilingual", "spam",
)
MIN_CHARS, MAX_CHARS = 100, 800


@dataclass(frozen=True, kw_only=True)
class Document:
    domain: str
    text: str


def _fill(rng: random.Random, unit: Callable[[], str], *, sep: str, head: str = "", tail: str = "") -> str:
    """`head`, then units joined by `sep` until a drawn target length, then `tail`.

    Units are at most ~300 characters, so stopping before MAX_CHARS still leaves > MIN_CHARS."""
    target = rng.randint(MIN_CHARS + 50, MAX_CHARS - 200)
    text = head + unit()
    while len(text) + len(tail) < target:
        nxt = unit()
        if len(text) + len(sep) + len(nxt) + len(tail) > MAX_CHARS:
            break
        text += sep + nxt
    return text + tail


# ---------------------------------------------------------------- arithmetic


def _arithmetic(rng: random.Random) -> str:
    def problem() -> str:
        kind = rng.choice(("arithmetic", "arithmetic", "compare"))
        task = generate_task(kind, rng, difficulty=rng.randint(1, 3))
        return f"Problem: {task.question}\nSolution:\n{format_solution(task)}"

    return _fill(rng, problem, sep="\n\n")


# ---------------------------------------------------------------- stories

_HEROES = (("Pip", "he", "his"), ("Luna", "she", "her"), ("Bram", "he", "his"), ("Nell", "she", "her"),
           ("Tiko", "he", "his"), ("Wren", "she", "her"), ("Odo", "he", "his"), ("Fern", "she", "her"))
_CREATURES = ("fox", "rabbit", "owl", "mouse", "bear", "turtle", "dragon", "robot")
_TRAITS = ("brave", "shy", "curious", "sleepy", "clever", "grumpy", "kind", "tiny")
_PLACES = ("a quiet forest", "a busy harbor", "a castle on a hill", "a small village",
           "a sandy desert", "a cave by the sea")
_OBJECTS = ("a golden key", "a lost map", "a glowing stone", "an old lantern", "a broken kite",
            "a secret letter")
_SPOTS = ("the old well", "the big oak tree", "the river bank", "the garden gate")
_GOALS = ("cross the river", "climb the tall tower", "find the missing bell", "wake the old giant",
          "build a little boat")
_FEELINGS = ("happy", "worried", "proud", "scared", "surprised", "calm")
_WEATHER = ("storm", "thick fog", "strong wind", "heavy snow")
_LINES = ("Do not be afraid.", "We can do it if we try.", "Follow me!", "Look, over there!",
          "I will help you.")


def _stories(rng: random.Random) -> str:
    (hero, pron, poss), (friend, _, _) = rng.sample(_HEROES, 2)
    kind, friend_kind = rng.sample(_CREATURES, 2)
    head = rng.choice((
        f"Once upon a time, there was a {rng.choice(_TRAITS)} {kind} named {hero} who lived in "
        f"{rng.choice(_PLACES)}.",
        f"{hero} was a {rng.choice(_TRAITS)} {kind} from {rng.choice(_PLACES)}.",
    ))

    def event() -> str:
        return rng.choice((
            lambda: f"One day, {hero} found {rng.choice(_OBJECTS)} near {rng.choice(_SPOTS)}.",
            lambda: f"{hero} wanted to {rng.choice(_GOALS)}, so {pron} asked {friend} the "
                    f"{friend_kind} for help.",
            lambda: f'"{rng.choice(_LINES)}" said {friend}.',
            lambda: f"Suddenly, a {rng.choice(_WEATHER)} came, and {hero} felt {rng.choice(_FEELINGS)}.",
            lambda: f"Together they walked to {rng.choice(_PLACES)} and looked at {rng.choice(_OBJECTS)}.",
            lambda: f"{hero} held {poss} breath and waited by {rng.choice(_SPOTS)}.",
        ))()

    tail = rng.choice((
        f" In the end, {hero} and {friend} became best friends.",
        f" From that day on, {hero} was never {rng.choice(_FEELINGS)} again.",
        f" And so {hero} went home, tired but {rng.choice(_FEELINGS)}.",
    )) + " The end."
    return _fill(rng, event, sep=" ", head=head + " ", tail=tail)


# ---------------------------------------------------------------- code

_NOUNS = ("price", "score", "weight", "reading", "order", "packet", "sample", "token")
_CODE_TEMPLATES = (
    "def total_{n}s({n}s):\n    # Return the sum of all {n}s.\n    total = 0\n"
    "    for {n} in {n}s:\n        total += {n}\n    return total",
    "def count_large_{n}s({n}s, threshold={k}):\n    count = 0\n    for {n} in {n}s:\n"
    "        if {n} > threshold:\n            count += 1\n    return count",
    "def max_{n}({n}s):\n    best = {n}s[0]\n    for {n} in {n}s[1:]:\n        if {n} > best:\n"
    "            best = {n}\n    return best",
    "def scale_{n}s({n}s, factor={k}):\n    return [{n} * factor for {n} in {n}s]",
    "def small_{n}s({n}s, limit={k}):\n    return [{n} for {n} in {n}s if {n} < limit]",
    "class {N}Counter:\n    def __init__(self):\n        self.counts = {{}}\n\n"
    "    def add(self, {n}):\n        self.counts[{n}] = self.counts.get({n}, 0) + 1",
    "def mean_{n}({n}s):\n    if not {n}s:\n        return 0.0\n    return sum({n}s) / len({n}s)",
)


def _code(rng: random.Random) -> str:
    def function() -> str:
        noun = rng.choice(_NOUNS)
        template = rng.choice(_CODE_TEMPLATES)
        return template.format(n=noun, N=noun.capitalize(), k=rng.randint(2, 99))

    return _fill(rng, function, sep="\n\n\n") + "\n"


# ---------------------------------------------------------------- facts

_SYLLABLES = ("zor", "kel", "ma", "tri", "bon", "vas", "lu", "dra", "phe", "quin", "sor", "ta", "rhu", "mek")
_ANIMALS = ("otter", "heron", "lynx", "yak", "ibex", "tapir", "crane", "badger")


def _invented(rng: random.Random, n_syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n_syllables)).capitalize()


def _facts(rng: random.Random) -> str:
    def country_block() -> str:
        country = _invented(rng, 2) + rng.choice(("ia", "land", "ora", "istan"))
        values = {
            "capital": _invented(rng, 2),
            "currency": "the " + _invented(rng, 2).lower(),
            "language": _invented(rng, 1) + rng.choice(("ish", "ese", "ic")),
            "national animal": "the " + rng.choice(_ANIMALS),
            "highest mountain": "Mount " + _invented(rng, 2),
            "longest river": "the " + _invented(rng, 2) + " River",
        }
        attrs = rng.sample(sorted(values), rng.randint(2, 4))
        facts = [f"The {a} of {country} is {values[a]}." for a in attrs]
        questions = [f"Q: What is the {a} of {country}? A: {values[a]}"
                     for a in rng.sample(attrs, rng.randint(1, len(attrs)))]
        return " ".join(facts) + "\n" + "\n".join(questions)

    return _fill(rng, country_block, sep="\n\n")


# ---------------------------------------------------------------- calendar

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FIRST_DAY, _LAST_DAY = date(1950, 1, 1).toordinal(), date(2050, 12, 31).toordinal()


def _say(day: date) -> str:
    # Our own month names: `strftime("%B")` follows the locale and would break determinism.
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _calendar_fact(rng: random.Random) -> str:
    day = date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))
    n = rng.randint(1, 400)
    kind = rng.randrange(5)
    if kind == 0:
        return f"{_say(day)} is a {WEEKDAYS[day.weekday()]}."
    if kind == 1:
        return f"{n} days after {_say(day)} is {_say(day + timedelta(days=n))}."
    if kind == 2:
        return f"{n} days before {_say(day)} is {_say(day - timedelta(days=n))}."
    if kind == 3:
        return f"From {_say(day)} to {_say(day + timedelta(days=n))} there are {n} days."
    length = calendar.monthrange(day.year, day.month)[1]
    leap = "a leap year" if calendar.isleap(day.year) else "not a leap year"
    return f"{MONTHS[day.month - 1]} {day.year} has {length} days, and {day.year} is {leap}."


def _calendar(rng: random.Random) -> str:
    return _fill(rng, lambda: _calendar_fact(rng), sep=" ")


# ---------------------------------------------------------------- lists

_LIST_WORDS = ("delta", "alpha", "echo", "bravo", "kilo", "oscar", "tango", "zulu", "lima")


def _list_example(rng: random.Random) -> str:
    if rng.random() < 0.25:
        items: list = rng.sample(_LIST_WORDS, rng.randint(3, 7))
        op = rng.choice(("sort ascending", "sort descending", "reverse", "length"))
    else:
        items = [rng.randint(0, 99) for _ in range(rng.randint(3, 9))]
        k, v = rng.randint(1, len(items)), rng.choice(items)
        op = rng.choice(("sort ascending", "sort descending", "reverse", "remove duplicates",
                         "maximum", "minimum", "length", f"first {k}", f"last {k}", f"remove {v}",
                         f"append {rng.randint(0, 99)}"))
    return f"list: {items}\noperation: {op}\nresult: {_list_result(items, op)}"


def _list_result(items: list, op: str) -> object:
    name, _, arg = op.rpartition(" ") if op.split()[-1].isdigit() else (op, "", "")
    if name == "sort ascending":
        return sorted(items)
    if name == "sort descending":
        return sorted(items, reverse=True)
    if name == "reverse":
        return items[::-1]
    if name == "remove duplicates":
        return list(dict.fromkeys(items))  # keeps first occurrences in order, unlike set()
    if name in ("maximum", "minimum"):
        return max(items) if name == "maximum" else min(items)
    if name == "length":
        return len(items)
    if name == "first":
        return items[: int(arg)]
    if name == "last":
        return items[-int(arg):]
    if name == "remove":
        return [x for x in items if x != int(arg)]
    if name == "append":
        return items + [int(arg)]
    raise ValueError(f"unknown list operation {op!r}")


def _lists(rng: random.Random) -> str:
    return _fill(rng, lambda: _list_example(rng), sep="\n\n")


# ---------------------------------------------------------------- multilingual

# (subjects, verbs, objects, places, times, word order) per language.
_LANGUAGES = {
    "es": (("el gato", "la niña", "mi hermano", "el maestro"), ("come", "lee", "busca", "tiene"),
           ("una manzana", "el libro", "la llave", "pan"),
           ("en la casa", "en el parque", "cerca del río", "en la escuela"),
           ("hoy", "mañana", "siempre", "a veces"), "{t} {s} {v} {o} {p}."),
    "de": (("die Katze", "das Mädchen", "mein Bruder", "der Lehrer"), ("isst", "liest", "sucht", "hat"),
           ("einen Apfel", "das Buch", "den Schlüssel", "Brot"),
           ("im Haus", "im Park", "am Fluss", "in der Schule"),
           ("heute", "morgen", "immer", "manchmal"), "{s} {v} {t} {o} {p}."),
    "fr": (("le chat", "la fille", "mon frère", "le professeur"), ("mange", "lit", "cherche", "a"),
           ("une pomme", "le livre", "la clé", "du pain"),
           ("à la maison", "dans le parc", "près de la rivière", "à l'école"),
           ("aujourd'hui", "demain", "toujours", "parfois"), "{t} {s} {v} {o} {p}."),
    "it": (("il gatto", "la bambina", "mio fratello", "il maestro"), ("mangia", "legge", "cerca", "ha"),
           ("una mela", "il libro", "la chiave", "il pane"),
           ("a casa", "nel parco", "vicino al fiume", "a scuola"),
           ("oggi", "domani", "sempre", "a volte"), "{t} {s} {v} {o} {p}."),
    "pinyin": (("wǒ", "tā", "lǎoshī", "xiǎo māo"), ("chī", "kàn", "zhǎo", "yǒu"),
               ("píngguǒ", "shū", "yàoshi", "miànbāo"),
               ("zài jiā lǐ", "zài gōngyuán", "zài hé biān", "zài xuéxiào"),
               ("jīntiān", "míngtiān", "měitiān", "yǒushíhou"), "{s} {t} {p} {v} {o}."),
}


def _multilingual(rng: random.Random) -> str:
    subjects, verbs, objects, places, times, order = _LANGUAGES[rng.choice(sorted(_LANGUAGES))]

    def sentence() -> str:
        text = order.format(s=rng.choice(subjects), v=rng.choice(verbs), o=rng.choice(objects),
                            p=rng.choice(places), t=rng.choice(times))
        return text[0].upper() + text[1:]

    return _fill(rng, sentence, sep=" ")


# ---------------------------------------------------------------- spam

_SHOUTS = ("BUY NOW", "LIMITED OFFER", "ACT FAST", "FREE GIFT", "WINNER", "100% GUARANTEED")
_PRODUCTS = ("cheap watches", "miracle pills", "crypto coins", "designer bags", "weight loss tea")
_TOKENS = ("free", "win", "$$$", "click", "lol", "asdf", "xxx", "!!!")
_NOISE = string.ascii_letters + string.digits + "#$%&*@!?"


def _spam_chunk(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        host = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 8)))
        code = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6))
        url = f"http://{host}.{rng.choice(('biz', 'xyz', 'top', 'info'))}/{code}"
        return (f"{rng.choice(_SHOUTS)}!!! {rng.choice(_PRODUCTS)} only ${rng.randint(1, 99)}.99 "
                f"- {rng.choice((50, 70, 90))}% OFF, click {url} now")
    if kind == 1:
        return "".join(rng.choice(_NOISE) for _ in range(rng.randint(20, 60)))
    return " ".join([rng.choice(_TOKENS)] * rng.randint(5, 15))


def _spam(rng: random.Random) -> str:
    return _fill(rng, lambda: _spam_chunk(rng), sep=" ")


# ---------------------------------------------------------------- public API

_GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "arithmetic": _arithmetic, "stories": _stories, "code": _code, "facts": _facts,
    "calendar": _calendar, "lists": _lists, "multilingual": _multilingual, "spam": _spam,
}


def _unknown_domain(domain: object) -> ValueError:
    return ValueError(f"unknown domain {domain!r}; valid domains: {', '.join(DOMAINS)}")


def generate_document(domain: str, rng: random.Random) -> Document:
    """One document of `domain`, drawn from `rng`."""
    if domain not in _GENERATORS:
        raise _unknown_domain(domain)
    return Document(domain=domain, text=_GENERATORS[domain](rng))


def _mixture(
    domains: Sequence[str] | None, weights: Sequence[float] | None
) -> tuple[list[str], list[float]]:
    """Validated (domains, weights), with zero-weight domains dropped."""
    names = list(DOMAINS if domains is None else domains)
    if not names:
        raise ValueError("domains: expected at least one domain, found none")
    for name in names:
        if name not in _GENERATORS:
            raise _unknown_domain(name)
    if len(set(names)) != len(names):
        raise ValueError(f"domains: each domain may appear once, found {names}")
    probs = [1.0] * len(names) if weights is None else [float(w) for w in weights]
    if len(probs) != len(names):
        raise ValueError(f"weights: expected {len(names)} (one per domain), found {len(probs)}")
    if any(not math.isfinite(w) or w < 0 for w in probs):
        raise ValueError(f"weights: expected finite values >= 0, found {list(weights or [])}")
    if sum(probs) == 0:
        raise ValueError("weights: all zero; at least one domain needs a positive weight")
    kept = [(n, w) for n, w in zip(names, probs, strict=True) if w > 0]
    return [n for n, _ in kept], [w for _, w in kept]


def _stream(rng: random.Random, names: list[str], probs: list[float]) -> Iterator[Document]:
    while True:
        domain = rng.choices(names, weights=probs)[0]
        # A private stream per document: the domain sequence depends on seed and weights only.
        yield generate_document(domain, random.Random(rng.getrandbits(64)))


def iter_corpus(
    *, seed: int = 0, domains: Sequence[str] | None = None, weights: Sequence[float] | None = None
) -> Iterator[Document]:
    """An endless stream of documents; each domain drawn with probability ∝ its weight."""
    names, probs = _mixture(domains, weights)  # validate now, not at the first next()
    return _stream(random.Random(seed), names, probs)


def corpus(
    n_docs: int,
    *,
    seed: int = 0,
    domains: Sequence[str] | None = None,
    weights: Sequence[float] | None = None,
) -> list[Document]:
    """The first `n_docs` documents of `iter_corpus(seed=seed, domains=..., weights=...)`."""
    if n_docs < 0:
        raise ValueError(f"n_docs: expected >= 0, found {n_docs}")
    return list(itertools.islice(iter_corpus(seed=seed, domains=domains, weights=weights), n_docs))
