from datetime import datetime, date, timedelta
from decimal import Decimal
dt = datetime(2023, 12, 25, 8, 30)
fmt = "%d.%m.%Y"
print(f"{dt:%Y-%m-%d %H:%M}", f"{dt:{fmt}}", f"{dt.date():%a %d %b}", f"{dt!r}", f"{dt!s:>25}")
print(f"{date(2020, 2, 29) + timedelta(days=365)}", f"{(dt - datetime(2023, 1, 1)).days} days", f"{dt:%H}h")
price = Decimal("1234.5")
print(f"{price}", f"{price:.2f}", f"{price:,}", f"{price:>12.1f}|", f"{price!r}", f"{price:e}", f"{-price:010.2f}")
print(f"{Decimal('0.1') + Decimal('0.2')}", f"{Decimal(1) / 7:.5f}", f"{Decimal('1e-8')}", f"{Decimal('1e-8'):f}")
