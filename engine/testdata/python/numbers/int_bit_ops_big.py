a = 2**100 + 12345
print(a & 0xFFFF, a | 1, a ^ a, a >> 90, a << 3, -a >> 1, -a & 0xFF, ~a, -1 >> 100, 1 << 200 >> 199)
print((-(2**70)) & (2**72 - 1), (-(2**70)) | 5, (-(2**70)) ^ -1, (2**64 - 1) & -(2**32), -5 & 3, -5 | 3, -5 ^ 3)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 << 1, lambda: 1 & 1.0]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(0 << 10**10 if False else 0, 5 >> 10**20, -5 >> 10**20, 0 >> 5)
