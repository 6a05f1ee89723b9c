# source: bit-manipulation helpers (popcount, bit flags, int.to_bytes/from_bytes, checksums) in protocol-parsing scripts
def checksum(data: bytes) -> int:
    return (~sum(data) + 1) & 0xFF

packet = bytes([0x02, 0x10, 0xFF, 0x00, 0x7E])
print(packet, packet.hex(), list(packet), checksum(packet), hex(checksum(packet)))
n = 0b1011_0110
print(bin(n), n.bit_length(), bin(n).count("1"), n.bit_count(), n >> 2, n << 3, n & 0x0F, n | 1, n ^ 0xFF, ~n)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(format(n, "08b"), format(n, "#x"), format(255, "X"), f"{n:#010b}", f"{3:o}", int("ff", 16), int("0o17", 0), int("1_000", 0))
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, [b for b in range(8) if flags >> b & 1], bool(flags & (1 << 4)))
b = b"Hello, World"
print(b.upper(), b.split(b", "), b[0], b[-3:], b.find(b"o"), b.replace(b"l", b"L", 2), b.decode("ascii").lower())
print(bytes(3), bytes("é", "utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode(), bytes.fromhex("de ad be ef"), b"ab" + bytes([99]))
print(sum(b) % 256, b.startswith(b"He"), b"x" * 3, b"a,b".split(b","), len("日本".encode()), b"%d-%s" % (5, b"x"))
