"""The families of ``var_dev.jsonl``; the entry point is ``build_dev.py`` one folder up.

* ``cases``: the seeded ``R`` and the ``CASES`` list every family appends to.
* ``solution``: how a math output is written; ``math_cases`` emits the cases of one problem.
* ``math_word``, ``math_algebra``: the math families (``fam_*``).
* ``multiple_choice``, ``short_answer``, ``classification``: hand-written items and ``build_mc``, ``build_sa``,
  ``build_cl``.
"""
