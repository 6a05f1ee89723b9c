print(divmod(7.5, 2), divmod(-1, 3), divmod(1, -3))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-2.5), round(0.5 + 1e-9))
print(round(123.456, -1), round(-123.456, -2))
