import logging, sys, io
h = logging.StreamHandler(sys.stdout)
n = logging.NullHandler()
s = logging.StreamHandler()
b = logging.Handler()
print(repr(h), repr(n), repr(s), repr(b))
h.setLevel(logging.WARNING)
b.setLevel(15)
print(repr(h), repr(b), h.name, h.get_name())
h.set_name("console")
print(h.name, h.get_name())
h.name = None
print(h.name)
print(isinstance(h, logging.Handler), isinstance(h, logging.StreamHandler), isinstance(n, logging.StreamHandler), issubclass(logging.StreamHandler, logging.Handler))
print(h.terminator == "\n", h.formatter, h.filters, h.stream is sys.stdout, s.stream is sys.stderr)
buf = io.StringIO()
h2 = logging.StreamHandler(buf)
h2.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
log = logging.getLogger("buf")
log.addHandler(h2)
log.warning("one")
log.error("two %s", "args")
print(repr(buf.getvalue()))
old = h2.setStream(sys.stdout)
print(old is buf)
log.warning("now on stdout")
h2.terminator = "!\n"
log.warning("custom terminator")
class Named(logging.StreamHandler):
    pass
print(repr(Named(sys.stdout)))
try:
    b.emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(n.handle(None), n.emit(None))
