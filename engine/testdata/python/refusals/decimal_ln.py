# expect: refusal Decimal.ln
from decimal import Decimal
print(hasattr(Decimal(2), "ln"), Decimal(2).ln())
