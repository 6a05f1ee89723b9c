import logging
logging.warning("goes to stderr")
print("stdout only")
