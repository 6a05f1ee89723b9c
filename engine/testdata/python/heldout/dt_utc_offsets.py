from datetime import datetime, timezone, timedelta
u = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
offsets = [timedelta(hours=h) for h in (-5, 0, 9)] + [timedelta(hours=5, minutes=45)]
for off in offsets:
    tz = timezone(off)
    local = u.astimezone(tz)
    print(local.isoformat(), local.strftime("%z %Z"), str(tz))
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromtimestamp(1700000000, timezone.utc))
print(datetime.utcfromtimestamp(86400 * 365))
print(u.replace(tzinfo=None), u.astimezone(timezone.utc) is u)
print(timezone.utc, repr(timezone.utc), timezone.utc == timezone(timedelta(0)))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1))) - u)
print(u.strftime("%Y-%m-%dT%H:%M:%S%z"))
