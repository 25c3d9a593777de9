"""Counts listed with Chinese labels, read as a tuple in the order the question names the labels.

    labelled_counts(Text("鸡23只, 兔12只"), Collection((Value(23), Value(12)), "()"), "鸡兔同笼……鸡和兔各几只")
    # -> Collection((23, 12), ""): the numbers, in the question's order of 鸡 and 兔

math_equiv.compare reads both sides through this before comparing; anything else comes back unchanged.
"""

from __future__ import annotations

import re

from .numbers import quantity_from_clean
from .shapes import Collection, Text, Value
from .structures import quantity_node

_LABELLED_COUNT_RE = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:有|是|为|共|:|=)?\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fff]?)")


# The same, count first: "9只鸡", "10只兔" (a measure word may stand between).
_COUNT_LABEL_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]?)([\u4e00-\u9fff]{1,3})")
_COUNT_LIST_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:共有|有|是)(?=\d)")
_COUNT_LIST_SPLIT = re.compile(r"\s*[和与及、,，;；]\s*")


_NEGATION = re.compile(r"[不没非无或]")


def _item_text(item) -> str | None:
    """A list item as written: "10只兔" parses as 10 in the unit 只兔."""
    if isinstance(item, Text):
        return item.text
    q = item.quantity if isinstance(item, Value) else None
    if q is None or not q.unit or not re.search(r"[\u4e00-\u9fff]", q.unit) or q.value.denominator != 1:
        return None
    return f"{q.value}{q.unit}"


def _labelled_item(text: str) -> tuple[str, str] | None:
    """(label, count with its measure word) of "鸡23只" or "9只鸡"."""
    if m := _LABELLED_COUNT_RE.fullmatch(text):
        return m.group(1), m.group(2)
    if m := _COUNT_LABEL_RE.fullmatch(text):
        return m.group(3), m.group(1) + m.group(2)
    return None


def labelled_counts(answer, other, question: str):
    """`鸡23只, 兔12只` or "笼中有9只鸡和10只兔" against the tuple (23, 12): the numbers, in the order the
    question names 鸡 and 兔 (the order such a tuple follows). Only when the question names every label."""
    if not (isinstance(other, Collection) and other.brackets and all(isinstance(v, Value) for v in other.items)):
        return answer
    if isinstance(answer, Text):  # one sentence lists the counts
        texts = _COUNT_LIST_SPLIT.split(answer.text.strip(" .。"))
    elif isinstance(answer, Collection) and answer.brackets == "":
        texts = [_item_text(i) for i in answer.items]
    else:
        return answer
    if len(texts) != len(other.items) or len(texts) < 2 or any(t is None or _NEGATION.search(t) for t in texts):
        return answer
    labelled = []
    for text in texts:
        found = _labelled_item(text) or _labelled_item(_COUNT_LIST_LEAD.sub("", text))
        q = quantity_from_clean(found[1]) if found else None
        if q is None:
            return answer
        labelled.append((question.find(found[0]), Value(quantity_node(q), q)))
    positions = [p for p, _ in labelled]
    if -1 in positions or len(set(positions)) != len(positions):
        return answer  # labels the question does not name (甲, 第): the numbers alone could be misread
    return Collection(tuple(v for _, v in sorted(labelled, key=lambda pv: pv[0])), "")
