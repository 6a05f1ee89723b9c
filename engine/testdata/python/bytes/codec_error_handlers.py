s = "naïve café ☕ 😀"
for codec in ["ascii", "latin-1", "utf-8"]:
    for h in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        try:
            print(codec, h, s.encode(codec, h))
        except UnicodeEncodeError as e:
            print(codec, h, "UnicodeEncodeError:", e)
bad = [b"\xff", b"ab\xe2\x82", b"\xe2\x82xy", b"\xc3", b"a\x80b", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf5\x80"]
for b in bad:
    for h in ["ignore", "replace", "backslashreplace"]:
        print(b, h, ascii(b.decode("utf-8", h)), ascii(b.decode("ascii", h)))
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError:", e)
print(str(b"\xffa", "utf-8", "replace"), bytes("é", "ascii", "xmlcharrefreplace"), "é".encode(errors="strict"))
for c in ["utf-16", "utf-16-le", "utf-16-be", "UTF_16LE", "utf16", "utf-16be", "UTF-16"]:
    e = "aé😀".encode(c)
    print(c, e, e.decode(c), len(e))
print(b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), "".encode("utf-16"))
