import logging

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []
    def emit(self, record):
        self.records.append(record)
        print("EMIT", self.format(record))

log = logging.getLogger("svc.db")
log.setLevel(logging.INFO)
h = ListHandler(logging.WARNING)
log.addHandler(h)
log.info("hidden")
log.warning("disk %s%%", 91)
log.error("failed: %r", {"k": 1})
r = h.records[0]
print(r.name, r.levelname, r.levelno, r.msg, r.args, r.getMessage(), r.funcName, r.lineno, r.module, r.filename)
print(r.exc_info, r.exc_text, r.stack_info, r.message, type(r).__name__, isinstance(r, logging.LogRecord))
print(isinstance(r.created, float), r.msecs >= 0, r.relativeCreated >= 0)
print(repr(r)[:36])
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
def inner():
    log.critical("from inner")
inner()
print(h.records[-1].funcName, h.level, h.formatter._fmt, h.name, repr(h))
h.name = "mine"
print(h.name, h.get_name())

class Prefix(logging.Filter):
    def filter(self, record):
        record.msg = "P:" + record.msg
        return True
h.addFilter(Prefix())
h.addFilter(lambda rec: "skip" not in rec.getMessage())
log.warning("kept")
log.warning("skip me")
print(len(h.filters), [type(f).__name__ for f in h.filters])
log.addFilter(logging.Filter("svc.other"))
log.warning("dropped by the logger's filter")
log.filters.clear()
f = logging.Filter("svc")
print(f.filter(r), logging.Filter("sv").filter(r), logging.Filter("").filter(r), logging.Filter("svc.db").filter(r))

class Bad(logging.Handler):
    pass
log.addHandler(Bad())
try:
    log.warning("no emit")
except NotImplementedError as e:
    print("NotImplementedError", e)
log.removeHandler(log.handlers[-1])

class Upper(logging.StreamHandler):
    terminator = " <END>\n"
    def format(self, record):
        return super().format(record).upper()
import sys
u = Upper(sys.stdout)
log.addHandler(u)
log.warning("loud %s", "noise")
u.setLevel("ERROR")
log.warning("quiet")
log.error("err")
print(repr(u), u.setStream(sys.stdout))
