import time
t0 = time.time()
time.sleep(0.01)
t1 = time.time()
print(t1 >= t0, type(t0).__name__, t1 - t0 < 5)
print(time.gmtime(0).tm_year, time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
print(type(time.perf_counter()).__name__, time.monotonic() > 0)
