from datetime import timedelta
tds = [timedelta(0), timedelta(days=1), timedelta(hours=36), timedelta(seconds=-30), timedelta(days=-1, seconds=5), timedelta(microseconds=1500), timedelta(weeks=2, minutes=90), timedelta(days=400, milliseconds=5)]
for t in tds:
    print(str(t), repr(t), t.total_seconds(), t.days, t.seconds, t.microseconds)
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, a * 2, a / 2, a / b, a // b, a % b, -a, abs(-a), a * 1.5, divmod(a, b), a > b, max(a, b))
print(sum([a, b], timedelta()), timedelta(hours=1) == timedelta(minutes=60), bool(timedelta()), timedelta(1, 2, 3))
