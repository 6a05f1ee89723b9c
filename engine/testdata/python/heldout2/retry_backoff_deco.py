# source: retry(exceptions, tries, delay, backoff) decorator in DeveloperMagic/Canvas-Noation-sync utils.py and sihuan/mw2fcitx mw2fcitx/retry.py
from functools import wraps

delays = []

def retry(exceptions=(Exception,), tries=3, delay=1.0, backoff=2.0):
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            _tries, _delay = tries, delay
            while _tries > 1:
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print("%s, Retrying in %d seconds..." % (str(e), _delay))
                    delays.append(_delay)
                    _tries -= 1
                    _delay *= backoff
            return fn(*args, **kwargs)
        return wrapper
    return decorator

calls = {"n": 0}

@retry((ConnectionError, TimeoutError), tries=4, delay=0.5)
def flaky(x):
    """Fails twice then succeeds."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"attempt {calls['n']} failed")
    return x * 2

print(flaky(21), calls, delays)
print(flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)

@retry(ValueError, tries=2, delay=3)
def always_bad():
    raise ValueError("nope")

try:
    always_bad()
except ValueError as e:
    print("gave up:", e, delays)

@retry(KeyError, tries=5)
def other():
    raise TypeError("not retried")

try:
    other()
except TypeError as e:
    print(type(e).__name__, e, delays)
