# source: kalonjic34/python-from-scratch 25-dates-and-time/the-timedelta-object.py (life span as datetime difference, total_seconds, timedelta(days=500, hours=12)); "today" fixed
from datetime import datetime, timedelta

birthday = datetime(2000, 4, 15)
today = datetime(2024, 11, 30, 18, 45, 12)

my_life_span = today - birthday
print(my_life_span)
print(type(my_life_span))
print(my_life_span.total_seconds())
print(my_life_span.days, my_life_span.seconds, my_life_span.microseconds)

five_hundred_days = timedelta(days = 500, hours = 12)
print(five_hundred_days)
print(five_hundred_days + five_hundred_days)
print(today + five_hundred_days)
print(-five_hundred_days, abs(-five_hundred_days), five_hundred_days / 7, five_hundred_days // timedelta(weeks=1))
print(timedelta(seconds=-1), timedelta(microseconds=1500), timedelta(minutes=90) * 1.5)
print(repr(timedelta(days=1, seconds=5)), repr(timedelta(0)), repr(-timedelta(hours=1)))
print(int(my_life_span.days / 365), divmod(my_life_span, timedelta(days=365))[0])
print(timedelta(hours=36) > timedelta(days=1), timedelta(0) == False, bool(timedelta(0)))
print(timedelta.max, timedelta.min, timedelta.resolution)
