print(b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"\x7f\x80")
print(repr(bytes([0, 31, 32, 126, 127, 255])))
print(str(b"x"), b"a" == "a", b"a" < b"b")
