# datetime's types name themselves 'datetime.date' in CPython's messages.
import datetime
objs = [datetime.datetime(2024, 5, 6, 7, 8, 9), datetime.date(2024, 5, 6), datetime.time(7, 8), datetime.timedelta(days=2), datetime.timezone.utc]
for o in objs:
    for name in ("nosuch", "year", "days", "tzname", "__len__"):
        try:
            v = getattr(o, name)
            print(type(o).__name__, name, "found", callable(v))
        except AttributeError as e:
            print(type(o).__name__, name, e)
for t in (datetime.datetime, datetime.date, datetime.timedelta):
    try:
        t.nosuch
    except AttributeError as e:
        print(e)
print(hasattr(datetime.date.today(), "isoformat"), hasattr(datetime.timedelta(1), "total_seconds"))
