# source: API client error hierarchies (base error with status/code, subclasses by status, from-response factory) in SDK-style modules
class APIError(Exception):
    status = 500
    def __init__(self, message, *, code=None, details=None):
        super().__init__(message)
        self.message = message
        self.code = code or type(self).__name__.upper()
        self.details = details or {}
    def __str__(self):
        return f"[{self.status}] {self.code}: {self.message}"
    def __repr__(self):
        return f"{type(self).__name__}({self.message!r}, code={self.code!r})"

class NotFound(APIError):
    status = 404

class RateLimited(APIError):
    status = 429
    def __init__(self, message, retry_after=1, **kw):
        super().__init__(message, **kw)
        self.retry_after = retry_after

BY_STATUS = {cls.status: cls for cls in (NotFound, RateLimited)}

def from_response(status, body):
    cls = BY_STATUS.get(status, APIError)
    return cls(body.get("error", "unknown"), **({"retry_after": body["retry"]} if "retry" in body else {}))

for status, body in [(404, {"error": "no such user"}), (429, {"error": "slow down", "retry": 30}), (503, {})]:
    err = from_response(status, body)
    try:
        raise err
    except NotFound as e:
        print("not found ->", e, repr(e))
    except RateLimited as e:
        print("retry in", e.retry_after, "->", e, e.args)
    except APIError as e:
        print("generic ->", e, e.status, isinstance(e, Exception), e.details)

def fetch(uid):
    try:
        return {1: "ann"}[uid]
    except KeyError as exc:
        raise NotFound(f"user {uid}") from exc

try:
    fetch(2)
except APIError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__, type(e).__mro__[1:3])
print(issubclass(RateLimited, APIError), APIError.__subclasses__(), NotFound("x").code)
try:
    raise RateLimited("x", retry_after=2, code="RL", nope=1)
except TypeError as e:
    print("TypeError:", e)
