import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
print("after")
