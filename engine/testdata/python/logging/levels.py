import logging
print(logging.INFO, logging.DEBUG, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.getLevelName(20), logging.getLevelName("WARNING"), logging.getLevelName(15))
log = logging.getLogger("x.y")
print(log.name, log.level, log.getEffectiveLevel(), log.parent.name)
log.setLevel(logging.DEBUG)
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("x.y") is log)
