from decimal import Decimal as D
print(D("1.0") == 1, D("1.5") == 1.5, D("0.1") == 0.1, D("2") < 3, D("2.5") > 2, D("-1") < D("-0.5"), 1 < D("1.01"))
print(hash(D("1.0")) == hash(1), hash(D("1.5")) == hash(1.5), hash(D("0.1")) == hash(D("0.100")), hash(D(-1)), hash(D("123.456")))
d = {D("1.0"): "a", 2: "b", D("0.5"): "c"}
print(d[1], d[D("2.00")], d[0.5], D("1.00") in {1}, len({D("1"), D("1.0"), 1, 1.0, True}))
print(sorted([D("3"), 1, D("2.5"), 2.25, D("-1")]), max(D("1.1"), D("1.10")), min(D("1.10"), D("1.1")))
print(D("NaN") == D("NaN"), D("NaN") != 1, D("Infinity") > 10 ** 100, -D("inf"), D("-Infinity") < 0, D("sNaN").is_snan())
print(bool(D(0)), bool(D("0.00")), bool(D("NaN")), D("1.20") == D("1.2"), D("1.20") is D("1.2"))
print([D(x) for x in (0, 5, -7, 10 ** 30)], D(True), D(3.75), D(-0.0), D(1e-5))
print(D(" 12 "), D("+5"), D("1_000.5"), D(".5"), D("5."), D("-.5e2"), D("1e-0"), D("INF"), D("nan"), D("-sNaN12"))
try:
    D(1) < D("NaN")
except Exception as e:
    print(type(e).__name__, e)
