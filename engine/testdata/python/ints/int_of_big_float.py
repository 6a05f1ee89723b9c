print(int(1e20), int(1.5e30), int(-2.0 ** 70))
print(float(2 ** 1023) * 2)
print(int("123456789012345678901234567890") % 97)
