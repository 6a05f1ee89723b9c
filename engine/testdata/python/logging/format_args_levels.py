import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s")
log = logging.getLogger(__name__)
log.debug("x=%s y=%d", "a", 5)
log.info("%(k)s", {"k": "dict arg"})
log.critical("done")
print(log.name)
