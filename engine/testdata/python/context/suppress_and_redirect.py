from contextlib import suppress, redirect_stdout
import io
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print("got", repr(buf.getvalue()))
