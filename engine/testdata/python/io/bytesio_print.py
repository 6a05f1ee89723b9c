import io
b = io.BytesIO()
try:
    print("text", file=b)
except TypeError as e:
    print("TypeError", e)
print(repr(b.getvalue()))
s = io.StringIO()
s.writelines(["a\n", "b\n"])
print(s.getvalue().splitlines(), s.tell())
data = "héllo wörld".encode("utf-8")
b = io.BytesIO(data)
print(b.read(2), b.read(2).decode("utf-8", "replace"), b.read().decode())
chunks = []
b = io.BytesIO(b"0123456789")
while True:
    c = b.read(4)
    if not c:
        break
    chunks.append(c)
print(chunks)
