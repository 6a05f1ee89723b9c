from fractions import Fraction as F
import math
print(F(355, 113).limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(math.pi).limit_denominator(1000))
print(F(math.pi).limit_denominator(), F(1.1).limit_denominator(), F(0.1), F(0.1).limit_denominator(), F(-0.1).limit_denominator(10))
print(F(3, 7).limit_denominator(7), F(3, 7).limit_denominator(6), F(3, 7).limit_denominator(1), F(-3, 7).limit_denominator(1), F(99, 100).limit_denominator(2))
print(F(1, 2).limit_denominator(2), F(5, 3).limit_denominator(2), F(2**100 + 1, 2**100).limit_denominator(10**6), F(math.e).limit_denominator(50))
for d in [1, 2, 3, 5, 8, 13, 100]:
    print(d, F(math.sqrt(2)).limit_denominator(d), F(-math.sqrt(2)).limit_denominator(d))
