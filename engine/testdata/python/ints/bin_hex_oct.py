print(bin(10), hex(255), oct(8))
print(bin(-10), hex(-255))
print(hex(2 ** 80))
print(format(255, "x"), format(255, "#X"), format(10, "b"))
