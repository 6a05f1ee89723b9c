ba = bytearray(range(10))
print(ba[2:8:3], ba[::-2], ba[-3:], ba[100:], ba[-100:2], ba[8:2:-2], ba[::3])
ba[2:8:3] = b"XY"
print(ba)
ba[::-4] = bytearray(b"abc")
print(ba)
ba[3:3] = b""
ba[3:5] = b""
print(ba, len(ba))
del ba[::-2]
print(ba)
del ba[100:]
del ba[5:1]
print(ba)
ba[-1:] = [1, 2, 3]
print(ba)
ba[len(ba):len(ba)] = range(2)
print(ba)
ba[1:4] = bytearray(b"")
print(ba)
x = bytearray(b"hello")
x[1:3] = x
print(x)
y = bytearray(b"abc")
y[:] = y[::-1]
print(y)
z = bytearray(b"abcdef")
z[::2] = z[1::2]
print(z)
try:
    z[::2] = b"too long"
except ValueError as e:
    print(e)
try:
    del z[::0]
except ValueError as e:
    print(e)
try:
    z[::0] = b""
except ValueError as e:
    print(e)
