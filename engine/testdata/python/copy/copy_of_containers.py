import copy
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
s = {1, 2}
s2 = copy.copy(s)
s2.add(3)
print(s, s2)
d = {"a": [1]}
d2 = copy.copy(d)
d2["a"].append(2)
print(d)
