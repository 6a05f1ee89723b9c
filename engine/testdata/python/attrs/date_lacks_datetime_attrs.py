# date and time lack what only datetime has (tzname, now, combine).
import datetime
d = datetime.date(2024, 5, 6); t = datetime.time(7, 8)
names_d = ['astimezone', 'combine', 'date', 'dst', 'fold', 'hour', 'microsecond', 'minute', 'now', 'second', 'strptime', 'time', 'timestamp', 'timetz', 'tzinfo', 'tzname', 'utcfromtimestamp', 'utcnow', 'utcoffset', 'utctimetuple']
names_t = ['astimezone', 'combine', 'ctime', 'date', 'day', 'fromisocalendar', 'fromordinal', 'fromtimestamp', 'isocalendar', 'isoweekday', 'month', 'now', 'strptime', 'time', 'timestamp', 'timetuple', 'timetz', 'today', 'toordinal', 'utcfromtimestamp', 'utcnow', 'utctimetuple', 'weekday', 'year']
print([n for n in names_d if hasattr(d, n)])
print([n for n in names_t if hasattr(t, n)])
print([n for n in names_d if hasattr(datetime.date, n)])
print([n for n in names_t if hasattr(datetime.time, n)])
