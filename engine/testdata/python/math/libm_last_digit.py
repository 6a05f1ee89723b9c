import math

# everyday arguments whose last printed digit is the C library's (glibc's
# correctly rounded exp, log and sin): compound growth, angles, decibels
print(1000 * math.exp(0.05 * 30), math.exp(1.5), math.log(1.4), math.log10(0.1 * 3), math.log2(0.3))
print(math.sin(0.8), math.cos(0.1), math.tan(0.9), math.atan(0.8))
print(math.sinh(0.1), math.cosh(1.5), math.tanh(0.7), math.exp(3.1))
