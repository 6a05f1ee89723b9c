from collections import Counter
words = "the quick the lazy the end quick".split()
c = Counter(words)
print(c.most_common(), c.total() if hasattr(c, "total") else "")
print(c["the"], c["missing"], list(c), dict(c))
c.subtract({"the": 3})
print(+c)
