pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 1), (-1, 10**20), (10**20, -7), (-(10**20), 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
fl = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.1), (1e308, 1e-308), (0.3, 0.1), (-0.0, 5.0), (3.0, float("inf")), (-3.0, float("inf"))]
for a, b in fl:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 % 3.0, 7 % -3.0, -1e-20 % 1.0, 1e-20 % -1.0, (-0.0) % 1.0, 0.0 % -1.0, 5 % True)
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 // 0, lambda: divmod(1, 0.0), lambda: 1.5 % 0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
