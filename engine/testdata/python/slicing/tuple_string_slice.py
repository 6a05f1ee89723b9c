t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], type(t[1:2]).__name__)
print("abc"[1:1] == "", (1, 2)[5:], [][1:2])
b = b"bytes"
print(b[1:3], b[::-1], b[0])
