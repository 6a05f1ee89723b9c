from datetime import datetime
print(datetime.strptime("2024-03-15 14:22:01", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("15/03/24", "%d/%m/%y"))
print(datetime.strptime("Mar 5 2024", "%b %d %Y"))
print(datetime.strptime("Tuesday, 05 March 2024", "%A, %d %B %Y"))
print(datetime.strptime("2:30 PM", "%I:%M %p"))
print(datetime.strptime("2024-03-15T14:22:01.123", "%Y-%m-%dT%H:%M:%S.%f"))
print(datetime.strptime("20240102", "%Y%m%d").date())
for bad, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        datetime.strptime(bad, fmt)
    except ValueError as e:
        print("ValueError:", e)
