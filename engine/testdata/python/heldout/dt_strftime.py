from datetime import datetime, date, time
d = datetime(2024, 7, 4, 9, 5, 3, 42000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y", "%A %B %d", "%a %b %e", "%I:%M %p", "%j %U %W",
            "%f", "%H%M", "%c", "%x", "%X", "%%", "%Y-%m-%dT%H:%M:%S.%f", "%-d" if False else "%d",
            "%b %d, %Y", "%G-W%V-%u", "%y%m%d", "%w"]:
    print(repr(fmt), d.strftime(fmt))
print(date(2024, 1, 5).strftime("%A, %d %B %Y"))
print(time(14, 30).strftime("%H:%M %p"))
print(format(d, "%Y/%m/%d"), f"{d:%H:%M}", f"{date(2000,1,1):%d.%m.%Y}")
print("{:%Y}".format(d))
