from datetime import date, datetime, timedelta
from decimal import Decimal
import uuid
print(type(date(2024, 1, 1)) is date, type(datetime(2024, 1, 1)) is datetime, type(timedelta(1)) is timedelta, type(Decimal(1)) is Decimal)
print(date(2024, 1, 1).__class__ is date, isinstance(datetime(2024,1,1), date))
