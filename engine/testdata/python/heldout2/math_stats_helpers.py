# source: hand-rolled stats helpers (mean, median, variance, percentile with linear interpolation, z-scores) in data scripts
import math

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def variance(xs, sample=True):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f, c = math.floor(k), math.ceil(k)
    if f == c:
        return s[int(k)]
    return s[f] * (c - k) + s[c] * (k - f)

data = [2.5, 3.1, 4.7, 1.2, 9.8, 3.3, 4.0, 5.5]
print(mean(data), median(data), round(variance(data), 6), round(math.sqrt(variance(data, False)), 6))
print([percentile(data, p) for p in (0, 25, 50, 90, 100)])
sd = math.sqrt(variance(data))
print([f"{(x - mean(data)) / sd:+.3f}" for x in data])
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(5, 2), math.factorial(20), math.isqrt(10**12 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(0.125, 2), round(1234.5678, -2), math.copysign(3, -0.0))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.degrees(math.pi / 6), math.radians(180), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.inf > 10**300, math.isnan(float("nan")), math.isinf(-math.inf), math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4), math.fmod(-7, 3), -7 % 3)
try:
    median([])
except IndexError as e:
    print("IndexError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
