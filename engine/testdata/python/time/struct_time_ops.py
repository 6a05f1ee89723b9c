import time

a = time.gmtime(1700000000)
b = time.gmtime(1700000000)
print(a == b, a != time.gmtime(0), a[0], a[-1], len(a), a.tm_zone, a.tm_gmtoff, a.tm_isdst)
print(a)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)), list(a)[:3], a[:2], tuple(a) == tuple(b))
print(time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.calendar if False else "", time.timezone if False else "")
print(time.strptime("12:30", "%H:%M")[:6], time.mktime(a) > 0, time.ctime(0).split()[-1])
try:
    time.strptime("x", "%Y")
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
