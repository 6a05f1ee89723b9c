import calendar, time
from datetime import date, timedelta
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 23, 59, 59)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm((2024, 1, 32, 0, 0, 0)), calendar.timegm((2024, 3, 0, 25, 61, -1)))
print(calendar.timegm(time.struct_time((2024, 5, 6, 7, 8, 9, 0, 127, 0))) if hasattr(time, "struct_time") else 1714979289)
def month_bounds(y, m):
    _, n = calendar.monthrange(y, m)
    return date(y, m, 1), date(y, m, n)
def business_days(y, m):
    return sum(1 for w in calendar.monthcalendar(y, m) for i, d in enumerate(w) if d and i < 5)
print([month_bounds(2024, m)[1].day for m in range(1, 13)], [business_days(2024, m) for m in (1, 2, 6)])
try:
    calendar.timegm((2024, 13, 1, 0, 0, 0))
except ValueError as e:
    print("ValueError", e)
