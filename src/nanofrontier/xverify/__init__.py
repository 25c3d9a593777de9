"""xverify: judge whether a reasoning model's long output matches the reference answer.

A cascade (xVerify, arXiv 2504.10481, is the judge it competes with): rules decide when they are
certain, and an optional judge model decides the rest.

    from nanofrontier.xverify import verify
    v = verify("What is 2+2?", r"... so the answer is \\boxed{4}.", "4")
    v.verdict, v.extracted, v.kind, v.rule, v.reason     # "Correct", "4", "math", "math.string", ...
"""

from nanofrontier.xverify.verdict import CORRECT, INCORRECT, Verdict
from nanofrontier.xverify.verify import verify, verify_case, verify_many

__all__ = ["CORRECT", "INCORRECT", "Verdict", "verify", "verify_case", "verify_many"]
