import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        log.error("cannot divide %s by %s", a, b)
        return None
print(divide(1, 0))
try:
    int("x")
except ValueError as e:
    log.warning("bad value: %s", e)
log.warning("%s and %s", "a", "b")
print(__name__, log.name)
