# source: a student grades report exercise (statistics.mean/median/mode/stdev, letter grades with if/elif, a formatted table)
import statistics

scores = {"alice": [88, 92, 79], "bob": [65, 70, 58], "carol": [95, 98, 100], "dan": [70, 70, 71]}

def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"

print(f"{'name':<8}{'avg':>8}{'grade':>7}")
for name, marks in sorted(scores.items(), key=lambda kv: -statistics.mean(kv[1])):
    avg = statistics.mean(marks)
    print(f"{name:<8}{avg:>8.2f}{letter(avg):>7}")
allm = [m for ms in scores.values() for m in ms]
print(statistics.mean(allm), statistics.median(allm), statistics.mode(allm))
print(round(statistics.stdev(allm), 4), round(statistics.pstdev(allm), 4), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.mean([1, 2.5]), statistics.mean([1, 2]), statistics.fmean([1, 2]), statistics.multimode("aabbc"))
print(statistics.quantiles(allm, n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
