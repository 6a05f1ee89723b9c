b = "héllo wörld".encode()
print(b, len(b), b.decode(), b.upper(), b.split(b" "), b.hex(), bytes.fromhex("48 69"), b.find(b"w"), b.startswith(b"h"))
print(b.decode("ascii", errors="replace"), b.decode("ascii", errors="ignore"), "naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", "ignore"))
try:
    b.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"%d-%s" % (5, b"x"), b",".join([b"a", b"b"]), b"  x ".strip(), b"abc".replace(b"b", b"B"), bytes(3), bytes(range(3)), b"a" < b"b")
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True), list((258).to_bytes(2, "big")))
