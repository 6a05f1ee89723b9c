# expect: refusal getbuffer
import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
print(bytes(view))
