"""The label vocabulary: a prompt such as "red circle moving left" names one shape, one colour and one
direction, and becomes three condition tokens, the tiny stand-in for the text stream of Seaweed's MMDiT.

    vocab = LabelVocab()
    label = vocab.parse("red circle moving left")     # Label(shape=0, colour=0, direction=0)
    ids = vocab.token_ids([label])                    # tensor [1, 3]: one token per slot
    vocab.describe(label)                             # "red circle moving left"

Token ids: slot words are numbered one after the other (shapes, then colours, then directions) and one
more id, `null_id`, stands for "no condition" (classifier-free guidance drops labels to it; an image
sample has no direction, so its direction slot is null too). Filler words ("a", "moving", ...) are
accepted and ignored; any other word is an error that names it and lists the known words.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import Tensor

from nanofrontier.core.atomic import write_json_atomic
from nanofrontier.core.jsonio import read_json

SHAPES = ("circle", "square", "triangle")
COLOURS = ("red", "green", "blue", "yellow")
DIRECTIONS = ("left", "right", "up", "down")
FILLERS = ("a", "an", "the", "one", "moving", "moves", "going", "goes", "to", "towards", "is", "that", "and")
SLOTS = ("shape", "colour", "direction")
VOCAB_FILE = "vocab.json"


@dataclass(frozen=True)
class Label:
    """Indices into SHAPES, COLOURS, DIRECTIONS; direction None for a still image."""

    shape: int
    colour: int
    direction: int | None


def all_labels() -> list[Label]:
    """Every (shape, colour, direction) combination: 3 x 4 x 4 = 48."""
    return [Label(s, c, d) for s in range(len(SHAPES)) for c in range(len(COLOURS)) for d in range(len(DIRECTIONS))]


@dataclass(frozen=True, kw_only=True)
class LabelVocab:
    shapes: tuple[str, ...] = SHAPES
    colours: tuple[str, ...] = COLOURS
    directions: tuple[str, ...] = DIRECTIONS
    fillers: tuple[str, ...] = FILLERS

    @property
    def slots(self) -> tuple[tuple[str, ...], ...]:
        return self.shapes, self.colours, self.directions

    @property
    def null_id(self) -> int:
        return len(self.shapes) + len(self.colours) + len(self.directions)

    @property
    def size(self) -> int:
        return self.null_id + 1

    def parse(self, prompt: str) -> Label:
        """One word per slot, in any order, plus fillers; the direction may be left out (an image)."""
        found: dict[str, int] = {}
        for word in prompt.lower().replace(",", " ").split():
            if word in self.fillers:
                continue
            for slot, words in zip(SLOTS, self.slots, strict=True):
                if word in words:
                    if slot in found:
                        raise ValueError(f"prompt {prompt!r}: two {slot} words ({words[found[slot]]!r}, {word!r})")
                    found[slot] = words.index(word)
                    break
            else:
                known = ", ".join(w for words in self.slots for w in words)
                raise ValueError(f"prompt {prompt!r}: unknown word {word!r}; known words: {known}")
        missing = [slot for slot in SLOTS[:2] if slot not in found]
        if missing:
            raise ValueError(f"prompt {prompt!r}: no {' and no '.join(missing)} word "
                             f"(e.g. 'red circle moving left')")
        return Label(found["shape"], found["colour"], found.get("direction"))

    def describe(self, label: Label) -> str:
        text = f"{self.colours[label.colour]} {self.shapes[label.shape]}"
        return text if label.direction is None else f"{text} moving {self.directions[label.direction]}"

    def token_ids(self, labels: list[Label]) -> Tensor:
        """[B, 3] long: shape, colour and direction tokens (null where the direction is None)."""
        offsets = (0, len(self.shapes), len(self.shapes) + len(self.colours))
        rows = [[offsets[0] + lab.shape, offsets[1] + lab.colour,
                 self.null_id if lab.direction is None else offsets[2] + lab.direction] for lab in labels]
        return torch.tensor(rows, dtype=torch.long).reshape(len(labels), 3)

    def save(self, folder: str | os.PathLike) -> None:
        write_json_atomic(Path(folder) / VOCAB_FILE, {
            "_class_name": "LabelVocab", "shapes": list(self.shapes), "colours": list(self.colours),
            "directions": list(self.directions), "fillers": list(self.fillers)})

    @classmethod
    def load(cls, folder: str | os.PathLike) -> LabelVocab:
        path = Path(folder) / VOCAB_FILE
        data = read_json(path, expect=dict)
        try:
            return cls(**{k: tuple(data[k]) for k in ("shapes", "colours", "directions", "fillers")})
        except (KeyError, TypeError) as e:
            raise ValueError(f"{path}: expects lists 'shapes', 'colours', 'directions', 'fillers' ({e})") from e
