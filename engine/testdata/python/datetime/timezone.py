from datetime import datetime, timezone, timedelta
dt = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(dt, dt.isoformat(), dt.tzinfo, dt.utcoffset())
cet = timezone(timedelta(hours=1), "CET")
print(dt.astimezone(cet), cet, timezone(timedelta(hours=-5, minutes=-30)))
print(dt.timestamp(), datetime.fromtimestamp(0, timezone.utc))
