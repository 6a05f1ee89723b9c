# source: date parsing helpers that try several strptime formats in turn, then format for display (log/CSV importers)
from datetime import datetime, date, timedelta, timezone

FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%b %d, %Y", "%Y-%m-%dT%H:%M:%S", "%d.%m.%y %H:%M", "%Y%m%d"]

def parse_any(s):
    for fmt in FORMATS:
        try:
            return datetime.strptime(s.strip(), fmt), fmt
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {s!r}")

for s in ["2024-02-29", "31/12/1999", "Mar 05, 2021", "2024-01-15T08:30:00", "01.02.03 04:05", "20240704", "2023-02-30", "yesterday"]:
    try:
        dt, fmt = parse_any(s)
        print(f"{s!r:24} {fmt:<20} {dt.isoformat()} {dt:%A %j %U %I%p}")
    except ValueError as e:
        print("ValueError:", e)
dt = datetime(2024, 7, 4, 15, 9, 26, 535897)
print(dt.strftime("%Y/%m/%d %H:%M:%S.%f"), dt.strftime("%y %B %b %a %w %M %%"), format(dt, "%d-%m"), f"{dt:%H}h")
print(dt.replace(microsecond=0).isoformat(sep=" "), dt.isoformat(timespec="milliseconds"), dt.date(), dt.time(), dt.timetz())
aware = dt.replace(tzinfo=timezone.utc)
print(aware, aware.astimezone(timezone(timedelta(hours=-5, minutes=-30))), aware.utcoffset(), aware.tzname(), aware.timestamp())
print(datetime.fromtimestamp(0, tz=timezone.utc), datetime.fromisoformat("2024-01-01T10:00:00+02:00").utcoffset())
try:
    print(aware > dt)
except TypeError as e:
    print("TypeError:", e)
print(aware == dt, datetime(2024, 1, 1) == date(2024, 1, 1), timezone(timedelta(hours=3)), timezone.utc)
