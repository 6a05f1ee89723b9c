# source: gradebook exercises (dict of student -> scores, letter grades by thresholds with bisect, class average) in CS1 repos
from bisect import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect(breakpoints, score)]

book = {"ann": [93, 88, 97], "bob": [59, 61, 70], "cy": [80, 80, 79.5], "di": [], "ed": [100, 90, 89.99]}
report = []
for student, scores in book.items():
    if not scores:
        report.append((student, None, "-"))
        continue
    avg = sum(scores) / len(scores)
    report.append((student, avg, grade(avg)))
for name, avg, letter in sorted(report, key=lambda r: (r[1] is None, -(r[1] or 0))):
    shown = f"{avg:6.2f}" if avg is not None else "   n/a"
    print(f"{name.capitalize():<5}{shown}  {letter}")
valid = [a for _, a, _ in report if a is not None]
print(f"class average: {sum(valid) / len(valid):.3f}", [grade(s) for s in (33, 60, 69.9, 70, 89, 90, 100)])
dist = {}
for _, _, g in report:
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())), max(book, key=lambda s: max(book[s], default=0)))
print(round(79.5), round(80.5), round(2.675, 2), f"{79.83333:.1f}", int(89.99), divmod(17, 5), divmod(-17, 5), -17 // 5, 17 % -5)
