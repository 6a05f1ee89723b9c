ba = bytearray(b"abc")
ba[1:2] = bytearray(b"xyz")
print(ba)
ba[5:0] = b"QQ"
print(ba)
ba = bytearray(b"abc")
ba[::-1] = b"123"
print(ba)
ba[::2] = [65, 66]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(b"hello world")
del ba[-1]
del ba[0]
print(ba)
del ba[2:5]
print(ba)
del ba[::-3]
print(ba)
del ba[:]
print(ba, len(ba), bool(ba))
ba[1:] = ()
print(ba)
ba[:0] = range(3)
print(ba)
ba[len(ba):] = b"end"
print(ba)
ba[0] = 255
ba[-1] = ord("E")
print(ba, ba[0], ba[-1])
x = ba
ba += b"!"
print(x is ba, x)
ba *= 2
print(x is ba, x)
ba += bytearray(b"?")
print(x is ba, x)
ba *= 0
print(x is ba, x, len(x))
ba = bytearray(b"xyz")
ba.append(97)
ba.append(True)
ba.extend(b"bc")
ba.extend([1, 2])
ba.extend(bytearray(b"!"))
ba.extend(range(65, 67))
ba.extend(x for x in b"gen")
print(ba)
ba.insert(0, 88)
ba.insert(100, 89)
ba.insert(-1, 90)
ba.insert(-100, 48)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(90)
ba.remove(ord("a"))
print(ba)
y = ba.copy()
y.reverse()
print(y, ba, y is ba, y == ba[::-1])
y.clear()
print(y, len(y))
m = ba.upper
ba.append(122)
print(m())
alias = ba
alias[0] = 33
print(ba[0], ba is alias)
counts = bytearray(4)
for i in b"abcabd":
    counts[i - 97] += 1
print(counts, list(counts))
buf = bytearray()
for word in ["a", "bb", "ccc"]:
    buf += word.encode()
    buf.append(0)
print(buf, buf.split(b"\x00"))
