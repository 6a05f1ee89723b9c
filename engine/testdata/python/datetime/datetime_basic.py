from datetime import datetime, timedelta
dt = datetime(2024, 1, 15, 13, 45, 30, 123456)
print(dt, repr(dt))
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time())
print(dt + timedelta(hours=12), dt - timedelta(days=15, minutes=1))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I%p"), dt.timestamp() if dt.tzinfo else "naive")
print(datetime.fromisoformat("2024-01-15T13:45:30"), datetime.strptime("03/04/2021 10:11", "%d/%m/%Y %H:%M"))
