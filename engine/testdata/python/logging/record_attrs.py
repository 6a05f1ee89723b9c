import logging
seen = []
class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record)
log = logging.getLogger("rec")
log.addHandler(Keep())
log.setLevel(1)
log.log(5, "custom %s %s", 1, 2)
log.info("dict %(a)s", {"a": 1})
try:
    raise KeyError("k")
except KeyError:
    log.error("caught", exc_info=True)
log.warning("extra", extra={"tag": "T"})
log.info("no args %s")
for r in seen:
    print(r.levelname, r.levelno, repr(r.msg), r.args, r.getMessage(), getattr(r, "tag", None), r.exc_info is None, r.exc_text)
r = seen[2]
print(r.exc_info[0].__name__, r.exc_info[1], logging.Formatter().format(r).splitlines()[-1], repr(r.exc_text)[:12])
print(logging.Formatter().formatException(r.exc_info).splitlines()[0])
r.msg = "changed %s"
r.args = ("x",)
print(r.getMessage(), logging.Formatter("%(message)s|%(levelname)s").format(r).splitlines()[0])
r.levelname = "LOUD"
print(logging.Formatter("%(levelname)s").format(r).splitlines()[0])
