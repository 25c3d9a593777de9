"""The reproduction's data: `core.synthetic`'s eight domains plus a junk source, at unequal sizes, and a
multiple-choice target that needs two of the domains (facts and arithmetic).

    docs = source_corpus(docs_per_source=1000, seed=0)        # list[Document]: text + hidden source
    val, test = target_items(200, seed=1), target_items(200, seed=2)

Sources and their relative sizes (so natural token shares differ): `SOURCE_SIZES`. `junk` is markup
and navigation boilerplate, mojibake and base64-like blobs, the other kind of low-quality web text next
to core's `spam` (ads, random characters, repeated tokens).

The target is reading comprehension in two domains, in the style of lm-eval's multiple-choice tasks:
- facts: the context is a facts document up to a question's "A:"; the choices are the asked attribute's
  value and values the same document gives for other attributes or another country;
- arithmetic: the context is a worked solution up to "The answer is"; the choices are the final result
  and numbers from earlier steps or nearby.
So the answer is in the context, and a model must have learned from that domain where to copy it
from. Items come from documents generated with their own seeds, never from the training corpus.
"""

from __future__ import annotations

import base64
import random
import re
from dataclasses import dataclass

from nanofrontier.climb.target import Item
from nanofrontier.core.synthetic import Document, generate_document

# relative corpus size per source; a source's document count is round(size * docs_per_source)
SOURCE_SIZES: dict[str, float] = {
    "arithmetic": 0.7, "stories": 1.4, "code": 1.0, "facts": 0.6, "calendar": 1.0, "lists": 0.8,
    "multilingual": 1.2, "spam": 1.0, "junk": 0.9,
}
LOW_QUALITY = ("spam", "junk")
TARGET_DOMAINS = ("facts", "arithmetic")

_NAV = ("Home", "About us", "Contact", "Login", "Sign up", "Privacy Policy", "Terms of Use", "Cookies",
        "Sitemap", "Careers", "Press", "FAQ", "Help", "Search", "Menu", "Share", "Subscribe")
_TAGS = ("div", "span", "li", "td", "a", "nav", "footer")
_MOJIBAKE = ("Ã©", "Ã¨", "â€™", "â€œ", "â€\u009d", "Ã¼", "Ã¶", "Ã¤", "Â ", "ï¿½", "Ã±", "â€“")


def _junk_chunk(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return " | ".join(rng.sample(_NAV, rng.randint(4, 9))) + f" © {rng.randint(1998, 2025)}"
    if kind == 1:
        tag = rng.choice(_TAGS)
        cls = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz-_0123456789") for _ in range(rng.randint(4, 10)))
        return f'<{tag} class="{cls}" id="{rng.randint(0, 9999)}"></{tag}>' * rng.randint(1, 3)
    if kind == 2:
        return "".join(rng.choice(_MOJIBAKE) + rng.choice("abcdefghij ") for _ in range(rng.randint(8, 20)))
    raw = bytes(rng.randrange(256) for _ in range(rng.randint(24, 60)))
    return base64.b64encode(raw).decode("ascii")


def junk_document(rng: random.Random) -> Document:
    """Boilerplate and broken text, 100-800 characters, drawn from `rng`."""
    target = rng.randint(150, 600)
    text = _junk_chunk(rng)
    while len(text) < target:
        text += rng.choice((" ", "\n")) + _junk_chunk(rng)
    return Document(domain="junk", text=text[:800])


def source_corpus(*, docs_per_source: int, seed: int = 0) -> list[Document]:
    """Documents of every source in SOURCE_SIZES, interleaved at random (the order hides the source)."""
    rng = random.Random(seed)
    docs = []
    for source, size in SOURCE_SIZES.items():
        for _ in range(max(1, round(size * docs_per_source))):
            doc_rng = random.Random(rng.getrandbits(64))
            docs.append(junk_document(doc_rng) if source == "junk" else generate_document(source, doc_rng))
    rng.shuffle(docs)
    return docs


# ---------------------------------------------------------------- the two-domain target

_QUESTION = re.compile(r"^Q: What is the (.+?) of (\w+)\? A: (.+)$", re.MULTILINE)
_FACT = re.compile(r"The (.+?) of (\w+) is (.+?)\.(?= |\n|$)")
_RESULT = re.compile(r"= (-?\d+)\n")
_ANSWER = re.compile(r"The answer is (-?\d+)\.")


@dataclass(frozen=True)
class _Candidate:
    context: str
    answer: str
    kind: str  # the attribute asked ("capital", ...) or "number"


def _facts_candidates(text: str) -> list[_Candidate]:
    return [_Candidate(text[: m.start(3)].rstrip(" "), m.group(3), m.group(1)) for m in _QUESTION.finditer(text)]


def _arithmetic_candidates(text: str) -> list[_Candidate]:
    return [_Candidate(text[: m.start(1)].rstrip(" "), m.group(1), "number") for m in _ANSWER.finditer(text)]


def _distractors(candidate: _Candidate, context: str, rng: random.Random, n: int,
                 seen: dict[str, list[str]]) -> list[str] | None:
    """n wrong answers of the answer's type that are not in the context: only a model that reads the
    context (rather than guessing the type) gets the item right."""
    if candidate.kind == "number":
        value = int(candidate.answer)
        pool = {str(value + d) for d in (-20, -10, -3, -2, -1, 1, 2, 3, 10, 20) if value + d >= 0}
        pool |= {str(rng.randint(2, 150)) for _ in range(4)}
    else:
        pool = set(seen.get(candidate.kind, []))
    pool = sorted(v for v in pool if v != candidate.answer and v not in context)
    return rng.sample(pool, n) if len(pool) >= n else None


def target_items(n: int, *, seed: int, n_choices: int = 4, context_chars: int = 100,
                 domains: tuple[str, ...] = TARGET_DOMAINS) -> list[Item]:
    """`n` items, alternating over `domains` ("facts", "arithmetic"). The context keeps the last
    `context_chars` characters before the answer (so it fits a small model's window) and always
    contains the answer; the wrong choices never appear in it."""
    makers = {"facts": (_facts_candidates, "\n"), "arithmetic": (_arithmetic_candidates, ".")}
    unknown = [d for d in domains if d not in makers]
    if unknown:
        raise ValueError(f"target_items: no items for domain(s) {unknown}; known: {sorted(makers)}")
    rng = random.Random(seed)
    seen: dict[str, list[str]] = {}  # attribute -> values met so far, the pool of wrong facts
    items: list[Item] = []
    while len(items) < n:
        domain = domains[len(items) % len(domains)]
        find, suffix = makers[domain]
        candidates = find(generate_document(domain, random.Random(rng.getrandbits(64))).text)
        if not candidates:
            continue
        pick = rng.choice(candidates)
        context = pick.context[-context_chars:]
        wrong = _distractors(pick, context, rng, n_choices - 1, seen) if pick.answer in context else None
        for c in candidates:
            seen.setdefault(c.kind, []).append(c.answer)
        if wrong is None:
            continue
        choices = [" " + c + suffix for c in [pick.answer, *wrong]]
        rng.shuffle(choices)
        items.append(Item(context=context, choices=tuple(choices), answer=choices.index(" " + pick.answer + suffix),
                          kind=domain))
    return items
