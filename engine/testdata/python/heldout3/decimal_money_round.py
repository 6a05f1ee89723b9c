# source: money_round / round_currency helpers found by code search (round to a 0.05 increment with ROUND_HALF_UP, Decimal(str(float)))
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28

INCREMENT = Decimal("0.05")


def money_round(value: Decimal, increment: Decimal = INCREMENT) -> Decimal:
    """Round monetary values to the nearest increment using half-up rules."""
    if increment <= 0:
        raise ValueError("Increment must be positive")
    quantised_units = (value / increment).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    rounded = quantised_units * increment
    return rounded.quantize(increment, rounding=ROUND_HALF_UP)


def round_currency(amount, quantum=INCREMENT):
    if not isinstance(amount, Decimal):
        amount = Decimal(str(amount))
    quotient = (amount / quantum).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return (quotient * quantum).quantize(Decimal("0.01"))


for v in ["1.02", "1.025", "1.03", "1.074", "1.075", "-1.075", "0", "19.999"]:
    print(v, money_round(Decimal(v)), round_currency(v))
print(round_currency(10.125), round_currency(2.675), Decimal(2.675))
try:
    money_round(Decimal("1"), Decimal("0"))
except ValueError as e:
    print("ValueError:", e)
items = [("coffee", Decimal("3.45"), 2), ("bagel", Decimal("2.10"), 3)]
subtotal = sum(p * n for _, p, n in items)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f"{subtotal + tax:,.2f}")
print(getcontext().prec, getcontext().rounding)
