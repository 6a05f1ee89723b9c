import re
print(re.I, re.M, re.S, re.X, re.A, re.U, re.IGNORECASE, re.NOFLAG)
print(int(re.I), re.I == 2, re.M | re.I, re.I | re.M, re.A | re.I, repr(re.I | re.S))
print(re.I + 1, re.I | 2, type(re.I).__name__, isinstance(re.I, int), re.I.name, re.I.value)
print(re.VERBOSE | re.DEBUG, f"{re.I}", f"{re.I:d}", re.RegexFlag(8), re.RegexFlag.DOTALL)
print(re.compile("x", flags=re.I | re.M).flags, re.compile("x", 10).flags)
