from decimal import Decimal as D
vals = [D("1234.5678"), D("-0.005"), D("0"), D("1E+5"), D("0.0000123"), D("12"), D("-1234567.891")]
specs = ["", ".2f", ".0f", "10.3f", "<12.1f", "^12", ">+10.2f", ",.2f", "010,", ",", ".3e", ".2E", "e", ".3g", "g", "%", ".1%", "012.2f", "*^15,.3f", " .1f"]
for v in vals:
    print(" | ".join(format(v, s) for s in specs))
print(f"{D('19.99'):>8}", f"{D('3.14159'):.3}", f"{D('2.5'):.0f}", f"{D('3.5'):.0f}", f"{D('-0.0'):z.1f}", f"{D('1.5'):=+8.2f}", f"{D('1.5'):n}")
print(f"{D('NaN'):>6}", f"{D('-Infinity'):.2f}", f"{D('Infinity'):%}", "{:.2f}".format(D("0.125")), "%s %r" % (D("1.0"), D("2.0")))
print("%.2f" % D("1.005"), "%d" % D("7.9"), "%5.1f|" % D("2.25"), str(D("1e-7")), str(D("0.000001")), str(D("-1E+2")))
for bad in ["_", "#.0f", ".2d", "x"]:
    try:
        format(D("1.5"), bad)
    except ValueError as e:
        print(bad, e)
