import logging, sys
class Tagger(logging.Formatter):
    def format(self, record):
        base = super().format(record)
        return f"<{record.levelname.lower()}> {base}"
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Tagger("%(name)s - %(message)s"))
log = logging.getLogger("adapt")
log.addHandler(h)
log.setLevel(logging.INFO)
class Req(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['rid']}] {msg}", kwargs
ad = Req(log, {"rid": 7})
ad.info("start")
ad.warning("slow %d ms", 250)
plain = logging.LoggerAdapter(log, {"user": "u1"})
h.setFormatter(Tagger("%(user)s %(message)s"))
plain.info("as user")
class Counting(logging.Handler):
    n = 0
    def emit(self, record):
        Counting.n += 1
c = Counting()
log.addHandler(c)
for i in range(3):
    plain.error("e%d", i)
print(Counting.n)
