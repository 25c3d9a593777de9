"""Procedural cases for ``var_eval.jsonl``; the entry point is ``build_eval.py`` one folder up.

Modules, each importing only the ones above it:

* ``number_forms``: fractions, decimals, separators, number words, Chinese numerals, scientific notation.
* ``render``: turns a list of solution paragraphs into a model output (layouts, ``<think>`` blocks, final lines).
* ``math_word``, ``math_algebra``, ``math_counting``, ``math_zh``: the math templates.
* ``math_cases``, ``multiple_choice``, ``short_answer``, ``classification``: one module per case family, each
  with its item pool and the ``compose_*`` function that writes an output for one (item, trap, label).
* ``schedule``: which trap each case gets; ``gen_math``, ``gen_mc``, ``gen_short``, ``gen_class``.
"""
