# CPython 3.11's sum() adds floats one by one (3.12 compensates)
print(sum([0.1] * 10), sum([0.1] * 10, 0.0), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(x / 10 for x in range(10)))
print(sum([1, 2.5]), sum([10**20, 0.5]), sum([0.5, 10**20]), sum([], 0.5), sum(range(5), 0.1), sum([True, 0.5]))
import math
print(math.fsum([0.1] * 10) - sum([0.1] * 10), sum([1e16, 1.0, 1.0]), sum([1.0, 1.0, 1e16]))
