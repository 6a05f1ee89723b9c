from datetime import date, datetime, time, timedelta, timezone

print(timedelta(days=-1, seconds=5), timedelta(microseconds=-1), timedelta(hours=1.5), timedelta(milliseconds=1.5))
print(repr(timedelta(0)), repr(timedelta(minutes=-1)), timedelta(days=3) % timedelta(days=2), timedelta(days=3) // 2, timedelta(seconds=1) / 3)
print(timedelta(weeks=2) // timedelta(days=3), timedelta(days=1) / timedelta(hours=1), 2.5 * timedelta(seconds=1), bool(timedelta(0)))
print(sorted([timedelta(1), timedelta(-1), timedelta(0)]), {timedelta(days=1): "a"}[timedelta(hours=24)])
d = date(2024, 12, 30)
print(d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(738000), d.ctime())
print(d - timedelta(days=365), d + timedelta(hours=47), d == datetime(2024, 12, 30), d.replace(year=2023))
dt = datetime(2024, 2, 29, 23, 30)
print(dt + timedelta(minutes=45), dt - datetime(2024, 1, 1), dt.replace(minute=0, second=5), repr(dt.replace(microsecond=7)))
print(dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"), f"{dt:%d.%m.%Y %H:%M}", f"{dt}", format(d, ""))
print(time(12, 5).isoformat(), time(0, 0, 1, 500), repr(time(7, 8, 9)), time(1) < time(2))
utc = timezone.utc
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
east = aware.astimezone(timezone(timedelta(hours=5, minutes=30)))
print(east, repr(east), east == aware, east.utcoffset(), east.tzname(), aware.strftime("%H:%M %Z %z"), dt.strftime("[%Z][%z]"))
print(repr(timezone(timedelta(hours=-3), "BRT")), timezone(timedelta(0)), timezone(timedelta(0)) == utc, repr(timezone(timedelta(minutes=90))))
for s in ["2024-01-02T03:04:05.678+02:00", "2024-01-02 03:04", "20240102T030405Z", "2024-01-02T03"]:
    print(repr(datetime.fromisoformat(s)))
print(datetime.strptime("2024-07-08 09:10:11.5", "%Y-%m-%d %H:%M:%S.%f"), datetime.combine(d, time(1, 2, 3)), datetime.fromtimestamp(86400.5, utc))
for bad in [lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: datetime(2024, 1, 1, 24), lambda: time(0, 60),
            lambda: date.fromisoformat("2024-1-1"), lambda: aware - dt, lambda: aware < dt, lambda: d < dt,
            lambda: date(9999, 12, 31) + timedelta(days=1), lambda: timedelta(days=10 ** 9), lambda: timezone(timedelta(hours=24)),
            lambda: d + 1, lambda: timedelta(1) + 1, lambda: date(2024, 1, 1.0)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(isinstance(dt, date), isinstance(d, datetime), type(dt).__name__, date.min, datetime.max, type(datetime.now() - datetime.now()).__name__)
