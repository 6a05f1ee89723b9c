def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([1, 2, 3, 4])
print(lo, hi, avg)
r = stats([5])
print(r, type(r).__name__)
def nothing():
    pass
print(nothing())
