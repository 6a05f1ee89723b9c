class Idx:
    def __index__(self):
        return 1
class NoIdx:
    pass
print([10, 20, 30][Idx()], "abc"[Idx()], (1, 2)[Idx()], bin(Idx()), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, (-3).real)
for a, b in [("a", "b"), ([1], 1.5), (1.5, [1]), ((1,), "x"), (None, "a"), ("ab", Idx())]:
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError", e)
try:
    [1, 2][NoIdx()]
except TypeError as e:
    print("TypeError", e)
