from datetime import date, timedelta
import calendar

def month_range(y, m):
    first = date(y, m, 1)
    last = date(y, m, calendar.monthrange(y, m)[1])
    return first, last

for m in (1, 2, 12):
    print(month_range(2024, m))
print(calendar.isleap(2100), calendar.monthrange(2023, 2))
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)
print(add_months(date(2024, 1, 31), 1), add_months(date(2024, 1, 31), -2), add_months(date(2023, 11, 30), 14))
days = [date(2024, 3, 1) + timedelta(days=i) for i in range(0, 20, 6)]
print(days)
print([d.strftime("%a") for d in days])
print(calendar.day_name[0], calendar.month_abbr[12], list(calendar.month_name)[1:3])
