# Hand-written problem specs for dev7. Each problem: question, reference forms, reasoning steps
# (the final step states the result), equivalent final answers (good) and wrong ones (bad).
def G(a, t, **kw):
    d = dict(a=a, t=t); d.update(kw); return d


def B(a, t, **kw):
    d = dict(a=a, t=t, wrong=True); d.update(kw); return d


def P(dataset, kat, lang, question, ref, steps, good, bad, extra=None):
    d = dict(dataset=dataset, kat=kat, lang=lang, question=question, ref=ref, steps=steps, good=good, bad=bad)
    if extra is not None:
        d["extra"] = extra
    return d


PROBLEMS = []
A = PROBLEMS.append


# The problems themselves, registered in this order (each module appends to PROBLEMS when first imported):
import problems_math  # noqa: E402, F401
import problems_other  # noqa: E402, F401
