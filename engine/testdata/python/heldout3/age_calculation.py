# source: byceps util/datetime/calc.py (calculate_age by comparing (month, day) pairs; calculate_days_until ignoring the year)
from datetime import date


def calculate_age(date_of_birth: date, today: date) -> int:
    """Calculate the number of full years since the date of birth until today."""
    age = today.year - date_of_birth.year
    if (date_of_birth.month, date_of_birth.day) > (today.month, today.day):
        age -= 1
    return age


def calculate_days_until(d: date, today: date) -> int:
    """Calculate the number of days from today until the given date, ignoring the year."""
    date_this_year = d.replace(year=today.year)
    if date_this_year < today:
        date_this_year = date_this_year.replace(year=today.year + 1)
    return (date_this_year - today).days


today = date(2024, 6, 15)
for dob in [date(2000, 6, 15), date(2000, 6, 16), date(1999, 12, 31), date(2004, 1, 1)]:
    print(dob, calculate_age(dob, today), calculate_days_until(dob, today))
print(calculate_days_until(date(2001, 6, 14), today))
try:
    calculate_days_until(date(2000, 2, 29), date(2023, 3, 1))
except ValueError as e:
    print("ValueError:", e)
print(date(2024, 2, 29) - date(2023, 2, 28), (date(2024, 3, 1) - date(2024, 2, 1)).days)
print(today.isoformat(), today.strftime("%d %b %Y (%A), day %j, week %U"), today.weekday(), today.isoweekday())
print(repr(today), today.replace(day=1), date.fromisoformat("2024-01-31").toordinal(), date.fromordinal(738000))
