b = b"  Spam, Eggs  "
print(b.strip(), b.lower(), b.startswith(b"  S"), b.find(b"Eggs"), b.count(b"g"))
print(b",".join([b"a", b"b"]), b"a-b".partition(b"-"))
print(b"abc".isalpha(), b"123".isdigit(), b"x".zfill(3), b"ab".center(6, b"*"))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(4, "little"))
