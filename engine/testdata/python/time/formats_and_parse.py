import time
st = time.gmtime(951782400)
print(st, st[0], st[-1], len(st), st.tm_zone)
for f in ["%a %A %b %B %d %e %j %m %y %Y", "%H %I %M %S %p %U %W %w %u", "%c|%x|%X|%D|%T|%F|%R|%%"]:
    print(time.strftime(f, st))
print(time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime(st), time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)))
for s, f in [("2023-07-04", "%Y-%m-%d"), ("04/07/23 11:59 PM", "%d/%m/%y %I:%M %p"), ("Mar 5 2001", "%b %d %Y"),
             ("Tuesday 1 August 1995", "%A %d %B %Y"), ("12:30", "%H:%M")]:
    t = time.strptime(s, f)
    print(tuple(t), t.tm_isdst)
for s, f in [("2023-13-01", "%Y-%m-%d"), ("2023-02-30", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("x", "%Y")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
a = time.time()
print(type(time.time_ns()).__name__, time.monotonic() <= time.monotonic(), abs(time.time() - a) < 5)
print(time.gmtime(0.9)[:6], time.gmtime(-1)[:6])
