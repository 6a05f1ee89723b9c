# source: a calculateAge(timedelta_obj) helper found by code search (s/m/h/d suffixes; its hours branch forgets to return)
from datetime import timedelta

def calculateAge(timedelta_obj):
    total_seconds = timedelta_obj.total_seconds()

    if total_seconds < 60:
        return str(int(total_seconds)) + "s"
    elif total_seconds < 3600:
        return str(int(total_seconds/60)) + "m"
    elif total_seconds < 86400:
        str(int(total_seconds/3600)) + "h"
    else:
        return str(timedelta_obj.days) + "d"

for td in [timedelta(seconds=5), timedelta(seconds=59.9), timedelta(minutes=61), timedelta(hours=5),
           timedelta(days=3, hours=23), timedelta(seconds=-30)]:
    print(repr(td), "->", calculateAge(td))

def humanize(td):
    s = int(td.total_seconds())
    parts = []
    for name, size in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        n, s = divmod(s, size)
        if n:
            parts.append(f"{n} {name}{'s' if n != 1 else ''}")
    return ", ".join(parts) or "now"

print(humanize(timedelta(days=1, hours=2, seconds=1)), "|", humanize(timedelta(0)), "|", humanize(timedelta(minutes=2)))
