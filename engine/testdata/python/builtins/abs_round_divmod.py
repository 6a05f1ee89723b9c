print(abs(-3), abs(-2.5), abs(0), round(2.567, 1), round(-0.5), divmod(17, 5), divmod(-17, 5))
print(pow(2, 8), pow(2, -1), pow(7, 2, 5))
print(round(5), round(5.5), round(6.5), round(1e20))
print(round(float("inf")) if False else "skip")
