# source: stock/inventory arithmetic with collections.Counter (restock, sell, shortages, most_common) in shop simulations
from collections import Counter

stock = Counter(apple=10, banana=5, cherry=0, durian=2)
order = Counter(apple=3, banana=7, durian=2, elderberry=1)
print(stock, +stock, -Counter(a=-2, b=3))
short = order - stock
print("short:", short, dict(short))
after = stock - order
print("after:", after, after["banana"], after["cherry"])
stock.subtract(order)
print("subtract:", stock)
stock.update({"banana": 10, "fig": 4})
stock.update(["apple", "apple"])
print(stock.most_common(2), stock.most_common()[-1], sorted(stock.elements())[:4])
print(Counter("hello") + Counter("world"), Counter("aab") | Counter("abb"), Counter("aab") & Counter("abb"))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter("abc") < Counter("abcd"))
print(sum(stock.values()), len(stock), stock.total(), list(stock)[:3], repr(Counter()))
c = Counter({"x": 2.5, "y": -1})
print(c, c + Counter(), c.most_common(1))
del stock["fig"]
print("fig" in stock, stock.get("fig"), stock["fig"], Counter.fromkeys if False else "ok")
