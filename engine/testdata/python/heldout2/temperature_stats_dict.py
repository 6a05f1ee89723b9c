# source: weather-data summaries (defaultdict of lists per city, min/max/mean per month, formatted report) in data-analysis tutorials
from collections import defaultdict
from statistics import mean

readings = [
    ("2024-01-03", "Oslo", -7.5), ("2024-01-03", "Rome", 11.2), ("2024-01-17", "Oslo", -12.0),
    ("2024-02-01", "Oslo", -3.25), ("2024-02-01", "Rome", 13.0), ("2024-01-20", "Rome", 9.8),
    ("2024-02-14", "Rome", 15.5), ("2024-02-20", "Oslo", 0.0),
]
by_city_month = defaultdict(lambda: defaultdict(list))
for day, city, t in readings:
    month = day[:7]
    by_city_month[city][month].append(t)
for city in sorted(by_city_month):
    print(city)
    for month, temps in sorted(by_city_month[city].items()):
        print(f"  {month}: n={len(temps)} min={min(temps):6.2f} max={max(temps):6.2f} mean={mean(temps):7.3f}")
warmest = max(readings, key=lambda r: r[2])
coldest = min(readings, key=lambda r: (r[2], r[0]))
print(warmest, coldest)
print({c: round(mean(t for ms in m.values() for t in ms), 2) for c, m in by_city_month.items()})
print(type(by_city_month["Oslo"]).__name__, dict(by_city_month["Nowhere"]), sorted(by_city_month))
