import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("started %s", "now")
log.debug("hidden")
log.warning("careful %d", 3)
logging.error("root error")
