from datetime import time, datetime, timezone, timedelta
t = time(9, 30, 15)
print(t, t.hour, t.replace(minute=0), t < time(10), t.isoformat(timespec="hours"))
print(time(23, 59, 59, 999999), time(), bool(time(0)))
print(time(12, tzinfo=timezone.utc), time(12, tzinfo=timezone.utc).utcoffset())
slots = [time(h, m) for h in (9, 10) for m in (0, 30)]
print([s.strftime("%H:%M") for s in slots])
print(datetime(2024, 1, 1, 10, 0).time() in slots)
def overlaps(a, b, c, d):
    return a < d and c < b
print(overlaps(time(9), time(10), time(9, 30), time(11)), overlaps(time(9), time(10), time(10), time(11)))
try:
    time(24)
except ValueError as e:
    print("ValueError:", e)
try:
    time(1) + timedelta(hours=1)
except TypeError as e:
    print("TypeError:", e)
