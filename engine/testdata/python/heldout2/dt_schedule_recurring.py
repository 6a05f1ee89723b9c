# source: recurring-schedule helpers (next weekday, month end, business days) in cron-like scheduling scripts
from datetime import date, datetime, timedelta, time

def next_weekday(d, weekday):
    days_ahead = weekday - d.weekday()
    if days_ahead <= 0:
        days_ahead += 7
    return d + timedelta(days_ahead)

def month_end(d):
    nxt = d.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)

def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, month_end(date(y, m, 1)).day)
    return date(y, m, day)

def business_days(start, end):
    d = start
    while d <= end:
        if d.weekday() < 5:
            yield d
        d += timedelta(days=1)

d = date(2024, 1, 31)
print([str(add_months(d, i)) for i in range(0, 14, 1)])
print(next_weekday(date(2024, 2, 29), 0), month_end(date(2023, 2, 10)), month_end(date(2024, 12, 5)))
bd = list(business_days(date(2024, 3, 1), date(2024, 3, 14)))
print(len(bd), bd[0].strftime("%a %d"), [x.day for x in bd])
start = datetime.combine(date(2024, 3, 9), time(22, 30))
print([str(start + timedelta(hours=1.5 * i)) for i in range(4)])
print(date(2024, 3, 1).isocalendar(), date(2021, 1, 3).isocalendar()[:2], date(2024, 12, 30).isocalendar().week)
print(date.fromordinal(date(2024, 1, 1).toordinal() + 59), (date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 1, 1).timetuple().tm_yday)
print(datetime(2024, 1, 1, 0, 0) - datetime(2023, 12, 31, 23, 59, 59, 500000), date.min, date.max, timedelta.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(time(9, 5).isoformat(), time(9, 5, 0, 7).isoformat(), time(13, 0) > time(9, 59), str(time()))
