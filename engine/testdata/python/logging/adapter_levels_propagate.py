import logging
import sys

root = logging.getLogger()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)s] %(name)s|%(funcName)s|%(lineno)d|%(module)s: %(message)s"))
root.addHandler(h)
root.setLevel(logging.INFO)

db = logging.getLogger("app.db")
db.info("connected to %(host)s:%(port)d", {"host": "h", "port": 5})
db.warning("%s%%", 50)


def work():
    db.error("in function")


work()
child = logging.getLogger("app.db.pool")
print(child.parent is db, db.parent.name, child.name, child.level, child.getEffectiveLevel())
db.propagate = False
db.info("dropped (no handler of its own)")
db.propagate = True
adapter = logging.LoggerAdapter(db, {"req": 7})
adapter.info("through adapter")
logging.disable(logging.WARNING)
db.warning("disabled")
logging.disable(logging.NOTSET)
db.warning("enabled again")
print(logging.getLevelName(25), logging.getLevelName("ERROR"), logging.INFO, logging.WARN)
logging.addLevelName(25, "NOTICE")
db.log(25, "custom level %d", 25)
print(repr(db), repr(root), logging.getLogger("app.db") is db)
db.info("args tuple %s %s", *("a", "b"))
db.info("no args %s")
f = logging.Formatter("%(message)s :: %(levelno)d")
h.setFormatter(f)
db.critical("short")
logging.info("module level info")
