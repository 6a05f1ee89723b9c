from datetime import datetime, date, timezone
d = datetime(2024, 1, 31, 10, 0)
print(d.replace(day=1), d.replace(hour=0, minute=0), d.replace(year=2023))
try:
    d.replace(month=2)
except ValueError as e:
    print("ValueError:", e)
a = datetime(2024, 1, 1)
b = datetime(2024, 1, 1, tzinfo=timezone.utc)
print(a < datetime(2024, 1, 2), a == b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
print(date(2024, 1, 1) == datetime(2024, 1, 1))
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]))
print(max(datetime(2020, 1, 1), datetime(2019, 12, 31, 23)))
print(datetime.min, datetime.max, date.min, date.resolution)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo)
