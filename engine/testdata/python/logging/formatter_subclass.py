import logging, sys

class Brackets(logging.Formatter):
    def formatMessage(self, record):
        return "[" + super().formatMessage(record) + "]"

class NoTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "T0"

class Exc(logging.Formatter):
    def formatException(self, ei):
        return "EXC " + ei[0].__name__ + ": " + str(ei[1])

class Always(logging.Formatter):
    def usesTime(self):
        return True
    def format(self, record):
        s = super().format(record)
        return s + " @" + record.asctime

log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
for f in [Brackets("%(levelname)s %(message)s"), NoTime("%(asctime)s %(name)s %(message)s"), Exc("%(message)s"), Always("%(msg)s", datefmt="fixed")]:
    h.setFormatter(f)
    log.info("n=%d", 3)
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("boom")
f = logging.Formatter("%(levelname)-8s|%(name)s|%(message)s")
print(f._fmt, f.datefmt, type(f._style).__name__, f.usesTime())
print(logging.Formatter("{asctime} {message}", style="{").usesTime(), logging.Formatter("$asctime").usesTime())
print(logging.Formatter().usesTime(), logging.Formatter()._fmt, logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)
for bad in [lambda: logging.Formatter("x", style="#"), lambda: logging.Formatter("no fields"), lambda: logging.Formatter("nothing", style="{"), lambda: logging.Formatter("plain", style="$")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False)._fmt)
