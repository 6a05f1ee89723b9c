import time
t = time.strptime("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%d.%m.%y %I:%M %p %j", t))
print(time.asctime(t))
