class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("contains?", x)
        return self.lo <= x < self.hi
r = Range(1, 5)
print(3 in r, 7 in r, 7 not in r)
