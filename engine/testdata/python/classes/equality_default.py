class P:
    def __init__(self, x):
        self.x = x
a, b = P(1), P(1)
print(a == b, a != b, a == a, a is b)
print(len({a, b}), hash(a) == hash(a))
