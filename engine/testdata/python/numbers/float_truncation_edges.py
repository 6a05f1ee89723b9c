import math
for x in [2.0**63, -(2.0**63), 2.0**63 - 1024, 1e19, -1e19, 2.0**64, 1e300, 4.5, -4.5, 0.9999999999999999, -1e-300]:
    print(x, int(x), math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(math.floor(10**30), math.ceil(-(10**30)), math.floor(True), math.ceil(2.000000000000001), math.floor(-0.0), type(math.floor(-0.0)).__name__)
