from datetime import datetime, date, timedelta
start = datetime(2024, 1, 31, 23, 59, 59)
for days in [0, 1, 29, 366]:
    d = start + timedelta(days=days)
    print(f"{days:>4} {d:%Y-%m-%d %a} {d.isoweekday()} {d.strftime('%B'):<9} {d.timetuple().tm_yday:>3}")
print(date(2024, 2, 29).replace(year=2025) if False else date(2024, 2, 28).replace(year=2025), date.fromisoformat("2024-05-06"), datetime.fromisoformat("2024-05-06T07:08:09"))
print(date.min, date.max, datetime(2000, 1, 1) - datetime(1999, 12, 31, 12), (date(2024, 3, 1) - date(2024, 2, 1)).days)
print(datetime.strptime("05/06/2024 13:45", "%m/%d/%Y %H:%M"), datetime(2024, 1, 1).weekday(), date(2024, 1, 1).isocalendar())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
