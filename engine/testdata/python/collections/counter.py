from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["z"])
c.update("aaz")
print(c.most_common(1), sorted(c.elements())[:5])
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, b=1))
print(sum(c.values()), list(Counter([1, 1, 2]).items()))
