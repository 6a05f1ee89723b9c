import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("app.service")


class OrderService:
    def __init__(self):
        self.orders = {}
        self.log = logging.getLogger(f"{__name__}.{type(self).__name__}")

    def place(self, oid, amount):
        if amount <= 0:
            self.log.warning("rejecting order %s: amount %r", oid, amount)
            return False
        self.orders[oid] = amount
        self.log.info("placed order %d for %.2f", oid, amount)
        return True


svc = OrderService()
svc.place(1, 19.5)
svc.place(2, -3)
log.debug("total=%s", sum(svc.orders.values()))
log.setLevel(logging.WARNING)
log.info("hidden")
log.error("visible %s", [1, 2])
logging.getLogger("app").critical("parent logger")
print(log.getEffectiveLevel(), logging.getLevelName(log.level), log.isEnabledFor(logging.INFO))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
