"""What extraction found in an output: the `Extraction` record and its statuses.

    ext = extract.extract_answer(output, kind="math")
    ext.status in (OK, NONE, HEDGED, TRUNCATED); ext.answer, ext.source, ext.candidates

extract.py builds it from the markers, fallback.py when no marker commits; verify.py reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

OK, NONE, HEDGED, TRUNCATED = "ok", "none", "hedged", "truncated"


@dataclass(frozen=True, kw_only=True)
class Extraction:
    answer: str | None  # the final committed answer, raw-ish ("\\frac{1}{2}", "C", "Paris"); None: none given
    status: str  # OK | NONE | HEDGED | TRUNCATED
    source: str  # the marker that gave it: "boxed", "answer_is", "final_answer", "choose", "chinese_marker",
    #              "chinese_so", "option_label", "bold", "final_line", "last_number", "json", "elimination",
    #              or "none"; for a truncated output, why: "loop" (a repetition runs to the end) or "cut_off"
    #              (it stops mid-sentence)
    candidates: tuple[str, ...] = ()  # distinct committed answers seen, in order (diagnostics)
    alternatives: tuple[str, ...] = ()  # values offered beside the answer ("55 (or 51, if ...)"); the verdict
    #                                     counts them as a second answer unless they equal it
    ending: str | None = None  # what the text after the last commitment ends on, read as a fallback would (None:
    #                            nothing after it); the verdict is unsure when it names another value
    statement: str | None = None  # the rest of the line the last commitment stands in ("No, this is not entailment"
    #                               for the answer "No"): a label may be in the clause after it
    unfinished: bool = False  # an answer inside reasoning that never closed (<think> without </think>), or text
    #                           after the answer that stops mid-sentence or doubts it: the verdict is unsure
