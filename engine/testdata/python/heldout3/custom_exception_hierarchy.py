# source: a custom exception hierarchy from an error-handling tutorial (a base AppError with a code, __str__ override, subclasses, catching the base)
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError):
    code = 404


class Conflict(AppError):
    code = 409

    def __repr__(self):
        return f"Conflict({self.args[0]!r})"


def lookup(key):
    data = {"a": 1}
    if key == "dup":
        raise Conflict("already exists")
    try:
        return data[key]
    except KeyError as e:
        raise NotFound(f"no key {key!r}", detail="check spelling") from e


for k in ["a", "zz", "dup"]:
    try:
        print(k, lookup(k))
    except AppError as e:
        print(type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, Exception))
        print("  cause:", repr(e.__cause__))
print(str(AppError("plain")), repr(NotFound("x")), NotFound.__mro__[1].__name__)
raise NotFound("final", detail="uncaught")
