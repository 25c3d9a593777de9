"""Synthetic images: shapes and digits of six colours in the cells of a 2 x 2 grid, rendered with Pillow.

A `Scene` is a tuple of `Item`s (kind, colour, cell, digit, a small jitter), or one `large` item filling the
canvas; `render(scene)` draws it on a 32 x 32 canvas (any size: everything scales). The (kind, colour, cell)
triples are split once into train and test sets (`TripleSplit`) so that a test scene combines attributes never
seen together in training.

    split = TripleSplit.make(seed=0)                       # 96 triples: 80 train, 16 test
    scene = random_scene(random.Random(1), split.train, n_items=3)
    image = render(scene)                                  # PIL.Image, RGB
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

COLOURS = {"red": (215, 40, 40), "green": (40, 160, 60), "blue": (45, 80, 215), "yellow": (225, 200, 30),
           "purple": (140, 55, 185), "orange": (240, 135, 25)}
SHAPES = ("circle", "square", "triangle")
KINDS = (*SHAPES, "digit")
CELLS = ("top left", "top right", "bottom left", "bottom right")
BACKGROUND = (236, 236, 236)
Triple = tuple[str, str, int]  # (kind, colour, cell)


@dataclass(frozen=True)
class Item:
    kind: str
    colour: str
    cell: int  # index into CELLS
    digit: int = 0  # the numeral drawn when kind == "digit"
    jitter: tuple[int, int] = (0, 0)  # offset in 1/32 of the canvas

    def __post_init__(self) -> None:
        if self.kind not in KINDS or self.colour not in COLOURS or not 0 <= self.cell < len(CELLS):
            raise ValueError(f"bad item {self}: kind in {KINDS}, colour in {tuple(COLOURS)}, cell in 0..3")

    @property
    def triple(self) -> Triple:
        return (self.kind, self.colour, self.cell)


@dataclass(frozen=True)
class Scene:
    items: tuple[Item, ...]
    large: bool = False  # one item drawn across the whole canvas (cell and jitter ignored)

    def count(self, colour: str | None = None) -> int:
        """Shapes (digits excluded) of `colour`, or of any colour."""
        return sum(i.kind in SHAPES and (colour is None or i.colour == colour) for i in self.items)


@dataclass(frozen=True)
class TripleSplit:
    train: frozenset[Triple]
    test: frozenset[Triple]

    @classmethod
    def make(cls, *, seed: int = 0, test_colours: int = 1) -> TripleSplit:
        """Hold out `test_colours` colours of every (kind, cell), so each test triple's kind, colour and cell
        all appear in training, but never together."""
        rng = random.Random(seed)
        train, test = set(), set()
        for kind in KINDS:
            for cell in range(len(CELLS)):
                colours = list(COLOURS)
                rng.shuffle(colours)
                test.update((kind, c, cell) for c in colours[:test_colours])
                train.update((kind, c, cell) for c in colours[test_colours:])
        return cls(frozenset(train), frozenset(test))


def random_scene(rng: random.Random, allowed: frozenset[Triple], *, n_items: int,
                 kinds: Sequence[str] = KINDS, large: bool = False) -> Scene:
    """`n_items` items in distinct cells, each an allowed (kind, colour, cell) triple with kind in `kinds`
    (`large`: one item filling the canvas; its triple's cell still decides the train/test split)."""
    if large and n_items != 1:
        raise ValueError("a large scene holds exactly one item")
    if not 1 <= n_items <= len(CELLS):
        raise ValueError(f"a scene holds 1..{len(CELLS)} items, not {n_items}")
    items = []
    for cell in rng.sample(range(len(CELLS)), n_items):
        options = sorted(t for t in allowed if t[2] == cell and t[0] in kinds)
        if not options:
            raise ValueError(f"no allowed triple for cell {CELLS[cell]!r} with kinds {tuple(kinds)}")
        kind, colour, _ = rng.choice(options)
        items.append(Item(kind, colour, cell, digit=rng.randrange(10), jitter=(rng.randint(-1, 1), rng.randint(-1, 1))))
    return Scene(tuple(sorted(items, key=lambda i: i.cell)), large=large)


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow built without FreeType: the fixed bitmap font
        return ImageFont.load_default()


def render(scene: Scene, size: int = 32) -> Image.Image:
    """The scene as an RGB image of size x size pixels."""
    image = Image.new("RGB", (size, size), BACKGROUND)
    draw = ImageDraw.Draw(image)
    half, unit = size / 2, size / 32
    for item in scene.items:
        col, row = item.cell % 2, item.cell // 2
        cx = col * half + half / 2 + item.jitter[0] * unit
        cy = row * half + half / 2 + item.jitter[1] * unit
        r = 5.5 * unit
        if scene.large:
            cx = cy = size / 2
            r = 12 * unit
        fill = COLOURS[item.colour]
        if item.kind == "circle":
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
        elif item.kind == "square":
            draw.rectangle((cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85), fill=fill)
        elif item.kind == "triangle":
            draw.polygon([(cx, cy - r), (cx - r, cy + r * 0.8), (cx + r, cy + r * 0.8)], fill=fill)
        else:
            draw.text((cx, cy), str(item.digit), fill=fill, font=_font(max(8, round(13 * unit))), anchor="mm")
    return image
