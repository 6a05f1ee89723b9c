# source: https://docs.python.org/3/howto/logging.html (Logging HOWTO: basicConfig format/level, %-style arguments, a named logger, exception()); stream set to stdout
import logging
import sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(name)s:%(message)s', level=logging.DEBUG)
logging.debug('This message should go to the log file')
logging.info('So should this')
logging.warning('And this, too')
logging.error('And non-ASCII stuff, too, like Øresund and Malmö')
logging.warning('%s before you %s', 'Look', 'leap!')
logger = logging.getLogger("app.db")
logger.setLevel(logging.WARNING)
logger.info("hidden")
logger.warning("pool at %d%%", 95)
print(logger.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("ERROR"), logger.parent.name)
child = logging.getLogger("app.db.pool")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO), child.name)
try:
    1 / 0
except ZeroDivisionError:
    logger.exception("division failed")
logging.log(25, "custom level %s", "25")
logging.addLevelName(25, "NOTICE")
logging.log(25, "named now")
logging.critical("done: %r", {"a": 1})
