import logging
import sys

child = logging.getLogger("a.b.c")
print(child.parent.name)
mid = logging.getLogger("a.b")
print(child.parent.name, mid.parent.name, logging.getLogger("a.b").getChild("c") is child)
logging.basicConfig(stream=sys.stdout, level="INFO", format="%(levelname)-8s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s|%(user)s", force=True)
logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("a.b")


def work():
    log.info("in %s with %d%%", "work", 50, extra={"user": "ann"})
    log.log(25, "custom level", extra={"user": "bob"})


work()
logging.addLevelName(25, "NOTICE")
work()
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(99), logging.root.level)
print(log, logging.root, logging.getLogger(), logging.getLogger("root") is logging.root)
h = logging.StreamHandler(sys.stdout)
print(h, logging.NullHandler(), h.level, h.formatter)
h.setLevel(logging.ERROR)
h.setFormatter(logging.Formatter("H %(name)s %(message)s"))
quiet = logging.getLogger("quiet")
quiet.addHandler(h)
quiet.propagate = False
quiet.warning("dropped by the handler's level")
quiet.error("kept %s", ("a", "tuple"))
quiet.error("%(x)s and %(y)s", {"x": 1, "y": 2})
quiet.error("bad %d", "args")
print("after bad args")
print(quiet.hasHandlers(), logging.getLogger("nobody").hasHandlers(), quiet.isEnabledFor(5), quiet.getEffectiveLevel())
for bad in [lambda: log.setLevel("LOUD"), lambda: log.setLevel(None), lambda: logging.Formatter("no fields"),
            lambda: logging.basicConfig(bogus=1, force=True, stream=sys.stdout), lambda: log.info("x", extra={"msg": 1})]:
    try:
        bad()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", force=True)
try:
    {}["k"]
except KeyError as e:
    logging.error("caught", exc_info=e)
    logging.warning("plain", exc_info=False)
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("still shown")
logging.disable(logging.NOTSET)
fmt = logging.Formatter("%(asctime)s %(message)s")
print(fmt._fmt, fmt.datefmt)
