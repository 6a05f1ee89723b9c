from datetime import date, datetime, timedelta, timezone


start = datetime(2024, 1, 31, 23, 45, tzinfo=timezone.utc)
periods = [start + timedelta(days=30 * i) for i in range(4)]
for p in periods:
    print(p.isoformat(), p.strftime("%a %d %b %Y"), p.weekday())
due = date(2024, 2, 29)
print(due - date(2023, 12, 25), (due - date(2023, 12, 25)).days)
print(due.replace(year=2025, day=28), due.isocalendar())
d = timedelta(hours=49, minutes=5, seconds=3)
print(d, d.total_seconds(), d // timedelta(hours=1), d % timedelta(hours=1))
print(-d, abs(-d), d * 1.5, d / 2)
print(timedelta(days=-1, seconds=5))
naive = datetime(2024, 3, 10, 8, 0)
print(naive < datetime(2024, 3, 10, 9), naive.date(), naive.time())
try:
    naive < start
except TypeError as e:
    print("TypeError:", e)
print(datetime.fromisoformat("2024-05-01T10:20:30"), datetime.strptime("03/04/24 17:05", "%d/%m/%y %H:%M"))
print(repr(date(2024, 1, 2)), repr(timedelta(seconds=90)), repr(start))
print(start.astimezone(timezone(timedelta(hours=-5))).isoformat())
