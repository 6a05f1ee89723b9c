l = [1]
l.extend("ab")
l.extend(range(2))
l.extend({"k": 1})
l.extend((x * 2 for x in [5]))
print(l)
l.insert(-1, "neg")
l.insert(-100, "front")
l.insert(100, "end")
print(l)
l[1:1] = [9, 9]
print(l, l[-3:], l[:-3][::2])
m = [0] * 3
m += "xy"
print(m)
try:
    m = m + "z"
except TypeError as e:
    print("TypeError", e)
print([1, 2] * 2, 2 * [3], [[0]] * 2, list(reversed(l))[:2])
