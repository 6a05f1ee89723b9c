rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
for name, n, price in rows:
    print(f"{name:<8}|{n:>4}|{price:>7.2f}|{n * price:8.3f}")
print("-" * 30)
print(" | ".join(str(x) for x in range(4)))
