# source: ledger/account classes with Decimal amounts and quantize in small finance scripts
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, InvalidOperation
from collections import defaultdict

CENT = Decimal("0.01")

class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = defaultdict(Decimal)
    def post(self, account, amount, memo=""):
        amount = Decimal(str(amount)).quantize(CENT, rounding=ROUND_HALF_UP)
        self.entries.append((account, amount, memo))
        self.balances[account] += amount
        return amount
    def report(self):
        lines = []
        for acct in sorted(self.balances):
            bal = self.balances[acct]
            lines.append(f"{acct:<10}{bal:>12,.2f}")
        lines.append(f"{'TOTAL':<10}{sum(self.balances.values(), Decimal(0)):>12,.2f}")
        return "\n".join(lines)

led = Ledger()
print(led.post("cash", 1000), led.post("cash", "-19.995"), led.post("rent", 1234.565), led.post("fees", 0.005))
print(led.post("cash", -1234.56, "rent paid"))
print(led.report())
print(dict(led.balances))
print(Decimal("2.675").quantize(CENT), Decimal("2.665").quantize(CENT, ROUND_HALF_EVEN), Decimal(2.675))
print(Decimal("10") / Decimal("3"), Decimal("1.10") + Decimal("2.20"), Decimal("1.30") * 3, Decimal("-0.00"))
print(repr(Decimal("1e3")), Decimal("1e3") + 0, Decimal("100").normalize(), str(Decimal("0.000001")), str(Decimal("0.0000001")))
try:
    Decimal("12,50")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(round(Decimal("2.5")), round(Decimal("3.14159"), 3), int(Decimal("-7.9")), float(Decimal("0.1")))
