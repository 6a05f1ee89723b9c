import calendar
for y, m in [(2024, 2), (2023, 2), (2021, 2), (2026, 11), (1900, 2), (2000, 2)]:
    print(y, m, calendar.monthrange(y, m), calendar.monthcalendar(y, m))
print([calendar.weekday(2024, 1, d) for d in range(1, 8)], calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31))
print(calendar.leapdays(1900, 1900), calendar.leapdays(2000, 2001), calendar.leapdays(2025, 2000), calendar.isleap(2024), calendar.isleap(1))
first = calendar.monthcalendar(2024, 9)
print(len(first), first[0], first[-1], sum(d > 0 for w in first for d in w))
