from datetime import datetime, date, time, timedelta
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
for f in ["%Y-%m-%d", "%d/%m/%y", "%H:%M:%S.%f", "%I:%M %p", "%A %a %B %b", "%j %U %W %w", "%Y-%m-%dT%H:%M:%S", "%%Y literal", "%c", "%x", "%X", "%G-W%V-%u"]:
    print(f, "->", dt.strftime(f), "|", f"{dt:{f}}")
d = date(1999, 12, 31)
print(f"{d}", f"{d:%d %B %Y}", "{:%Y}".format(d), format(d, ""), str(d), repr(d), d.isoformat(), d.ctime())
t = time(9, 5, 0, 500)
print(t, repr(t), t.isoformat("milliseconds"), t.strftime("%H.%M"), f"{t:%I %p}", time(23, 59).isoformat())
print(dt.isoformat(" ", "seconds"), dt.isoformat(timespec="minutes"), dt.date(), dt.time(), dt.replace(microsecond=0))
print(f"{dt:%Y}-{dt.month:02d}-{dt.day:02}", f"{timedelta(hours=25, minutes=3)}", f"{timedelta(seconds=-1)}")
