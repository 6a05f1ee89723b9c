from datetime import date, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2))
print(d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat())
print(date(2024, 3, 1) - d, (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(d.replace(day=1), d.strftime("%d/%m/%Y %A %B %j"))
print(date.fromisoformat("2020-12-31"), d < date(2025, 1, 1))
