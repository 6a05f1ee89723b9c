# io's classes are named '_io.StringIO' in CPython's messages.
import io, sys
for o in (io.StringIO("a\nb"), io.BytesIO(b"ab"), sys.stdout):
    for name in ("nosuch", "getvalue", "write"):
        try:
            getattr(o, name)
            print(type(o).__name__, name, "ok")
        except AttributeError as e:
            print(type(o).__name__, name, e)
