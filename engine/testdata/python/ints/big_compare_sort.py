vals = [2 ** 70, -2 ** 65, 10 ** 19, 9 * 10 ** 18, 0]
print(sorted(vals))
print(max(vals) - min(vals))
print(2 ** 64 - 1 == 18446744073709551615, hex(2 ** 64 - 1))
