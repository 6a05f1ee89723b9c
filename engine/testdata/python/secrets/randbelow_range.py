import secrets
draws = [secrets.randbelow(6) for _ in range(600)]
print(min(draws) >= 0, max(draws) <= 5, sorted(set(draws)))
big = [secrets.randbelow(2**70) for _ in range(20)]
print(all(0 <= b < 2**70 for b in big), any(b > 2**64 for b in big))
bits = [secrets.randbits(4) for _ in range(300)]
print(sorted(set(bits)) == list(range(16)), type(secrets.randbits(80)).__name__)
print(secrets.randbelow(exclusive_upper_bound=1))
try:
    secrets.randbits(k=-3)
except ValueError as e:
    print("ValueError", e)
