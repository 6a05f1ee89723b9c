b = b"hello"
print(b[0], b[1:3], b[-1], list(b[:2]))
print(b + b" world", b * 2, len(b), b"ell" in b, 104 in b)
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"))
print(b.hex(), bytes.fromhex("68 69"), b.decode())
