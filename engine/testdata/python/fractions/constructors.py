from fractions import Fraction as F
from decimal import Decimal as D
for s in ['3/4', '1.5e-3', ' -2 ', '1_000', '1_0/3', '.5', '5.', '1e5', '-.5e-2', '0/5', ' +7 ', '2.50', '1E+2', '\t3/6\n']:
    print(repr(s), repr(F(s)))
for bad in ['+3/-4', '3 /4', 'inf', 'nan', '', '1/', '/2', '1__0', '_1', '1.5/2', '1e', '--1', '0x10', '1.d']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(F(10, -4), F(-6, -8), F(0, -5), F(0.5), F(-0.1), F(D('1.25')), F(D('-0.000')), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(), F(7), F(True), F(2**70, 6))
print(F.from_float(0.1), F.from_float(3), F.from_decimal(D('1.1')), F.from_decimal(5), F(3, 1).denominator, F(-3, 9).numerator)
