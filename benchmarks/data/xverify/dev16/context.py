"""dev16: `_x`, which attaches to a family's problem the extra context paragraphs written for it. Part of gen_math.py (see README.md)."""
from fractions import Fraction
import math
import inspect


def _x(loc, d):
    import extras
    name = inspect.stack()[1].function
    d["extra"] = getattr(extras, name)(loc)
    import extras2
    d["extra2"] = getattr(extras2, name)(loc)
    import extras3
    d["extra3"] = getattr(extras3, name)(loc)
    import extras4
    d["extra4"] = getattr(extras4, name)(loc)
    return d
