from datetime import date, datetime, time
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError", e)
print(time(9, 30), time(23, 59, 59, 1), repr(time(1)))
print(datetime(2024, 1, 1) > datetime(2023, 12, 31, 23, 59), max(date(2020, 1, 1), date(2019, 5, 5)))
print(datetime.combine(date(2024, 1, 2), time(3, 4)))
date(2024, 1, 1) < datetime(2024, 1, 1)
