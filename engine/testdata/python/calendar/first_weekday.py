import calendar
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.setfirstweekday(6)
print(calendar.firstweekday(), calendar.weekheader(3), calendar.monthcalendar(2024, 6))
print(calendar.month(2024, 6, 4))
calendar.setfirstweekday(calendar.WEDNESDAY)
calendar.prmonth(2024, 6, l=1)
try:
    calendar.setfirstweekday(-1)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError", e)
print(calendar.weekheader(1), calendar.weekheader(9), repr(calendar.weekheader(0)))
