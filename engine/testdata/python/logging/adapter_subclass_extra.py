import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s %(lineno)d %(funcName)s req=%(req)s: %(message)s"))
log = logging.getLogger("svc")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

a = logging.LoggerAdapter(log, {"req": 1})
a.debug("plain %s", "arg")
a.warning("warn %d%%", 5)
print(repr(a), a.name, a.isEnabledFor(logging.DEBUG), a.getEffectiveLevel(), a.logger is log, a.extra, a.hasHandlers())


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["req"] = self.extra["req"] * 10
        return f"[{self.extra['req']}] {msg}", kwargs


def handler():
    p = Prefixed(log, {"req": 7})
    p.info("inside %s", "handler")
    p.log(logging.ERROR, "via log")
    try:
        1 / 0
    except ZeroDivisionError:
        p.exception("boom")
    return p


p = handler()
print(repr(p), type(p).__name__, isinstance(p, logging.LoggerAdapter))
p.setLevel(logging.WARNING)
p.info("hidden")
print(log.level, p.isEnabledFor(logging.INFO))
a.critical("crit", extra={"ignored": 1})
b = logging.LoggerAdapter(log)
print(b.extra)
try:
    b.error("no extra")
except Exception as e:
    print(type(e).__name__)
