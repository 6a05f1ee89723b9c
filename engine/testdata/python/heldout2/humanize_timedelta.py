# source: humanize_timedelta in lakhesis7/ProjectF utils/humanize.py; ago() in omnipresence humanize
from datetime import datetime, timedelta

INTERVALS = {
    timedelta(weeks=52): "year",
    timedelta(days=30.4375): "month",
    timedelta(weeks=1): "week",
    timedelta(days=1): "day",
    timedelta(hours=1): "hour",
    timedelta(minutes=1): "minute",
    timedelta(seconds=1): "second",
}

def humanize(td):
    for unit, name in INTERVALS.items():
        if unit <= td:
            result = td / unit
            if result != 1.0:
                name += "s"
            return f"{result:.2g} {name} ago"
    return "just now"

def ago(then, now):
    delta = now - then
    if delta.days == 0:
        if delta.seconds < 10:
            return "just now"
        if delta.seconds < 60:
            return "{} seconds ago".format(delta.seconds)
        if delta.seconds < 3600:
            return "{} minutes ago".format(delta.seconds // 60)
        return "{} hours ago".format(delta.seconds // 3600)
    if delta.days < 0:
        return "in the future"
    return "{} day{} ago".format(delta.days, "s" if delta.days != 1 else "")

now = datetime(2024, 3, 1, 12, 0, 0)
for td in (timedelta(seconds=5), timedelta(seconds=59), timedelta(minutes=90), timedelta(days=1),
           timedelta(days=45), timedelta(days=400), timedelta(hours=23, minutes=59, seconds=59)):
    print(f"{str(td):>20} | {humanize(td):<16} | {ago(now - td, now)}")
print(ago(now + timedelta(hours=1), now), timedelta(days=30.4375), timedelta(weeks=52) / timedelta(days=1))
print(timedelta(days=45) // timedelta(weeks=1), timedelta(days=45) % timedelta(weeks=1), divmod(timedelta(hours=50), timedelta(days=1)))
print(repr(timedelta(days=-1, seconds=5)), -timedelta(minutes=1), abs(timedelta(hours=-3)))
