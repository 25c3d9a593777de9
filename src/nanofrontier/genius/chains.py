"""The reproduction's task: `core.tasks`' variable chains, rendered compactly for a character-level policy,
one reasoning step a line.

    tasks = chain_tasks(600, seed=1, hops=(2, 4))
    render_prompt(tasks[0])     # "k=4;m=k+3;p=m*k;p?\\n"
    render_response(tasks[0])   # "m=k+3=4+3=7\\np=m*k=7*4=28\\nans=28"
    write_queries(path, tasks, labelled=False)   # {"prompt": ...} per line: what `genius synthesize` reads

The question "k = 4. m = k + 3. What is m?" becomes the prompt "k=4;m=k+3;m?" and each worked step
"m = k + 3 = 4 + 3 = 7" a line without spaces; the last line is "ans=<answer>". Dropping the spaces halves the
sequence a byte-level model reads; `core.tasks.extract_answer` still finds the final number.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

from nanofrontier.core.atomic import atomic_path
from nanofrontier.core.tasks import Task, generate_task

_ASSIGNMENT = re.compile(r"(\w+) = ([^.]+)\.")
_TARGET = re.compile(r"What is (\w+)\?")
_NUMBER = re.compile(r"\d+")


def chain_tasks(n: int, *, seed: int, hops: tuple[int, int], max_value: int | None = None) -> list[Task]:
    """`n` variable chains with a number of hops drawn uniformly from [hops[0], hops[1]]; with max_value, only
    chains whose every number stays at or below it (drawn until `n` are found)."""
    low, high = hops
    if not 1 <= low <= high:
        raise ValueError(f"hops: expected 1 <= low <= high, got {hops}")
    if max_value is not None and max_value < 9:
        raise ValueError(f"max_value: expected >= 9 (a chain's first value is up to 9), got {max_value}")
    rng = random.Random(seed)
    tasks: list[Task] = []
    while len(tasks) < n:
        task = generate_task("variables", random.Random(rng.getrandbits(64)), difficulty=rng.randint(low, high))
        if max_value is None or max(int(x) for x in _NUMBER.findall(" ".join(task.steps))) <= max_value:
            tasks.append(task)
    return tasks


def render_prompt(task: Task) -> str:
    """"k=4;m=k+3;m?" and a newline: the response starts on the next line."""
    assignments = _ASSIGNMENT.findall(task.question)
    target = _TARGET.search(task.question)
    if not assignments or target is None:
        raise ValueError(f"not a variable chain: {task.question!r}")
    return ";".join(f"{name}={rhs.replace(' ', '')}" for name, rhs in assignments) + f";{target.group(1)}?\n"


def render_response(task: Task) -> str:
    """One worked step a line, then "ans=<answer>" (no newline after it: the end-of-sequence token follows)."""
    return "\n".join([*(step.replace(" ", "") for step in task.steps), f"ans={task.answer}"])


def write_queries(path: str | Path, tasks: Sequence[Task], *, labelled: bool) -> Path:
    """A JSONL query file: {"prompt"} per task, plus {"answer"} when labelled (for `genius eval`)."""

    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for task in tasks:
            row = {"prompt": render_prompt(task), **({"answer": task.answer} if labelled else {})}
            f.write(json.dumps(row) + "\n")
    return path
