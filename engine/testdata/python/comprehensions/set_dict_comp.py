print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({w.lower() for w in ["A", "a", "B"]}))
print({i: i ** 2 for i in range(4)})
