import re, copy
m = re.match("(a)b", "ab")
print(copy.copy(m) is m, copy.deepcopy(re.compile("x")) == re.compile("x"))
