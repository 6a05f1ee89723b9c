class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Seq(5)
print(list(s), s[1:4], s[::-2], 9 in s, 7 in s, list(reversed(s)), sorted(s, reverse=True), max(s))
for i, v in enumerate(s):
    if i > 2:
        break
    print(i, v)
a, b, *rest = s
print(a, b, rest)
try:
    iter(object())
except TypeError as e:
    print("TypeError", e)
