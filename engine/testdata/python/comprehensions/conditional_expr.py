print([x if x % 2 else -x for x in range(5)])
print([x for x in range(10) if x % 2 if x % 3])
print(["even" if n % 2 == 0 else "odd" for n in (1, 2)])
