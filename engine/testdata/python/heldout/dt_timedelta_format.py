from datetime import timedelta

def human(td):
    secs = int(td.total_seconds())
    sign = "-" if secs < 0 else ""
    secs = abs(secs)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"

for td in [timedelta(seconds=59), timedelta(hours=26, minutes=3), timedelta(minutes=-5), timedelta(days=2, seconds=1)]:
    print(str(td), human(td), td.total_seconds())
print(sum([timedelta(minutes=20)] * 4, timedelta()))
print(timedelta(hours=1.5), timedelta(seconds=0.1), timedelta(microseconds=1.5), timedelta(microseconds=2.5))
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1, hours=1) / 2)
print(divmod(timedelta(hours=10), timedelta(hours=3)))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)
