# bytes.hex and binascii.hexlify with a separator and bytes_per_sep: groups
# counted from the right (positive) or the left (negative), and their errors.
import binascii

data = bytes(range(1, 8))
for n in (1, 2, 3, -2, -3, 7, 8, -8, 0, True, False):
    print(n, data.hex("-", n), binascii.hexlify(data, b":", n), binascii.b2a_hex(data, "_", n))
print(b"".hex("-"), binascii.hexlify(b"", "-", 3))
print(b"\xff".hex(b" "), binascii.hexlify(b"ab", sep=" ", bytes_per_sep=-1))
for args in [("xx",), (b"",), (5,), ("\xe9",), (b"\xe9",), ("-", 1.5), ("-", "2")]:
    try:
        print(b"ab".hex(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(b"ab", "xx"), (b"ab", 5), (b"ab", "-", 1.5), ("ab",)]:
    try:
        print(binascii.hexlify(*args))
    except Exception as e:
        print(type(e).__name__, e)
