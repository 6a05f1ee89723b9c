from datetime import datetime, date, time, timezone, timedelta
d = datetime(2024, 1, 2, 3, 4, 5)
print(d.isoformat(), d.isoformat(sep=" "), d.isoformat(timespec="minutes"))
print(datetime(2024, 1, 2, 3, 4, 5, 600).isoformat(), datetime(2024, 1, 2, 3, 4, 5, 600).isoformat(timespec="milliseconds"))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06"))
print(datetime.fromisoformat("2024-05-06 07:08:09.500000+02:00"))
print(repr(datetime.fromisoformat("2024-05-06T07:08:09+00:00")))
print(date.fromisoformat("2023-12-25"), time.fromisoformat("10:20:30"), time(1, 2).isoformat())
print(str(d), repr(d), repr(date(2020, 2, 29)), repr(time(0, 0)), repr(time(9, 30, 0, 5)))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.tzname(), u.utcoffset())
tz = timezone(timedelta(hours=5, minutes=30))
print(u.astimezone(tz), tz, repr(tz), timezone(timedelta(hours=-8), "PST"))
print(u == datetime(2024, 1, 1, 17, 30, tzinfo=tz), u.timestamp())
try:
    datetime.fromisoformat("2024/01/01")
except ValueError as e:
    print("ValueError:", e)
