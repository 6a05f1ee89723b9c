students = {
    "Ann": [88, 92, 79],
    "Ben": [65, 70, 58],
    "Cat": [95, 100, 98],
    "Dan": [],
}
def grade(avg):
    if avg >= 90: return "A"
    elif avg >= 80: return "B"
    elif avg >= 70: return "C"
    elif avg >= 60: return "D"
    return "F"
def average(scores):
    return sum(scores) / len(scores)
results = {}
for name, scores in students.items():
    try:
        avg = average(scores)
    except ZeroDivisionError:
        print(f"{name}: no scores")
        continue
    results[name] = (round(avg, 2), grade(avg))
for name, (avg, g) in sorted(results.items(), key=lambda kv: kv[1][0], reverse=True):
    print(f"{name:5} {avg:6.2f} {g}")
best = max(results, key=lambda n: results[n][0])
print("best:", best, results[best])
by_grade = {}
for name, (_, g) in results.items():
    by_grade.setdefault(g, []).append(name)
print(by_grade, sorted(by_grade))
print(f"class avg: {sum(a for a, _ in results.values()) / len(results):.3f}")
print(average([88, 92, 79]), round(86.33333, 2), 259 / 3)
