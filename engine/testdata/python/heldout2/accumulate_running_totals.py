# source: running-balance / cumulative-sum reports (itertools.accumulate, zip with previous, percent change) in finance notebooks
from itertools import accumulate, pairwise
import operator

monthly = [("Jan", 1200.0), ("Feb", -300.5), ("Mar", 450.25), ("Apr", -1000.0), ("May", 0.0), ("Jun", 812.75)]
amounts = [a for _, a in monthly]
running = list(accumulate(amounts))
print(running)
print(f"{'month':<6}{'amount':>10}{'balance':>10}{'change':>9}")
prev = None
for (m, a), bal in zip(monthly, running):
    chg = "" if prev in (None, 0) else f"{(bal - prev) / abs(prev):+.1%}"
    print(f"{m:<6}{a:>10.2f}{bal:>10.2f}{chg:>9}")
    prev = bal
print(list(accumulate(amounts, max)), list(accumulate(amounts, min))[-1], list(accumulate([1, 2, 3], operator.mul, initial=10)))
print([round(b - a, 2) for a, b in pairwise(running)], max(pairwise(amounts), key=lambda p: p[1] - p[0]))
best = max(range(len(amounts)), key=lambda i: amounts[i])
print(best, monthly[best][0], sum(amounts) / len(amounts), round(sum(amounts) / len(amounts), 3))
print(f"{-0.0:+.1%}", f"{0.12345:.1%}", f"{1:%}", f"{-1.5:+.0%}", f"{0.005:.0%}", f"{0.015:.0%}")
