import calendar
print(len(calendar.month_name), len(calendar.day_abbr), repr(calendar.month_name[0]), calendar.month_abbr[1:4], calendar.day_name[-1])
print(list(enumerate(calendar.day_abbr)))
print({name: i for i, name in enumerate(calendar.month_abbr) if name})
print("March" in calendar.month_name, "Mar" in list(calendar.month_abbr), calendar.month_name[::4])
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY, calendar.January, calendar.February)
try:
    calendar.day_name[7]
except IndexError as e:
    print("IndexError", e)
print(issubclass(calendar.IllegalMonthError, ValueError), calendar.error is ValueError, calendar.EPOCH)
try:
    calendar.monthrange(2024, 0)
except ValueError as e:
    print(type(e).__name__, e)
