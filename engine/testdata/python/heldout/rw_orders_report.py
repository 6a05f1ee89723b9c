# plain-Python parts of realworld scripts: grouping and totals as report queries do
from collections import defaultdict
from decimal import Decimal
from datetime import date
orders = [
    {"onum": 3001, "amt": Decimal("18.69"), "odate": date(1990, 10, 3), "cnum": 2008, "snum": 1007},
    {"onum": 3003, "amt": Decimal("767.19"), "odate": date(1990, 10, 3), "cnum": 2001, "snum": 1001},
    {"onum": 3002, "amt": Decimal("1900.10"), "odate": date(1990, 10, 3), "cnum": 2007, "snum": 1004},
    {"onum": 3005, "amt": Decimal("5160.45"), "odate": date(1990, 10, 3), "cnum": 2003, "snum": 1002},
    {"onum": 3006, "amt": Decimal("1098.16"), "odate": date(1990, 10, 4), "cnum": 2008, "snum": 1007},
    {"onum": 3009, "amt": Decimal("1713.23"), "odate": date(1990, 10, 4), "cnum": 2002, "snum": 1003},
]
by_date = defaultdict(list)
for o in orders:
    by_date[o["odate"]].append(o)
for d, os_ in sorted(by_date.items()):
    total = sum(o["amt"] for o in os_)
    print(d, len(os_), total, max(o["amt"] for o in os_), f"{total / len(os_):.2f}")
by_sales = defaultdict(Decimal)
for o in orders:
    by_sales[o["snum"]] += o["amt"]
print(dict(by_sales))
print(sorted(by_sales.items(), key=lambda kv: kv[1], reverse=True)[:2])
print([o["onum"] for o in orders if o["amt"] > 1000], sum(o["amt"] for o in orders) / len(orders))
print(f"<Orders onum={orders[0]['onum']}, amount={orders[0]['amt']}, odate={orders[0]['odate']}>")
