ba = bytearray(b"ab")
it = iter(ba)
print(next(it))
ba.append(99)
print(list(it))
ba = bytearray(b"xyz")
out = []
for c in ba:
    out.append(c)
    if c == 120:
        ba[1] = 65
print(out, ba)
ba = bytearray(b"abc")
for i, c in enumerate(ba):
    if i == 0:
        del ba[2]
    print(i, c)
r = reversed(bytearray(b"abc"))
print(type(r).__name__, list(r))
print(list(map(chr, bytearray(b"hi"))), bytearray(b"abc")[::-1].decode(), sorted(bytearray(b"bca"), reverse=True))
