# script scaffolding: env config, logging, argv, main guard, exceptions
import os, sys, logging, json, uuid, functools, contextlib
DB_URL = os.environ.get("DATABASE_URL", "sqlite:///:memory:")
ECHO = os.getenv("ECHO", "0").lower() in ("1", "true", "yes")
logging.basicConfig(level=logging.WARNING, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
class ConfigError(Exception):
    def __init__(self, key, hint=""):
        super().__init__(f"missing {key}")
        self.key, self.hint = key, hint
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except ValueError as e:
                    log.warning("attempt %d failed: %s", attempt, e)
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco
calls = []
@retry(3)
def flaky(n):
    calls.append(n)
    if len(calls) < 3:
        raise ValueError(f"boom {len(calls)}")
    return n * 2
@contextlib.contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield {"name": name}
        print("commit", name)
    except Exception as e:
        print("rollback", name, type(e).__name__)
        raise
    finally:
        print("close", name)
def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    print(DB_URL, ECHO, argv, flaky.__name__, flaky(21))
    with transaction("t1") as tx:
        tx["rows"] = 3
    try:
        with transaction("t2"):
            raise ConfigError("DB_URL", hint="set it")
    except ConfigError as e:
        print("caught", e, e.key, e.hint, e.args)
    u = uuid.UUID("12345678-1234-5678-1234-567812345678")
    print(json.dumps({"id": str(u), "n": [1, 2.5, None, True]}, sort_keys=True), u.hex[:8], u.version)
    print(json.dumps({"b": 1, "a": {"c": [1, 2]}}, indent=2))
    return 0
if __name__ == "__main__":
    code = main()
    print("exit", code)
    sys.exit(code)
