# int / int is correctly rounded even for huge operands
print(10**30 / 3, (10**30 + 1) / 10**15, 2**64 / 3, -(2**64) / 7, 1 / 3, 2 / 3, 10**16 / 3, 12345678901234567891 / 10)
print((2**1024 - 1) / 2**1000, (3**700) / (3**699), 1 / 2**1074, 1 / 2**1075, 3 / 2**1076, (10**310) / (10**300))
for bad in [lambda: 2**1024 / 1, lambda: 1 / 0, lambda: 10**500 / 10**100]:
    try:
        print(bad())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
