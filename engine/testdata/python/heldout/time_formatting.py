import time
t = time.gmtime(0)
print(t, t.tm_year, t[0:3], time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1700000000)))
st = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(st.tm_wday, st.tm_yday, st.tm_isdst, tuple(st)[:6])
print(time.asctime(time.gmtime(86400 * 10000)), time.mktime(time.gmtime(0)) is not None)
start = time.perf_counter()
x = sum(range(1000))
elapsed = time.perf_counter() - start
print(x, elapsed >= 0, isinstance(time.time(), float), type(time.time_ns()).__name__, time.monotonic() > 0)
print(f"took {0.0012345:.3f}s", time.strftime("%H:%M", (2024, 1, 1, 9, 5, 0, 0, 1, -1)))
