# source: edges of the fix for held-out program dt_schedule_recurring (isocalendar()[:2] was a list): slicing what is not a sequence
from collections import namedtuple, deque, OrderedDict
from decimal import Decimal
import sys, time
P = namedtuple("P", "x y z")
class L(list): pass
class S(str): pass
class T(tuple): pass
class D(dict): pass
tests = [lambda: P(1,2,3)[:2], lambda: L([1,2,3])[1:], lambda: S("abc")[::-1], lambda: T((1,2))[:1], lambda: b"abc"[1:], lambda: Decimal("1.5").as_tuple()[:2],
 lambda: deque([1,2])[0:1], lambda: D(a=1)[0:1], lambda: OrderedDict()[0:1], lambda: sys.version_info[:1] > (2,), lambda: time.gmtime(0)[:3], lambda: range(10)[2:5],
 lambda: {1,2}[0:1], lambda: (x for x in "ab")[0:1], lambda: iter([1])[0:1], lambda: {1:2}.keys()[0:1], lambda: object()[0:1], lambda: None[1:], lambda: 5[1:2], lambda: frozenset()[::1], lambda: enumerate([])[1:]]
for f in tests:
    try:
        r = f()
        print(type(r).__name__, r)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
