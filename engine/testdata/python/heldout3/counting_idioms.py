# source: xkilaboshix/python_programming lesson.py (counting with a dict, setdefault, defaultdict and Counter)
import collections

d = {}
l = ['a', 'a', 'a', 'b', 'b', 'c']
for word in l:
    if word not in d:
        d[word] = 0
    d[word] += 1
print(d)

d = {}
for word in l:
    d.setdefault(word, 0)
    d[word] += 1
print(d)

d = collections.defaultdict(int)
for word in l:
    d[word] += 1
print(d)

c = collections.Counter()
for word in l:
    c[word] += 1
print(c)
print(c.most_common(2))
print(sum(c.values()))
c.subtract("aab")
print(c, +c, -c)
print(c & collections.Counter("bbb"), c | collections.Counter("ddd"))
print(dict(d), list(d.items())[0], d.default_factory)
