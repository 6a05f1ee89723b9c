# source: app logging setup (logging.basicConfig to stdout with a format, module loggers, levels, exception logging) in service entry points
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("app.service")
db_log = logging.getLogger("app.db")
db_log.setLevel(logging.WARNING)

def handle(job):
    log.debug("handling %s", job)
    if job.get("fail"):
        raise RuntimeError(f"job {job['id']} failed")
    log.info("job %(id)s done in %(ms).1f ms", {"id": job["id"], "ms": job["ms"]})

for job in [{"id": 1, "ms": 12.345}, {"id": 2, "fail": True}, {"id": 3, "ms": 0.5}]:
    try:
        handle(job)
    except RuntimeError:
        log.error("could not handle %r", job)
db_log.info("hidden")
db_log.warning("pool %d%% full", 93)
log.log(logging.WARNING + 5, "custom level")
print(log.getEffectiveLevel(), db_log.getEffectiveLevel(), logging.getLevelName(25), logging.getLevelName("ERROR"))
print(log.isEnabledFor(logging.DEBUG), db_log.isEnabledFor(logging.INFO), log.parent.name, logging.getLogger("app").parent is logging.root)
print(logging.getLogger("app.service") is log, log.name, repr(log))
logging.disable(logging.INFO)
log.info("disabled")
log.warning("still shown")
logging.disable(logging.NOTSET)
log.info("back")
