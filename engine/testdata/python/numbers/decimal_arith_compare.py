from decimal import Decimal as D
print(D("1.10") == D("1.1"), D("1.1") < D("1.11"), D(1) == 1, D("0.5") == 0.5, D("0.1") == 0.1, sorted([D("2"), D("1.5"), D("-3")]), max(D("1"), D("1.0")))
print(D("7") // D("2"), D("-7") // D("2"), D("7") % D("-2"), D("-7") % D("2"), divmod(D("7.5"), D("2")), D("2").sqrt(), D("-2.50").copy_abs())
print(round(D("2.5")), round(D("3.5")), round(D("2.567"), 2), int(D("-3.9")), float(D("0.1")), D("3.14159").adjusted(), abs(D("-2")))
print(sum([D("0.1")] * 10), D("1e2") + 1, D(10**30) * 2, str(D("1E+2")), repr(D("0.10")), f"{D('1234.5'):,.2f}", f"{D('0.000123'):.2e}", hash(D("1.0")) == hash(1))
