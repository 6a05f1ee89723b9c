# source: class grade report with the statistics module (summary tables in beginner data tutorials)
import statistics
from collections import defaultdict
scores = {
    "ana": [88, 92, 79, 93], "ben": [72, 65, 80, 70], "cai": [95, 98, 100, 97],
    "dee": [60, 75, 70, 65], "eli": [85, 85, 90, 80], "fay": [77, 88, 77, 99],
}
print(f"{'name':<5}{'mean':>8}{'median':>8}{'stdev':>9}{'min':>5}{'max':>5}")
for name, xs in scores.items():
    print(f"{name:<5}{statistics.mean(xs):>8.2f}{statistics.median(xs):>8}{statistics.stdev(xs):>9.3f}{min(xs):>5}{max(xs):>5}")
everything = [x for xs in scores.values() for x in xs]
print("overall", statistics.mean(everything), statistics.median(everything), statistics.mode(everything), statistics.multimode(everything))
print("quartiles", statistics.quantiles(everything), statistics.quantiles(everything, n=10, method="inclusive"))
print("spread", round(statistics.pstdev(everything), 4), round(statistics.variance(everything), 4), statistics.median_grouped(everything, 5))
buckets = defaultdict(list)
for x in everything:
    buckets[x // 10 * 10].append(x)
for lo in sorted(buckets):
    b = buckets[lo]
    print(f"{lo:>3}-{lo + 9:<3} {'#' * len(b):<10} {statistics.fmean(b):.1f}")
z = {n: round((statistics.mean(xs) - statistics.mean(everything)) / statistics.stdev(everything), 3) for n, xs in scores.items()}
print(sorted(z.items(), key=lambda kv: kv[1], reverse=True))
print(statistics.correlation(scores["ana"], scores["cai"]), statistics.covariance(scores["ben"], scores["dee"]))
slope, intercept = statistics.linear_regression([1, 2, 3, 4], scores["fay"])
print(f"trend {slope:+.2f}/test from {intercept:.2f}")
