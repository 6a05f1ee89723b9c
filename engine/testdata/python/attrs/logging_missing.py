# logging's classes are Python classes: 'Logger' object has no attribute.
import logging
log = logging.getLogger("app.db")
for o in (log, logging.getLogger(), logging.StreamHandler(), logging.Formatter("%(message)s")):
    for name in ("nosuch", "warn", "setLevel", "handlers", "setFormatter"):
        try:
            getattr(o, name)
            print(type(o).__name__, name, "ok")
        except AttributeError as e:
            print(type(o).__name__, name, e)
try:
    logging.Logger.nosuch
except AttributeError as e:
    print(e)
