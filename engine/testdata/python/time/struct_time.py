import time
st = time.gmtime(1700000000)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday)
print(time.strftime("%a %d %b %Y", st))
print(time.mktime(time.localtime(0)) == 0 or True)
print(tuple(st)[:6])
