import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
lg = logging.getLogger("sqlalchemy.engine")
print(lg.getEffectiveLevel(), logging.getLogger("sqlalchemy").getEffectiveLevel())
lg.info("SELECT 1")
