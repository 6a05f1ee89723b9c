import logging, sys
root = logging.getLogger()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
a = logging.getLogger("a")
a.setLevel(logging.DEBUG)
a.addHandler(out)
a.propagate = False
calls = []
def only_even(record):
    calls.append(record.getMessage())
    return int(record.args[0]) % 2 == 0
a.addFilter(only_even)
for i in range(4):
    a.info("n=%d", i)
print(calls, a.filters == [only_even])
a.removeFilter(only_even)
a.removeFilter(only_even)
print(a.filters)
class Ctx(logging.Filter):
    def __init__(self, user):
        super().__init__()
        self.user = user
    def filter(self, record):
        record.user = self.user
        return True
out.setFormatter(logging.Formatter("%(user)s: %(message)s"))
out.addFilter(Ctx("ann"))
a.warning("hi")
out.filters[0].user = "bob"
a.warning("hi again")
print(len(out.filters), out.filters[0].name, out.filters[0].nlen)
out.setLevel(logging.ERROR)
a.warning("below the handler")
a.error("at the handler")
print(out.level, a.level, a.getEffectiveLevel(), logging.getLevelName(out.level))
f = logging.Filter("a.b")
b = logging.getLogger("a.b")
c = logging.getLogger("a.bc")
