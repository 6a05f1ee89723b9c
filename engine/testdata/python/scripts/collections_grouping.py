from collections import defaultdict, Counter, namedtuple
Sale = namedtuple("Sale", "region product amount")
sales = [Sale("N", "x", 10), Sale("S", "y", 5), Sale("N", "y", 7), Sale("S", "x", 1)]
by_region = defaultdict(int)
for s in sales:
    by_region[s.region] += s.amount
print(dict(by_region))
print(Counter(s.product for s in sales).most_common())
print(max(sales, key=lambda s: s.amount))
