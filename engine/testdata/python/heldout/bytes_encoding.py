s = "naïve café ☕"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode(), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"abc"[0], b"abc"[:2], list(b"hi"), bytes([65, 66]), b"a" + b"b")
print(b"hello world".split(), b"x,y".split(b","), b"  x ".strip(), b"abc".upper(), b"abc".hex(), b"%d items" % 3)
print(repr(b"\x00\n\t'\""), bytes(3), b"ab" * 2, b"a" in b"abc", ord("€"), chr(8364), "\u00e9" == "é")
print(str(b"x"), str(b"x", "utf-8"), memoryview(b"ab").tobytes() if False else "", "ñ".encode("utf-16-le"))
