from datetime import date, timedelta
start = date(2024, 1, 29)
for week in range(3):
    d = start + timedelta(weeks=week)
    print(d.isoformat(), d.strftime("%a"), (d - start).days)
due = start + timedelta(days=30)
print(due, due.month, due > date(2024, 2, 27))
