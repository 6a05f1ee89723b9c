import sys


def handler_create(x):
    return f"create {x}"


def handler_delete(x):
    return f"delete {x}"


this = sys.modules[__name__]
for action in ("create", "delete", "update"):
    h = getattr(this, f"handler_{action}", None)
    print(action, h("row") if h else "no handler")
this.added_later = 42
print(added_later, hasattr(this, "handler_create"), type(this).__name__)
try:
    raise ValueError("v")
except ValueError:
    print(sys.exception() is sys.exc_info()[1], sys.exc_info()[0].__name__)
print(sys.exception())
quit(0)
