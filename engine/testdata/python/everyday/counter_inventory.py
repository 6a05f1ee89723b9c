from collections import Counter, defaultdict, namedtuple, OrderedDict, deque

Sale = namedtuple("Sale", "sku qty region")
sales = [Sale("A1", 3, "north"), Sale("B2", 1, "south"), Sale("A1", 2, "south"), Sale("C3", 7, "north")]
c = Counter()
for s in sales:
    c[s.sku] += s.qty
print(c, c.most_common(2), c["ZZ"], sum(c.values()))
print(Counter("mississippi").most_common(), Counter(a=3) - Counter(a=5))
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s.sku)
print(by_region, dict(by_region))
print(sales[0], sales[0]._asdict(), sales[0]._replace(qty=99))
print(Sale._fields, Sale(*"xyz"))
od = OrderedDict.fromkeys("cab", 0)
od.move_to_end("c")
print(od, list(od), od.popitem(last=False))
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
print(recent, list(reversed(recent)))
recent.rotate(1)
print(recent, recent.popleft(), recent)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t))
