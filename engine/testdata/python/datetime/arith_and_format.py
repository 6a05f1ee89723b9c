from datetime import datetime, date, timedelta
start = datetime(2024, 12, 31, 23, 59, 59)
print(start + timedelta(seconds=1), (start + timedelta(days=60)).strftime("%Y-%m-%d %a"))
print((datetime(2025, 3, 1) - datetime(2025, 2, 1)).days, date(2024, 1, 31).replace(month=2, day=29))
print(start.weekday(), start.isocalendar()[1], start.strftime("%B %d, %Y at %H:%M"))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]))
