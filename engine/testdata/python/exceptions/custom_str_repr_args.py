class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
class Plain(Exception):
    pass
e = AppError(404, "not found")
print(e, repr(e), e.args, str(Plain()), repr(Plain()), str(Plain("a", 2)), repr(Plain("a", 2)), Plain("x").args)
print(str(KeyError("k")), str(KeyError("a", "b")), repr(KeyError()), str(ValueError(None)), str(ValueError([1])))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr(1)), str(WithRepr(1)), [WithRepr()])
try:
    raise AppError(500, "boom")
except Exception as err:
    print(type(err).__name__, err, err.code, isinstance(err, AppError))
raise AppError(1, "uncaught")
