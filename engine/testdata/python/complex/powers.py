# integral exponents up to 100 go by squaring (exact where the parts stay small)
zs = [1j, 1 + 1j, 2 - 3j, -1.5 + 0.5j, 0.1 + 0.2j]
for z in zs:
    print(z, [z ** n for n in (0, 1, 2, 3, 5, -1, -2)], z ** 2.0, z ** (3 + 0j), pow(z, 4))
print(2 ** (2 + 0j), 2.0 ** (1 + 0j), (1 + 1j) ** 100, (1 + 1j) ** -100, 1j ** 99, (-1 + 0j) ** 50)
for bad in [lambda: 0j ** -2, lambda: 0j ** (1 + 1j), lambda: (1e200 + 1e200j) ** 2, lambda: (2 + 0j) ** 2000.0, lambda: 0j ** -1.5]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(0j ** 0, 0j ** 2.5, (0j) ** (0 + 0j), (1 + 2j) ** 0.0, (-0.0 + 0j) ** 1)
