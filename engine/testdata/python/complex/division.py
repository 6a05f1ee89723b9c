# Smith's algorithm: the larger part of the divisor decides
pairs = [(1 + 2j, 3 + 4j), (1, 1j), (1j, 1), (5, 2 + 0j), (1e300 + 1e300j, 1e300 + 1e300j), (1 + 1j, 1e-300j),
         (3 + 4j, -4 + 3j), (-2.5 + 0.5j, 0.25 - 8j), (1, 3 + 0j), (1e308j, 1e-10)]
for a, b in pairs:
    print(a, b, a / b, b / a if b else None)
print((1 + 2j) / 2, 2 / (1 + 2j), (1 + 2j) / 2.5, 7.5 / (2 - 1j), 10 ** 20 / (1 + 1j))
for bad in [lambda: 1j / 0, lambda: 1 / 0j, lambda: (1 + 1j) / 0.0, lambda: 0j / 0j, lambda: (2 + 2j) / complex(0, -0.0)]:
    try:
        print(bad())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
inf, nan = float('inf'), float('nan')
print(complex(inf, 1) / 2, 1 / complex(inf, inf), complex(nan, 0) / 1j, complex(1, 1) / complex(inf, 0))
