"""Templated questions about synthetic scenes, with answers a program can check, and a text-only corpus.

Question families (`FAMILIES`), each a function `(rng, allowed triples) -> Sample`:
- colour      "what colour is the circle ?"                      -> "red"
- object      "what is at the top left ?"                        -> "red circle" (or "blue 7" for a digit)
- count       "how many red shapes are there ?"                  -> "2"
- position    "where is the red circle ?"                        -> "top left"
- digit       "what digit is shown ?"                            -> "7"
- two_step    "how many red shapes plus 3 ?"                     -> "2 plus 3 is 5" (count, then add)
- caption     "what is in the image ?"                           -> "red circle at the top left , blue 7 at the ..."
- multi_image (n images) "what shape is the red one ?" -> "circle" (one large shape per image, exactly one
              of the asked-about colour)
- first_colour (n images) "what colour is the first one ?" -> "red" (one large shape per image)
- gallery_caption, gallery_colour, gallery_two_step: the same one-large-shape images (what the reproduction
  trains on: they are learnt in a few hundred steps), described, asked about, counted then added

Text-only documents (`text_document`) use the same words: "4 plus 3 is 7 . the red circle is at the top left ."

    rng = random.Random(0)
    sample = FAMILIES["count"](rng, split.train)
    sample.question, sample.answer, check(sample, "2")
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nanofrontier.internvl.scenes import CELLS, COLOURS, SHAPES, Item, Scene, Triple, random_scene

MAX_NUMBER = 40  # numerals 0..40 are words of the vocabulary (counts, sums, image labels)


@dataclass(frozen=True)
class Sample:
    """One example: its images, the question (the prompt adds the image placeholders) and the answer."""

    images: tuple[Scene, ...]
    question: str
    answer: str
    family: str


def check(sample: Sample, output: str) -> bool:
    """Whether `output` answers the sample: exact words, or for two-step the final number after "is"."""
    words = output.replace("<|im_end|>", " ").split()
    if sample.family == "two_step":
        final = sample.answer.split()[-1]
        return len(words) >= 1 and words[-1] == final
    return words == sample.answer.split()


def _object_name(scene: Scene, index: int) -> str:
    item = scene.items[index]
    return f"{item.colour} {item.digit if item.kind == 'digit' else item.kind}"


def colour_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=rng.randint(1, 4), kinds=SHAPES)
    item = rng.choice(scene.items)
    unique = sum(i.kind == item.kind for i in scene.items) == 1
    where = "" if unique else f" at the {CELLS[item.cell]}"
    return Sample((scene,), f"what colour is the {item.kind}{where} ?", item.colour, "colour")


def object_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=rng.randint(1, 4))
    i = rng.randrange(len(scene.items))
    return Sample((scene,), f"what is at the {CELLS[scene.items[i].cell]} ?", _object_name(scene, i), "object")


def count_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=rng.randint(1, 4), kinds=SHAPES)
    if rng.random() < 0.3:
        return Sample((scene,), "how many shapes are there ?", str(scene.count()), "count")
    colour = rng.choice([i.colour for i in scene.items] + [rng.choice(list(COLOURS))])
    return Sample((scene,), f"how many {colour} shapes are there ?", str(scene.count(colour)), "count")


def position_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=rng.randint(1, 4), kinds=SHAPES)
    item = rng.choice(scene.items)
    same = [i for i in scene.items if (i.kind, i.colour) == (item.kind, item.colour)]
    if len(same) > 1:  # ambiguous: ask about another item
        return position_question(rng, allowed)
    return Sample((scene,), f"where is the {item.colour} {item.kind} ?", CELLS[item.cell], "position")


def digit_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=1, kinds=("digit",))
    return Sample((scene,), "what digit is shown ?", str(scene.items[0].digit), "digit")


def two_step_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=rng.randint(1, 4), kinds=SHAPES)
    colour = rng.choice([i.colour for i in scene.items])
    n, k = scene.count(colour), rng.randint(1, 9)
    return Sample((scene,), f"how many {colour} shapes plus {k} ?", f"{n} plus {k} is {n + k}", "two_step")


def multi_image_sample(rng: random.Random, allowed: frozenset[Triple], *, n_images: int) -> Sample:
    """`n_images` images of one large shape each; exactly one has the colour asked about:
    "what shape is the red one ?" -> "circle"."""
    colours = rng.sample(list(COLOURS), len(COLOURS))
    target, others = colours[0], colours[1:]
    scenes = [_one_shape(rng, allowed, rng.choice(others)) for _ in range(n_images - 1)]
    scenes.insert(rng.randrange(n_images), _one_shape(rng, allowed, target))
    item = next(s.items[0] for s in scenes if s.items[0].colour == target)
    return Sample(tuple(scenes), f"what shape is the {target} one ?", item.kind, "multi_image")


def first_image_sample(rng: random.Random, allowed: frozenset[Triple], *, n_images: int) -> Sample:
    """`n_images` images of one large shape each: "what colour is the first one ?" -> its colour. The answer
    sits as far from the question as the context is long, which is what V2PE's smaller steps shorten."""
    scenes = tuple(random_scene(rng, allowed, n_items=1, kinds=SHAPES, large=True) for _ in range(n_images))
    return Sample(scenes, "what colour is the first one ?", scenes[0].items[0].colour, "first_colour")


def _one_shape(rng: random.Random, allowed: frozenset[Triple], colour: str) -> Scene:
    """A large shape of `colour` from an allowed triple."""
    options = sorted(t for t in allowed if t[1] == colour and t[0] in SHAPES)
    kind, _, cell = rng.choice(options)
    return Scene((Item(kind, colour, cell),), large=True)


def gallery_two_step(rng: random.Random, allowed: frozenset[Triple], *, n_images: int | None = None) -> Sample:
    """Count across 1..4 one-shape images, then add: "how many red shapes plus 3 ?" -> "2 plus 3 is 5"."""
    n_images = rng.randint(1, 4) if n_images is None else n_images
    scenes = tuple(random_scene(rng, allowed, n_items=1, kinds=SHAPES, large=True) for _ in range(n_images))
    colour = rng.choice([s.items[0].colour for s in scenes])
    n, k = sum(s.count(colour) for s in scenes), rng.randint(1, 4)
    return Sample(scenes, f"how many {colour} shapes plus {k} ?", f"{n} plus {k} is {n + k}", "two_step")


def gallery_caption(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    """1..4 one-shape images described in order: "what are the images ?" -> "red circle , blue square"."""
    scenes = tuple(random_scene(rng, allowed, n_items=1, kinds=SHAPES, large=True) for _ in range(rng.randint(1, 4)))
    return Sample(scenes, "what are the images ?", " , ".join(_object_name(s, 0) for s in scenes), "caption")


def gallery_colour(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    """One large shape: "what colour is the shape ?" or "what shape is it ?"."""
    scene = random_scene(rng, allowed, n_items=1, kinds=SHAPES, large=True)
    item = scene.items[0]
    if rng.random() < 0.5:
        return Sample((scene,), "what colour is the shape ?", item.colour, "colour")
    return Sample((scene,), "what shape is it ?", item.kind, "colour")


def caption_question(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
    scene = random_scene(rng, allowed, n_items=rng.randint(1, 4))
    parts = [f"{_object_name(scene, i)} at the {CELLS[item.cell]}" for i, item in enumerate(scene.items)]
    return Sample((scene,), "what is in the image ?", " , ".join(parts), "caption")


FAMILIES: dict[str, Callable[[random.Random, frozenset[Triple]], Sample]] = {
    "colour": colour_question, "object": object_question, "count": count_question,
    "position": position_question, "digit": digit_question, "two_step": two_step_question,
    "caption": caption_question,
    # galleries of one-shape images (what the reproduction trains on: learnt in a few hundred steps)
    "gallery_colour": gallery_colour, "gallery_caption": gallery_caption, "gallery_two_step": gallery_two_step,
    "multi_image": lambda rng, allowed: multi_image_sample(rng, allowed, n_images=rng.randint(1, 4)),
    "first_colour": lambda rng, allowed: first_image_sample(rng, allowed, n_images=rng.randint(1, 4)),
}


def text_document(rng: random.Random, sentences: int = 3) -> str:
    """Plain statements in the task vocabulary: sums, where things are, how many there are."""
    out = []
    for _ in range(sentences):
        r = rng.random()
        if r < 0.5:
            a, b = rng.randint(0, 9), rng.randint(0, 9)
            out.append(f"{a} plus {b} is {a + b} .")
        elif r < 0.8:
            out.append(f"the {rng.choice(list(COLOURS))} {rng.choice(SHAPES)} is at the {rng.choice(CELLS)} .")
        else:
            n = rng.randint(0, 4)
            out.append(f"there are {n} {rng.choice(list(COLOURS))} shapes .")
    return " ".join(out)


def vocabulary() -> list[str]:
    """Every word a question, answer, prompt or document uses (specials excluded)."""
    words = ["system", "user", "assistant", "Image", "-", ":", "?", ".", "what", "colour", "is", "the", "at",
             "how", "many", "shapes", "are", "there", "where", "digit", "shown", "plus", "shape", "image", "in", ",",
             "one", "it", "first"]
    words += list(COLOURS) + list(SHAPES) + sorted({w for c in CELLS for w in c.split()})
    words += [str(n) for n in range(MAX_NUMBER + 1)]
    return list(dict.fromkeys(words))


def words_of(text: str) -> list[str]:
    """The words of a text as the word-level tokenizer splits them (punctuation apart)."""
    return re.findall(r"\w+|[^\w\s]+", text)


def mixture(families: Sequence[str], weights: Sequence[float] | None = None
            ) -> Callable[[random.Random, frozenset[Triple]], Sample]:
    """A sampler that picks a family (by weight) and asks one of its questions."""
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        raise ValueError(f"unknown question famil(ies) {unknown}; known: {', '.join(FAMILIES)}")

    def sample(rng: random.Random, allowed: frozenset[Triple]) -> Sample:
        family = rng.choices(list(families), weights=weights)[0]
        return FAMILIES[family](rng, allowed)

    return sample
