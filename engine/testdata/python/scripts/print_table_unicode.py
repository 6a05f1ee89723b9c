rows = [("café", 3), ("naïve", 12), ("日本", 7)]
for name, n in rows:
    print(f"{name:<8}|{n:>3}|")
print("-" * 13)
print(f"{'total':<8}|{sum(n for _, n in rows):>3}|")
