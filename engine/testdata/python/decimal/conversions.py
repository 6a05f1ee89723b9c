from decimal import Decimal as D
import math
for x in ["1.5", "2.5", "-2.5", "0.5", "-0.4", "123.999", "1e3", "-7.25"]:
    d = D(x)
    print(x, int(d), float(d), round(d), round(d, 1), math.floor(d), math.ceil(d), math.trunc(d), d.to_integral_value())
print(D("2.675").quantize(D("0.01")), D("1.005").quantize(D("1e-2")), D("123.45").quantize(D("1e1")), D("-1.5").quantize(D(1)))
print(D("0.000").normalize(), D("1200").normalize(), D("1.200E+5").normalize(), D("-0.10").normalize(), D("100").normalize())
print(D("1.25").as_integer_ratio(), D("-0.5").as_integer_ratio(), D(3).as_integer_ratio(), D("1.30").as_tuple())
print(D("12345.6789").to_eng_string(), D("1E+7").to_eng_string(), D("0.00001").to_eng_string(), D("1.23E-7").to_eng_string())
print(D("1.5").copy_sign(D("-2")), D(5).copy_negate(), D(-5).copy_abs(), D("1.1").compare(D("1.10")), D(2).compare(3))
print(D("1.10").same_quantum(D("2.00")), D("1.1").same_quantum(D("2.00")), D("1.5").is_zero(), D("-1").is_signed(), D("Infinity").is_infinite())
print(D.from_float(0.25), D.from_float(1.1), D(2).max(D(3)), D(2).min(D("2.0")), D("5").number_class(), D("-0").number_class())
print(float(D("NaN")), float(D("-Infinity")), int(D("1E+25")), str(D(10) ** 30), D("1.1") + D("2.2") == D("3.3"))
try:
    int(D("NaN"))
except ValueError as e:
    print("ValueError", e)
try:
    int(D("Infinity"))
except OverflowError as e:
    print("OverflowError", e)
