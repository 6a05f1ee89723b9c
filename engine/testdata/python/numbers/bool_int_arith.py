print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True, ~False, True ** 10, True << 3, True & 1, True | False, True ^ True)
print(type(True + True).__name__, type(True & True).__name__, type(True | 1).__name__, type(~True).__name__, int(True), float(False), str(True), repr(False))
print(sum([True, True, False]), max(True, 2), isinstance(True, int), True == 1, hash(True), True is 1 == False if False else "", divmod(True, 2), abs(-True))
print(f"{True:d} {True:5} {True!s:>6} {False:x}", "%d %s %r" % (True, True, False), format(True), format(True, ""), bool(0.0), bool(-0.0), bool(1e-300))
