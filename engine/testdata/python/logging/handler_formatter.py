import logging, sys
log = logging.getLogger("svc")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-7s %(message)s"))
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False
log.info("hello")
log.error("bad: %r", {"k": 1})
log.debug("no")
