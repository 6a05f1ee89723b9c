import time

t0 = time.perf_counter()
total = sum(i * i for i in range(10000))
elapsed = time.perf_counter() - t0
print(total, elapsed >= 0, type(elapsed).__name__)
now = time.time()
print(now > 1.6e9, isinstance(time.monotonic(), float))
st = time.gmtime(0)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, tuple(st)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(time.strftime("%a %b %d %j %p %%", time.gmtime(1700000000)))
print(time.mktime(time.localtime(1000000)) == 1000000.0)
print(time.asctime(time.gmtime(0)), time.gmtime(1.5).tm_sec)
start = time.time()
time.sleep(0.01)
print(time.time() - start >= 0.009)
print(time.strptime("2024-02-29", "%Y-%m-%d").tm_yday)
print(type(time.time_ns()).__name__, time.gmtime(0) == time.gmtime(0))
