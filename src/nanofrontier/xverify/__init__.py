"""xverify: judge whether a reasoning model's long output matches the reference answer.

A cascade (xVerify, arXiv 2504.10481, is the judge it competes with): rules decide when they are
certain, and an optional judge model decides the rest.

    from nanofrontier.xverify import verify
    v = verify("What is 2+2?", "... so the answer is \\boxed{4}.", "4")
    v.verdict, v.extracted, v.kind, v.rule, v.reason     # "Correct", "4", "math", "math.number", ...
"""
