from datetime import datetime, date, time, timedelta, timezone

d = datetime(2024, 2, 9, 7, 5, 3, 120)
for fmt in ["%Y-%m-%d", "%d/%m/%y", "%H:%M:%S.%f", "%I:%M %p", "%A %B %j", "%a %b %e" if False else "%a %b", "%U %W %w", "%G-W%V-%u", "%c", "%x %X", "%%", "%y%m%d%H%M%S"]:
    print(fmt, "->", d.strftime(fmt))
print(d.isoformat(), d.isoformat(sep=" "), d.isoformat(timespec="seconds"), d.isoformat(timespec="milliseconds"))
print(date.fromisoformat("2024-12-31"), time.fromisoformat("10:20:30.5"), datetime.fromisoformat("2024-01-02 03:04:05+02:00"))
print(datetime.strptime("2024-07-04T12:30:00Z", "%Y-%m-%dT%H:%M:%SZ"), datetime.strptime("Jul 4 2024", "%b %d %Y"))
for bad in [("2024-13-01", "%Y-%m-%d"), ("x", "%Y"), ("2024-01-01 junk", "%Y-%m-%d")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(datetime.combine(date(2024, 1, 1), time(9, 30)), date(2024, 1, 1).toordinal(), date.fromordinal(738000))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(0, tz=timezone.utc), datetime.utcfromtimestamp(86400))
print(time(23, 59, 59, 999999), time(1, 2).isoformat(), str(time()), repr(time(5)), time(1) < time(2))
print(timedelta(weeks=1, days=-8), timedelta(microseconds=-1), timedelta(days=1e-6 * 0), timedelta(0.5), repr(timedelta(days=-1, hours=1)))
print(timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8), "PST"), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-3))))
print(date(2024, 1, 31) + timedelta(days=1), date.max, date.min, datetime(2024, 1, 1) - datetime(2023, 1, 1))
print(d.replace(microsecond=0), d.timetuple()[:6], d.date() == date(2024, 2, 9), date(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday())
