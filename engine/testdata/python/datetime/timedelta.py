from datetime import timedelta
td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(hours=-1), timedelta(seconds=90) * 2, timedelta(days=1) / 2, timedelta(days=7) // timedelta(days=2))
print(timedelta(0), -timedelta(days=1, seconds=1), abs(timedelta(hours=-3)))
print(timedelta(weeks=1) == timedelta(days=7), timedelta(minutes=1) < timedelta(seconds=61))
