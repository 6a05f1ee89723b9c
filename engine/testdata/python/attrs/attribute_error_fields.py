# AttributeError carries name and obj (3.10+) for a missing attribute of built-in and script objects.
from decimal import Decimal
class P:
    pass
for o in (1, "s", [], {}, P(), Decimal(1)):
    try:
        o.nosuch
    except AttributeError as e:
        print(type(e).__name__, e.name, e.obj is o, e)
try:
    hasattr(1, 2)
except TypeError as e:
    print(e)
try:
    getattr(1, None)
except TypeError as e:
    print(e)
