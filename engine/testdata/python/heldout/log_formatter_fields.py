import logging, sys
class Upper(logging.Formatter):
    def format(self, record):
        record.msg = str(record.msg).upper()
        return super().format(record)

log = logging.getLogger("fmt")
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Upper("%(name)s|%(levelno)d|%(funcName)s|%(lineno)d|%(module)s|%(message)s"))
log.addHandler(h)
def work():
    log.info("in work %s", "x")
work()
log.debug("top")

class OnlyInfo(logging.Filter):
    def filter(self, record):
        return record.levelno == logging.INFO
h.addFilter(OnlyInfo())
log.warning("dropped")
log.info("kept")
f = logging.Formatter("{levelname}:{message}", style="{")
h.setFormatter(f)
log.info("brace %s", "style")
