import logging
import sys
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s - %(message)s")
logger = logging.getLogger(__name__)
def process(items):
    logger.info("processing %d items", len(items))
    for i in items:
        if i < 0:
            logger.warning("negative item %s skipped", i)
            continue
        logger.debug("item %s", i)
    logger.info("done")
process([1, -2, 3])
