print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"))
print(bytes(range(5)))
print(bytearray(b"abc"), bytearray(2))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba))
bytes([256])
