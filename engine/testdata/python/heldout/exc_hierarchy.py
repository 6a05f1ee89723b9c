class AppError(Exception):
    """Base error."""
class NotFound(AppError):
    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind, self.key = kind, key
class Invalid(AppError):
    def __init__(self, field, msg="invalid"):
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
for e in [NotFound("user", 5), Invalid("email"), AppError(), AppError("a", 2), Invalid("x", "bad")]:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise NotFound("order", "A1")
except AppError as e:
    print("caught", e, e.kind, isinstance(e, Exception), NotFound.__mro__[1].__name__)
print(AppError.__doc__, issubclass(NotFound, (ValueError, AppError)))
print(repr(ValueError("x")), str(KeyError("k")), repr(KeyError("k")), str(KeyError("a", "b")), str(OSError(2, "No such file")))
