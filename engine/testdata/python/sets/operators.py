a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b)
print(a <= b, {2} < a, a >= {1}, a.isdisjoint({9}))
a |= {10}
a -= {1}
print(a)
print(sorted(a ^ b))
