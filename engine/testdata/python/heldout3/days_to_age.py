# source: a days_to_age/years_to_age helper found by code search ("# source: google.com calculator", DAYS_IN_YEAR = 365.242199, '%sy, %sm')
DAYS_IN_YEAR = 365.242199
DAYS_IN_MONTH = 30.4368499

def days_to_age(value):
    "Converts the value of days into an age."
    if value is None:
        return
    flt = float(str(value))
    if flt // DAYS_IN_YEAR < 3:
        mths = int(flt // DAYS_IN_MONTH)
        if mths == 0:
            return 'Newborn'
        return '%sm' % mths
    yrs = int(flt // DAYS_IN_YEAR)
    mths = int((flt % DAYS_IN_YEAR) // DAYS_IN_MONTH)
    if mths > 0:
        return '%sy, %sm' % (yrs, mths)
    return '%sy' % yrs

def years_to_age(value):
    "Converts the value of years into an age."
    if value is None:
        return
    return days_to_age(float(value) * DAYS_IN_YEAR)

from decimal import Decimal
for v in [None, 0, 12, 31, 400, 1095.7, 1200, Decimal("4000.5"), 36525]:
    print(repr(v), days_to_age(v))
for y in [0.5, 2.99, 3, 10.25, "42"]:
    print(y, years_to_age(y))
print(1200 // DAYS_IN_YEAR, 1200 % DAYS_IN_YEAR, -1 // DAYS_IN_YEAR, -1 % DAYS_IN_YEAR)
