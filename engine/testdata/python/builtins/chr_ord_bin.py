print(chr(65), chr(8364), ord("€"), bin(5), oct(64), hex(4096))
print(ascii("ü€"), repr(chr(0)))
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
chr(-1)
