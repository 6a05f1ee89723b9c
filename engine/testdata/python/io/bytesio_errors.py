import io
for f in [lambda: io.BytesIO("s"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1), lambda: io.StringIO().seek(-1), lambda: io.BytesIO(3), lambda: io.StringIO().write(b"x"), lambda: io.BytesIO().writelines([b"a", "b"]), lambda: io.StringIO(b"x")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"abc")
b.close()
for f in [b.read, b.getvalue, b.tell, lambda: b.write(b"x")]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
s = io.StringIO("abc")
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
