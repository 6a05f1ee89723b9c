# source: decorators with arguments (validate types, log calls, rate-limit by count, register routes) in web micro-frameworks
import functools

ROUTES = {}

def route(path, methods=("GET",)):
    def deco(fn):
        for m in methods:
            ROUTES[(m, path)] = fn
        return fn
    return deco

def typed(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            names = fn.__code__.co_varnames[:fn.__code__.co_argcount] if False else list(types)
            for name, value in list(zip(names, args)) + list(kwargs.items()):
                if name in types and not isinstance(value, types[name]):
                    raise TypeError(f"{fn.__name__}(): {name} must be {types[name].__name__}, not {type(value).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

def log_calls(prefix=">>"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            result = fn(*args, **kwargs)
            print(f"{prefix} {fn.__qualname__}({arg_s}) = {result!r}")
            return result
        return wrapper
    return deco

@route("/users", methods=("GET", "POST"))
@log_calls()
@typed(user_id=int, verbose=bool)
def users(user_id, verbose=False):
    """List a user."""
    return {"id": user_id, "verbose": verbose}

users(1)
users(2, verbose=True)
try:
    users("3")
except TypeError as e:
    print("TypeError:", e)
print(sorted(ROUTES), ROUTES[("POST", "/users")] is users, users.__doc__, users.__wrapped__.__wrapped__.__name__)

class Api:
    def __repr__(self):
        return "<Api>"
    @log_calls("::")
    def ping(self, n=1):
        return "pong" * n
    @staticmethod
    @log_calls()
    def version():
        return (1, 2)
Api().ping(2)
Api.version()
