# random.Random, os.environ and time.struct_time lack what CPython's lack.
import random, os, time
for o in (random.Random(5), os.environ, time.gmtime(0)):
    for name in ("nosuch", "randint", "get", "tm_year", "seed", "setdefault"):
        try:
            getattr(o, name)
            print(type(o).__name__, name, "ok")
        except AttributeError as e:
            print(type(o).__name__, name, e)
